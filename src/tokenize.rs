//! Stage 2, **tokenize**: words, numbers and punctuation of the matching form, with proclitics.
//!
//! Takes the matching form of one line (see [`crate::normalize`]) and a [`Vocabulary`] and gives a
//! list of [`Token`]s (byte ranges of the matching form). Words are maximal runs of letters,
//! numbers maximal runs of ASCII digits, each other non-space character is a token of its own.
//! Every word gets a proclitic analysis: و ف ب ل ك and their stacks (وب ول وك فب فل فك) are split
//! off only when what is left is something the vocabulary knows, and not when the whole word is
//! known, so فبراير، بريطانيا، كييف، لبنان، بكين، كندا stay whole while وبوتين، لروسيا، وأمس split;
//! a word known whole still splits when the stem starts a longer, multi-word entry (وأم درمان is
//! و + أم درمان, though وام is a news agency).
//! In the ل+ال contraction (للولايات) the proclitic is the first ل and the stem starts at the
//! second: the stem then stands for the word with its article (الولايات).
//! A [`Memo`] carries the analysis of each word from line to line of one document, for the words
//! whose analysis never looks past their end.
//!
//! Known limits: no enclitics (pronoun suffixes) are split; a word that no list knows keeps its
//! first letters even when they are a proclitic.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits (Arabic-Indic digits are ASCII in the matching form).
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token: a byte range of the matching form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// Bytes of proclitics at the start of the word (0 when none are split off).
    pub proclitic: u8,
    /// The vocabulary knows an entry starting at the token's first letter (the whole-word
    /// reading). When false and no proclitic was split, a lexicon scan can pass the token by.
    pub known: bool,
}

impl Token {
    /// Start of the stem: after the proclitics.
    pub fn stem_start(&self) -> usize {
        self.start as usize + self.proclitic as usize
    }
    /// The stem in `text` (the matching form the token was made from).
    pub fn stem<'t>(&self, text: &'t str) -> &'t str {
        &text[self.stem_start()..self.end as usize]
    }
    /// The whole token in `text`.
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
    /// True when the proclitic ends in ل and the stem starts with ل: the ل+ال contraction.
    pub fn is_contraction(&self, text: &str) -> bool {
        self.proclitic > 0 && text[..self.stem_start()].ends_with('ل') && text[self.stem_start()..].starts_with('ل')
    }
}

/// How the text at a position is being read by the proclitic analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The whole word, from its first letter.
    Whole,
    /// A stem after proclitics.
    Stem,
    /// A stem after a ل proclitic, read with its article restored (لولايات = الولايات).
    Contraction,
}

/// What the proclitic analysis asks: does a known entry start at byte `at` of `text`, ending at a
/// word boundary, when read as `reading`? A vocabulary should answer for [`Reading::Stem`] and
/// [`Reading::Contraction`] only from entries that are not also common words, since a wrong split
/// is worse than a missed one.
pub trait Vocabulary {
    fn knows(&self, text: &str, at: usize, reading: Reading) -> bool;
    /// The end of the longest entry that starts at `at` in the given reading, when the entry
    /// may stand alone: lets a known word still split when the stem after its proclitic starts
    /// a longer name (وأم درمان: the agency وام, or و + the city أم درمان).
    fn reach(&self, _text: &str, _at: usize, _reading: Reading) -> Option<usize> {
        None
    }
    /// Whether `knows` and `reach` answer for the word `text[start..end]`, and for what is left
    /// of it after each proclitic, without looking past `end`: then [`tokenize_with`] reuses the
    /// analysis of its first occurrence for every other. False (the safe answer) unless
    /// implemented.
    fn isolated(&self, _text: &str, _start: usize, _end: usize) -> bool {
        false
    }
}

/// A vocabulary that knows nothing: words are never split.
pub struct NoVocabulary;
impl Vocabulary for NoVocabulary {
    fn knows(&self, _: &str, _: usize, _: Reading) -> bool {
        false
    }
}

/// Byte lengths of the proclitics that `word` may carry, shortest first, each leaving a stem of at
/// least two letters: one of و ف ب ل ك, or a stack of و/ف and ب/ل/ك (each letter is two bytes
/// in UTF-8). Read from the first two letters: this runs for every word the lists do not know.
pub fn proclitic_candidates(word: &str) -> impl Iterator<Item = usize> + '_ {
    let mut letters = word.chars();
    let (first, second) = (letters.next(), letters.next());
    let one = matches!(first, Some('و' | 'ف' | 'ب' | 'ل' | 'ك'));
    let two = one && matches!(first, Some('و' | 'ف')) && matches!(second, Some('ب' | 'ل' | 'ك'));
    [(one, 2), (two, 4)].into_iter().filter(move |&(ok, p)| ok && word[p..].chars().nth(1).is_some()).map(|(_, p)| p)
}

/// Whether `c` (of the matching form) belongs to a word token.
pub fn is_word_char(c: char) -> bool {
    class(c) == Some(Kind::Word)
}

fn class(c: char) -> Option<Kind> {
    // the common cases first: an Arabic letter, ASCII (is_alphabetic is a table search)
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        return Some(Kind::Word);
    }
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(Kind::Number)
        } else if c.is_ascii_alphabetic() {
            Some(Kind::Word)
        } else if c.is_ascii_whitespace() {
            None
        } else {
            Some(Kind::Punct)
        };
    }
    if c.is_ascii_digit() {
        Some(Kind::Number)
    } else if c.is_alphabetic() || ('\u{0621}'..='\u{064A}').contains(&c) {
        Some(Kind::Word)
    } else if c == ' ' || c.is_whitespace() {
        None
    } else {
        Some(Kind::Punct)
    }
}

/// Splits the matching form `text` into tokens and analyses the proclitics of every word.
pub fn tokenize(text: &str, vocab: &dyn Vocabulary) -> Vec<Token> {
    tokenize_with(text, vocab, &mut Memo::default())
}

/// The proclitic analysis of the words seen so far, for [`tokenize_with`]: one hash lookup
/// instead of the vocabulary's three to eight for every word seen before. Only words the
/// vocabulary calls [`isolated`](Vocabulary::isolated) are kept, and at most [`Memo::MAX`] of
/// them, so a text of nothing but distinct words cannot grow it past a bound.
#[derive(Default)]
pub struct Memo {
    words: crate::fasthash::FxHashMap<Box<str>, (bool, u8)>,
}

impl Memo {
    /// The most words kept (a few MiB).
    pub const MAX: usize = 1 << 16;
}

/// [`tokenize`], reusing and filling `memo`: one memo serves every line of a document, and must
/// only ever be used with one vocabulary.
pub fn tokenize_with(text: &str, vocab: &dyn Vocabulary, memo: &mut Memo) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
    let mut cur: Option<Token> = None;
    for (i, c) in text.char_indices() {
        let k = class(c);
        match (&mut cur, k) {
            (Some(t), Some(k)) if t.kind == k && k != Kind::Punct => t.end = (i + c.len_utf8()) as u32,
            _ => {
                if let Some(t) = cur.take() {
                    out.push(t);
                }
                cur = k.map(|kind| Token {
                    start: i as u32,
                    end: (i + c.len_utf8()) as u32,
                    kind,
                    proclitic: 0,
                    known: false,
                });
            }
        }
    }
    out.extend(cur);
    for t in out.iter_mut().filter(|t| t.kind == Kind::Word) {
        let word = t.as_str(text);
        if let Some(&(known, proclitic)) = memo.words.get(word) {
            (t.known, t.proclitic) = (known, proclitic);
            continue;
        }
        t.known = vocab.knows(text, t.start as usize, Reading::Whole);
        t.proclitic = if !t.known {
            analyse(text, t, vocab)
        } else if proclitic_candidates(word).next().is_some()
            && vocab.reach(text, t.start as usize, Reading::Stem).is_some_and(|e| e <= t.end as usize)
        {
            // known as one word: split only for a stem that starts a longer, multi-word entry
            proclitic_candidates(word)
                .find(|&p| vocab.reach(text, t.start as usize + p, Reading::Stem).is_some_and(|e| e > t.end as usize))
                .map_or(0, |p| p as u8)
        } else {
            0
        };
        if memo.words.len() < Memo::MAX && vocab.isolated(text, t.start as usize, t.end as usize) {
            memo.words.insert(word.into(), (t.known, t.proclitic));
        }
    }
    out
}

/// The proclitics to split off a word the vocabulary does not know whole.
fn analyse(text: &str, t: &Token, vocab: &dyn Vocabulary) -> u8 {
    let start = t.start as usize;
    let word = t.as_str(text);
    for p in proclitic_candidates(word) {
        let at = start + p;
        let contraction = word[..p].ends_with('ل') && word[p..].starts_with('ل');
        if vocab.knows(text, at, Reading::Stem) || (contraction && vocab.knows(text, at, Reading::Contraction)) {
            return p as u8;
        }
    }
    0
}

/// Splits `line` (the original text) into pieces: every proclitic, stem, number, punctuation mark
/// and run of white space is one piece, and the pieces joined give `line` back exactly.
pub fn pieces<'a>(line: &'a str, vocab: &dyn Vocabulary) -> Vec<&'a str> {
    let norm = crate::normalize::Normalized::new(line);
    let mut cuts = vec![0usize];
    for t in tokenize(&norm.text, vocab) {
        for b in [t.start as usize, t.stem_start(), t.end as usize] {
            let o = if b == norm.text.len() { line.len() } else { norm.orig_range(b, next_char(&norm.text, b)).0 };
            if o > *cuts.last().unwrap() {
                cuts.push(o);
            }
        }
    }
    cuts.push(line.len());
    cuts.dedup();
    cuts.windows(2).map(|w| &line[w[0]..w[1]]).collect()
}

fn next_char(s: &str, b: usize) -> usize {
    b + s[b..].chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A vocabulary of whole words, for the tests of this module alone.
    struct Words(&'static [&'static str]);
    impl Vocabulary for Words {
        fn knows(&self, text: &str, at: usize, reading: Reading) -> bool {
            let rest = &text[at..];
            let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if reading == Reading::Contraction {
                self.0.iter().any(|w| w.strip_prefix('ا') == Some(word))
            } else {
                self.0.contains(&word)
            }
        }
    }
    const VOCAB: Words = Words(&[
        "فبراير",
        "بريطانيا",
        "كييف",
        "لبنان",
        "بكين",
        "كندا",
        "بوتين",
        "روسيا",
        "امس",
        "الولايات",
        "موسكو",
        "لندن",
    ]);

    /// (word, expected proclitic, expected stem)
    const CLITICS: &[(&str, &str, &str)] = &[
        ("فبراير", "", "فبراير"),
        ("بريطانيا", "", "بريطانيا"),
        ("كييف", "", "كييف"),
        ("لبنان", "", "لبنان"),
        ("بكين", "", "بكين"),
        ("كندا", "", "كندا"),
        ("وبوتين", "و", "بوتين"),
        ("لروسيا", "ل", "روسيا"),
        ("وامس", "و", "امس"),
        ("وبموسكو", "وب", "موسكو"),
        ("فلروسيا", "فل", "روسيا"),
        ("للولايات", "ل", "لولايات"),
        ("وللولايات", "ول", "لولايات"),
        ("للندن", "ل", "لندن"),
        ("وكتاب", "", "وكتاب"),
        ("و", "", "و"),
    ];

    #[test]
    fn proclitics_follow_the_vocabulary() {
        for (word, pro, stem) in CLITICS {
            let toks = tokenize(word, &VOCAB);
            assert_eq!(toks.len(), 1, "{word}");
            let t = toks[0];
            assert_eq!(&word[t.start as usize..t.stem_start()], *pro, "proclitic of {word}");
            assert_eq!(t.stem(word), *stem, "stem of {word}");
        }
    }

    #[test]
    fn contraction_is_seen() {
        let t = tokenize("للولايات", &VOCAB)[0];
        assert!(t.is_contraction("للولايات"));
        let t = tokenize("لروسيا", &VOCAB)[0];
        assert!(!t.is_contraction("لروسيا"));
    }

    #[test]
    fn kinds_and_ranges() {
        let text = "في 2022م، قال: abc";
        let got: Vec<(&str, Kind)> = tokenize(text, &NoVocabulary).iter().map(|t| (t.as_str(text), t.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("في", Kind::Word),
                ("2022", Kind::Number),
                ("م", Kind::Word),
                ("،", Kind::Punct),
                ("قال", Kind::Word),
                (":", Kind::Punct),
                ("abc", Kind::Word)
            ]
        );
    }

    #[test]
    fn pieces_join_back_to_the_input() {
        for line in
            ["", "وبوتين قال لروسيا: نعم!", "  \u{200F}مُحَمَّدٌ  ذهب ٢٠٢٢م 😀\t", "الـ21 للولايات المتحدة", "\r", "ـــ"]
        {
            let p = pieces(line, &VOCAB);
            assert_eq!(p.concat(), line);
        }
        assert_eq!(pieces("وبوتين قال", &VOCAB), vec!["و", "بوتين", " ", "قال"]);
    }
}
