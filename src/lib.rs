//! # wasim (واسم): an Arabic text annotator
//!
//! wasim finds **persons, locations, organizations and dates** in Arabic text, offline: the name
//! lists are compiled into the library, nothing is fetched. The same core runs natively (the
//! `wasim` command) and as WebAssembly in the page under `www/`.
//!
//! ```
//! let doc = wasim::annotate("التقى بوتين وزيلينسكي في موسكو الأربعاء", &wasim::Options::default());
//! let found: Vec<(&str, wasim::Category)> = doc.annotations.iter().map(|a| (a.text.as_str(), a.category)).collect();
//! assert_eq!(found[0], ("بوتين", wasim::Category::Person));
//! assert!(found.contains(&("موسكو", wasim::Category::Location)));
//! assert!(found.contains(&("الأربعاء", wasim::Category::Date)));
//! ```
//!
//! ## The engine
//! An [`Annotator`] holds what the engine knows: the lists, compiled at build time (see
//! [`lexicon`]), and a reader's own entries ([`Annotator::builder`]). It is immutable and shared
//! by threads; [`annotate`] uses the default one.
//!
//! ```
//! use wasim::{Annotator, Category, Options};
//! let a = Annotator::builder().entry("تل الزعتر الشمالي", Category::Location, "").unwrap().build();
//! let doc = a.annotate("وصل الوفد إلى تل الزعتر الشمالي", &Options::default());
//! assert_eq!((doc.annotations[0].text.as_str(), doc.annotations[0].source.as_str()), ("تل الزعتر الشمالي", "user"));
//! ```
//!
//! ## The pipeline
//! Each stage is a module with a doc saying what it takes and gives:
//! [`normalize`] → [`tokenize`] → [`lexicon`] → [`rules`] → [`dates`] → [`policy`] →
//! [`resolve`] → [`serialize`]. Every stage's finds are [`mention::Mention`]s, whose offsets are
//! typed by the text they index and whose [`mention::Source`] says what found them; the
//! [`policy`] is the one place sources are weighed against each other. `docs/ARCHITECTURE.md`
//! says which file to open to add a list, a trigger word, a rule or a recognizer. The text is processed line by line (spans never cross a line break; a line over
//! 64 KiB is cut after sentence ends into segments, which spans do not cross either);
//! [`resolve`] then propagates names across the whole document. Offsets are mapped from the
//! matching form back to the original in one place, [`normalize::Normalized::orig_range`], and
//! turned into code point and UTF-16 offsets in one place, [`serialize`].
//!
//! The annotation rules and the JSON contract are those of `ANNOTATION.md` (see the README).

#![deny(missing_docs)]

mod annotator;
pub mod dates;
#[allow(missing_docs)]
pub mod eval;
mod fasthash;
#[allow(missing_docs)]
pub mod lexicon;
pub mod mention;
pub mod normalize;
mod parallel;
pub mod policy;
pub mod resolve;
pub mod rules;
pub mod serialize;
pub mod shapes;
pub mod tagger;
#[allow(missing_docs)]
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

use serde::{Deserialize, Serialize};

pub use annotator::{Annotator, AnnotatorBuilder, EntryError, TaggerMode, Worker};
pub use dates::SimpleDate;
pub use serialize::{Annotation, Document};

/// The four categories of ANNOTATION.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Names of people.
    Person,
    /// Countries, cities, regions, rivers, seas, named areas.
    Location,
    /// Named bodies: ministries, agencies, companies, media, alliances, parties.
    Organization,
    /// Temporal expressions.
    Date,
}

impl Category {
    /// All categories, in the order the page lists them.
    pub const ALL: [Category; 4] = [Category::Person, Category::Location, Category::Organization, Category::Date];

    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Person => "person",
            Category::Location => "location",
            Category::Organization => "organization",
            Category::Date => "date",
        }
    }

    /// Parses a name as used in JSON and on the command line.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }

    /// Parses a comma-separated list such as `person,date`; an unknown name is an error naming it.
    pub fn parse_list(s: &str) -> Result<Vec<Category>, String> {
        s.split(',')
            .filter(|p| !p.trim().is_empty())
            .map(|p| {
                Category::parse(p).ok_or_else(|| {
                    format!("unknown category {:?} (expected person, location, organization or date)", p.trim())
                })
            })
            .collect()
    }
}

/// What to annotate and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The categories to return (all four by default).
    pub categories: Vec<Category>,
    /// The publication date of the text, used to resolve relative dates (أمس، الشهر الماضي).
    pub reference_date: Option<SimpleDate>,
}

impl Default for Options {
    fn default() -> Self {
        Options { categories: Category::ALL.to_vec(), reference_date: None }
    }
}

/// Annotates one document with the default [`Annotator`]. Never panics on any input; an empty
/// text gives no annotations.
pub fn annotate(text: &str, options: &Options) -> Document {
    Annotator::default_ref().annotate(text, options)
}
