//! Stage 4, **rules**: entities that no list holds, found from their context.
//!
//! Takes a line (its matching form and original, see [`Normalized`]), its tokens and the lexicon
//! matches, and gives [`Candidate`]s with a `source` naming the rule:
//! - `rule:org-head`: an organization head noun (وزارة، هيئة، شركة، مجلس…) with its construct chain
//!   (هيئة سوق رأس المال), definite complements and adjectives up to a nationality adjective or a
//!   clear boundary (وزارة الدفاع الروسية), and for bodies named for a purpose a ل complement
//!   (شركة الوساطة للأوراق المالية، الهيئة الوطنية لمكافحة الفساد); a definite head needs the
//!   nationality adjective or two qualifiers (التلفزيون المركزي الصيني، اللجنة القومية العربية).
//! - `rule:media`: a media descriptor (وكالة، صحيفة، قناة…) before a known name: the name alone.
//! - `rule:place-trigger`: a place noun (مدينة، قرية، منطقة، نهر…) before an unknown word that is not
//!   an adjective, or a two-word name after a place word (بيت نبالا): the descriptor stays outside.
//! - `rule:name-chain`: a given name followed by further given names, بن/ابن/أبو + name, unknown
//!   words and one family name (إيفان فيدوروف، محمد بن سلمان، محمود المصري), a given name that is
//!   also a word only before a clear name part or after a reporting verb (قال صالح الخربوش), a
//!   kunya (أبو كريم، أم خالد); `rule:given-name`: an unambiguous given name alone.
//! - `rule:title`: a title or role and its complements before one to three name words (الرئيس
//!   إيمانويل ماكرون، المتحدث باسم الكرملين دميتري بيسكوف); the title stays outside.
//! - `rule:foreign-shape`: a given name before a transliterated Slavic family name (-وف، -سكي…).
//! - `rule:acronym`: a Latin acronym among Arabic words (OECD، WHO), not a unit or currency.
//! - `rule:club`: a city or word the lists also hold as a club (ليفربول، الأهلي), in a line about
//!   sport (فاز، الدوري، المدرب…): the club.
//! - `rule:apposition`: one to four name words between commas next to a title (حاكم ولاية كادونا،
//!   أوبا ساني،) or before a comma and a title after a reporting verb.
//! - `rule:alias`: a short name in parentheses after a body (وكالة الأنباء الأردنية (بترا)).
//!
//! Precision guards: a list of frequent words ([`STOPWORDS`] and the lexicon's `common` class),
//! the shapes of adjectives, plurals, verbs and preposition + noun words.
//!
//! Known limits: no apposition without a title, no places after prepositions alone, no
//! coordination inside names (منظمة التنمية والتعاون).
//!
//! The rules are a registry ([`REGISTRY`]): one row per rule, with its id, what it finds, where it
//! can start ([`Trigger`]) and its function, in priority order. The rules live by category in
//! `orgs.rs`, `persons.rs`, `places.rs` and `titles.rs`; the shapes of words they test are in
//! [`crate::shapes`], their word lists in [`crate::lexicon::lists`].

use crate::lexicon::lists::*;
use crate::lexicon::{Class, LexMatch, Lexicon};
use crate::mention::{Candidate, RuleId, Source};
use crate::normalize::Normalized;
use crate::shapes::*;
use crate::tokenize::{Kind, Token};
use crate::Category;

mod orgs;
mod persons;
mod places;
mod titles;

use orgs::*;
use persons::*;
use places::*;
use titles::*;

/// Where a rule can start: the first test it would make, made once by [`find`] for all rules.
#[derive(Debug, Clone, Copy)]
pub enum Trigger {
    /// The word is a head word: a title, a place trigger or the head noun of a body.
    HeadWord,
    /// A lexicon match starts at the token.
    Listed,
    /// A lexicon match starts at the line's first token.
    ListedFirst,
    /// The stem (after proclitics) is one of these words.
    Stem(&'static [&'static str]),
    /// The word as written (with its proclitics) is this one.
    Written(&'static str),
    /// Any of these (none of them an `AnyOf`).
    AnyOf(&'static [Trigger]),
    /// Any word or lexicon match.
    Any,
}

/// What the triggers ask of a token, worked out once per token for all the rules.
struct Facts<'a> {
    head: bool,
    listed: bool,
    first: bool,
    stem: &'a str,
    written: &'a str,
}

impl Trigger {
    #[inline]
    fn fires(&self, f: &Facts) -> bool {
        match self {
            Trigger::AnyOf(ts) => ts.iter().any(|t| t.fires_alone(f)),
            t => t.fires_alone(f),
        }
    }

    /// [`Trigger::fires`] for a trigger that is not [`Trigger::AnyOf`] (one inside another never
    /// fires: the registry has no need of it).
    #[inline]
    fn fires_alone(&self, f: &Facts) -> bool {
        match self {
            Trigger::HeadWord => f.head,
            Trigger::Listed => f.listed,
            Trigger::ListedFirst => f.first && f.listed,
            Trigger::Stem(words) => words.contains(&f.stem),
            Trigger::Written(w) => f.written == *w,
            Trigger::AnyOf(_) => false,
            Trigger::Any => true,
        }
    }
}

/// One rule of the registry.
pub struct Rule {
    /// The source its candidates carry (a name chain that is one given name says
    /// `rule:given-name`).
    pub id: RuleId,
    /// What it finds.
    pub what: &'static str,
    /// Where it can start.
    pub trigger: Trigger,
    find: fn(&Line, usize) -> Option<Candidate>,
}

/// Every rule, in the order of their priority among otherwise equal candidates (see
/// [`crate::policy`]): at each token, each rule whose trigger fires is tried in this order. To add
/// a rule, write its function in the file of its category and add its row here; to add a trigger
/// word, add it to its list under `src/lexicon/data/lists/`.
pub static REGISTRY: &[Rule] = &[
    Rule { id: RuleId::OrgHead, what: "a head noun and its complements", trigger: Trigger::HeadWord, find: org_head },
    Rule {
        id: RuleId::Media,
        what: "a media descriptor before a known name",
        trigger: Trigger::HeadWord,
        find: media_name,
    },
    Rule {
        id: RuleId::PlaceTrigger,
        what: "a place noun before a name",
        trigger: Trigger::HeadWord,
        find: place_trigger,
    },
    Rule {
        id: RuleId::PlaceTrigger,
        what: "كفر + a village name",
        trigger: Trigger::Stem(&["كفر"]),
        find: village_name,
    },
    Rule {
        id: RuleId::NameChain,
        what: "a chain of name parts from a given name",
        trigger: Trigger::Listed,
        find: name_chain,
    },
    Rule {
        id: RuleId::NameChain,
        what: "a kunya (أبو، أم + name)",
        trigger: Trigger::Stem(&["ابو", "ام"]),
        find: kunya,
    },
    Rule {
        id: RuleId::Club,
        what: "a listed city read as a club in a line about sport",
        trigger: Trigger::Listed,
        find: club,
    },
    Rule {
        id: RuleId::Title,
        what: "a title or role before a name",
        trigger: Trigger::AnyOf(&[Trigger::HeadWord, Trigger::Stem(&["د", "م"]), Trigger::Written("والي")]),
        find: title_name,
    },
    Rule { id: RuleId::Speaker, what: "a name opening a line", trigger: Trigger::ListedFirst, find: speaker },
    Rule {
        id: RuleId::Motion,
        what: "a verb of motion before an ambiguous place",
        trigger: Trigger::Any,
        find: motion_place,
    },
    Rule {
        id: RuleId::ForeignShape,
        what: "a given name before a Slavic family name",
        trigger: Trigger::Listed,
        find: foreign_name,
    },
    Rule {
        id: RuleId::Apposition,
        what: "name words between commas next to a title",
        trigger: Trigger::Any,
        find: apposition,
    },
    Rule {
        id: RuleId::Acronym,
        what: "a Latin acronym among Arabic words",
        trigger: Trigger::Any,
        find: latin_acronym,
    },
];

/// The word lists the rules ask of every token, as bits of one lookup ([`lists_of`], compiled at
/// build time): a linear scan of a few hundred words each time was a tenth of the run time.
#[derive(Clone, Copy)]
enum List {
    Stop = STOPWORDS_BIT as isize,
    Title = TITLES_BIT as isize,
    OrgHead = ORG_HEADS_BIT as isize,
    MediaHead = MEDIA_HEADS_BIT as isize,
    DefOrgHead = DEF_ORG_HEADS_BIT as isize,
    DefBodyHead = DEF_BODY_HEADS_BIT as isize,
    PlaceTrigger = PLACE_TRIGGERS_BIT as isize,
    ReportingVerb = REPORTING_VERBS_BIT as isize,
}

fn is_in(list: List, w: &str) -> bool {
    lists_of(w) & list as u8 != 0
}

/// Whether `w` (a stem of the matching form) is a title, a place trigger or the head noun of a
/// body: words the rules key on, which the tokenizer must therefore free of their proclitics
/// (ووزارة الدفاع، لقناة العربية، بالمبعوثة) though no lexicon entry holds them.
pub fn head_word(w: &str) -> bool {
    lists_of(w) & HEADS != 0
}

/// The lists of the words the rules key on: titles, place triggers, the head nouns of bodies.
const HEADS: u8 = List::Title as u8
    | List::OrgHead as u8
    | List::MediaHead as u8
    | List::DefOrgHead as u8
    | List::DefBodyHead as u8
    | List::PlaceTrigger as u8;

/// [`head_word`] for a stem read as the ل+ال contraction, its article restored (لقناة → القناة).
pub fn head_word_contracted(stem: &str) -> bool {
    lists_of_contraction(stem) & HEADS != 0
}

/// The longest word of the lists of [`lists_of`], in bytes, with room to spare.
const LONGEST_LISTED: usize = 64;

/// [`lists_of`] for a stem read as the ل+ال contraction: ا + the stem, spelt out on the stack
/// (the tokenizer asks this of every contraction it meets).
fn lists_of_contraction(stem: &str) -> u8 {
    let mut buf = [0u8; LONGEST_LISTED];
    let n = stem.len() + 'ا'.len_utf8();
    if n > buf.len() {
        return 0; // longer than any listed word
    }
    'ا'.encode_utf8(&mut buf);
    buf['ا'.len_utf8()..n].copy_from_slice(stem.as_bytes());
    std::str::from_utf8(&buf[..n]).map_or(0, lists_of)
}

pub(crate) fn is_stop(w: &str) -> bool {
    is_in(List::Stop, w)
}

/// Context for the rules over one line.
struct Line<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
    /// For each token, the lexicon match starting at it, if any.
    starts: Vec<Option<LexMatch>>,
    /// For each word token, the lists its stem is in (with the article restored in the ل+ال
    /// contraction: للسيد), looked up once for all the rules.
    lists: Vec<u8>,
    /// The line itself, for what the matching form folds away (Latin capitals).
    norm: &'a Normalized<'a>,
    /// Whether a word of sport stands anywhere in the line, once a rule asks.
    sports: std::cell::OnceCell<bool>,
}

impl<'a> Line<'a> {
    /// The punctuation mark that token `k` is, if it is one.
    fn punct(&self, k: usize) -> Option<&'a str> {
        self.toks.get(k).filter(|t| t.kind == Kind::Punct).map(|t| t.as_str(self.text))
    }
    fn has(&self, i: usize, list: List) -> bool {
        self.lists.get(i).is_some_and(|b| b & list as u8 != 0)
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.as_str(self.text))
    }
    fn class_at(&self, i: usize) -> Option<(Class, &LexMatch)> {
        self.starts.get(i)?.as_ref().map(|m| (self.lex.entry(m.entry).class, m))
    }
    fn is_gentilic(&self, i: usize) -> bool {
        matches!(self.class_at(i), Some((Class::Gentilic, m)) if m.end_token == i + 1)
    }
    fn is_temporal(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| !crate::dates::meanings(w).is_empty())
    }
    fn unknown_word(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        // cheapest first; two letters of U+0621..U+064A are four bytes, and without a proclitic
        // the lists of the stem are those of the word
        self.toks[i].proclitic == 0
            && w.len() >= 4
            && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            && !matches!(self.class_at(i), Some((c, _)) if c != Class::Given)
            && !self.has(i, List::Stop)
            && !self.is_temporal(i)
    }
}

/// Runs every rule over one line.
pub fn find(norm: &Normalized, toks: &[Token], matches: &[LexMatch], lex: &Lexicon) -> Vec<Candidate> {
    let text = norm.text.as_str();
    let mut starts = vec![None; toks.len()];
    for m in matches {
        starts[m.first_token] = Some(*m);
    }
    let lists = toks
        .iter()
        .map(|t| {
            if t.kind != Kind::Word {
                return 0;
            }
            let stem = t.stem(text);
            let mut b = lists_of(stem);
            if t.is_contraction(text) {
                b |= lists_of_contraction(stem);
            }
            b
        })
        .collect();
    let line = Line { text, toks, lex, starts, lists, norm, sports: std::cell::OnceCell::new() };
    let mut out = Vec::new();
    // Each rule is tried only at the tokens where its trigger fires: most words are in no list
    // and start no lexicon match, and so are tried by four rules instead of thirteen.
    for (i, t) in toks.iter().enumerate() {
        let listed = line.starts[i].is_some();
        if t.kind != Kind::Word && !listed {
            continue;
        }
        let facts = Facts {
            head: line.lists[i] & HEADS != 0,
            listed,
            first: i == 0,
            stem: t.stem(text),
            written: t.as_str(text),
        };
        for rule in REGISTRY {
            if rule.trigger.fires(&facts) {
                out.extend((rule.find)(&line, i));
            }
        }
    }
    // the aliases, once the bodies they follow are known
    let aliases = parenthesized_aliases(&line, &out);
    out.extend(aliases);
    out
}

/// `rule:alias`: one or two words in parentheses right after a body's name are its short name
/// (وكالة الأنباء الأردنية (بترا)، وكالة السودان للأنباء (سونا)), found again elsewhere by
/// propagation.
fn parenthesized_aliases(line: &Line, found: &[Candidate]) -> Vec<Candidate> {
    let lexicon_orgs = line
        .starts
        .iter()
        .flatten()
        .filter(|m| {
            let e = line.lex.entry(m.entry);
            e.class == Class::Organization && !e.ambiguous
        })
        .map(|m| line.toks[m.end_token - 1].end as usize);
    let rule_orgs = found.iter().filter(|c| c.category == Category::Organization).map(|c| c.end);
    let mut out: Vec<Candidate> = Vec::new();
    // the ends of the aliases found, so that a body found twice gives its alias once
    let mut alias_ends = crate::fasthash::FxHashSet::default();
    for end in lexicon_orgs.chain(rule_orgs) {
        let Ok(e) = line.toks.binary_search_by_key(&end, |t| t.end as usize) else { continue };
        if line.punct(e + 1) != Some("(") {
            continue;
        }
        let Some(close) = (e + 3..line.toks.len().min(e + 5)).find(|&k| line.toks[k].kind != Kind::Word) else {
            continue;
        };
        let inside_ok = (e + 2..close).all(|k| {
            line.toks[k].proclitic == 0
                && line.word(k).is_some_and(|w| !is_stop(w) && w.chars().count() >= 2)
                && !line.is_temporal(k)
                && matches!(line.class_at(k), None | Some((Class::Organization, _)))
        });
        if line.punct(close) == Some(")") && inside_ok && alias_ends.insert(line.toks[close - 1].end) {
            out.push(span(line, e + 2, close - 1, Category::Organization, RuleId::Alias));
        }
    }
    out
}

fn span(line: &Line, first: usize, last: usize, category: Category, rule: RuleId) -> Candidate {
    let t0 = &line.toks[first];
    let start = t0.stem_start();
    let end = line.toks[last].end as usize;
    Candidate::new(start, end, category, Some(canonical_of(line.norm, t0, start, end)), Source::Rule(rule))
}

/// The canonical form of a mention found by context over `start..end` of the matching form, its
/// first token `t0`: the name as written (ة، أ kept), without harakat or tatweel; ل+ال restores
/// the article (للولايات), but not before a head noun in construct, which has none (للجنة
/// الانتخابات is ل + لجنة).
pub(crate) fn canonical_of(norm: &Normalized, t0: &Token, start: usize, end: usize) -> String {
    let mut canonical = crate::normalize::display_form(norm.original_of(start, end));
    if t0.is_contraction(&norm.text) && !head_word(t0.stem(&norm.text)) {
        canonical.insert(0, 'ا');
    }
    canonical
}

/// A span over a lexicon match's words, with the lexicon's canonical form: for rules that settle
/// an entry the lists leave to context (مدينة الخليل، مراسل الجزيرة، أبو عبيدة).
fn lexicon_span(line: &Line, m: &LexMatch, first: usize, category: Category, rule: RuleId) -> Candidate {
    let mut c = span(line, first, m.end_token - 1, category, rule);
    c.canonical = Some(line.lex.entry(m.entry).canonical.to_string());
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_fits_the_contraction_buffer() {
        for list in
            [STOPWORDS, TITLES, ORG_HEADS, MEDIA_HEADS, DEF_ORG_HEADS, DEF_BODY_HEADS, PLACE_TRIGGERS, REPORTING_VERBS]
        {
            for w in list {
                assert!(w.len() <= LONGEST_LISTED, "{w} is longer than LONGEST_LISTED");
                if let Some(stem) = w.strip_prefix('ا') {
                    assert_eq!(lists_of_contraction(stem), lists_of(w), "{w}");
                }
            }
        }
        // (للوزارة: the stem لوزاره read with its article)
        assert!(head_word_contracted("لوزاره") && !head_word("لوزاره"));
        assert_eq!(lists_of_contraction(&"ل".repeat(40)), 0);
    }

    #[test]
    fn letters_reads_exactly_n() {
        assert_eq!(letters::<3>("باب"), Some(['ب', 'ا', 'ب']));
        assert_eq!(letters::<3>("با"), None);
        assert_eq!(letters::<3>("بابا"), None);
        assert!(preposition_masdar("بايداع") && !preposition_masdar("بايداعه"));
        assert!(taf3il_accusative("تقديرا") && !taf3il_accusative("تقدير"));
    }
}
