// make bench: prints the figures of issue 5, measured here and now (not asserted anywhere).
//  - the core in process on >= 8 MB of Arabic news (MB/s), on one core and on all cores, and the
//    CLI end to end on the same file (all cores: a long document's lines are annotated in parallel),
//    and on the same text as one line (cut into segments of at most 64 KiB, which the threads share)
//  - peak memory of the CLI on a 50 MB file
//  - the same core as WASM in headless Chromium through the page's build (MB/s, ratio to native)
//  - page load to ready, and paste to first highlights
//  - the page's transfer size, gzip -9
//  - chrono-node's Arabic parser on 1 MB, as a reference, and the ratio
//  - the floor of any dictionary tagger on the same text, one core, against the 20x target
//  - with BASELINE_DIR (make bench BASELINE=<commit>): that build's core on one core and CLI
//    start-up, timed in turn with this one's in the same run
// The bench text is built from the development corpus (news articles and Wojood's news
// sentences) repeated to size, under target/bench-data/ (never committed).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import * as chrono from 'chrono-node';
import { start, open, ROOT, CORPUS, CLI } from '../tests/browser/harness.mjs';

const DATA = ROOT + 'target/bench-data/';
mkdirSync(DATA, { recursive: true });

function newsText() {
  const parts = [];
  for (const f of readdirSync(CORPUS + '/seeds').sort()) parts.push(readFileSync(`${CORPUS}/seeds/${f}`, 'utf8'));
  for (const f of ['wojood/dev-a.jsonl', 'wojood/dev-b.jsonl']) {
    const lines = readFileSync(`${CORPUS}/${f}`, 'utf8').split('\n').filter(Boolean);
    parts.push(lines.map((l) => JSON.parse(l).text).join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
function sized(name, bytes) {
  const path = DATA + name;
  if (!existsSync(path) || statSync(path).size < bytes) {
    const unit = Buffer.from(newsText());
    const n = Math.ceil(bytes / unit.length);
    writeFileSync(path, Buffer.concat(Array(n).fill(unit)));
  }
  return path;
}
const MB = (b) => b / 1e6;
const fmt = (x, d = 1) => x.toFixed(d);
const rows = [];
const row = (what, value) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(48)} ${value}`);
};

console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.type()} ${os.release()}\n`);

// 1. native
const f8 = sized('news-8mb.txt', 8_000_000);
const size8 = statSync(f8).size;
const bench = (threads) =>
  JSON.parse(execFileSync(ROOT + 'target/release/wasim-bench', [f8, '3'], { env: { ...process.env, ...threads } }).toString());
const core = bench({ WASIM_THREADS: '1' });
row('core in process, 8 MB, one core (best of 3)', `${fmt(core.mb_per_s)} MB/s (${core.annotations} annotations)`);
const untagged = JSON.parse(
  execFileSync(ROOT + 'target/release/wasim-bench', [f8, '3', '--no-tagger'], { env: { ...process.env, WASIM_THREADS: '1' } }).toString(),
);
row(
  'same build without the tagger, one core (target: with ≥ 70%)',
  `${fmt(untagged.mb_per_s)} MB/s: with the tagger ${fmt((100 * core.mb_per_s) / untagged.mb_per_s, 0)}%`,
);
const cores = bench({});
row(`core in process, 8 MB, all ${os.cpus().length} cores (best of 3)`, `${fmt(cores.mb_per_s)} MB/s`);
// best wall time of `runs` runs of `wasim annotate file`, output discarded, in seconds
function cliSeconds(file, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(CLI, ['annotate', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('wasim annotate failed');
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}
// CLI start-up: the median wall time of `wasim annotate` on one word, of 31 runs
function startMs(cli) {
  const times = [];
  for (let i = 0; i < 31; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cli, ['annotate'], { input: 'روسيا', stdio: ['pipe', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cli} annotate failed`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[15];
}
const lex = JSON.parse(execFileSync(ROOT + 'target/release/wasim-bench', ['--lexicon']).toString());
row('lexicon', `${lex.surfaces} surfaces, ${fmt(lex.compiled_bytes / 1024, 0)} KiB compiled`);
row('CLI start-up, one word in (median of 31)', `${fmt(startMs(CLI), 1)} ms`);
const BASE = process.env.BASELINE_DIR;
if (BASE) {
  // old and new in turn, three rounds, best of each: the machine's speed drifts within a run
  let bestOld = 0;
  let bestNew = 0;
  for (let i = 0; i < 3; i++) {
    const one = (bin) => JSON.parse(execFileSync(bin, [f8, '1'], { env: { ...process.env, WASIM_THREADS: '1' } }).toString()).mb_per_s;
    bestOld = Math.max(bestOld, one(BASE + '/wasim-bench'));
    bestNew = Math.max(bestNew, one(ROOT + 'target/release/wasim-bench'));
  }
  row(`baseline ${process.env.BASELINE}: core, one core`, `${fmt(bestOld)} MB/s; this build ${fmt(bestNew)} MB/s = ${fmt(bestNew / bestOld, 2)}x`);
  const so = startMs(BASE + '/wasim');
  const sn = startMs(CLI);
  row(`baseline ${process.env.BASELINE}: CLI start-up`, `${fmt(so, 1)} ms; this build ${fmt(sn, 1)} ms`);
}
const cliBest = cliSeconds(f8, 3);
const cliMBs = MB(size8) / cliBest;
row(`CLI wasim annotate, ${fmt(MB(size8))} MB file (best of 3)`, `${fmt(cliMBs)} MB/s (${fmt(cliBest, 2)} s, JSON out included)`);

// the same text as one line (line breaks made spaces), as text pasted from a PDF may come: the
// line is cut after sentence ends into segments of at most 64 KiB, which the threads share and
// which bound its memory; and nothing in a segment may cost more than linear time
const f8line = DATA + 'news-8mb-one-line.txt';
if (!existsSync(f8line) || statSync(f8line).size !== size8) writeFileSync(f8line, readFileSync(f8, 'utf8').replace(/\n/g, ' '));
const lineBest = cliSeconds(f8line, 2);
row('CLI, the same 8 MB as one line (best of 2)', `${fmt(MB(size8) / lineBest)} MB/s (${fmt(lineBest, 2)} s)`);

// 2. memory on 50 MB, and on the 8 MB as one line
// peak resident memory of `wasim annotate file`, in KiB (the CLI reports it when asked)
function peakKiB(file) {
  const r = spawnSync(CLI, ['annotate', file], { env: { ...process.env, WASIM_REPORT_PEAK_RSS: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20 });
  return Number(/VmHWM:\s*(\d+)/.exec(r.stderr.toString())?.[1] ?? NaN);
}
const f50 = sized('news-50mb.txt', 50_000_000);
const size50 = statSync(f50).size;
const kb = peakKiB(f50);
row(`CLI peak memory, ${fmt(MB(size50))} MB file`, `${fmt(kb / 1024, 0)} MiB = ${fmt((kb * 1024) / size50, 2)}x the input`);
const kbLine = peakKiB(f8line);
row('CLI peak memory, the 8 MB as one line', `${fmt(kbLine / 1024, 0)} MiB = ${fmt((kbLine * 1024) / size8, 2)}x the input`);

// 3. chrono-node reference, 1 MB
const text1 = readFileSync(f8, 'utf8').slice(0, 550_000); // ~1 MB of UTF-8 Arabic
const bytes1 = Buffer.byteLength(text1);
chrono.ar.parse(text1.slice(0, 5000));
let t = performance.now();
let chronoFound = 0;
for (const line of text1.split('\n')) chronoFound += chrono.ar.parse(line).length;
const chronoMBs = MB(bytes1) / ((performance.now() - t) / 1000);
row(`chrono-node ${JSON.parse(readFileSync(ROOT + 'node_modules/chrono-node/package.json')).version} chrono.ar on ${fmt(MB(bytes1))} MB`, `${fmt(chronoMBs, 2)} MB/s (${chronoFound} dates)`);
row('CLI / chrono-node', `${fmt(cliMBs / chronoMBs, 0)}x`);
// what any dictionary tagger must do at least (wasim-bench --floor: normalize each line, cut it
// into tokens, probe the lexicon once per word), on one core: the 20x target set against it
const floor = JSON.parse(execFileSync(ROOT + 'target/release/wasim-bench', [f8, '5', '--floor']).toString());
row('floor: normalize+tokenize+1 probe a word, 1 core', `${fmt(floor.mb_per_s)} MB/s = ${fmt(floor.mb_per_s / chronoMBs, 0)}x chrono-node`);
row('20x chrono-node, the target, needs', `${fmt(20 * chronoMBs)} MB/s = ${fmt((20 * chronoMBs) / floor.mb_per_s, 2)}x the floor on one core`);

// 4. the page's transfer size
const files = ['index.html', 'style.css', 'app.js', 'render.js', 'worker.js', 'sw.js', 'pkg/wasim.js', 'pkg/wasim_bg.wasm'];
let raw = 0;
let gz = 0;
for (const f of files) {
  const b = readFileSync(ROOT + 'www/' + f);
  raw += b.length;
  gz += gzipSync(b, { level: 9 }).length;
}
row('page transfer (html+css+js+wasm), gzip -9', `${fmt(gz / 1024, 0)} KiB (${fmt(raw / 1024, 0)} KiB raw)`);

// 5. WASM in Chromium, and page timings
const env = await start();
try {
  const { page, context } = await open(env);
  const text8 = readFileSync(f8, 'utf8');
  const wasm = await page.evaluate(async (text) => {
    const mod = await import('./pkg/wasim.js');
    await mod.default();
    mod.annotate('روسيا', undefined);
    let best = Infinity;
    let n = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      n = mod.annotate(text, undefined).annotations.length;
      best = Math.min(best, performance.now() - t0);
    }
    return { best, n };
  }, text8);
  const wasmMBs = MB(size8) / (wasm.best / 1000);
  row('WASM in Chromium, same 8 MB (best of 3)', `${fmt(wasmMBs)} MB/s = ${fmt((100 * wasmMBs) / core.mb_per_s, 0)}% of the native core on one core`);
  await context.close();

  const ctx2 = await env.browser.newContext({ serviceWorkers: 'block' });
  const p2 = await ctx2.newPage();
  const seed = readFileSync(CORPUS + '/seeds/' + readdirSync(CORPUS + '/seeds').sort()[3], 'utf8');
  await p2.goto(env.base);
  await p2.waitForFunction(() => document.getElementById('version').textContent !== '');
  const ready = await p2.evaluate(() => performance.now());
  const first = await p2.evaluate((s) => new Promise((resolve) => {
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      if (document.querySelector('#view mark')) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    }).observe(document.getElementById('view'), { childList: true, subtree: true });
    const box = document.getElementById('text');
    box.value = s;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }), seed);
  row('page load to annotator ready', `${fmt(ready, 0)} ms`);
  row('paste of a 6 KB article to first highlights', `${fmt(first, 0)} ms (250 ms of it is the typing debounce)`);
  await ctx2.close();
} finally {
  await env.stop();
}
