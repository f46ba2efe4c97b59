//! Property tests: for arbitrary text, every annotation's `text` is the input's slice at its code
//! point offsets and at its UTF-16 offsets, spans are sorted, disjoint and within one line, and
//! nothing panics.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use wasim::{annotate, Category, Options, SimpleDate};

fn check(text: &str, options: &Options) {
    let doc = annotate(text, options);
    let cps: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(doc.text_length, cps.len());
    assert_eq!(doc.utf16_length, units.len());
    let mut prev_end = 0;
    for a in &doc.annotations {
        assert!(a.start < a.end && a.start >= prev_end, "sorted and disjoint: {:?}", doc.annotations);
        prev_end = a.end;
        let by_cp: String = cps[a.start..a.end].iter().collect();
        assert_eq!(by_cp, a.text);
        let by_u16 = String::from_utf16(&units[a.utf16_start..a.utf16_end]).unwrap();
        assert_eq!(by_u16, a.text);
        assert!(!a.text.contains('\n'), "a span crosses a line break: {:?}", a.text);
        assert!(options.categories.contains(&a.category));
        if a.category == Category::Date {
            assert!(a.date_type.is_some());
        }
    }
}

/// Strings built from the pieces Arabic news is made of, so that the grammar is exercised.
fn arabic_news() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "بوتين",
        "فلاديمير",
        "وبوتين",
        "للولايات",
        "المتحدة",
        "روسيا",
        "لروسيا",
        "الروسية",
        "وزارة",
        "الدفاع",
        "مدينة",
        "تولتشيا",
        "الأربعاء",
        "يوم",
        "أمس",
        "عام",
        "2022",
        "٢٠٢٢",
        "شباط/فبراير",
        "كانون",
        "الثاني",
        "مطلع",
        "الساعة",
        "3:30",
        "قبل",
        "يومين",
        "منذ",
        "45",
        "عاما",
        "الماضي",
        "ـ",
        "\u{064E}",
        "\u{0651}",
        "\u{200F}",
        "\u{200E}",
        "\u{061C}",
        "،",
        ".",
        " ",
        " ",
        " ",
        "\n",
        "\r\n",
        "😀",
        "👩‍👩‍👧",
        "e\u{301}",
        "\0",
        "<b>",
        "&amp;",
        "x",
        "ﷲ",
        "ﻻ",
        "\u{FEFF}",
        "ٱ",
        "ى",
        "ة",
        "ک",
        "٣",
        "۴",
        "/",
        "-",
        "(",
        ")",
        "هـ",
        "م",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn offsets_hold_on_arbitrary_unicode(text in any::<String>()) {
        check(&text, &Options::default());
    }

    #[test]
    fn offsets_hold_on_arabic_news_pieces(text in arabic_news(), day in 1u32..28, cats in 1usize..16) {
        let categories: Vec<Category> = Category::ALL.iter().enumerate().filter(|(i, _)| cats & (1 << i) != 0).map(|(_, c)| *c).collect();
        let options = Options { categories, reference_date: SimpleDate::new(2025, 4, day) };
        check(&text, &options);
    }

    #[test]
    fn filtering_categories_only_removes(text in arabic_news()) {
        let all = annotate(&text, &Options::default());
        let dates = annotate(&text, &Options { categories: vec![Category::Date], reference_date: None });
        let expected: Vec<_> = all.annotations.into_iter().filter(|a| a.category == Category::Date).collect();
        prop_assert_eq!(dates.annotations, expected);
    }
}

#[test]
fn odd_inputs_keep_the_invariants() {
    let long_word = "ب".repeat(1 << 20);
    let cases: Vec<String> = vec![
        String::new(),
        "\u{064E}\u{0651}\u{0652}".repeat(1000),
        "\0\0\0".into(),
        "😀👩‍👩‍👧🇸🇦".repeat(500),
        long_word,
        "ـــــــ".repeat(1000),
        "\r\n\r\n".into(),
        "بوتين\r\nروسيا\r\n".into(),
        "في 24/2/2022 و2022-02-24 و٢٤/٢/٢٠٢٢".into(),
        "<img src=x onerror=alert(1)> بوتين".into(),
    ];
    for c in &cases {
        check(c, &Options::default());
    }
}
