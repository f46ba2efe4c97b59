//! Stage 6, **resolve**: one set of disjoint spans for the whole document.
//!
//! Takes the text, runs the earlier stages segment by segment (normalize → tokenize → lexicon → rules
//! → dates; the tokenizer's vocabulary is the lexicon and the rules' head words, so ووزارة and
//! لقناة split too), and gives [`Span`]s: byte ranges of the original text, sorted and disjoint, each
//! with its category, canonical form, source and date meaning. Within a line the longest
//! candidate wins, ties going to the lexicon, then dates, then rules. Across the document, a
//! person's family name seen in a full name (فلاديمير بوتين) is annotated wherever it stands alone
//! later or earlier (بوتين), with the full name as its canonical form, also behind proclitics;
//! so is every one-word name a context rule found (مدينة تولتشيا → تولتشيا). A one-word mention a
//! rule found by itself takes the full name's canonical form (عون → جوزاف عون).
//!
//! The unit of that work is the *segment*: a line, or a stretch of a line longer than 64 KiB cut
//! after a sentence end (`MAX_SEGMENT`). Segments are independent until propagation: a document
//! over 256 KiB is cut into runs of whole segments annotated on one thread per core (native
//! builds), with the same result as one pass.
//!
//! Known limits: propagation is by single words; a word claimed by two entities of one document
//! is not propagated.

use crate::fasthash::FxHashMap;

use crate::dates::{self, SimpleDate};
use crate::lexicon::lists::*;
use crate::lexicon::Lexicon;
use crate::mention::{Candidate, Source, Span};
use crate::normalize::{normalize_str, Normalized};
use crate::parallel::{in_parallel, threads_for};
use crate::policy::choose;
use crate::rules;
use crate::tagger;
use crate::tokenize::{tokenize_with, Reading};
use crate::Category;
use crate::{Annotator, TaggerMode, Worker};

/// What the tokenizer may split proclitics off for: the lexicon's entries, and the head words of
/// the rules (titles, place triggers, the head nouns of bodies), which are in no lexicon entry.
struct Vocab<'a>(&'a Lexicon);

impl crate::tokenize::Vocabulary for Vocab<'_> {
    fn knows(&self, text: &str, at: usize, reading: Reading) -> bool {
        if self.0.knows(text, at, reading) {
            return true;
        }
        let word = &text[at..text[at..].find(|c| !crate::tokenize::is_word_char(c)).map_or(text.len(), |e| at + e)];
        match reading {
            Reading::Whole => false,
            Reading::Stem => rules::head_word(word),
            Reading::Contraction => rules::head_word_contracted(word),
        }
    }
    fn reach(&self, text: &str, at: usize, reading: Reading) -> Option<usize> {
        self.0.reach(text, at, reading)
    }
    fn isolated(&self, text: &str, start: usize, end: usize) -> bool {
        // the head words are single words
        self.0.isolated(text, start, end)
    }
}

/// Lines of `text` with their byte offsets.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |l| {
        let o = offset;
        offset += l.len() + 1;
        (o, l)
    })
}

/// The longest segment: a line longer than this is cut into segments of half to all of it.
///
/// No line of real news comes near it (a long paragraph is a few KiB). A text pasted with its line
/// breaks made spaces, as text copied from a PDF often comes, or junk without a line break, is one
/// line of megabytes: cut, its analysis needs memory for one segment at a time instead of
/// everything of the whole line at once (8 MB as one line peaked at 23x its size), and its
/// segments share the threads like lines.
const MAX_SEGMENT: usize = 1 << 16;

/// The segments of `text`, as byte ranges in order: its non-empty lines (without their `\n`), a
/// line longer than [`MAX_SEGMENT`] cut where [`segment_end`] says. No span crosses a segment's end.
fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (offset, line) in lines(text) {
        let mut from = 0;
        while from < line.len() {
            let end = segment_end(line, from);
            out.push((offset + from, offset + end));
            from = end;
        }
    }
    out
}

/// The end of the segment of `line` that starts at byte `from`: the line's end when it is at most
/// [`MAX_SEGMENT`] away; else, between half of that and all of it, after the white space that
/// follows the last sentence end (. ! ? ؟ ۔), or after the last white space, or, in a stretch
/// without any, on the last character boundary.
fn segment_end(line: &str, from: usize) -> usize {
    if line.len() - from <= MAX_SEGMENT {
        return line.len();
    }
    let boundary_before = |mut b: usize| {
        while !line.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    let (lo, hi) = (boundary_before(from + MAX_SEGMENT / 2), boundary_before(from + MAX_SEGMENT));
    let (mut after_space, mut after_sentence, mut prev) = (None, None, ' ');
    for (i, c) in line[lo..hi].char_indices() {
        if c.is_whitespace() {
            let after = lo + i + c.len_utf8();
            after_space = Some(after);
            if matches!(prev, '.' | '!' | '?' | '؟' | '۔') {
                after_sentence = Some(after);
            }
        }
        prev = c;
    }
    after_sentence.or(after_space).unwrap_or(hi)
}

/// Annotates a whole document: every stage, then document-level propagation.
///
/// Segments are independent until propagation, so a long document is cut into runs of whole
/// segments that are annotated side by side, one thread per core (native builds only; the page's
/// WASM has one thread). The result is the same as one pass over all segments, in the same order.
pub fn annotate_spans(annotator: &Annotator, text: &str, reference: Option<SimpleDate>) -> Vec<Span> {
    annotate_spans_on(annotator, text, reference, threads_for(text.len()))
}

/// [`annotate_spans`] on at most `threads` threads.
fn annotate_spans_on(annotator: &Annotator, text: &str, reference: Option<SimpleDate>, threads: usize) -> Vec<Span> {
    let lex = &annotator.lexicon;
    let segments = segments(text);
    let runs = runs(&segments, text.len(), threads);
    let done = in_parallel(runs, |run| first_pass(text, run, reference, annotator, &mut Worker::default()));
    let mut spans = Vec::with_capacity(done.iter().map(|(s, _)| s.len()).sum());
    // the matching form of every segment, kept for propagation's first look at each, by run
    let mut forms: Vec<Vec<Form>> = Vec::with_capacity(done.len());
    for (s, f) in done {
        spans.extend(s);
        forms.push(f);
    }
    propagate(text, forms, &mut spans, lex);
    spans
}

/// Cuts `segments` (of a text of `len` bytes) into at most `n` runs of about equal size: a run
/// holds the segments that start before its share of the bytes ends.
fn runs(segments: &[(usize, usize)], len: usize, n: usize) -> Vec<&[(usize, usize)]> {
    let mut runs = Vec::with_capacity(n);
    let mut first = 0;
    for i in 1..=n {
        let end = if i == n { segments.len() } else { segments.partition_point(|&(start, _)| start < len * i / n) };
        if end > first {
            runs.push(&segments[first..end]);
            first = end;
        }
    }
    runs
}

/// A segment's byte range in the text and its matching form.
type Form = (usize, usize, String);

/// Every stage up to the choice of spans, for the segments `run` of `text`: their spans, and the
/// matching form of each segment.
fn first_pass(
    text: &str,
    run: &[(usize, usize)],
    reference: Option<SimpleDate>,
    annotator: &Annotator,
    worker: &mut Worker,
) -> (Vec<Span>, Vec<Form>) {
    let mut spans = Vec::new();
    let mut forms = Vec::with_capacity(run.len());
    for &(offset, end) in run {
        let norm = Normalized::new(&text[offset..end]);
        let cands = candidates(&norm, reference, annotator, worker);
        for c in choose(cands) {
            let s = c.in_original(&norm, offset);
            // two spans that meet inside one ligature of the original (ﻻ) would overlap there
            if spans.last().is_some_and(|p: &Span| p.end > s.start) {
                continue;
            }
            spans.push(s);
        }
        forms.push((offset, end, norm.text));
    }
    (spans, forms)
}

/// Every candidate of one segment, from every source, in the order the policy's last tie-break
/// reads (lexicon, rules, dates, tagger).
fn candidates(
    norm: &Normalized,
    reference: Option<SimpleDate>,
    annotator: &Annotator,
    worker: &mut Worker,
) -> Vec<Candidate> {
    let lex = &annotator.lexicon;
    let (toks, matches, mut cands) = listed_candidates(norm, reference, lex, worker);
    let Some(model) = &annotator.tagger else { return cands };
    let chosen = tagger::Chosen::of(&cands);
    let seg = tagger::Segment { text: &norm.text, toks: &toks, matches: &matches, chosen: &chosen, lex };
    let tagged = model.candidates(&seg, norm, &mut worker.tagger);
    // where a head noun starts a body's name or stands outside it (شركة بتروبراس: the head is
    // outside, the rest being the name by itself), the tagger, trained on ANNOTATION.md's rule,
    // settles it: a head rule's span one head word longer than the tagger's is dropped
    // (a fund, company or bank before a noun with the article names itself with its head:
    // صندوق الاستثمار المباشر, but a club or movement does not: نادي الزمالك، حركة النهضة); where a
    // media descriptor rule found the name, that rule decides
    let media = cands.iter().any(|c| c.source == Source::Rule(crate::mention::RuleId::Media));
    cands.retain(|c| {
        c.source != Source::Rule(crate::mention::RuleId::OrgHead)
            || media
            || !tagged.iter().any(|t| {
                let text = &norm.text;
                let head = text[c.start..].split(' ').next().unwrap_or("");
                t.category == Category::Organization
                    && t.end == c.end
                    && t.start > c.start
                    && toks.iter().filter(|k| k.start as usize >= c.start && (k.end as usize) <= t.start).count() == 1
                    && (!text[t.start..].starts_with("ال") || ["نادي", "حركه", "جماعه", "تنظيم"].contains(&head))
            })
    });
    if annotator.tagger_mode == TaggerMode::Only {
        // persons, places and bodies from the tagger alone; dates and a reader's entries stay
        cands.retain(|c| c.category == Category::Date || c.source == Source::User);
    }
    cands.extend(tagged);
    cands
}

/// The tagger's input for every segment of `text`, as the annotator builds it, with the byte
/// range in `text` of each token (its stem's start to its end): what `wasim-train` learns from.
pub fn tagger_inputs(
    annotator: &Annotator,
    text: &str,
    reference: Option<SimpleDate>,
) -> Vec<(tagger::Features, Vec<(usize, usize)>)> {
    let mut out = Vec::new();
    each_tagger_segment(annotator, text, reference, |seg, norm, offset| {
        let ranges = seg
            .toks
            .iter()
            .map(|t| {
                let (a, b) = norm.orig_range(t.stem_start(), t.end as usize);
                (offset + a, offset + b)
            })
            .collect();
        out.push((tagger::features(seg), ranges));
    });
    out
}

/// Calls `f` with the tagger's input for every segment of `text`, its matching form and its
/// offset in `text`.
pub(crate) fn each_tagger_segment(
    annotator: &Annotator,
    text: &str,
    reference: Option<SimpleDate>,
    mut f: impl FnMut(&tagger::Segment, &Normalized, usize),
) {
    let mut worker = Worker::default();
    let lex = &annotator.lexicon;
    for (offset, end) in segments(text) {
        let norm = Normalized::new(&text[offset..end]);
        let (toks, matches, cands) = listed_candidates(&norm, reference, lex, &mut worker);
        let chosen = tagger::Chosen::of(&cands);
        let seg = tagger::Segment { text: &norm.text, toks: &toks, matches: &matches, chosen: &chosen, lex };
        f(&seg, &norm, offset);
    }
}

/// The tokens, the lexicon's matches and the candidates of the lexicon, the rules and the dates
/// for one segment.
fn listed_candidates(
    norm: &Normalized,
    reference: Option<SimpleDate>,
    lex: &Lexicon,
    worker: &mut Worker,
) -> (Vec<crate::tokenize::Token>, Vec<crate::lexicon::LexMatch>, Vec<Candidate>) {
    let toks = tokenize_with(&norm.text, &Vocab(lex), &mut worker.memo);
    let matches = lex.scan(&norm.text, &toks);
    let mut cands: Vec<Candidate> = matches
        .iter()
        .filter_map(|m| {
            let e = lex.entry(m.entry);
            let category = e.class.category().filter(|_| !e.ambiguous)?;
            // a list may name a place with its generic descriptor (نهر الدانوب): the span
            // leaves the descriptor out, as ANNOTATION.md wants, and keeps the canonical form
            let matched = &norm.text[m.start..m.end];
            let skip = if category == Category::Location && !OFFICIAL_WITH_DESCRIPTOR.contains(&matched) {
                PLACE_DESCRIPTORS
                    .iter()
                    .find(|d| {
                        matched.len() > d.len() + 1 && matched.starts_with(*d) && matched[d.len()..].starts_with(' ')
                    })
                    .map_or(0, |d| d.len() + 1)
            } else {
                0
            };
            Some(Candidate::new(m.start + skip, m.end, category, Some(e.canonical.to_string()), e.source))
        })
        .collect();
    cands.extend(rules::find(norm, &toks, &matches, lex));
    cands.extend(dates::find(&norm.text, &toks, reference).into_iter().map(|d| {
        let mut c = Candidate::new(d.start, d.end, Category::Date, None, Source::Date);
        c.date = Some(d.info);
        c
    }));
    (toks, matches, cands)
}

/// One candidate of `wasim annotate --explain`: where it is in the original text, and whether the
/// policy kept it.
#[derive(Debug, Clone, PartialEq)]
pub struct Explained {
    /// The candidate, in the original text.
    pub span: Span,
    /// Kept by the policy, or the kept candidate it overlaps (which won by length, source, score,
    /// start or order, see [`crate::policy`]).
    pub verdict: Result<(), Span>,
}

/// Every candidate of every segment of `text` and the policy's verdict on it, in the order of
/// the text; then the mentions propagation added (each kept). For `wasim annotate --explain`.
pub fn explain(annotator: &Annotator, text: &str, reference: Option<SimpleDate>) -> Vec<Explained> {
    let mut worker = Worker::default();
    let mut out = Vec::new();
    for (offset, end) in segments(text) {
        let norm = Normalized::new(&text[offset..end]);
        let cands = candidates(&norm, reference, annotator, &mut worker);
        let verdicts = crate::policy::judge(&cands);
        let orig: Vec<Span> = cands.into_iter().map(|c| c.in_original(&norm, offset)).collect();
        let mut rows: Vec<Explained> = verdicts
            .iter()
            .enumerate()
            .map(|(i, v)| Explained {
                span: orig[i].clone(),
                verdict: match v {
                    crate::policy::Verdict::Chosen => Ok(()),
                    crate::policy::Verdict::LostTo(k) => Err(orig[*k].clone()),
                },
            })
            .collect();
        rows.sort_by_key(|r| (r.span.start, std::cmp::Reverse(r.span.end)));
        out.extend(rows);
    }
    let all = annotate_spans_on(annotator, text, reference, 1);
    out.extend(
        all.into_iter().filter(|s| s.source == Source::Propagation).map(|span| Explained { span, verdict: Ok(()) }),
    );
    out
}

/// The key `word` holds, whole or behind a proclitic stack (the longest that leaves a key), with
/// the byte length of that stack.
fn key_in<'k, V>(keys: &'k FxHashMap<String, V>, word: &str) -> Option<(usize, &'k V)> {
    keys.get(word).map(|v| (0, v)).or_else(|| {
        crate::tokenize::proclitic_candidates(word).filter_map(|p| keys.get(&word[p..]).map(|v| (p, v))).last()
    })
}

/// Document-level consistency: a name found once is annotated at all its mentions.
///
/// Keys are single words in the matching form: the family name of every multi-word person
/// (بوتين from فلاديمير بوتين), and every one-word entity a context rule found (تولتشيا after
/// مدينة). Each key maps to its category and canonical form; a key claimed by two different
/// entities is dropped. Mentions behind proclitics (وفيدوروف) count, the proclitic outside.
fn propagate(text: &str, forms: Vec<Vec<Form>>, spans: &mut Vec<Span>, lex: &Lexicon) {
    let mut keys: FxHashMap<String, Option<(Category, String)>> = FxHashMap::default();
    let mut claim = |key: &str, cat: Category, canon: &str| {
        if key.chars().count() < 3 || rules::is_stop(key) {
            return;
        }
        let Some(c) = keys.get_mut(key) else {
            keys.insert(key.to_string(), Some((cat, canon.to_string())));
            return;
        };
        let Some((k, n)) = c.as_ref() else { return };
        let same = |a: &str, b: &str| a == b || normalize_str(a) == normalize_str(b);
        if *k != cat {
            *c = None;
        } else if same(n, canon) || !canon.contains(' ') && same(canon, key) {
            // one name in two spellings (إيفان، ايفان) is still one name, and the word
            // alone (عون) is the full name it ends (جوزاف عون)
        } else if !n.contains(' ') && same(n, key) {
            *c = Some((cat, canon.to_string()));
        } else {
            *c = None;
        }
    };
    // the matching form of each canonical form, normalized once: a document names few entities
    // many times
    let mut matching: FxHashMap<&str, String> = FxHashMap::default();
    for s in spans.iter() {
        let Some(canon) = &s.canonical else { continue };
        let (person, by_rule) = (s.category == Category::Person, s.source.is_rule());
        if !person && !by_rule {
            continue;
        }
        let norm = matching.entry(canon.as_str()).or_insert_with(|| normalize_str(canon));
        match norm.rsplit_once(' ') {
            Some((_, last)) if person => claim(last, Category::Person, canon),
            None if by_rule => claim(norm, s.category, canon),
            _ => {}
        }
    }
    keys.retain(|_, c| c.is_some());
    if keys.is_empty() {
        return;
    }
    // a one-word mention a rule found on its own (عون after a verb) takes the full name's
    // canonical form too
    for s in spans.iter_mut().filter(|s| s.source.is_rule()) {
        let word = normalize_str(&text[s.start..s.end]);
        if let Some(Some((cat, canon))) = keys.get(&word) {
            if *cat == s.category && canon.contains(' ') {
                s.canonical = Some(canon.clone());
            }
        }
    }
    // the byte lengths of the keys, as bits (63 for any longer)
    let lengths: u64 = keys.keys().fold(0, |b, k| b | 1u64 << k.len().min(63));
    // each run of lines on its own thread, as in the first pass
    let found = in_parallel(forms, |run| mentions(text, &run, spans, &keys, lengths, lex));
    let added: Vec<Span> = found.into_iter().flatten().collect();
    spans.extend(added);
    spans.sort_by_key(|s| s.start);
}

/// The mentions of `keys` in the segments `forms` that no span in `spans` covers yet.
fn mentions(
    text: &str,
    forms: &[Form],
    spans: &[Span],
    keys: &FxHashMap<String, Option<(Category, String)>>,
    lengths: u64,
    lex: &Lexicon,
) -> Vec<Span> {
    let mut added = Vec::new();
    // index into spans (sorted by start)
    let mut k = forms.first().map_or(0, |&(offset, _, _)| spans.partition_point(|s| s.end <= offset));
    let fits = |w: &str| [0, 2, 4].iter().any(|p| w.len() >= *p && lengths & 1u64 << (w.len() - p).min(63) != 0);
    let mut found = Vec::new();
    for &(offset, end, ref form) in forms {
        // the words of the matching form kept from the first pass are the line's word tokens;
        // most lines hold no key, and need no offset map (a word can hold a key only if it is a
        // key's length, or two or four bytes longer)
        found.clear();
        for w in form.split(|c: char| !crate::tokenize::is_word_char(c)) {
            if !w.is_empty() && fits(w) {
                if let Some((p, Some(c))) = key_in(keys, w) {
                    // the word's offset in the form: `split` gives subslices of it
                    let at = w.as_ptr() as usize - form.as_ptr() as usize;
                    found.push((at + p, at + w.len(), c));
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let norm = Normalized::new(&text[offset..end]);
        debug_assert_eq!(&norm.text, form);
        for &(from, end, (cat, canon)) in &found {
            // a word some list knows as something else is not this name here
            if matches!(lex.longest_at(form, from, crate::tokenize::Reading::Stem), Some((e, id)) if e == end && lex.entry(id).class.category().is_some_and(|c| c != *cat))
            {
                continue;
            }
            let (a, b) = norm.orig_range(from, end);
            let (a, b) = (offset + a, offset + b);
            while k < spans.len() && spans[k].end <= a {
                k += 1;
            }
            if k < spans.len() && spans[k].start < b {
                continue; // inside an annotation already
            }
            added.push(Span::new(a, b, *cat, Some(canon.clone()), Source::Propagation));
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs of lines on several threads give what one pass over all lines gives, propagation
    /// included, whatever the cuts between the runs.
    #[test]
    fn threads_change_nothing() {
        let para = "قال الرئيس الأوكراني فولوديمير زيلينسكي في كييف يوم 3 مارس 2022 إن القوات تتقدم.\n\
                    وأكد زيلينسكي أن مدينة تولتشيا الرومانية استقبلت وفدا من وزارة الخارجية.\n\
                    \n\
                    ووصل وفد تولتشيا إلى موسكو أمس، وقال بيسكوف إن الكرملين لا يعلق.\r\n";
        let text = para.repeat(40);
        let one = annotate_spans_on(Annotator::default_ref(), &text, None, 1);
        assert!(one.iter().filter(|s| s.source == Source::Propagation).count() >= 40, "propagation is exercised");
        for n in [2, 3, 7] {
            assert_eq!(annotate_spans_on(Annotator::default_ref(), &text, None, n), one, "{n} threads");
        }
        // the same text as one line of several segments, which the threads share
        let line = text.replace(['\r', '\n'], " ").repeat(12);
        let one = annotate_spans_on(Annotator::default_ref(), &line, None, 1);
        assert!(line.len() > 2 * MAX_SEGMENT && one.iter().any(|s| s.source == Source::Propagation));
        for n in [2, 3, 7] {
            assert_eq!(annotate_spans_on(Annotator::default_ref(), &line, None, n), one, "{n} threads, one line");
        }
        // one line, and no line at all: nothing to cut
        assert_eq!(
            annotate_spans_on(Annotator::default_ref(), "زيلينسكي في كييف", None, 4),
            annotate_spans_on(Annotator::default_ref(), "زيلينسكي في كييف", None, 1)
        );
        assert!(annotate_spans_on(Annotator::default_ref(), "", None, 4).is_empty());
    }

    /// Segments are the non-empty lines; a line over [`MAX_SEGMENT`] is cut into contiguous
    /// segments of half to all of it, after a sentence end, else after a space, else on a character
    /// boundary.
    #[test]
    fn segments_are_the_lines_and_the_cuts_of_long_ones() {
        assert_eq!(segments(""), []);
        assert_eq!(segments("a\n\nbb\r\n\n"), [(0, 1), (3, 6)]);
        assert_eq!(segments("أهلا\nمرحبا"), [(0, 8), (9, 19)]);
        fn cuts(text: &str) -> Vec<&str> {
            let segs = segments(text);
            assert_eq!(segs.first().map(|s| s.0), Some(0));
            assert_eq!(segs.last().map(|s| s.1), Some(text.len()));
            assert!(segs.windows(2).all(|w| w[0].1 == w[1].0), "contiguous");
            assert!(segs.iter().all(|&(a, b)| b - a <= MAX_SEGMENT));
            assert!(segs[..segs.len() - 1].iter().all(|&(a, b)| b - a >= MAX_SEGMENT / 2 - 3));
            segs[..segs.len() - 1].iter().map(|&(a, b)| &text[a..b]).collect()
        }
        // sentences: cut after the space that follows a full stop, not after any other space
        let sentences = "وقال المتحدث إن الوفد وصل إلى القاهرة. ".repeat(4 * MAX_SEGMENT / 70);
        let ends = cuts(&sentences);
        assert!(ends.len() >= 3 && ends.iter().all(|e| e.ends_with("القاهرة. ")));
        let questions = "هل وصل الوفد إلى عمّان؟ ".repeat(3 * MAX_SEGMENT / 40);
        assert!(cuts(&questions).iter().all(|e| e.ends_with("عمّان؟ ")));
        // words without a sentence end: after a space
        let words = "كلمة\u{a0}".repeat(3 * MAX_SEGMENT / 10);
        assert!(cuts(&words).iter().all(|e| e.ends_with('\u{a0}')));
        // no space at all, letters of 2, 3 and 4 bytes: on character boundaries (a cut inside one
        // would panic when sliced)
        for junk in ["ب".repeat(MAX_SEGMENT), "€".repeat(MAX_SEGMENT), "😀x".repeat(MAX_SEGMENT / 2)] {
            assert!(!cuts(&junk).is_empty());
        }
    }

    /// The runs hold every segment once, in order, and a long line is shared between them.
    #[test]
    fn runs_share_the_segments_in_order() {
        let long = "وصل الوفد إلى القاهرة. ".repeat(MAX_SEGMENT / 10);
        for (text, n) in [
            ("a\nbb\nccc\n", 2),
            ("a\nbb\nccc", 3),
            ("no newline", 4),
            ("", 2),
            ("\n\n\n", 8),
            ("أهلا\nمرحبا بكم\nسلام", 3),
            (long.as_str(), 2),
            (long.as_str(), 5),
        ] {
            let segs = segments(text);
            let runs = runs(&segs, text.len(), n);
            assert!(runs.len() <= n && runs.iter().all(|r| !r.is_empty()), "{text:?}");
            assert_eq!(runs.concat(), segs, "{text:?}");
        }
        assert_eq!(runs(&segments(&long), long.len(), 2).len(), 2);
    }
}
