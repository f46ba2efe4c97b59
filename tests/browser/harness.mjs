// Shared set-up of the browser tests and tools: the page served from www/ on a free port, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = ROOT + 'target/release/wasim';
export const CORPUS = process.env.WASIM_CORPUS ?? ROOT + '../shared/corpus';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function start() {
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { server, base, browser, async stop() { await browser.close(); server.close(); } };
}

/** A fresh page with the clipboard allowed; records requests, console errors and page errors. */
export async function open(env, { colorScheme = 'light', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ colorScheme, viewport, serviceWorkers: 'block', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  const page = await context.newPage();
  const log = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(env.base);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  return { page, context, log };
}

/** Pastes text into the text box the way a person does: clipboard, then Ctrl+V. */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

export async function settled(page, timeout = 30_000) {
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout });
}

export function seed(prefix) {
  const dir = CORPUS + '/seeds/';
  const f = readdirSync(dir).find((n) => n.startsWith(prefix));
  return readFileSync(dir + f, 'utf8');
}

export function cli(text, args = []) {
  return JSON.parse(execFileSync(CLI, ['annotate', ...args], { input: text, maxBuffer: 1 << 28 }).toString());
}
