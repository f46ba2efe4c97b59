//! Relative dates: weekdays and their resolution against the reference date, أمس/اليوم/غدا,
//! الماضي/المقبل, هذا/هذه, and the reference week, month or year.

use super::words::Form;
use super::*;
use crate::shapes::imperfect_verb;

impl Rel {
    /// −1, 0 or +1: which way the relative word points.
    fn step(self) -> i64 {
        match self {
            Rel::Past => -1,
            Rel::Present => 0,
            Rel::Future => 1,
        }
    }
}

fn rel_ref(rel: Rel) -> &'static str {
    match rel {
        Rel::Past => "PAST_REF",
        Rel::Present => "PRESENT_REF",
        Rel::Future => "FUTURE_REF",
    }
}

impl Parser<'_> {
    /// هذا/هذه before a weekday, a season or a part of the day: this one (هذا الاثنين، هذا
    /// الصيف، هذا الصباح). Periods (هذا الأسبوع) are [`Parser::rel_period`]'s.
    pub(super) fn this_expr(&self, i: usize) -> Option<Found> {
        if !self.ws(i).contains(&W::This) || !self.plain(i + 1) {
            return None;
        }
        let j = i + 1;
        if self.weekday_at(j).is_some() {
            return self.weekday_expr(j);
        }
        if let Some(season) = self.find_w(j, |w| if let W::Season(s) = w { Some(s) } else { None }) {
            let year = self.reference.map_or_else(|| "XXXX".to_string(), |r| format!("{:04}", r.year));
            return Some((j + 1, DateInfo::new(DateType::Date, Some(format!("{year}-{season}")))));
        }
        // الصباح، المساء only: هذا العصر is "this era"
        let pod = match self.bare(j)? {
            "الصباح" => "MO",
            "المساء" => "EV",
            _ => return None,
        };
        let day = self.ref_day();
        Some((j + 1, DateInfo::new(DateType::Time, Some(format!("{day}T{pod}")))))
    }

    pub(super) fn weekday_at(&self, i: usize) -> Option<u32> {
        self.find_w(i, |w| if let W::Weekday(d) = w { Some(d as u32) } else { None })
    }

    /// A weekday resolved against the reference date: with الماضي strictly before it, with
    /// المقبل strictly after; otherwise by the tense of the clause (see [`Parser::future_context`]):
    /// the day itself or the next such day when it speaks of the future, the day itself or the
    /// last such day when not, since news mostly reports what happened.
    fn weekday_value(&self, d: u32, rel: Option<Rel>, at: usize) -> String {
        let Some(r) = self.reference else {
            return format!("XXXX-WXX-{d}");
        };
        let diff = (d as i64 - r.weekday() as i64).rem_euclid(7); // days forward to that weekday
        let off = match rel {
            Some(Rel::Future) => {
                if diff == 0 {
                    7
                } else {
                    diff
                }
            }
            Some(Rel::Past) => {
                if diff == 0 {
                    -7
                } else {
                    diff - 7
                }
            }
            _ if diff == 0 => 0,
            _ if self.future_context(at) => diff,
            _ => diff - 7,
        };
        r.add_days(off).iso()
    }

    /// Whether the clause before token `at` speaks of the future: within six words back, a word
    /// of intent (سوف، المقرر، المتوقع) or a verb in the future or imperfect shape (سيعقد، يصل،
    /// تعقد، تنطلق), which in news announces what is to come.
    pub(super) fn future_context(&self, at: usize) -> bool {
        for k in (at.saturating_sub(6)..at).rev() {
            let t = &self.toks[k];
            if t.kind == Kind::Punct && matches!(&*t.word, "." | "؟" | "!" | "؛" | ":") {
                return false;
            }
            if t.kind != Kind::Word || !t.ws.is_empty() {
                continue;
            }
            // (a verb behind و/ف: وتنتهي، فسيعقد)
            let verb = t.word.strip_prefix(['و', 'ف']).filter(|v| v.chars().count() >= 4).unwrap_or(&t.word);
            if matches!(&*t.word, "سوف" | "المقرر" | "المتوقع" | "المزمع" | "يعتزم" | "تعتزم") || imperfect_verb(verb)
            {
                return true;
            }
        }
        false
    }

    pub(super) fn weekday_expr(&self, i: usize) -> Option<Found> {
        // يومي الاثنين أو الثلاثاء (المقبلين)
        if self.find_w(i, |w| (w == W::DaysWord).then_some(())).is_some() {
            self.weekday_at(i + 1)?;
            let mut j = i + 2;
            if self.is_word(j, "او") || self.is_word(j, "و") {
                j += 1;
            } else if !self.and(j) {
                return None;
            }
            self.weekday_at(j)?;
            let mut end = j + 1;
            if self.relative(end).is_some() {
                end += 1;
            }
            return Some((end, DateInfo::new(DateType::Date, None)));
        }
        let (d, first, night) = if let Some(d) = self.weekday_at(i) {
            (d, i, false)
        } else {
            let lead = self.ws(i);
            let night = lead.contains(&W::Night);
            // اليوم الأربعاء، أمس الثلاثاء، غدا الجمعة: the day named twice, one expression
            let ok = night || lead.contains(&W::DayWord) || lead.iter().any(|w| matches!(w, W::RelDay(-1..=1)));
            if !ok || !self.plain(i + 1) {
                return None;
            }
            (self.weekday_at(i + 1)?, i + 1, night)
        };
        let mut end = first + 1;
        let rel = self.relative(end);
        if rel.is_some() {
            end += 1;
        }
        if night {
            let v = self.weekday_value(d, rel, first);
            let value = match SimpleDate::parse(&v) {
                Some(date) => format!("{}TNI", date.add_days(-1).iso()),
                None => format!("XXXX-WXX-{}TNI", if d == 1 { 7 } else { d - 1 }),
            };
            return Some((end, DateInfo::new(DateType::Time, Some(value))));
        }
        // الثلاثاء من الأسبوع المقبل: that weekday in that week
        if rel.is_none() && self.is_word(end, "من") && self.tok(end + 1).is_some_and(|t| t.word == "الاسبوع") {
            if let Some(r) = self.relative(end + 2) {
                return Some((end + 3, DateInfo::new(DateType::Date, Some(self.weekday_in_week(d, r)))));
            }
        }
        // السبت السادس عشر: the weekday and its day of the month, in words; from 11 on, since
        // الأحد الأول، الجمعة السادسة count weekdays (the first Sunday, the sixth Friday of protests)
        if rel.is_none() && self.plain(end) && self.tok(end).is_some_and(|t| t.kind == Kind::Word) {
            if let Some((e, day)) = self.ordinal(end).filter(|(_, n)| (11..=31).contains(n)) {
                // السبت التاسع عشر من الشهر (الجاري): this month
                let mut e = e;
                if self.is_word(e, "من") && self.tok(e + 1).is_some_and(|t| t.word == "الشهر") {
                    e += 2;
                    if matches!(self.relative(e), Some(Rel::Present)) {
                        e += 1;
                    }
                }
                if self.month_name(e).is_none() && !self.is_word(e, "من") {
                    let v = match self.reference.and_then(|r| SimpleDate::new(r.year, r.month, day)) {
                        Some(date) => date.iso(),
                        None => format!("XXXX-XX-{day:02}"),
                    };
                    return Some((e, DateInfo::new(DateType::Date, Some(v))));
                }
            }
        }
        // الأربعاء، 13 شباط 2013: the weekday joins the date that follows
        let mut k = end;
        if self.is_punct(k, "،,") {
            k += 1;
        }
        if let Some((e, info)) = self.day_month(k) {
            return Some((e, info));
        }
        // after اليوم/أمس/غدا the relative day gives the date when there is a reference date;
        // without one, the weekday is the value (as the seeds' gold has it)
        let lead_day = (first == i + 1)
            .then(|| self.find_w(i, |w| if let W::RelDay(k) = w { Some(k as i64) } else { None }))
            .flatten()
            .filter(|k| (-1..=1).contains(k) && rel.is_none() && self.reference.is_some());
        let value = match lead_day {
            Some(k) => self.rel_day_value(k),
            None => self.weekday_value(d, rel, first),
        };
        let mut info = DateInfo::new(DateType::Date, Some(value));
        if let Some(p) = self.pod_adv(end) {
            info = DateInfo::new(DateType::Time, info.value.map(|v| format!("{v}T{p}")));
            end += 1;
        }
        Some((end, info))
    }

    fn rel_day_value(&self, k: i64) -> String {
        match self.reference {
            Some(r) => r.add_days(k).iso(),
            None => rel_ref(match k.signum() {
                -1 => Rel::Past,
                0 => Rel::Present,
                _ => Rel::Future,
            })
            .to_string(),
        }
    }

    pub(super) fn rel_day(&self, i: usize) -> Option<Found> {
        // بعد ظهر أمس: the afternoon
        if self.is_word(i, "بعد") && self.plain(i + 1) && matches!(self.bare(i + 1), Some("ظهر" | "ظهيره")) {
            let (end, info) = self.rel_day(i + 1)?;
            let v = info.value.map(|v| v.replace("TMI", "TAF"));
            return Some((end, DateInfo::new(info.typ, v)));
        }
        // ليلة أمس: the night of that day
        if self.ws(i).contains(&W::Night) && self.plain(i + 1) {
            if let Some((end, info)) = self.rel_day(i + 1) {
                if info.typ == DateType::Date {
                    let v = info.value.map(|v| format!("{v}TNI"));
                    return Some((end, DateInfo::new(DateType::Time, v)));
                }
            }
        }
        // الليلة: tonight, not تلك الليلة or الليلة الأولى; الليلة الماضية is last night
        if self.tok(i).is_some_and(|t| t.word == "الليله") {
            let before = i.checked_sub(1).and_then(|p| self.bare(p));
            if matches!(before, Some("تلك" | "ذات" | "ذلك" | "نفس" | "طوال" | "طيله")) {
                return None;
            }
            let (end, k) = match self.relative(i + 1) {
                Some(Rel::Past) => (i + 2, -1),
                Some(_) => return None,
                None if self.bare(i + 1).is_some_and(|w| w.starts_with("ال")) => return None,
                None => (i + 1, 0),
            };
            return Some((end, DateInfo::new(DateType::Time, Some(format!("{}TNI", self.rel_day_value(k))))));
        }
        // a part of the day before its anchor: صباح اليوم، مساء أمس، فجر الأحد
        if let Some(p) = self.find_w(i, |w| if let W::PartOfDay(p) = w { Some(p) } else { None }) {
            if self.plain(i + 1) {
                if let Some((end, info)) = longest([self.rel_day(i + 1), self.weekday_expr(i + 1)]) {
                    if info.typ == DateType::Date {
                        let v = info.value.map(|v| format!("{v}T{p}"));
                        return Some((end, DateInfo::new(DateType::Time, v)));
                    }
                }
            }
        }
        let (mut end, k) = if self.is_word(i, "اول")
            && (self.is_word(i + 1, "امس") || self.is_word(i + 1, "من") && self.is_word(i + 2, "امس"))
        {
            (if self.is_word(i + 1, "امس") { i + 2 } else { i + 3 }, -2)
        } else if self.tok(i).is_some_and(|t| t.word == "بعد") && self.is_word(i + 1, "غد") {
            (i + 2, 2)
        } else if self.ws(i).contains(&W::DayWord)
            && self.plain(i + 1)
            && matches!(self.bare(i + 1), Some("امس" | "غد"))
        {
            (i + 2, if self.is_word(i + 1, "امس") { -1 } else { 1 })
        } else if self.ws(i).contains(&W::Now) {
            // حتى الآن، لحد الآن: "so far", an aspect of the verb rather than a time
            let before = i.checked_sub(1).and_then(|p| self.tok(p)).map_or("", |t| &*t.word);
            let before = before.strip_prefix(['و', 'ف']).unwrap_or(before);
            if matches!(before, "حتي" | "حد" | "لحد" | "الحد" | "غايه" | "لغايه") {
                return None;
            }
            return Some((i + 1, DateInfo::new(DateType::Date, Some("PRESENT_REF".into()))));
        } else {
            let k = self.find_w(i, |w| if let W::RelDay(k) = w { Some(k as i64) } else { None })?;
            // اليوم التالي / اليوم السابق: relative to an event, not to today
            if k == 0 && self.relative(i + 1).is_some() {
                return None;
            }
            // بأمس الحاجة: "in direst need"
            if k == -1 && self.is_word(i + 1, "الحاجه") {
                return None;
            }
            (i + 1, k)
        };
        let mut info = DateInfo::new(DateType::Date, Some(self.rel_day_value(k)));
        if let Some(p) = self.pod_adv(end) {
            info = DateInfo::new(DateType::Time, info.value.map(|v| format!("{v}T{p}")));
            end += 1;
        }
        Some((end, info))
    }

    /// Weekday `d` in the week before, of or after the reference date's week. The week is the
    /// one of Arab calendars and offices, Saturday to Friday: said on a Friday, الأحد من الأسبوع
    /// الماضي is twelve days back, not five as in an ISO week.
    fn weekday_in_week(&self, d: u32, rel: Rel) -> String {
        let step = rel.step();
        // days since Saturday: Saturday 0, Sunday 1 … Friday 6
        let from_saturday = |wd: u32| (wd as i64 + 1) % 7;
        match self.reference {
            Some(r) => r.add_days(7 * step + from_saturday(d) - from_saturday(r.weekday())).iso(),
            None => format!("XXXX-WXX-{d}"),
        }
    }

    pub(super) fn period_value(&self, unit: Unit, rel: Rel) -> DateInfo {
        let step = rel.step();
        let v = self.reference.and_then(|r| {
            Some(match unit {
                Unit::Day => r.add_days(step).iso(),
                Unit::Week => {
                    let (y, w) = r.add_days(7 * step).iso_week();
                    format!("{y:04}-W{w:02}")
                }
                Unit::Month => {
                    let m0 = r.year as i64 * 12 + r.month as i64 - 1 + step;
                    format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
                }
                Unit::Year => format!("{:04}", r.year as i64 + step),
                Unit::Decade => format!("{:03}", (r.year as i64).div_euclid(10) + step),
                Unit::Century => format!("{:02}", (r.year as i64).div_euclid(100) + step),
                _ => return None,
            })
        });
        DateInfo::new(DateType::Date, Some(v.unwrap_or_else(|| rel_ref(rel).to_string())))
    }

    pub(super) fn rel_period(&self, i: usize) -> Option<Found> {
        // هذا الأسبوع، هذه السنة
        if self.ws(i).contains(&W::This) && self.plain(i + 1) {
            let unit = self.find_w(i + 1, |w| if let W::UnitDef(u, Form::One) = w { Some(u) } else { None })?;
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            return Some((i + 2, self.period_value(unit, Rel::Present)));
        }
        let (unit, form) = self.find_w(i, |w| if let W::UnitDef(u, f) = w { Some((u, f)) } else { None })?;
        // الأيام الخمسة الماضية: a counted definite plural
        if form == Form::Plural && self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word && t.word.starts_with("ال")) {
            if let Some((k, n)) = self.cardinal(i + 1) {
                if self.relative(k).is_some_and(|r| r != Rel::Present) {
                    return Some((k + 1, DateInfo::new(DateType::Duration, Some(unit_code(unit, n)))));
                }
            }
        }
        let rel = self.relative(i + 1)?;
        // الأسبوع المقبل يوم الثلاثاء: that weekday in that week
        if unit == Unit::Week && form == Form::One {
            let k = if self.ws(i + 2).contains(&W::DayWord) && self.plain(i + 3) { i + 3 } else { i + 2 };
            if let Some(d) = self.weekday_at(k).filter(|_| self.plain(k)) {
                return Some((k + 1, DateInfo::new(DateType::Date, Some(self.weekday_in_week(d, rel)))));
            }
        }
        Some((
            i + 2,
            match form {
                Form::One if !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) => self.period_value(unit, rel),
                Form::One => return None,
                Form::Dual => DateInfo::new(DateType::Duration, Some(unit_code(unit, 2.0))),
                Form::Plural => DateInfo::new(DateType::Duration, Some(unit_code(unit, 0.0).replace('0', "X"))),
            },
        ))
    }
}
