// `make serve` (tools/serve.mjs) on a port that is taken: a clear message and a free port, not a
// stack trace (issue 22).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/serve.mjs';

const SERVE = fileURLToPath(new URL('../../tools/serve.mjs', import.meta.url));

test('a busy port: serve says so and serves on a free one', async () => {
  const first = await serve(0);
  const busy = first.address().port;
  const child = spawn(process.execPath, [SERVE, String(busy)]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 10_000);
    child.stdout.on('data', () => out.includes('served at') && (clearTimeout(t), resolve()));
    child.on('exit', (code) => reject(new Error(`exited ${code}; stderr: ${err}`)));
  });
  child.kill();
  first.close();
  assert.match(err, new RegExp(`port ${busy} is in use`));
  assert.doesNotMatch(err, /at .*\.mjs:\d+/, 'no stack trace');
  const port = Number(out.match(/127\.0\.0\.1:(\d+)/)[1]);
  assert.notEqual(port, busy);
});
