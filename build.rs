//! Compiles the lexicon at build time: every `src/lexicon/data/*.tsv` is parsed, normalized with
//! the crate's own normalizer, merged with the date grammar's words and encoded by
//! `src/lexicon/compile.rs` into `$OUT_DIR/lexicon.bin`, which the crate embeds with
//! `include_bytes!`. Start-up then parses nothing, and a bad data line fails the build, naming
//! its file and line. Adding a list needs no code change.
use std::{env, fs, path::PathBuf};

#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;

#[allow(dead_code)]
#[path = "src/fasthash.rs"]
mod fasthash;

#[allow(dead_code)]
#[path = "src/dates/words.rs"]
mod date_words;

#[allow(dead_code)]
#[path = "src/lexicon/compile.rs"]
mod compile;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    for f in ["src/normalize.rs", "src/fasthash.rs", "src/dates/words.rs", "src/lexicon/compile.rs"] {
        println!("cargo:rerun-if-changed={}", root.join(f).display());
    }
    let dir = root.join("src/lexicon/data");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> =
        fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tsv"));
    files.sort();
    let names: Vec<String> = files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
    let mut raws = Vec::new();
    let mut errors = Vec::new();
    for (i, f) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", f.display());
        let body = fs::read_to_string(f).unwrap_or_else(|e| panic!("cannot read {}: {e}", f.display()));
        let (r, e) = compile::parse_file(&format!("src/lexicon/data/{}", names[i]), i as u8, &body);
        raws.extend(r);
        errors.extend(e);
    }
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{} bad line(s) in the lexicon data:\n{}", list.len(), list.join("\n"));
    }
    let date_words: Vec<&str> = date_words::words().collect();
    let plan = compile::plan(raws, files.len(), &date_words);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let bytes = compile::encode(&plan, &names);
    fs::write(PathBuf::from(env::var("OUT_DIR").unwrap()).join("lexicon.bin"), bytes).unwrap();
}
