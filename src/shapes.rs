//! Shapes of Arabic words in the matching form: tests of a word's letters alone (no context, no
//! list beyond the few words each names), which the rules and the date grammar share. Each says
//! what reading of a word its shape suggests: a verb (يقول، سيعقد), an adjective or nisba (الدولي),
//! a sound plural (المستوطنين), a preposition or conjunction + noun (بتاريخ), an accusative adverb
//! (مجددا), a transliterated family name (فيدوروف، جونسون).
//!
//! Two verb tests live here on purpose, for two questions: `imperfect_shaped` (rules) asks
//! whether a word after a name is the sentence going on, and keeps its test tight so that names in
//! ت/ي (تيودور) still read as names; `imperfect_verb` (dates) asks whether a clause speaks of
//! the future, and takes every imperfect or future shape, names being rare right before a date.

/// Suffixes of transliterated Slavic and similar family names (فيدوروف، شميهال is not one).
pub(crate) const FOREIGN_NAME_ENDINGS: &[(&str, usize)] =
    &[("وف", 6), ("يف", 6), ("سكي", 5), ("سكايا", 6), ("ينكو", 6), ("فيتش", 6), ("وفا", 6), ("يفا", 6), ("شفيلي", 6)];

/// The letters of `w` when it has exactly `N` of them: the shape checks read them without
/// collecting every word they see (clitic_shaped runs for most words of a name).
pub(crate) fn letters<const N: usize>(w: &str) -> Option<[char; N]> {
    let mut out = ['\0'; N];
    let mut cs = w.chars();
    for slot in &mut out {
        *slot = cs.next()?;
    }
    cs.next().is_none().then_some(out)
}

/// Preposition + the verbal noun of the إفعال form (بإيداع، لإطلاق، بإنشاء): the sentence going on
/// (أمرت المحكمة بإيداعه), never a word of a name.
pub(crate) fn preposition_masdar(w: &str) -> bool {
    letters::<6>(w).is_some_and(|c| matches!(c[0], 'ب' | 'ل' | 'ك') && c[1] == 'ا' && c[4] == 'ا')
}

/// A definite or indefinite word in the nisba shape, ي or ية (الإنسانية، الدولي).
pub(crate) fn nisba_shaped(w: &str) -> bool {
    w.ends_with('ي') || w.ends_with("يه")
}

/// The shape of an imperfect verb (تنتظر، يقول، تواصل): ت or ي, then three to five letters, no
/// article. After a name it is the sentence going on (خالد تنتظر), not a family name.
pub(crate) fn imperfect_shaped(w: &str) -> bool {
    let n = w.chars().count();
    let future = ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p));
    (w.starts_with('ت') || w.starts_with('ي')) && (4..=6).contains(&n) && !w.ends_with('ي')
        || future && (4..=5).contains(&n) && !w.ends_with('ي') && !w.ends_with('ا')
}

/// The shape of a past verb with a hamza first and ت last (أخذت، أكدت، أعلنت): four or five
/// letters. The Turkish-origin names in ت (حكمت، طلعت، نشأت) do not start with a hamza.
pub(crate) fn past_hamza_shaped(w: &str) -> bool {
    let n = w.chars().count();
    w.starts_with('ا') && w.ends_with('ت') && (4..=5).contains(&n) && !w.ends_with("ات")
}

pub(crate) fn is_adjective_shape(w: &str) -> bool {
    w.ends_with('ه') || w.ends_with("يه") || w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات")
}

/// A definite word in ين/ون after a place trigger that reads as a sound masculine plural in
/// construct with it: a participle (م…: منطقة المستوطنين), the فاعل shape (مخيم اللاجئين) or the
/// فعّال shape (قرية الفنانين). Shorter stems, other shapes and indefinite words (a plural
/// would not follow the trigger indefinite) are the village names of the Levant (زرعين، صبارين،
/// اليامون، اللجون).
pub(crate) fn sound_plural_shaped(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ين").or_else(|| w.strip_suffix("ون")) else { return false };
    let Some(stem) = stem.strip_prefix("ال") else { return false };
    let letters: Vec<char> = stem.chars().collect();
    letters.len() >= 4 && (letters[0] == 'م' || letters[1] == 'ا' || letters.len() == 4 && letters[2] == 'ا')
}

/// A word that reads as preposition or conjunction + noun (بتاريخ، لمقابلة، وطبيعة، فقال):
/// never a name part unless a list knows it as one (وليد، بشار، لطفي are given names).
pub(crate) fn clitic_shaped(w: &str) -> bool {
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
pub(crate) fn adverb_shaped(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next() == Some('م')
        && cs.next().is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'))
        && w.ends_with('ا')
        && w.chars().count() >= 5
}

/// An indefinite accusative noun (صورا، مقالا، برنامجا): after a full name it is the object of
/// the verb, not a third name. Names in -يا (غارسيا) are not taken for one.
pub(crate) fn accusative_shaped(w: &str) -> bool {
    w.ends_with('ا') && !w.ends_with("يا") && !w.ends_with("وا") && w.chars().count() >= 3
}

/// The accusative of a تفعيل verbal noun (تقديرا، تكريما، ترحيبا): the reason or manner after a
/// name (كرمت البلدية الفنان جمال حسن تقديرا لمسيرته), never a family name.
pub(crate) fn taf3il_accusative(w: &str) -> bool {
    letters::<6>(w).is_some_and(|c| c[0] == 'ت' && c[3] == 'ي' && c[5] == 'ا')
}

/// A family name in -son (ثومسون، جونسون، أندرسون): it ends like a sound plural, so only after a
/// given name, and not in the shapes of participles and verbs (مدرسون، يدرسون، تنافسون).
pub(crate) fn son_surname(w: &str) -> bool {
    w.ends_with("سون") && w.chars().count() >= 6 && !w.starts_with(['م', 'ي', 'ت', 'ن']) && !w.starts_with("ال")
}

/// A transliterated Slavic family name, by its ending.
pub(crate) fn foreign_surname(w: &str) -> bool {
    let n = w.chars().count();
    FOREIGN_NAME_ENDINGS.iter().any(|(e, min)| w.ends_with(e) && n >= *min)
}

/// Given names and nouns that begin like an imperfect verb.
const NOT_IMPERFECT: &[&str] =
    &["يوسف", "يحيي", "ياسر", "يونس", "يعقوب", "يزيد", "ياسين", "يمين", "يسار", "يهود", "يمن"];

/// The shape of a verb in the future (سيعقد، ستبدا، سنعمل، ساعود) or the imperfect (يصل، يعقد، تعقد،
/// تنطلق، تستانف) in the matching form; nouns in ة, the تفعيل nouns (تنظيم، تقرير) and ت words
/// with و or ا second (تونس) are left out.
pub(crate) fn imperfect_verb(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if n < 3 || w.ends_with('ه') || w.ends_with("ات") || NOT_IMPERFECT.contains(&w) {
        return false;
    }
    match c[0] {
        // سأ + the first person (سأعود، سأنتظر), five or six letters: the form III past verbs
        // (ساهم، ساعد، سافر) have four, and their endings (ساهمت، ساعدوا) are left out
        'س' if c[1] == 'ا' => {
            (5..=6).contains(&n) && !["ت", "ه", "ي", "ا", "ين", "ون", "وا"].iter().any(|e| w.ends_with(e))
        }
        'س' => n >= 4 && matches!(c[1], 'ي' | 'ت' | 'ن') && !w.ends_with('ي') && !w.ends_with("ين"),
        'ي' => n <= 7,
        'ت' => {
            let tafil = n >= 5 && c[3] == 'ي';
            !matches!(c[1], 'و' | 'ا')
                && !tafil
                && (n == 4 || ["تن", "تست", "تت"].iter().any(|p| w.starts_with(p)) && n <= 7)
        }
        _ => false,
    }
}
