//! `wasim-train`: trains the tagger (`make model`) and writes `src/tagger/model.bin`.
//!
//! ```text
//! wasim-train TRAIN.jsonl [--out FILE] [--epochs N] [--prune P] [--seed S] [--dev DEV.jsonl]
//! ```
//!
//! Reads gold documents in the `corpus/` format, runs the pipeline up to the tagger on each (the
//! tagger's features are those of the annotator it serves: lexicon, rules and dates, never an
//! earlier model), labels each token from the gold spans (B at the token whose stem starts a span,
//! I at the later tokens inside it), trains the averaged perceptron and writes the quantized model.
//! Spans the tokens cannot express (a name glued to an unsplit proclitic) are counted and left O.
//! With `--dev`, it prints the model's exact-span F1 there after training (never used to choose
//! anything automatically: the split's README says what is tuned on what).

use std::process::ExitCode;

use wasim::eval::{parse_gold, GoldDoc};
use wasim::tagger::train;
use wasim::{Annotator, Category, TaggerMode};

struct Args {
    train: String,
    out: String,
    epochs: usize,
    prune: i8,
    seed: u64,
    dev: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        train: String::new(),
        out: "src/tagger/model.bin".into(),
        epochs: train::EPOCHS,
        prune: train::PRUNE,
        seed: train::SEED,
        dev: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        let mut val = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match x.as_str() {
            "--out" => a.out = val("--out")?,
            "--epochs" => a.epochs = val("--epochs")?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--prune" => a.prune = val("--prune")?.parse().map_err(|e| format!("--prune: {e}"))?,
            "--seed" => a.seed = val("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--dev" => a.dev = Some(val("--dev")?),
            "-h" | "--help" => return Err(String::new()),
            f if !f.starts_with('-') && a.train.is_empty() => a.train = f.to_string(),
            f => return Err(format!("unexpected argument {f:?}")),
        }
    }
    if a.train.is_empty() {
        return Err("wasim-train needs a TRAIN.jsonl".into());
    }
    Ok(a)
}

fn read(path: &str) -> Result<Vec<GoldDoc>, String> {
    let s = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    parse_gold(&s).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("wasim-train: {e}");
            }
            eprintln!(
                "usage: wasim-train TRAIN.jsonl [--out FILE] [--epochs N] [--prune P] [--seed S] [--dev DEV.jsonl]"
            );
            return ExitCode::from(2);
        }
    };
    let docs = match read(&args.train) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("wasim-train: {e}");
            return ExitCode::FAILURE;
        }
    };
    // the features come from the lexicon, the rules and the dates only
    let base = Annotator::builder().tagger(TaggerMode::Off).build();
    let mut data = Vec::new();
    let (mut lost, mut spans) = (0, 0);
    for d in &docs {
        let (ex, l) = train::examples(&base, d);
        lost += l;
        spans += d.annotations.iter().filter(|g| g.category != Category::Date && !g.optional).count();
        data.extend(ex);
    }
    let tokens: usize = data.iter().map(|e| e.gold.len()).sum();
    eprintln!(
        "wasim-train: {} documents, {} segments, {tokens} tokens; {lost} of {spans} gold spans not on token boundaries",
        docs.len(),
        data.len()
    );
    let weights = train::train(&data, args.epochs, args.seed);
    let bytes = train::quantize(&weights, args.prune);
    let model = wasim::tagger::Model::from_bytes(&bytes).expect("the model just written reads back");
    eprintln!("wasim-train: {} features kept of {}, {} bytes", model.len(), weights.features.len(), bytes.len());
    if let Err(e) = std::fs::write(&args.out, &bytes) {
        eprintln!("wasim-train: cannot write {}: {e}", args.out);
        return ExitCode::FAILURE;
    }
    eprintln!("wasim-train: wrote {}", args.out);
    if let Some(dev) = &args.dev {
        match read(dev) {
            Ok(d) => {
                let (mut ok, mut all) = (0usize, 0usize);
                for doc in &d {
                    let (ex, _) = train::examples(&base, doc);
                    for e in ex {
                        let guess = model.decode(&e.features).0;
                        ok += guess.iter().zip(&e.gold).filter(|(a, b)| a == b).count();
                        all += e.gold.len();
                    }
                }
                eprintln!("wasim-train: token accuracy on {dev}: {:.4}", ok as f64 / all.max(1) as f64);
            }
            Err(e) => eprintln!("wasim-train: {e}"),
        }
    }
    ExitCode::SUCCESS
}
