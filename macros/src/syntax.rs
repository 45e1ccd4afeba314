//! Reading field types: the last path segment, one `Rc`/`Arc` looked through, the value type,
//! whether it mentions the struct's generics, and what the macro can tell about its bounds; and
//! printing tokens as a person writes them. A leaf: it imports nothing from this crate.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::Parse;
use syn::spanned::Spanned;
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

/// Whether `ty` is a path of another crate or module (`lock::Mutex<T>`, `crate::sync::Mutex<T>`)
/// rather than of the crates the derive knows: a type is read as std's, `parking_lot`'s,
/// tokio's, arc-swap's or `portable_atomic`'s only when its path is bare (`Mutex<T>`), starts
/// with one of them (`::std::sync::Mutex<T>`), or names only std modules before the type
/// (`sync::Mutex<T>`, `cell::Cell<T>`, `sync::atomic::AtomicU64`, `rc::Weak<T>`).
pub(crate) fn is_foreign(ty: &Type) -> bool {
    const CRATES: &[&str] = &[
        "std",
        "core",
        "alloc",
        "parking_lot",
        "tokio",
        "arc_swap",
        "portable_atomic",
    ];
    const STD_MODULES: &[&str] = &["cell", "sync", "atomic", "rc"];
    let Some(path) = type_path(ty) else {
        return false;
    };
    let modules = || path.segments.iter().rev().skip(1);
    if modules().next().is_none() {
        return false;
    }
    let first = &path.segments[0].ident;
    let known_crate = CRATES.iter().any(|c| first == c);
    let std_modules =
        path.leading_colon.is_none() && modules().all(|s| STD_MODULES.iter().any(|m| s.ident == m));
    !known_crate && !std_modules
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

/// `T` of `LazyCell<T>` or `LazyCell<T, F>`: the first of one or two type arguments.
pub(crate) fn lazy_value(seg: &PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    let mut args = args.args.iter();
    match (args.next(), args.next(), args.next()) {
        (Some(GenericArgument::Type(ty)), None | Some(GenericArgument::Type(_)), None) => Some(ty),
        _ => None,
    }
}

/// The value type's tokens, as written.
pub(crate) fn value_tokens(value: &Type) -> Tokens {
    value.to_token_stream().into()
}

/// The value type's tokens for a place after `&` or `&mut`: `(dyn A + B)` for a sum of bounds,
/// which `&dyn A + B` would misread ("ambiguous `+` in a type"), else as written. Anywhere
/// else (`Box<dyn A + B>`) the parentheses would only draw `unused_parens`.
pub(crate) fn referent_tokens(value: &Type) -> Tokens {
    let sum = match value {
        Type::TraitObject(t) => t.bounds.len() > 1,
        Type::ImplTrait(t) => t.bounds.len() > 1,
        _ => false,
    };
    if !sum {
        return value_tokens(value);
    }
    let mut group =
        proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, value.to_token_stream());
    group.set_span(value.span());
    Tokens(vec![TokenTree::Group(group)])
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
pub(crate) fn mentions_generics(tokens: &Tokens, generics: &Generics) -> bool {
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
    mentions(&tokens.0, &names)
}

/// Whether `tokens` mention `Self`.
pub(crate) fn mentions_self(tokens: &Tokens) -> bool {
    mentions(&tokens.0, &["Self".to_owned()])
}

/// Whether `tokens` mention the identifier `name`.
pub(crate) fn mentions_ident(tokens: &Tokens, name: &Ident) -> bool {
    mentions(&tokens.0, &[name.to_string()])
}

fn mentions(trees: &[TokenTree], names: &[String]) -> bool {
    trees.iter().any(|tt| match tt {
        TokenTree::Ident(ident) => names.iter().any(|n| ident == n),
        TokenTree::Group(group) => {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            mentions(&inner, names)
        }
        _ => false,
    })
}

/// Tokens kept as trees. Interpolated into `quote!`, they are pushed one tree at a time onto
/// the output's buffer; a `TokenStream` interpolated is a concatenation through the proc-macro
/// bridge, which, repeated for every path and type of every method, was most of the
/// expansion's cost. For tokens built once and interpolated often: the runtime's path, a value
/// type, `&self.x`.
#[derive(Clone, Default)]
pub(crate) struct Tokens(Vec<TokenTree>);

impl Tokens {
    /// The same tokens, every one spanned at `span`, so errors about them point there.
    pub(crate) fn respanned(&self, span: Span) -> Tokens {
        Tokens(
            respan_tokens(self.0.iter().cloned().collect(), span)
                .into_iter()
                .collect(),
        )
    }
}

impl From<TokenTree> for Tokens {
    fn from(tree: TokenTree) -> Self {
        Tokens(vec![tree])
    }
}

impl From<TokenStream> for Tokens {
    fn from(tokens: TokenStream) -> Self {
        Tokens(tokens.into_iter().collect())
    }
}

impl ToTokens for Tokens {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
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

/// `T` of a type written `name<T>`, by any path that ends so.
pub(crate) fn type_arg_of<'t>(ty: &'t Type, name: &str) -> Option<&'t Type> {
    last_segment(ty)
        .filter(|seg| seg.ident == name)
        .and_then(single_type_arg)
}

/// A path of one segment, as a name brought in by `use` is written: `Mutex`, not `sync::Mutex`
/// or `::Mutex`.
pub(crate) fn is_bare(path: &Path) -> bool {
    path.segments.len() == 1 && path.leading_colon.is_none()
}

/// `a::b::C` for a path.
pub(crate) fn path_string(path: &Path) -> String {
    tokens_string(path)
}

/// Tokens as a person would write them: `Cell<Vec<String>>`, not `Cell < Vec < String > >`.
pub(crate) fn tokens_string(node: &impl ToTokens) -> String {
    let printed = node.to_token_stream().to_string();
    let chars: Vec<char> = printed.chars().collect();
    let mut text = String::with_capacity(printed.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            let after_next = chars.get(i + 2).copied().unwrap_or(' ');
            let prev = text.chars().last().unwrap_or(' ');
            let arrow = text.ends_with("->");
            let tight_after = matches!(prev, '<' | '(' | '[' | '&' | '!') || text.ends_with("::");
            let tight_before = matches!(next, '<' | '>' | ',' | '(' | ')' | ']' | ';')
                || (next == ':' && after_next == ':');
            if (tight_after || tight_before) && !(arrow && matches!(next, '(' | '<')) {
                continue;
            }
        }
        text.push(c);
    }
    text
}

/// `name`, without `r#`, and the path's span, when `path` is `Self::name`.
pub(crate) fn self_function(path: &syn::ExprPath) -> Option<(String, Span)> {
    let segments = &path.path.segments;
    match (segments.first(), segments.last()) {
        (Some(first), Some(last)) if segments.len() == 2 && first.ident == "Self" => {
            let name = last.ident.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
            Some((name, path.span()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::tokens_string;

    #[test]
    fn tokens_are_printed_as_written() {
        let cases: [(syn::Type, &str); 5] = [
            (syn::parse_quote!(Cell<Vec<String>>), "Cell<Vec<String>>"),
            (
                syn::parse_quote!(std::cell::RefCell<&'a str>),
                "std::cell::RefCell<&'a str>",
            ),
            (syn::parse_quote!([u8; 4]), "[u8; 4]"),
            (
                syn::parse_quote!(Box<dyn Fn(u8) -> (u8, u8) + Send>),
                "Box<dyn Fn(u8) -> (u8, u8) + Send>",
            ),
            (
                syn::parse_quote!(<T as Trait>::Value),
                "<T as Trait>::Value",
            ),
        ];
        for (ty, expected) in cases {
            assert_eq!(tokens_string(&ty), expected);
        }
    }
}
