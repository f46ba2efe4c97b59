//! The `wasim` command as scoring and users drive it: exit codes, messages, the JSON contract,
//! the streaming `--jsonl` mode, and a table of odd inputs that must never break it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wasim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn wasim");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for wasim");
    writer.join().unwrap();
    out
}

fn json_of(out: &Output) -> Value {
    assert!(out.status.success(), "exit {:?}, stderr {}", out.status, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Checks the contract on one result: offsets index the input both ways, sorted, disjoint.
fn check_contract(input: &str, doc: &Value) {
    let cps: Vec<char> = input.chars().collect();
    let units: Vec<u16> = input.encode_utf16().collect();
    assert_eq!(doc["text_length"].as_u64().unwrap() as usize, cps.len());
    let mut prev = 0;
    for a in doc["annotations"].as_array().unwrap() {
        let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
        let (us, ue) = (a["utf16_start"].as_u64().unwrap() as usize, a["utf16_end"].as_u64().unwrap() as usize);
        assert!(s >= prev && s < e);
        prev = e;
        let text = a["text"].as_str().unwrap();
        assert_eq!(cps[s..e].iter().collect::<String>(), text);
        assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), text);
        assert!(["person", "location", "organization", "date"].contains(&a["category"].as_str().unwrap()));
        assert!(a["source"].is_string());
    }
}

fn texts(doc: &Value) -> Vec<(String, String)> {
    doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["text"].as_str().unwrap().to_string(), a["category"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn annotates_stdin_as_one_document() {
    let input = "قال الرئيس الروسي فلاديمير بوتين في موسكو يوم الأربعاء إن بوتين\nمستعد.";
    let doc = json_of(&run(&["annotate"], input.as_bytes()));
    check_contract(input, &doc);
    let found = texts(&doc);
    assert!(found.contains(&("فلاديمير بوتين".into(), "person".into())), "{found:?}");
    assert!(found.contains(&("موسكو".into(), "location".into())), "{found:?}");
    assert!(found.contains(&("يوم الأربعاء".into(), "date".into())), "{found:?}");
    let later = &doc["annotations"].as_array().unwrap().iter().find(|a| a["start"] == 58).unwrap();
    assert_eq!(later["canonical"], "فلاديمير بوتين");
}

#[test]
fn annotates_a_file_argument() {
    let path = std::env::temp_dir().join(format!("wasim-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "زار بوتين بكين").unwrap();
    let doc = json_of(&run(&["annotate", path.to_str().unwrap()], b""));
    std::fs::remove_file(&path).ok();
    assert_eq!(texts(&doc), vec![("بوتين".into(), "person".into()), ("بكين".into(), "location".into())]);
}

#[test]
fn invalid_utf8_is_an_error_naming_the_byte_offset() {
    let mut input = "روسيا".as_bytes().to_vec(); // 10 bytes
    input.extend_from_slice(&[0xff, 0xfe]);
    let out = run(&["annotate"], &input);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("UTF-8") && err.contains("byte offset 10"), "{err}");
    // A lone surrogate as CESU-8/WTF-8 bytes is not UTF-8 either.
    let out = run(&["annotate"], b"ab\xed\xa0\x80cd");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("byte offset 2"));
}

#[test]
fn options_filter_and_resolve() {
    let input = "زار بوتين موسكو أمس";
    let doc =
        json_of(&run(&["annotate", "--categories", "person,date", "--reference-date", "2025-04-11"], input.as_bytes()));
    assert_eq!(texts(&doc), vec![("بوتين".into(), "person".into()), ("أمس".into(), "date".into())]);
    assert_eq!(doc["annotations"][1]["value"], "2025-04-10");
    let doc = json_of(&run(&["annotate", "--categories=location"], input.as_bytes()));
    assert_eq!(texts(&doc), vec![("موسكو".into(), "location".into())]);
}

#[test]
fn bad_arguments_fail_with_a_message() {
    for (args, needle) in [
        (vec!["annotate", "--categories", "people"], "unknown category"),
        (vec!["annotate", "--reference-date", "2025-13-01"], "invalid reference date"),
        (vec!["annotate", "--reference-date"], "needs a value"),
        (vec!["annotate", "--frobnicate"], "unknown option"),
        (vec!["annotate", "/nonexistent/wasim/file.txt"], "cannot read"),
        (vec!["frobnicate"], "unknown command"),
        (vec!["eval"], "GOLD.jsonl"),
        // a flag takes no value: --jsonl=no and --pretty=false are errors, not the flag turned on
        (vec!["annotate", "--jsonl=no"], "--jsonl takes no value"),
        (vec!["annotate", "--pretty=false"], "--pretty takes no value"),
        (vec!["annotate", "--explain", "--jsonl"], "not with --jsonl"),
        (vec!["eval", "--frobnicate"], "unknown option"),
        (vec![], "a command is needed"),
    ] {
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn jsonl_streams_one_line_per_document_and_survives_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice("{\"id\": \"a\", \"text\": \"زار بوتين موسكو\"}\n".as_bytes());
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": 7, \"text\": 5}\n");
    input.extend_from_slice(b"{\"id\": 8}\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"\xff\"}\n");
    input.extend_from_slice("{\"id\": 9, \"text\": \"أمس\", \"reference_date\": \"2025-02-30\"}\n".as_bytes());
    input.extend_from_slice("{\"id\": 10, \"text\": \"أمس\", \"reference_date\": \"2025-03-01\"}\r\n".as_bytes());
    input.extend_from_slice("{\"id\": null, \"text\": \"\"}".as_bytes());
    let out = run(&["annotate", "--jsonl"], &input);
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 9, "{lines:?}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["annotations"].as_array().unwrap().len(), 2);
    assert!(lines[0].get("error").is_none());
    for (i, id) in [(1, Value::Null), (2, 7.into()), (3, 8.into()), (4, Value::Null), (5, Value::Null), (6, 9.into())] {
        assert_eq!(lines[i]["id"], id, "line {i}: {}", lines[i]);
        assert!(lines[i]["error"].is_string(), "line {i}: {}", lines[i]);
        assert!(lines[i].get("annotations").is_none());
    }
    assert!(lines[5]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(lines[7]["id"], 10);
    assert_eq!(lines[7]["annotations"][0]["value"], "2025-02-28");
    assert_eq!(lines[8]["annotations"], Value::Array(vec![]));
}

#[test]
fn jsonl_uses_command_line_options_as_defaults() {
    let input = "{\"id\": 1, \"text\": \"زار بوتين موسكو أمس\"}\n";
    let out = run(&["annotate", "--jsonl", "--categories", "date", "--reference-date", "2024-03-01"], input.as_bytes());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["annotations"].as_array().unwrap().len(), 1);
    assert_eq!(v["annotations"][0]["value"], "2024-02-29");
}

/// Odd input of every kind: the command exits 0 and the offsets hold.
#[test]
fn odd_inputs_table() {
    let mb_word = "س".repeat(600_000);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("only spaces", "   \n\t ".into()),
        ("CRLF lines", "زار بوتين موسكو\r\nثم عاد إلى روسيا\r\n".into()),
        ("BOM", "\u{FEFF}روسيا".into()),
        ("emoji before names", "😀👍🏽 بوتين 🇷🇺 في موسكو".into()),
        ("mixed scripts", "Putin (بوتين) met Xi in Moscow, موسكو, on Wednesday".into()),
        ("HTML", "<img src=x onerror=alert(1)><b>بوتين</b> &amp; <script>x</script>".into()),
        ("NUL bytes", "روسيا\0بوتين\0".into()),
        ("only harakat", "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}".repeat(50)),
        ("diacritized name", "بُوتِينُ فِي مُوسْكُو".into()),
        ("tatweel", "روســـيا وبـــوتين".into()),
        ("bidi marks", "\u{200F}روسيا\u{200E} \u{202B}بوتين\u{202C}".into()),
        ("Arabic-Indic digits", "في ٢٤/٢/٢٠٢٢ وفي ۲۰۲۳".into()),
        ("one long word", mb_word),
        ("presentation forms", "ﻣﻮﺳﻜﻮ ﷲ ﻻ".into()),
        ("replacement chars", "\u{FFFD}\u{FFFD} بوتين".into()),
        ("combining on Latin", "e\u{301}\u{302}\u{303} بوتين".into()),
        ("control chars", "\u{7}\u{1b}[31mروسيا\u{1b}[0m".into()),
    ];
    for (name, input) in cases {
        let out = run(&["annotate"], input.as_bytes());
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_contract(&input, &doc);
    }
}

#[test]
fn help_and_version_succeed_everywhere() {
    for args in [
        vec!["--help"],
        vec!["-h"],
        vec!["help"],
        vec!["annotate", "-h"],
        vec!["annotate", "--help"],
        vec!["eval", "--help"],
    ] {
        let out = run(&args, b"");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("wasim annotate --jsonl"), "{args:?}");
    }
    let out = run(&["--version"], b"");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("wasim {}", env!("CARGO_PKG_VERSION")));
}

/// `--explain` lists every candidate with its source and verdict: here the title rule's reading
/// of بوتين loses to the lexicon's, which is as long.
#[test]
fn explain_lists_every_candidate_and_its_verdict() {
    let text = "قال الرئيس فلاديمير بوتين في موسكو أمس";
    let out = run(&["annotate", "--explain", "--reference-date", "2025-04-11"], text.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = table.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0], ["start", "end", "text", "category", "source", "score", "canonical", "verdict"]);
    let row =
        |source: &str| rows.iter().find(|r| r[4] == source).unwrap_or_else(|| panic!("no {source} row in\n{table}"));
    assert_eq!(row("lexicon")[..5], ["11", "25", "فلاديمير بوتين", "person", "lexicon"]);
    assert_eq!(row("lexicon")[7], "chosen");
    assert_eq!(
        row("rule:title")[7],
        "lost to lexicon \"فلاديمير بوتين\" 11-25 (as long, ahead by source, score, start or order)"
    );
    assert_eq!(row("date")[..8], ["35", "38", "أمس", "date", "date", "1", "2025-04-10", "chosen"]);
    // the chosen rows are exactly the annotations
    let doc = json_of(&run(&["annotate", "--reference-date", "2025-04-11"], text.as_bytes()));
    let chosen: Vec<(String, String)> =
        rows[1..].iter().filter(|r| r[7] == "chosen").map(|r| (r[0].to_string(), r[2].to_string())).collect();
    let annotated: Vec<(String, String)> = doc["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["start"].to_string(), a["text"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(chosen, annotated);
}
