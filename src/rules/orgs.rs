//! Rules for **organizations**: a head noun and its complements (`rule:org-head`: وزارة الدفاع
//! الروسية، الهيئة الوطنية لمكافحة الفساد), a body named for a person (مجموعة بن لادن السعودية), a
//! media descriptor before a known name (`rule:media`: وكالة “تاس”), a listed city read as a club in
//! a line about sport (`rule:club`), a Latin acronym among Arabic words (`rule:acronym`).

use super::*;

/// `rule:media`: a media descriptor, optional quotes, then a known body or place: the name alone,
/// as an organization (وكالة “تاس”، جريدة فلسطين، قناة الجزيرة).
pub(super) fn media_name(line: &Line, i: usize) -> Option<Candidate> {
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

pub(super) fn is_quote(s: &str) -> bool {
    s.chars().all(|c| "\"'«»“”„‘’".contains(c))
}

/// A nationality adjective at token `k`: a gentilic, or a one-word country in its feminine
/// adjective form (السعودية is a country and the adjective: شركة أرامكو السعودية).
pub(super) fn nationality_adjective(line: &Line, k: usize) -> bool {
    line.is_gentilic(k)
        || matches!(line.class_at(k), Some((Class::Location, m)) if m.end_token == k + 1)
            && line.word(k).is_some_and(|w| w.starts_with("ال") && w.ends_with("يه"))
}

/// A definite word in the nisba shape at token `k` (الإنسانية، الدولي), without a proclitic, that
/// is no other name, date word or nationality.
pub(super) fn definite_nisba(line: &Line, k: usize) -> bool {
    line.word(k).is_some_and(|w| w.starts_with("ال") && nisba_shaped(w))
        && line.toks[k].proclitic == 0
        && !line.is_gentilic(k)
        && !line.is_temporal(k)
        && matches!(line.class_at(k), None | Some((Class::Common, _)))
}

/// A [`definite_nisba`] adjective at token `k` of at least six letters that agrees with the head
/// noun `head` in gender (feminine heads end in ة: الإنسانية after مؤسسة, الدولي after مطار).
pub(super) fn nisba_agreeing(line: &Line, k: usize, head: &str) -> bool {
    let ending = if head.ends_with('ه') { "يه" } else { "ي" };
    definite_nisba(line, k)
        && line
            .word(k)
            .is_some_and(|w| w.ends_with(ending) && !(ending == "ي" && w.ends_with("يي")) && w.chars().count() >= 6)
}

pub(super) fn org_head(line: &Line, i: usize) -> Option<Candidate> {
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
        let holiday_word = crate::dates::meanings(w).iter().all(|m| matches!(m, crate::dates::words::W::Holiday(_)));
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
pub(super) fn purpose_end(line: &Line, i: usize, last: usize) -> Option<usize> {
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

/// An indefinite head of [`NAMED_FOR_HEADS`] right before a person's name, as the lists or the
/// name rules find it, and a nationality adjective after: one organization (مجموعة بن لادن
/// السعودية), not a person inside a common noun.
pub(super) fn named_for_person(line: &Line, i: usize, stem: &str) -> Option<Candidate> {
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
pub(super) fn club(line: &Line, i: usize) -> Option<Candidate> {
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

/// `rule:acronym`: a Latin acronym standing in Arabic text (منظمة الصحة العالمية (WHO)، تقرير
/// OECD): two to six capitals, among Arabic words rather than in an English phrase, and not a
/// unit, currency or common abbreviation.
pub(super) fn latin_acronym(line: &Line, i: usize) -> Option<Candidate> {
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
