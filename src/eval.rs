//! Scoring against a gold file: the measure behind `wasim eval` and the golden tests.
//!
//! Takes gold documents in the `corpus/` format (one JSON object a line: `id` or `doc`, `text`,
//! `annotations` with code point `start`/`end`, `category`, optional `optional`, `type`, `value`,
//! and an optional document `reference_date`) and gives a [`Report`]: per category precision,
//! recall and F1 twice over, on **exact spans** (same start, end and category) and on **tokens**
//! (each whitespace-separated token takes the category of any span touching it; a token counts
//! once per category), plus how many gold date `type`s and `value`s are reproduced.
//!
//! Gold spans marked `optional` count neither way: a prediction that overlaps one is not a false
//! positive and missing it is not a miss; on tokens, the tokens it touches are left out of scoring.

use serde::Deserialize;

use crate::{Category, Options, SimpleDate};

/// One gold span.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    #[serde(default)]
    pub optional: bool,
    #[serde(default, rename = "type")]
    pub typ: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    #[serde(default, alias = "doc")]
    pub id: Option<serde_json::Value>,
    pub text: String,
    #[serde(default)]
    pub annotations: Vec<GoldSpan>,
    #[serde(default)]
    pub reference_date: Option<String>,
}

/// Parses a gold file; an unreadable line is an error naming its line number.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldDoc>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A disagreement, for `wasim eval --errors`.
#[derive(Debug, Clone)]
pub struct Miss {
    pub doc: String,
    pub kind: &'static str,
    pub category: Category,
    pub text: String,
    pub detail: String,
}

/// The scores of one run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub documents: usize,
    pub gold_spans: usize,
    /// Exact-span counts, indexed like [`Category::ALL`].
    pub exact: [Counts; 4],
    /// Token-level counts, indexed like [`Category::ALL`].
    pub token: [Counts; 4],
    /// Gold dates with a `type`, and how many an exact prediction reproduced.
    pub date_types: (usize, usize),
    /// Gold dates with a `value`, and how many an exact prediction reproduced.
    pub date_values: (usize, usize),
    pub errors: Vec<Miss>,
}

impl Report {
    fn idx(c: Category) -> usize {
        Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
    }
    /// Exact-span counts of one category.
    pub fn exact_of(&self, c: Category) -> Counts {
        self.exact[Self::idx(c)]
    }
    /// Token-level counts of one category.
    pub fn token_of(&self, c: Category) -> Counts {
        self.token[Self::idx(c)]
    }
    /// Micro-averaged counts over person, location and organization.
    pub fn plo(&self, token: bool) -> Counts {
        let mut c = Counts::default();
        for cat in [Category::Person, Category::Location, Category::Organization] {
            c.add(if token { self.token_of(cat) } else { self.exact_of(cat) });
        }
        c
    }

    /// The table `wasim eval` prints.
    pub fn table(&self) -> String {
        let mut s = format!("documents: {}  gold spans: {}\n", self.documents, self.gold_spans);
        s += "category       | exact P   R      F1     | token P   R      F1\n";
        let row = |name: &str, e: Counts, t: Counts| {
            format!(
                "{name:<14} | {:.3}  {:.3}  {:.3}  | {:.3}  {:.3}  {:.3}\n",
                e.precision(),
                e.recall(),
                e.f1(),
                t.precision(),
                t.recall(),
                t.f1()
            )
        };
        for c in Category::ALL {
            s += &row(c.as_str(), self.exact_of(c), self.token_of(c));
        }
        s += &row("per+loc+org", self.plo(false), self.plo(true));
        let pct = |(n, k): (usize, usize)| if n == 0 { 0.0 } else { 100.0 * k as f64 / n as f64 };
        s += &format!(
            "date types reproduced: {}/{} ({:.1}%)\ndate values reproduced: {}/{} ({:.1}%)\n",
            self.date_types.1,
            self.date_types.0,
            pct(self.date_types),
            self.date_values.1,
            self.date_values.0,
            pct(self.date_values)
        );
        s
    }
}

/// Annotates every gold document with the default annotator and scores the result.
pub fn evaluate(docs: &[GoldDoc]) -> Report {
    evaluate_with(crate::Annotator::default_ref(), docs)
}

/// [`evaluate`] with `annotator`.
pub fn evaluate_with(annotator: &crate::Annotator, docs: &[GoldDoc]) -> Report {
    let mut report = Report { documents: docs.len(), ..Report::default() };
    for doc in docs {
        let reference_date = doc.reference_date.as_deref().and_then(SimpleDate::parse);
        let options = Options { reference_date, ..Options::default() };
        let pred = annotator.annotate(&doc.text, &options);
        let pred: Vec<Pred<'_>> = pred
            .annotations
            .iter()
            .map(|a| (a.start, a.end, a.category, a.date_type.map(|t| t.as_str()), a.value.as_deref()))
            .collect();
        score_doc(doc, &pred, &mut report);
    }
    report
}

type Pred<'a> = (usize, usize, Category, Option<&'a str>, Option<&'a str>);

fn score_doc(doc: &GoldDoc, pred: &[Pred<'_>], report: &mut Report) {
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |a: usize, b: usize| chars[a.min(chars.len())..b.min(chars.len())].iter().collect::<String>();
    let name = doc.id.as_ref().map(|v| v.to_string()).unwrap_or_default();
    report.gold_spans += doc.annotations.len();
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;

    // Exact spans.
    for g in &doc.annotations {
        let hit = pred.iter().find(|p| p.0 == g.start && p.1 == g.end && p.2 == g.category);
        if g.category == Category::Date && !g.optional {
            if let Some(t) = &g.typ {
                report.date_types.0 += 1;
                if hit.and_then(|p| p.3) == Some(t.as_str()) {
                    report.date_types.1 += 1;
                }
            }
            if let Some(v) = &g.value {
                report.date_values.0 += 1;
                if hit.and_then(|p| p.4) == Some(v.as_str()) {
                    report.date_values.1 += 1;
                } else if let Some(p) = hit {
                    report.errors.push(Miss {
                        doc: name.clone(),
                        kind: "value",
                        category: g.category,
                        text: slice(g.start, g.end),
                        detail: format!("gold {v}, got {}", p.4.unwrap_or("none")),
                    });
                }
            }
        }
        if g.optional {
            continue;
        }
        let c = &mut report.exact[Report::idx(g.category)];
        if hit.is_some() {
            c.tp += 1;
        } else {
            c.fn_ += 1;
            let near: Vec<String> = pred
                .iter()
                .filter(|p| overlaps((p.0, p.1), (g.start, g.end)))
                .map(|p| format!("{}:{}", p.2.as_str(), slice(p.0, p.1)))
                .collect();
            report.errors.push(Miss {
                doc: name.clone(),
                kind: "missed",
                category: g.category,
                text: slice(g.start, g.end),
                detail: if near.is_empty() { String::new() } else { format!("got {}", near.join(", ")) },
            });
        }
    }
    for p in pred {
        let exact = doc.annotations.iter().any(|g| g.start == p.0 && g.end == p.1 && g.category == p.2);
        let optional = doc.annotations.iter().any(|g| g.optional && overlaps((g.start, g.end), (p.0, p.1)));
        if !exact && !optional {
            report.exact[Report::idx(p.2)].fp += 1;
            report.errors.push(Miss {
                doc: name.clone(),
                kind: "spurious",
                category: p.2,
                text: slice(p.0, p.1),
                detail: String::new(),
            });
        }
    }

    // Tokens: maximal runs of non-whitespace, in code points.
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() {
            i += 1;
        }
        let tok = (start, i);
        if doc.annotations.iter().any(|g| g.optional && overlaps((g.start, g.end), tok)) {
            continue;
        }
        for c in Category::ALL {
            let in_gold =
                doc.annotations.iter().any(|g| !g.optional && g.category == c && overlaps((g.start, g.end), tok));
            let in_pred = pred.iter().any(|p| p.2 == c && overlaps((p.0, p.1), tok));
            let counts = &mut report.token[Report::idx(c)];
            match (in_gold, in_pred) {
                (true, true) => counts.tp += 1,
                (false, true) => counts.fp += 1,
                (true, false) => counts.fn_ += 1,
                (false, false) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(text: &str, spans: &[(usize, usize, Category, bool)]) -> GoldDoc {
        GoldDoc {
            id: None,
            text: text.to_string(),
            annotations: spans
                .iter()
                .map(|&(start, end, category, optional)| GoldSpan {
                    start,
                    end,
                    category,
                    optional,
                    typ: None,
                    value: None,
                })
                .collect(),
            reference_date: None,
        }
    }

    #[test]
    fn counts_exact_and_token_matches() {
        // "ab cd ef": gold person [0,5) "ab cd", prediction person [3,5) "cd".
        let doc = gold("ab cd ef", &[(0, 5, Category::Person, false)]);
        let mut r = Report::default();
        score_doc(&doc, &[(3, 5, Category::Person, None, None)], &mut r);
        assert_eq!(r.exact_of(Category::Person), Counts { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(r.token_of(Category::Person), Counts { tp: 1, fp: 0, fn_: 1 });
    }

    #[test]
    fn optional_spans_count_neither_way() {
        let doc = gold("ab cd ef", &[(0, 2, Category::Organization, true), (6, 8, Category::Location, false)]);
        let mut r = Report::default();
        score_doc(&doc, &[(0, 2, Category::Location, None, None), (6, 8, Category::Location, None, None)], &mut r);
        assert_eq!(r.exact_of(Category::Location), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(r.exact_of(Category::Organization), Counts::default());
        assert_eq!(r.token_of(Category::Location), Counts { tp: 1, fp: 0, fn_: 0 });
    }

    #[test]
    fn f1_of_nothing_is_zero_not_nan() {
        let c = Counts::default();
        assert_eq!((c.precision(), c.recall(), c.f1()), (0.0, 0.0, 0.0));
        let c = Counts { tp: 3, fp: 1, fn_: 2 };
        assert!((c.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
    }

    #[test]
    fn parses_both_id_spellings_and_reports_bad_lines() {
        let docs =
            parse_gold("{\"doc\": \"a\", \"text\": \"x\", \"annotations\": []}\n\n{\"id\": 3, \"text\": \"y\"}\n")
                .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, Some(serde_json::json!("a")));
        let err = parse_gold("{\"text\": 1}\n").unwrap_err();
        assert!(err.starts_with("line 1:"), "{err}");
    }
}
