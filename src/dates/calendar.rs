//! Calendar arithmetic: proleptic Gregorian days, ISO weeks, and the Hijri calendar.
//!
//! Days are counted from 1970-01-01 (day 0), with Howard Hinnant's `days_from_civil` algorithm.
//! Hijri dates use the Umm al-Qura calendar of ICU4X; the Hijri value is always kept as written.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};
use serde::{Deserialize, Serialize};

/// A Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SimpleDate {
    /// Year (astronomical; 2025).
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl SimpleDate {
    /// Builds a date, or `None` when it does not exist (2023-02-29).
    pub fn new(year: i32, month: u32, day: u32) -> Option<SimpleDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(SimpleDate {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<SimpleDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?.parse().ok()
        };
        SimpleDate::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        days_from_civil(self.year as i64, self.month as i64, self.day as i64)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> SimpleDate {
        let (y, m, d) = civil_from_days(days);
        SimpleDate { year: y as i32, month: m as u32, day: d as u32 }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> SimpleDate {
        SimpleDate::from_days(self.to_days() + n)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let wd = self.weekday() as i64;
        let thursday = SimpleDate::from_days(self.to_days() - wd + 4);
        let jan1 = SimpleDate { year: thursday.year, month: 1, day: 1 }.to_days();
        (thursday.year, ((thursday.to_days() - jan1) / 7 + 1) as u32)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::fmt::Display for SimpleDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Is `y` a Gregorian leap year?
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a Gregorian month.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Converts a Hijri date to Gregorian in the Umm al-Qura calendar (ICU4X: KACST's published
/// month starts for 1300–1600 AH, the tabular rule outside them). `None` for a date that does not
/// exist (30 in a month of 29 days).
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<SimpleDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=2000).contains(&year) {
        return None;
    }
    let h = Date::try_new_hijri_with_calendar(year, month as u8, day as u8, Hijri::new_umm_al_qura()).ok()?;
    let g = h.to_calendar(Iso);
    SimpleDate::new(g.era_year().year, g.month().ordinal as u32, g.day_of_month().0 as u32)
}

/// The Hijri (Umm al-Qura) year, month and day of a Gregorian date.
pub fn gregorian_to_hijri(date: SimpleDate) -> Option<(i32, u32, u32)> {
    let g = Date::try_new_iso(date.year, date.month as u8, date.day as u8).ok()?;
    let h = g.to_calendar(Hijri::new_umm_al_qura());
    Some((h.era_year().year, h.month().ordinal as u32, h.day_of_month().0 as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        for (y, m, d, wd) in [(1970, 1, 1, 4), (2025, 4, 11, 5), (2000, 2, 29, 2), (2024, 12, 31, 2), (1969, 12, 31, 3)]
        {
            let s = SimpleDate::new(y, m, d).unwrap();
            assert_eq!(SimpleDate::from_days(s.to_days()), s);
            assert_eq!(s.weekday(), wd, "{s}");
        }
        assert_eq!(SimpleDate::new(2023, 2, 29), None);
        assert_eq!(SimpleDate::parse("2025-04-11"), SimpleDate::new(2025, 4, 11));
        assert_eq!(SimpleDate::parse("2025-4-11"), None);
        assert_eq!(SimpleDate::parse("2025-13-01"), None);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(SimpleDate::new(2025, 4, 11).unwrap().iso_week(), (2025, 15));
        assert_eq!(SimpleDate::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(SimpleDate::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
    }

    #[test]
    fn hijri_is_umm_al_qura() {
        // (Hijri, Umm al-Qura Gregorian), from KACST's calendar
        for ((y, m, d), g) in [
            ((1443, 9, 1), "2022-04-02"),
            ((1443, 10, 1), "2022-05-02"),
            ((1445, 1, 1), "2023-07-19"),
            ((1443, 9, 15), "2022-04-16"),
            ((1445, 12, 10), "2024-06-16"),
            ((1446, 10, 1), "2025-03-30"),
        ] {
            let got = hijri_to_gregorian(y, m, d).unwrap();
            assert_eq!(got.iso(), g, "{y}-{m}-{d}");
            assert_eq!(gregorian_to_hijri(got), Some((y, m, d)));
        }
        assert_eq!(hijri_to_gregorian(1443, 13, 1), None);
        assert_eq!(hijri_to_gregorian(0, 1, 1), None);
    }
}
