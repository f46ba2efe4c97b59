//! Stage 5, **dates**: temporal expressions with TIMEX3-style values.
//!
//! Takes the matching form of a line, its tokens (with proclitics split, see [`crate::tokenize`])
//! and an optional reference date, and gives [`DateMatch`]es: byte ranges of the matching form,
//! each with a [`DateInfo`] (`type`, `value`, `mod`, `hijri`). The grammar is a small hand-written
//! parser over tokens, driven by one word table (`words::TABLE`); at each word it tries every
//! production and keeps the longest expression. Spans start after proclitics (و**أمس**,
//! ل**عام 2014**) and include the words that make the expression (قبل **يومين**, **يوم** الجمعة).
//!
//! Covered: day–month–year in the Egyptian/Gulf, Levantine/Iraqi, Maghrebi and Moroccan month
//! names and the Hijri months, dual month names (شباط/فبراير، أيلول (سبتمبر)), numeric dates day
//! first, years with their eras, weekdays (يوم، اليوم، ليلة، يومي … و …), relative days and
//! periods, durations with digits or number words and fractions, clock times, parts of the day,
//! vague modifiers (مطلع، منتصف، نهاية), decades, centuries, seasons, holidays and sets. Month names
//! that are also common words (مارس، آب، نيسان، رجب، صفر) count only with a day, a year, شهر, a
//! modifier or a dual form. Hijri dates convert in the Umm al-Qura calendar. Known limits: ranges
//! are two expressions.
//!
//! The grammar is split by concept. This file holds the public types, [`find`], the parser, its
//! token helpers and the list of productions; `absolute.rs` calendar dates (days of the month,
//! month names, years and eras, numeric dates); `relative.rs` weekdays, relative days and the
//! reference week, month or year; `clock.rs` clock times and parts of the day; `periods.rs`
//! durations, modifiers, historical periods, centuries, decades, seasons, quarters and sets;
//! `hijri.rs` Hijri values and holidays. `words.rs` is the word table (also read by `build.rs`)
//! and `calendar.rs` the Gregorian and Umm al-Qura calendars.

pub mod calendar;
pub(crate) mod words;

mod absolute;
mod clock;
mod hijri;
mod periods;
mod relative;
mod words_index;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use calendar::SimpleDate;
use words::{Rel, Unit, W};
pub use words_index::meanings;

use crate::tokenize::{Kind, Token};

/// The TIMEX3 type of a date annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// An amount of time.
    Duration,
    /// A recurrence.
    Set,
}

impl DateType {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DateType::Date => "date",
            DateType::Time => "time",
            DateType::Duration => "duration",
            DateType::Set => "set",
        }
    }
}

/// What a date expression means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateInfo {
    /// TIMEX3 type.
    pub typ: DateType,
    /// TIMEX3 value, when it can be determined.
    pub value: Option<String>,
    /// TIMEX3 mod (START, MID, END).
    pub modifier: Option<&'static str>,
    /// The Hijri value as written (1443-09-15), for Hijri dates.
    pub hijri: Option<String>,
}

impl DateInfo {
    fn new(typ: DateType, value: Option<String>) -> Self {
        DateInfo { typ, value, modifier: None, hijri: None }
    }
}

/// A date expression found in the matching form of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte range in the matching form.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Its meaning.
    pub info: DateInfo,
}

/// Every word the grammar knows, so that the tokenizer splits proclitics before them.
pub fn vocabulary() -> impl Iterator<Item = &'static str> {
    words::words()
}

/// A token as the grammar sees it.
struct Tok<'t> {
    /// The stem, with the article restored in the ل+ال contraction.
    word: Cow<'t, str>,
    /// The proclitics before the stem.
    pro: &'t str,
    kind: Kind,
    /// Byte offset of the stem and end of the token in the matching form.
    start: usize,
    end: usize,
    /// Value of a number token (none when too long).
    num: Option<u32>,
    digits: usize,
    /// The word's meanings in the grammar, looked up once (the productions ask many times).
    ws: &'static [W],
}

struct Parser<'t> {
    toks: Vec<Tok<'t>>,
    reference: Option<SimpleDate>,
}

type Found = (usize, DateInfo);

/// First words of a named historical period (الفترة العثمانية).
const PERIOD_HEADS: &[&str] = &["الفتره", "الحقبه", "العهد", "العصر", "فتره", "حقبه", "عهد", "عصر"];

/// Finds the date expressions of one line.
pub fn find(text: &str, tokens: &[Token], reference: Option<SimpleDate>) -> Vec<DateMatch> {
    let toks: Vec<Tok> = tokens
        .iter()
        .map(|t| {
            let stem = t.stem(text);
            let word = if t.is_contraction(text) { Cow::Owned(format!("ا{stem}")) } else { Cow::Borrowed(stem) };
            let digits = if t.kind == Kind::Number { stem.len() } else { 0 };
            let ws = if t.kind == Kind::Word { meanings(&word) } else { &[] };
            Tok {
                word,
                pro: &text[t.start as usize..t.stem_start()],
                kind: t.kind,
                start: t.stem_start(),
                end: t.end as usize,
                num: if t.kind == Kind::Number && digits <= 9 { stem.parse().ok() } else { None },
                digits,
                ws,
            }
        })
        .collect();
    let p = Parser { toks, reference };
    let mut out = Vec::new();
    let mut i = 0;
    // the end and value of the last match, when it was a weekday resolved to a day
    let mut last_weekday: Option<(usize, String)> = None;
    while i < p.toks.len() {
        // every production starts with a number, a word of the table or a period head; most
        // tokens are none of these, and trying all productions on them was half the run time
        let t = &p.toks[i];
        if t.kind != Kind::Number
            && t.ws.is_empty()
            && !PERIOD_HEADS.contains(&t.word.as_ref())
            && !matches!(&*t.word, "ال" | "الربع" | "النصف" | "الصباح" | "المساء" | "الليل" | "الظهيره")
        {
            i += 1;
            continue;
        }
        match p.expr(i) {
            Some((end, info)) if end > i => {
                let (end, info) = p.with_clock(end, info);
                let (end, mut info) = p.clock_then_day(end, info);
                // the second weekday of a range (من الأحد حتى الخميس) comes after the first
                if let Some((prev_end, prev)) = last_weekday.filter(|_| p.weekday_at(i).is_some()) {
                    if i == prev_end + 1 && matches!(&*p.toks[prev_end].word, "حتي" | "الي" | "لغايه") {
                        let (a, b) = (info.value.as_deref().and_then(SimpleDate::parse), SimpleDate::parse(&prev));
                        if let (Some(a), Some(b)) = (a, b) {
                            if a < b {
                                info.value = Some(a.add_days(7).iso());
                            }
                        }
                    }
                }
                last_weekday =
                    info.value.clone().filter(|v| p.weekday_at(i).is_some() && v.len() == 10).map(|v| (end, v));
                out.push(DateMatch { start: p.toks[i].start, end: p.toks[end - 1].end, info });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// A value naming one day: 2025-04-11, XXXX-04-11 or XXXX-WXX-5.
fn is_day_value(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && (v.starts_with("XXXX-WXX-")
            || b[4] == b'-'
                && b[7] == b'-'
                && b[5..7].iter().all(u8::is_ascii_digit)
                && b[8..].iter().all(u8::is_ascii_digit))
}

fn longest(cands: impl IntoIterator<Item = Option<Found>>) -> Option<Found> {
    let mut best: Option<Found> = None;
    for c in cands.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| c.0 > b.0) {
            best = Some(c);
        }
    }
    best
}

fn unit_code(u: Unit, n: f64) -> String {
    let whole = n.trunc() as u64;
    let half = n.fract() > 0.0;
    let frac_min = (n.fract() * 60.0).round() as u64;
    match u {
        Unit::Second => format!("PT{whole}S"),
        Unit::Minute if half => format!("PT{whole}M{}S", frac_min),
        Unit::Minute => format!("PT{whole}M"),
        Unit::Hour if half => format!("PT{whole}H{frac_min}M"),
        Unit::Hour => format!("PT{whole}H"),
        Unit::Day if half => format!("P{whole}DT{}H", (n.fract() * 24.0).round() as u64),
        Unit::Day => format!("P{whole}D"),
        Unit::Week if half => format!("P{}D", (n * 7.0).round() as u64),
        Unit::Week => format!("P{whole}W"),
        Unit::Month if half => format!("P{whole}M{}D", (n.fract() * 30.0).round() as u64),
        Unit::Month => format!("P{whole}M"),
        Unit::Year if half => format!("P{whole}Y{}M", (n.fract() * 12.0).round() as u64),
        Unit::Year => format!("P{whole}Y"),
        Unit::Decade => format!("P{}Y", (n * 10.0).round() as u64),
        Unit::Century => format!("P{}Y", (n * 100.0).round() as u64),
    }
}

impl<'t> Parser<'t> {
    fn tok(&self, i: usize) -> Option<&Tok<'t>> {
        self.toks.get(i)
    }

    fn ws(&self, i: usize) -> &'static [W] {
        self.tok(i).map_or(&[], |t| t.ws)
    }

    fn find_w<T>(&self, i: usize, f: impl Fn(W) -> Option<T>) -> Option<T> {
        self.ws(i).iter().find_map(|w| f(*w))
    }

    /// The word at `i` with no proclitic.
    fn bare(&self, i: usize) -> Option<&str> {
        self.tok(i).filter(|t| t.kind == Kind::Word && t.pro.is_empty()).map(|t| &*t.word)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.bare(i) == Some(w)
    }

    fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && chars.contains(&*t.word))
    }

    fn number(&self, i: usize) -> Option<u32> {
        self.tok(i).filter(|t| t.kind == Kind::Number && t.pro.is_empty()).and_then(|t| t.num)
    }

    /// No proclitic on the token at `i` (tokens after the first of an expression).
    fn plain(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.pro.is_empty())
    }

    /// The token at `i` carries the conjunction و (والعشرين، و2015) or is و itself.
    fn and(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.pro == "و")
    }

    fn relative(&self, i: usize) -> Option<Rel> {
        if !self.plain(i) {
            return None;
        }
        self.find_w(i, |w| if let W::Relative(r) = w { Some(r) } else { None })
    }

    fn expr(&self, i: usize) -> Option<Found> {
        longest([self.core(i), self.vague(i)])
    }

    fn core(&self, i: usize) -> Option<Found> {
        longest([
            self.quarter(i),
            self.clock_range_start(i),
            self.midnight(i),
            self.this_expr(i),
            self.weekday_expr(i),
            self.day_month(i),
            self.month_expr(i),
            self.year_expr(i),
            self.rel_day(i),
            self.rel_period(i),
            self.duration(i),
            self.clock(i),
            self.numeric(i),
            self.century(i),
            self.decade(i),
            self.season(i),
            self.set(i),
            self.holiday(i),
            self.part_of_day(i),
            self.historical_period(i),
        ])
    }
}
