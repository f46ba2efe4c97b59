//! Stage 7, **serialize**: the JSON contract of ANNOTATION.md.
//!
//! Takes the original text and the resolved [`Span`]s (byte offsets, sorted, disjoint) and gives a
//! [`Document`]: for each annotation the Unicode code point offsets (`start`, `end`, as Python's
//! `text[start:end]`), the UTF-16 offsets (`utf16_start`, `utf16_end`, as JavaScript's
//! `String.slice`), the `text`, `category`, `canonical`, `source` and, for dates, `type`, `value`,
//! `mod` and `hijri`. Byte offsets are turned into both in a single forward pass, here and nowhere
//! else.

use serde::{Deserialize, Serialize};

use crate::dates::DateType;
use crate::resolve::Span;
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
    let mut annotations = Vec::with_capacity(spans.len());
    // running position: byte, code point, UTF-16 unit
    let (mut byte, mut cp, mut u16) = (0usize, 0usize, 0usize);
    let advance = |to: usize, byte: &mut usize, cp: &mut usize, u16: &mut usize| {
        for c in text[*byte..to].chars() {
            *cp += 1;
            *u16 += c.len_utf16();
        }
        *byte = to;
    };
    for s in spans {
        debug_assert!(s.start >= byte && s.start < s.end);
        advance(s.start, &mut byte, &mut cp, &mut u16);
        let (start, utf16_start) = (cp, u16);
        advance(s.end, &mut byte, &mut cp, &mut u16);
        let date = s.date;
        annotations.push(Annotation {
            start,
            end: cp,
            utf16_start,
            utf16_end: u16,
            text: text[s.start..s.end].to_string(),
            category: s.category,
            canonical: s.canonical,
            source: s.source.to_string(),
            date_type: date.as_ref().map(|d| d.typ),
            value: date.as_ref().and_then(|d| d.value.clone()),
            modifier: date.as_ref().and_then(|d| d.modifier.map(str::to_string)),
            hijri: date.and_then(|d| d.hijri),
        });
    }
    advance(text.len(), &mut byte, &mut cp, &mut u16);
    Document { text_length: cp, utf16_length: u16, annotations }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end, category: Category::Location, canonical: None, source: "lexicon", date: None }
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
