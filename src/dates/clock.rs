//! Clock times and parts of the day, and joining a clock time to its day.

use super::*;

/// A clock hour said with a part of the day, on the 24-hour clock: past noon in the afternoon,
/// evening and night (8 مساء = 20), and from one to five at midday (2 ظهرا = 14).
fn hour_in(h: u32, part_of_day: &str) -> u32 {
    match part_of_day {
        "EV" | "NI" | "AF" if h < 12 => h + 12,
        "MI" if (1..=5).contains(&h) => h + 12,
        _ => h,
    }
}

impl Parser<'_> {
    /// A day followed by a clock time, directly or after في (الجمعة الساعة العاشرة، غدا 8:00
    /// صباحا): one expression, the time on that day.
    pub(super) fn with_clock(&self, end: usize, info: DateInfo) -> Found {
        let day = match &info.value {
            Some(v) if info.typ == DateType::Date && info.modifier.is_none() && is_day_value(v) => v.clone(),
            _ => return (end, info),
        };
        let k = if self.is_word(end, "في") { end + 1 } else { end };
        let Some((e, t)) = self.clock(k) else { return (end, info) };
        let Some(time) = t.value.as_deref().and_then(|v| v.split_once('T')).map(|(_, hm)| hm.to_string()) else {
            return (end, info);
        };
        (e, DateInfo::new(DateType::Time, Some(format!("{day}T{time}"))))
    }

    /// A clock time followed by its day, directly or as من صباح/مساء + the day (الساعة 12:30 ظهرا
    /// يوم الجمعة، الساعة العاشرة من صباح يوم الجمعة): one expression, the time on that day.
    pub(super) fn clock_then_day(&self, end: usize, info: DateInfo) -> Found {
        let Some(hm) = info.value.as_deref().filter(|_| info.typ == DateType::Time).and_then(|v| {
            let (day, hm) = v.split_once('T')?;
            let clock = hm.len() >= 5 && hm.as_bytes()[2] == b':';
            (clock && (day == "XXXX-XX-XX" || SimpleDate::parse(day) == self.reference)).then_some(hm)
        }) else {
            return (end, info);
        };
        let mut k = end;
        let mut pod = None;
        if self.is_word(k, "من") && self.plain(k + 1) {
            if let Some(p) = self.find_w(k + 1, |w| if let W::PartOfDay(p) = w { Some(p) } else { None }) {
                pod = Some(p);
                k += 2;
            }
        }
        let Some((e, day)) = longest([self.weekday_expr(k), self.rel_day(k), self.day_month(k)]) else {
            return (end, info);
        };
        let Some(d) = day.value.filter(|v| day.typ == DateType::Date && is_day_value(v)) else {
            return (end, info);
        };
        let h: u32 = hm[..2].parse().unwrap_or(0);
        let h = pod.map_or(h, |p| hour_in(h, p));
        (e, DateInfo::new(DateType::Time, Some(format!("{d}T{h:02}{}", &hm[2..]))))
    }

    /// The reference day, or `XXXX-XX-XX` without one: the day of a time with no day of its own.
    pub(super) fn ref_day(&self) -> String {
        self.reference.map_or_else(|| "XXXX-XX-XX".to_string(), |r| r.iso())
    }

    /// بعد الظهر / بعد الظهيرة at `k`: the afternoon.
    fn afternoon_at(&self, k: usize) -> bool {
        self.is_word(k, "بعد") && matches!(self.bare(k + 1), Some("الظهر" | "الظهيره"))
    }

    pub(super) fn pod_adv(&self, i: usize) -> Option<&'static str> {
        if !self.plain(i) {
            return None;
        }
        self.find_w(i, |w| if let W::PartOfDayAdv(p) = w { Some(p) } else { None })
    }

    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let with_word = self.ws(i).contains(&W::Hour);
        let j = if with_word { i + 1 } else { i };
        if with_word && !self.plain(j) {
            return None;
        }
        let mut seconds: Option<u32> = None;
        let (mut end, mut h, mut m) = if let Some(h) =
            self.number(j).filter(|_| self.tok(j).is_some_and(|t| t.digits <= 2))
        {
            if self.is_punct(j + 1, ":") {
                let mm = self.tok(j + 2).filter(|t| t.kind == Kind::Number && t.digits == 2).and_then(|t| t.num)?;
                // 8:00:31: the seconds are read past and kept out of the value's minutes
                let two = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Number && t.digits == 2);
                let end = if self.is_punct(j + 3, ":") && two(j + 4) { j + 5 } else { j + 3 };
                seconds = (end == j + 5).then(|| self.number(j + 4)).flatten();
                (end, h, mm)
            } else if with_word
                || (1..=12).contains(&h)
                        && (self.pod_adv(j + 1).is_some()
                            || self.afternoon_at(j + 1))
                        // not the end of a score (فاز 3 - 1 مساء)
                        && !(j >= 1 && (self.is_punct(j - 1, "-/:") || self.number(j - 1).is_some()))
            {
                // الساعة 8، or 8 صباحا
                (j + 1, h, 0)
            } else {
                return None;
            }
        } else {
            let (k, h) = self.ordinal(j)?;
            // an ordinal is an hour after الساعة, before a part of the day, or before a
            // fraction of the hour (الثالثة والنصف، الخامسة إلا ربعا)
            // and only after a preposition of time (في الثالثة والنصف), not after a noun it
            // agrees with (الجولة الثالثة والنصف النهائي)
            let after_prep = j >= 1
                && matches!(
                    self.bare(j - 1),
                    Some("في" | "عند" | "حتي" | "قبل" | "بعد" | "منذ" | "نحو" | "حوالي" | "قرابه" | "بين")
                );
            let adjective = |q: usize| matches!(self.bare(q), Some("النهائي" | "الاول" | "الاخير" | "الثاني" | "الاخر"));
            let fraction = (1..=12).contains(&h)
                && after_prep
                && !adjective(k + 1)
                && !adjective(k + 2)
                && (self.fraction_after(k).is_some()
                    || self.ws(k).contains(&W::Except)
                        && self.find_w(k + 1, |w| matches!(w, W::Fraction(_)).then_some(())).is_some());
            if !(with_word
                || fraction
                || self.pod_adv(k).is_some()
                || self.pod_adv(j + 1).is_some()
                || self.pod_adv(j + 2).is_some())
            {
                return None;
            }
            (k, h, 0)
        };
        if h > 24 || m > 59 {
            return None;
        }
        if let Some(f) = self.fraction_after(end) {
            m = f as u32;
            end += if self.is_word(end, "و") { 2 } else { 1 };
        } else if self.ws(end).contains(&W::Except) {
            if let Some(f) = self.find_w(end + 1, |w| if let W::Fraction(f) = w { Some(f) } else { None }) {
                h = if h == 0 { 23 } else { h - 1 };
                m = 60 - f as u32;
                end += 2;
            }
        }
        // والعشرين دقيقة: minutes in words after the hour
        if m == 0 && self.and(end) {
            if let Some((k, n)) = self.cardinal(end) {
                if n < 60.0 && self.find_w(k, |w| matches!(w, W::Unit(Unit::Minute, _)).then_some(())).is_some() {
                    m = n as u32;
                    end = k + 1;
                }
            }
        }
        let pod = self.pod_adv(end);
        let afternoon = self.afternoon_at(end);
        if let Some(p) = pod {
            h = hour_in(h, p);
            end += 1;
        } else if afternoon {
            h = hour_in(h, "AF");
            end += 2;
        } else if !with_word && self.tok(j).is_some_and(|t| t.kind == Kind::Word) && m == 0 {
            return None;
        }
        // بتوقيت غرينتش / بالتوقيت المحلي
        let zone = self.tok(end).is_some_and(|t| matches!(&*t.word, "توقيت" | "التوقيت" | "بتوقيت" | "بالتوقيت"))
            && self.tok(end + 1).is_some_and(|t| t.kind == Kind::Word);
        // or ت غ, its abbreviation
        if zone || self.is_word(end, "ت") && self.is_word(end + 1, "غ") {
            end += 2;
        }
        // a clock time is on the reference day when there is one
        let day = self.ref_day();
        let mut v = format!("{day}T{:02}:{:02}", h % 24, m);
        if let Some(sec) = seconds.filter(|s| *s < 60) {
            v.push_str(&format!(":{sec:02}"));
        }
        Some((end, DateInfo::new(DateType::Time, Some(v))))
    }

    /// منتصف الليل: midnight, the end of the day (T24:00), of the reference day when there is one;
    /// منتصف النهار: noon.
    pub(super) fn midnight(&self, i: usize) -> Option<Found> {
        if self.tok(i)?.word != "منتصف" || !self.plain(i + 1) {
            return None;
        }
        let hm = match self.bare(i + 1)? {
            "الليل" | "الليله" => "24:00",
            "النهار" => "12:00",
            _ => return None,
        };
        let day = self.ref_day();
        Some((i + 2, DateInfo::new(DateType::Time, Some(format!("{day}T{hm}")))))
    }

    /// صباحا، مساء، ليلا alone: a time of day; في الصباح، في المساء، في الليل too.
    pub(super) fn part_of_day(&self, i: usize) -> Option<Found> {
        if let Some(p) = self.find_w(i, |w| if let W::PartOfDayAdv(p) = w { Some(p) } else { None }) {
            return Some((i + 1, DateInfo::new(DateType::Time, Some(format!("T{p}")))));
        }
        let after_prep = i >= 1 && matches!(self.bare(i - 1), Some("في" | "خلال" | "حتي" | "منذ" | "طوال" | "طيله"));
        let p = match &*self.tok(i)?.word {
            "الصباح" => "MO",
            "المساء" => "EV",
            "الليل" => "NI",
            // الظهيرة is midday alone too
            "الظهيره" => return Some((i + 1, DateInfo::new(DateType::Time, Some("TMI".into())))),
            _ => return None,
        };
        (after_prep && self.plain(i)).then(|| (i + 1, DateInfo::new(DateType::Time, Some(format!("T{p}")))))
    }

    /// من 9 إلى 11 صباحا: the first hour of a range takes the part of the day of the second.
    pub(super) fn clock_range_start(&self, i: usize) -> Option<Found> {
        let h = self.number(i).filter(|h| (1..=12).contains(h) && self.tok(i).is_some_and(|t| t.digits <= 2))?;
        // من 9 / بين 9 / الساعة 9: not a score (فاز 3 - 1 مساء)
        if i == 0 || !(self.is_word(i - 1, "من") || self.is_word(i - 1, "بين") || self.ws(i - 1).contains(&W::Hour))
        {
            return None;
        }
        let between = self.is_word(i - 1, "بين");
        let k = if matches!(self.bare(i + 1), Some("الي" | "حتي"))
            || self.is_punct(i + 1, "-")
            || between && self.is_word(i + 1, "و")
        {
            i + 2
        } else if between && self.and(i + 1) {
            i + 1
        } else {
            return None;
        };
        let (_, second) = self.clock(k)?;
        let (day, hm) = second.value.as_deref()?.split_once('T')?;
        let h2: u32 = hm.get(..2)?.parse().ok()?;
        // the second's part of the day moved it past noon: so does the first
        let h = if h2 >= 12 && h < 12 && h2 != 12 { h + 12 } else { h };
        Some((i + 1, DateInfo::new(DateType::Time, Some(format!("{day}T{h:02}:00")))))
    }
}
