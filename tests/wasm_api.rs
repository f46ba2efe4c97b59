//! The WASM API as the page calls it, run under node by wasm-bindgen-test-runner
//! (`make test-wasm`): plain JS objects following the JSON contract, options, errors.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
#[path = "common/snapshot_lines.rs"]
mod snapshot_lines;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn annotations(v: &JsValue) -> Vec<JsValue> {
    Array::from(&get(v, "annotations")).iter().collect()
}

#[wasm_bindgen_test]
fn returns_a_plain_object_in_the_json_contract() {
    let out = wasim::wasm::annotate("زار بوتين موسكو 😀 أمس", JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&out, "text_length").as_f64(), Some(21.0));
    assert_eq!(get(&out, "utf16_length").as_f64(), Some(22.0));
    let anns = annotations(&out);
    let cats: Vec<String> = anns.iter().map(|a| get(a, "category").as_string().unwrap()).collect();
    assert_eq!(cats, ["person", "location", "date"]);
    // After the emoji, UTF-16 offsets run one ahead of code points.
    assert_eq!(get(&anns[2], "start").as_f64(), Some(18.0));
    assert_eq!(get(&anns[2], "utf16_start").as_f64(), Some(19.0));
    assert_eq!(get(&anns[2], "value").as_string().as_deref(), Some("PAST_REF"));
    // A plain object, not a Map: JSON.stringify sees the fields.
    let json = JSON::stringify(&out).unwrap().as_string().unwrap();
    assert!(json.contains("\"canonical\":\"فلاديمير بوتين\""), "{json}");
}

#[wasm_bindgen_test]
fn options_select_categories_and_reference_date() {
    let opts = JSON::parse(r#"{"categories": ["date"], "referenceDate": "2025-04-11"}"#).unwrap();
    let out = wasim::wasm::annotate("زار بوتين موسكو أمس", opts).unwrap();
    let anns = annotations(&out);
    assert_eq!(anns.len(), 1);
    assert_eq!(get(&anns[0], "value").as_string().as_deref(), Some("2025-04-10"));
}

#[wasm_bindgen_test]
fn bad_options_are_errors_with_messages() {
    for (opts, needle) in [
        (r#"{"categories": ["people"]}"#, "unknown category"),
        (r#"{"referenceDate": "11/04/2025"}"#, "invalid referenceDate"),
        (r#"{"categories": "person"}"#, "invalid options"),
        (r#"{"colour": "red"}"#, "invalid options"),
    ] {
        let err = wasim::wasm::annotate("بوتين", JSON::parse(opts).unwrap()).unwrap_err();
        let msg: JsValue = err.into();
        let text = get(&msg, "message").as_string().unwrap();
        assert!(text.contains(needle), "{opts}: {text}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_utf16_offsets() {
    // A JS string with a lone surrogate reaches Rust with U+FFFD in its place: same UTF-16 length.
    let s: JsValue = JSON::parse(r#""\ud800 بوتين""#).unwrap();
    let out = wasim::wasm::annotate(&s.as_string().unwrap(), JsValue::NULL).unwrap();
    let anns = annotations(&out);
    assert_eq!(get(&anns[0], "utf16_start").as_f64(), Some(2.0));
    assert_eq!(get(&anns[0], "utf16_end").as_f64(), Some(7.0));
}

#[wasm_bindgen_test]
fn an_annotator_with_a_readers_entries() {
    let entries = JSON::parse(
        r#"[{"surface": "تل الزعتر الشمالي", "category": "location"},
            {"surface": "بوتين", "category": "organization", "canonical": "شركة بوتين"}]"#,
    )
    .unwrap();
    let a = wasim::wasm::JsAnnotator::new(entries).unwrap();
    let out = a.annotate("وصل وفد إلى تل الزعتر الشمالي ولبوتين", JsValue::UNDEFINED).unwrap();
    let got: Vec<(String, String, String)> = annotations(&out)
        .iter()
        .map(|x| {
            (
                get(x, "text").as_string().unwrap(),
                get(x, "category").as_string().unwrap(),
                get(x, "source").as_string().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("تل الزعتر الشمالي".to_string(), "location".to_string(), "user".to_string()),
            ("بوتين".to_string(), "organization".to_string(), "user".to_string()),
        ]
    );
    // the module's annotate keeps the default lists
    let plain = wasim::wasm::annotate("ولبوتين", JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&annotations(&plain)[0], "source").as_string().as_deref(), Some("lexicon"));
    // bad entries are errors naming the entry
    for (entries, needle) in [
        (r#"[{"surface": "أمس", "category": "date"}]"#, "entry 0"),
        (r#"[{"surface": "x", "category": "person"}, {"surface": "", "category": "person"}]"#, "entry 1"),
        (r#"[{"surface": "x", "category": "place"}]"#, "unknown category"),
        (r#"{"surface": "x"}"#, "invalid entries"),
    ] {
        let err = wasim::wasm::JsAnnotator::new(JSON::parse(entries).unwrap()).err().expect("an error");
        let msg: JsValue = err.into();
        let text = get(&msg, "message").as_string().unwrap();
        assert!(text.contains(needle), "{entries}: {text}");
    }
}

/// The core under WebAssembly gives the native output on wasim's dev split, the learned tagger
/// included (its scores are integers; nothing depends on the platform's floats): the native
/// snapshot `tests/snapshots/corpus_dev.tsv`, line for line. The dev split's texts are annotated
/// without their reference dates, as the snapshot test does.
#[wasm_bindgen_test]
fn the_core_under_wasm_gives_the_native_output() {
    let mut body = String::new();
    let mut counts = std::collections::BTreeMap::new();
    for (i, line) in include_str!("../corpus/dev.jsonl").lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let doc = wasim::annotate(v["text"].as_str().unwrap(), &wasim::Options::default());
        snapshot_lines::lines_of(i, &doc, true, &mut body, &mut counts);
    }
    let got = snapshot_lines::render(&counts, &body);
    let want = include_str!("snapshots/corpus_dev.tsv");
    if got != want {
        let first = got.lines().zip(want.lines()).position(|(a, b)| a != b);
        panic!(
            "WASM output differs from the native snapshot at line {first:?} ({} vs {} lines)",
            got.lines().count(),
            want.lines().count()
        );
    }
}
