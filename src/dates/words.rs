//! The date grammar's word table: every word it knows, in the matching form, with its meanings.

use crate::fasthash::FxHashMap;
use std::sync::OnceLock;

/// Time units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// Grammatical number of a unit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Singular, also the accusative singular of counted nouns (عاما).
    One,
    /// Plural (سنوات، أيام).
    Plural,
    /// Dual (يومين، ساعتان): a count of two by itself.
    Dual,
}

/// Direction of a relative modifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    Past,
    Present,
    Future,
}

/// One meaning of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    /// A Gregorian month; `true` when the word is also a common word (مارس "practised", آب "father").
    Month(u8, bool),
    /// First word of a two-word month: كانون, تشرين, ربيع, جمادى, ذو/ذي.
    MonthHead(Head),
    /// A Hijri month (one word); `true` when it needs context (رجب, رمضان, صفر are also names/words).
    Hijri(u8, bool),
    /// ISO weekday, Monday = 1.
    Weekday(u8),
    /// A day relative to today (أمس −1, اليوم 0, غدا +1).
    RelDay(i8),
    /// Now (الآن، حاليا): PRESENT_REF, whatever the reference date.
    Now,
    /// A unit word without the article.
    Unit(Unit, Form),
    /// A unit word with the article (الشهر، العامين، الأيام).
    UnitDef(Unit, Form),
    /// A cardinal number word.
    Num(u16),
    /// An ordinal (الخامس، العشرين); the feminine forms are used for clock hours.
    Ordinal(u8),
    /// The "ten" of a compound teen (خمسة عشر).
    Teen,
    /// A relative modifier after a unit, a month or a weekday (الماضي، المقبل، الحالي).
    Relative(Rel),
    /// هذا / هذه (and the Levantine هاي).
    This,
    /// عدة، بضعة، بضع: an unspecified count before a plural unit (عدة أيام → PXD).
    Few,
    /// منذ: "since / for" before a vague plural unit (منذ سنوات).
    Since,
    /// بعد: "after" (بعد سنوات، بعد غد).
    After,
    /// A vague part-of-period modifier before a date (مطلع START, منتصف MID, نهاية END).
    Vague(&'static str),
    /// عام, العام, سنة, السنة: a year follows.
    YearWord,
    /// عامي: two years follow (عامي 2014 و2015).
    YearsWord,
    /// يوم: a weekday or a date follows.
    DayWord,
    /// يومي: two weekdays follow.
    DaysWord,
    /// شهر: a month follows.
    MonthWord,
    /// An era after a year: `true` for Hijri.
    Era(bool),
    /// A part of the day as a noun before an anchor (صباح، مساء، فجر); TIMEX suffix.
    PartOfDay(&'static str),
    /// A part of the day as an adverb that stands alone (صباحا، مساء، ليلا).
    PartOfDayAdv(&'static str),
    /// الساعة: a clock time follows.
    Hour,
    /// A fraction of an hour or unit, in minutes of an hour (نصف 30, ربع 15, ثلث 20).
    Fraction(u8),
    /// إلا (minus, in clock times).
    Except,
    /// قبل: "ago" before a duration.
    Ago,
    /// نحو، حوالي، قرابة، زهاء: about, between قبل and a duration.
    Approx,
    /// القرن: a century follows.
    Century,
    /// A decade word (الثمانينيات → 8).
    Decade(u8),
    /// A season; TIMEX code.
    Season(&'static str),
    /// A set adverb (يوميا → P1D).
    SetAdv(&'static str),
    /// كل: a set follows.
    Every,
    /// ليلة: the night of (ليلة الجمعة = Thursday night).
    Night,
    /// A one-word holiday or a holiday's first word: عيد, رأس, المولد, ليلة, يوم, عاشوراء.
    Holiday(&'static str),
}

/// Heads of two-word month names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    Kanun,
    Tishrin,
    Rabi,
    Jumada,
    Dhu,
}

use self::Unit as U;
use Form::*;
use W::*;

/// The table, in the matching form (see `crate::normalize`): ا for every alef, ه for ة, ي for ى.
pub const TABLE: &[(&str, W)] = &[
    // Gregorian months: Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan, misspellings
    ("يناير", Month(1, false)),
    ("جانفي", Month(1, false)),
    ("فبراير", Month(2, false)),
    ("فبرابر", Month(2, false)),
    ("فيفري", Month(2, false)),
    ("شباط", Month(2, false)),
    ("مارس", Month(3, true)),
    ("اذار", Month(3, false)),
    ("ابريل", Month(4, false)),
    ("افريل", Month(4, false)),
    ("نيسان", Month(4, true)),
    ("مايو", Month(5, false)),
    ("ماي", Month(5, true)),
    ("ايار", Month(5, false)),
    ("يونيو", Month(6, false)),
    ("يونيه", Month(6, false)),
    ("جوان", Month(6, true)),
    ("حزيران", Month(6, false)),
    ("يوليو", Month(7, false)),
    ("يوليه", Month(7, false)),
    ("يوليوز", Month(7, false)),
    ("جويليه", Month(7, false)),
    ("تموز", Month(7, true)),
    ("اغسطس", Month(8, false)),
    ("اغشت", Month(8, false)),
    ("اغسطوس", Month(8, false)),
    ("اوت", Month(8, true)),
    ("غشت", Month(8, true)),
    ("اب", Month(8, true)),
    ("سبتمبر", Month(9, false)),
    ("شتنبر", Month(9, false)),
    ("شتمبر", Month(9, false)),
    ("ايلول", Month(9, false)),
    ("اكتوبر", Month(10, false)),
    ("نوفمبر", Month(11, false)),
    ("نونبر", Month(11, false)),
    ("ديسمبر", Month(12, false)),
    ("دسمبر", Month(12, false)),
    ("دجنبر", Month(12, false)),
    ("دجمبر", Month(12, false)),
    ("كانون", MonthHead(Head::Kanun)),
    ("تشرين", MonthHead(Head::Tishrin)),
    ("تشرن", MonthHead(Head::Tishrin)),
    // Hijri months
    ("محرم", Hijri(1, true)),
    ("صفر", Hijri(2, true)),
    ("ربيع", MonthHead(Head::Rabi)),
    ("جمادي", MonthHead(Head::Jumada)),
    ("رجب", Hijri(7, true)),
    ("شعبان", Hijri(8, true)),
    ("رمضان", Hijri(9, true)),
    ("شوال", Hijri(10, true)),
    ("ذو", MonthHead(Head::Dhu)),
    ("ذي", MonthHead(Head::Dhu)),
    // weekdays
    ("الاحد", Weekday(7)),
    ("الاثنين", Weekday(1)),
    ("الاتنين", Weekday(1)),
    ("الثلاثاء", Weekday(2)),
    ("الثلاثا", Weekday(2)),
    ("الاربعاء", Weekday(3)),
    ("الخميس", Weekday(4)),
    ("الجمعه", Weekday(5)),
    ("السبت", Weekday(6)),
    // days relative to today
    ("امس", RelDay(-1)),
    ("الامس", RelDay(-1)),
    ("البارحه", RelDay(-1)),
    ("اليوم", RelDay(0)),
    ("الان", Now),
    ("حاليا", Now),
    ("غدا", RelDay(1)),
    ("الغد", RelDay(1)),
    ("غد", RelDay(1)),
    // colloquial "tomorrow" (Levantine, Egyptian, Gulf)
    ("بكرا", RelDay(1)),
    ("بكره", RelDay(1)),
    // units
    ("ثانيه", Unit(U::Second, One)),
    ("ثوان", Unit(U::Second, Plural)),
    ("ثواني", Unit(U::Second, Plural)),
    ("ثانيتين", Unit(U::Second, Dual)),
    ("ثانيتان", Unit(U::Second, Dual)),
    ("دقيقه", Unit(U::Minute, One)),
    ("دقائق", Unit(U::Minute, Plural)),
    ("دقيقتين", Unit(U::Minute, Dual)),
    ("دقيقتان", Unit(U::Minute, Dual)),
    ("ساعه", Unit(U::Hour, One)),
    ("ساعات", Unit(U::Hour, Plural)),
    ("ساعتين", Unit(U::Hour, Dual)),
    ("ساعتان", Unit(U::Hour, Dual)),
    ("يوم", Unit(U::Day, One)),
    ("يوما", Unit(U::Day, One)),
    ("ايام", Unit(U::Day, Plural)),
    ("يومين", Unit(U::Day, Dual)),
    ("يومان", Unit(U::Day, Dual)),
    ("اسبوع", Unit(U::Week, One)),
    ("اسبوعا", Unit(U::Week, One)),
    ("اسابيع", Unit(U::Week, Plural)),
    ("اسبوعين", Unit(U::Week, Dual)),
    ("اسبوعان", Unit(U::Week, Dual)),
    ("شهر", Unit(U::Month, One)),
    ("شهرا", Unit(U::Month, One)),
    ("اشهر", Unit(U::Month, Plural)),
    ("شهور", Unit(U::Month, Plural)),
    ("شهرين", Unit(U::Month, Dual)),
    ("شهران", Unit(U::Month, Dual)),
    ("عام", Unit(U::Year, One)),
    ("عاما", Unit(U::Year, One)),
    ("اعوام", Unit(U::Year, Plural)),
    ("عامين", Unit(U::Year, Dual)),
    ("عامان", Unit(U::Year, Dual)),
    ("سنه", Unit(U::Year, One)),
    ("سنوات", Unit(U::Year, Plural)),
    ("سنين", Unit(U::Year, Plural)),
    ("سنتين", Unit(U::Year, Dual)),
    ("سنتان", Unit(U::Year, Dual)),
    ("عقد", Unit(U::Decade, One)),
    ("عقدا", Unit(U::Decade, One)),
    ("عقود", Unit(U::Decade, Plural)),
    ("عقدين", Unit(U::Decade, Dual)),
    ("قرن", Unit(U::Century, One)),
    ("قرنا", Unit(U::Century, One)),
    ("قرون", Unit(U::Century, Plural)),
    ("قرنين", Unit(U::Century, Dual)),
    ("الساعه", UnitDef(U::Hour, One)),
    ("الساعات", UnitDef(U::Hour, Plural)),
    ("الساعتين", UnitDef(U::Hour, Dual)),
    ("الدقائق", UnitDef(U::Minute, Plural)),
    ("اليوم", UnitDef(U::Day, One)),
    ("الايام", UnitDef(U::Day, Plural)),
    ("اليومين", UnitDef(U::Day, Dual)),
    ("الاسبوع", UnitDef(U::Week, One)),
    ("الاسابيع", UnitDef(U::Week, Plural)),
    ("الاسبوعين", UnitDef(U::Week, Dual)),
    ("الشهر", UnitDef(U::Month, One)),
    ("الاشهر", UnitDef(U::Month, Plural)),
    ("الشهور", UnitDef(U::Month, Plural)),
    ("الشهرين", UnitDef(U::Month, Dual)),
    ("العام", UnitDef(U::Year, One)),
    ("الاعوام", UnitDef(U::Year, Plural)),
    ("العامين", UnitDef(U::Year, Dual)),
    ("السنه", UnitDef(U::Year, One)),
    ("السنوات", UnitDef(U::Year, Plural)),
    ("السنتين", UnitDef(U::Year, Dual)),
    ("العقد", UnitDef(U::Decade, One)),
    ("العقود", UnitDef(U::Decade, Plural)),
    ("العقدين", UnitDef(U::Decade, Dual)),
    ("القرن", Century),
    // cardinal numbers
    ("واحد", Num(1)),
    ("واحده", Num(1)),
    ("اثنان", Num(2)),
    ("اثنين", Num(2)),
    ("اثنتان", Num(2)),
    ("اثنتين", Num(2)),
    ("ثلاث", Num(3)),
    ("ثلاثه", Num(3)),
    ("اربع", Num(4)),
    ("اربعه", Num(4)),
    ("خمس", Num(5)),
    ("خمسه", Num(5)),
    ("ست", Num(6)),
    ("سته", Num(6)),
    ("سبع", Num(7)),
    ("سبعه", Num(7)),
    ("ثماني", Num(8)),
    ("ثمان", Num(8)),
    ("ثمانيه", Num(8)),
    ("تسع", Num(9)),
    ("تسعه", Num(9)),
    ("عشر", Num(10)),
    ("عشره", Num(10)),
    ("احد", Num(1)),
    ("احدي", Num(1)),
    ("اثنا", Num(2)),
    ("اثني", Num(2)),
    ("اثنتا", Num(2)),
    ("اثنتي", Num(2)),
    ("عشرون", Num(20)),
    ("عشرين", Num(20)),
    ("ثلاثون", Num(30)),
    ("ثلاثين", Num(30)),
    ("اربعون", Num(40)),
    ("اربعين", Num(40)),
    ("خمسون", Num(50)),
    ("خمسين", Num(50)),
    ("ستون", Num(60)),
    ("ستين", Num(60)),
    ("سبعون", Num(70)),
    ("سبعين", Num(70)),
    ("ثمانون", Num(80)),
    ("ثمانين", Num(80)),
    ("تسعون", Num(90)),
    ("تسعين", Num(90)),
    ("مئه", Num(100)),
    ("مائه", Num(100)),
    ("مئتي", Num(200)),
    ("مئتين", Num(200)),
    ("مائتين", Num(200)),
    ("مئتان", Num(200)),
    ("الف", Num(1000)),
    ("الفين", Num(2000)),
    ("الفي", Num(2000)),
    // the same with the article (الأربع والعشرين ساعة)
    ("الثلاث", Num(3)),
    ("الثلاثه", Num(3)),
    ("الاربع", Num(4)),
    ("الاربعه", Num(4)),
    ("الخمس", Num(5)),
    ("الخمسه", Num(5)),
    ("الست", Num(6)),
    ("السته", Num(6)),
    ("السبع", Num(7)),
    ("السبعه", Num(7)),
    ("الثماني", Num(8)),
    ("الثمانيه", Num(8)),
    ("التسع", Num(9)),
    ("التسعه", Num(9)),
    ("العشر", Num(10)),
    ("العشره", Num(10)),
    ("الاربعين", Num(40)),
    ("الخمسين", Num(50)),
    ("الستين", Num(60)),
    ("السبعين", Num(70)),
    ("الثمانين", Num(80)),
    ("التسعين", Num(90)),
    ("المئه", Num(100)),
    // ordinals (masculine and feminine)
    ("الاول", Ordinal(1)),
    ("فاتح", Ordinal(1)),
    ("الاولي", Ordinal(1)),
    ("الواحده", Ordinal(1)),
    ("الحادي", Ordinal(1)),
    ("الحاديه", Ordinal(1)),
    ("الثاني", Ordinal(2)),
    ("الثانيه", Ordinal(2)),
    ("الثالث", Ordinal(3)),
    ("الثالثه", Ordinal(3)),
    ("الرابع", Ordinal(4)),
    ("الرابعه", Ordinal(4)),
    ("الخامس", Ordinal(5)),
    ("الخامسه", Ordinal(5)),
    ("السادس", Ordinal(6)),
    ("السادسه", Ordinal(6)),
    ("السابع", Ordinal(7)),
    ("السابعه", Ordinal(7)),
    ("الثامن", Ordinal(8)),
    ("الثامنه", Ordinal(8)),
    ("التاسع", Ordinal(9)),
    ("التاسعه", Ordinal(9)),
    ("العاشر", Ordinal(10)),
    ("العاشره", Ordinal(10)),
    ("العشرين", Ordinal(20)),
    ("الثلاثين", Ordinal(30)),
    // the ten of teens: الحادي عشر، خمسة عشر
    ("عشر", Teen),
    ("عشره", Teen),
    // relative modifiers
    ("الماضي", Relative(Rel::Past)),
    ("الماضيه", Relative(Rel::Past)),
    ("الماضيين", Relative(Rel::Past)),
    ("الماضيتين", Relative(Rel::Past)),
    ("المنصرم", Relative(Rel::Past)),
    ("المنصرمه", Relative(Rel::Past)),
    ("الفائت", Relative(Rel::Past)),
    ("الفائته", Relative(Rel::Past)),
    ("السابق", Relative(Rel::Past)),
    ("السابقه", Relative(Rel::Past)),
    ("الاخيره", Relative(Rel::Past)),
    ("الاخير", Relative(Rel::Past)),
    ("المقبل", Relative(Rel::Future)),
    ("المقبله", Relative(Rel::Future)),
    ("المقبلين", Relative(Rel::Future)),
    ("المقبلتين", Relative(Rel::Future)),
    ("القادم", Relative(Rel::Future)),
    ("القادمه", Relative(Rel::Future)),
    ("القادمين", Relative(Rel::Future)),
    // Levantine and Gulf colloquial "next"
    ("الجاي", Relative(Rel::Future)),
    ("الجايه", Relative(Rel::Future)),
    ("الجايي", Relative(Rel::Future)),
    ("التالي", Relative(Rel::Future)),
    ("الجاري", Relative(Rel::Present)),
    ("الجاريه", Relative(Rel::Present)),
    ("الحالي", Relative(Rel::Present)),
    ("الحاليه", Relative(Rel::Present)),
    ("هذا", This),
    ("هذه", This),
    ("هاي", This),
    ("عده", Few),
    ("بضعه", Few),
    ("بضع", Few),
    ("منذ", Since),
    ("بعد", After),
    // vague modifiers
    ("مطلع", Vague("START")),
    ("اوائل", Vague("START")),
    ("بدايه", Vague("START")),
    ("مستهل", Vague("START")),
    ("اول", Vague("START")),
    ("منتصف", Vague("MID")),
    ("اواسط", Vague("MID")),
    ("اواخر", Vague("END")),
    ("نهايه", Vague("END")),
    ("اخر", Vague("END")),
    ("ختام", Vague("END")),
    // year, day and month words
    ("عام", YearWord),
    ("العام", YearWord),
    ("سنه", YearWord),
    ("السنه", YearWord),
    ("عامي", YearsWord),
    ("يوم", DayWord),
    ("يومي", DaysWord),
    ("شهر", MonthWord),
    ("الشهر", MonthWord),
    // eras
    ("م", Era(false)),
    ("ميلادي", Era(false)),
    ("ميلاديه", Era(false)),
    ("للميلاد", Era(false)),
    ("ه", Era(true)),
    ("هجري", Era(true)),
    ("هجريه", Era(true)),
    ("للهجره", Era(true)),
    // parts of the day
    ("صباح", PartOfDay("MO")),
    ("مساء", PartOfDay("EV")),
    ("ليل", PartOfDay("NI")),
    ("فجر", PartOfDay("MO")),
    ("ظهر", PartOfDay("MI")),
    ("عصر", PartOfDay("AF")),
    ("ظهيره", PartOfDay("MI")),
    ("صباحا", PartOfDayAdv("MO")),
    ("مساء", PartOfDayAdv("EV")),
    ("مساءا", PartOfDayAdv("EV")),
    ("ليلا", PartOfDayAdv("NI")),
    ("فجرا", PartOfDayAdv("MO")),
    ("ظهرا", PartOfDayAdv("MI")),
    ("عصرا", PartOfDayAdv("AF")),
    ("الساعه", Hour),
    ("نصف", Fraction(30)),
    ("النصف", Fraction(30)),
    ("ونصف", Fraction(30)),
    ("ربع", Fraction(15)),
    ("الربع", Fraction(15)),
    ("ربعا", Fraction(15)),
    ("ثلث", Fraction(20)),
    ("الثلث", Fraction(20)),
    ("ثلثا", Fraction(20)),
    ("الا", Except),
    ("قبل", Ago),
    ("نحو", Approx),
    ("حوالي", Approx),
    ("قرابه", Approx),
    ("زهاء", Approx),
    // decades
    ("العشرينيات", Decade(2)),
    ("العشرينات", Decade(2)),
    ("الثلاثينيات", Decade(3)),
    ("الثلاثينات", Decade(3)),
    ("الاربعينيات", Decade(4)),
    ("الاربعينات", Decade(4)),
    ("الخمسينيات", Decade(5)),
    ("الخمسينات", Decade(5)),
    ("الستينيات", Decade(6)),
    ("الستينات", Decade(6)),
    ("السبعينيات", Decade(7)),
    ("السبعينات", Decade(7)),
    ("الثمانينيات", Decade(8)),
    ("الثمانينات", Decade(8)),
    ("التسعينيات", Decade(9)),
    ("التسعينات", Decade(9)),
    ("عشرينيات", Decade(2)),
    ("ثلاثينيات", Decade(3)),
    ("اربعينيات", Decade(4)),
    ("خمسينيات", Decade(5)),
    ("ستينيات", Decade(6)),
    ("سبعينيات", Decade(7)),
    ("ثمانينيات", Decade(8)),
    ("تسعينيات", Decade(9)),
    // seasons
    ("الصيف", Season("SU")),
    ("صيف", Season("SU")),
    ("الشتاء", Season("WI")),
    ("شتاء", Season("WI")),
    ("الربيع", Season("SP")),
    ("ربيع", Season("SP")),
    ("الخريف", Season("FA")),
    ("خريف", Season("FA")),
    // sets
    ("يوميا", SetAdv("P1D")),
    ("اسبوعيا", SetAdv("P1W")),
    ("شهريا", SetAdv("P1M")),
    ("سنويا", SetAdv("P1Y")),
    ("كل", Every),
    ("ليله", Night),
    ("الليله", Night),
    // holidays
    ("عيد", Holiday("عيد")),
    ("راس", Holiday("راس")),
    ("المولد", Holiday("المولد")),
    ("عاشوراء", Holiday("عاشوراء")),
];

/// Every word of the table, for the proclitic analysis of the tokenizer (via the lexicon).
pub fn words() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(w, _)| *w).chain(EXTRA.iter().copied())
}

/// Words that only appear as second words (ذو القعدة) or connectors; known so that
/// proclitics before them split.
const EXTRA: &[&str] = &["القعده", "الحجه", "الاخر", "الاخره", "الفطر", "الاضحي", "الميلاد", "النبوي", "عرفه", "القدر"];

/// All meanings of a word in the matching form (empty when unknown).
pub fn meanings(word: &str) -> &'static [W] {
    static MAP: OnceLock<(FxHashMap<&'static str, Vec<W>>, usize)> = OnceLock::new();
    let (map, longest) = MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, Vec<W>> = FxHashMap::default();
        for (w, s) in TABLE {
            m.entry(*w).or_default().push(*s);
        }
        let longest = m.keys().map(|k| k.len()).max().unwrap_or(0);
        (m, longest)
    });
    if word.len() > *longest {
        return &[];
    }
    map.get(word).map_or(&[], |v| v.as_slice())
}
