//! The options of `#[interior(...)]`, of a mode attribute and of an op, as darling parses them:
//! one field per option, with its value parser, and what no field takes (ops, and options that
//! do not exist) gathered by `flatten` for the mode-aware handling in [`super::ops`].

use darling::ast::NestedMeta;
use darling::util::{Flag, SpannedValue};
use darling::{FromMeta, Result};
use syn::{Ident, Path, Visibility};

use super::value;
use crate::grammar::{Contract, Kind, OpOrdering, Ordering, Poison};

/// `#[interior(vis = "...", ordering = "...", poison = "...", thread_safe, crate = "...")]`.
#[derive(FromMeta, Default)]
pub(crate) struct StructOptions {
    #[darling(default, with = value::vis)]
    pub vis: Option<Visibility>,
    #[darling(default, with = value::choice)]
    pub ordering: Option<SpannedValue<Ordering>>,
    #[darling(default, with = value::choice)]
    pub poison: Option<SpannedValue<Poison>>,
    #[darling(default, with = value::flag)]
    pub thread_safe: Flag,
    #[darling(default, rename = "crate", with = value::krate)]
    pub krate: Option<Path>,
    #[darling(default, with = value::flag)]
    pub into: Flag,
    #[darling(default, with = value::boolean)]
    pub introspect: Option<SpannedValue<bool>>,
    #[darling(flatten)]
    pub rest: Rest,
}

/// A mode attribute's options, ops aside: `#[cell(vis = "pub", contract = "cache")]`.
#[derive(FromMeta, Default)]
pub(crate) struct FieldOptions {
    #[darling(default, with = value::vis)]
    pub vis: Option<Visibility>,
    #[darling(default, with = value::rename)]
    pub rename: Option<SpannedValue<Ident>>,
    #[darling(default, with = value::choice)]
    pub contract: Option<SpannedValue<Contract>>,
    #[darling(default, with = value::choice)]
    pub ordering: Option<SpannedValue<Ordering>>,
    #[darling(default, with = value::choice)]
    pub poison: Option<SpannedValue<Poison>>,
    #[darling(default, with = value::choice)]
    pub kind: Option<SpannedValue<Kind>>,
    #[darling(default, with = value::init)]
    pub init: Option<SpannedValue<syn::ExprPath>>,
    /// `#[sync(async)]`: a tokio lock imported by its bare name, or an alias of one.
    #[darling(default, rename = "async", with = value::field_flag)]
    pub asynchronous: Flag,
    #[darling(flatten)]
    pub rest: Rest,
}

/// An op's own options: `get(vis = "pub", rename = "load")`, `set(into)`.
#[derive(FromMeta, Default)]
pub(crate) struct OpOptions {
    #[darling(default, with = value::vis)]
    pub vis: Option<Visibility>,
    #[darling(default, with = value::rename)]
    pub rename: Option<SpannedValue<Ident>>,
    #[darling(default, with = value::choice)]
    pub ordering: Option<SpannedValue<OpOrdering>>,
    #[darling(default, with = value::op_flag)]
    pub into: Flag,
    #[darling(flatten)]
    pub rest: Rest,
}

/// The items no option field took, in order.
#[derive(Default)]
pub(crate) struct Rest(pub Vec<NestedMeta>);

impl FromMeta for Rest {
    fn from_list(items: &[NestedMeta]) -> Result<Self> {
        Ok(Rest(items.to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use darling::ast::NestedMeta;
    use darling::FromMeta;

    use super::{FieldOptions, StructOptions};
    use crate::grammar::{Mode, STRUCT_OPTIONS};

    /// Whether `name` alone lands in `rest`, the bin of what no option field takes.
    fn unclaimed<T: FromMeta>(name: &str, rest: impl Fn(&T) -> bool) -> bool {
        let item: NestedMeta = syn::parse_str(name).expect("an option name parses");
        T::from_list(&[item]).is_ok_and(|options| rest(&options))
    }

    /// The option lists that error messages print name exactly what the receivers parse.
    #[test]
    fn listed_options_are_parsed() {
        for name in STRUCT_OPTIONS {
            assert!(
                !unclaimed::<StructOptions>(name, |o| !o.rest.0.is_empty()),
                "`{name}` is listed for `#[interior]` and not parsed"
            );
        }
        for mode in Mode::ALL {
            for name in mode.options() {
                assert!(
                    !unclaimed::<FieldOptions>(name, |o| !o.rest.0.is_empty()),
                    "`{name}` is listed for `#[{}]` and not parsed",
                    mode.name()
                );
            }
        }
    }
}
