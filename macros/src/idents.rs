//! Identifiers of generated methods: keywords of every edition as raw identifiers, `r#` taken
//! off for names, and paths that must stand as prefixes (`crate = "..."`, `pub(in ...)`). A
//! leaf: it imports nothing from this crate.

use proc_macro2::Span;
use syn::{Ident, Path};

/// An identifier for a method named `name`: a keyword of any edition becomes a raw identifier
/// (`gen` → `r#gen`, whichever edition the user's crate is); names that can be neither (`self`,
/// `Self`, `super`, `crate`, `_`, non-identifiers) give `None`.
pub(crate) fn method_ident(name: &str, span: Span) -> Option<Ident> {
    let text = name.trim();
    if matches!(text, "self" | "Self" | "super" | "crate" | "_") {
        return None;
    }
    // Most names are plain ASCII identifiers: made directly, without lexing.
    let mut chars = text.chars();
    let plain = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain && !is_keyword(text) {
        return Some(Ident::new(text, span));
    }
    let parsed = if is_keyword(text) {
        syn::parse_str::<Ident>(&format!("r#{text}"))
    } else {
        // `r#x` spelled out is no name: `rename` has taken off the one `r#` it allows.
        syn::parse_str::<Ident>(text).and_then(|ident| {
            if ident.to_string().starts_with("r#") {
                Err(syn::Error::new(span, "a raw identifier"))
            } else {
                Ok(ident)
            }
        })
    };
    // The parsed identifier is kept, not rebuilt from `text` with `Ident::new`, which panics on
    // what is not an identifier.
    parsed.ok().map(|mut ident| {
        ident.set_span(span);
        ident
    })
}

/// Whether `name` is a keyword or a reserved word in some edition (so the generated code must
/// spell it raw to compile in every edition): the strict and reserved keywords of 2015, `async`,
/// `await`, `dyn` and `try` of 2018, and `gen` of 2024.
pub(crate) fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "async"
            | "await"
            | "dyn"
            | "try"
            | "gen"
    )
}

/// Why `path` cannot stand at the start of a path in expression position (`path::item(...)`),
/// in words for an error, or `None` when it can: generic arguments (`Vec<u8>`, a turbofish),
/// `Self`, `crate`, `self` or `super` anywhere but at the start, and a keyword of some edition
/// spelled without `r#` (`gen` in 2024). With `module` unset, the path must also name more than
/// `self` or `super` (it names a crate; `pub(in self)` names a module).
pub(crate) fn path_prefix_problem(path: &Path, module: bool) -> Option<String> {
    let last = path.segments.len().saturating_sub(1);
    let mut previous: Option<&Ident> = None;
    for (i, seg) in path.segments.iter().enumerate() {
        let name = seg.ident.to_string();
        if !seg.arguments.is_none() {
            return Some(format!(
                "`{name}` has generic arguments, which a path prefix cannot take"
            ));
        }
        let starts = i == 0 && path.leading_colon.is_none();
        let after_self_or_super = previous.is_some_and(|p| p == "self" || p == "super");
        previous = Some(&seg.ident);
        let problem = match name.as_str() {
            "Self" => "`Self` names a type, not a module or crate".to_owned(),
            "crate" | "self" if !starts => format!("`{name}` can only start a path"),
            "super" if !starts && !after_self_or_super => {
                "`super` can only start a path, or follow `self` or another `super`".to_owned()
            }
            "self" | "super" if i == last && !module => {
                format!("`{name}` alone names a module, not a crate")
            }
            "crate" | "self" | "super" => continue,
            keyword if is_keyword(keyword) => {
                format!("`{keyword}` is a keyword in some edition: write it `r#{keyword}`")
            }
            _ => continue,
        };
        return Some(problem);
    }
    None
}

/// An identifier's name without `r#`.
pub(crate) fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map_or(s.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::{method_ident, path_prefix_problem};

    #[test]
    fn method_names_for_keywords_are_raw() {
        let span = proc_macro2::Span::call_site();
        assert_eq!(
            method_ident("hits", span).map(|i| i.to_string()).as_deref(),
            Some("hits")
        );
        assert_eq!(
            method_ident("type", span).map(|i| i.to_string()).as_deref(),
            Some("r#type")
        );
        // Keywords of later editions too: the user's crate may be edition 2024 (`gen`) or 2018.
        for (keyword, raw) in [
            ("gen", "r#gen"),
            ("try", "r#try"),
            ("async", "r#async"),
            ("await", "r#await"),
            ("dyn", "r#dyn"),
            ("union", "union"),
        ] {
            assert_eq!(
                method_ident(keyword, span)
                    .map(|i| i.to_string())
                    .as_deref(),
                Some(raw)
            );
        }
        for invalid in [
            "self", "Self", "super", "crate", "_", "1abc", "a-b", "", "r#gen",
        ] {
            assert!(
                method_ident(invalid, span).is_none(),
                "{invalid:?} accepted"
            );
        }
    }

    #[test]
    fn crate_and_vis_paths_must_stand_as_prefixes() {
        let valid = [
            "interior",
            "::my_interior",
            "crate::deps::interior",
            "self::interior",
            "super::super::interior",
            "self::super::interior",
            "r#gen::interior",
        ];
        for text in valid {
            let path: syn::Path = syn::parse_str(text).expect("a path");
            assert_eq!(path_prefix_problem(&path, false), None, "{text}");
        }
        let invalid = [
            "interior<>",
            "Vec<u8>",
            "a::<u8>",
            "a::b<T>::c",
            "Fn(u8)",
            "Self",
            "Self::x",
            "self",
            "super",
            "a::crate",
            "a::self::b",
            "::crate::x",
            "::super::x",
            "a::super::b",
            "gen::x",
            "x::try",
        ];
        for text in invalid {
            // Either syn rejects it, or the check does.
            if let Ok(path) = syn::parse_str::<syn::Path>(text) {
                assert!(
                    path_prefix_problem(&path, false).is_some(),
                    "{text} accepted"
                );
            }
        }
        // `pub(in self)` and `pub(in super)` name modules.
        for text in ["self", "super", "crate", "super::super"] {
            let path: syn::Path = syn::parse_str(text).expect("a path");
            assert_eq!(path_prefix_problem(&path, true), None, "{text}");
        }
    }
}
