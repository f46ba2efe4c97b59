//! `wasim`: the command-line face of the annotator.
//!
//! ```text
//! wasim annotate [FILE] [--reference-date YYYY-MM-DD] [--categories person,date] [--pretty]
//! wasim annotate --jsonl [--reference-date ...] [--categories ...]   < batch.jsonl
//! wasim eval GOLD.jsonl [--errors] [--tagger on|off|only]
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
  wasim annotate [FILE] [--reference-date YYYY-MM-DD] [--categories LIST] [--pretty | --explain]
  wasim annotate --jsonl [--reference-date YYYY-MM-DD] [--categories LIST]
  wasim eval GOLD.jsonl [--errors] [--tagger on|off|only]
  wasim --version

  FILE             one UTF-8 document (stdin when absent or -)
  --jsonl          batch: stdin lines {\"id\",\"text\",\"reference_date\"?} -> {\"id\",\"annotations\"}
  --reference-date the publication date, to resolve relative dates (أمس، الشهر الماضي)
  --categories     comma-separated subset of person,location,organization,date
  --pretty         indented JSON
  --explain        every candidate of every source, whether it was chosen, and what it lost to
  --errors         eval: also list every miss, spurious and wrong value
  --tagger         eval: the learned tagger joins the rules (on, the default), is not run (off),
                   or alone finds persons, places and bodies (only): the ablation
";

/// Why a command failed.
#[derive(Debug)]
enum CliError {
    /// The arguments are wrong: the message, then the usage.
    Usage(String),
    /// The input or a file cannot be read, or holds something wrong.
    Input(String),
    /// Writing the output failed.
    Output(io::Error),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "{m}\n\n{USAGE}"),
            CliError::Input(m) => f.write_str(m),
            CliError::Output(e) => write!(f, "write error: {e}"),
        }
    }
}

impl From<lexopt::Error> for CliError {
    fn from(e: lexopt::Error) -> Self {
        CliError::Usage(match e {
            lexopt::Error::UnexpectedOption(o) => format!("unknown option {o:?}"),
            lexopt::Error::MissingValue { option: Some(o) } => format!("{o} needs a value"),
            lexopt::Error::UnexpectedValue { option, .. } => format!("{option} takes no value"),
            other => other.to_string(),
        })
    }
}

fn output(e: io::Error) -> CliError {
    CliError::Output(e)
}

fn main() -> ExitCode {
    let result = run();
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
        // a reader that stops reading (| head) is not an error
        Err(CliError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wasim: {}", e.to_string().trim_end());
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), CliError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    match parser.next()? {
        Some(Value(cmd)) if cmd == "annotate" => cmd_annotate(parse_annotate(&mut parser)?),
        Some(Value(cmd)) if cmd == "eval" => cmd_eval(&mut parser),
        Some(Value(cmd)) if cmd == "help" => help(),
        Some(Short('h') | Long("help")) => help(),
        Some(Short('V') | Long("version")) => {
            println!("wasim {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(Value(other)) => Err(CliError::Usage(format!("unknown command {:?}", other.to_string_lossy()))),
        Some(arg) => Err(arg.unexpected().into()),
        None => Err(CliError::Usage("a command is needed".into())),
    }
}

fn help() -> Result<(), CliError> {
    io::stdout().write_all(USAGE.as_bytes()).map_err(output)
}

#[derive(Debug, Default)]
struct AnnotateArgs {
    file: Option<String>,
    jsonl: bool,
    pretty: bool,
    explain: bool,
    help: bool,
    options: Options,
}

fn parse_annotate(parser: &mut lexopt::Parser) -> Result<AnnotateArgs, CliError> {
    use lexopt::prelude::*;
    let mut out = AnnotateArgs::default();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("jsonl") => out.jsonl = true,
            Long("pretty") => out.pretty = true,
            Long("explain") => out.explain = true,
            Long("reference-date") => out.options.reference_date = Some(parse_date(&string(parser.value()?)?)?),
            Long("categories") => {
                out.options.categories = Category::parse_list(&string(parser.value()?)?).map_err(CliError::Usage)?
            }
            Short('h') | Long("help") => out.help = true,
            Value(f) => {
                if out.file.replace(string(f)?).is_some() {
                    return Err(CliError::Usage("annotate takes at most one FILE".into()));
                }
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    if out.jsonl && out.file.is_some() {
        return Err(CliError::Usage("--jsonl reads stdin; do not give a FILE".into()));
    }
    if out.explain && (out.jsonl || out.pretty) {
        return Err(CliError::Usage("--explain prints a table of one document; not with --jsonl or --pretty".into()));
    }
    Ok(out)
}

fn string(s: std::ffi::OsString) -> Result<String, CliError> {
    s.into_string().map_err(|s| CliError::Usage(format!("{s:?} is not valid UTF-8")))
}

fn parse_date(s: &str) -> Result<SimpleDate, CliError> {
    SimpleDate::parse(s).ok_or_else(|| CliError::Usage(format!("invalid reference date {s:?} (expected YYYY-MM-DD)")))
}

fn cmd_annotate(a: AnnotateArgs) -> Result<(), CliError> {
    if a.help {
        return help();
    }
    if a.jsonl {
        return annotate_jsonl(&a.options);
    }
    let mut bytes = Vec::new();
    match a.file.as_deref() {
        None | Some("-") => io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::Input(format!("cannot read stdin: {e}")))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| CliError::Input(format!("cannot read {path}: {e}")))?;
            0
        }
    };
    let text = utf8(&bytes).map_err(CliError::Input)?;
    if a.explain {
        return explain(text, &a.options);
    }
    let doc = annotate(text, &a.options);
    // written as it is serialized: a large document's JSON is never held whole in memory
    let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    if a.pretty {
        serde_json::to_writer_pretty(&mut stdout, &doc)
    } else {
        wasim::serialize::write_json(&doc, &mut stdout)
    }
    .map_err(|e| match e.io_error_kind() {
        Some(kind) => CliError::Output(kind.into()),
        None => CliError::Input(e.to_string()),
    })?;
    writeln!(stdout).and_then(|_| stdout.flush()).map_err(output)
}

/// `--explain`: a table of every candidate, in code points, with its source and score, and
/// whether the policy kept it or what kept candidate it lost to.
fn explain(text: &str, options: &Options) -> Result<(), CliError> {
    let rows = wasim::Annotator::default_ref().explain(text, options);
    // code point offsets of the byte offsets the rows use
    let mut cp = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        cp[b..b + c.len_utf8()].fill(n);
        n += 1;
    }
    cp[text.len()] = n;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut s = String::from("start\tend\ttext\tcategory\tsource\tscore\tcanonical\tverdict\n");
    for r in &rows {
        let m = &r.span;
        let verdict = match &r.verdict {
            Ok(()) => "chosen".to_string(),
            Err(w) => format!(
                "lost to {} {:?} {}-{} ({})",
                w.source,
                &text[w.start..w.end],
                cp[w.start],
                cp[w.end],
                // the policy tries longer candidates first, so a winner is never shorter
                if w.len() > m.len() { "longer" } else { "as long, ahead by source, score, start or order" }
            ),
        };
        s += &format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{verdict}\n",
            cp[m.start],
            cp[m.end],
            &text[m.start..m.end],
            m.category.as_str(),
            m.source,
            m.score,
            m.canonical.as_deref().or(m.date.as_ref().and_then(|d| d.value.as_deref())).unwrap_or("")
        );
    }
    out.write_all(s.as_bytes()).and_then(|_| out.flush()).map_err(output)
}

/// The text of a UTF-8 byte string, or an error naming the byte offset of the first bad byte.
fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes)
        .map_err(|e| format!("input is not valid UTF-8: invalid byte sequence at byte offset {}", e.valid_up_to()))
}

fn annotate_jsonl(defaults: &Options) -> Result<(), CliError> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line.map_err(|e| CliError::Input(format!("cannot read stdin: {e}")))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = jsonl_line(line, n + 1, defaults);
        let v = match result {
            Ok(v) => v,
            Err((id, e)) => json!({"id": id, "error": e}),
        };
        serde_json::to_writer(&mut out, &v).map_err(|e| CliError::Output(e.into()))?;
        out.write_all(b"\n").and_then(|_| out.flush()).map_err(output)?;
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
        Some(Value::String(s)) => {
            options.reference_date = Some(
                SimpleDate::parse(s)
                    .ok_or_else(|| fail(format!("invalid reference date {s:?} (expected YYYY-MM-DD)")))?,
            )
        }
        Some(_) => return Err(fail("\"reference_date\" must be a string YYYY-MM-DD".into())),
    }
    let doc = annotate(text, &options);
    Ok(json!({"id": id, "annotations": doc.annotations}))
}

fn cmd_eval(parser: &mut lexopt::Parser) -> Result<(), CliError> {
    use lexopt::prelude::*;
    let mut file = None;
    let mut errors = false;
    let mut mode = wasim::TaggerMode::default();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("errors") => errors = true,
            Long("tagger") => {
                let v = string(parser.value()?)?;
                mode = wasim::TaggerMode::parse(&v)
                    .ok_or_else(|| CliError::Usage(format!("--tagger takes on, off or only, not {v:?}")))?;
            }
            Short('h') | Long("help") => return help(),
            Value(f) => {
                if file.replace(string(f)?).is_some() {
                    return Err(CliError::Usage("eval takes one GOLD.jsonl".into()));
                }
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| CliError::Usage("eval needs a GOLD.jsonl file".into()))?;
    let bytes = std::fs::read(&file).map_err(|e| CliError::Input(format!("cannot read {file}: {e}")))?;
    let docs = wasim::eval::parse_gold(utf8(&bytes).map_err(CliError::Input)?)
        .map_err(|e| CliError::Input(format!("{file}: {e}")))?;
    let annotator = wasim::Annotator::builder().tagger(mode).build();
    let report = wasim::eval::evaluate_with(&annotator, &docs);
    let mut stdout = io::stdout().lock();
    let mut s = format!("gold: {file}\n{}", report.table());
    if errors {
        for m in &report.errors {
            s += &format!("{}\t{}\t{}\t{}\t{}\n", m.doc, m.kind, m.category.as_str(), m.text, m.detail);
        }
    }
    stdout.write_all(s.as_bytes()).map_err(output)
}
