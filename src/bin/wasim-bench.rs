//! `wasim-bench FILE [RUNS]`: the core's own throughput on one document, in process, on all cores
//! (`WASIM_THREADS=1` for one).
//! Prints one JSON line `{"bytes", "runs", "best_seconds", "mb_per_s", "annotations"}`; driven
//! by `make bench` (tools/bench.mjs), which adds the CLI, WASM and page figures.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: wasim-bench FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("wasim-bench: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let options = wasim::Options::default();
    // Warm up: builds the lexicon once, as the CLI does on its first document.
    let _ = wasim::annotate("روسيا", &options);
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let doc = wasim::annotate(&text, &options);
        best = best.min(t.elapsed().as_secs_f64());
        n = doc.annotations.len();
    }
    println!(
        "{{\"bytes\": {}, \"runs\": {runs}, \"best_seconds\": {best:.4}, \"mb_per_s\": {:.2}, \"annotations\": {n}}}",
        text.len(),
        text.len() as f64 / 1e6 / best
    );
}
