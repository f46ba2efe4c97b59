//! Calendar dates: days of the month and ordinals, month names (with their dual forms), years
//! and their eras, day–month–year, month and year expressions, numeric dates.

use super::words::{Form, Head};
use super::*;

/// A month that was read: Gregorian or Hijri, its number, and whether it needs context.
#[derive(Clone, Copy)]
pub(super) struct MonthName {
    hijri: bool,
    n: u32,
    ambiguous: bool,
}

impl Parser<'_> {
    /// A day of the month: 1–31 in digits, or an ordinal (الخامس، الحادي عشر، الحادي والعشرين).
    fn day_of_month(&self, i: usize) -> Option<(usize, u32)> {
        if let Some(n) = self.tok(i).filter(|t| t.kind == Kind::Number && t.digits <= 2).and_then(|t| t.num) {
            return (1..=31).contains(&n).then_some((i + 1, n));
        }
        // الـ15 (the tatweel gone: the article, then the number)
        if self.tok(i).is_some_and(|t| t.word == "ال") && self.plain(i + 1) {
            if let Some(n) = self.tok(i + 1).filter(|t| t.kind == Kind::Number && t.digits <= 2).and_then(|t| t.num) {
                return (1..=31).contains(&n).then_some((i + 2, n));
            }
        }

        self.ordinal(i).filter(|(_, n)| (1..=31).contains(n))
    }

    /// An ordinal in words, with its teen or tens part.
    pub(super) fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        let n = self.find_w(i, |w| if let W::Ordinal(n) = w { Some(n as u32) } else { None })?;
        if n < 10 {
            if self.plain(i + 1) && self.find_w(i + 1, |w| (w == W::Teen).then_some(())).is_some() {
                return Some((i + 2, n + 10));
            }
            if self.and(i + 1) {
                if let Some(t) = self.find_w(i + 1, |w| if let W::Ordinal(t) = w { Some(t as u32) } else { None }) {
                    if t >= 20 && t % 10 == 0 {
                        return Some((i + 2, n + t));
                    }
                }
            }
        }
        Some((i + 1, n))
    }

    /// A month name, with a dual form (شباط/فبراير، أيلول (سبتمبر)، كانون الأول - ديسمبر).
    pub(super) fn month_name(&self, i: usize) -> Option<(usize, MonthName)> {
        let (mut end, mut m) = self.one_month(i)?;
        let mut j = end;
        let open = self.is_punct(j, "(");
        if open || self.is_punct(j, "/-") {
            j += 1;
            if let Some((e, m2)) = self.tok(j).filter(|t| t.pro.is_empty()).and_then(|_| self.one_month(j)) {
                if m2.hijri == m.hijri && m2.n == m.n {
                    end = e;
                    if open && self.is_punct(end, ")") {
                        end += 1;
                    }
                    m.ambiguous = false;
                }
            }
        } else if let Some((e, m2)) = self.tok(j).filter(|t| t.pro.is_empty()).and_then(|_| self.one_month(j)) {
            // the two names side by side, with no mark between them (يونيو حزيران)
            if m2.hijri == m.hijri && m2.n == m.n {
                end = e;
                m.ambiguous = false;
            }
        }
        Some((end, m))
    }

    fn one_month(&self, i: usize) -> Option<(usize, MonthName)> {
        for w in self.ws(i) {
            match *w {
                W::Month(n, amb) => return Some((i + 1, MonthName { hijri: false, n: n as u32, ambiguous: amb })),
                W::Hijri(n, amb) => return Some((i + 1, MonthName { hijri: true, n: n as u32, ambiguous: amb })),
                W::MonthHead(h) => {
                    let next = self.bare(i + 1)?;
                    let first = matches!(next, "الاول" | "اول" | "الاولي");
                    let second = matches!(next, "الثاني" | "ثاني" | "الثانيه" | "الاخر" | "الاخره");
                    let (hijri, n) = match h {
                        Head::Kanun if second => (false, 1),
                        Head::Kanun if first => (false, 12),
                        Head::Tishrin if first => (false, 10),
                        Head::Tishrin if second => (false, 11),
                        Head::Rabi if first => (true, 3),
                        Head::Rabi if second => (true, 4),
                        Head::Jumada if first => (true, 5),
                        Head::Jumada if second => (true, 6),
                        Head::Dhu if next == "القعده" => (true, 11),
                        Head::Dhu if next == "الحجه" => (true, 12),
                        _ => return None,
                    };
                    return Some((i + 2, MonthName { hijri, n, ambiguous: false }));
                }
                _ => {}
            }
        }
        None
    }

    /// A year after a month or a day: `[من] [عام|العام|سنة] 2022 [م|هـ]`.
    fn year_after(&self, i: usize) -> Option<(usize, i32, Option<bool>)> {
        let mut j = i;
        if self.is_word(j, "من") || self.is_punct(j, ",،") {
            j += 1;
        }
        if self.plain(j) && self.find_w(j, |w| (w == W::YearWord).then_some(())).is_some() {
            j += 1;
        }
        // تموز (1970): a year in brackets; the brackets belong to the span
        let bracket = self.is_punct(j, "(") && self.is_punct(j + 2, ")");
        if bracket {
            j += 1;
        }
        let t = self.tok(j).filter(|t| t.kind == Kind::Number && t.pro.is_empty() && (3..=4).contains(&t.digits))?;
        let y = t.num? as i32;
        let (end, era) = self.era(j + 1 + bracket as usize);
        Some((end, y, era))
    }

    /// An era marker at `i`: `Some(true)` Hijri, `Some(false)` Gregorian.
    pub(super) fn era(&self, i: usize) -> (usize, Option<bool>) {
        match self
            .tok(i)
            .filter(|t| t.pro.is_empty())
            .and_then(|_| self.find_w(i, |w| if let W::Era(h) = w { Some(h) } else { None }))
        {
            Some(h) => (i + 1, Some(h)),
            None => (i, None),
        }
    }

    /// The year a month without a year most likely has, given the reference date.
    fn month_year(&self, m: u32, rel: Option<Rel>) -> Option<i32> {
        let r = self.reference?;
        Some(match rel {
            Some(Rel::Past) if m >= r.month => r.year - 1,
            Some(Rel::Future) if m <= r.month => r.year + 1,
            _ => r.year,
        })
    }

    pub(super) fn day_month(&self, i: usize) -> Option<Found> {
        // يوم 30 مارس 2019: the day word belongs to the date, as in يوم الجمعة
        if self.ws(i).contains(&W::DayWord)
            && self.plain(i + 1)
            && self.tok(i + 1).is_some_and(|t| t.kind == Kind::Number)
        {
            // يوم 22/04: a day and a month in digits, the year left out (only after يوم: a bare
            // 6/4 is a score)
            if let Some(found) = self.numeric(i + 1) {
                return Some(found);
            }
            if self.is_punct(i + 2, "/") && !self.is_punct(i + 4, "/-.") {
                let d = self
                    .number(i + 1)
                    .filter(|d| (1..=31).contains(d) && self.tok(i + 1).is_some_and(|t| t.digits <= 2));
                let m = self
                    .number(i + 3)
                    .filter(|m| (1..=12).contains(m) && self.tok(i + 3).is_some_and(|t| t.digits <= 2));
                if let (Some(d), Some(m)) = (d, m) {
                    let y = self.month_year(m, None);
                    let v = match y.and_then(|y| SimpleDate::new(y, m, d)) {
                        Some(date) => date.iso(),
                        None => format!("XXXX-{m:02}-{d:02}"),
                    };
                    return Some((i + 4, DateInfo::new(DateType::Date, Some(v))));
                }
            }
            return self.day_month(i + 1);
        }
        let (mut j, d) = self.day_of_month(i)?;
        // 20 / شعبان / 1428
        let slash = self.tok(j).filter(|t| t.kind == Kind::Punct && "/-".contains(&*t.word)).map(|t| t.word.clone());
        if let Some(sep) = &slash {
            let (e, m) = self.month_name(j + 1)?;
            if !self.is_punct(e, sep) {
                return None;
            }
            let (end, y, era) = self.year_after(e + 1)?;
            let info = if m.hijri || era == Some(true) {
                self.hijri_info(Some(y), m.n, Some(d))
            } else {
                DateInfo::new(DateType::Date, SimpleDate::new(y, m.n, d).map(|s| s.iso()))
            };
            return Some((end, info));
        }
        // بين 3 و12 سبتمبر، من 13 إلى 15 تموز: the first day of a range takes the month and year
        // of the second; it is an expression of its own, the second follows
        if self.month_name(j).is_none() && !self.is_word(j, "من") {
            let k = if matches!(self.bare(j), Some("و" | "الي" | "حتي" | "لغايه")) || self.is_punct(j, "-")
            {
                j + 1
            } else if self.and(j) {
                j
            } else {
                return None;
            };
            let (_, second) = self.day_month(k).filter(|_| self.day_of_month(k).is_some())?;
            let v = second.value.filter(|v| is_day_value(v) && second.hijri.is_none() && !v.contains('W'))?;
            let first = format!("{}{d:02}", &v[..8]);
            let ok = SimpleDate::parse(&first).is_some() || first.starts_with("XXXX");
            return ok.then(|| (j, DateInfo::new(DateType::Date, Some(first))));
        }
        if self.is_word(j, "من") {
            j += 1;
        }
        if self.plain(j) && self.find_w(j, |w| (w == W::MonthWord).then_some(())).is_some() {
            j += 1;
        }
        if !self.plain(j) {
            return None;
        }
        let (mut end, m) = self.month_name(j)?;
        let year = self.year_after(end);
        let mut info = if let Some((e, y, era)) = year {
            end = e;
            if m.hijri || era == Some(true) {
                self.hijri_info(Some(y), m.n, Some(d))
            } else {
                let v = SimpleDate::new(y, m.n, d).map(|s| s.iso());
                DateInfo::new(DateType::Date, v)
            }
        } else if m.hijri {
            self.hijri_info(None, m.n, Some(d))
        } else {
            let v = match self.month_year(m.n, None) {
                Some(y) => SimpleDate::new(y, m.n, d).map(|s| s.iso()),
                None => Some(format!("XXXX-{:02}-{d:02}", m.n)),
            };
            DateInfo::new(DateType::Date, v)
        };
        // 15 رمضان 1443هـ الموافق 16 أبريل 2022م: one expression, the Gregorian value
        if self.is_word(end, "الموافق") {
            if let Some((e2, info2)) = self.day_month(end + 1) {
                let hijri = info.hijri.take().or(info2.hijri.clone());
                info = DateInfo { hijri, ..info2 };
                end = e2;
            }
        }
        Some((end, info))
    }

    pub(super) fn month_expr(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let with_word = self.find_w(i, |w| (w == W::MonthWord).then_some(())).is_some();
        if with_word {
            j += 1;
            if !self.plain(j) {
                return None;
            }
        }
        let (mut end, m) = self.month_name(j)?;
        // آب (10/8/1936): a month name glossed by the full date in brackets
        if self.is_punct(end, "(") {
            if let Some((e, info)) = self.numeric(end + 1) {
                let same =
                    info.value.as_deref().and_then(|v| v.get(5..7)).and_then(|v| v.parse::<u32>().ok()) == Some(m.n);
                if same && !m.hijri && self.is_punct(e, ")") {
                    return Some((e + 1, info));
                }
            }
        }
        if let Some((e, y, era)) = self.year_after(end) {
            let info = if m.hijri || era == Some(true) {
                self.hijri_info(Some(y), m.n, None)
            } else {
                DateInfo::new(DateType::Date, Some(format!("{y:04}-{:02}", m.n)))
            };
            return Some((e, info));
        }
        let mut rel = self.relative(end);
        if rel.is_some() {
            end += 1;
        } else if self.is_word(end, "من") {
            // نوفمبر من العام الماضي
            if let (Some(W::UnitDef(Unit::Year, Form::One)), Some(r)) =
                (self.ws(end + 1).iter().copied().find(|w| matches!(w, W::UnitDef(..))), self.relative(end + 2))
            {
                let y = self.reference.map(|d| match r {
                    Rel::Past => d.year - 1,
                    Rel::Future => d.year + 1,
                    Rel::Present => d.year,
                });
                let v = match y {
                    Some(y) => format!("{y:04}-{:02}", m.n),
                    None => format!("XXXX-{:02}", m.n),
                };
                return Some((end + 3, DateInfo::new(DateType::Date, Some(v))));
            }
        }
        if m.ambiguous && !with_word && rel.is_none() && !self.month_context(j) {
            return None;
        }
        if m.hijri {
            return Some((end, self.hijri_info(None, m.n, None)));
        }
        if rel == Some(Rel::Present) {
            rel = None;
        }
        let v = match self.month_year(m.n, rel) {
            Some(y) => format!("{y:04}-{:02}", m.n),
            None => format!("XXXX-{:02}", m.n),
        };
        Some((end, DateInfo::new(DateType::Date, Some(v))))
    }

    /// A month name that is also a common word (مارس، آب) reads as a month after a temporal
    /// preposition (في مارس، منذ آب) or joined to another month (بين يناير ومارس).
    fn month_context(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return false };
        let Some(prev) = j.checked_sub(1).and_then(|p| self.tok(p)) else {
            return false;
        };
        if t.pro.is_empty() || t.pro == "و" && prev.kind == Kind::Word {
            let prep = matches!(&*prev.word, "في" | "منذ" | "حتي" | "خلال" | "بين" | "قبل" | "بعد")
                || self.ws(j - 1).iter().any(|w| matches!(w, W::Vague(_)));
            let month_before = t.pro == "و" && self.one_month(j - 1).is_some_and(|(e, _)| e == j);
            return (t.pro.is_empty() && prep) || month_before;
        }
        false
    }

    pub(super) fn year_expr(&self, i: usize) -> Option<Found> {
        let ws = self.ws(i);
        if ws.contains(&W::YearsWord) {
            // عامي 2014 و2015
            let a = self.number(i + 1).filter(|_| self.tok(i + 1).is_some_and(|t| t.digits == 4))?;
            let mut j = i + 2;
            if self.is_word(j, "و") {
                j += 1;
            }
            let b = self.tok(j).filter(|t| t.kind == Kind::Number && t.digits == 4).and_then(|t| t.num)?;
            let _ = (a, b);
            return Some((j + 1, DateInfo::new(DateType::Date, None)));
        }
        let (mut j, had_word) = if ws.contains(&W::YearWord) { (i + 1, true) } else { (i, false) };
        // عام (1948): a year in brackets after the year word; the brackets belong to the span.
        let bracket = had_word && self.is_punct(j, "(") && self.is_punct(j + 2, ")");
        if bracket {
            j += 1;
        }
        if had_word && !self.plain(j) {
            return None;
        }
        let t = self.tok(j).filter(|t| t.kind == Kind::Number && (had_word || t.pro.is_empty()))?;
        let y = t.num? as i32;
        let (end, era) = self.era(j + 1 + bracket as usize);
        let ok = if had_word {
            (1..=4).contains(&t.digits)
        } else {
            era.is_some() && (3..=4).contains(&t.digits)
                || t.digits == 4 && (1900..=2100).contains(&y) && self.bare_year_ok(j)
        };
        if !ok {
            return None;
        }
        if era == Some(true) {
            let mut info = DateInfo::new(DateType::Date, None);
            info.hijri = Some(format!("{y:04}"));
            info.value = calendar::hijri_to_gregorian(y, 6, 1).map(|g| format!("{:04}", g.year));
            return Some((end, info));
        }
        Some((end, DateInfo::new(DateType::Date, Some(format!("{y:04}")))))
    }

    /// A bare four-digit number reads as a year after a temporal preposition, in brackets, or
    /// before punctuation or the end of the line, and never before a counted noun.
    fn bare_year_ok(&self, j: usize) -> bool {
        let prev = j.checked_sub(1).and_then(|p| self.tok(p));
        let after_prep = prev.is_some_and(|p| {
            // وفي 2015: the preposition behind a conjunction the tokenizer left on it
            let w = p.word.strip_prefix(['و', 'ف']).filter(|w| w.chars().count() >= 2).unwrap_or(&p.word);
            matches!(w, "في" | "منذ" | "حتي" | "قبل" | "بعد" | "خلال" | "عن" | "الي" | "من")
        }) || self.tok(j).is_some_and(|t| t.pro == "و" || t.pro == "ب");
        let bracketed = prev.is_some_and(|p| p.kind == Kind::Punct && "(-–".contains(&*p.word));
        let next = self.tok(j + 1);
        let next_ok = match next {
            None => true,
            // a full stop ends the sentence unless a digit follows it (1996.5)
            Some(n) if &*n.word == "." => self.tok(j + 2).is_none_or(|d| d.kind != Kind::Number || d.start > n.end),
            Some(n) if n.kind == Kind::Punct => !matches!(&*n.word, "%" | "/" | ":" | "×"),
            Some(n) if n.kind == Kind::Number => false,
            Some(_) => after_prep,
        };
        next_ok && (after_prep || bracketed || next.is_none_or(|n| n.kind == Kind::Punct))
    }

    /// 24/2/2022, 24-02-2022, 24.2.2022, 2022-02-24, 2022/2/24.
    pub(super) fn numeric(&self, i: usize) -> Option<Found> {
        let a = self.tok(i).filter(|t| t.kind == Kind::Number)?;
        let sep = self.tok(i + 1).filter(|t| t.kind == Kind::Punct && "/-.".contains(&*t.word))?;
        if sep.word != "." {
            if let Some(found) = self.month_year_numeric(i) {
                return Some(found);
            }
        }
        let b = self.tok(i + 2).filter(|t| t.kind == Kind::Number && t.digits <= 2)?;
        if !self.is_punct(i + 3, &sep.word) {
            return None;
        }
        let c = self.tok(i + 4).filter(|t| t.kind == Kind::Number)?;
        let (y, m, d) = if a.digits == 4 && c.digits <= 2 {
            (a.num?, b.num?, c.num?)
        } else if a.digits <= 2 && (c.digits == 4 || c.digits == 2) {
            let y = if c.digits == 2 { c.num? + if c.num? < 50 { 2000 } else { 1900 } } else { c.num? };
            (y, b.num?, a.num?)
        } else {
            return None;
        };
        // 4/22/1948: the month first when the middle number cannot be a month
        let (m, d) = if m > 12 && d <= 12 && a.digits <= 2 { (d, m) } else { (m, d) };
        let date = SimpleDate::new(y as i32, m, d)?;
        let (end, era) = self.era(i + 5);
        let info = if era == Some(true) {
            self.hijri_info(Some(y as i32), m, Some(d))
        } else {
            DateInfo::new(DateType::Date, Some(date.iso()))
        };
        Some((end, info))
    }

    /// A month and a year in digits, either order, with / or - (2/2013، 2015-3): the year has four
    /// digits between 1900 and 2100, the month one or two; not part of a longer numeric date.
    fn month_year_numeric(&self, i: usize) -> Option<Found> {
        let a = self.tok(i)?;
        let b = self.tok(i + 2).filter(|t| t.kind == Kind::Number)?;
        if self.tok(i + 3).is_some_and(|t| t.kind == Kind::Punct && "/-.".contains(&*t.word))
            || i >= 1 && self.is_punct(i - 1, "/-.")
        {
            return None;
        }
        let (y, m) = match (a.digits, b.digits) {
            (1 | 2, 4) => (b.num?, a.num?),
            (4, 1 | 2) => (a.num?, b.num?),
            _ => return None,
        };
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        Some((i + 3, DateInfo::new(DateType::Date, Some(format!("{y:04}-{m:02}")))))
    }
}
