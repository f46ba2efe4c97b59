//! Hijri dates and holidays (the calendar conversion itself is in [`super::calendar`]).

use super::*;
use crate::shapes::imperfect_verb;

impl Parser<'_> {
    pub(super) fn hijri_info(&self, y: Option<i32>, m: u32, d: Option<u32>) -> DateInfo {
        let hijri = match (y, d) {
            (Some(y), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), None) => format!("{y:04}-{m:02}"),
            (None, Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (None, None) => format!("XXXX-{m:02}"),
        };
        let value = y.and_then(|y| {
            let g = calendar::hijri_to_gregorian(y, m, d.unwrap_or(15))?;
            Some(if d.is_some() { g.iso() } else { format!("{:04}-{:02}", g.year, g.month) })
        });
        DateInfo { typ: DateType::Date, value, modifier: None, hijri: Some(hijri) }
    }

    /// Holidays: Islamic ones on their Hijri day (عيد الفطر 1 Shawwal, عيد الأضحى 10 Dhu al-Hijja,
    /// المولد النبوي، عاشوراء، ليلة القدر، يوم عرفة، رأس السنة الهجرية) and fixed Gregorian ones (عيد
    /// الميلاد، رأس السنة، عيد العمال، عيد الحب). With a Gregorian year after them (عيد الأضحى 2024)
    /// the value is that year's day; with الماضي/المقبل and a reference date, the last one before
    /// or the next one after it; alone with a reference date, the one in its year (the next one if
    /// that is past and the clause speaks of the future); without a reference date the fixed ones
    /// are `XXXX-MM-DD` and the Islamic ones have no value (their Gregorian day moves every year).
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        enum Day {
            Hijri(u32, u32),
            Fixed(u32, u32),
            Movable,
        }
        let h = self.find_w(i, |w| if let W::Holiday(h) = w { Some(h) } else { None });
        let next = self.bare(i + 1);
        let (mut end, day) = match (h, next) {
            (Some("عيد"), Some("الفطر")) => (i + 2, Day::Hijri(10, 1)),
            (Some("عيد"), Some("الاضحي")) => (i + 2, Day::Hijri(12, 10)),
            (Some("عيد"), Some("الميلاد")) => (i + 2, Day::Fixed(12, 25)),
            (Some("عيد"), Some("العمال")) => (i + 2, Day::Fixed(5, 1)),
            (Some("عيد"), Some("الحب")) => (i + 2, Day::Fixed(2, 14)),
            (Some("عيد"), Some("الفصح")) => (i + 2, Day::Movable),
            (Some("راس"), Some("السنه")) => match self.bare(i + 2) {
                Some("الهجريه") => (i + 3, Day::Hijri(1, 1)),
                Some("الميلاديه" | "الجديده") => (i + 3, Day::Fixed(1, 1)),
                _ => (i + 2, Day::Fixed(1, 1)),
            },
            (Some("المولد"), Some("النبوي")) => (i + 2, Day::Hijri(3, 12)),
            (Some("عاشوراء"), _) => (i + 1, Day::Hijri(1, 10)),
            _ if self.ws(i).contains(&W::Night) && next == Some("القدر") => (i + 2, Day::Hijri(9, 27)),
            _ if self.ws(i).contains(&W::DayWord) && next == Some("عرفه") => (i + 2, Day::Hijri(12, 9)),
            _ => return None,
        };
        // عيد الفطر المبارك، عيد الميلاد المجيد
        if matches!(self.bare(end), Some("المبارك" | "السعيد" | "المجيد" | "الشريف")) {
            end += 1;
        }
        // the day in a Gregorian year, and the Hijri day it is
        let in_year = |y: i32| -> Option<(SimpleDate, Option<String>)> {
            match day {
                Day::Fixed(m, d) => Some((SimpleDate::new(y, m, d)?, None)),
                Day::Hijri(m, d) => {
                    let (hy, _, _) = calendar::gregorian_to_hijri(SimpleDate::new(y, 1, 1)?)?;
                    (hy..=hy + 1).find_map(|hy| {
                        let g = calendar::hijri_to_gregorian(hy, m, d)?;
                        (g.year == y).then(|| (g, Some(format!("{hy:04}-{m:02}-{d:02}"))))
                    })
                }
                Day::Movable => None,
            }
        };
        let mut info = DateInfo::new(
            DateType::Date,
            match day {
                Day::Fixed(m, d) => Some(format!("XXXX-{m:02}-{d:02}")),
                _ => None,
            },
        );
        if let Some(y) = self.tok(end).filter(|t| t.kind == Kind::Number && t.digits == 4).and_then(|t| t.num) {
            end += 1;
            let (g, hijri) = in_year(y as i32).unzip();
            info.value = g.map(SimpleDate::iso);
            info.hijri = hijri.flatten();
        } else if let Some(rel) = self.relative(end).filter(|r| *r != Rel::Present) {
            end += 1;
            info.value = None;
            if let Some(r) = self.reference {
                // the last one before the reference date, or the next one after it
                let years = if rel == Rel::Past { [r.year, r.year - 1] } else { [r.year, r.year + 1] };
                let found =
                    years.into_iter().filter_map(in_year).find(|(g, _)| if rel == Rel::Past { *g < r } else { *g > r });
                if let Some((g, hijri)) = found {
                    info.value = Some(g.iso());
                    info.hijri = hijri;
                }
            }
        } else if let Some(r) = self.reference {
            // alone, as a month alone: the one in the reference year, or the next one when the
            // clause speaks of the future and that one is past (تستعد الأسواق لعيد الفطر)
            let this = in_year(r.year);
            // (or a verb in the future right after it: عطلة عيد الفطر ستبدأ)
            let future_after = (end..end + 2).any(|k| {
                self.tok(k).is_some_and(|t| {
                    t.kind == Kind::Word
                        && (t.word.starts_with("ست") || t.word.starts_with("سي"))
                        && imperfect_verb(&t.word)
                })
            });
            let found = match this {
                Some((g, _)) if g < r && (future_after || self.future_context(i)) => in_year(r.year + 1),
                _ => this,
            };
            if let Some((g, hijri)) = found {
                info.value = Some(g.iso());
                info.hijri = hijri;
            }
        }
        Some((end, info))
    }
}
