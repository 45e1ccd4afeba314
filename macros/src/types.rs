//! Reading field types: the last path segment, one `Rc`/`Arc` looked through, the value type,
//! whether it mentions the struct's generics, and what the macro can tell about its bounds.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::Parse;
use syn::{GenericArgument, Generics, Ident, Path, PathArguments, PathSegment, Type};

/// `Rc<…>` or `Arc<…>` around the interior type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shared {
    None,
    Rc,
    Arc,
}

/// The field type with one `Rc`/`Arc` taken off.
pub(crate) fn look_through_shared(ty: &Type) -> (Shared, &Type) {
    if let Some(seg) = last_segment(ty) {
        let shared = match seg.ident.to_string().as_str() {
            "Rc" => Shared::Rc,
            "Arc" => Shared::Arc,
            _ => Shared::None,
        };
        if shared != Shared::None {
            if let Some(inner) = single_type_arg(seg) {
                return (shared, inner);
            }
        }
    }
    (Shared::None, ty)
}

/// The last segment of a plain path type (`a::b::Cell<T>` → `Cell<T>`), through parentheses
/// and invisible groups.
pub(crate) fn last_segment(ty: &Type) -> Option<&PathSegment> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        Type::Group(g) => last_segment(&g.elem),
        Type::Paren(p) => last_segment(&p.elem),
        _ => None,
    }
}

/// The path of a plain path type.
pub(crate) fn type_path(ty: &Type) -> Option<&Path> {
    match ty {
        Type::Path(p) if p.qself.is_none() => Some(&p.path),
        Type::Group(g) => type_path(&g.elem),
        Type::Paren(p) => type_path(&p.elem),
        _ => None,
    }
}

/// `T` of `Name<T>` when the segment has exactly one generic argument and it is a type.
pub(crate) fn single_type_arg(seg: &PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut args = args.args.iter();
    match (args.next(), args.next()) {
        (Some(GenericArgument::Type(ty)), None) => Some(ty),
        _ => None,
    }
}

/// `(dyn A + B)` for a value type that is a sum of bounds, which `&` or `-> Option<&...>`
/// around it would misread ("ambiguous `+` in a type"); other types as they are.
pub(crate) fn group_bounds(value: TokenStream) -> TokenStream {
    let sum = match syn::parse2::<Type>(value.clone()) {
        Ok(Type::TraitObject(t)) => t.bounds.len() > 1,
        Ok(Type::ImplTrait(t)) => t.bounds.len() > 1,
        _ => false,
    };
    if !sum {
        return value;
    }
    let span = value.clone().into_iter().next().map(|tt| tt.span());
    let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, value);
    if let Some(span) = span {
        group.set_span(span);
    }
    TokenTree::Group(group).into()
}

/// Names that say a type has no interior mutability, so no mode fits it.
pub(crate) fn is_plain_data(ty: &Type) -> bool {
    match ty {
        Type::Path(_) | Type::Group(_) | Type::Paren(_) => {}
        Type::Macro(_) | Type::Verbatim(_) => return false,
        _ => return true,
    }
    let Some(seg) = last_segment(ty) else {
        return false;
    };
    let name = seg.ident.to_string();
    is_primitive(&name)
        || matches!(
            name.as_str(),
            "String"
                | "Vec"
                | "Box"
                | "Option"
                | "Result"
                | "HashMap"
                | "HashSet"
                | "BTreeMap"
                | "BTreeSet"
                | "VecDeque"
                | "PathBuf"
                | "Duration"
                | "Weak"
        )
}

fn is_primitive(name: &str) -> bool {
    matches!(
        name,
        "bool"
            | "char"
            | "str"
            | "f32"
            | "f64"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
            | "u8"
            | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
    )
}

/// A bound an op needs of the value type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Copy,
    Clone,
    Default,
}

/// Whether the macro can see that `ty` meets `bound` without asking the compiler: primitives,
/// shared references (for `Copy`/`Clone`), `String` (`Clone`/`Default`), std collections and
/// `Option` (`Default`).
pub(crate) fn obviously_meets(ty: &Type, bound: Bound) -> bool {
    if let Type::Reference(r) = ty {
        return r.mutability.is_none() && bound != Bound::Default;
    }
    let Some(path) = type_path(ty) else {
        return false;
    };
    let Some(seg) = path.segments.last() else {
        return false;
    };
    let name = seg.ident.to_string();
    let bare = path.segments.len() == 1 && matches!(seg.arguments, PathArguments::None);
    if bare && is_primitive(&name) && name != "str" {
        return true;
    }
    match bound {
        Bound::Copy => false,
        Bound::Clone => bare && name == "String",
        Bound::Default => {
            (bare && name == "String")
                || matches!(
                    name.as_str(),
                    "Vec" | "Option" | "VecDeque" | "BTreeMap" | "BTreeSet"
                )
        }
    }
}

/// Whether `tokens` mention a type, lifetime or const parameter of `generics`.
pub(crate) fn mentions_generics(tokens: &TokenStream, generics: &Generics) -> bool {
    if generics.params.is_empty() {
        return false;
    }
    let names: Vec<String> = generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Type(t) => t.ident.to_string(),
            syn::GenericParam::Const(c) => c.ident.to_string(),
            syn::GenericParam::Lifetime(l) => l.lifetime.ident.to_string(),
        })
        .collect();
    mentions(tokens.clone(), &names)
}

/// Whether `tokens` mention `Self`.
pub(crate) fn mentions_self(tokens: &TokenStream) -> bool {
    mentions(tokens.clone(), &["Self".to_owned()])
}

/// Whether `tokens` mention the identifier `name`.
pub(crate) fn mentions_ident(tokens: &TokenStream, name: &Ident) -> bool {
    mentions(tokens.clone(), &[name.to_string()])
}

fn mentions(tokens: TokenStream, names: &[String]) -> bool {
    tokens.into_iter().any(|tt| match tt {
        TokenTree::Ident(ident) => names.iter().any(|n| ident == n),
        TokenTree::Group(group) => mentions(group.stream(), names),
        _ => false,
    })
}

/// `node` with every token's span set to `span`, so errors about it point there.
pub(crate) fn respan<T: ToTokens + Parse + Clone>(node: &T, span: Span) -> T {
    syn::parse2(respan_tokens(node.to_token_stream(), span)).unwrap_or_else(|_| node.clone())
}

fn respan_tokens(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(group) = &tt {
                let mut new =
                    proc_macro2::Group::new(group.delimiter(), respan_tokens(group.stream(), span));
                new.set_span(span);
                tt = TokenTree::Group(new);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// An identifier for a method named `name`: a keyword of any edition becomes a raw identifier
/// (`gen` → `r#gen`, whichever edition the user's crate is); names that can be neither (`self`,
/// `Self`, `super`, `crate`, `_`, non-identifiers) give `None`.
pub(crate) fn method_ident(name: &str, span: Span) -> Option<Ident> {
    let text = name.trim();
    if matches!(text, "self" | "Self" | "super" | "crate" | "_") {
        return None;
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

/// `a::b::C` for a path.
pub(crate) fn path_string(path: &Path) -> String {
    tokens_string(path)
}

/// Tokens as a person would write them: `Cell<Vec<String>>`, not `Cell < Vec < String > >`.
pub(crate) fn tokens_string(node: &impl ToTokens) -> String {
    let mut text = node.to_token_stream().to_string();
    loop {
        let before = text.len();
        for (from, to) in [
            (" :: ", "::"),
            (":: ", "::"),
            (" ::", "::"),
            ("< ", "<"),
            (" <", "<"),
            (" >", ">"),
            (" ,", ","),
            ("( ", "("),
            (" (", "("),
            (" )", ")"),
            ("[ ", "["),
            (" ]", "]"),
            (" ;", ";"),
            ("& ", "&"),
            ("! ", "!"),
        ] {
            text = text.replace(from, to);
        }
        if text.len() == before {
            break;
        }
    }
    text.replace("->(", "-> (").replace("-><", "-> <")
}

/// `` a `Cell<u64>` `` or `` an `AtomicU64` ``: the noun with its article, in code format.
pub(crate) fn with_article(noun: &str) -> String {
    let an =
        noun.starts_with(['A', 'E', 'I', 'U']) || noun.starts_with("Rw") || noun.starts_with("Rc");
    format!("{} `{noun}`", if an { "an" } else { "a" })
}
