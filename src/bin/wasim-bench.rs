//! `wasim-bench --lexicon` prints `{"surfaces", "compiled_bytes"}` of the compiled lexicon.
//!
//! `wasim-bench FILE [RUNS] [--floor]`: the core's own throughput on one document, in process, on
//! all cores (`WASIM_THREADS=1` for one).
//! Prints one JSON line `{"bytes", "runs", "best_seconds", "mb_per_s", "annotations"}`; driven
//! by `make bench` (tools/bench.mjs), which adds the CLI, WASM and page figures.
//!
//! `--no-tagger` times the same build with the learned tagger off (lexicon, rules and dates only).
//!
//! With `--floor` it times instead, on one thread, the least any dictionary tagger does with the
//! text: each line normalized, cut into tokens, and the lexicon probed once at every word
//! (`"annotations"` is then the number of words the lexicon knows). Every other stage of wasim
//! (proclitics, rules, dates, the choice of spans, propagation, output) comes on top of it, so it
//! bounds what a faster design of the same core could reach.

use std::time::Instant;
use wasim::tokenize::{tokenize, Kind, NoVocabulary, Reading};

/// The floor pass over `text`: the number of words at which a lexicon entry starts.
fn floor(text: &str) -> usize {
    let lex = wasim::Annotator::default_ref().lexicon();
    let mut known = 0;
    for line in text.split('\n') {
        let norm = wasim::normalize::Normalized::new(line);
        for t in tokenize(&norm.text, &NoVocabulary) {
            if t.kind == Kind::Word && lex.longest_at(&norm.text, t.start as usize, Reading::Stem).is_some() {
                known += 1;
            }
        }
    }
    known
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--lexicon") {
        let a = wasim::Annotator::default_ref();
        println!("{{\"surfaces\": {}, \"compiled_bytes\": {}}}", a.surfaces(), wasim::lexicon::compiled_size());
        return;
    }
    let floor_only = args.iter().any(|a| a == "--floor");
    let no_tagger = args.iter().any(|a| a == "--no-tagger");
    let mut args = args.iter().filter(|a| *a != "--floor" && *a != "--no-tagger");
    let Some(path) = args.next() else {
        eprintln!("usage: wasim-bench FILE [RUNS] [--floor | --no-tagger]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("wasim-bench: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let options = wasim::Options::default();
    let mode = if no_tagger { wasim::TaggerMode::Off } else { wasim::TaggerMode::Join };
    let annotator = wasim::Annotator::builder().tagger(mode).build();
    // Warm up, as the CLI does on its first document.
    let _ = annotator.annotate("روسيا", &options);
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = if floor_only { floor(&text) } else { annotator.annotate(&text, &options).annotations.len() };
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{{\"bytes\": {}, \"runs\": {runs}, \"best_seconds\": {best:.4}, \"mb_per_s\": {:.2}, \"annotations\": {n}}}",
        text.len(),
        text.len() as f64 / 1e6 / best
    );
}
