//! The **title** rule (`rule:title`): a title or role and its complements before one to three
//! name words (الرئيس إيمانويل ماكرون، المتحدث باسم الكرملين دميتري بيسكوف); the title stays outside.

use super::*;

/// `rule:title`: a title or role, its complements (وزير الخارجية الروسي), then one to three name
/// words: الرئيس إيمانويل ماكرون، المتحدث باسم الكرملين دميتري بيسكوف.
pub(super) fn title_name(line: &Line, i: usize) -> Option<Candidate> {
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
