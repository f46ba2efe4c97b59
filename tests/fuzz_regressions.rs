//! Regression tests from fuzzing: every input kept in `fuzz/regressions/` (a sample of the corpus
//! `make fuzz` grew, plus any input that ever crashed) goes through `annotate` exactly as the fuzz
//! target feeds it, and the offset invariants of the JSON contract are checked on the result.
//! To keep a new crash: copy its file from `fuzz/artifacts/annotate/` into `fuzz/regressions/`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use wasim::{annotate, Category, Options, SimpleDate};

/// The fuzz target's reading of the bytes: the first selects categories and the reference date.
fn options_and_text(data: &[u8]) -> Option<(Options, String)> {
    let (&sel, rest) = data.split_first()?;
    let text = String::from_utf8_lossy(rest).into_owned();
    let categories = Category::ALL.iter().enumerate().filter(|(i, _)| sel & (1 << i) != 0).map(|(_, c)| *c).collect();
    let reference_date = if sel & 0x10 != 0 { SimpleDate::new(2024, 2, 29) } else { None };
    Some((Options { categories, reference_date }, text))
}

#[test]
fn every_kept_fuzz_input_keeps_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("fuzz/regressions exists").map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 100, "the regression corpus has {} inputs", files.len());
    let mut annotated = 0;
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let Some((options, text)) = options_and_text(&data) else { continue };
        // all categories too, so that every input exercises the whole pipeline
        for options in [options, Options { reference_date: SimpleDate::new(2024, 2, 29), ..Options::default() }] {
            let doc = annotate(&text, &options);
            let cps: Vec<char> = text.chars().collect();
            let units: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(doc.text_length, cps.len(), "{}", f.display());
            let mut prev = 0;
            for a in &doc.annotations {
                assert!(a.start >= prev && a.start < a.end && a.end <= cps.len(), "{}: {:?}", f.display(), a);
                prev = a.end;
                assert_eq!(cps[a.start..a.end].iter().collect::<String>(), a.text, "{}", f.display());
                assert_eq!(String::from_utf16(&units[a.utf16_start..a.utf16_end]).unwrap(), a.text);
                assert!(options.categories.contains(&a.category));
            }
            annotated += doc.annotations.len();
        }
    }
    // the corpus is grown from Arabic news pieces: a pipeline that found nothing would be broken
    assert!(annotated > 100, "only {annotated} annotations over the regression corpus");
}
