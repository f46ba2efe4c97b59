//! Fuzz target: any bytes that are UTF-8 go through `annotate` with every option combination the
//! first byte selects; the offset invariants of the JSON contract are asserted on the result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wasim::{annotate, Category, Options, SimpleDate};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let categories: Vec<Category> =
        Category::ALL.iter().enumerate().filter(|(i, _)| sel & (1 << i) != 0).map(|(_, c)| *c).collect();
    let reference_date = if sel & 0x10 != 0 { SimpleDate::new(2024, 2, 29) } else { None };
    let doc = annotate(text, &Options { categories, reference_date });
    let cps: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut prev = 0;
    for a in &doc.annotations {
        assert!(a.start >= prev && a.start < a.end && a.end <= cps.len());
        prev = a.end;
        assert_eq!(cps[a.start..a.end].iter().collect::<String>(), a.text);
        assert_eq!(String::from_utf16(&units[a.utf16_start..a.utf16_end]).unwrap(), a.text);
    }
});
