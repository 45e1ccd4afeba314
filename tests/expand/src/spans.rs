//! Where the errors of an expansion point: the spans of every `compile_error!` and the range of
//! the input's own tokens, as byte offsets (proc-macro2's `span-locations`). One set of helpers
//! for the property test and the fuzz target.

use proc_macro2::{Span, TokenStream, TokenTree};

/// Every `compile_error!` in `tokens`, at any depth: its message and the spans of its tokens.
#[must_use]
pub fn compile_errors(tokens: &TokenStream) -> Vec<(String, Vec<Span>)> {
    let mut out = Vec::new();
    collect_errors(tokens, &mut out);
    out
}

fn collect_errors(tokens: &TokenStream, out: &mut Vec<(String, Vec<Span>)>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tt) in trees.iter().enumerate() {
        match tt {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(args))) =
                    (trees.get(i + 1), trees.get(i + 2))
                {
                    let mut spans = vec![ident.span(), bang.span(), args.span()];
                    spans.extend(args.stream().into_iter().map(|t| t.span()));
                    out.push((args.stream().to_string(), spans));
                }
            }
            TokenTree::Group(group) => collect_errors(&group.stream(), out),
            _ => {}
        }
    }
}

/// The absolute byte range of a span in the thread's source map (`Debug` prints `bytes(lo..hi)`;
/// `byte_range` is relative to each file and cannot tell the call site from offset 0).
#[must_use]
pub fn range(span: Span) -> (u32, u32) {
    let text = format!("{span:?}");
    let parse = || -> Option<(u32, u32)> {
        let inner = text.strip_prefix("bytes(")?.strip_suffix(')')?;
        let (lo, hi) = inner.split_once("..")?;
        Some((lo.parse().ok()?, hi.parse().ok()?))
    };
    parse().unwrap_or((u32::MAX, u32::MAX))
}

/// The byte range the input's tokens cover.
#[must_use]
pub fn bounds(tokens: &TokenStream) -> (u32, u32) {
    let mut lo = u32::MAX;
    let mut hi = 0;
    walk(tokens, &mut |span| {
        let (start, end) = range(span);
        lo = lo.min(start);
        hi = hi.max(end);
    });
    (lo, hi)
}

fn walk(tokens: &TokenStream, visit: &mut impl FnMut(Span)) {
    for tt in tokens.clone() {
        visit(tt.span());
        if let TokenTree::Group(group) = tt {
            walk(&group.stream(), visit);
        }
    }
}

/// The first error span of `output` outside the input's range, with its error's message. A
/// span at the call site (offset 0) is allowed when the input is not an item (`parses` unset):
/// syn reports "unexpected end of input" there, and rustc never gives a derive such an input.
#[must_use]
pub fn stray_error(input: &TokenStream, output: &TokenStream, parses: bool) -> Option<String> {
    let (lo, hi) = bounds(input);
    for (message, spans) in compile_errors(output) {
        for span in spans {
            let (start, end) = range(span);
            let call_site = start == 0 && end == 0 && !parses;
            let inside = lo <= start && start <= end && end <= hi;
            if !call_site && !inside {
                return Some(format!(
                    "`compile_error!({message})` spans bytes {start}..{end}, outside the input's {lo}..{hi}"
                ));
            }
        }
    }
    None
}

/// A bare identifier in `output` that some edition reserves (syn reads `gen` and `try` as
/// identifiers, rustc 2024 does not) and that the input does not spell bare itself. The
/// keywords of the async accessors, `async fn` and `.await`, are meant as keywords (an
/// edition-2015 crate cannot call an `async fn` at all).
#[must_use]
pub fn new_keyword(input: &TokenStream, output: &TokenStream) -> Option<String> {
    const LATER_KEYWORDS: &[&str] = &["gen", "try", "async", "await", "dyn"];
    let mut seen = Vec::new();
    walk_idents(input, &mut |ident| seen.push(ident));
    let mut found = None;
    walk_names(output, &mut |ident| {
        if found.is_none() && LATER_KEYWORDS.contains(&ident.as_str()) && !seen.contains(&ident) {
            found = Some(ident);
        }
    });
    found
}

/// The identifiers of `tokens` but the keyword uses `async fn` and `.await`.
fn walk_names(tokens: &TokenStream, visit: &mut impl FnMut(String)) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tt) in trees.iter().enumerate() {
        match tt {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                let next_is_fn =
                    matches!(trees.get(i + 1), Some(TokenTree::Ident(next)) if next == "fn");
                let after_dot =
                    i > 0 && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '.');
                let keyword_use = (name == "async" && next_is_fn) || (name == "await" && after_dot);
                if !keyword_use {
                    visit(name);
                }
            }
            TokenTree::Group(group) => walk_names(&group.stream(), visit),
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

fn walk_idents(tokens: &TokenStream, visit: &mut impl FnMut(String)) {
    for tt in tokens.clone() {
        match tt {
            TokenTree::Ident(ident) => visit(ident.to_string()),
            TokenTree::Group(group) => walk_idents(&group.stream(), visit),
            _ => {}
        }
    }
}
