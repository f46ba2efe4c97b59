//! Training the tagger: an averaged structured perceptron (Collins 2002) over [`Features`], and the
//! model's byte format.
//!
//! Takes segments with their gold labels; gives weights, then the bytes of `model.bin`. It is
//! deterministic: the examples are visited in an order drawn from a fixed seed, and every map is
//! iterated in key order, so one corpus always gives the same bytes.

use super::{viterbi, Features, Label, LABELS, MAGIC};
use crate::eval::GoldDoc;
use crate::{Annotator, Category, SimpleDate};
use std::collections::BTreeMap;

/// The settings `make model` trains with: passes over the data, the pruning of quantized weights
/// (a feature whose every weight is at most this far from zero is left out) and the seed of the
/// order of the examples. Chosen on the dev split.
pub const EPOCHS: usize = 12;
/// See [`EPOCHS`].
pub const PRUNE: i8 = 3;
/// See [`EPOCHS`].
pub const SEED: u64 = 1;

/// The model `make model` writes for the gold documents `docs`: examples from `annotator` (which
/// should not run the tagger: features come from the lexicon, the rules and the dates), trained
/// and quantized with the settings above.
pub fn model_bytes(annotator: &Annotator, docs: &[GoldDoc]) -> Vec<u8> {
    let data: Vec<Example> = docs.iter().flat_map(|d| examples(annotator, d).0).collect();
    quantize(&train(&data, EPOCHS, SEED), PRUNE)
}

/// The examples of one document, and how many gold spans could not be expressed.
pub fn examples(annotator: &Annotator, doc: &GoldDoc) -> (Vec<Example>, usize) {
    let text = &doc.text;
    // code point offsets to byte offsets
    let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_at.push(text.len());
    let gold: Vec<(usize, usize, Category)> = doc
        .annotations
        .iter()
        .filter(|g| g.category != Category::Date && !g.optional)
        .filter_map(|g| Some((*byte_at.get(g.start)?, *byte_at.get(g.end)?, g.category)))
        .collect();
    let reference = doc.reference_date.as_deref().and_then(SimpleDate::parse);
    let mut out = Vec::new();
    let mut placed = vec![false; gold.len()];
    for (features, ranges) in crate::resolve::tagger_inputs(annotator, text, reference) {
        let mut labels = vec![Label::O; ranges.len()];
        for (g, &(start, end, cat)) in gold.iter().enumerate() {
            let Some(first) = ranges.iter().position(|r| r.0 == start) else { continue };
            let Some(last) = ranges.iter().rposition(|r| r.1 == end) else { continue };
            if last < first || labels[first..=last].iter().any(|l| *l != Label::O) {
                continue;
            }
            labels[first] = Label::begin(cat);
            for l in &mut labels[first + 1..=last] {
                *l = Label::inside(cat);
            }
            placed[g] = true;
        }
        if !ranges.is_empty() {
            out.push(Example { features, gold: labels });
        }
    }
    // optional spans (facilities, metonymy) are taught as O: scoring ignores them either way
    (out, placed.iter().filter(|p| !**p).count())
}

/// One training segment: its features and the gold label of each token.
#[derive(Debug, Clone)]
pub struct Example {
    /// The features of each token.
    pub features: Features,
    /// The gold label of each token.
    pub gold: Vec<Label>,
}

/// Averaged weights: per feature, per label; and the transitions.
pub struct Weights {
    /// Each feature's weight for each label.
    pub features: BTreeMap<u32, [f32; LABELS]>,
    /// `trans[prev][next]`.
    pub trans: [[f32; LABELS]; LABELS],
}

#[derive(Default, Clone, Copy)]
struct Cell {
    w: [f32; LABELS],
    /// The sum of step × update, for the average (w − acc / steps).
    acc: [f32; LABELS],
}

/// A small deterministic generator (SplitMix64) for the order of the examples.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Trains for `epochs` passes over `examples`, shuffled each pass from `seed`.
pub fn train(examples: &[Example], epochs: usize, seed: u64) -> Weights {
    let mut cells: crate::fasthash::FxHashMap<u32, Cell> = Default::default();
    let mut trans = [[Cell::default(); LABELS]; LABELS];
    let mut step: f32 = 1.0;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(seed);
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for &x in &order {
            let ex = &examples[x];
            let f = &ex.features;
            let e: Vec<[f32; LABELS]> = (0..f.len())
                .map(|i| {
                    let mut s = [0f32; LABELS];
                    for k in f.of(i) {
                        if let Some(c) = cells.get(k) {
                            for (a, b) in s.iter_mut().zip(c.w) {
                                *a += b;
                            }
                        }
                    }
                    s
                })
                .collect();
            let t: [[f32; LABELS]; LABELS] = std::array::from_fn(|p| std::array::from_fn(|l| trans[p][l].w[0]));
            let guess = viterbi(&e, &t, f32::NEG_INFINITY);
            if guess != ex.gold {
                for i in 0..f.len() {
                    let (g, p) = (ex.gold[i].index(), guess[i].index());
                    if g != p {
                        for &k in f.of(i) {
                            let c = cells.entry(k).or_default();
                            c.w[g] += 1.0;
                            c.acc[g] += step;
                            c.w[p] -= 1.0;
                            c.acc[p] -= step;
                        }
                    }
                    let (gp, pp) = if i == 0 { (0, 0) } else { (ex.gold[i - 1].index(), guess[i - 1].index()) };
                    if (gp, g) != (pp, p) {
                        trans[gp][g].w[0] += 1.0;
                        trans[gp][g].acc[0] += step;
                        trans[pp][p].w[0] -= 1.0;
                        trans[pp][p].acc[0] -= step;
                    }
                }
            }
            step += 1.0;
        }
    }
    let avg = |c: &Cell| -> [f32; LABELS] { std::array::from_fn(|l| c.w[l] - c.acc[l] / step) };
    Weights {
        features: cells.iter().map(|(k, c)| (*k, avg(c))).collect(),
        trans: std::array::from_fn(|p| std::array::from_fn(|l| trans[p][l].w[0] - trans[p][l].acc[0] / step)),
    }
}

/// The bytes of a model: weights quantized to `i8` on one scale (the largest feature weight is
/// 127), features whose every quantized weight is within `prune` of zero left out.
pub fn quantize(w: &Weights, prune: i8) -> Vec<u8> {
    let top = w.features.values().flat_map(|r| r.iter()).fold(0f32, |m, x| m.max(x.abs()));
    let scale = if top > 0.0 { top / 127.0 } else { 1.0 };
    let rows: Vec<(u32, [i8; LABELS])> = w
        .features
        .iter()
        .map(|(k, r)| (*k, std::array::from_fn(|l| (r[l] / scale).round().clamp(-127.0, 127.0) as i8)))
        .filter(|(_, q): &(u32, [i8; LABELS])| q.iter().any(|x| x.unsigned_abs() > prune.unsigned_abs()))
        .collect();
    let rows: Vec<(u32, [f32; LABELS])> = rows.into_iter().map(|(k, q)| (k, q.map(|x| x as f32))).collect();
    let trans = w.trans.map(|r| r.map(|x| x / scale));
    encode(&rows, &trans, scale)
}

/// The format: `WTG1`, the label count, the feature count, the scale (`f32`), the transitions
/// (`i32` in units of the scale, row by row), the feature keys (`u32`, ascending), then each
/// feature's weights (`i8` per label). Little-endian. `rows` hold whole units already.
pub fn encode(rows: &[(u32, [f32; LABELS])], trans: &[[f32; LABELS]; LABELS], scale: f32) -> Vec<u8> {
    let scale = if scale > 0.0 { scale } else { 1.0 };
    let mut out = Vec::with_capacity(16 + 4 * LABELS * LABELS + rows.len() * (4 + LABELS));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(LABELS as u32).to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    for r in trans {
        for x in r {
            out.extend_from_slice(&(x.round() as i32).to_le_bytes());
        }
    }
    let mut rows = rows.to_vec();
    rows.sort_by_key(|(k, _)| *k);
    for (k, _) in &rows {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for (_, w) in &rows {
        out.extend(w.iter().map(|x| x.round().clamp(-127.0, 127.0) as i8 as u8));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy language: the word after "title" is a person, "town" is a place. The perceptron
    /// learns it from a few examples, and the quantized model decodes the same.
    #[test]
    fn learns_a_toy_language_and_survives_quantization() {
        let word = |w: &str| super::super::fnv(1, w.as_bytes());
        let make = |ws: &[&str], gold: &[Label]| {
            let mut f = Features::default();
            for i in 0..ws.len() {
                f.starts.push(f.feats.len() as u32);
                f.feats.push(word(ws[i]));
                f.feats.push(word(if i == 0 { "<s>" } else { ws[i - 1] }) ^ 0xabcd);
            }
            f.starts.push(f.feats.len() as u32);
            Example { features: f, gold: gold.to_vec() }
        };
        use Label::*;
        let data = vec![
            make(&["title", "zaid", "went", "town"], &[O, BPer, O, BLoc]),
            make(&["title", "amr", "saw", "zaid"], &[O, BPer, O, O]),
            make(&["town", "is", "big"], &[BLoc, O, O]),
            make(&["the", "title", "hind"], &[O, O, BPer]),
        ];
        let w = train(&data, 10, 7);
        let bytes = quantize(&w, 0);
        assert_eq!(bytes, quantize(&train(&data, 10, 7), 0), "deterministic");
        let m = super::super::Model::from_bytes(&bytes).expect("reads back");
        let probe = make(&["title", "salma", "went", "town"], &[O, BPer, O, BLoc]);
        assert_eq!(m.decode(&probe.features).0, probe.gold);
    }
}
