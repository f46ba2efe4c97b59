//! Durations, cardinals and fractions, vague modifiers (مطلع، منتصف، نهاية), named historical
//! periods, centuries, decades, seasons, quarters and halves of a year, and sets (كل يوم).

use super::words::Form;
use super::*;

impl Parser<'_> {
    /// A named historical period: الفترة العثمانية، العهد الأموي، الحقبة السوفيتية (no value).
    pub(super) fn historical_period(&self, i: usize) -> Option<Found> {
        const ERAS: &[&str] = &[
            "العثماني",
            "الاموي",
            "العباسي",
            "المملوكي",
            "الفاطمي",
            "الايوبي",
            "الروماني",
            "البيزنطي",
            "الصليبي",
            "الفرعوني",
            "الجاهلي",
            "السوفيتي",
            "السوفياتي",
            "الناصري",
            "الاستعماري",
            "الحجري",
            "البرونزي",
            "الهلنستي",
            "الكنعاني",
            "الراشدي",
            "الاندلسي",
            "الفيكتوري",
            "القيصري",
            "الملكي",
        ];
        let head = self.tok(i)?;
        if !PERIOD_HEADS.contains(&&*head.word) || !self.plain(i + 1) {
            return None;
        }
        let adj = &*self.tok(i + 1)?.word;
        let base = adj.strip_suffix('ه').unwrap_or(adj);
        ERAS.contains(&base).then(|| (i + 2, DateInfo::new(DateType::Date, None)))
    }

    /// مطلع / منتصف / نهاية + a date (or a bare definite unit: نهاية العام).
    pub(super) fn vague(&self, i: usize) -> Option<Found> {
        let m = self.find_w(i, |w| if let W::Vague(m) = w { Some(m) } else { None })?;
        let mut j = i + 1;
        if self.is_word(j, "من") {
            j += 1;
        }
        if !self.plain(j) {
            return None;
        }
        let year = self.tok(j).filter(|t| t.kind == Kind::Number && t.digits == 4).and_then(|t| t.num);
        let (end, mut info) = match self.core(j) {
            Some(f) if f.1.typ == DateType::Date => f,
            _ if year.is_some() => {
                let (e, _) = self.era(j + 1);
                (e, DateInfo::new(DateType::Date, year.map(|y| format!("{y:04}"))))
            }
            _ => {
                let unit = self.find_w(j, |w| if let W::UnitDef(u, Form::One) = w { Some(u) } else { None })?;
                (j + 1, self.period_value(unit, Rel::Present))
            }
        };
        info.modifier = Some(m);
        Some((end, info))
    }

    /// A cardinal in digits or words (ثلاث، خمسة عشر، أربع وعشرين، الأربع والعشرين).
    pub(super) fn cardinal(&self, i: usize) -> Option<(usize, f64)> {
        if let Some(t) = self.tok(i).filter(|t| t.kind == Kind::Number) {
            let n = t.num? as f64;
            // 2.5 written with a decimal point
            if self.is_punct(i + 1, ".,٫") {
                if let Some(f) = self.tok(i + 2).filter(|t| t.kind == Kind::Number && t.digits == 1).and_then(|t| t.num)
                {
                    return Some((i + 3, n + f as f64 / 10.0));
                }
            }
            return Some((i + 1, n));
        }
        let n = self.find_w(i, |w| if let W::Num(n) = w { Some(n as u32) } else { None })?;
        if n < 10 {
            if self.plain(i + 1) && self.find_w(i + 1, |w| (w == W::Teen).then_some(())).is_some() {
                return Some((i + 2, (n + 10) as f64));
            }
            if self.and(i + 1) {
                if let Some(t) = self.find_w(i + 1, |w| match w {
                    W::Num(t) if (20..100).contains(&t) && t % 10 == 0 => Some(t as u32),
                    W::Ordinal(t) if t >= 20 && t % 10 == 0 => Some(t as u32),
                    _ => None,
                }) {
                    return Some((i + 2, (n + t) as f64));
                }
            }
        }
        Some((i + 1, n as f64))
    }

    /// قبل + a duration ("ago": the word is inside the span), or a duration.
    pub(super) fn duration(&self, i: usize) -> Option<Found> {
        // عدة أيام، بضع سنوات؛ منذ سنوات (منذ stays in the span: the plural alone says too little)
        let vague_count = [W::Few, W::Since, W::Ago, W::After].iter().any(|w| self.ws(i).contains(w));
        if vague_count && self.plain(i + 1) {
            if let Some(u) = self.find_w(i + 1, |w| if let W::Unit(u, Form::Plural) = w { Some(u) } else { None }) {
                let value = unit_code(u, 0.0).replace('0', "X");
                return Some((i + 2, DateInfo::new(DateType::Duration, Some(value))));
            }
        }
        let ago = self.ws(i).contains(&W::Ago);
        let mut j = if ago { i + 1 } else { i };
        if ago && !self.plain(j) {
            return None;
        }
        // قبل نحو عامين: about, between قبل and the duration. Alone, the word stays outside the
        // span, as the seeds' gold has it (نحو **3 ساعات**)
        let approx = ago && self.ws(j).contains(&W::Approx) && self.plain(j);
        if approx {
            j += 1;
            if !self.plain(j) {
                return None;
            }
        }
        let (mut end, unit, mut n) = if let Some((k, n)) = self.cardinal(j) {
            let (u, f) = self.find_w(k, |w| if let W::Unit(u, f) = w { Some((u, f)) } else { None })?;
            if !self.plain(k) || f == Form::Dual {
                return None;
            }
            (k + 1, u, n)
        } else if let Some(u) = self.find_w(j, |w| if let W::Unit(u, Form::Dual) = w { Some(u) } else { None }) {
            (j + 1, u, 2.0)
        } else if let Some(f) = self.find_w(j, |w| if let W::Fraction(f) = w { Some(f) } else { None }) {
            // نصف ساعة، ربع ساعة، نصف قرن
            let u = self.find_w(j + 1, |w| if let W::Unit(u, Form::One) = w { Some(u) } else { None })?;
            if !self.plain(j + 1) {
                return None;
            }
            let value = unit_code(u, f as f64 / 60.0)
                .replacen("T0H", "T", 1)
                .replacen("P0Y", "P", 1)
                .replacen("P0M", "P", 1)
                .replacen("P0D", "P", 1);
            return Some((j + 2, DateInfo::new(DateType::Duration, Some(value))));
        } else {
            // ساعة ونصف; لمدة ساعة، طوال عام: one unit
            let u = self.find_w(j, |w| if let W::Unit(u, Form::One) = w { Some(u) } else { None })?;
            let counted = j >= 1 && matches!(self.bare(j - 1), Some("لمده" | "مده" | "طوال" | "طيله"));
            // أسبوعا كاملا، ساعة كاملة: a whole one
            let whole = self.plain(j + 1) && matches!(self.bare(j + 1), Some("كاملا" | "كامله" | "باكمله" | "باكملها"));
            if whole {
                return Some((j + 2, DateInfo::new(DateType::Duration, Some(unit_code(u, 1.0)))));
            }
            if self.fraction_after(j + 1).is_none() && !counted {
                return None;
            }
            (j + 1, u, 1.0)
        };
        // ونصف، وربع
        if let Some(f) = self.fraction_after(end) {
            n += f as f64 / 60.0;
            end += if self.is_word(end, "و") { 2 } else { 1 };
        }
        let mut value = unit_code(unit, n);
        // 39 دقيقة 42 ثانية / ساعة و20 دقيقة
        let k = if self.is_word(end, "و") { end + 1 } else { end };
        if let Some((k2, n2)) = self.cardinal(k).filter(|_| self.plain(k) || self.and(k)) {
            if let Some(u2) =
                self.find_w(k2, |w| if let W::Unit(u, f) = w { (f != Form::Dual).then_some(u) } else { None })
            {
                if (u2 as u8) < (unit as u8) {
                    let part = unit_code(u2, n2);
                    value = combine(&value, &part);
                    end = k2 + 1;
                }
            }
        }
        if self.relative(end).is_some_and(|r| r != Rel::Present) {
            end += 1;
        }
        Some((end, DateInfo::new(DateType::Duration, Some(value))))
    }

    pub(super) fn fraction_after(&self, i: usize) -> Option<u8> {
        let frac = |k: usize| self.find_w(k, |w| if let W::Fraction(f) = w { Some(f) } else { None });
        if self.and(i) || self.is_word(i, "ونصف") {
            return frac(i);
        }
        if self.is_word(i, "و") {
            return frac(i + 1);
        }
        None
    }

    pub(super) fn century(&self, i: usize) -> Option<Found> {
        if !self.ws(i).contains(&W::Century) {
            return None;
        }
        let j = i + 1;
        if !self.plain(j) {
            return None;
        }
        if let Some(r) = self.relative(j) {
            return Some((j + 1, self.period_value(Unit::Century, r)));
        }
        // القرن الـ21 (tatweel gone: "ال" then 21), القرن 19
        let k = if self.is_word(j, "ال") { j + 1 } else { j };
        let (end, n) = match self.tok(k).filter(|t| t.kind == Kind::Number && t.digits <= 2).and_then(|t| t.num) {
            Some(n) => (k + 1, n),
            None => self.ordinal(j)?,
        };
        if !(1..=30).contains(&n) {
            return None;
        }
        Some((end, DateInfo::new(DateType::Date, Some(format!("{:02}", n - 1)))))
    }

    pub(super) fn decade(&self, i: usize) -> Option<Found> {
        let d = self.find_w(i, |w| if let W::Decade(d) = w { Some(d as u32) } else { None })?;
        let mut century = 19;
        let mut end = i + 1;
        if let Some((e, info)) = self.century(end).filter(|_| self.plain(end)) {
            if let Some(c) = info.value.as_deref().and_then(|v| v.parse::<u32>().ok()) {
                century = c;
                end = e;
            } else if info.value.as_deref() == Some("PAST_REF") {
                end = e;
            }
        }
        Some((end, DateInfo::new(DateType::Date, Some(format!("{century:02}{d}")))))
    }

    pub(super) fn season(&self, i: usize) -> Option<Found> {
        let s = self.find_w(i, |w| if let W::Season(s) = w { Some(s) } else { None })?;
        let j = i + 1;
        if !self.plain(j) {
            return None;
        }
        let (end, year) =
            if let Some(y) = self.tok(j).filter(|t| t.kind == Kind::Number && t.digits == 4).and_then(|t| t.num) {
                (j + 1, Some(y as i64))
            } else if let Some(r) = self.relative(j) {
                (j + 1, self.reference.map(|d| season_year(s, r, d)))
            } else if let Some((e, info)) = self.rel_period(j).or_else(|| self.year_expr(j)) {
                (e, info.value.and_then(|v| v.parse::<i64>().ok()))
            } else {
                return None;
            };
        let v = match year {
            Some(y) => format!("{y:04}-{s}"),
            None => format!("XXXX-{s}"),
        };
        Some((end, DateInfo::new(DateType::Date, Some(v))))
    }

    pub(super) fn set(&self, i: usize) -> Option<Found> {
        if let Some(v) = self.find_w(i, |w| if let W::SetAdv(v) = w { Some(v) } else { None }) {
            return Some((i + 1, DateInfo::new(DateType::Set, Some(v.to_string()))));
        }
        if self.ws(i).contains(&W::Every) && self.plain(i + 1) {
            // كل يومين، كل أربع سنوات: a counted unit
            if let Some((end, info)) = self.duration(i + 1) {
                return Some((end, DateInfo::new(DateType::Set, info.value)));
            }
            let u = self.find_w(i + 1, |w| if let W::Unit(u, Form::One) = w { Some(u) } else { None })?;
            // كل يوم جمعة، كل يوم اثنين: every such weekday
            if u == Unit::Day && self.plain(i + 2) {
                if let Some(d) = self.bare(i + 2).and_then(|w| {
                    meanings(&format!("ال{w}")).iter().find_map(|m| if let W::Weekday(d) = m { Some(*d) } else { None })
                }) {
                    return Some((i + 3, DateInfo::new(DateType::Set, Some(format!("XXXX-WXX-{d}")))));
                }
            }
            return Some((i + 2, DateInfo::new(DateType::Set, Some(unit_code(u, 1.0)))));
        }
        None
    }

    /// الربع الأول من 2024، النصف الثاني من العام الماضي: a quarter or a half of a year
    /// (TIMEX3 2024-Q1, 2024-H2); the year must follow with من.
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
        let (code, max) = match &*self.tok(i)?.word {
            "الربع" => ('Q', 4),
            "النصف" => ('H', 2),
            _ => return None,
        };
        if !self.plain(i + 1) {
            return None;
        }
        let (k, n) = if self.is_word(i + 1, "الاخير") { (i + 2, max) } else { self.ordinal(i + 1)? };
        if !(1..=max).contains(&n) || !self.is_word(k, "من") || !self.plain(k + 1) {
            return None;
        }
        let (end, info) = longest([self.year_expr(k + 1), self.rel_period(k + 1)])?;
        let v = info.value?;
        let year = if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
            v
        } else if v.starts_with("PRESENT_REF") || v.starts_with("PAST_REF") || v.starts_with("FUTURE_REF") {
            "XXXX".into()
        } else {
            return None;
        };
        Some((end, DateInfo::new(DateType::Date, Some(format!("{year}-{code}{n}")))))
    }
}

/// The year of the season before, around or after `reference`: the last one that has ended
/// (الشتاء الماضي in April 2025 is the winter from December 2024), the current one, or the next one
/// to begin (الصيف المقبل in April 2025 is summer 2025). Seasons start on the 20th–22nd of March,
/// June, September and December; a season lasts until the next one starts.
fn season_year(season: &str, rel: Rel, reference: SimpleDate) -> i64 {
    let (m, d) = match season {
        "SP" => (3, 20),
        "SU" => (6, 21),
        "FA" => (9, 22),
        _ => (12, 21),
    };
    let start = |y: i64| SimpleDate::new(y as i32, m, d).map_or(0, SimpleDate::to_days);
    let end = |y: i64| start(y) + 91;
    let today = reference.to_days();
    let y = reference.year as i64;
    match rel {
        Rel::Future => (y - 1..=y + 1).find(|&y| start(y) > today).unwrap_or(y + 1),
        Rel::Past => (y - 2..=y).rev().find(|&y| end(y) <= today).unwrap_or(y - 1),
        Rel::Present => (y - 1..=y).rev().find(|&y| start(y) <= today).unwrap_or(y),
    }
}

/// Joins two ISO durations of decreasing units (PT39M + PT42S = PT39M42S).
fn combine(a: &str, b: &str) -> String {
    let b_body = b.trim_start_matches('P');
    if a.contains('T') {
        format!("{a}{}", b_body.trim_start_matches('T'))
    } else {
        format!("{a}{b_body}")
    }
}
