//! Scores on 520 sentences of 2023–2026 Arabic news written for wasim (`tests/data/news_sentences.jsonl`).
//!
//! The sentences were written from general knowledge by the maintainers' helper agents, in seven
//! sets of 60 to 100, each by an author who had not seen the corpora or the other sets,
//! with the expected person, location and organization mentions of ANNOTATION.md (dates are not
//! listed). They cover the Levant, the Gulf and Yemen, Egypt and Sudan, the Maghreb, Iraq, Iran
//! and Turkey, and the rest of the world: officials, courts, companies, clubs, villages, camps.
//! Each set was first scored before any rule was changed for it; the last one (G) was kept unseen
//! until its score was taken.
//!
//! A mention counts when its exact text and category are found in the sentence (a multiset per
//! sentence). On 2026-12-02 the gold was reviewed against ANNOTATION.md: 70 organization
//! mentions kept a generic head inside where the rest is the name by itself (شركة بتروبراس →
//! بتروبراس, حركة حماس → حماس, منظمة أطباء بلا حدود → أطباء بلا حدود, as ANNOTATION.md's own
//! examples have it), and two court seats after ب became locations. The rules' floors were
//! measured again on the corrected gold (organizations F1 0.818 → 0.720, P 0.867 → 0.763: the head
//! rule keeps heads the specification puts outside) and set just under the new figures; the
//! default annotator, with the tagger, has floors of its own. The thresholds are ratchets just
//! under the figures reached; never lower one to make it pass.

use std::collections::HashMap;

use wasim::{Annotator, Category, Options, TaggerMode};

/// (true positives, false positives, false negatives) per category, then in all.
fn score(annotator: &Annotator) -> HashMap<&'static str, (usize, usize, usize)> {
    let options = Options {
        categories: vec![Category::Person, Category::Location, Category::Organization],
        reference_date: None,
    };
    let data = include_str!("data/news_sentences.jsonl");
    let mut counts: HashMap<&'static str, (usize, usize, usize)> = HashMap::new();
    let mut sentences = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = row["text"].as_str().expect("text");
        let mut gold: HashMap<(String, String), usize> = HashMap::new();
        for e in row["entities"].as_array().expect("entities") {
            let (t, c) = (e[0].as_str().expect("entity text"), e[1].as_str().expect("entity category"));
            assert!(text.contains(t), "bad case: {t:?} is not in {text:?}");
            *gold.entry((t.to_string(), c.to_string())).or_default() += 1;
        }
        let mut found: HashMap<(String, String), usize> = HashMap::new();
        for a in annotator.annotate(text, &options).annotations {
            *found.entry((a.text.clone(), a.category.as_str().to_string())).or_default() += 1;
        }
        for cat in ["person", "location", "organization"] {
            let keys: Vec<&(String, String)> = gold.keys().chain(found.keys()).filter(|k| k.1 == cat).collect();
            let mut seen = std::collections::HashSet::new();
            for k in keys.into_iter().filter(|k| seen.insert(*k)) {
                let (g, f) = (gold.get(k).copied().unwrap_or(0), found.get(k).copied().unwrap_or(0));
                for key in [cat, "all"] {
                    let c = counts.entry(key).or_default();
                    c.0 += g.min(f);
                    c.1 += f - g.min(f);
                    c.2 += g - g.min(f);
                }
            }
        }
        sentences += 1;
    }
    assert_eq!(sentences, 520, "the data file lost or gained sentences");
    counts
}

fn f1((tp, fp, fn_): (usize, usize, usize)) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn report(counts: &HashMap<&'static str, (usize, usize, usize)>) -> String {
    let mut report = String::new();
    for key in ["person", "location", "organization", "all"] {
        let (p, r, f) = f1(counts[key]);
        report += &format!("{key:13} P {p:.3} R {r:.3} F1 {f:.3}\n");
    }
    report
}

/// The rules and the lexicon alone hold the floors these sentences were written for.
#[test]
fn news_sentences_exact_mention_scores() {
    let counts = score(&Annotator::builder().tagger(TaggerMode::Off).build());
    let report = report(&counts);
    eprintln!("rules only\n{report}");
    let floors = [("all", 0.84, 0.87), ("person", 0.85, 0.87), ("location", 0.90, 0.93), ("organization", 0.71, 0.76)];
    for (key, min_f1, min_p) in floors {
        let (p, _, f) = f1(counts[key]);
        assert!(f >= min_f1 && p >= min_p, "{key}: F1 {f:.3} (floor {min_f1}), P {p:.3} (floor {min_p})\n{report}");
    }
}

/// With the tagger (the default annotator), as issue 19 asks of it: no category's F1 falls, and
/// precision is at most 0.02 below the rules alone.
#[test]
fn news_sentences_with_the_tagger() {
    let rules = score(&Annotator::builder().tagger(TaggerMode::Off).build());
    let both = score(Annotator::default_ref());
    let (r, b) = (report(&rules), report(&both));
    eprintln!("rules only\n{r}with the tagger\n{b}");
    // retraining on a corrected corpus moves these figures by up to 0.006, so the floors stand
    // 0.01 under what the weights of 2026-12-02 reach (all 0.884, P 0.888)
    let floors = [("all", 0.874, 0.878), ("person", 0.907, 0.901), ("location", 0.929, 0.942), ("organization", 0.777, 0.778)];
    for (key, min_f1, min_p) in floors {
        let (p, _, f) = f1(both[key]);
        assert!(f >= min_f1 && p >= min_p, "{key}: F1 {f:.3} (floor {min_f1}), P {p:.3} (floor {min_p})\n{b}");
    }
    for key in ["person", "location", "organization", "all"] {
        let ((rp, _, rf), (bp, _, bf)) = (f1(rules[key]), f1(both[key]));
        assert!(bf >= rf, "{key}: F1 {bf:.3} with the tagger < {rf:.3} without\n{r}{b}");
        assert!(bp >= rp - 0.02, "{key}: P {bp:.3} with the tagger, more than 0.02 below {rp:.3}\n{r}{b}");
    }
}
