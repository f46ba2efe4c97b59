//! The rules' word lists: titles, head nouns of bodies, place triggers, reporting verbs, stop
//! words and the small lists of the rules' guards. They are data, `src/lexicon/data/lists/*.tsv`,
//! turned into the statics below by `build.rs`, each entry normalized by the very normalizer the
//! text goes through, so an entry can never be written in a spelling the matching form folds away
//! (لدى is لدي there). To add a word, add a line to its file; to add a list, add a file and use
//! the static named after it (`sports_words.tsv` is [`SPORTS_WORDS`]).

include!(concat!(env!("OUT_DIR"), "/lists.rs"));

/// Every word of the lists the rules ask of each token (stop words, titles, heads of bodies, place
/// triggers, reporting verbs), mapped to the bits of those lists (`STOPWORDS_BIT`...): a perfect
/// hash compiled by `build.rs`, read in place.
static LIST_INDEX: super::compile::MapView<'static> =
    super::compile::MapView::new(include_bytes!(concat!(env!("OUT_DIR"), "/list_index.bin")));

/// The lists `w` (in the matching form) is in, as the bits of `STOPWORDS_BIT`, `TITLES_BIT`...
pub fn lists_of(w: &str) -> u8 {
    LIST_INDEX.find(w).map_or(0, |r| LIST_INDEX.word(r, 0) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize_str;

    /// Every list's entries are in the matching form, distinct, and made of what a word token
    /// of the matching form can hold (letters and digits, a space between the words of a phrase),
    /// so none is dead.
    #[test]
    fn entries_are_in_matching_form_and_alive() {
        let lists: &[(&str, &[&str])] = &[
            ("org_heads", ORG_HEADS),
            ("media_heads", MEDIA_HEADS),
            ("def_body_heads", DEF_BODY_HEADS),
            ("def_org_heads", DEF_ORG_HEADS),
            ("titles", TITLES),
            ("reporting_verbs", REPORTING_VERBS),
            ("place_triggers", PLACE_TRIGGERS),
            ("place_prefixes", PLACE_PREFIXES),
            ("stopwords", STOPWORDS),
            ("not_print_titles", NOT_PRINT_TITLES),
            ("movement_of", MOVEMENT_OF),
            ("purpose_heads", PURPOSE_HEADS),
            ("relational_participles", RELATIONAL_PARTICIPLES),
            ("masdars_in_iya", MASDARS_IN_IYA),
            ("motion_words", MOTION_WORDS),
            ("named_for_heads", NAMED_FOR_HEADS),
            ("sports_words", SPORTS_WORDS),
            ("not_alone", NOT_ALONE),
            ("place_descriptors", PLACE_DESCRIPTORS),
            ("official_with_descriptor", OFFICIAL_WITH_DESCRIPTOR),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon/data/lists");
        let files = std::fs::read_dir(&dir).expect("lists dir").count();
        assert_eq!(files, lists.len() + 1, "a list file is not checked here (NOT_ACRONYMS is verbatim)");
        for (name, words) in lists {
            assert!(!words.is_empty(), "{name} is empty");
            let mut seen = std::collections::HashSet::new();
            for w in *words {
                assert_eq!(normalize_str(w), *w, "{name}: {w:?} is not in matching form");
                assert!(seen.insert(*w), "{name}: {w:?} twice");
                assert!(
                    w.split(' ').all(|part| !part.is_empty() && part.chars().all(crate::tokenize::is_word_char)),
                    "{name}: {w:?} holds what no word token holds"
                );
            }
        }
        assert!(NOT_ACRONYMS.iter().all(|w| w.chars().all(|c| c.is_ascii_uppercase())), "acronyms are Latin capitals");
        // the index answers for every word of its lists, and for nothing else
        for (list, bit) in [(STOPWORDS, STOPWORDS_BIT), (TITLES, TITLES_BIT), (PLACE_TRIGGERS, PLACE_TRIGGERS_BIT)] {
            assert!(list.iter().all(|w| lists_of(w) & bit != 0));
        }
        assert_eq!(lists_of("بوتين"), 0);
        assert_eq!(lists_of(""), 0);
    }
}
