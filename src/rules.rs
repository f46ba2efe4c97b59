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

use std::sync::OnceLock;

use crate::fasthash::FxHashMap;
use crate::lexicon::{Class, LexMatch, Lexicon};
use crate::normalize::Normalized;
use crate::tokenize::{Kind, Token};
use crate::mention::{Candidate, RuleId, Source};
use crate::lexicon::lists::*;
use crate::Category;






/// Suffixes of transliterated Slavic and similar family names (فيدوروف، شميهال is not one).
const FOREIGN_NAME_ENDINGS: &[(&str, usize)] =
    &[("وف", 6), ("يف", 6), ("سكي", 5), ("سكايا", 6), ("ينكو", 6), ("فيتش", 6), ("وفا", 6), ("يفا", 6), ("شفيلي", 6)];





/// The word lists above, as bits of one hash lookup: the rules ask them for every token, and a
/// linear scan of a few hundred words each time was a tenth of the run time.
#[derive(Clone, Copy)]
enum List {
    Stop = 1,
    Title = 2,
    OrgHead = 4,
    MediaHead = 8,
    DefOrgHead = 16,
    DefBodyHead = 32,
    PlaceTrigger = 64,
    ReportingVerb = 128,
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

/// The lists `w` is in, as bits of [`List`].
fn lists_of(w: &str) -> u8 {
    static MAP: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, u8> = FxHashMap::default();
        for (words, bit) in [
            (STOPWORDS, List::Stop),
            (TITLES, List::Title),
            (ORG_HEADS, List::OrgHead),
            (MEDIA_HEADS, List::MediaHead),
            (DEF_ORG_HEADS, List::DefOrgHead),
            (DEF_BODY_HEADS, List::DefBodyHead),
            (PLACE_TRIGGERS, List::PlaceTrigger),
            (REPORTING_VERBS, List::ReportingVerb),
        ] {
            for w in words {
                *m.entry(w).or_default() |= bit as u8;
            }
        }
        m
    });
    map.get(w).copied().unwrap_or(0)
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
        self.word(i).is_some_and(|w| !crate::dates::words::meanings(w).is_empty())
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
    // Each rule is tried only at the tokens where it can start, by the test it would make
    // first: most words are in no list and start no lexicon match, and so are tried by four
    // rules instead of thirteen. The order is that of the rules' priority among equal candidates.
    for (i, t) in toks.iter().enumerate() {
        let matched = line.starts[i].is_some();
        if t.kind != Kind::Word && !matched {
            continue;
        }
        let heads = line.lists[i] & HEADS != 0;
        let stem = t.stem(text);
        if heads {
            out.extend(org_head(&line, i));
            out.extend(media_name(&line, i));
            out.extend(place_trigger(&line, i));
        }
        if stem == "كفر" {
            out.extend(village_name(&line, i));
        }
        if matched {
            out.extend(name_chain(&line, i));
        }
        if matches!(stem, "ابو" | "ام") {
            out.extend(kunya(&line, i));
        }
        if matched {
            out.extend(club(&line, i));
        }
        if heads || matches!(stem, "د" | "م") || t.as_str(text) == "والي" {
            out.extend(title_name(&line, i));
        }
        if i == 0 && matched {
            out.extend(speaker(&line, i));
        }
        out.extend(motion_place(&line, i));
        if matched {
            out.extend(foreign_name(&line, i));
        }
        out.extend(apposition(&line, i));
        out.extend(latin_acronym(&line, i));
    }
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
        if line.punct(close) == Some(")")
            && inside_ok
            && alias_ends.insert(line.toks[close - 1].end)
        {
            out.push(span(line, e + 2, close - 1, Category::Organization, RuleId::Alias));
        }
    }
    out
}

fn span(line: &Line, first: usize, last: usize, category: Category, rule: RuleId) -> Candidate {
    let t0 = &line.toks[first];
    let start = t0.stem_start();
    let end = line.toks[last].end as usize;
    // the name as written (ة، أ kept), without harakat or tatweel
    let mut canonical = crate::normalize::display_form(line.norm.original_of(start, end));
    // ل+ال restores the article (للولايات), but not before a head noun in construct, which has
    // none (للجنة الانتخابات is ل + لجنة)
    if t0.is_contraction(line.text) && !head_word(t0.stem(line.text)) {
        canonical.insert(0, 'ا');
    }
    Candidate::new(start, end, category, Some(canonical), Source::Rule(rule))
}

/// A span over a lexicon match's words, with the lexicon's canonical form: for rules that settle
/// an entry the lists leave to context (مدينة الخليل، مراسل الجزيرة، أبو عبيدة).
fn lexicon_span(line: &Line, m: &LexMatch, first: usize, category: Category, rule: RuleId) -> Candidate {
    let mut c = span(line, first, m.end_token - 1, category, rule);
    c.canonical = Some(line.lex.entry(m.entry).canonical.to_string());
    c
}

/// `rule:media`: a media descriptor, optional quotes, then a known body or place: the name alone,
/// as an organization (وكالة “تاس”، جريدة فلسطين، قناة الجزيرة).
fn media_name(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    if t.kind != Kind::Word || !line.has(i, List::MediaHead) {
        return None;
    }
    let mut j = i + 1;
    let quoted = line.punct(j).is_some_and(is_quote);
    if quoted {
        j += 1;
    }
    if line.toks.get(j)?.proclitic != 0 {
        return None;
    }
    // a news agency named for its country or city: وكالة السودان للأنباء، وكالة مهر للأنباء
    // (a body the lists know is named alone: وكالة تاس الروسية للأنباء is تاس)
    if t.stem(line.text) == "وكاله" && !quoted && !matches!(line.class_at(j), Some((Class::Organization, _))) {
        let k = (j + 1..line.toks.len().min(j + 3)).find(|&k| line.toks[k].as_str(line.text) == "للانباء");
        if let Some(k) =
            k.filter(|&k| (j..k).all(|x| line.toks[x].proclitic == 0 && line.word(x).is_some_and(|w| !is_stop(w))))
        {
            return Some(span(line, i, k, Category::Organization, RuleId::Media));
        }
    }
    // a name in quotes the lists do not hold: one to four words up to the closing quote (صحيفة
    // "مرآة الشرق")
    if quoted && !matches!(line.class_at(j), Some((Class::Organization | Class::Location, _))) {
        let close = (j..line.toks.len().min(j + 5)).find(|&k| line.toks[k].kind != Kind::Word)?;
        let ok = close > j
            && is_quote(line.toks[close].as_str(line.text))
            && (j..close).all(|k| line.toks[k].proclitic == 0 && line.word(k).is_some_and(|w| !is_stop(w)));
        return ok.then(|| span(line, j, close - 1, Category::Organization, RuleId::Media));
    }
    // a print title is usually a definite noun in construct with an indefinite head (صحيفة
    // الدستور، جريدة الكفاح); a definite adjective could not follow the indefinite head
    let print = matches!(t.stem(line.text), "صحيفه" | "جريده" | "مجله");
    if print && !quoted && line.class_at(j).is_none() {
        let w = line.word(j)?;
        let name = w.starts_with("ال")
            && w.chars().count() >= 5
            && line.unknown_word(j)
            && !w.ends_with("ات")
            && !sound_plural_shaped(w)
            && !NOT_PRINT_TITLES.contains(&w);
        return name.then(|| span(line, j, j, Category::Organization, RuleId::Media));
    }
    match line.class_at(j) {
        Some((Class::Organization | Class::Location, m)) => {
            Some(lexicon_span(line, m, j, Category::Organization, RuleId::Media))
        }
        // إذاعة صوت فلسطين، صحيفة أخبار اليوم: one indefinite noun in construct with a known name
        None if line.unknown_word(j) || matches!(line.class_at(j), Some((Class::Common, _))) => {
            let w = line.word(j)?;
            if w.starts_with("ال") || is_stop(w) {
                return None;
            }
            match line.class_at(j + 1) {
                Some((Class::Organization | Class::Location, m)) if line.toks[j + 1].proclitic == 0 => {
                    Some(span(line, j, m.end_token - 1, Category::Organization, RuleId::Media))
                }
                _ => None,
            }
        }
        _ => None,
    }
}


fn is_quote(s: &str) -> bool {
    s.chars().all(|c| "\"'«»“”„‘’".contains(c))
}


/// A nationality adjective at token `k`: a gentilic, or a one-word country in its feminine
/// adjective form (السعودية is a country and the adjective: شركة أرامكو السعودية).
fn nationality_adjective(line: &Line, k: usize) -> bool {
    line.is_gentilic(k)
        || matches!(line.class_at(k), Some((Class::Location, m)) if m.end_token == k + 1)
            && line.word(k).is_some_and(|w| w.starts_with("ال") && w.ends_with("يه"))
}

/// A definite word in the nisba shape at token `k` (الإنسانية، الدولي), without a proclitic, that
/// is no other name, date word or nationality.
fn definite_nisba(line: &Line, k: usize) -> bool {
    line.word(k).is_some_and(|w| w.starts_with("ال") && nisba_shaped(w))
        && line.toks[k].proclitic == 0
        && !line.is_gentilic(k)
        && !line.is_temporal(k)
        && matches!(line.class_at(k), None | Some((Class::Common, _)))
}

/// A [`definite_nisba`] adjective at token `k` of at least six letters that agrees with the head
/// noun `head` in gender (feminine heads end in ة: الإنسانية after مؤسسة, الدولي after مطار).
fn nisba_agreeing(line: &Line, k: usize, head: &str) -> bool {
    let ending = if head.ends_with('ه') { "يه" } else { "ي" };
    definite_nisba(line, k)
        && line.word(k).is_some_and(|w| {
            w.ends_with(ending) && !(ending == "ي" && w.ends_with("يي")) && w.chars().count() >= 6
        })
}

fn org_head(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    let stem = if t.kind == Kind::Word { t.stem(line.text) } else { return None };
    if line.has(i, List::MediaHead) && media_name(line, i).is_some() {
        return None;
    }
    if line.has(i, List::MediaHead) && line.word(i + 1).is_some_and(|w| NOT_PRINT_TITLES.contains(&w)) {
        return None;
    }
    let head_def = line.has(i, List::DefOrgHead) || line.has(i, List::DefBodyHead);
    if !line.has(i, List::OrgHead) && !head_def {
        return None;
    }
    // a body of the town, the village, the camp (مدرسة القرية، مستشفى المدينة) is no name
    if line.toks.get(i + 1).is_some_and(|t| t.proclitic == 0)
        && line.word(i + 1).is_some_and(|w| w.starts_with("ال") && is_in(List::PlaceTrigger, &w[4..]))
        && matches!(line.class_at(i + 1), None | Some((Class::Common, _)))
    {
        return None;
    }
    // إدارة "the management of" before another head is no name of its own: the body or place
    // after it is (إدارة نادي الرمثا، إدارة مخيم الهول)
    if stem == "اداره"
        && line.toks.get(i + 1).is_some_and(|t| t.proclitic == 0)
        && (line.has(i + 1, List::OrgHead) || line.has(i + 1, List::PlaceTrigger))
    {
        return None;
    }
    // حركة is also "traffic, movement" of ships, trade, people (حركة السفن، حركة الملاحة)
    if stem == "حركه" && line.word(i + 1).is_some_and(|w| MOVEMENT_OF.contains(&w)) {
        return None;
    }
    // a name the lexicon knows (هيئة الإذاعة البريطانية) takes only a nationality adjective
    // after it: the words inside it have no matches of their own to read
    if let Some((Class::Organization | Class::Location, m)) = line.class_at(i) {
        if m.end_token > i + 1 {
            let adjective = nationality_adjective(line, m.end_token) || nisba_agreeing(line, m.end_token, stem);
            if adjective {
                return Some(span(line, i, m.end_token, Category::Organization, RuleId::OrgHead));
            }
            // or what the body is for (شركة سامسونغ للإلكترونيات)
            let purpose = PURPOSE_HEADS.contains(&stem).then(|| purpose_end(line, i, m.end_token - 1)).flatten();
            return purpose.map(|end| span(line, i, end, Category::Organization, RuleId::OrgHead));
        }
    }
    if let Some(c) = named_for_person(line, i, stem) {
        return Some(c);
    }
    // a name in Latin letters after the head (شركة OpenAI، منظمة Human Rights Watch): up to
    // four capitalized words
    let capitalized = |k: usize| {
        line.toks.get(k).is_some_and(|t| t.kind == Kind::Word && t.proclitic == 0)
            && line
                .norm
                .original_of(line.toks[k].start as usize, line.toks[k].end as usize)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase())
    };
    let acronym = |k: usize| {
        line.toks.get(k).is_some_and(|t| {
            let w = line.norm.original_of(t.start as usize, t.end as usize);
            w.len() <= 6 && w.bytes().all(|b| b.is_ascii_uppercase())
        })
    };
    // (an acronym alone is rule:acronym's: شركة BMW)
    let lone_acronym = acronym(i + 1) && !capitalized(i + 2);
    if !head_def && capitalized(i + 1) && !lone_acronym {
        let mut last = i + 1;
        while last < i + 4 && capitalized(last + 1) {
            last += 1;
        }
        return Some(span(line, i, last, Category::Organization, RuleId::OrgHead));
    }
    let mut j = i + 1;
    let mut last = None;
    let mut gentilic = false;
    // an indefinite head may take a construct chain of indefinite nouns closed by a definite one
    // (هيئة سوق رأس المال، محكمة بداية غزة، نقابة المحامين): `open` while none has closed it yet
    let mut open = !head_def;
    while j < line.toks.len() && j <= i + 5 {
        let Some(w) = line.word(j) else { break };
        // two definite nouns joined by و inside the name (وزارة التربية والتعليم، هيئة الطرق
        // والمواصلات), after an indefinite head only: الجيش والشرطة are two bodies
        let whole = line.toks[j].as_str(line.text);
        let coordinated = !head_def
            && last == Some(j - 1)
            && whole.strip_prefix("وال").is_some_and(|r| r.chars().count() >= 3)
            && !line.is_temporal(j)
            && line.class_at(j).is_none_or(|(c, _)| c == Class::Common);
        if coordinated {
            last = Some(j);
            j += 1;
            continue;
        }
        if line.toks[j].proclitic != 0 {
            break;
        }
        let holiday_word =
            crate::dates::words::meanings(w).iter().all(|m| matches!(m, crate::dates::words::W::Holiday(_)));
        if open
            && j <= i + 3
            && !w.starts_with("ال")
            && !is_stop(w)
            && (!line.is_temporal(j) || holiday_word)
            && !line.is_gentilic(j)
            && w.chars().count() >= 3
            && matches!(line.class_at(j), None | Some((Class::Common, _)))
            && (line.unknown_word(j) || matches!(line.class_at(j), Some((Class::Common, _))))
            && !w.starts_with('ي')
            && !w.starts_with('ل')
            && (!w.ends_with("يه") || MASDARS_IN_IYA.contains(&w))
            && !(w.starts_with('ب') && w.chars().count() <= 3)
            && !preposition_masdar(w)
            && !w.ends_with("ين")
            && !w.ends_with("ون")
            && !w.ends_with("وا")
        {
            j += 1;
            continue;
        }
        open = false;
        // an indefinite head and a nationality adjective is a description (شركة صينية، وزارة
        // روسية), not a name
        // (after an indefinite head المالية is "financial", not "Malian": a complement, and the
        // chain goes on; after a definite one it is the nationality: الجيش المالي)
        let homograph = line.class_at(j).is_some_and(|(_, m)| line.lex.entry(m.entry).ambiguous);
        if line.is_gentilic(j) && homograph && !head_def {
            last = Some(j);
            j += 1;
            continue;
        }
        if line.is_gentilic(j) && j == i + 1 && !head_def {
            return None;
        }
        if line.is_gentilic(j) {
            last = Some(j);
            gentilic = true;
            break;
        }
        match line.class_at(j) {
            // a known place or body completes the name: بنك إنجلترا، جامعة القاهرة (a place that
            // is also a common word does so only right after the head: شركة بتروبراس اكتشاف حقل
            // is no company named for the town of Haql)
            Some((Class::Location | Class::Organization, m)) if j == i + 1 || !line.lex.entry(m.entry).ambiguous => {
                last = Some(m.end_token - 1);
                j = m.end_token;
                if line.is_gentilic(j) {
                    last = Some(j);
                    gentilic = true;
                } else if nisba_agreeing(line, j, stem) {
                    // and a nisba adjective of the body (مؤسسة غزة الإنسانية، محطة زابوريجيا
                    // النووية، مطار دبي الدولي)
                    last = Some(j);
                }
                break;
            }
            Some((Class::Person, _)) => break,
            _ => {}
        }
        // named for a person: مؤسسة الملك خالد، جامعة الأمير سلطان، مستشفى الشيخ زايد, and a
        // nisba adjective after the name (مطار الملكة علياء الدولي)
        if last.is_some_and(|l| {
            l + 1 == j
                && matches!(
                    line.word(l),
                    Some(
                        "الملك"
                            | "الملكه"
                            | "الامير"
                            | "الاميره"
                            | "الشيخ"
                            | "الشيخه"
                            | "السلطان"
                            | "الامام"
                    )
                )
        }) && line.toks[j].proclitic == 0
        {
            if let Some((Class::Given | Class::Person, m2)) = line.class_at(j) {
                last = Some(m2.end_token - 1);
                let k = m2.end_token;
                if definite_nisba(line, k) {
                    last = Some(k);
                }
                break;
            }
        }
        if !w.starts_with("ال") || w == "ال" || is_stop(w) || line.is_temporal(j) {
            break;
        }
        // after a definite complement only adjectives follow: a frequent noun is the next
        // constituent of the sentence (انتقد حزب العمال الحكومة)
        if last.is_some() && matches!(line.class_at(j), Some((Class::Common, _))) && !nisba_shaped(w) {
            break;
        }
        // nor a participle that tells whom the body belongs to or what it does now (قناة المسيرة
        // التابعة للحوثيين، الحزب الديمقراطي الحاكم): a description, not the name
        if last.is_some() && RELATIONAL_PARTICIPLES.contains(&w) {
            break;
        }
        last = Some(j);
        j += 1;
    }
    // a company or group named by a given name (شركة سامر، مجموعة خالد): one word, not an
    // adjective (the words the lists do not hold are too often a trade: شركة طيران، شركة نقل)
    if last.is_none() && matches!(stem, "شركه" | "مجموعه" | "بنك" | "مصرف") {
        let k = i + 1;
        let w = line.word(k)?;
        let one_word_given = matches!(line.class_at(k), Some((Class::Given, m)) if m.end_token == k + 1);
        let name = line.toks[k].proclitic == 0
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && one_word_given
            && !is_adjective_shape(w)
            && !adverb_shaped(w)
            && !accusative_shaped(w)
            && !clitic_shaped(w)
            && !imperfect_shaped(w)
            && !w.ends_with('ي');
        if name {
            last = Some(k);
        }
    }
    // forces named by a common noun are a description (قوات الأمن، قوات النظام), as the seeds'
    // gold leaves القوات الأوكرانية: named forces are in the lexicon or have a name of their own
    if stem == "قوات"
        && (matches!(line.class_at(i + 1), Some((Class::Common, _)))
            || matches!(
                line.word(i + 1),
                Some("الامن" | "النظام" | "الاحتلال" | "الجيش" | "الشرطه" | "المعارضه" | "الحكومه")
            ))
    {
        return None;
    }
    let mut last = last?;
    if PURPOSE_HEADS.contains(&stem) && !gentilic {
        if let Some(end) = purpose_end(line, i, last) {
            last = end;
        }
    }
    let strong_def = line.has(i, List::DefBodyHead) && last >= i + 2;
    if head_def && !gentilic && !strong_def {
        return None;
    }
    let elliptic = ["الخارجيه", "الداخليه", "الدفاع", "الماليه", "الخزانه"];
    if head_def
        && elliptic.iter().any(|h| stem.ends_with(&h[2..]))
        && !line.word(last).is_some_and(|w| w.ends_with('ه'))
    {
        return None;
    }
    Some(span(line, i, last, Category::Organization, RuleId::OrgHead))
}


/// The end of the purpose a body of [`PURPOSE_HEADS`] is named for, after its name ending at
/// `last`: ل + article (شركة الوساطة للأوراق المالية), which may be a plural of people once the
/// name has a word of its own (الهيئة الوطنية للمحامين, not قالت الجمعية للصحفيين), or ل + a noun
/// in construct with a definite one or a known place (الهيئة الوطنية لإدارة الكوارث، منظمة هنغاو
/// لحقوق الإنسان، الهيئة العامة لقناة السويس); then one adjective.
fn purpose_end(line: &Line, i: usize, last: usize) -> Option<usize> {
    let k = last + 1;
    let w = line.word(k)?;
    if is_stop(w) || line.is_temporal(k) || matches!(line.class_at(k), Some((Class::Person | Class::Given, _))) {
        return None;
    }
    let named = last > i;
    let mut end = if w.starts_with("لل") && w.chars().count() >= 5 {
        if (w.ends_with("ين") || w.ends_with("ون")) && !named {
            return None;
        }
        k
    } else if named
        && w.starts_with('ل')
        && w.chars().count() >= 4
        // (not a noun with a pronoun: وقدمت المؤسسة لمستحقيها الدعم)
        && !["ها", "هم", "هما", "كم", "نا"].iter().any(|p| w.ends_with(p))
    {
        match line.class_at(k) {
            Some((Class::Location | Class::Organization, m)) if m.end_token > k + 1 => m.end_token - 1,
            None | Some((Class::Common, _)) => {
                let ok = line.word(k + 1).is_some_and(|n| {
                    n.starts_with("ال")
                        && line.toks[k + 1].proclitic == 0
                        && !is_stop(n)
                        && !line.is_temporal(k + 1)
                        && !line.is_gentilic(k + 1)
                });
                if !ok {
                    return None;
                }
                k + 1
            }
            _ => return None,
        }
    } else {
        return None;
    };
    // a second purpose joined by و (شركة الخليج للمقاولات والتطوير العقاري)
    if line.toks.get(end + 1).is_some_and(|t| {
        let w = t.as_str(line.text);
        t.kind == Kind::Word && w.starts_with("وال") && w.chars().count() >= 6 && !is_stop(&w[2..])
    }) && !line.is_temporal(end + 1)
        && !matches!(line.class_at(end + 1), Some((Class::Common | Class::Person | Class::Location, _)))
    {
        end += 1;
    }
    // (a nisba: للأوراق المالية, not the verb's object: النقابة العامة للمعلمين الإضراب)
    let adj = line.word(end + 1).is_some_and(|w| {
        w.starts_with("ال")
            && line.toks[end + 1].proclitic == 0
            && !is_stop(w)
            && !line.is_temporal(end + 1)
            && (line.unknown_word(end + 1) && nisba_shaped(w) || line.is_gentilic(end + 1))
    });
    if adj {
        end += 1;
    }
    Some(end)
}


/// Preposition + the verbal noun of the إفعال form (بإيداع، لإطلاق، بإنشاء): the sentence going on
/// (أمرت المحكمة بإيداعه), never a word of a name.
fn preposition_masdar(w: &str) -> bool {
    letters::<6>(w).is_some_and(|c| matches!(c[0], 'ب' | 'ل' | 'ك') && c[1] == 'ا' && c[4] == 'ا')
}

/// The letters of `w` when it has exactly `N` of them: the shape checks read them without
/// collecting every word they see (clitic_shaped runs for most words of a name).
fn letters<const N: usize>(w: &str) -> Option<[char; N]> {
    let mut out = ['\0'; N];
    let mut cs = w.chars();
    for slot in &mut out {
        *slot = cs.next()?;
    }
    cs.next().is_none().then_some(out)
}

/// A definite or indefinite word in the nisba shape, ي or ية (الإنسانية، الدولي).
fn nisba_shaped(w: &str) -> bool {
    w.ends_with('ي') || w.ends_with("يه")
}


/// The shape of an imperfect verb (تنتظر، يقول، تواصل): ت or ي, then three to five letters, no
/// article. After a name it is the sentence going on (خالد تنتظر), not a family name.
fn imperfect_shaped(w: &str) -> bool {
    let n = w.chars().count();
    let future = ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p));
    (w.starts_with('ت') || w.starts_with('ي')) && (4..=6).contains(&n) && !w.ends_with('ي')
        || future && (4..=5).contains(&n) && !w.ends_with('ي') && !w.ends_with('ا')
}

/// A word in the imperfect shape reads as a name (تيودور بانيتش) only before another unknown
/// word that is not a noun with a pronoun (يلتقي نظيره) or a preposition + noun.
fn verb_then_name(line: &Line, k: usize) -> bool {
    line.word(k + 1).is_some_and(|w| {
        line.unknown_word(k + 1) && !clitic_shaped(w) && !["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
    })
}

/// The shape of a past verb with a hamza first and ت last (أخذت، أكدت، أعلنت): four or five
/// letters. The Turkish-origin names in ت (حكمت، طلعت، نشأت) do not start with a hamza.
fn past_hamza_shaped(w: &str) -> bool {
    let n = w.chars().count();
    w.starts_with('ا') && w.ends_with('ت') && (4..=5).contains(&n) && !w.ends_with("ات")
}

fn is_adjective_shape(w: &str) -> bool {
    w.ends_with('ه') || w.ends_with("يه") || w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات")
}

/// كفر + an indefinite word the lists do not hold: a village of the Levant (كفر قرع، كفر نبل),
/// even without a place noun before it; the verb كفر takes ب or a definite object.
fn village_name(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    if t.kind != Kind::Word || t.stem(line.text) != "كفر" || line.starts[i].is_some() {
        return None;
    }
    if i > 0 && line.has(i - 1, List::PlaceTrigger) {
        return None; // the trigger rule has it
    }
    let w = line.word(i + 1)?;
    let ok = line.toks[i + 1].proclitic == 0
        && line.unknown_word(i + 1)
        && !w.starts_with("ال")
        && !clitic_shaped(w)
        && w.chars().count() >= 3;
    ok.then(|| span(line, i, i + 1, Category::Location, RuleId::PlaceTrigger))
}

fn place_trigger(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    if t.kind != Kind::Word || !line.has(i, List::PlaceTrigger) {
        return None;
    }
    let j = i + 1;
    let w = line.word(j)?;
    if line.toks[j].proclitic != 0 {
        return None;
    }
    // a name made of a place word and a second word: قرية عين حوض، بيت جبرين، أم الزينات،
    // منطقة أبو فاخرة (أبو is a stopword alone, not here)
    if PLACE_PREFIXES.contains(&w) {
        let w2 = line.word(j + 1)?;
        let second = line.toks[j + 1].proclitic == 0
            && !clitic_shaped(w2)
            && !is_stop(w2)
            && (line.unknown_word(j + 1)
                || matches!(line.class_at(j + 1), Some((Class::Given, _))
                    | Some((Class::Location, _)) if line.starts[j + 1].is_some_and(|m| m.end_token == j + 2)));
        return second.then(|| span(line, j, j + 1, Category::Location, RuleId::PlaceTrigger));
    }
    if is_stop(w) {
        return None;
    }
    // a title or a body after the trigger is whose it is, not a place name: ولاية "term of
    // office" (تمديد ولاية البعثة، ولاية الرئيس الثانية), منطقة القيادة
    if line.has(j, List::Title)
        || line.has(j, List::DefBodyHead)
        || line.has(j, List::DefOrgHead)
        || matches!(w, "البعثه" | "القوه" | "القياده")
    {
        return None;
    }
    // a place the lexicon holds but does not annotate alone, being a common word too (مدينة
    // الخليل، مدينة مشهد): the trigger settles it
    if let Some((Class::Location, m)) = line.class_at(j) {
        let e = line.lex.entry(m.entry);
        if !e.ambiguous || m.end_token <= j {
            return None;
        }
        return Some(lexicon_span(line, m, j, Category::Location, RuleId::PlaceTrigger));
    }
    if !line.unknown_word(j) || line.class_at(j).is_some() || clitic_shaped(w) {
        return None;
    }
    // the trigger itself, behind any proclitic the tokenizer left on it (لمخيم)
    let trigger = {
        let stem = t.stem(line.text);
        PLACE_TRIGGERS.iter().copied().find(|p| stem.ends_with(p)).unwrap_or(stem)
    };
    // حي is also "alive" (حي يرزق، بث حي): a quarter only with a definite name (حي الشجاعية)
    if trigger == "حي" && !w.starts_with("ال") {
        return None;
    }
    let n = w.chars().count();
    let plural = w.ends_with("ات") || sound_plural_shaped(w);
    let fail = if w.starts_with("ال") {
        // the indefinite trigger in construct with a definite word: the village of X (قرية
        // اليامون); a definite adjective would not agree with it. Plurals are common nouns.
        n < 4 || plural
    } else {
        // an indefinite adjective agrees with the trigger (قرية صغيرة، منطقة زراعية); the
        // فعيلة and nisba shapes are left out, other words in ة are names (قرية عجة)
        let fa3ila = n == 5 && w.chars().nth(2) == Some('ي') && w.ends_with('ه');
        // a masculine trigger agrees with a nisba adjective in ي (مخيم سياحي، نهر صناعي)
        let masculine_nisba = !trigger.ends_with('ه') && w.ends_with('ي') && n >= 4;
        plural || w.ends_with("يه") || fa3ila || w.ends_with('ه') && n <= 3 || masculine_nisba
    };
    if fail {
        return None;
    }
    Some(span(line, j, j, Category::Location, RuleId::PlaceTrigger))
}

/// A definite word in ين/ون after a place trigger that reads as a sound masculine plural in
/// construct with it: a participle (م…: منطقة المستوطنين), the فاعل shape (مخيم اللاجئين) or the
/// فعّال shape (قرية الفنانين). Shorter stems, other shapes and indefinite words (a plural
/// would not follow the trigger indefinite) are the village names of the Levant (زرعين، صبارين،
/// اليامون، اللجون).
fn sound_plural_shaped(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ين").or_else(|| w.strip_suffix("ون")) else { return false };
    let Some(stem) = stem.strip_prefix("ال") else { return false };
    let letters: Vec<char> = stem.chars().collect();
    letters.len() >= 4 && (letters[0] == 'م' || letters[1] == 'ا' || letters.len() == 4 && letters[2] == 'ا')
}

/// Whether `w` is in `list` as it stands or behind the conjunction و/ف the tokenizer left on it
/// (وفاز، فتوجه). The word as it stands comes first: فاز and فريق start with ف themselves.
fn listed_behind_conjunction(list: &[&str], w: &str) -> bool {
    list.contains(&w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| list.contains(&r))
}


/// `rule:motion`: a place the lists leave to context, being a common word too (صور "pictures",
/// الرمادي "grey", مأرب), right after a word of motion and its preposition: وصل الوفد إلى صور،
/// نزح السكان من الرمادي.
fn motion_place(line: &Line, i: usize) -> Option<Candidate> {
    let prep = line.word(i)?;
    if !matches!(prep, "الي" | "من" | "نحو" | "باتجاه") || line.toks[i].proclitic != 0 || i == 0 {
        return None;
    }
    let j = i + 1;
    let (Class::Location, m) = line.class_at(j)? else { return None };
    if !line.lex.entry(m.entry).ambiguous || line.toks[j].proclitic != 0 {
        return None;
    }
    // the verb right before, or before its subject, within three words and no punctuation
    // (وصل الوفد إلى صور، نزح آلاف السكان من الرمادي)
    let motion = |k: usize| line.word(k).is_some_and(|w| listed_behind_conjunction(MOTION_WORDS, w));
    if !(i.saturating_sub(3)..i).rev().take_while(|&k| line.word(k).is_some()).any(motion) {
        return None;
    }
    Some(lexicon_span(line, m, j, Category::Location, RuleId::Motion))
}


/// An indefinite head of [`NAMED_FOR_HEADS`] right before a person's name, as the lists or the
/// name rules find it, and a nationality adjective after: one organization (مجموعة بن لادن
/// السعودية), not a person inside a common noun.
fn named_for_person(line: &Line, i: usize, stem: &str) -> Option<Candidate> {
    if !NAMED_FOR_HEADS.contains(&stem) || line.toks.get(i + 1)?.proclitic != 0 {
        return None;
    }
    let end = match line.class_at(i + 1) {
        Some((Class::Person, m)) => m.end,
        Some((Class::Given, _)) => name_chain(line, i + 1)?.end,
        _ if matches!(line.word(i + 1), Some("ابو")) => {
            kunya(line, i + 1).into_iter().chain(name_chain(line, i + 2)).map(|c| c.end).max()?
        }
        _ => return None,
    };
    let mut last = (i + 1..line.toks.len()).find(|&k| line.toks[k].end as usize == end)?;
    if nationality_adjective(line, last + 1) {
        last += 1;
    }
    Some(span(line, i, last, Category::Organization, RuleId::OrgHead))
}


/// `rule:club`: a place the lexicon also lists as a club (ليفربول، برشلونة), in a line about sport:
/// the club, an organization. Elsewhere the lists leave it to context.
fn club(line: &Line, i: usize) -> Option<Candidate> {
    let (class, m) = line.class_at(i)?;
    let e = line.lex.entry(m.entry);
    if !e.ambiguous || !(class == Class::Organization || class == Class::Location && e.org_too) {
        return None;
    }
    let sports = *line.sports.get_or_init(|| {
        (0..line.toks.len()).any(|k| line.word(k).is_some_and(|w| listed_behind_conjunction(SPORTS_WORDS, w)))
    });
    if !sports {
        return None;
    }
    // a nisba right after a definite noun agrees with it as its adjective (فاز بجائزة الرواية
    // العربية): not the club
    let nisba = line.toks[i].proclitic == 0 && line.word(i).is_some_and(|w| w.starts_with("ال") && nisba_shaped(w));
    let after_definite = i > 0
        && line.toks[i - 1].kind == Kind::Word
        && ["ال", "لل"].iter().any(|a| line.toks[i - 1].stem(line.text).starts_with(a));
    if nisba && after_definite {
        return None;
    }
    Some(lexicon_span(line, m, i, Category::Organization, RuleId::Club))
}

/// A kunya: أبو + a given name (أبو عبيدة، أبو كريم), or أم + a given name that is not also a
/// common word (أم خالد; أم is also "or").
fn kunya(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    // a kunya the lexicon holds but leaves to context, being several people's (أبو عبيدة)
    if let Some((Class::Person, m)) = line.class_at(i) {
        let e = line.lex.entry(m.entry);
        if e.ambiguous && m.end_token == i + 2 && matches!(t.stem(line.text), "ابو" | "ام") {
            return Some(lexicon_span(line, m, i, Category::Person, RuleId::NameChain));
        }
    }
    if line.class_at(i).is_some_and(|(c, m)| c != Class::Common || m.end_token != i + 1) {
        return None;
    }
    let mother = match t.stem(line.text) {
        "ابو" => false,
        "ام" => true,
        _ => return None,
    };
    if line.toks.get(i + 1)?.proclitic != 0 {
        return None;
    }
    let (Class::Given, m) = line.class_at(i + 1)? else { return None };
    // أم between two names is "or" (محمد أم أحمد)
    let after_name = i > 0 && matches!(line.class_at(i - 1), Some((Class::Given | Class::Person, _)));
    if mother && (line.lex.entry(m.entry).ambiguous || after_name) {
        return None;
    }
    // a definite family name after the kunya (أبو أحمد النجار), as after a given name
    let k = m.end_token;
    // or a second given name (أبو علي مصطفى)
    let family = line.word(k).is_some_and(|w| w.starts_with("ال") && !w.ends_with("يه") && w.chars().count() >= 5)
        && line.unknown_word(k)
        || matches!(line.class_at(k), Some((Class::Given, m2)) if m2.end_token == k + 1
            && !line.lex.entry(m2.entry).ambiguous && line.toks[k].proclitic == 0)
        // or an indefinite family name no list holds, not shaped like a verb or an adjective
        // (أبو سمير قباني)
        // (name_word leaves out definite words and words behind و)
        || line.word(k).is_some_and(|w| {
            w.chars().count() >= 4
                && name_word(line, k)
                && line.class_at(k).is_none()
                && !is_adjective_shape(w)
                && !accusative_shaped(w)
                && !adverb_shaped(w)
                && !imperfect_shaped(w)
        });
    Some(span(line, i, if family { k } else { k - 1 }, Category::Person, RuleId::NameChain))
}

fn name_chain(line: &Line, i: usize) -> Option<Candidate> {
    let (class, m) = line.class_at(i)?;
    let lex = line.lex;
    // a given name, or a one-word surname alias that is a given name too (صالح), or a place
    // left to context that is a given name too (آدم and the Omani town أدم)
    let alias_given = (class == Class::Person || class == Class::Location && lex.entry(m.entry).ambiguous)
        && lex.entry(m.entry).given_too
        && m.end_token == i + 1;
    if class != Class::Given && !alias_given {
        return None;
    }
    let first_word = line.text.get(m.start..m.end)?;
    // a function word that folds to a name (إن and آن) is the function word, but for على
    // written علي before another given name: the name علي (علي يوسف الشريف)
    if is_stop(first_word) && !ali_before_name(line, i) {
        return None;
    }
    // بإسم ("in the name of") folds to the name باسم
    if first_word == "باسم" && line.norm.original_of(m.start, m.end).contains('إ') {
        return None;
    }
    let weak = lex.entry(m.entry).ambiguous || alias_given || NOT_ALONE.contains(&first_word);
    // a short name that also reads و + verb (ورد "and he replied", وجد "and he found") before
    // another given name is the verb: the chain starts at the next word
    if first_word.chars().count() == 3
        && first_word.starts_with('و')
        && matches!(line.class_at(m.end_token), Some((Class::Given, _)))
        && line.toks.get(m.end_token).is_some_and(|t| t.proclitic == 0)
    {
        return None;
    }
    // a given name that is also a word (شريف، عمر) starts a chain only before a clear name part
    let next = line.word(m.end_token);
    let next_given = matches!(line.class_at(m.end_token), Some((Class::Given, m2)) if !lex.entry(m2.entry).ambiguous);
    // two given names in a row are a name even when both are also words (صالح سالم، كريم عادل)
    let next_any_given = line.toks.get(m.end_token).is_some_and(|t| t.proclitic == 0)
        && matches!(line.class_at(m.end_token), Some((Class::Given, m2)) if m2.end_token == m.end_token + 1);
    // or a definite family name in the nisba shape (فهد العتيبي)
    let next_nisba = next.is_some_and(|w| {
        w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 6 && line.unknown_word(m.end_token)
    });
    // after a reporting verb, before an unknown word that is not an adjective or adverb shape
    // (وأكد شاكر سمارة، قال صالح الخربوش)
    let after_verb = i > 0
        && line.has(i - 1, List::ReportingVerb)
        && next.is_some_and(|w| {
            line.unknown_word(m.end_token)
                && w.chars().count() >= 4
                && !clitic_shaped(w)
                && !accusative_shaped(w)
                && !adverb_shaped(w)
                && !w.ends_with("يه")
                // a plural is the verb's object (أعلن عادل الإجراءات)
                && !["ات", "ين", "ون"].iter().any(|e| w.ends_with(e))
        });
    let clear_next =
        next_given || next_any_given || next_nisba || after_verb || matches!(next, Some("بن" | "ابن" | "ابو" | "بنت"));
    if weak && !clear_next && lex.entry(m.entry).ambiguous {
        return None;
    }
    let weak_start = weak && !next_given && !after_verb;
    // further given names, بن/ابن or أبو + name, then one surname
    let mut j = m.end_token;
    let mut last = i;
    let mut n = 1;
    while j < line.toks.len() && n < 4 {
        let Some(w) = line.word(j) else { break };
        if line.toks[j].proclitic != 0 {
            break;
        }
        if matches!(w, "بن" | "ابن" | "ابو" | "ابي" | "ابا" | "بنت" | "ال")
            && line.toks.get(j + 1).is_some_and(|t| t.proclitic == 0)
            && line.word(j + 1).is_some()
        {
            let w2 = line.word(j + 1).unwrap_or("");
            // بن عبد الله: the whole given name after بن
            if let Some((Class::Given, m2)) | Some((Class::Person, m2)) = line
                .class_at(j + 1)
                .filter(|(c, m2)| *c == Class::Given || m2.end_token == j + 2 && lex.entry(m2.entry).ambiguous)
            {
                last = m2.end_token - 1;
                j = m2.end_token;
                n += 1;
                continue;
            }
            // أبو + a definite word is a family name (أبو النصر، أبو الغيط) and ends the chain
            let kunya_family = matches!(w, "ابو" | "ابي" | "ابا")
                && w2.starts_with("ال")
                && w2.chars().count() >= 4
                && !is_stop(w2)
                && !line.is_temporal(j + 1)
                && !matches!(line.class_at(j + 1), Some((Class::Location | Class::Gentilic, _)));
            if kunya_family {
                last = j + 1;
                break;
            }
            // after أبو, a word the lists hold as a place is still a family name (محمد أبو سلمية)
            let place_family = matches!(w, "ابو")
                && !w2.starts_with("ال")
                && matches!(line.class_at(j + 1), Some((Class::Location, m2)) if m2.end_token == j + 2);
            if line.unknown_word(j + 1) || place_family {
                last = j + 1;
                j += 2;
                n += 1;
                continue;
            }
        }
        match line.class_at(j) {
            Some((Class::Given, m2)) => {
                last = m2.end_token - 1;
                j = m2.end_token;
                n += 1;
                continue;
            }
            // a common word that is also a given name continues a chain only between names
            // (محمد أمين بشناق), never as its last word (محمد أمين = "Muhammad, trustworthy")
            Some((Class::Common, m2))
                if lex.entry(m2.entry).given_too
                    && !is_stop(w)
                    && m2.end_token == j + 1
                    && line.toks.get(j + 1).is_some_and(|t| t.proclitic == 0)
                    && (line.unknown_word(j + 1)
                        && !clitic_shaped(line.word(j + 1).unwrap_or(""))
                        && !line.word(j + 1).unwrap_or("").starts_with("ال")
                        || matches!(line.class_at(j + 1), Some((Class::Given, _)))) =>
            {
                j += 1;
                n += 1;
                continue;
            }
            // a nisba after clear given names is the family name (محمود المصري، محمد سعيد
            // الهندي), not an adjective
            Some((Class::Gentilic, m2))
                if n <= 3 && !weak && m2.end_token == j + 1 && w.starts_with("ال") && w.ends_with('ي') =>
            {
                last = j;
                break;
            }
            // a family name the lexicon knows for someone else ends the chain (إيفانكا ترامب،
            // إبراهيم نصر الله): a surname alias, not a full name
            Some((Class::Person, m2))
                if !weak_start && {
                    let e = lex.entry(m2.entry);
                    let surface = line.text.get(m2.start..m2.end).unwrap_or("");
                    e.canonical != surface
                        && (!surface.contains(' ') || surface.ends_with(" الله") || {
                            // a two-word family name (عبد العاطي), the end of the known person's name
                            let canon = crate::normalize::normalize_str(e.canonical);
                            canon.ends_with(&format!(" {surface}"))
                        })
                } =>
            {
                last = m2.end_token - 1;
                break;
            }
            Some(_) => break,
            // a weak given name takes a definite word only in the nisba shape (خليل السكاكيني)
            None if weak_start && n == 1 && w.starts_with("ال") && !(w.ends_with('ي') && line.unknown_word(j)) => {
                break
            }
            None if clitic_shaped(w)
                || adverb_shaped(w)
                || n >= 2 && accusative_shaped(w)
                || imperfect_shaped(w)
                || past_hamza_shaped(w) =>
            {
                break
            }
            // a definite feminine nisba is an adjective, not a man's family name (منطقة أبو سمير
            // الزراعية)
            None if w.starts_with("ال") && w.ends_with("يه") => break,
            // a title before a name is the next person's (كلف عون القاضي نواف سلام)
            None if line.has(j, List::Title)
                && matches!(line.class_at(j + 1), Some((Class::Given | Class::Person, _))) =>
            {
                break
            }
            // a family name in -son (جون ثومسون) ends the chain, though it ends like a plural
            None if line.unknown_word(j) && son_surname(w) => {
                last = j;
                break;
            }
            // a definite family name ends the chain (نديم الزرو، not نديم الزرو الصحفي)
            None if line.unknown_word(j) && w.starts_with("ال") => {
                last = j;
                break;
            }
            // a transliterated family name (شيفتشينكو) ends the chain: what follows is the sentence
            None if line.unknown_word(j) && !is_adjective_shape(w) && foreign_surname(w) => {
                last = j;
                break;
            }
            None if line.unknown_word(j) && !is_adjective_shape(w) => {}
            // a family name in ة after one clear given name (نجيب جرجورة): a feminine adjective
            // would not follow a man's name, and the word is in no list of common words
            None if n == 1
                && (!weak || after_verb)
                && line.unknown_word(j)
                && w.ends_with('ه')
                && w.chars().count() >= 4 => {}
            None => break,
        }
        last = j;
        j += 1;
        n += 1;
    }
    if last < m.end_token - 1 || last == i {
        // a given name alone: a person when it is not also a frequent word
        return lone_given(line, i, m);
    }
    Some(span(line, i, last, Category::Person, RuleId::NameChain))
}


/// `rule:given-name`: an unambiguous given name standing alone (يعود عماد إلى الطاولة).
fn lone_given(line: &Line, i: usize, m: &LexMatch) -> Option<Candidate> {
    let w = line.text.get(m.start..m.end)?;
    if NOT_ALONE.contains(&w) || line.toks[i].proclitic != 0 && w.chars().count() < 4 || w.starts_with("ال") {
        return None;
    }
    // a feminine adjective after a place noun is not a woman's name (قرية جميلة)
    if i > 0 && line.has(i - 1, List::PlaceTrigger) {
        return None;
    }
    // a name written with final ى met as a word with ي is the word: سلمي "peaceful", not سلمى;
    // مني "from me", not منى
    let canonical = &line.lex.entry(m.entry).canonical;
    if canonical.ends_with('ى') && line.norm.original_of(m.start, m.end).ends_with('ي') {
        return None;
    }
    Some(span(line, i, m.end_token - 1, Category::Person, RuleId::GivenName))
}

/// A word that reads as preposition or conjunction + noun (بتاريخ، لمقابلة، وطبيعة، فقال):
/// never a name part unless a list knows it as one (وليد، بشار، لطفي are given names).
fn clitic_shaped(w: &str) -> bool {
    let mut cs = w.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else { return false };
    match a {
        'و' | 'ف' => true,
        // بال، كال (not بانيتش، كاترينا); بت، لم، كل…
        // (and ل + a masdar of the استفعال form: لاستيراد، لاستكمال)
        // (and any preposition + a masdar of the إفعال form: بإيداع، لإطلاق)
        'ب' | 'ل' | 'ك' if b == 'ا' => {
            let c = cs.next();
            a != 'ل' && c == Some('ل') || a == 'ل' && c == Some('س') && cs.next() == Some('ت') || preposition_masdar(w)
        }
        'ب' | 'ل' | 'ك' => {
            w.chars().count() >= 4 && matches!(b, 'ت' | 'م' | 'ل')
                // preposition + noun + pronoun: بوالدته، لعائلته، بزوجها
                || w.chars().count() >= 5 && (w.ends_with("ته") || w.ends_with("تها") || w.ends_with("هم"))
        }
        _ => false,
    }
}

/// The accusative of a participle or adverb, م + consonant … + tanween alif (متأخرا، مجددا،
/// مبكرا، مسرعا): a word that follows names as an adverb, never a name part. Names in م…ا have a
/// long vowel second (ماريا، ميلانيا، موسكوفا).
fn adverb_shaped(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next() == Some('م')
        && cs.next().is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'))
        && w.ends_with('ا')
        && w.chars().count() >= 5
}

/// An indefinite accusative noun (صورا، مقالا، برنامجا): after a full name it is the object of
/// the verb, not a third name. Names in -يا (غارسيا) are not taken for one.
fn accusative_shaped(w: &str) -> bool {
    w.ends_with('ا') && !w.ends_with("يا") && !w.ends_with("وا") && w.chars().count() >= 3
}

/// The accusative of a تفعيل verbal noun (تقديرا، تكريما، ترحيبا): the reason or manner after a
/// name (كرمت البلدية الفنان جمال حسن تقديرا لمسيرته), never a family name.
fn taf3il_accusative(w: &str) -> bool {
    letters::<6>(w).is_some_and(|c| c[0] == 'ت' && c[3] == 'ي' && c[5] == 'ا')
}

/// A family name in -son (ثومسون، جونسون، أندرسون): it ends like a sound plural, so only after a
/// given name, and not in the shapes of participles and verbs (مدرسون، يدرسون، تنافسون).
fn son_surname(w: &str) -> bool {
    w.ends_with("سون") && w.chars().count() >= 6 && !w.starts_with(['م', 'ي', 'ت', 'ن']) && !w.starts_with("ال")
}

/// A transliterated Slavic family name, by its ending.
fn foreign_surname(w: &str) -> bool {
    let n = w.chars().count();
    FOREIGN_NAME_ENDINGS.iter().any(|(e, min)| w.ends_with(e) && n >= *min)
}

/// The word علي at `i`, written so (على is kept apart by the normalizer), before a given name the
/// lists hold without doubt: the name علي, not the preposition spelt with ي.
fn ali_before_name(line: &Line, i: usize) -> bool {
    line.word(i) == Some("علي")
        && line.toks[i].proclitic == 0
        && line.toks.get(i + 1).is_some_and(|t| t.proclitic == 0)
        && matches!(line.class_at(i + 1), Some((Class::Given, m)) if !line.lex.entry(m.entry).ambiguous)
}

/// Is word `i` possibly part of a name: unknown to every list and the grammar, or a given name.
fn name_word(line: &Line, i: usize) -> bool {
    let Some(w) = line.word(i) else { return false };
    if ali_before_name(line, i) {
        return true;
    }
    // (a function word that folds to a name is the function word: إن is not آن)
    if line.toks[i].proclitic != 0 || w.starts_with("ال") || is_stop(w) {
        return false;
    }
    if matches!(line.class_at(i), Some((Class::Given | Class::Person, m)) if m.end_token == i + 1) {
        return true;
    }
    // an unknown word behind a conjunction or a preposition + article is not a name (ونظيره، بالحفاظ)
    line.unknown_word(i) && !clitic_shaped(w)
}

/// `rule:speaker`: the speaker's label of a transcript or script line, a given name (even one that
/// is also a common word) and at most one more name word before a colon at the start of the line:
/// عماد: ..., كريم : ..., عماد فراجين: ... . A one-word label names a person the line's speech does
/// not, so it is then annotated wherever it stands (propagation).
fn speaker(line: &Line, i: usize) -> Option<Candidate> {
    if i != 0 || line.toks.first()?.proclitic != 0 {
        return None;
    }
    let given = matches!(line.class_at(0), Some((c, m)) if m.end_token == 1
        && (c == Class::Given || c == Class::Common && line.lex.entry(m.entry).given_too));
    if !given || line.word(0).is_some_and(is_stop) {
        return None;
    }
    let colon = |k: usize| line.punct(k) == Some(":");
    let last = if colon(1) {
        0
    } else if name_word(line, 1) && colon(2) {
        1
    } else {
        return None;
    };
    Some(span(line, 0, last, Category::Person, RuleId::Speaker))
}

/// `rule:title`: a title or role, its complements (وزير الخارجية الروسي), then one to three name
/// words: الرئيس إيمانويل ماكرون، المتحدث باسم الكرملين دميتري بيسكوف.
fn title_name(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    // د. and م. (doctor, engineer) are titles with their full stop
    let abbreviation = matches!(t.stem(line.text), "د" | "م") && t.proclitic == 0 && line.punct(i + 1) == Some(".");
    // والي "governor" is written so; وإلى and والى "and to" have the same matching form, and the
    // tokenizer reads و + إلى in it
    let written_wali = || line.norm.original_of(t.start as usize, t.end as usize).ends_with("والي");
    let governor = t.as_str(line.text) == "والي" && written_wali();
    // (للسيد: the lists read the contraction with its article)
    if !line.has(i, List::Title) && !abbreviation && !governor {
        return None;
    }
    // a title word inside a name the lists hold is part of it (محمد ولد الشيخ الغزواني)
    if (i.saturating_sub(6)..i).any(|k| line.starts[k].is_some_and(|m| m.end_token > i)) {
        return None;
    }
    let stem = if abbreviation {
        "الدكتور"
    } else if governor {
        "والي"
    } else {
        t.stem(line.text)
    };
    // (a listed title behind a proclitic, ووالي; the governor above is checked already)
    if stem == "والي" && !governor && !written_wali() {
        return None;
    }
    // skip the title's complements: definite nouns and adjectives, باسم + a body, gentilics
    let mut j = if abbreviation { i + 2 } else { i + 1 };
    let mut steps = 0;
    while steps < 4 {
        let w = line.word(j)?;
        if matches!(w, "باسم" | "العام" | "الاعلي" | "ركن" | "طيار" | "بحري" | "بالانابه" | "بالوكاله")
            // (مدير عام الدفاع المدني; not عام + a year: الرئيس عام 2019)
            || w == "عام" && j == i + 1 && line.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            j += 1;
        } else if let Some((Class::Organization | Class::Location | Class::Gentilic, m)) = line
            .class_at(j)
            // (a place that is also a given name and a word is the name: الفنان جمال حسن)
            .filter(|(_, m)| !(line.lex.entry(m.entry).ambiguous && line.lex.entry(m.entry).given_too))
        {
            j = m.end_token;
        } else if let Some((Class::Location, m)) =
            line.class_at(j + 1).filter(|_| line.has(j, List::PlaceTrigger) && line.toks[j + 1].proclitic == 0)
        {
            // the place with its descriptor: والي ولاية النيل الأبيض، محافظ محافظة البصرة
            j = m.end_token;
        } else if matches!(w, "عن" | "في")
            && matches!(line.class_at(j + 1), Some((Class::Organization | Class::Location, _)))
            && line.toks.get(j + 1).is_some_and(|t| t.proclitic == 0)
        {
            // النائب عن التيار الصدري، السفير في موسكو: whom or where the title serves
            j += 1;
            continue;
        } else if w.starts_with("ال") && !is_stop(w) && line.toks[j].proclitic == 0 && !line.is_temporal(j) {
            j += 1;
        } else if line.toks[j].is_contraction(line.text)
            && line.toks[j].proclitic == 2
            && matches!(line.class_at(j), None | Some((Class::Common, _)))
            && !line.is_temporal(j)
        {
            // the body the title serves, ل + article: المدير العام للوزارة، الأمين العام للحزب
            j += 1;
        } else {
            break;
        }
        steps += 1;
    }
    let first = j;
    // a kunya after a title: السيد أبو شرخ
    let kunya = matches!(line.word(first), Some("ابو" | "ام")) && line.toks[first].proclitic == 0;
    if kunya && (name_word(line, first + 1) || line.unknown_word(first + 1) && !clitic_shaped(line.word(first + 1)?)) {
        let mut last = first + 1;
        // (an accusative after it is the sentence going on: أبو زعرور عرضا)
        if name_word(line, last + 1)
            && !line.word(last + 1)?.starts_with("ال")
            && !accusative_shaped(line.word(last + 1)?)
        {
            last += 1;
        }
        return Some(span(line, first, last, Category::Person, RuleId::Title));
    }
    // a given name that is also a common word (حاكم، أمين) before a definite family name the
    // lists do not hold (حاكم الزاملي): after a title, the name
    let common_given = matches!(line.class_at(first), Some((Class::Common, m))
        if line.lex.entry(m.entry).given_too && m.end_token == first + 1)
        && line.word(first + 1).is_some_and(|w| w.starts_with("ال") && w.chars().count() >= 5)
        && line.unknown_word(first + 1)
        && line.toks[first].proclitic == 0
        && line.toks[first + 1].proclitic == 0
        && !line.word(first).is_some_and(is_stop);
    if common_given {
        // (and a definite family name after a compound one: نور الهدى الزعبي)
        let family = line.word(first + 2).is_some_and(|w| {
            w.starts_with("ال") && w.chars().count() >= 5 && !w.ends_with('ه') && line.unknown_word(first + 2)
        });
        return Some(span(line, first, first + 1 + family as usize, Category::Person, RuleId::Title));
    }
    // a full name the lists hold but leave to context, being also a phrase (محمد البشير "Muhammad
    // the herald"): after a title it is the name
    if let Some((Class::Person, m)) = line.class_at(first) {
        if m.end_token > first + 1 && line.toks[first].proclitic == 0 {
            return Some(lexicon_span(line, m, first, Category::Person, RuleId::Title));
        }
    }
    if !name_word(line, first) {
        return None;
    }
    // titles that are also frequent nouns (الفريق "the team", الحاكم "ruling", النجم "the star")
    // take only a known given name or person
    const NOUN_TITLES: &[&str] =
        &["الفريق", "الحاكم", "النجم", "الرائد", "القائد", "الامين", "المقدم", "الشهيد", "الاسير", "المعتقل", "الجندي"];
    if NOUN_TITLES.contains(&stem) && !matches!(line.class_at(first), Some((Class::Given | Class::Person, _))) {
        return None;
    }
    // an indefinite title is in construct with what follows (رئيس قسم المناهج، مدير دائرة
    // الصحة): right after it, only a known name is a person
    if first == i + 1
        && !stem.starts_with("ال")
        && !matches!(line.class_at(first), Some((Class::Given | Class::Person, _)))
    {
        return None;
    }
    // the first name word must not look like a verb or a common adjective
    let w = line.word(first)?;
    let given = matches!(line.class_at(first), Some((Class::Given, _)));
    // (a past verb of the أفعل form with its object: الرئيس أقال المسؤول، أقال رئيس الحكومة)
    let af3al = w.starts_with('ا')
        && w.chars().count() == 4
        && line.class_at(first).is_none()
        && line.word(first + 1).is_some_and(|n| {
            n.starts_with("ال")
                || is_stop(n)
                || line.has(first + 1, List::Title)
                || line.has(first + 1, List::OrgHead)
                || matches!(line.class_at(first + 1), Some((Class::Location | Class::Organization | Class::Person, _)))
        });
    // (an accusative noun alone is the verb's object: أصدر حاكم مصرف لبنان قرارا جديدا)
    let lone_accusative = accusative_shaped(w) && line.class_at(first).is_none() && !name_word(line, first + 1);
    if (is_adjective_shape(w) || adverb_shaped(w)) && !given
        || imperfect_shaped(w) && line.class_at(first).is_none() && !verb_then_name(line, first)
        || af3al
        || lone_accusative
    {
        return None;
    }
    // (a given name of two words is one: نور الهدى، عبد الله)
    let mut last = match line.class_at(first) {
        Some((Class::Given, m)) if m.end_token > first + 1 => m.end_token - 1,
        _ => first,
    };
    while last + 1 < line.toks.len() && last - first < 2 {
        let k = last + 1;
        let Some(w) = line.word(k) else { break };
        let known_name = matches!(line.class_at(k), Some((Class::Given | Class::Person, _)));
        // what follows a name as the sentence goes on: a feminine or plural noun, an
        // accusative object (محاضرة، مقطوعة، تقريرا)
        // (after a title and a known given name, an indefinite word in ة is a family name, not
        // an adjective: a name is definite, المبعوثة الأممية هانا تيتيه)
        // (and one in ات, as the families of the Levant: سامر دويكات، خالد عبيدات)
        let surname_in_a = given && k == first + 1 && son_surname(w) && line.unknown_word(k)
            || given
                && k == first + 1
                && (w.ends_with('ه') || w.ends_with("ات") && w.chars().count() >= 5)
                && !w.starts_with("ال")
                && w.chars().count() >= 4
                && line.unknown_word(k)
                && line.toks[k].proclitic == 0;
        if !known_name
            && !surname_in_a
            && (is_adjective_shape(w)
                || adverb_shaped(w)
                || accusative_shaped(w) && k > first + 1
                || taf3il_accusative(w))
        {
            break;
        }
        // a verb in the future or the third person imperfect is the sentence going on (الحاكم
        // بالإنابة وسيم منصوري سيعقد مؤتمرا)
        if !known_name && imperfect_shaped(w) && (w.starts_with('ي') || w.starts_with('س')) {
            break;
        }
        let surname = name_word(line, k)
            // after a known given name, a family name that is also a word or a place
            // (ميغيل سانتوس) or that starts like ف/ب + noun (هيلينا فارغاس)
            || given && k == first + 1 && line.toks[k].proclitic == 0 && !w.starts_with("ال") && {
                match line.class_at(k) {
                    Some((c, m)) => c != Class::Common && m.end_token == k + 1 && line.lex.entry(m.entry).ambiguous,
                    None => line.unknown_word(k) && !w.starts_with('و') && w.chars().count() >= 5,
                }
            };
        if !surname {
            break;
        }
        last = k;
    }
    // a given name takes one definite family name (اللواء ركن فهد العتيبي), a nisba too (السيد
    // براق النابلسي): after a title, no adjective follows the name
    let nisba = |k: usize| line.word(k).is_some_and(|w| w.ends_with('ي')) && line.is_gentilic(k);
    // (an unknown first name takes a definite family name in the nisba shape: حاكم الزاملي)
    let unknown_first = last == first && line.class_at(first).is_none();
    if (given || unknown_first)
        && line.word(last + 1).is_some_and(|w| {
            w.starts_with("ال")
                && w.chars().count() >= 4
                && (given
                    || w.ends_with('ي') && w.chars().count() >= 6
                    // (or any definite word no list holds, not an adjective in ة: د. زغلول النجار)
                    || w.chars().count() >= 5 && !w.ends_with('ه'))
        })
        && (line.unknown_word(last + 1)
            || (given || unknown_first) && nisba(last + 1)
            // (or a family name the lists hold as another's: يحيى السراج, not فايز السراج;
            // المهندس محمد البشير, not عمر البشير; or a one-word place, as family names often are:
            // الإعلامية سنية الدهماني)
            || given && matches!(line.class_at(last + 1), Some((Class::Person | Class::Location, m))
                if m.end_token == last + 2))
        && line.toks[last + 1].proclitic == 0
    {
        last += 1;
        // and a second nisba family name after it (زينب العلوي الإدريسي), when neither is a
        // nationality or an adjective the lists know without its article (السياسي)
        let nisba_name = |k: usize| {
            line.word(k).is_some_and(|w| {
                w.starts_with("ال")
                    && w.ends_with('ي')
                    && w.chars().count() >= 6
                    && line.toks[k].proclitic == 0
                    && line.unknown_word(k)
                    && !line.lex.longest_at(&w[4..], 0, crate::tokenize::Reading::Whole).is_some_and(|(_, e)| {
                        matches!(line.lex.entry(e).class, Class::Common | Class::Gentilic | Class::Temporal)
                    })
            })
        };
        if given && nisba_name(last) && nisba_name(last + 1) {
            last += 1;
        }
    }
    // then بن/بنت + a name and آل + a family (الشيخ جوعان بن حمد آل ثاني)
    while last - first < 6 {
        let link = line.word(last + 1).filter(|_| line.toks[last + 1].proclitic == 0);
        let next_name = |k: usize| {
            line.toks.get(k).is_some_and(|t| t.proclitic == 0)
                && (matches!(line.class_at(k), Some((Class::Given, m)) if m.end_token == k + 1) || line.unknown_word(k))
                && !line.word(k).is_some_and(|w| w.starts_with("ال") || clitic_shaped(w))
        };
        match link {
            Some("بن" | "ابن" | "بنت" | "ال") if next_name(last + 2) => last += 2,
            _ => break,
        }
    }
    // a name chain of a single unknown word right after a title is still a name (الرئيس ماكرون)
    Some(span(line, first, last, Category::Person, RuleId::Title))
}

/// `rule:apposition`: one to four name words set off by commas next to a title: after it (حاكم
/// ولاية كادونا، أوبا ساني، ...) or before it after a reporting verb (وقال عادل الزهراني، المدير
/// المالي ...). The commas on both sides are what make unknown words a name here.
fn apposition(line: &Line, i: usize) -> Option<Candidate> {
    let comma = |k: usize| matches!(line.punct(k), Some("،" | ","));
    if i == 0 || line.toks[i].kind != Kind::Word {
        return None;
    }
    // a comma or a reporting verb before is needed below: tested first, as it is cheap
    if !comma(i - 1) && !line.has(i - 1, List::ReportingVerb) {
        return None;
    }
    // the name words, up to the next comma
    let mut end = i;
    let mut known = false;
    loop {
        let t = &line.toks[end];
        let w = line.word(end)?;
        let linker = end > i && matches!(w, "بن" | "ابن" | "ابو" | "عبد" | "بنت" | "الله" | "الدين");
        let given = matches!(line.class_at(end), Some((Class::Given | Class::Person, _)));
        let ok = t.proclitic == 0
            && (linker
                || given
                || !is_stop(w)
                    && !line.is_temporal(end)
                    && w.chars().count() >= 2
                    && (line.unknown_word(end) && !clitic_shaped(w)
                        || matches!(line.class_at(end), Some((_, m)) if line.lex.entry(m.entry).ambiguous)))
            && !(end == i && !given && (w.starts_with("ال") || imperfect_shaped(w) || is_adjective_shape(w)));
        if !ok {
            return None;
        }
        known |= given;
        if comma(end + 1) {
            break;
        }
        end += 1;
        if end >= line.toks.len() || end > i + 3 {
            return None;
        }
    }
    // one word alone is a name the lists hold (an adverb stands so too: ، شخصيا،)
    if end == i && !known {
        return None;
    }
    // a title before the first comma, with only words between (حاكم ولاية كادونا،)
    let after_title = comma(i - 1)
        && (i.saturating_sub(8)..i - 1)
            .rev()
            .take_while(|&k| line.toks[k].kind == Kind::Word)
            .any(|k| line.has(k, List::Title));
    // or a reporting verb before, a title after (وقال عادل الزهراني، المدير المالي)
    let before_title =
        line.has(i - 1, List::ReportingVerb) && line.toks.get(end + 2).is_some() && line.has(end + 2, List::Title);
    // unknown words alone need the title before them
    if !(after_title || before_title && known) {
        return None;
    }
    Some(span(line, i, end, Category::Person, RuleId::Apposition))
}

/// `rule:foreign-shape`: a given name followed by a family name with a
/// transliterated Slavic ending (-وف، -يف، -سكي، -ينكو، -فيتش): إيفان فيدوروف.
fn foreign_name(line: &Line, i: usize) -> Option<Candidate> {
    let shaped =
        |k: usize| line.word(k).is_some_and(|w| line.unknown_word(k) && !w.starts_with("ال") && foreign_surname(w));
    let given = matches!(line.class_at(i), Some((Class::Given, m)) if m.end_token == i + 1);
    if !given || line.toks[i].proclitic != 0 || !shaped(i + 1) {
        return None;
    }
    Some(span(line, i, i + 1, Category::Person, RuleId::ForeignShape))
}


/// `rule:acronym`: a Latin acronym standing in Arabic text (منظمة الصحة العالمية (WHO)، تقرير
/// OECD): two to six capitals, among Arabic words rather than in an English phrase, and not a
/// unit, currency or common abbreviation.
fn latin_acronym(line: &Line, i: usize) -> Option<Candidate> {
    let t = line.toks.get(i)?;
    // capitals are folded to lower case in the matching form, and nothing else becomes ASCII letters
    if !line.word(i)?.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let w = line.norm.original_of(t.start as usize, t.end as usize);
    let n = w.len();
    if !(2..=6).contains(&n) || !w.bytes().all(|b| b.is_ascii_uppercase()) || NOT_ACRONYMS.contains(&w) {
        return None;
    }
    let latin = |k: usize| line.word(k).is_some_and(|x| x.is_ascii());
    let in_parens = |k: usize| line.punct(k).is_some_and(|p| "()[]".contains(p));
    let english_phrase = (i > 0 && latin(i - 1)) || latin(i + 1);
    if english_phrase && !(i > 0 && in_parens(i - 1) && in_parens(i + 1)) {
        return None;
    }
    if !line.text.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return None;
    }
    Some(span(line, i, i, Category::Organization, RuleId::Acronym))
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
