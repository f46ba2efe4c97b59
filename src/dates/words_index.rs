//! The date grammar's word table ([`super::words::TABLE`], code) indexed by word at build time:
//! `build.rs` groups the meanings of each word (in table order) into a static array and writes a
//! perfect-hash map from the word to its range there, read in place. Nothing is built at run time.

use super::words::{TABLE, W};
use crate::lexicon::compile::MapView;

include!(concat!(env!("OUT_DIR"), "/date_index.rs"));

static INDEX: MapView<'static> = MapView::new(include_bytes!(concat!(env!("OUT_DIR"), "/date_index.bin")));

/// All meanings of a word in the matching form (empty when unknown), in table order.
pub fn meanings(word: &str) -> &'static [W] {
    if word.len() > LONGEST {
        return &[];
    }
    match INDEX.find(word) {
        Some(r) => {
            let (start, n) = (INDEX.word(r, 0) as usize, INDEX.word(r, 1) as usize);
            &GROUPED[start..start + n]
        }
        None => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word's meanings are those of the table's rows for it, in their order.
    #[test]
    fn meanings_are_the_rows_of_the_table() {
        for (w, _) in TABLE {
            let want: Vec<W> = TABLE.iter().filter(|(x, _)| x == w).map(|(_, m)| *m).collect();
            assert_eq!(meanings(w), want.as_slice(), "{w}");
        }
        assert!(meanings("بوتين").is_empty() && meanings("").is_empty());
        assert!(meanings(&"ا".repeat(100)).is_empty());
    }
}
