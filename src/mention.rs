//! The one type of a found entity, from the first candidate to the resolved span: [`Mention`].
//!
//! Takes nothing; gives the vocabulary the stages share. A mention has a byte range, a category,
//! a canonical form, a [`Source`], a score and, for dates, its meaning. Its offsets are typed by the
//! text they index: a [`Mention<Norm>`] (a [`Candidate`]) indexes the matching form of one segment
//! (see [`crate::normalize`]), a [`Mention<Orig>`] (a [`Span`]) the original document. The only way
//! from one to the other is [`Mention::in_original`], which maps the offsets through
//! [`crate::normalize::Normalized::orig_range`], so offsets are mapped in one place.
//!
//! [`Source`] says what produced a mention. It is an enum, not a string: the overlap policy
//! ([`crate::policy`]) and propagation ask it questions ([`Source::is_rule`]), and it is rendered to
//! the JSON contract's strings (`lexicon`, `rule:title`...) only by [`Source::as_str`].

use std::marker::PhantomData;

use crate::dates::DateInfo;
use crate::Category;

/// Offsets into the matching form of one segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Norm;
/// Offsets into the original document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Orig;

/// The rules of [`crate::rules`], each named once. The order is the registry's (see
/// [`crate::rules::REGISTRY`]); the names are those of the JSON `source` field after `rule:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    /// An organization head noun and its complements (وزارة الدفاع الروسية).
    OrgHead,
    /// A media descriptor before a known name (وكالة “تاس”): the name alone.
    Media,
    /// A place noun before an unknown word (مدينة تولتشيا).
    PlaceTrigger,
    /// A given name and the name parts after it (إيفان فيدوروف).
    NameChain,
    /// An unambiguous given name alone.
    GivenName,
    /// A listed city or word read as a club in a line about sport.
    Club,
    /// A title or role before a name (الرئيس إيمانويل ماكرون).
    Title,
    /// A name opening a line before a colon or a reporting verb.
    Speaker,
    /// A verb of motion before an ambiguous listed place.
    Motion,
    /// A given name before a transliterated Slavic family name.
    ForeignShape,
    /// Name words between commas next to a title.
    Apposition,
    /// A Latin acronym among Arabic words.
    Acronym,
    /// A short name in parentheses after a body.
    Alias,
}

impl RuleId {
    /// Every rule.
    pub const ALL: [RuleId; 13] = [
        RuleId::OrgHead,
        RuleId::Media,
        RuleId::PlaceTrigger,
        RuleId::NameChain,
        RuleId::GivenName,
        RuleId::Club,
        RuleId::Title,
        RuleId::Speaker,
        RuleId::Motion,
        RuleId::ForeignShape,
        RuleId::Apposition,
        RuleId::Acronym,
        RuleId::Alias,
    ];

    /// The JSON `source` string of the rule (`rule:org-head`).
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::OrgHead => "rule:org-head",
            RuleId::Media => "rule:media",
            RuleId::PlaceTrigger => "rule:place-trigger",
            RuleId::NameChain => "rule:name-chain",
            RuleId::GivenName => "rule:given-name",
            RuleId::Club => "rule:club",
            RuleId::Title => "rule:title",
            RuleId::Speaker => "rule:speaker",
            RuleId::Motion => "rule:motion",
            RuleId::ForeignShape => "rule:foreign-shape",
            RuleId::Apposition => "rule:apposition",
            RuleId::Acronym => "rule:acronym",
            RuleId::Alias => "rule:alias",
        }
    }
}

/// What produced a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// An entry of the compiled-in lists.
    Lexicon,
    /// An entry a reader added at run time ([`crate::AnnotatorBuilder::entry`]).
    User,
    /// The date grammar.
    Date,
    /// A context rule.
    Rule(RuleId),
    /// Another mention of a name found elsewhere in the document.
    Propagation,
    /// The learned tagger.
    Tagger,
}

impl Source {
    /// The JSON `source` string: `lexicon`, `user`, `date`, `rule:…`, `propagation`, `tagger`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Lexicon => "lexicon",
            Source::User => "user",
            Source::Date => "date",
            Source::Rule(r) => r.as_str(),
            Source::Propagation => "propagation",
            Source::Tagger => "tagger",
        }
    }

    /// Parses a JSON `source` string.
    pub fn parse(s: &str) -> Option<Source> {
        Some(match s {
            "lexicon" => Source::Lexicon,
            "user" => Source::User,
            "date" => Source::Date,
            "propagation" => Source::Propagation,
            "tagger" => Source::Tagger,
            _ => return RuleId::ALL.into_iter().find(|r| r.as_str() == s).map(Source::Rule),
        })
    }

    /// Whether a context rule produced it.
    pub fn is_rule(self) -> bool {
        matches!(self, Source::Rule(_))
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A found entity: a byte range of the text `S` says, and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<S> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// Category.
    pub category: Category,
    /// Canonical form, when known.
    pub canonical: Option<String>,
    /// What produced it.
    pub source: Source,
    /// How sure its source is, in (0, 1]: 1 for lists, rules and dates, the model's probability for
    /// the tagger. The overlap policy weighs it after length and source.
    pub score: f32,
    /// Date meaning, for dates.
    pub date: Option<DateInfo>,
    /// Which text the offsets index.
    pub space: PhantomData<S>,
}

/// A mention in the matching form of one segment, before overlaps are resolved.
pub type Candidate = Mention<Norm>;
/// A resolved mention: a byte range of the original document.
pub type Span = Mention<Orig>;

impl<S> Mention<S> {
    /// A mention with score 1 and no date.
    pub fn new(start: usize, end: usize, category: Category, canonical: Option<String>, source: Source) -> Self {
        Mention { start, end, category, canonical, source, score: 1.0, date: None, space: PhantomData }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it is empty (never, for a mention a stage gives).
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl Candidate {
    /// The same mention in the original document: `norm` is the segment's matching form and
    /// `offset` where the segment starts in the document.
    pub fn in_original(self, norm: &crate::normalize::Normalized, offset: usize) -> Span {
        let (a, b) = norm.orig_range(self.start, self.end);
        Mention {
            start: offset + a,
            end: offset + b,
            category: self.category,
            canonical: self.canonical,
            source: self.source,
            score: self.score,
            date: self.date,
            space: PhantomData,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_render_and_parse_back() {
        let all = [Source::Lexicon, Source::User, Source::Date, Source::Propagation, Source::Tagger]
            .into_iter()
            .chain(RuleId::ALL.into_iter().map(Source::Rule));
        let mut seen = std::collections::HashSet::new();
        for s in all {
            assert!(seen.insert(s.as_str()), "{s:?} renders like another source");
            assert_eq!(Source::parse(s.as_str()), Some(s));
        }
        assert_eq!(Source::Rule(RuleId::OrgHead).as_str(), "rule:org-head");
        assert_eq!(Source::parse("rule:nothing"), None);
    }
}
