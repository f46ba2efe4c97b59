// The annotation worker: runs the WASM core off the main thread, so typing and scrolling stay
// smooth while megabytes are annotated. Message in: {id, text, options}; out: {id, result, ms}
// or {id, error}.
import init, { annotate, version } from './pkg/wasim.js';

// Build the lexicon automaton now, off the main thread, so the first paste is answered at once.
const ready = init().then(() => {
  annotate('روسيا', undefined);
  self.postMessage({ ready: true, version: version() });
});

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const result = annotate(text, options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
