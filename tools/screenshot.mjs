// make screenshot: the page with seed 003 annotated, written to the PNG path given.
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { start, open, paste, settled, CORPUS } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const env = await start();
try {
  const { page } = await open(env, { viewport: { width: 1280, height: 1000 } });
  const f = readdirSync(CORPUS + '/seeds').sort().find((n) => n.startsWith('003'));
  await paste(page, readFileSync(`${CORPUS}/seeds/${f}`, 'utf8'));
  await settled(page);
  await page.hover('#view mark.person');
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await env.stop();
}
