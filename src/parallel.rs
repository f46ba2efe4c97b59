//! Threads for long documents (native builds only; the page's WASM has one thread).
//!
//! Takes a document's length and gives the number of threads to annotate it on
//! ([`threads_for`]), and runs a function over owned pieces of work on scoped threads, giving the
//! results in the order of the pieces ([`in_parallel`]). The stages that use it (the first pass of
//! [`crate::resolve`], propagation, [`crate::serialize`]) cut their work so that the result is the
//! same as one pass on one thread.

/// Below this many bytes a document is annotated on one thread: starting threads costs more.
const PARALLEL_FROM: usize = 256 * 1024;

/// The threads for a document of `len` bytes: one per core, at most 8, or `WASIM_THREADS` when
/// set (as `RAYON_NUM_THREADS` is for rayon; `make bench` uses it for its one-core figure).
pub(crate) fn threads_for(len: usize) -> usize {
    if cfg!(target_arch = "wasm32") || len < PARALLEL_FROM {
        return 1;
    }
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| match std::env::var("WASIM_THREADS").ok().and_then(|v| v.trim().parse().ok()) {
        Some(n) => std::cmp::max(n, 1),
        None => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
    })
}

/// `f` over every item, on one scoped thread each but the first (native builds), in order. The
/// items are moved into their threads, so what they own is also dropped there.
pub(crate) fn in_parallel<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    #[cfg(not(target_arch = "wasm32"))]
    if items.len() > 1 {
        return std::thread::scope(|scope| {
            let f = &f;
            let mut items = items.into_iter();
            let first = items.next();
            let rest: Vec<_> = items.map(|item| scope.spawn(move || f(item))).collect();
            let mut out: Vec<R> = first.into_iter().map(f).collect();
            // a panic in a thread is a bug; it goes on as the panic it was
            out.extend(rest.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))));
            out
        });
    }
    items.into_iter().map(f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_items() {
        for n in [0, 1, 2, 5] {
            let items: Vec<String> = (0..n).map(|i| "x".repeat(i)).collect();
            assert_eq!(in_parallel(items, |s| s.len()), (0..n).collect::<Vec<_>>());
        }
    }
}
