//! The lines of a snapshot (`tests/snapshots/*.tsv`), shared by the native snapshot tests and the
//! WASM test that checks the core gives the same output under WebAssembly.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use wasim::Document;

/// The snapshot lines of one document's annotations.
pub fn lines_of(
    doc_index: usize,
    doc: &Document,
    with_text: bool,
    out: &mut String,
    counts: &mut BTreeMap<String, usize>,
) {
    for a in &doc.annotations {
        *counts.entry(format!("{} {}", a.category.as_str(), a.source)).or_default() += 1;
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        let _ = writeln!(
            out,
            "{doc_index}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            a.start,
            a.end,
            a.category.as_str(),
            a.source,
            opt(&a.canonical),
            a.date_type.map(|t| t.as_str()).unwrap_or_default(),
            opt(&a.value),
            opt(&a.modifier),
            opt(&a.hijri),
            if with_text { a.text.as_str() } else { "" },
        );
    }
}

pub fn render(counts: &BTreeMap<String, usize>, body: &str) -> String {
    let mut s = String::from("# counts by category and source\n");
    for (k, n) in counts {
        let _ = writeln!(s, "# {k}: {n}");
    }
    s.push_str(body);
    s
}
