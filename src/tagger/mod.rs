//! Stage 5, **tag**: a learned sequence tagger over the tokens of one segment.
//!
//! Takes one segment's matching form, its tokens (proclitics split), the lexicon's matches (the
//! ambiguous ones too) and the spans the other sources chose there (lexicon, rules, dates); gives
//! scored [`Candidate`]s of persons, locations and organizations with the source `tagger`, which
//! join the others in the overlap policy ([`crate::policy`]). The model is an averaged structured
//! perceptron over BIO labels, decoded by first-order Viterbi. Its features ([`features`]: the
//! word and its neighbours ±2, affixes, shape, the lexicon's class and position, the other
//! sources' labels and rules, the lists each neighbour is in) are hashed to 32 bits; their
//! weights are pruned and quantized to `i8`, and embedded at build time from
//! `src/tagger/model.bin`, which `make model` (the `wasim-train` binary, [`train`]) writes from
//! `corpus/train.jsonl` alone. Training and tagging compute features with the same code.
//!
//! Known limits: the features see one segment only (no document-level memory of earlier names);
//! the tagger splits no proclitic the tokenizer kept (a name glued to an unknown و stays one token).

pub mod train;

use crate::fasthash::FxHashMap;
use crate::lexicon::{LexMatch, Lexicon};
use crate::mention::{Candidate, Source};
use crate::normalize::Normalized;
use crate::tokenize::{Kind, Token};
use crate::Category;

/// The labels, in their index order: outside, then begin and inside of each category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Outside any mention.
    O,
    /// The first token of a person.
    BPer,
    /// A later token of a person.
    IPer,
    /// The first token of a location.
    BLoc,
    /// A later token of a location.
    ILoc,
    /// The first token of an organization.
    BOrg,
    /// A later token of an organization.
    IOrg,
}

/// The number of labels.
pub const LABELS: usize = 7;

impl Label {
    /// Every label, by index.
    pub const ALL: [Label; LABELS] =
        [Label::O, Label::BPer, Label::IPer, Label::BLoc, Label::ILoc, Label::BOrg, Label::IOrg];

    /// The label's index in [`Label::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The first token of a mention of `c` (O for dates, which the tagger leaves to the grammar).
    pub fn begin(c: Category) -> Label {
        match c {
            Category::Person => Label::BPer,
            Category::Location => Label::BLoc,
            Category::Organization => Label::BOrg,
            Category::Date => Label::O,
        }
    }

    /// A later token of a mention of `c`.
    pub fn inside(c: Category) -> Label {
        match c {
            Category::Person => Label::IPer,
            Category::Location => Label::ILoc,
            Category::Organization => Label::IOrg,
            Category::Date => Label::O,
        }
    }

    /// The category, none for O.
    pub fn category(self) -> Option<Category> {
        match self {
            Label::O => None,
            Label::BPer | Label::IPer => Some(Category::Person),
            Label::BLoc | Label::ILoc => Some(Category::Location),
            Label::BOrg | Label::IOrg => Some(Category::Organization),
        }
    }

    /// An inside label.
    pub fn is_inside(self) -> bool {
        matches!(self, Label::IPer | Label::ILoc | Label::IOrg)
    }

    /// Whether `next` may follow `prev` (an inside label only continues its own category).
    pub fn may_follow(prev: Label, next: Label) -> bool {
        !next.is_inside() || prev != Label::O && prev.category() == next.category()
    }
}

/// One segment as the tagger reads it.
pub struct Segment<'a> {
    /// The matching form.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Token],
    /// The lexicon's matches, ambiguous ones included.
    pub matches: &'a [LexMatch],
    /// What the other sources chose in this segment (lexicon, rules, dates), sorted.
    pub chosen: &'a [Chosen],
    /// The lexicon the matches index.
    pub lex: &'a Lexicon,
}

/// One mention another source chose: its range, category and source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chosen {
    /// Byte range in the matching form.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// What it is.
    pub category: Category,
    /// Who found it.
    pub source: Source,
}

impl Chosen {
    /// The candidates the overlap policy keeps of `cands`, sorted by start, without copying them.
    pub fn of(cands: &[Candidate]) -> Vec<Chosen> {
        let mut out: Vec<Chosen> = crate::policy::judge(cands)
            .iter()
            .zip(cands)
            .filter(|(v, _)| **v == crate::policy::Verdict::Chosen)
            .map(|(_, c)| Chosen { start: c.start, end: c.end, category: c.category, source: c.source })
            .collect();
        out.sort_by_key(|c| c.start);
        out
    }
}

/// The hashed features of every token of a segment: those of token `i` are
/// `feats[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// The features of all tokens, one after the other.
    pub feats: Vec<u32>,
    /// Where each token's features start, and one past the last.
    pub starts: Vec<u32>,
}

impl Features {
    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }
    /// No tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The features of token `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.feats[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// FNV-1a over `bytes`, from `seed`.
fn fnv(seed: u32, bytes: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5 ^ seed.wrapping_mul(0x0100_0193);
    for &b in bytes {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// A feature of template `t` over the values `a` and `b` (already hashed).
fn feat(t: u32, a: u32, b: u32) -> u32 {
    let mut x = t.wrapping_mul(0x9e37_79b1) ^ a;
    x = x.wrapping_mul(0x85eb_ca6b) ^ b.rotate_left(13);
    x ^= x >> 16;
    x = x.wrapping_mul(0xc2b2_ae35);
    // 0 marks an empty slot of the model's table
    (x ^ (x >> 13)).max(1)
}

/// What the features read of one token, each part hashed once.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
struct View {
    word: u32,
    pre2: u32,
    pre3: u32,
    suf2: u32,
    suf3: u32,
    proclitic: u32,
    shape: u32,
    /// The lexicon's class and position (B/I) at the token, 0 for none.
    lex: u32,
    /// The other sources' choice at the token: category and position, and with the source.
    sys: u32,
    sys_source: u32,
    lists: u8,
    /// The first letter of the token as written, proclitics included, and whether the
    /// vocabulary knows the word whole.
    first: u32,
}

const BOUNDARY: View = View {
    word: 0x5eed_0001,
    pre2: 0,
    pre3: 0,
    suf2: 0,
    suf3: 0,
    proclitic: 0,
    shape: 0x5eed_0002,
    lex: 0,
    sys: 0,
    sys_source: 0,
    lists: 0,
    first: 0,
};

/// The hashes of the first two and three letters and of the last two and three of `word`, each 0
/// when the word has no letter beyond it.
fn affixes(word: &str) -> [u32; 4] {
    let mut front = [word.len(); 4];
    for (k, (i, _)) in word.char_indices().take(4).enumerate() {
        front[k] = i;
    }
    let letters = front.iter().filter(|&&i| i < word.len()).count();
    let mut back = [0usize; 3];
    for (k, (i, _)) in word.char_indices().rev().take(3).enumerate() {
        back[k] = i;
    }
    let h = |seed, s: &str| fnv(seed, s.as_bytes());
    [
        if letters > 2 { h(2, &word[..front[2]]) } else { 0 },
        if letters > 3 { h(3, &word[..front[3]]) } else { 0 },
        if letters > 2 { h(12, &word[back[1]..]) } else { 0 },
        if letters > 3 { h(13, &word[back[2]..]) } else { 0 },
    ]
}

/// What the features read of a word by itself, whatever its place.
#[derive(Clone, Copy)]
struct WordParts {
    word: u32,
    affixes: [u32; 4],
    /// The shape: letters (at most 8), the article, Latin letters.
    shape: u32,
    lists: u8,
}

fn word_parts(stem: &str) -> WordParts {
    let latin = stem.bytes().all(|b| b.is_ascii());
    let letters = stem.chars().count().min(8) as u32;
    let article = stem.starts_with("ال") as u32;
    WordParts {
        word: fnv(1, stem.as_bytes()),
        affixes: affixes(stem),
        shape: 0x100 | letters | article << 4 | (latin as u32) << 5,
        lists: crate::lexicon::lists::lists_of(stem),
    }
}

/// What the features read of each token of `seg`; `words` keeps the parts of each word from one
/// call to the next (a text repeats its words).
fn views(seg: &Segment, words: &mut FxHashMap<Box<str>, WordParts>) -> Vec<View> {
    if words.len() > Memo::MAX {
        words.clear();
    }
    let text = seg.text;
    let mut out: Vec<View> = Vec::with_capacity(seg.toks.len());
    for t in seg.toks {
        let stem = t.stem(text);
        let mut v = View::default();
        match t.kind {
            Kind::Word => {
                let parts = match words.get(stem) {
                    Some(p) => *p,
                    None => *words.entry(stem.into()).or_insert_with(|| word_parts(stem)),
                };
                v.word = parts.word;
                [v.pre2, v.pre3, v.suf2, v.suf3] = parts.affixes;
                v.shape = parts.shape | (t.is_contraction(text) as u32) << 6;
                v.proclitic =
                    if t.proclitic > 0 { fnv(2, &text.as_bytes()[t.start as usize..t.stem_start()]) } else { 0 };
                v.lists = parts.lists;
                let whole = t.as_str(text);
                let c = whole.chars().next().map_or(0, |c| c as u32);
                v.first = c << 2 | (t.known as u32) << 1 | (t.proclitic > 0) as u32;
            }
            Kind::Number => {
                v.word = 0x5eed_0003 ^ (stem.len().min(5) as u32);
                v.shape = 0x200 | stem.len().min(5) as u32;
            }
            Kind::Punct => {
                v.word = fnv(3, stem.as_bytes());
                v.shape = 0x300;
            }
        }
        out.push(v);
    }
    for m in seg.matches {
        let e = seg.lex.entry(m.entry);
        let class = (e.class as u32 + 1) | ((e.ambiguous as u32) << 4);
        for (k, v) in out.iter_mut().enumerate().take(m.end_token).skip(m.first_token) {
            v.lex = class | ((k > m.first_token) as u32) << 5 | 0x40;
        }
    }
    let mut c = 0;
    for (k, t) in seg.toks.iter().enumerate() {
        while c < seg.chosen.len() && seg.chosen[c].end <= t.stem_start() {
            c += 1;
        }
        let Some(s) = seg.chosen.get(c) else { break };
        if s.start < t.end as usize && t.stem_start() < s.end {
            let inside = (s.start < t.stem_start()) as u32;
            let cat = s.category as u32 + 1;
            out[k].sys = cat | inside << 3 | 0x80;
            out[k].sys_source = feat(99, out[k].sys, fnv(4, s.source.as_str().as_bytes()));
        }
    }
    out
}

// The feature templates.
const T_BIAS: u32 = 1;
const T_W: [u32; 5] = [2, 3, 4, 5, 6]; // w-2, w-1, w0, w+1, w+2
const T_W_PREV_W: u32 = 7;
const T_W_W_NEXT: u32 = 8;
const T_PRE2: u32 = 9;
const T_PRE3: u32 = 10;
const T_SUF2: u32 = 11;
const T_SUF3: u32 = 12;
const T_PROCLITIC: u32 = 13;
const T_SHAPE: [u32; 3] = [14, 15, 16]; // -1, 0, +1
const T_LEX: [u32; 3] = [17, 18, 19];
const T_SYS: [u32; 3] = [20, 21, 22];
const T_SYS_SOURCE: u32 = 23;
const T_LISTS: [u32; 5] = [24, 25, 26, 27, 28]; // -2..+2, one feature per list bit
const T_SYS_W_PREV: u32 = 29;
const T_LEX_W_NEXT: u32 = 30;
const T_FIRST: [u32; 3] = [32, 33, 34]; // -1, 0, +1
const T_SYS_FAR: [u32; 2] = [35, 36]; // -2, +2
const T_LEX_W_PREV: u32 = 37;

/// The view of token `k` of `v`, the boundary's outside it.
fn view_at(v: &[View], k: isize) -> &View {
    usize::try_from(k).ok().and_then(|k| v.get(k)).unwrap_or(&BOUNDARY)
}

/// The features of every token of `seg`: those each token's neighbours at −2..+2 give by
/// themselves ([`unary`]), then those of pairs ([`pairwise`]).
pub fn features(seg: &Segment) -> Features {
    let v = views(seg, &mut FxHashMap::default());
    let n = v.len();
    let at = |k: isize| view_at(&v, k);
    let mut out = Features { feats: Vec::with_capacity(n * 40), starts: Vec::with_capacity(n + 1) };
    for i in 0..n as isize {
        out.starts.push(out.feats.len() as u32);
        for d in -2..=2 {
            unary(at(i + d), d, &mut out.feats);
        }
        pairwise(at(i - 1), at(i), at(i + 1), &mut out.feats);
    }
    out.starts.push(out.feats.len() as u32);
    out
}

/// The features a token gives to the token `d` places after it (d in −2..=2) by itself alone.
fn unary(v: &View, d: isize, f: &mut Vec<u32>) {
    let k = (d + 2) as usize;
    f.push(feat(T_W[k], v.word, 0));
    let lists = |t: u32, f: &mut Vec<u32>| {
        for b in 0..8 {
            if v.lists & 1 << b != 0 {
                f.push(feat(t, b, 0));
            }
        }
    };
    lists(T_LISTS[k], f);
    match d {
        0 => {
            // the bias: the same for every token, so the memo holds it too
            f.push(feat(T_BIAS, 0, 0));
            for (t, x) in
                [(T_PRE2, v.pre2), (T_PRE3, v.pre3), (T_SUF2, v.suf2), (T_SUF3, v.suf3), (T_PROCLITIC, v.proclitic)]
            {
                if x != 0 {
                    f.push(feat(t, x, 0));
                }
            }
            if v.sys != 0 {
                f.push(feat(T_SYS_SOURCE, v.sys_source, 0));
            }
        }
        -2 | 2 => {
            f.push(feat(T_SYS_FAR[(d > 0) as usize], v.sys, 0));
            return;
        }
        _ => {}
    }
    let k = (d + 1) as usize;
    f.push(feat(T_SHAPE[k], v.shape, 0));
    f.push(feat(T_LEX[k], v.lex, 0));
    f.push(feat(T_SYS[k], v.sys, 0));
    f.push(feat(T_FIRST[k], v.first, 0));
}

/// The features of token `me` that read two tokens at once.
fn pairwise(prev: &View, me: &View, next: &View, f: &mut Vec<u32>) {
    f.push(feat(T_W_PREV_W, prev.word, me.word));
    f.push(feat(T_W_W_NEXT, me.word, next.word));
    f.push(feat(T_SYS_W_PREV, me.sys, prev.word));
    if me.lex != 0 {
        f.push(feat(T_LEX_W_PREV, me.lex, prev.word));
        f.push(feat(T_LEX_W_NEXT, me.lex, next.word));
    }
}

/// What one thread keeps between the segments it tags: the weights each distinct token gives to
/// itself and its neighbours (most tokens of a text repeat), so that tagging looks up only the
/// pairwise features of a token. Only ever used with one model.
#[derive(Default)]
pub struct Memo {
    /// Each distinct token's place in `sums`.
    unary: FxHashMap<View, u32>,
    /// What a token gives to the tokens −2..+2 from it.
    sums: Vec<[[i32; 8]; 5]>,
    words: FxHashMap<Box<str>, WordParts>,
    feats: Vec<u32>,
}

impl Memo {
    /// The most distinct tokens kept.
    const MAX: usize = 1 << 15;
}

/// The model: each known feature's weight for each label, and the label transitions, in the units
/// of `scale`.
pub struct Model {
    /// Open addressing (linear probing) over the features, each slot holding its key and weights
    /// together, so that a lookup reads one cache line.
    slots: Vec<Slot>,
    /// One bit per feature hash (its top bits): most features of a text are in no model, and
    /// this small set (32 KiB, in cache) answers for them without a probe of the table.
    seen: Vec<u64>,
    len: usize,
    shift: u32,
    /// `trans[prev][next]`; the row of O also starts a segment.
    trans: [[i32; LABELS]; LABELS],
}

/// One slot of the model's table: a feature (0 for none) and its weights, padded to 8 lanes so
/// that adding them is one vector operation.
#[derive(Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    key: u32,
    weights: [i8; 8],
}

const SEEN_BITS: usize = 1 << 18;

fn seen_bit(k: u32) -> usize {
    (k.wrapping_mul(0x2c1b_3c6d) >> 14) as usize
}

/// Why model bytes cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub &'static str);

const MAGIC: &[u8; 4] = b"WTG1";

impl Model {
    /// Reads a model written by [`train::encode`].
    pub fn from_bytes(b: &[u8]) -> Result<Model, BadModel> {
        let mut r = Reader { b, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(BadModel("not a wasim tagger model (magic)"));
        }
        if r.u32()? as usize != LABELS {
            return Err(BadModel("the model has another label set"));
        }
        let n = r.u32()? as usize;
        let scale = f32::from_bits(r.u32()?);
        if !(scale.is_finite() && scale > 0.0) {
            return Err(BadModel("bad scale"));
        }
        let mut trans = [[0i32; LABELS]; LABELS];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = r.u32()? as i32;
            }
        }
        let mut keys = Vec::with_capacity(n);
        for _ in 0..n {
            keys.push(r.u32()?);
        }
        let mut weights = Vec::with_capacity(n);
        for _ in 0..n {
            let w = r.take(LABELS)?;
            let mut row = [0i8; LABELS];
            for (x, &y) in row.iter_mut().zip(w) {
                *x = y as i8;
            }
            weights.push(row);
        }
        if r.at != b.len() {
            return Err(BadModel("trailing bytes"));
        }
        // a load of at most 2/3
        let bits = (n + n / 2).max(2).next_power_of_two().trailing_zeros();
        let mut slots = vec![Slot::default(); 1 << bits];
        let mut seen = vec![0u64; SEEN_BITS / 64];
        let shift = 32 - bits;
        let mask = slots.len() - 1;
        for (&key, w) in keys.iter().zip(&weights) {
            if key == 0 {
                return Err(BadModel("feature 0 is reserved"));
            }
            let mut s = (key.wrapping_mul(0x9e37_79b1) >> shift) as usize;
            while slots[s].key != 0 {
                if slots[s].key == key {
                    return Err(BadModel("a feature twice"));
                }
                s = (s + 1) & mask;
            }
            let b = seen_bit(key);
            seen[b / 64] |= 1 << (b % 64);
            let mut padded = [0i8; 8];
            padded[..LABELS].copy_from_slice(w);
            slots[s] = Slot { key, weights: padded };
        }
        Ok(Model { slots, seen, len: n, shift, trans })
    }

    /// The number of features with a weight.
    pub fn len(&self) -> usize {
        self.len
    }

    /// No features.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn weights_of(&self, k: u32) -> Option<&[i8; 8]> {
        let b = seen_bit(k);
        if self.seen[b / 64] & 1 << (b % 64) == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut s = (k.wrapping_mul(0x9e37_79b1) >> self.shift) as usize;
        loop {
            let slot = &self.slots[s];
            if slot.key == k {
                return Some(&slot.weights);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// The emission scores of each token, per label.
    fn emissions(&self, f: &Features) -> Vec<[i32; LABELS]> {
        (0..f.len())
            .map(|i| {
                let mut e = [0i32; 8];
                for &k in f.of(i) {
                    if let Some(w) = self.weights_of(k) {
                        for (x, &y) in e.iter_mut().zip(w) {
                            *x += y as i32;
                        }
                    }
                }
                std::array::from_fn(|l| e[l])
            })
            .collect()
    }

    /// The sum of the weights of `feats`.
    fn sum(&self, feats: &[u32]) -> [i32; 8] {
        let mut e = [0i32; 8];
        for &k in feats {
            if let Some(w) = self.weights_of(k) {
                for (x, &y) in e.iter_mut().zip(w) {
                    *x += y as i32;
                }
            }
        }
        e
    }

    /// [`Model::emissions`] of [`features`], by way of `memo`: the same sums, in fewer lookups.
    fn emissions_of(&self, v: &[View], memo: &mut Memo) -> Vec<[i32; LABELS]> {
        if memo.unary.len() > Memo::MAX {
            memo.unary.clear();
            memo.sums.clear();
        }
        let n = v.len();
        let at = |k: isize| view_at(v, k);
        let mut feats = std::mem::take(&mut memo.feats);
        let mut of = |view: &View, memo: &mut Memo| -> u32 {
            if let Some(&i) = memo.unary.get(view) {
                return i;
            }
            let sums = std::array::from_fn(|k| {
                feats.clear();
                unary(view, k as isize - 2, &mut feats);
                self.sum(&feats)
            });
            memo.sums.push(sums);
            let i = memo.sums.len() as u32 - 1;
            memo.unary.insert(*view, i);
            i
        };
        let boundary = of(&BOUNDARY, memo);
        let mut window: Vec<u32> = Vec::with_capacity(n + 4);
        window.extend([boundary, boundary]);
        for view in v {
            window.push(of(view, memo));
        }
        window.extend([boundary, boundary]);
        let mut out = Vec::with_capacity(n);
        let mut pair = Vec::with_capacity(8);
        for i in 0..n {
            pair.clear();
            pairwise(at(i as isize - 1), &v[i], at(i as isize + 1), &mut pair);
            let mut e = self.sum(&pair);
            // what the token d places away gives to token i, as `features` adds it
            for d in -2isize..=2 {
                let u = &memo.sums[window[(i as isize + 2 + d) as usize] as usize][(d + 2) as usize];
                for (x, y) in e.iter_mut().zip(u) {
                    *x += y;
                }
            }
            out.push(std::array::from_fn(|l| e[l]));
        }
        memo.feats = feats;
        out
    }

    /// The best label sequence for the features of a segment, and each token's emission scores.
    pub fn decode(&self, f: &Features) -> (Vec<Label>, Vec<[i32; LABELS]>) {
        let e = self.emissions(f);
        (viterbi(&e, &self.trans, i32::MIN / 2), e)
    }

    /// The candidates of a segment: the mentions of the best label sequence, each scored by how
    /// far its labels' emission scores are above O's (a logistic of that margin).
    pub fn candidates(&self, seg: &Segment, norm: &Normalized, memo: &mut Memo) -> Vec<Candidate> {
        let v = views(seg, &mut memo.words);
        let e = self.emissions_of(&v, memo);
        let labels = viterbi(&e, &self.trans, i32::MIN / 2);
        let margins = margins(&e, &self.trans, &labels);
        let mut out = Vec::new();
        let mut i = 0;
        while i < labels.len() {
            let Some(cat) = labels[i].category().filter(|_| !labels[i].is_inside()) else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < labels.len() && labels[j] == Label::inside(cat) {
                // a person's name holds no preposition: it ends before a word the tokenizer split
                // a ب، ل or ك off (زار فلاديمير بوتين لروسيا)
                let t = &seg.toks[j];
                if cat == Category::Person
                    && t.proclitic > 0
                    && seg.text[t.start as usize..t.stem_start()].contains(['ب', 'ل', 'ك'])
                {
                    break;
                }
                j += 1;
            }
            // a mention does not end in a word the tokenizer left glued to a preposition (وزارة
            // العدل للمطالبة باستئناف, جامعة بيرزيت بعنوان): those run on past the name
            let end_of_name = |t: &Token| {
                let w = t.as_str(seg.text);
                t.kind != Kind::Word || t.proclitic > 0 || t.known || !(w.starts_with('ب') || w.starts_with("لل"))
            };
            let mut last = j;
            while last > i + 1 && !end_of_name(&seg.toks[last - 1]) {
                last -= 1;
            }
            let (next, j) = (j, last);
            // how much better the best path is than the best one labelling any of its tokens
            // otherwise (or the token after it as its continuation)
            let margin = (i..=next.min(labels.len() - 1)).map(|k| margins[k]).min().unwrap_or(0);
            // a mention starts and ends with a word (ملعب 5 جويلية, not المادة 109's number)
            if seg.toks[i].kind == Kind::Word && seg.toks[j - 1].kind == Kind::Word {
                let (start, end) = (seg.toks[i].stem_start(), seg.toks[j - 1].end as usize);
                let canonical = crate::rules::canonical_of(norm, &seg.toks[i], start, end);
                let mut c = Candidate::new(start, end, cat, Some(canonical), Source::Tagger);
                // a score in 0..1 that grows with the margin (the policy compares scores only).
                // Dropping mentions below a margin was tried: at 20, dev precision +0.006 for
                // -0.004 F1 and Wojood dev-b token F1 -0.012, so the tagger proposes them all
                c.score = margin as f32 / (margin as f32 + 100.0);
                out.push(c);
            }
            i = next;
        }
        out
    }
}

/// For each token, how much the best path's score `best` exceeds that of the best path giving
/// the token another label (its max-marginal margin, from a forward and a backward max-plus
/// pass): 0 where another label ties, large where the path is sure.
fn margins(e: &[[i32; LABELS]], trans: &[[i32; LABELS]; LABELS], labels: &[Label]) -> Vec<i32> {
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    const NONE: i64 = i64::MIN / 4;
    // alpha[k][l]: the best prefix ending in l at k, its emission included
    let mut alpha = vec![[NONE; LABELS]; n];
    for l in 0..LABELS {
        if ALLOWED[0][l] {
            alpha[0][l] = (trans[0][l] + e[0][l]) as i64;
        }
    }
    for k in 1..n {
        for l in 0..LABELS {
            let best = PREDECESSORS[l].iter().map(|&p| alpha[k - 1][p as usize] + trans[p as usize][l] as i64).max();
            alpha[k][l] = best.map_or(NONE, |b| if b <= NONE / 2 { NONE } else { b + e[k][l] as i64 });
        }
    }
    // beta[k][l]: the best suffix after k given l at k
    let mut beta = vec![[0i64; LABELS]; n];
    for k in (0..n.saturating_sub(1)).rev() {
        for l in 0..LABELS {
            let mut best = NONE;
            for next in 0..LABELS {
                if ALLOWED[l][next] {
                    best = best.max(trans[l][next] as i64 + e[k + 1][next] as i64 + beta[k + 1][next]);
                }
            }
            beta[k][l] = best;
        }
    }
    (0..n)
        .map(|k| {
            let chosen = labels[k].index();
            let best = alpha[k][chosen] + beta[k][chosen];
            let other = (0..LABELS).filter(|&l| l != chosen).map(|l| alpha[k][l] + beta[k][l]).max().unwrap_or(NONE);
            (best - other).clamp(0, i32::MAX as i64) as i32
        })
        .collect()
}

/// Which label may follow which, by index ([`Label::may_follow`]).
const ALLOWED: [[bool; LABELS]; LABELS] = {
    let mut t = [[false; LABELS]; LABELS];
    let mut p = 0;
    while p < LABELS {
        let mut l = 0;
        while l < LABELS {
            // an inside label (2, 4, 6) only after the begin or inside label of its category
            t[p][l] = l % 2 == 1 || l == 0 || p != 0 && p.div_ceil(2) == l / 2;
            l += 1;
        }
        p += 1;
    }
    t
};

/// The labels each label may follow, by index (from [`ALLOWED`]).
const PREDECESSORS: [&[u8]; LABELS] = [
    &[0, 1, 2, 3, 4, 5, 6],
    &[0, 1, 2, 3, 4, 5, 6],
    &[1, 2],
    &[0, 1, 2, 3, 4, 5, 6],
    &[3, 4],
    &[0, 1, 2, 3, 4, 5, 6],
    &[5, 6],
];

/// The best label sequence under emissions `e` and transitions `trans`, an inside label only
/// after its own category; `none` is a score below any path's.
pub fn viterbi<T>(e: &[[T; LABELS]], trans: &[[T; LABELS]; LABELS], none: T) -> Vec<Label>
where
    T: Copy + PartialOrd + std::ops::Add<Output = T>,
{
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; LABELS]; n];
    let mut score = [none; LABELS];
    for l in 0..LABELS {
        if ALLOWED[0][l] {
            score[l] = trans[0][l] + e[0][l];
        }
    }
    for i in 1..n {
        let mut next = [none; LABELS];
        for l in 0..LABELS {
            // `none` stays below any path: a label no path reaches keeps it
            let (mut best, mut from) = (none, 0u8);
            for &p in PREDECESSORS[l] {
                let s = score[p as usize] + trans[p as usize][l];
                if s > best {
                    best = s;
                    from = p;
                }
            }
            next[l] = if best > none { best + e[i][l] } else { none };
            back[i][l] = from;
        }
        score = next;
    }
    let mut last = 0;
    for l in 1..LABELS {
        if score[l] > score[last] {
            last = l;
        }
    }
    let mut out = vec![Label::O; n];
    for i in (0..n).rev() {
        out[i] = Label::ALL[last];
        last = back[i][last] as usize;
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BadModel> {
        let s = self.b.get(self.at..self.at + n).ok_or(BadModel("truncated"))?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, BadModel> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

/// The compiled-in model (`src/tagger/model.bin`), none when that file is empty.
pub fn embedded() -> Option<Model> {
    static BYTES: &[u8] = include_bytes!("model.bin");
    if BYTES.is_empty() {
        return None;
    }
    Some(Model::from_bytes(BYTES).expect("src/tagger/model.bin is a model written by wasim-train"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_labels_only_continue_their_category() {
        for p in Label::ALL {
            for l in Label::ALL {
                assert_eq!(ALLOWED[p.index()][l.index()], Label::may_follow(p, l), "{p:?} -> {l:?}");
                assert_eq!(PREDECESSORS[l.index()].contains(&(p.index() as u8)), Label::may_follow(p, l));
            }
        }
        assert!(Label::may_follow(Label::BPer, Label::IPer));
        assert!(Label::may_follow(Label::IPer, Label::IPer));
        assert!(!Label::may_follow(Label::O, Label::IPer));
        assert!(!Label::may_follow(Label::BLoc, Label::IPer));
        assert!(Label::may_follow(Label::IOrg, Label::BPer));
    }

    #[test]
    fn viterbi_takes_the_best_allowed_path() {
        let zero = [[0i32; LABELS]; LABELS];
        // I-PER scores best at the first token, but cannot start: B-PER then I-PER
        let mut e = vec![[0i32; LABELS]; 2];
        e[0][Label::IPer.index()] = 10;
        e[0][Label::BPer.index()] = 5;
        e[1][Label::IPer.index()] = 3;
        assert_eq!(viterbi(&e, &zero, i32::MIN / 2), vec![Label::BPer, Label::IPer]);
        // a transition penalty can outweigh an emission
        let mut t = zero;
        t[Label::BPer.index()][Label::IPer.index()] = -20;
        assert_eq!(viterbi(&e, &t, i32::MIN / 2), vec![Label::BPer, Label::O]);
        assert!(viterbi::<i32>(&[], &zero, 0).is_empty());
    }

    /// The memo's sums are those of the features' weights, token by token, on the dev split.
    #[test]
    fn memoized_emissions_equal_the_features_sums() {
        let annotator = crate::Annotator::builder().tagger(crate::TaggerMode::Off).build();
        let model = embedded().expect("a model is compiled in");
        let dev = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dev.jsonl")).expect("dev split");
        let mut memo = Memo::default();
        let mut tokens = 0;
        for doc in crate::eval::parse_gold(&dev).expect("dev split parses").iter().take(20) {
            crate::resolve::each_tagger_segment(&annotator, &doc.text, None, |seg, _, _| {
                let slow = model.emissions(&features(seg));
                let v = views(seg, &mut memo.words);
                assert_eq!(model.emissions_of(&v, &mut memo), slow);
                tokens += slow.len();
            });
        }
        assert!(tokens > 1000);
    }

    #[test]
    fn margins_are_those_of_the_best_path() {
        let zero = [[0i32; LABELS]; LABELS];
        assert!(margins(&[], &zero, &[]).is_empty());
        // one token: B-PER by 7 over O, by 9 over the rest
        let mut e = [[0i32; LABELS]];
        e[0][Label::BPer.index()] = 7;
        e[0][Label::BLoc.index()] = -2;
        let labels = viterbi(&e, &zero, i32::MIN / 2);
        assert_eq!(labels, vec![Label::BPer]);
        assert_eq!(margins(&e, &zero, &labels), vec![7]);
    }

    #[test]
    fn bad_model_bytes_are_refused_not_read() {
        assert_eq!(Model::from_bytes(b"").err(), Some(BadModel("truncated")));
        assert_eq!(Model::from_bytes(b"XXXX\x07\0\0\0").err(), Some(BadModel("not a wasim tagger model (magic)")));
        let mut ok = train::encode(&[], &[[0.0; LABELS]; LABELS], 0.0);
        assert!(Model::from_bytes(&ok).is_ok());
        ok.push(0);
        assert_eq!(Model::from_bytes(&ok).err(), Some(BadModel("trailing bytes")));
    }
}
