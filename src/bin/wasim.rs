//! `wasim`: the command-line face of the annotator.
//!
//! ```text
//! wasim annotate [FILE] [--reference-date YYYY-MM-DD] [--categories person,date] [--pretty]
//! wasim annotate --jsonl [--reference-date ...] [--categories ...]   < batch.jsonl
//! wasim eval GOLD.jsonl [--errors]
//! ```
//!
//! `annotate` reads FILE (or stdin) as one UTF-8 document and prints its result (the JSON contract
//! of ANNOTATION.md). With `--jsonl`, every stdin line `{"id", "text", "reference_date"?}` gives
//! one stdout line `{"id", "annotations"}` in the same order, or `{"id", "error"}` for a line that
//! cannot be read (id null when unknown); blank lines are skipped. `eval` scores against a gold file.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use wasim::{annotate, Category, Options, SimpleDate};

const USAGE: &str = "\
wasim — Arabic named entity and date annotator

usage:
  wasim annotate [FILE] [--reference-date YYYY-MM-DD] [--categories LIST] [--pretty]
  wasim annotate --jsonl [--reference-date YYYY-MM-DD] [--categories LIST]
  wasim eval GOLD.jsonl [--errors]

  FILE             one UTF-8 document (stdin when absent)
  --jsonl          batch: stdin lines {\"id\",\"text\",\"reference_date\"?} -> {\"id\",\"annotations\"}
  --reference-date the publication date, to resolve relative dates (أمس، الشهر الماضي)
  --categories     comma-separated subset of person,location,organization,date
  --errors         eval: also list every miss, spurious and wrong value
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("annotate") => cmd_annotate(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("wasim {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    if std::env::var_os("WASIM_REPORT_PEAK_RSS").is_some() {
        // For `make bench`: the peak resident memory of this run (Linux), on stderr.
        if let Some(l) = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).map(str::to_string))
        {
            eprintln!("wasim: peak {l}");
        }
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e == BROKEN_PIPE => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wasim: {}", e.trim_end());
            ExitCode::FAILURE
        }
    }
}

const BROKEN_PIPE: &str = "\0broken pipe";

fn io_err(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        BROKEN_PIPE.to_string()
    } else {
        format!("write error: {e}")
    }
}

struct AnnotateArgs {
    file: Option<String>,
    jsonl: bool,
    pretty: bool,
    options: Options,
}

fn parse_annotate(args: &[String]) -> Result<AnnotateArgs, String> {
    let mut out = AnnotateArgs { file: None, jsonl: false, pretty: false, options: Options::default() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value =
            |name: &str| inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{name} needs a value"));
        match flag {
            "--jsonl" => out.jsonl = true,
            "--pretty" => out.pretty = true,
            "--reference-date" => {
                let v = value("--reference-date")?;
                out.options.reference_date = Some(parse_date(&v)?);
            }
            "--categories" => out.options.categories = Category::parse_list(&value("--categories")?)?,
            "-h" | "--help" => return Err(USAGE.to_string()),
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f:?}")),
            f => {
                if out.file.replace(f.to_string()).is_some() {
                    return Err("annotate takes at most one FILE".into());
                }
            }
        }
    }
    if out.jsonl && out.file.is_some() {
        return Err("--jsonl reads stdin; do not give a FILE".into());
    }
    Ok(out)
}

fn parse_date(s: &str) -> Result<SimpleDate, String> {
    SimpleDate::parse(s).ok_or_else(|| format!("invalid reference date {s:?} (expected YYYY-MM-DD)"))
}

fn cmd_annotate(args: &[String]) -> Result<(), String> {
    let a = parse_annotate(args)?;
    // the lexicon (about 15 ms to build) is built on another core while the input is read and
    // checked; the first annotation waits for it if it is not done
    std::thread::spawn(wasim::Annotator::default_ref);
    if a.jsonl {
        return annotate_jsonl(&a.options);
    }
    let mut bytes = Vec::new();
    match a.file.as_deref() {
        None | Some("-") => {
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            0
        }
    };
    let text = utf8(&bytes)?;
    let doc = annotate(text, &a.options);
    // written as it is serialized: a large document's JSON is never held whole in memory
    let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    if a.pretty {
        serde_json::to_writer_pretty(&mut stdout, &doc)
    } else {
        wasim::serialize::write_json(&doc, &mut stdout)
    }
    .map_err(|e| match e.io_error_kind() {
        Some(kind) => io_err(kind.into()),
        None => e.to_string(),
    })?;
    writeln!(stdout).and_then(|_| stdout.flush()).map_err(io_err)
}

/// The text of a UTF-8 byte string, or an error naming the byte offset of the first bad byte.
fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes)
        .map_err(|e| format!("input is not valid UTF-8: invalid byte sequence at byte offset {}", e.valid_up_to()))
}

fn annotate_jsonl(defaults: &Options) -> Result<(), String> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = jsonl_line(line, n + 1, defaults);
        let v = match result {
            Ok(v) => v,
            Err((id, e)) => json!({"id": id, "error": e}),
        };
        serde_json::to_writer(&mut out, &v).map_err(|e| e.to_string())?;
        out.write_all(b"\n").and_then(|_| out.flush()).map_err(io_err)?;
    }
    Ok(())
}

fn jsonl_line(line: &[u8], n: usize, defaults: &Options) -> Result<Value, (Value, String)> {
    let text = utf8(line).map_err(|e| (Value::Null, format!("line {n}: {e}")))?;
    let v: Value = serde_json::from_str(text).map_err(|e| (Value::Null, format!("line {n}: invalid JSON: {e}")))?;
    let Value::Object(obj) = v else {
        return Err((Value::Null, format!("line {n}: expected a JSON object")));
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let fail = |m: String| (id.clone(), format!("line {n}: {m}"));
    let text = match obj.get("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(fail("\"text\" must be a string".into())),
        None => return Err(fail("missing \"text\"".into())),
    };
    let mut options = defaults.clone();
    match obj.get("reference_date") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => options.reference_date = Some(parse_date(s).map_err(fail)?),
        Some(_) => return Err(fail("\"reference_date\" must be a string YYYY-MM-DD".into())),
    }
    let doc = annotate(text, &options);
    Ok(json!({"id": id, "annotations": doc.annotations}))
}

fn cmd_eval(args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut errors = false;
    for a in args {
        match a.as_str() {
            "--errors" => errors = true,
            f if f.starts_with("--") => return Err(format!("unknown option {f:?}")),
            f => {
                if file.replace(f).is_some() {
                    return Err("eval takes one GOLD.jsonl".into());
                }
            }
        }
    }
    let file = file.ok_or("eval needs a GOLD.jsonl file")?;
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let docs = wasim::eval::parse_gold(utf8(&bytes)?).map_err(|e| format!("{file}: {e}"))?;
    let report = wasim::eval::evaluate(&docs);
    let mut stdout = io::stdout().lock();
    let mut s = format!("gold: {file}\n{}", report.table());
    if errors {
        for m in &report.errors {
            s += &format!("{}\t{}\t{}\t{}\t{}\n", m.doc, m.kind, m.category.as_str(), m.text, m.detail);
        }
    }
    stdout.write_all(s.as_bytes()).map_err(io_err)
}
