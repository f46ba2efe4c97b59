//! The lexicon's compiled form: written by `build.rs` from the data files, read in place at run
//! time, so that start-up parses and hashes nothing.
//!
//! This file is compiled twice: into the build script, which calls [`plan`] and [`encode`] on the data files
//! and writes the bytes to `$OUT_DIR/lexicon.bin`, and into the crate, which reads those bytes
//! (embedded with `include_bytes!`) through [`Compiled`], and compiles a reader's own entries the
//! same way at run time. It depends on nothing of the crate but the normalizer, which it reaches
//! as `crate::normalize` in both.
//!
//! The bytes hold the entries (class, flags, file, canonical form) and two maps keyed by strings
//! of the matching form: every pattern's first word (the entries it is whole, and how far the
//! longer patterns starting with it reach), and the patterns longer than their first word. Each
//! map is a minimal-probe perfect hash in the manner of PTHash: a key's hash picks a bucket, the
//! bucket's pilot (found at build time) picks the key's slot, and the slot's record holds the key,
//! compared once. A lookup is one hash, three array reads and one comparison. All integers are
//! little-endian `u32` (pilots `u16`); the header starts with a magic and a format version.

use crate::normalize::normalize_str;

/// What a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Location,
    Organization,
    Person,
    /// A given name: starts a name chain, is not annotated alone.
    Given,
    /// A nationality or relational adjective (الروسية): never a place; names the place in `canonical`.
    Gentilic,
    /// A word of the date grammar (month, weekday, unit...): only guides the proclitic analysis.
    Temporal,
    /// A common word that must not be split into proclitic + name.
    Common,
}

impl Class {
    /// The classes by their code in the compiled form.
    pub const ALL: [Class; 7] = [
        Class::Location,
        Class::Organization,
        Class::Person,
        Class::Given,
        Class::Gentilic,
        Class::Temporal,
        Class::Common,
    ];

    /// Parses the class column of a data file.
    pub fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "location" => Class::Location,
            "organization" => Class::Organization,
            "person" => Class::Person,
            "given" => Class::Given,
            "gentilic" => Class::Gentilic,
            "common" => Class::Common,
            _ => return None,
        })
    }
}

/// A problem in a data file: the build fails naming file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// One entry before compiling: its matching-form surface and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    pub surface: String,
    pub class: Class,
    pub canonical: String,
    pub ambiguous: bool,
    /// Index of the file it came from, in the list of files given to [`plan`].
    pub file: u8,
    /// A reader's entry: it wins over a listed one of the same surface.
    pub user: bool,
}

/// Parses one data file (`surface<TAB>class<TAB>canonical[<TAB>ambiguous]`, `#` comments).
pub fn parse_file(name: &str, file: u8, body: &str) -> (Vec<Raw>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in body.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let err = |m: &str| DataError { file: name.to_string(), line: i + 1, message: m.to_string() };
        if !(3..=4).contains(&cols.len()) {
            errors.push(err("expected 3 or 4 tab-separated columns"));
            continue;
        }
        let Some(class) = Class::parse(cols[1]) else {
            errors.push(err(&format!("unknown class {:?}", cols[1])));
            continue;
        };
        let ambiguous = match cols.get(3) {
            None => false,
            Some(&"ambiguous") => true,
            Some(c) => {
                errors.push(err(&format!("4th column must be `ambiguous`, not {c:?}")));
                continue;
            }
        };
        let surface = normalize_str(cols[0].trim());
        if surface.is_empty() || cols[2].trim().is_empty() {
            errors.push(err("empty surface or canonical"));
            continue;
        }
        out.push(Raw { surface, class, canonical: cols[2].trim().to_string(), ambiguous, file, user: false });
    }
    (out, errors)
}

/// Flags of a compiled entry.
pub const AMBIGUOUS: u8 = 1;
/// The surface is also a word of the date grammar.
pub const DATE_WORD: u8 = 2;
/// The surface is also a given name, though another entry won it.
pub const GIVEN_TOO: u8 = 4;
/// The same surface is also listed as an organization.
pub const ORG_TOO: u8 = 8;
/// A reader's entry.
pub const USER: u8 = 16;

const MAGIC: &[u8; 4] = b"WSLX";
const VERSION: u32 = 1;
const NONE: u32 = u32::MAX;

/// Priority of an entry when several share one surface: a reader's own first, then unambiguous,
/// then by class.
fn rank(e: &Raw) -> (bool, bool, Class) {
    (!e.user, e.ambiguous, e.class)
}

/// The end of the word that starts at `at`: the first character after it that is not a letter or
/// a digit.
pub fn word_end(text: &str, at: usize) -> usize {
    text[at..].char_indices().find(|&(_, c)| !is_letter_or_digit(c)).map_or(text.len(), |(i, _)| at + i)
}

/// Whether `c` continues a word for the lexicon.
pub fn is_letter_or_digit(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c) || c.is_ascii_alphanumeric() || !c.is_ascii() && c.is_alphanumeric()
}

/// One entry as planned: what the winner of its surface says, and what the others add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEntry {
    pub class: Class,
    pub flags: u8,
    pub canonical: String,
    pub file: u8,
}

/// The lexicon's content before it is encoded: the entries sorted by surface, the first words and
/// the patterns of several words.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub entries: Vec<PlanEntry>,
    pub first: Vec<(String, FirstWord)>,
    pub longer: Vec<(String, [Option<u32>; 2])>,
}

/// Plans the lexicon of `raws`: one entry per surface (the best by `rank`; a losing given name
/// or organization leaves its flag), the words of the date grammar `date_words` marked or added
/// (as the file after the last of `files`), and the patterns: every surface and, for a surface
/// with the article, its ل+ال contracted reading (الولايات → لولايات).
pub fn plan(raws: Vec<Raw>, files: usize, date_words: &[&str]) -> Plan {
    let mut by_surface: std::collections::BTreeMap<String, (Raw, u8)> = std::collections::BTreeMap::new();
    let add = |e: &Raw| {
        (if e.class == Class::Given { GIVEN_TOO } else { 0 })
            | (if e.class == Class::Organization { ORG_TOO } else { 0 })
    };
    for e in raws {
        match by_surface.get_mut(&e.surface) {
            Some((old, flags)) if rank(old) <= rank(&e) => *flags |= add(&e),
            Some((old, flags)) => {
                *flags |= add(old);
                *old = e;
            }
            None => {
                by_surface.insert(e.surface.clone(), (e, 0));
            }
        }
    }
    for w in date_words {
        let s = normalize_str(w);
        match by_surface.get_mut(&s) {
            Some((_, flags)) => *flags |= DATE_WORD,
            None => {
                let raw = Raw {
                    surface: s.clone(),
                    class: Class::Temporal,
                    canonical: (*w).to_string(),
                    ambiguous: false,
                    file: files as u8,
                    user: false,
                };
                by_surface.insert(s, (raw, DATE_WORD));
            }
        }
    }
    let mut plan = Plan::default();
    let mut readings: std::collections::BTreeMap<String, [Option<u32>; 2]> = std::collections::BTreeMap::new();
    for (i, (s, (e, flags))) in by_surface.into_iter().enumerate() {
        if let Some(rest) = s.strip_prefix("ال") {
            if rest.starts_with('ل') || rest.chars().count() >= 2 {
                readings.entry(format!("ل{rest}")).or_default()[1] = Some(i as u32);
            }
        }
        readings.entry(s).or_default()[0] = Some(i as u32);
        let flags = flags | if e.ambiguous { AMBIGUOUS } else { 0 } | if e.user { USER } else { 0 };
        plan.entries.push(PlanEntry { class: e.class, flags, canonical: e.canonical, file: e.file });
    }
    let mut first: std::collections::BTreeMap<String, FirstWord> = std::collections::BTreeMap::new();
    for (p, r) in readings {
        let w = p[..word_end(&p, 0)].to_string();
        let f = first.entry(w.clone()).or_insert(FirstWord { whole: [None; 2], reach: 0 });
        if w.len() == p.len() {
            f.whole = r;
        } else {
            f.reach = f.reach.max(p.len() as u32);
            plan.longer.push((p, r));
        }
    }
    plan.first = first.into_iter().collect();
    plan
}

/// Encodes a plan into the bytes [`Compiled`] reads; `files` names the data files the entries'
/// `file` indexes (the date grammar's words come after them).
pub fn encode(plan: &Plan, files: &[&str]) -> Vec<u8> {
    let mut strings = StringTable::default();
    let mut entries = Vec::with_capacity(plan.entries.len() * 12);
    for e in &plan.entries {
        let (off, len) = strings.add(&e.canonical);
        let class = Class::ALL.iter().position(|c| *c == e.class).expect("a class") as u8;
        entries.extend_from_slice(&off.to_le_bytes());
        entries.extend_from_slice(&len.to_le_bytes());
        entries.extend_from_slice(&[class, e.flags, e.file, 0]);
    }
    let word = |x: Option<u32>| x.unwrap_or(NONE);
    let first: Vec<(&str, Vec<u32>)> =
        plan.first.iter().map(|(k, f)| (k.as_str(), vec![word(f.whole[0]), word(f.whole[1]), f.reach])).collect();
    let longer: Vec<(&str, Vec<u32>)> =
        plan.longer.iter().map(|(k, r)| (k.as_str(), vec![word(r[0]), word(r[1])])).collect();
    let first_map = build_map(&first);
    let longer_map = build_map(&longer);
    let mut file_names = String::new();
    for f in files.iter().copied().chain(std::iter::once("dates")) {
        file_names.push_str(f);
        file_names.push('\n');
    }
    // header, then the sections in order
    let sections: [&[u8]; 5] = [&entries, strings.bytes.as_bytes(), &first_map, &longer_map, file_names.as_bytes()];
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(plan.entries.len() as u32).to_le_bytes());
    let mut at = 4 + 4 + 4 + 4 * sections.len() as u32;
    for s in &sections {
        out.extend_from_slice(&at.to_le_bytes());
        at += s.len() as u32;
    }
    for s in &sections {
        out.extend_from_slice(s);
    }
    out
}

#[derive(Default)]
struct StringTable {
    bytes: String,
}

impl StringTable {
    fn add(&mut self, s: &str) -> (u32, u32) {
        let off = self.bytes.len() as u32;
        self.bytes.push_str(s);
        (off, s.len() as u32)
    }
}

/// The hash of a key (Fx mixing over eight bytes at a time, then the splitmix64 finalizer, which
/// spreads the bits the bucket and slot choices read).
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("8 bytes"))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    mix(h)
}

fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// `x` scaled into `0..n`.
fn reduce(x: u64, n: u32) -> usize {
    ((x as u128 * n as u128) >> 64) as usize
}

/// The bucket of a hash: from its low half, so that the keys of one bucket still differ in the
/// high half, which picks the slot.
fn bucket_of(h: u64, buckets: u32) -> usize {
    (((h & 0xffff_ffff) * buckets as u64) >> 32) as usize
}

fn slot_of(h: u64, pilot: u16, slots: u32) -> usize {
    reduce(h ^ (pilot as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15), slots)
}

/// A perfect-hash map section, laid out for size (the page downloads it):
/// `[buckets, slots, payload words, slot width, records]`; the pilots (`u16` a bucket); the slots
/// (the record index in 2 or 3 bytes, all ones for none); the records' key offsets (`u32`, one
/// more than the records, into the keys at the end); each payload word as a column of `u32`; the
/// keys, in the order given (sorted, so they compress). Each part is padded to four bytes.
pub fn build_map(items: &[(&str, Vec<u32>)]) -> Vec<u8> {
    let n = items.len() as u32;
    let words = items.first().map_or(0, |(_, v)| v.len()) as u32;
    let buckets = (n / 3).max(1);
    let slots = (n + n / 8).max(1);
    let width: u32 = if n < 0xffff { 2 } else { 3 };
    let hashes: Vec<u64> = items.iter().map(|(k, _)| hash(k.as_bytes())).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets as usize];
    for (i, &h) in hashes.iter().enumerate() {
        members[bucket_of(h, buckets)].push(i);
    }
    let mut order: Vec<usize> = (0..buckets as usize).collect();
    order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
    let mut pilots = vec![0u16; buckets as usize];
    let mut taken = vec![NONE; slots as usize];
    let mut tried: Vec<usize> = Vec::new();
    for b in order {
        if members[b].is_empty() {
            break;
        }
        let pilot = (0..=u16::MAX)
            .find(|&p| {
                tried.clear();
                members[b].iter().all(|&i| {
                    let s = slot_of(hashes[i], p, slots);
                    let free = taken[s] == NONE && !tried.contains(&s);
                    tried.push(s);
                    free
                })
            })
            .unwrap_or_else(|| panic!("no pilot for a bucket of {} keys (two keys with one hash?)", members[b].len()));
        pilots[b] = pilot;
        for &i in &members[b] {
            taken[slot_of(hashes[i], pilot, slots)] = i as u32;
        }
    }
    let pad = |out: &mut Vec<u8>| out.resize(out.len().next_multiple_of(4), 0);
    let mut out = Vec::new();
    for x in [buckets, slots, words, width, n] {
        out.extend_from_slice(&x.to_le_bytes());
    }
    for p in &pilots {
        out.extend_from_slice(&p.to_le_bytes());
    }
    pad(&mut out);
    for t in &taken {
        out.extend_from_slice(&t.to_le_bytes()[..width as usize]);
    }
    pad(&mut out);
    let mut off = 0u32;
    for (k, _) in items {
        out.extend_from_slice(&off.to_le_bytes());
        off += k.len() as u32;
    }
    out.extend_from_slice(&off.to_le_bytes());
    for w in 0..words as usize {
        for (_, v) in items {
            out.extend_from_slice(&v[w].to_le_bytes());
        }
    }
    for (k, _) in items {
        out.extend_from_slice(k.as_bytes());
    }
    out
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    // one bounds check, not four
    u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"))
}

/// One entry as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredEntry<'a> {
    pub class: Class,
    pub flags: u8,
    pub canonical: &'a str,
    /// Index of its file (see [`Compiled::file_name`]).
    pub file: u8,
}

/// A map section read in place (see [`build_map`]).
#[derive(Clone, Copy)]
pub struct MapView<'a> {
    bytes: &'a [u8],
    buckets: u32,
    slots: u32,
    width: usize,
    records: usize,
    pilots_at: usize,
    slots_at: usize,
    offsets_at: usize,
    columns_at: usize,
    keys_at: usize,
}

impl<'a> MapView<'a> {
    /// Reads a section [`build_map`] wrote (a `const fn`, so that a map embedded in the binary is a
    /// `static` read in place, with no work at start-up).
    pub const fn new(bytes: &'a [u8]) -> Self {
        const fn at(b: &[u8], i: usize) -> u32 {
            u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
        }
        let (buckets, slots, words) = (at(bytes, 0), at(bytes, 4), at(bytes, 8));
        let (width, records) = (at(bytes, 12) as usize, at(bytes, 16) as usize);
        let pilots_at = 20;
        let slots_at = (pilots_at + 2 * buckets as usize).next_multiple_of(4);
        let offsets_at = (slots_at + width * slots as usize).next_multiple_of(4);
        let columns_at = offsets_at + 4 * (records + 1);
        let keys_at = columns_at + 4 * records * words as usize;
        MapView { bytes, buckets, slots, width, records, pilots_at, slots_at, offsets_at, columns_at, keys_at }
    }

    /// The record of `key`, if it is a key.
    pub fn find(&self, key: &str) -> Option<usize> {
        let h = hash(key.as_bytes());
        let b = self.pilots_at + 2 * bucket_of(h, self.buckets);
        let p = u16::from_le_bytes([self.bytes[b], self.bytes[b + 1]]);
        let s = self.slots_at + self.width * slot_of(h, p, self.slots);
        let mut r = [0u8; 4];
        r[..self.width].copy_from_slice(&self.bytes[s..s + self.width]);
        let r = u32::from_le_bytes(r) as usize;
        if r >= self.records {
            return None;
        }
        let (from, to) = (u32_at(self.bytes, self.offsets_at + 4 * r), u32_at(self.bytes, self.offsets_at + 4 * r + 4));
        (self.bytes.get(self.keys_at + from as usize..self.keys_at + to as usize) == Some(key.as_bytes())).then_some(r)
    }

    /// Payload word `w` of record `r`.
    pub fn word(&self, r: usize, w: usize) -> u32 {
        u32_at(self.bytes, self.columns_at + 4 * (w * self.records + r))
    }
}

/// The compiled lexicon, read in place.
#[derive(Clone)]
pub struct Compiled<'a> {
    entries: &'a [u8],
    strings: &'a str,
    first: MapView<'a>,
    longer: MapView<'a>,
    files: Vec<&'a str>,
    len: u32,
}

/// What a first word holds: the entries it is whole (plain reading, ل+ال reading) and the reach of
/// the longer patterns that start with it (0 for none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstWord {
    pub whole: [Option<u32>; 2],
    pub reach: u32,
}

fn opt(x: u32) -> Option<u32> {
    (x != NONE).then_some(x)
}

impl<'a> Compiled<'a> {
    /// Reads the bytes [`encode`] wrote; an error says what is wrong with them.
    pub fn new(bytes: &'a [u8]) -> Result<Self, String> {
        if bytes.len() < 32 || &bytes[..4] != MAGIC {
            return Err("not a compiled wasim lexicon".into());
        }
        if u32_at(bytes, 4) != VERSION {
            return Err(format!("compiled lexicon format {} (this build reads {VERSION})", u32_at(bytes, 4)));
        }
        let len = u32_at(bytes, 8);
        let at: Vec<usize> = (0..5).map(|i| u32_at(bytes, 12 + 4 * i) as usize).chain([bytes.len()]).collect();
        let section = |i: usize| &bytes[at[i]..at[i + 1]];
        let strings = std::str::from_utf8(section(1)).map_err(|e| format!("compiled lexicon strings: {e}"))?;
        let files = std::str::from_utf8(section(4)).map_err(|e| format!("compiled lexicon files: {e}"))?;
        Ok(Compiled {
            entries: section(0),
            strings,
            first: MapView::new(section(2)),
            longer: MapView::new(section(3)),
            files: files.split('\n').collect(),
            len,
        })
    }

    /// The number of entries (distinct surfaces).
    pub fn len(&self) -> u32 {
        self.len
    }

    /// Whether it has no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry `id` (below [`Compiled::len`]).
    pub fn entry(&self, id: u32) -> StoredEntry<'a> {
        let at = id as usize * 12;
        let rec: &[u8; 12] = self.entries[at..at + 12].try_into().expect("a record");
        let off = u32::from_le_bytes([rec[0], rec[1], rec[2], rec[3]]) as usize;
        let len = u32::from_le_bytes([rec[4], rec[5], rec[6], rec[7]]) as usize;
        let [class, flags, file] = [rec[8], rec[9], rec[10]];
        StoredEntry { class: Class::ALL[class as usize], flags, canonical: &self.strings[off..off + len], file }
    }

    /// The name of file `i` of the entries.
    pub fn file_name(&self, i: u8) -> &'a str {
        self.files.get(i as usize).copied().unwrap_or("")
    }

    /// What the first word `w` holds, if any pattern starts with it.
    pub fn first(&self, w: &str) -> Option<FirstWord> {
        let r = self.first.find(w)?;
        let m = &self.first;
        Some(FirstWord { whole: [opt(m.word(r, 0)), opt(m.word(r, 1))], reach: m.word(r, 2) })
    }

    /// The entries of the pattern `p` of several words (plain reading, ل+ال reading).
    pub fn longer(&self, p: &str) -> Option<[Option<u32>; 2]> {
        let r = self.longer.find(p)?;
        Some([opt(self.longer.word(r, 0)), opt(self.longer.word(r, 1))])
    }
}
