//! What the integration tests share: where the development corpus is.

use std::path::PathBuf;

/// The development corpus (`../shared/corpus`, or `$WASIM_CORPUS`); `None` only when
/// `WASIM_SKIP_CORPUS=1` says to skip the tests that need it, else a missing corpus fails.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("WASIM_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join("seeds.gold.jsonl").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("WASIM_SKIP_CORPUS").is_some(),
        "the development corpus is not at {} (set WASIM_CORPUS, or WASIM_SKIP_CORPUS=1 to skip)",
        dir.display()
    );
    None
}
