//! Stage 6a, **policy**: which of overlapping candidates wins.
//!
//! Takes the candidates of one segment from every source (lexicon, reader's entries, rules, dates,
//! tagger) and gives the disjoint ones to keep, sorted by start. This is the one place the sources
//! are weighed against each other. The policy is greedy: candidates are tried in the order below,
//! and each is kept when it overlaps none kept before it.
//!
//! 1. **The longer span first** (in bytes of the matching form): وزارة الدفاع الروسية over
//!    الروسية, a name chain over the given name that starts it.
//! 2. **Then by source** ([`source_priority`]): `rule:media` (a descriptor reinterprets the listed
//!    name after it: جريدة فلسطين is the paper), then the reader's own entries, then the lexicon,
//!    then dates, then the context rules, propagation and the tagger.
//! 3. **Then the higher score** (the tagger's probability; every other source scores 1).
//! 4. **Then the earlier start.**
//! 5. **Then the order found**: the stages add candidates in a fixed order (lexicon, rules in the
//!    order of [`crate::rules::REGISTRY`], token by token, dates), so a tie of everything above is
//!    broken the same way every time.

use std::collections::BTreeMap;

use crate::mention::{Candidate, RuleId, Source};

/// The rank of a source among equally long candidates: higher wins.
pub fn source_priority(source: Source) -> u8 {
    match source {
        Source::Rule(RuleId::Media) => 5,
        Source::User => 4,
        Source::Lexicon => 3,
        Source::Date => 2,
        Source::Rule(_) | Source::Propagation | Source::Tagger => 1,
    }
}

/// Whether a candidate tried at this point in the order would be kept, and if not, which kept one
/// stands in its way. For `wasim annotate --explain`.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Kept.
    Chosen,
    /// Overlaps the kept candidate with this index into the candidates given.
    LostTo(usize),
}

/// Picks disjoint candidates by the policy of this module; returns them sorted by start.
pub fn choose(cands: Vec<Candidate>) -> Vec<Candidate> {
    let verdicts = judge(&cands);
    let mut kept: Vec<Candidate> =
        cands.into_iter().zip(verdicts).filter(|(_, v)| *v == Verdict::Chosen).map(|(c, _)| c).collect();
    kept.sort_by_key(|c| c.start);
    kept
}

/// The verdict on each candidate, by index.
pub fn judge(cands: &[Candidate]) -> Vec<Verdict> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&cands[i], &cands[j]);
        b.len()
            .cmp(&a.len())
            .then(source_priority(b.source).cmp(&source_priority(a.source)))
            .then(b.score.total_cmp(&a.score))
            .then(a.start.cmp(&b.start))
            .then(i.cmp(&j))
    });
    // the kept ranges by start: they are disjoint, so a candidate overlaps one of them exactly when
    // it overlaps the last one starting before its end (a scan of all of them made a line of
    // megabytes without a line break quadratic)
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut verdicts = vec![Verdict::Chosen; cands.len()];
    for i in order {
        let c = &cands[i];
        debug_assert!(c.start < c.end, "an empty candidate: {c:?}");
        match taken.range(..c.end).next_back() {
            Some((_, &k)) if cands[k].end > c.start => verdicts[i] = Verdict::LostTo(k),
            _ => {
                taken.insert(c.start, i);
            }
        }
    }
    verdicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    fn cand(start: usize, end: usize, source: Source, score: f32) -> Candidate {
        let mut c = Candidate::new(start, end, Category::Person, Some(format!("{start}-{end}")), source);
        c.score = score;
        c
    }

    /// The policy as a table: (candidates, the indexes kept).
    #[test]
    fn table_of_choices() {
        let media = Source::Rule(RuleId::Media);
        let title = Source::Rule(RuleId::Title);
        type Case<'a> = (&'a [(usize, usize, Source, f32)], &'a [usize]);
        let cases: &[Case] = &[
            // longer wins whatever its source
            (&[(0, 4, Source::Lexicon, 1.0), (0, 9, title, 1.0)], &[1]),
            (&[(2, 6, Source::Date, 1.0), (0, 9, Source::Tagger, 0.3)], &[1]),
            // equal length: media > user > lexicon > date > rules = propagation = tagger
            (&[(0, 5, Source::Lexicon, 1.0), (0, 5, media, 1.0)], &[1]),
            (&[(0, 5, Source::Lexicon, 1.0), (0, 5, Source::User, 1.0)], &[1]),
            (&[(0, 5, title, 1.0), (0, 5, Source::Lexicon, 1.0)], &[1]),
            (&[(0, 5, title, 1.0), (0, 5, Source::Date, 1.0)], &[1]),
            // equal length and rank: the higher score, then the earlier start, then the first found
            (&[(0, 5, Source::Tagger, 0.4), (0, 5, Source::Tagger, 0.9)], &[1]),
            (&[(3, 8, title, 1.0), (1, 6, title, 1.0)], &[1]),
            (&[(0, 5, title, 1.0), (0, 5, Source::Propagation, 1.0)], &[0]),
            (&[(0, 5, Source::Propagation, 1.0), (0, 5, title, 1.0)], &[0]),
            // disjoint ones all stay; touching is not overlapping
            (&[(0, 3, title, 1.0), (3, 6, Source::Lexicon, 1.0), (7, 9, Source::Date, 1.0)], &[0, 1, 2]),
            // a chain: the long middle one blocks both neighbours, which would have fit together
            (&[(0, 4, title, 1.0), (3, 8, Source::Lexicon, 1.0), (7, 10, Source::Date, 1.0)], &[1]),
        ];
        for (n, (cands, want)) in cases.iter().enumerate() {
            let cands: Vec<Candidate> = cands.iter().map(|&(a, b, s, p)| cand(a, b, s, p)).collect();
            let mut want: Vec<Candidate> = want.iter().map(|&i| cands[i].clone()).collect();
            want.sort_by_key(|c| c.start);
            assert_eq!(choose(cands), want, "case {n}");
        }
    }

    /// A reference model of the policy, written without its code: repeatedly take the best of the
    /// candidates left and drop every one it overlaps. Checked on random candidates with many
    /// ties of length, source, score and start.
    #[test]
    fn choose_is_the_reference_model() {
        fn reference(cands: &[Candidate]) -> Vec<Candidate> {
            let rank = |s: Source| match s {
                Source::Rule(RuleId::Media) => 9,
                Source::User => 8,
                Source::Lexicon => 7,
                Source::Date => 6,
                _ => 0,
            };
            let mut left: Vec<(usize, &Candidate)> = cands.iter().enumerate().collect();
            let mut kept = Vec::new();
            while !left.is_empty() {
                // the best: longest, best source, best score, first start, first found
                let mut best = 0;
                let key = |(i, c): (usize, &Candidate)| {
                    (c.end - c.start, rank(c.source), (c.score * 1000.0) as i64, usize::MAX - c.start, usize::MAX - i)
                };
                for k in 1..left.len() {
                    if key(left[k]) > key(left[best]) {
                        best = k;
                    }
                }
                let b = left[best].1.clone();
                left.retain(|(_, c)| c.end <= b.start || c.start >= b.end);
                kept.push(b);
            }
            kept.sort_by_key(|c| c.start);
            kept
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) % n) as usize
        };
        let sources = [
            Source::Lexicon,
            Source::User,
            Source::Date,
            Source::Rule(RuleId::Title),
            Source::Rule(RuleId::Media),
            Source::Propagation,
            Source::Tagger,
        ];
        for round in 0..500 {
            let n = 1 + next(40);
            let cands: Vec<Candidate> = (0..n)
                .map(|_| {
                    let start = next(60);
                    let source = sources[next(sources.len() as u64)];
                    let score = if source == Source::Tagger { [0.25, 0.5, 0.75][next(3)] } else { 1.0 };
                    cand(start, start + 1 + next(12), source, score)
                })
                .collect();
            let got = choose(cands.clone());
            assert_eq!(got, reference(&cands), "round {round}");
            assert!(got.windows(2).all(|w| w[0].end <= w[1].start), "sorted and disjoint");
        }
    }
}
