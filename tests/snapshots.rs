//! Snapshot tests: wasim's whole output on fixed texts, checked in, so that any change to it fails
//! until it is regenerated on purpose.
//!
//! Each snapshot under `tests/snapshots/` holds per-category counts on top, then one annotation a
//! line: `doc  start  end  category  source  canonical  type  value  mod  hijri  text` (code point
//! offsets; the text is left out for the Wojood files, which are not ours to copy). The 8 MB bench
//! text (the seeds and Wojood's sentences repeated to 8 MB, as `make bench` builds it) is too big
//! to keep: its snapshot is the counts and a 64-bit FNV-1a fingerprint of those same lines.
//!
//! A change of output that is meant: `UPDATE_SNAPSHOTS=1 cargo test --release --test snapshots`,
//! then read `git diff tests/snapshots` and say in the commit message why the output changed.
//! The corpus lives in `../shared/corpus` (or `$WASIM_CORPUS`), as for the golden tests.

use std::collections::BTreeMap;
use std::fmt::Write as _;
mod common;
use common::corpus;
#[path = "common/snapshot_lines.rs"]
mod snapshot_lines;
use snapshot_lines::{lines_of, render};
use std::path::PathBuf;

use wasim::{annotate, Options};

/// The texts of a JSON-lines file (`text` of each line).
fn texts_of(path: &std::path::Path) -> Vec<String> {
    let body = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().expect("a text field").to_string()
        })
        .collect()
}

/// Compares `got` with the checked-in snapshot `name`, or writes it under `UPDATE_SNAPSHOTS=1`.
fn check(name: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {} (run with UPDATE_SNAPSHOTS=1 to create it)", path.display()));
    if want == got {
        return;
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut diff = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied().unwrap_or("<none>"), g.get(i).copied().unwrap_or("<none>"));
        if a != b && shown < 12 {
            let _ = writeln!(diff, "line {}:\n  want {a}\n  got  {b}", i + 1);
            shown += 1;
        }
    }
    panic!(
        "{name} differs from its snapshot ({} lines checked in, {} now); first differences:\n{diff}\
         if the change is meant: UPDATE_SNAPSHOTS=1 cargo test --release --test snapshots, and say why in the commit",
        w.len(),
        g.len()
    );
}

fn snapshot_of(name: &str, texts: &[String], with_text: bool) {
    let (mut body, mut counts) = (String::new(), BTreeMap::new());
    for (i, t) in texts.iter().enumerate() {
        lines_of(i, &annotate(t, &Options::default()), with_text, &mut body, &mut counts);
    }
    check(name, &render(&counts, &body));
}

#[test]
fn seeds() {
    let Some(dir) = corpus() else { return };
    snapshot_of("seeds.tsv", &texts_of(&dir.join("seeds.gold.jsonl")), true);
}

#[test]
fn news_sentences() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/news_sentences.jsonl");
    snapshot_of("news_sentences.tsv", &texts_of(&path), true);
}

/// wasim's own dev split (in the repository): `tests/wasm_api.rs` checks the core gives this very
/// output under WebAssembly, the tagger included.
#[test]
fn corpus_dev() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/dev.jsonl");
    snapshot_of("corpus_dev.tsv", &texts_of(&path), true);
}

#[test]
fn wojood_dev() {
    let Some(dir) = corpus() else { return };
    snapshot_of("wojood_dev_a.tsv", &texts_of(&dir.join("wojood/dev-a.jsonl")), false);
    snapshot_of("wojood_dev_b.tsv", &texts_of(&dir.join("wojood/dev-b.jsonl")), false);
}

/// The bench text of `make bench` (tools/bench.mjs `newsText`, repeated to 8 MB): its counts and
/// fingerprint.
#[test]
fn bench_text_fingerprint() {
    let Some(dir) = corpus() else { return };
    let mut parts = Vec::new();
    let mut seeds: Vec<PathBuf> =
        std::fs::read_dir(dir.join("seeds")).expect("seeds dir").map(|e| e.expect("entry").path()).collect();
    seeds.sort();
    for f in seeds {
        parts.push(std::fs::read_to_string(f).expect("seed"));
    }
    for f in ["wojood/dev-a.jsonl", "wojood/dev-b.jsonl"] {
        parts.push(texts_of(&dir.join(f)).join("\n"));
    }
    let unit = parts.join("\n\n") + "\n";
    let text = unit.repeat(8_000_000usize.div_ceil(unit.len()));
    let (mut body, mut counts) = (String::new(), BTreeMap::new());
    lines_of(0, &annotate(&text, &Options::default()), true, &mut body, &mut counts);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    let got = render(&counts, &format!("bytes {}\nlines {}\nfnv1a64 {h:016x}\n", text.len(), body.lines().count()));
    check("bench_8mb.txt", &got);
}
