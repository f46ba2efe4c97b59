//! The **annotator**: the engine's immutable knowledge, built once and shared by every thread.
//!
//! Takes the compiled-in lists and, through [`AnnotatorBuilder`], a reader's own entries (surface,
//! category, canonical form: annotated with `source: "user"`, and winning over a listed entry of
//! the same surface); gives an [`Annotator`], whose [`Annotator::annotate`] runs the pipeline
//! (see the crate docs). An annotator never changes once built, so one can be shared by threads
//! (it is `Sync`); the per-thread state (the tokenizer's memo of analysed words) lives in a
//! [`Worker`], one per thread for the length of one call. [`crate::annotate`] is the convenience
//! over the default annotator, built on first use.

use std::sync::OnceLock;

use crate::lexicon::{Lexicon, UserEntry};
use crate::{serialize, Category, Document, Options};

/// The engine: the lexicon with a reader's entries. Build one with [`Annotator::builder`], or use
/// the default one through [`crate::annotate`].
///
/// ```
/// use wasim::{Annotator, Category, Options};
/// let annotator = Annotator::builder()
///     .entry("مزرعة الوادي الأخضر", Category::Organization, "شركة مزرعة الوادي الأخضر")
///     .expect("a valid entry")
///     .build();
/// let doc = annotator.annotate("وصدّرت مزرعة الوادي الأخضر التمور", &Options::default());
/// let a = &doc.annotations[0];
/// assert_eq!((a.text.as_str(), a.source.as_str()), ("مزرعة الوادي الأخضر", "user"));
/// ```
pub struct Annotator {
    pub(crate) lexicon: Lexicon,
    /// The learned tagger and how its candidates are used.
    pub(crate) tagger: Option<crate::tagger::Model>,
    pub(crate) tagger_mode: TaggerMode,
}

/// How the tagger's candidates are used (`wasim eval --tagger`, for the ablation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TaggerMode {
    /// The tagger's candidates join the others in the overlap policy (the default).
    #[default]
    Join,
    /// The tagger is not run: lexicon, rules and dates only.
    Off,
    /// Persons, locations and organizations from the tagger alone (dates and a reader's entries
    /// as usual).
    Only,
}

impl TaggerMode {
    /// `on`, `off` or `only`.
    pub fn parse(s: &str) -> Option<TaggerMode> {
        match s {
            "on" | "join" => Some(TaggerMode::Join),
            "off" => Some(TaggerMode::Off),
            "only" => Some(TaggerMode::Only),
            _ => None,
        }
    }
}

/// Why an entry cannot be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryError {
    /// The surface has no letter or digit once normalized.
    EmptySurface,
    /// Dates come from the date grammar, not from entries.
    DateCategory,
    /// The surface spans a line break, which no annotation may.
    LineBreak,
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EntryError::EmptySurface => "the surface is empty once normalized",
            EntryError::DateCategory => "an entry is a person, a location or an organization, not a date",
            EntryError::LineBreak => "the surface holds a line break",
        })
    }
}

impl std::error::Error for EntryError {}

/// Builds an [`Annotator`] with a reader's own entries.
#[derive(Debug, Clone, Default)]
pub struct AnnotatorBuilder {
    entries: Vec<UserEntry>,
    tagger_mode: TaggerMode,
}

impl AnnotatorBuilder {
    /// Adds an entry: `surface` as it appears in text (spelling variants of hamza, ى/ي, ة/ه and
    /// diacritics are matched as the lists' are), its `category` and `canonical` form (the surface
    /// itself when empty).
    pub fn entry(mut self, surface: &str, category: Category, canonical: &str) -> Result<Self, EntryError> {
        if category == Category::Date {
            return Err(EntryError::DateCategory);
        }
        if surface.contains(['\n', '\r']) {
            return Err(EntryError::LineBreak);
        }
        if !crate::normalize::normalize_str(surface.trim()).chars().any(|c| c.is_alphanumeric()) {
            return Err(EntryError::EmptySurface);
        }
        let canonical = if canonical.trim().is_empty() { surface } else { canonical };
        self.entries.push(UserEntry {
            surface: surface.trim().to_string(),
            category,
            canonical: canonical.trim().to_string(),
        });
        Ok(self)
    }

    /// How the tagger is used ([`TaggerMode::Join`] unless set).
    pub fn tagger(mut self, mode: TaggerMode) -> Self {
        self.tagger_mode = mode;
        self
    }

    /// The annotator with the compiled-in lists, the compiled-in tagger and these entries.
    pub fn build(self) -> Annotator {
        let tagger = if self.tagger_mode == TaggerMode::Off { None } else { crate::tagger::embedded() };
        Annotator { lexicon: Lexicon::build(&self.entries), tagger, tagger_mode: self.tagger_mode }
    }
}

impl Annotator {
    /// A builder for an annotator with a reader's own entries.
    pub fn builder() -> AnnotatorBuilder {
        AnnotatorBuilder::default()
    }

    /// The default annotator (the compiled-in lists only), built on first use.
    pub fn default_ref() -> &'static Annotator {
        static DEFAULT: OnceLock<Annotator> = OnceLock::new();
        DEFAULT.get_or_init(|| AnnotatorBuilder::default().build())
    }

    /// Annotates one document. Never panics on any input; an empty text gives no annotations.
    pub fn annotate(&self, text: &str, options: &Options) -> Document {
        let spans = crate::resolve::annotate_spans(self, text, options.reference_date);
        let spans: Vec<_> = spans.into_iter().filter(|s| options.categories.contains(&s.category)).collect();
        serialize::to_document(text, spans)
    }

    /// Every candidate any source proposed for `text`, with the policy's verdict on it, and the
    /// mentions propagation added: what `wasim annotate --explain` prints. Only the categories of
    /// `options` are kept.
    pub fn explain(&self, text: &str, options: &Options) -> Vec<crate::resolve::Explained> {
        let mut rows = crate::resolve::explain(self, text, options.reference_date);
        rows.retain(|r| options.categories.contains(&r.span.category));
        rows
    }

    /// The number of distinct surfaces it knows (lists, date words and the reader's entries).
    pub fn surfaces(&self) -> usize {
        self.lexicon.len()
    }

    /// The lexicon, for the floor benchmark and for tests.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }
}

/// What one thread keeps between the segments it annotates: the tokenizer's memo of the words it
/// has analysed (a word's proclitic analysis asks the lexicon up to six times; the memo asks once
/// per distinct word).
#[derive(Default)]
pub struct Worker {
    pub(crate) memo: crate::tokenize::Memo,
    /// The tagger's weights of each distinct token.
    pub(crate) tagger: crate::tagger::Memo,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(a: &Annotator, text: &str) -> Vec<(String, Category, String, String)> {
        a.annotate(text, &Options::default())
            .annotations
            .into_iter()
            .map(|x| (x.text, x.category, x.canonical.unwrap_or_default(), x.source))
            .collect()
    }

    #[test]
    fn a_readers_entries_are_found_with_their_source_and_canonical_form() {
        let a = Annotator::builder()
            .entry("أبو سليم الوردي", Category::Person, "سليم الوردي")
            .unwrap()
            .entry("تل الزعتر الشمالي", Category::Location, "")
            .unwrap()
            .entry("بوتين", Category::Organization, "شركة بوتين")
            .unwrap()
            .build();
        let text = "التقى أبو سليم الوردي وفدا في تل الزعتر الشمالي ولبوتين";
        assert_eq!(
            found(&a, text),
            [
                ("أبو سليم الوردي".into(), Category::Person, "سليم الوردي".into(), "user".into()),
                ("تل الزعتر الشمالي".into(), Category::Location, "تل الزعتر الشمالي".into(), "user".into()),
                ("بوتين".into(), Category::Organization, "شركة بوتين".into(), "user".into()),
            ]
        );
        // the default annotator knows none of them, and بوتين is the listed person
        let d = found(Annotator::default_ref(), text);
        assert!(d.iter().all(|x| x.3 != "user"), "{d:?}");
        assert!(d.contains(&("بوتين".into(), Category::Person, "فلاديمير بوتين".into(), "lexicon".into())));
    }

    #[test]
    fn bad_entries_are_refused_with_a_reason() {
        assert_eq!(Annotator::builder().entry("  ", Category::Person, "x").unwrap_err(), EntryError::EmptySurface);
        assert_eq!(Annotator::builder().entry("ـــ،", Category::Person, "x").unwrap_err(), EntryError::EmptySurface);
        assert_eq!(Annotator::builder().entry("أمس", Category::Date, "").unwrap_err(), EntryError::DateCategory);
        assert_eq!(Annotator::builder().entry("أ\nب", Category::Person, "").unwrap_err(), EntryError::LineBreak);
    }
}
