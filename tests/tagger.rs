//! The learned tagger, scored on wasim's own corpus (`corpus/`, in the repository).
//!
//! - The committed weights are what `make model` trains from `corpus/train.jsonl` today: a corpus
//!   change without a retrained model (or a model trained on anything else) fails here.
//! - On the dev split (the only split anything is tuned on), the tagger joined to the rules gains
//!   at least 0.05 exact-span F1 over person, location and organization, loses at most 0.02
//!   precision, and no category's F1 falls. The test split is scored in the README, not here.

use wasim::eval::{evaluate_with, parse_gold, GoldDoc};
use wasim::{Annotator, Category, TaggerMode};

fn split(name: &str) -> Vec<GoldDoc> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name);
    parse_gold(&std::fs::read_to_string(&path).expect("read the corpus split")).expect("parse the corpus split")
}

#[test]
fn committed_model_is_what_make_model_trains() {
    let base = Annotator::builder().tagger(TaggerMode::Off).build();
    let bytes = wasim::tagger::train::model_bytes(&base, &split("train.jsonl"));
    let committed = include_bytes!("../src/tagger/model.bin");
    assert!(
        bytes.as_slice() == committed.as_slice(),
        "src/tagger/model.bin ({} bytes) is not what `make model` trains from corpus/train.jsonl ({} bytes): run `make model`",
        committed.len(),
        bytes.len()
    );
}

#[test]
fn tagger_gains_on_the_dev_split() {
    let dev = split("dev.jsonl");
    let rules = evaluate_with(&Annotator::builder().tagger(TaggerMode::Off).build(), &dev);
    let both = evaluate_with(Annotator::default_ref(), &dev);
    let table = format!("rules only\n{}\nwith the tagger\n{}", rules.table(), both.table());
    let (r, b) = (rules.plo(false), both.plo(false));
    assert!(b.f1() >= r.f1() + 0.05, "F1 {:.3} with the tagger, not 0.05 above {:.3}\n{table}", b.f1(), r.f1());
    assert!(
        b.precision() >= r.precision() - 0.02,
        "precision {:.3} with the tagger, more than 0.02 below {:.3}\n{table}",
        b.precision(),
        r.precision()
    );
    for c in [Category::Person, Category::Location, Category::Organization] {
        let (rf, bf) = (rules.exact_of(c).f1(), both.exact_of(c).f1());
        assert!(bf >= rf, "{}: F1 {bf:.3} with the tagger < {rf:.3} without\n{table}", c.as_str());
    }
}

#[test]
fn the_tagger_alone_finds_names_no_list_holds() {
    // invented names in no list, in shapes the rules do not read: the tagger finds them from context
    let only = Annotator::builder().tagger(TaggerMode::Only).build();
    let text = "وقال سالم الدغيشي إن الأمطار أغلقت الطريق المؤدي إلى قرية وادي السحاب.";
    let doc = only.annotate(text, &wasim::Options::default());
    let found: Vec<(&str, &str, &str)> =
        doc.annotations.iter().map(|a| (a.text.as_str(), a.category.as_str(), a.source.as_str())).collect();
    assert!(found.contains(&("سالم الدغيشي", "person", "tagger")), "{found:?}");
}
