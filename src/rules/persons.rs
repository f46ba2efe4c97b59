//! Rules for **persons**: name chains from a given name (`rule:name-chain`: إيفان فيدوروف، محمد بن
//! سلمان), kunyas (أبو كريم), a given name alone (`rule:given-name`), a speaker opening a line
//! (`rule:speaker`), a given name before a Slavic family name (`rule:foreign-shape`), name words
//! between commas next to a title (`rule:apposition`).

use super::*;

/// A word in the imperfect shape reads as a name (تيودور بانيتش) only before another unknown
/// word that is not a noun with a pronoun (يلتقي نظيره) or a preposition + noun.
pub(super) fn verb_then_name(line: &Line, k: usize) -> bool {
    line.word(k + 1).is_some_and(|w| {
        line.unknown_word(k + 1) && !clitic_shaped(w) && !["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
    })
}

/// A kunya: أبو + a given name (أبو عبيدة، أبو كريم), or أم + a given name that is not also a
/// common word (أم خالد; أم is also "or").
pub(super) fn kunya(line: &Line, i: usize) -> Option<Candidate> {
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

pub(super) fn name_chain(line: &Line, i: usize) -> Option<Candidate> {
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
pub(super) fn lone_given(line: &Line, i: usize, m: &LexMatch) -> Option<Candidate> {
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

/// The word علي at `i`, written so (على is kept apart by the normalizer), before a given name the
/// lists hold without doubt: the name علي, not the preposition spelt with ي.
pub(super) fn ali_before_name(line: &Line, i: usize) -> bool {
    line.word(i) == Some("علي")
        && line.toks[i].proclitic == 0
        && line.toks.get(i + 1).is_some_and(|t| t.proclitic == 0)
        && matches!(line.class_at(i + 1), Some((Class::Given, m)) if !line.lex.entry(m.entry).ambiguous)
}

/// Is word `i` possibly part of a name: unknown to every list and the grammar, or a given name.
pub(super) fn name_word(line: &Line, i: usize) -> bool {
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
pub(super) fn speaker(line: &Line, i: usize) -> Option<Candidate> {
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

/// `rule:apposition`: one to four name words set off by commas next to a title: after it (حاكم
/// ولاية كادونا، أوبا ساني، ...) or before it after a reporting verb (وقال عادل الزهراني، المدير
/// المالي ...). The commas on both sides are what make unknown words a name here.
pub(super) fn apposition(line: &Line, i: usize) -> Option<Candidate> {
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
pub(super) fn foreign_name(line: &Line, i: usize) -> Option<Candidate> {
    let shaped =
        |k: usize| line.word(k).is_some_and(|w| line.unknown_word(k) && !w.starts_with("ال") && foreign_surname(w));
    let given = matches!(line.class_at(i), Some((Class::Given, m)) if m.end_token == i + 1);
    if !given || line.toks[i].proclitic != 0 || !shaped(i + 1) {
        return None;
    }
    Some(span(line, i, i + 1, Category::Person, RuleId::ForeignShape))
}
