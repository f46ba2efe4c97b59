//! Stage 3, **lexicon**: the compiled-in name lists and the matcher over them.
//!
//! Takes the matching form of a line and its tokens and gives [`LexMatch`]es: leftmost-longest
//! matches of known surfaces that start at a word's stem (after its proclitics) and end at a word
//! boundary. The lists are the TSV files in `src/lexicon/data/` (`surface, class, canonical[,
//! ambiguous]`, described in `SOURCES.md` beside them), compiled into the binary by `build.rs` and
//! normalized here with the very normalizer the text goes through, so a list never disagrees with
//! the text about spelling. The patterns are every surface, the date words of
//! [`crate::dates::vocabulary()`] and, for each surface that starts with the article, its ل+ال
//! contracted form (الولايات → لولايات, for للولايات). A lookup first probes a hash of the
//! patterns' first words, which answers alone for the words that start no pattern and for the
//! one-word patterns; a first word that starts longer patterns knows how far they reach, and the
//! word boundaries within that reach are probed in a second hash, farthest first. Patterns end
//! at word boundaries, so this finds what an anchored leftmost-longest automaton would, without
//! building one (which took three quarters of the start-up time) or walking it byte by byte.
//!
//! Known limits: a surface matches only in the spelling listed (after normalization); entries
//! marked `ambiguous` are common words too and are left to the context rules.

use crate::fasthash::FxHashMap;
use crate::normalize::normalize_str;
use crate::tokenize::{Kind, Reading, Token, Vocabulary};

mod files {
    include!(concat!(env!("OUT_DIR"), "/lexicon_files.rs"));
}

/// What a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Location,
    Organization,
    Person,
    /// A given name: starts a name chain, is not annotated alone.
    Given,
    /// A nationality or relational adjective (الروسية): never a place; names the place in `canonical`.
    Gentilic,
    /// A word of the date grammar (month, weekday, unit...): only guides the proclitic analysis.
    Temporal,
    /// A common word that must not be split into proclitic + name.
    Common,
}

impl Class {
    fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "location" => Class::Location,
            "organization" => Class::Organization,
            "person" => Class::Person,
            "given" => Class::Given,
            "gentilic" => Class::Gentilic,
            "common" => Class::Common,
            _ => return None,
        })
    }

    /// The annotation category of an entity class.
    pub fn category(self) -> Option<crate::Category> {
        match self {
            Class::Location => Some(crate::Category::Location),
            Class::Organization => Some(crate::Category::Organization),
            Class::Person => Some(crate::Category::Person),
            _ => None,
        }
    }
}

/// One entry of the lists.
#[derive(Debug, Clone)]
pub struct Entry {
    pub class: Class,
    pub canonical: std::borrow::Cow<'static, str>,
    pub ambiguous: bool,
    /// Where it came from: the compiled-in lists or a reader's entries.
    pub source: crate::mention::Source,
    /// The file it came from, for `source`.
    pub file: &'static str,
    /// The surface is also a word of the date grammar (عيد, فجر): a proclitic before it splits
    /// even when the entry is ambiguous, so بعيد الميلاد and وفجر اليوم still read as dates.
    pub date_word: bool,
    /// The surface is also a given name, though another entry won it (أمين is a common word
    /// and a given name): name chains may still continue through it.
    pub given_too: bool,
    /// The same surface is also listed as an organization (ليفربول the city and the club).
    pub org_too: bool,
}

/// The entries one pattern string stands for: read plainly, and as the ل+ال contraction of an
/// entry with the article (لان is the word لان and also الان after ل). Index with [`slot`].
type Readings = [Option<u32>; 2];

/// The slot of [`Readings`] a reading looks in.
fn slot(reading: Reading) -> usize {
    (reading == Reading::Contraction) as usize
}

/// A match of a lexicon entry in the matching form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    /// Byte range in the matching form (the stem's start to the end of the last word).
    pub start: usize,
    pub end: usize,
    /// Index of the first and one past the last token covered.
    pub first_token: usize,
    pub end_token: usize,
    pub entry: u32,
}

/// What the lexicon holds for one first word: the entries it is whole, and how far the longer
/// patterns that start with it reach.
#[derive(Debug, Clone, Copy, Default)]
struct FirstWord {
    /// The entries whose pattern is exactly this word.
    whole: Readings,
    /// The byte length of the longest pattern that starts with this word and goes on past it
    /// (0 when none does).
    reach: u32,
}

/// The compiled lexicon.
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Every pattern's first word. Most words of a text start no pattern, and most that do are
    /// a whole one-word pattern: both are answered by this one probe.
    first: FxHashMap<Box<str>, FirstWord>,
    /// The patterns longer than their first word, probed at the word boundaries within the
    /// first word's reach, farthest first.
    longer: FxHashMap<Box<str>, Readings>,
}

/// A problem in a data file, found when compiling it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Parses the compiled-in files into entries with their normalized surfaces. Lines that do not
/// fit the format are returned as errors (a test asserts there are none).
pub fn parse_files() -> (Vec<(String, Entry)>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (file, body) in files::FILES {
        for (i, line) in body.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let err = |m: &str| DataError { file, line: i + 1, message: m.to_string() };
            if !(3..=4).contains(&cols.len()) {
                errors.push(err("expected 3 or 4 tab-separated columns"));
                continue;
            }
            let Some(class) = Class::parse(cols[1]) else {
                errors.push(err("unknown class"));
                continue;
            };
            let ambiguous = match cols.get(3) {
                None => false,
                Some(&"ambiguous") => true,
                Some(_) => {
                    errors.push(err("4th column must be `ambiguous`"));
                    continue;
                }
            };
            let surface = normalize_str(cols[0].trim());
            if surface.is_empty() || cols[2].trim().is_empty() {
                errors.push(err("empty surface or canonical"));
                continue;
            }
            out.push((
                surface,
                Entry {
                    class,
                    canonical: cols[2].trim().into(),
                    ambiguous,
                    source: crate::mention::Source::Lexicon,
                    file,
                    date_word: false,
                    given_too: false,
                    org_too: false,
                },
            ));
        }
    }
    (out, errors)
}

/// Priority of an entry when several share one surface: a reader's own first, then unambiguous,
/// then by class.
fn rank(e: &Entry) -> (bool, bool, Class) {
    (e.source != crate::mention::Source::User, e.ambiguous, e.class)
}

/// An entry a reader adds at run time: a surface as written, its category and canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserEntry {
    /// The name as it appears in text (normalized like the text).
    pub surface: String,
    /// Its category (not `date`).
    pub category: crate::Category,
    /// Its canonical form.
    pub canonical: String,
}

impl Lexicon {
    /// The lexicon of the data files and the reader's `extra` entries (which win over a listed
    /// entry of the same surface).
    pub fn build(extra: &[UserEntry]) -> Lexicon {
        let (mut parsed, _) = parse_files();
        for u in extra {
            let class = match u.category {
                crate::Category::Person => Class::Person,
                crate::Category::Location => Class::Location,
                crate::Category::Organization => Class::Organization,
                crate::Category::Date => continue,
            };
            let surface = normalize_str(u.surface.trim());
            if surface.is_empty() {
                continue;
            }
            parsed.push((
                surface,
                Entry {
                    class,
                    canonical: u.canonical.trim().to_string().into(),
                    ambiguous: false,
                    source: crate::mention::Source::User,
                    file: "user",
                    date_word: false,
                    given_too: false,
                    org_too: false,
                },
            ));
        }
        let mut best: FxHashMap<String, Entry> = FxHashMap::default();
        for (surface, mut e) in parsed {
            match best.get_mut(&surface) {
                Some(old) if rank(old) <= rank(&e) => {
                    old.given_too |= e.class == Class::Given;
                    old.org_too |= e.class == Class::Organization;
                }
                Some(old) => {
                    e.given_too = old.given_too || old.class == Class::Given;
                    e.org_too = old.org_too || old.class == Class::Organization;
                    *old = e;
                }
                None => {
                    best.insert(surface, e);
                }
            }
        }
        for w in crate::dates::vocabulary() {
            let s = normalize_str(w);
            best.entry(s).and_modify(|e| e.date_word = true).or_insert(Entry {
                class: Class::Temporal,
                canonical: w.into(),
                ambiguous: false,
                source: crate::mention::Source::Lexicon,
                file: "dates",
                date_word: true,
                given_too: false,
                org_too: false,
            });
        }
        let mut surfaces: Vec<(String, Entry)> = best.into_iter().collect();
        surfaces.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut readings: FxHashMap<String, Readings> = FxHashMap::default();
        let mut entries = Vec::with_capacity(surfaces.len());
        for (i, (s, e)) in surfaces.into_iter().enumerate() {
            if let Some(rest) = s.strip_prefix("ال") {
                if rest.starts_with('ل') || rest.chars().count() >= 2 {
                    readings.entry(format!("ل{rest}")).or_default()[slot(Reading::Contraction)] = Some(i as u32);
                }
            }
            readings.entry(s).or_default()[slot(Reading::Stem)] = Some(i as u32);
            entries.push(e);
        }
        let mut first: FxHashMap<Box<str>, FirstWord> = FxHashMap::default();
        let mut longer: FxHashMap<Box<str>, Readings> = FxHashMap::default();
        for (p, r) in readings {
            let w = &p[..word_end(&p, 0)];
            let f = first.entry(w.into()).or_default();
            if w.len() == p.len() {
                f.whole = r;
            } else {
                f.reach = f.reach.max(p.len() as u32);
                longer.insert(p.into_boxed_str(), r);
            }
        }
        Lexicon { entries, first, longer }
    }

    /// The entry behind a match.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Number of distinct surfaces.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The longest entry starting at byte `at` of `text` and ending at a word boundary, read as
    /// `reading`. Returns the end and the entry.
    pub fn longest_at(&self, text: &str, at: usize, reading: Reading) -> Option<(usize, u32)> {
        let end = word_end(text, at);
        let f = self.first.get(&text[at..end])?;
        if f.reach > 0 {
            let mut limit = (at + f.reach as usize).min(text.len());
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            // every boundary after the first word within reach, farthest first
            for (i, c) in text[end..limit].char_indices().rev() {
                let b = end + i + c.len_utf8();
                if is_boundary(text, b) {
                    if let Some(e) = self.longer.get(&text[at..b]).and_then(|r| r[slot(reading)]) {
                        return Some((b, e));
                    }
                }
            }
        }
        f.whole[slot(reading)].map(|e| (end, e))
    }

    /// Leftmost-longest matches over the tokens of a line: at each word, the longest entry that
    /// starts at its stem (or, in the ل+ال contraction, at its stem read with the article).
    /// `tokens` must come from [`crate::tokenize::tokenize`] with this lexicon as the vocabulary:
    /// a word it marked neither known nor split is passed by without a lookup.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<LexMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // a word the tokenizer found nothing for, whole or after proclitics, has no match
            if t.kind == Kind::Punct || t.kind == Kind::Word && t.proclitic == 0 && !t.known {
                i += 1;
                continue;
            }
            let at = t.stem_start();
            let reading = if t.is_contraction(text) { Reading::Contraction } else { Reading::Stem };
            let found =
                self.longest_at(text, at, if t.proclitic == 0 { Reading::Stem } else { reading }).or_else(|| {
                    if reading == Reading::Contraction {
                        self.longest_at(text, at, Reading::Stem)
                    } else {
                        None
                    }
                });
            match found {
                Some((end, entry)) => {
                    let mut j = i + 1;
                    while j < tokens.len() && (tokens[j].start as usize) < end {
                        j += 1;
                    }
                    out.push(LexMatch { start: at, end, first_token: i, end_token: j, entry });
                    i = j;
                }
                None => i += 1,
            }
        }
        out
    }
}

impl Vocabulary for Lexicon {
    fn knows(&self, text: &str, at: usize, reading: Reading) -> bool {
        match self.longest_at(text, at, if reading == Reading::Whole { Reading::Stem } else { reading }) {
            None => false,
            Some((_, id)) => {
                let e = self.entry(id);
                // "like" + a given name is rare, a word that starts with ك and goes on like a
                // name is not (كريما is not ك + ريما, كيان not ك + يان)
                let like_a_name = e.class == Class::Given && text[..at].ends_with('ك');
                reading == Reading::Whole || (!e.ambiguous || e.date_word) && !like_a_name
            }
        }
    }
    fn reach(&self, text: &str, at: usize, reading: Reading) -> Option<usize> {
        let (end, id) = self.longest_at(text, at, reading)?;
        let e = self.entry(id);
        (!e.ambiguous && e.class.category().is_some()).then_some(end)
    }
    /// The word ends where [`Lexicon::longest_at`] ends it (no letter or digit follows: a Latin
    /// word's digits are read with it), and no entry of more than one word starts with it or with
    /// what is left of it after a proclitic: `longest_at` then never looks past the word.
    fn isolated(&self, text: &str, start: usize, end: usize) -> bool {
        let word = &text[start..end];
        is_boundary(text, end)
            && std::iter::once(0)
                .chain(crate::tokenize::proclitic_candidates(word))
                .all(|p| self.first.get(&word[p..]).is_none_or(|f| f.reach == 0))
    }
}

fn is_letter_or_digit(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c) || c.is_ascii_alphanumeric() || !c.is_ascii() && c.is_alphanumeric()
}

fn is_boundary(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !is_letter_or_digit(c))
}

/// The end of the word that starts at `at`: the first boundary after it.
fn word_end(text: &str, at: usize) -> usize {
    text[at..].char_indices().find(|&(_, c)| !is_letter_or_digit(c)).map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalized;
    use crate::tokenize::tokenize;

    #[test]
    fn data_files_parse_without_errors() {
        let (entries, errors) = parse_files();
        assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        assert!(!entries.is_empty());
    }

    #[test]
    fn data_files_are_sorted_and_unique() {
        for (file, body) in files::FILES {
            let lines: Vec<&str> = body.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
            for w in lines.windows(2) {
                assert!(w[0] < w[1], "{file}: not sorted or duplicate: {:?} then {:?}", w[0], w[1]);
            }
        }
    }

    /// The two indexes together find every listed surface whole, alone or
    /// with a word after it, and never a surface cut inside a word.
    #[test]
    fn every_surface_is_found_at_its_full_length() {
        let lex = &crate::Annotator::default_ref().lexicon;
        let mut missed = Vec::new();
        for (surface, _) in parse_files().0 {
            for text in [surface.clone(), format!("{surface} في"), format!("{surface}، ثم")] {
                if lex.longest_at(&text, 0, Reading::Stem).map(|(end, _)| end) != Some(surface.len()) {
                    missed.push(text);
                }
            }
            let glued = format!("{surface}ها");
            if lex.longest_at(&glued, 0, Reading::Stem).is_some_and(|(end, _)| end == surface.len()) {
                missed.push(glued);
            }
        }
        assert!(missed.is_empty(), "{} misses, first {:?}", missed.len(), &missed[..missed.len().min(10)]);
    }

    /// A surface listed in one class by two files says the same of its ambiguity: the
    /// unambiguous entry outranks the other, so a doubt written in one file would be lost.
    #[test]
    fn a_surface_has_one_ambiguity_per_class() {
        let mut seen: FxHashMap<(String, Class), (bool, &str)> = FxHashMap::default();
        let mut conflicts = Vec::new();
        for (surface, e) in parse_files().0 {
            let key = (surface.clone(), e.class);
            match seen.get(&key) {
                Some(&(amb, file)) if amb != e.ambiguous => {
                    conflicts.push(format!("{surface} ({:?}): {file} and {}", e.class, e.file));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, (e.ambiguous, e.file));
                }
            }
        }
        assert!(conflicts.is_empty(), "{}", conflicts.join("\n"));
    }

    /// A memo shared by many lines changes no analysis: each line gives the tokens of a fresh
    /// tokenization, for words seen before, for words that start an entry of several words (أم
    /// درمان, where وام alone is an agency) and for a Latin word run into digits.
    #[test]
    fn the_memo_changes_no_analysis() {
        let lex = &crate::Annotator::default_ref().lexicon;
        let lines = [
            "وأم درمان مدينة ووام وكالة",
            "وام قالت إن أم درمان بعيدة وأم كلثوم",
            "للولايات المتحدة والولايات ولروسيا",
            "بوتين وبوتين لبوتين abc12 abc وزارة ووزارة",
        ];
        let mut memo = crate::tokenize::Memo::default();
        for _ in 0..2 {
            for line in lines {
                let n = Normalized::new(line);
                assert_eq!(crate::tokenize::tokenize_with(&n.text, lex, &mut memo), tokenize(&n.text, lex), "{line}");
            }
        }
        let isolated = |text: &str, word: &str| {
            let start = text.find(word).expect("word in text");
            lex.isolated(text, start, start + word.len())
        };
        assert!(isolated("بوتين", "بوتين") && isolated("وبوتين", "وبوتين"));
        assert!(!isolated("ام", "ام") && !isolated("وام", "وام"), "أم درمان starts with it");
        assert!(isolated("abc 12", "abc") && !isolated("abc12", "abc"), "digits run into a Latin word");
    }

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let lex = &crate::Annotator::default_ref().lexicon;
        let n = Normalized::new(text);
        let toks = tokenize(&n.text, lex);
        lex.scan(&n.text, &toks)
            .into_iter()
            .filter(|m| lex.entry(m.entry).class.category().is_some())
            .map(|m| {
                let (a, b) = n.orig_range(m.start, m.end);
                (text[a..b].to_string(), &*lex.entry(m.entry).canonical)
            })
            .collect()
    }

    /// (text, [(span, canonical)])
    const MATCHES: &[(&str, &[(&str, &str)])] = &[
        ("زار وبوتين لروسيا", &[("بوتين", "فلاديمير بوتين"), ("روسيا", "روسيا")]),
        ("سفير لدى الولايات المتحدة", &[("الولايات المتحدة", "الولايات المتحدة")]),
        ("سفير للولايات المتحدة", &[("لولايات المتحدة", "الولايات المتحدة")]),
        ("وصل إلى بكين ثم كندا", &[("بكين", "بكين"), ("كندا", "كندا")]),
        ("في اوكرانيا وأوكرانيا", &[("اوكرانيا", "أوكرانيا"), ("أوكرانيا", "أوكرانيا")]),
        ("الموقف الروسي والقوات الروسية", &[]),
        ("قصف الجيش الروسي", &[("الجيش الروسي", "الجيش الروسي")]),
        ("أعلن الكرملين", &[("الكرملين", "الكرملين")]),
    ];

    #[test]
    fn table_of_matches() {
        for (text, want) in MATCHES {
            let got = found(text);
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }
}
