//! Stage 1, **normalize**: builds the *matching form* of one line of text and the map back.
//!
//! Takes a line of the user's text (no `\n` inside) and gives a [`Normalized`]: a `String` in which
//! harakat, tanween, shadda, sukun, dagger alef, Quranic marks, tatweel and bidi/format marks are
//! removed; أ إ آ ٱ become ا, ى becomes ي (except in the preposition على, which would read as the
//! name علي), ة becomes ه, Persian ی ک گ ڤ پ چ become ي ك ك ف ب ج;
//! Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits; every run of horizontal white
//! space becomes one space; ASCII letters are lower-cased. Next to it, a map from each byte of the
//! matching form to the byte of the original where its character came from. The input is never
//! altered: [`Normalized::orig_range`] turns any range of the matching form into the exact range
//! of the original, and it is the only place in the crate where that mapping happens.
//!
//! Text copied out of PDFs often comes in Arabic presentation forms (ﻣﻮﺳﻜﻮ, ﻻ): each such
//! character is read as the letters it shows, and folded like them; the lam-alef ligatures and ﷲ
//! give several letters of the matching form, all mapped back to the one original character.
//!
//! Known limits: the other ligatures of Presentation Forms-A (U+FB50–U+FDFF) are kept as they
//! are; hamza on waw/yeh (ؤ ئ) is kept distinct.

/// The matching form of one line and its map back to the original line.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    /// The matching form.
    pub text: String,
    /// `map[b]`: byte offset in `original` of the character that produced byte `b` of `text`;
    /// `map[text.len()] == original.len()`.
    map: Vec<u32>,
}

/// What the normalizer does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keep it as this character.
    Keep(char),
    /// Drop it, and when it trails a kept character the span of that character grows over it
    /// (harakat and other combining marks belong to the letter before them).
    DropMark,
    /// Drop it; it belongs to no letter (tatweel, bidi and format marks, carriage return).
    Drop,
    /// Horizontal white space: runs of it become one space.
    Space,
    /// A ligature of several letters (ﻻ, ﷲ): these letters of the matching form.
    Expand(&'static str),
}

/// The Arabic letters of Presentation Forms-B, U+FE80 to U+FEFC: (first code point, number of
/// contextual forms, the letters they show).
const FORMS_B: &[(u32, u32, &str)] = &[
    (0xFE80, 1, "ء"),
    (0xFE81, 2, "آ"),
    (0xFE83, 2, "أ"),
    (0xFE85, 2, "ؤ"),
    (0xFE87, 2, "إ"),
    (0xFE89, 4, "ئ"),
    (0xFE8D, 2, "ا"),
    (0xFE8F, 4, "ب"),
    (0xFE93, 2, "ة"),
    (0xFE95, 4, "ت"),
    (0xFE99, 4, "ث"),
    (0xFE9D, 4, "ج"),
    (0xFEA1, 4, "ح"),
    (0xFEA5, 4, "خ"),
    (0xFEA9, 2, "د"),
    (0xFEAB, 2, "ذ"),
    (0xFEAD, 2, "ر"),
    (0xFEAF, 2, "ز"),
    (0xFEB1, 4, "س"),
    (0xFEB5, 4, "ش"),
    (0xFEB9, 4, "ص"),
    (0xFEBD, 4, "ض"),
    (0xFEC1, 4, "ط"),
    (0xFEC5, 4, "ظ"),
    (0xFEC9, 4, "ع"),
    (0xFECD, 4, "غ"),
    (0xFED1, 4, "ف"),
    (0xFED5, 4, "ق"),
    (0xFED9, 4, "ك"),
    (0xFEDD, 4, "ل"),
    (0xFEE1, 4, "م"),
    (0xFEE5, 4, "ن"),
    (0xFEE9, 4, "ه"),
    (0xFEED, 2, "و"),
    (0xFEEF, 2, "ى"),
    (0xFEF1, 4, "ي"),
    (0xFEF5, 2, "لآ"),
    (0xFEF7, 2, "لأ"),
    (0xFEF9, 2, "لإ"),
    (0xFEFB, 2, "لا"),
];

/// The letters a presentation form shows, as written (ﺁ → آ, ﻷ → لأ, ﷲ → الله); `None` for any
/// other character.
pub fn presentation_letters(c: char) -> Option<&'static str> {
    let cp = c as u32;
    match cp {
        0xFE80..=0xFEFC => FORMS_B.iter().find(|&&(first, n, _)| (first..first + n).contains(&cp)).map(|&(_, _, l)| l),
        0xFDF2 => Some("الله"),
        _ => None,
    }
}

/// Classifies one character for the matching form. Public so that the lexicon compiler and the
/// tests use exactly the same rules as the annotator.
pub fn action(c: char) -> Action {
    match c {
        // harakat, tanween, shadda, sukun, and the small marks up to U+065F; dagger alef
        '\u{064B}'..='\u{065F}' | '\u{0670}' => Action::DropMark,
        // Quranic annotation marks
        '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' => {
            Action::DropMark
        }
        // tatweel; bidi and format marks; BOM; soft hyphen; carriage return
        '\u{0640}'
        | '\u{200B}'..='\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\r' => Action::Drop,
        ' '
        | '\t'
        | '\u{00A0}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{000B}'
        | '\u{000C}' => Action::Space,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Action::Keep('ا'),
        'ى' | 'ی' | 'ې' => Action::Keep('ي'),
        'ة' => Action::Keep('ه'),
        'ک' | 'گ' => Action::Keep('ك'),
        'ڤ' => Action::Keep('ف'),
        'پ' => Action::Keep('ب'),
        'چ' => Action::Keep('ج'),
        '٠'..='٩' => Action::Keep(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => Action::Keep(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        'A'..='Z' => Action::Keep(c.to_ascii_lowercase()),
        // harakat in their isolated and medial presentation forms
        '\u{FE70}'..='\u{FE7F}' => Action::DropMark,
        '\u{FE80}'..='\u{FEFC}' | '\u{FDF2}' => match presentation_letters(c) {
            Some("لآ" | "لأ" | "لإ" | "لا") => Action::Expand("لا"),
            Some("الله") => Action::Expand("الله"),
            Some(l) => l.chars().next().map_or(Action::Keep(c), action),
            None => Action::Keep(c),
        },
        _ => Action::Keep(c),
    }
}

/// The one exception to ى → ي: the preposition على (also وعلى، فعلى) keeps its ى, because with ي
/// it would read as the name علي. Same byte length, so the map stays valid.
fn keep_preposition_ala(original: &str, text: &mut String, map: &[u32]) {
    let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic());
    let mut from = 0;
    while let Some(k) = text[from..].find("علي") {
        let at = from + k;
        let yeh = at + "عل".len();
        from = at + "علي".len();
        let mut before = text[..at].chars().rev();
        let prev = before.next();
        let word_start = !is_letter(prev) || matches!(prev, Some('و' | 'ف')) && !is_letter(before.next());
        if word_start && !is_letter(text[from..].chars().next()) && original[map[yeh] as usize..].starts_with('ى') {
            text.replace_range(yeh..from, "ى");
        }
    }
}

/// The written form of a string for display as a canonical name: harakat, tatweel and format
/// marks dropped, runs of space made one, letters kept as written (ة, أ and ى stay).
pub fn display_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match action(c) {
            Action::DropMark | Action::Drop => {}
            Action::Space => {
                if !out.ends_with(' ') {
                    out.push(' ')
                }
            }
            Action::Keep(_) | Action::Expand(_) => match presentation_letters(c) {
                Some(letters) => out.push_str(letters),
                None => out.push(c),
            },
        }
    }
    out.trim().to_string()
}

/// The matching form of a string, without the map: used to compile lexicon surfaces.
pub fn normalize_str(s: &str) -> String {
    Normalized::new(s).text
}

/// Whether the two bytes `lead, second` spell an Arabic letter that the matching form keeps as
/// it is: U+0621..U+063A and U+0641..U+064A, except أ إ آ ة ى (folded) and the marks after them.
fn plain_arabic_letter(lead: u8, second: u8) -> bool {
    match lead {
        0xD8 => matches!(second, 0xA1..=0xBA) && !matches!(second, 0xA2 | 0xA3 | 0xA5 | 0xA9),
        0xD9 => matches!(second, 0x81..=0x8A) && second != 0x89,
        _ => false,
    }
}

impl<'a> Normalized<'a> {
    /// Normalizes `original` (one line; a `\n` in it is kept as a character like any other).
    pub fn new(original: &'a str) -> Self {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut last_space = false;
        let mut maqsura = false;
        let mut i = 0;
        while i < bytes.len() {
            // a run of characters that stay as they are, copied at once: the Arabic letters
            // without a variant, lower-case ASCII, digits, punctuation, and single spaces
            let run = i;
            while i < bytes.len() {
                match bytes[i] {
                    b' ' if !last_space => last_space = true,
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C | b'A'..=b'Z' => break,
                    0..=0x7F => last_space = false,
                    lead if i + 1 < bytes.len() && plain_arabic_letter(lead, bytes[i + 1]) => {
                        last_space = false;
                        i += 1;
                    }
                    _ => break,
                }
                i += 1;
            }
            if i > run {
                text.push_str(&original[run..i]);
                // every character of the run is one or two bytes: a second byte maps to the first
                map.extend((run..i).map(|j| if bytes[j] & 0xC0 == 0x80 { j - 1 } else { j } as u32));
                continue;
            }
            let Some(c) = original[i..].chars().next() else { break };
            let at = i;
            i += c.len_utf8();
            maqsura |= c == 'ى';
            let out = match action(c) {
                Action::Keep(k) => {
                    last_space = false;
                    k
                }
                Action::Space => {
                    if last_space {
                        continue;
                    }
                    last_space = true;
                    ' '
                }
                Action::Expand(letters) => {
                    last_space = false;
                    text.push_str(letters);
                    map.extend(std::iter::repeat_n(at as u32, letters.len()));
                    continue;
                }
                Action::Drop | Action::DropMark => continue,
            };
            text.push(out);
            map.extend(std::iter::repeat_n(at as u32, out.len_utf8()));
        }
        map.push(original.len() as u32);
        if maqsura {
            keep_preposition_ala(original, &mut text, &map);
        }
        Normalized { original, text, map }
    }

    /// The original text this was made from.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The original text behind a byte range of the matching form (see [`Self::orig_range`]).
    pub fn original_of(&self, start: usize, end: usize) -> &'a str {
        let (a, b) = self.orig_range(start, end);
        &self.original[a..b]
    }

    /// Maps a byte range of the matching form (on character boundaries, `start < end`) to the byte
    /// range of the original that it covers: from the first character's start to the last
    /// character's end, grown over the combining marks and tatweels that trail it (هـ).
    pub fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let o_start = self.map[start] as usize;
        // the original character behind the last character of the range
        let last = self.map[end - 1] as usize;
        let mut o_end = last + self.original[last..].chars().next().map_or(0, char::len_utf8);
        for c in self.original[o_end..].chars() {
            if action(c) == Action::DropMark || c == '\u{0640}' {
                o_end += c.len_utf8();
            } else {
                break;
            }
        }
        (o_start, o_end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character definition of the matching form and its map, which the
    /// copying of plain runs in [`Normalized::new`] must reproduce exactly.
    fn by_action(original: &str) -> (String, Vec<u32>) {
        let (mut text, mut map, mut last_space) = (String::new(), Vec::new(), false);
        for (i, c) in original.char_indices() {
            let out: &str = &match action(c) {
                Action::Keep(k) => {
                    last_space = false;
                    k.to_string()
                }
                Action::Space if last_space => continue,
                Action::Space => {
                    last_space = true;
                    " ".to_string()
                }
                Action::Expand(letters) => {
                    last_space = false;
                    letters.to_string()
                }
                Action::Drop | Action::DropMark => continue,
            };
            text.push_str(out);
            map.extend(std::iter::repeat_n(i as u32, out.len()));
        }
        map.push(original.len() as u32);
        (text, map)
    }

    #[test]
    fn plain_runs_are_copied_as_each_character_would_be() {
        // letters kept and folded, marks, spaces of every kind around dropped characters,
        // capitals, digits, presentation forms, emoji, a NUL (ى is left out: it has its own pass)
        let alphabet: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئأإآةـًٌٍَُِّْ \t\r\u{a0}\u{200f}\u{200b}\u{fe8e}\u{fefb}\u{fdf2}AZaz09٣۴.,:،😀\0ﺏکپ\u{670}"
            .chars()
            .collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut inputs: Vec<String> = ["", " ", "  ", "\t \t", "a \u{200f} b", "ـ ـ", "قال  بوتين\r", "ABC def"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                s.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            inputs.push(s);
        }
        for input in &inputs {
            let n = Normalized::new(input);
            assert_eq!((n.text.clone(), n.map.clone()), by_action(input), "{input:?}");
        }
    }

    #[test]
    fn display_form_drops_marks_and_keeps_letters() {
        for (input, want) in [
            ("", ""),
            ("شَرِكَةُ أرامكو", "شركة أرامكو"),
            ("مــدينة", "مدينة"),
            ("إيفان\u{200F}  فيدوروف", "إيفان فيدوروف"),
            (" مستشفى ", "مستشفى"),
            ("ﻣﺮﺁﺓ ﺍﻟﺸﺮﻕ", "مرآة الشرق"),
            ("ﻷﻥ", "لأن"),
        ] {
            assert_eq!(display_form(input), want, "{input:?}");
        }
    }

    /// (input, matching form)
    const FORMS: &[(&str, &str)] = &[
        ("", ""),
        ("أوكرانيا", "اوكرانيا"),
        ("إيران", "ايران"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        // the preposition على keeps its ى (it would read as the name علي); nothing else does
        ("على وعلى فعلى علي", "على وعلى فعلى علي"),
        ("علىً", "على"),
        ("أعلى العلى عليه", "اعلي العلي عليه"),
        ("القاهرة", "القاهره"),
        ("عاماً", "عاما"),
        ("مُحَمَّد", "محمد"),
        ("الرحمٰن", "الرحمن"),
        ("الـ21", "ال21"),
        ("٢٤/٢/٢٠٢٢", "24/2/2022"),
        ("۱۴۰۲", "1402"),
        ("ایران", "ايران"),
        ("کابل", "كابل"),
        ("ڤلاديمير", "فلاديمير"),
        ("a  \t b", "a b"),
        ("\u{200F}بوتين\u{200E}", "بوتين"),
        ("NATO", "nato"),
        ("😀 ترامب", "😀 ترامب"),
        ("x\r", "x"),
        // presentation forms, as PDFs give them: the letters they show, folded like them
        ("ﻣﻮﺳﻜﻮ", "موسكو"),
        ("ﺟﺮﻳﺪﺓ ﻣﺮﺁﺓ", "جريده مراه"),
        ("ﺇﻳﺮﺍﻥ", "ايران"),
        ("ﻻ ﻷ ﻹ ﻵ", "لا لا لا لا"),
        ("ﻣﺴﺘﺸﻔﻰ", "مستشفي"),
        ("ﷲ", "الله"),
        ("ﻋﺎﻣﺎﹰ", "عاما"),
    ];

    #[test]
    fn matching_forms() {
        for (input, want) in FORMS {
            assert_eq!(normalize_str(input), *want, "input {input:?}");
        }
    }

    /// (input, word of the matching form to find, the original slice it must map to)
    const MAPS: &[(&str, &str, &str)] = &[
        ("قال بوتينُ اليوم", "بوتين", "بوتينُ"),
        ("عاماً كاملاً", "عاما", "عاماً"),
        ("مُحَمَّدٌ", "محمد", "مُحَمَّدٌ"),
        ("\u{200F}بوتين\u{200F} قال", "بوتين", "بوتين"),
        ("الـ21", "ال21", "الـ21"),
        ("في ٢٠٢٢م", "2022", "٢٠٢٢"),
        ("😀😀 روسيا", "روسيا", "روسيا"),
        ("الولايات   المتحدة", "الولايات المتحده", "الولايات   المتحدة"),
        ("كييفـ ", "كييف", "كييفـ"),
        ("عام 1325 هـ.", "1325 ه", "1325 هـ"),
        // a ligature is one character of the original however many letters it gives
        ("ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ", "فلاديمير بوتين", "ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ"),
        ("ﻓﻼﺩﻳﻤﻴﺮ", "ادي", "ﻼﺩﻳ"),
    ];

    #[test]
    fn ranges_map_back_exactly() {
        for (input, needle, want) in MAPS {
            let n = Normalized::new(input);
            let s = n.text.find(needle).unwrap_or_else(|| panic!("{needle} not in {:?}", n.text));
            let (a, b) = n.orig_range(s, s + needle.len());
            assert_eq!(&input[a..b], *want, "input {input:?}");
        }
    }
}
