//! Words for errors: lists, articles, did-you-mean, and darling's accumulator in a form that
//! cannot be dropped unfinished. A leaf: it imports nothing from this crate.

use darling::error::Accumulator;
use darling::Error;

/// Runs `f` with a fresh accumulator and returns its result with the errors it collected.
/// darling's `Accumulator` panics when dropped unfinished; here it is always finished.
pub(crate) fn collect<T>(f: impl FnOnce(&mut Accumulator) -> T) -> (T, Vec<Error>) {
    let mut acc = Error::accumulator();
    let value = f(&mut acc);
    (value, acc.into_inner())
}

/// darling's errors in this crate's words. Its own "Duplicate field `x`" is capitalised, calls an
/// option a field (confusing on a struct field's attribute) and gives no fix; every other error
/// darling could raise is given its own message by the option parsers, so it passes unchanged.
pub(crate) fn reword(error: Error) -> Vec<Error> {
    error
        .into_iter()
        .map(|err| {
            let text = err.to_string();
            match text
                .strip_prefix("Duplicate field `")
                .and_then(|rest| rest.split_once('`'))
            {
                Some((name, _)) => Error::custom(format!("`{name}` is given twice; keep one"))
                    .with_span(&err.span()),
                None => err,
            }
        })
        .collect()
}

/// ` (did you mean `x`?)` when a known name is close, else nothing.
pub(crate) fn did_you_mean(name: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(name, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

/// `` `a`, `b` and `c` ``.
pub(crate) fn list(names: &[&str]) -> String {
    join(names.iter().map(|n| format!("`{n}`")).collect(), "and")
}

/// `"a", "b" or "c"`.
pub(crate) fn list_quoted(names: &[&str]) -> String {
    join(names.iter().map(|n| format!("\"{n}\"")).collect(), "or")
}

fn join(mut items: Vec<String>, conjunction: &str) -> String {
    match items.pop() {
        None => String::new(),
        Some(last) if items.is_empty() => last,
        Some(last) => format!("{} {conjunction} {last}", items.join(", ")),
    }
}

/// `` a `Cell<u64>` `` or `` an `AtomicU64` ``: the noun with its article, in code format.
pub(crate) fn with_article(noun: &str) -> String {
    let an =
        noun.starts_with(['A', 'E', 'I', 'U']) || noun.starts_with("Rw") || noun.starts_with("Rc");
    format!("{} `{noun}`", if an { "an" } else { "a" })
}
