//! Stage 7, **serialize**: the JSON contract of ANNOTATION.md.
//!
//! Takes the original text and the resolved [`Span`]s (byte offsets, sorted, disjoint) and gives a
//! [`Document`]: for each annotation the Unicode code point offsets (`start`, `end`, as Python's
//! `text[start:end]`), the UTF-16 offsets (`utf16_start`, `utf16_end`, as JavaScript's
//! `String.slice`), the `text`, `category`, `canonical`, `source` and, for dates, `type`, `value`,
//! `mod` and `hijri`. Byte offsets are turned into both in a single forward pass, here and nowhere
//! else (for a long document, one pass per run of spans on its own thread, each run's offsets then
//! shifted by the length of the text before it). [`write_json`] writes the compact JSON.

use serde::{Deserialize, Serialize};

use crate::dates::DateType;
use crate::mention::Span;
use crate::parallel::{in_parallel, threads_for};
use crate::Category;

/// One annotation of the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset after the last character.
    pub end: usize,
    /// UTF-16 code unit offset of the first character.
    pub utf16_start: usize,
    /// UTF-16 code unit offset after the last character.
    pub utf16_end: usize,
    /// The annotated text, exactly as in the input.
    pub text: String,
    /// Category.
    pub category: Category,
    /// Canonical form (persons, locations, organizations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// What produced the annotation: `lexicon`, `date`, `propagation` or `rule:…`.
    pub source: String,
    /// TIMEX3 type, for dates.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub date_type: Option<DateType>,
    /// TIMEX3 value, for dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// TIMEX3 mod, for dates.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The Hijri value, for Hijri dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hijri: Option<String>,
}

/// One document's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Length of the text in code points.
    pub text_length: usize,
    /// Length of the text in UTF-16 code units.
    pub utf16_length: usize,
    /// Annotations, sorted by `start`, disjoint.
    pub annotations: Vec<Annotation>,
}

/// Builds the document from byte spans (sorted and disjoint).
pub fn to_document(text: &str, spans: Vec<Span>) -> Document {
    to_document_on(text, spans, threads_for(text.len()))
}

/// [`to_document`] on at most `threads` threads: the spans are cut into runs, each run's
/// annotations are built with offsets from where its stretch of text starts, and the offsets
/// where the stretches start are added as the runs are joined.
fn to_document_on(text: &str, mut spans: Vec<Span>, threads: usize) -> Document {
    let n = threads.clamp(1, spans.len().max(1));
    let size = spans.len().div_ceil(n).max(1);
    // each run's stretch of text: from its first span (the first from the text's start) to the
    // next run's first span (the last to the text's end); the runs are slices of `spans`, whose
    // strings are taken, not copied
    let mut items = Vec::with_capacity(n);
    let mut to = text.len();
    let mut rest: &mut [Span] = &mut spans;
    while !rest.is_empty() || items.is_empty() {
        let (head, run) = rest.split_at_mut(rest.len().saturating_sub(size));
        let from = if head.is_empty() { 0 } else { run[0].start };
        items.push((run, from, to));
        (rest, to) = (head, from);
    }
    items.reverse();
    let mut parts = in_parallel(items, |(run, from, to)| annotations(text, run, from, to)).into_iter();
    drop(spans); // before the runs are joined, which is when memory peaks
                 // the first run's offsets need no shift: its vector is the document's, grown in place
    let (mut annotations, (mut cp, mut u16)) = parts.next().unwrap_or_default();
    annotations.reserve(parts.as_slice().iter().map(|(a, _)| a.len()).sum());
    for (part, (c, u)) in parts {
        annotations.extend(part.into_iter().map(|mut a| {
            (a.start, a.end, a.utf16_start, a.utf16_end) =
                (a.start + cp, a.end + cp, a.utf16_start + u16, a.utf16_end + u16);
            a
        }));
        (cp, u16) = (cp + c, u16 + u);
    }
    Document { text_length: cp, utf16_length: u16, annotations }
}

/// The annotations of `spans` (their canonical forms and dates taken), all within
/// `text[from..to]`, with code point and UTF-16 offsets counted from `from`; and the code points
/// and UTF-16 units of `text[from..to]`.
fn annotations(text: &str, spans: &mut [Span], from: usize, to: usize) -> (Vec<Annotation>, (usize, usize)) {
    let (mut byte, mut cp, mut u16) = (from, 0, 0);
    let mut advance = |to: usize| {
        for c in text[byte..to].chars() {
            cp += 1;
            u16 += c.len_utf16();
        }
        byte = to;
        (cp, u16)
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        debug_assert!(s.start < s.end);
        let (start, utf16_start) = advance(s.start);
        let (end, utf16_end) = advance(s.end);
        let (date_type, value, modifier, hijri) = match s.date.take() {
            Some(d) => (Some(d.typ), d.value, d.modifier.map(str::to_string), d.hijri),
            None => (None, None, None, None),
        };
        out.push(Annotation {
            start,
            end,
            utf16_start,
            utf16_end,
            text: text[s.start..s.end].to_string(),
            category: s.category,
            canonical: s.canonical.take(),
            source: s.source.as_str().to_string(),
            date_type,
            value,
            modifier,
            hijri,
        });
    }
    let length = advance(to);
    (out, length)
}

/// Writes `doc` as compact JSON, byte for byte what `serde_json::to_writer(out, doc)` writes, with
/// the annotations serialized side by side on the threads of [`to_document`], a block at a time
/// (so the JSON of a large document is never held whole in memory).
pub fn write_json<W: std::io::Write>(doc: &Document, mut out: W) -> serde_json::Result<()> {
    /// About the JSON of one annotation, in bytes (177 on the bench text).
    const JSON_PER_ANNOTATION: usize = 180;
    /// Annotations per block: about 1.5 MB of JSON.
    const BLOCK: usize = 1 << 13;
    let threads = threads_for(doc.annotations.len().saturating_mul(JSON_PER_ANNOTATION));
    write!(out, "{{\"text_length\":{},\"utf16_length\":{},\"annotations\":[", doc.text_length, doc.utf16_length)
        .map_err(serde_json::Error::io)?;
    // one buffer per thread, used again for every block (fresh ones cost a page fault per page)
    let mut bufs: Vec<Vec<u8>> = vec![Vec::new(); threads];
    for (b, block) in doc.annotations.chunks(BLOCK).enumerate() {
        let parts: Vec<_> = block.chunks(block.len().div_ceil(threads)).zip(bufs.iter_mut()).collect();
        let n = parts.len();
        in_parallel(parts, |(part, slot)| {
            // written in a vector of the thread's own: the buffers' headers share a cache line
            let mut buf = std::mem::take(slot);
            buf.clear();
            for (i, a) in part.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                serde_json::to_writer(&mut buf, a)?;
            }
            *slot = buf;
            Ok(())
        })
        .into_iter()
        .collect::<serde_json::Result<()>>()?;
        for (i, buf) in bufs[..n].iter().enumerate() {
            if b > 0 || i > 0 {
                out.write_all(b",").map_err(serde_json::Error::io)?;
            }
            out.write_all(buf).map_err(serde_json::Error::io)?;
        }
    }
    out.write_all(b"]}").map_err(serde_json::Error::io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span::new(start, end, Category::Location, None, crate::mention::Source::Lexicon)
    }

    #[test]
    fn offsets_in_code_points_and_utf16() {
        let text = "😀 روسيا و😀 مصر";
        let a = text.find("روسيا").unwrap();
        let b = text.find("مصر").unwrap();
        let doc = to_document(text, vec![span(a, a + "روسيا".len()), span(b, b + "مصر".len())]);
        let r = &doc.annotations[0];
        assert_eq!((r.start, r.end, r.utf16_start, r.utf16_end), (2, 7, 3, 8));
        let m = &doc.annotations[1];
        assert_eq!((m.start, m.end, m.utf16_start, m.utf16_end), (11, 14, 13, 16));
        assert_eq!(m.text, "مصر");
        assert_eq!((doc.text_length, doc.utf16_length), (14, 16));
    }

    /// Runs on several threads give the document of one thread, and [`write_json`] the bytes of
    /// serde_json, for texts with emoji (two UTF-16 units), marks and line breaks, and for no
    /// annotation at all.
    #[test]
    fn threads_and_blocks_change_no_byte() {
        let unit = "قال 😀 بوتين في موسكو، ثم زار كِييف.\r\n";
        for reps in [0, 1, 3, 5000] {
            let text = unit.repeat(reps) + "😀";
            let mut spans: Vec<Span> = ["بوتين", "موسكو", "كِييف"]
                .iter()
                .flat_map(|w| text.match_indices(w).map(|(a, m)| span(a, a + m.len())).collect::<Vec<_>>())
                .collect();
            spans.sort_by_key(|s| s.start);
            let one = to_document_on(&text, spans.clone(), 1);
            assert_eq!(one.annotations.len(), 3 * reps);
            for n in [2, 3, 8] {
                assert_eq!(to_document_on(&text, spans.clone(), n), one, "{reps} lines, {n} threads");
            }
            let mut bytes = Vec::new();
            write_json(&one, &mut bytes).unwrap();
            assert_eq!(String::from_utf8(bytes).unwrap(), serde_json::to_string(&one).unwrap(), "{reps} lines");
        }
    }

    #[test]
    fn json_shape() {
        let doc = to_document("روسيا", vec![span(0, "روسيا".len())]);
        let v = serde_json::to_value(&doc).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"text_length": 5, "utf16_length": 5, "annotations": [
                {"start": 0, "end": 5, "utf16_start": 0, "utf16_end": 5, "text": "روسيا", "category": "location", "source": "lexicon"}
            ]})
        );
    }
}
