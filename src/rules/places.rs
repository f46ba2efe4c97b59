//! Rules for **places**: a place noun before an unknown word or a two-word name (`rule:place-trigger`:
//! مدينة تولتشيا، بيت نبالا), كفر + a village name, a verb of motion before an ambiguous listed
//! place (`rule:motion`: وصل إلى مسقط).

use super::*;

/// كفر + an indefinite word the lists do not hold: a village of the Levant (كفر قرع، كفر نبل),
/// even without a place noun before it; the verb كفر takes ب or a definite object.
pub(super) fn village_name(line: &Line, i: usize) -> Option<Candidate> {
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

pub(super) fn place_trigger(line: &Line, i: usize) -> Option<Candidate> {
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

/// Whether `w` is in `list` as it stands or behind the conjunction و/ف the tokenizer left on it
/// (وفاز، فتوجه). The word as it stands comes first: فاز and فريق start with ف themselves.
pub(super) fn listed_behind_conjunction(list: &[&str], w: &str) -> bool {
    list.contains(&w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| list.contains(&r))
}

/// `rule:motion`: a place the lists leave to context, being a common word too (صور "pictures",
/// الرمادي "grey", مأرب), right after a word of motion and its preposition: وصل الوفد إلى صور،
/// نزح السكان من الرمادي.
pub(super) fn motion_place(line: &Line, i: usize) -> Option<Candidate> {
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
