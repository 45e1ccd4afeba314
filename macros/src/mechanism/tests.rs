//! The registry walked: every mechanism is reachable from its attribute, reports a `Mechanism`
//! variant the runtime has in its `FIELDS` row, and generates every op of its table (readable
//! types and aliases alike) with its docs; every op of the grammar belongs to a mechanism.

use proc_macro2::TokenStream;

use super::REGISTRY;
use crate::grammar::{Kind, Mode, Op};

/// The variants of the runtime's `Mechanism`, read from its source.
fn runtime_variants() -> Vec<String> {
    let source = include_str!("../../../runtime/src/contract.rs");
    let body = source
        .split("pub enum Mechanism {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the runtime declares `pub enum Mechanism`");
    body.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//") && line.ends_with(','))
        .map(|line| line.trim_end_matches(',').to_owned())
        .collect()
}

/// The expansion of `struct S { <field> }`, which must parse and have no error.
fn expand(field: &str) -> String {
    let source = format!("struct S {{ {field} }}");
    let input: TokenStream = source.parse().expect("the test's own input lexes");
    let output = crate::derive::derive(input);
    let text = output.to_string();
    assert!(
        !text.contains("compile_error"),
        "{source} gave an error:\n{text}"
    );
    syn::parse2::<syn::File>(output).unwrap_or_else(|err| panic!("{source}: {err}"));
    text
}

/// `#[mode(op)] x: Ty` from an example `#[mode] x: Ty`.
fn with_op(example: &str, mode: Mode, op: &str) -> String {
    let bare = format!("#[{}]", mode.name());
    assert!(example.starts_with(&bare), "{example} starts with {bare}");
    example.replacen(&bare, &format!("#[{}({op})]", mode.name()), 1)
}

#[test]
fn every_mechanism_is_reachable_and_reports_a_runtime_variant() {
    let variants = runtime_variants();
    assert!(variants.contains(&"Cell".to_owned()), "{variants:?}");
    for row in REGISTRY {
        assert!(!row.examples.is_empty(), "{} has no example", row.called);
        for example in row.examples {
            let ty: syn::Type = syn::parse_str(example.rsplit(": ").next().unwrap_or(example))
                .expect("an example's type parses");
            let recognised = (row.recognise)(&ty).unwrap_or_else(|| {
                panic!("{} does not read its own example {example}", row.called)
            });
            // The first mechanism of the mode to read the type is this one.
            let first = REGISTRY
                .iter()
                .filter(|r| r.mode == row.mode)
                .find(|r| (r.recognise)(&ty).is_some())
                .map(|r| r.called);
            assert_eq!(first, Some(row.called), "{example}");
            let text = expand(example);
            match recognised.mechanism.facts().reported {
                crate::model::Reported::Variant(variant) => {
                    assert!(
                        variants.iter().any(|v| v == variant),
                        "{variant} is not a runtime `Mechanism`"
                    );
                    assert!(
                        text.contains(&format!("Mechanism :: {variant}")),
                        "{example}: no FIELDS row of {variant}:\n{text}"
                    );
                }
                crate::model::Reported::ByTheType => {
                    panic!("{example} is readable: its variant is known")
                }
            }
        }
    }
}

#[test]
fn every_op_of_every_mechanism_is_generated_with_docs() {
    for row in REGISTRY {
        for example in row.examples {
            let ty: syn::Type = syn::parse_str(example.rsplit(": ").next().unwrap_or(example))
                .expect("an example's type parses");
            let mechanism = (row.recognise)(&ty).expect("checked above").mechanism;
            let ops = mechanism.ops();
            assert!(
                ops.iter().any(|(_, default)| *default),
                "{example} has no default op"
            );
            for (op, _) in ops {
                let text = expand(&with_op(example, row.mode, op.name()));
                let method = op.method_name("x");
                assert!(
                    text.contains(&format!("fn {method}")),
                    "{example}: `{}` made no `{method}`:\n{text}",
                    op.name()
                );
                assert!(
                    text.contains("# Mutation contract"),
                    "{example}: `{}` has no contract docs",
                    op.name()
                );
            }
        }
    }
}

#[test]
fn every_mechanism_takes_aliases_of_its_mode_or_kind() {
    for row in REGISTRY {
        let kinds: &[Option<Kind>] = if row.mode == Mode::Sync {
            &[Some(Kind::Mutex), Some(Kind::RwLock), Some(Kind::Atomic)]
        } else {
            &[None]
        };
        let mut served = 0;
        // An async mechanism's aliases are marked `#[sync(async, kind = "...")]`.
        let (alias, marker) = match &row.asynchronous {
            Some(asynchronous) => (asynchronous.alias, "async, "),
            None => (row.alias, ""),
        };
        for &kind in kinds {
            let Some(mechanism) = alias(kind) else {
                continue;
            };
            served += 1;
            let kind = kind
                .map(|k| format!("kind = \"{}\", ", crate::grammar::Choice::name(k)))
                .unwrap_or_default();
            for (op, _) in mechanism.ops() {
                let field = format!(
                    "#[{}({marker}{kind}{})] x: Alias",
                    row.mode.name(),
                    op.name()
                );
                let text = expand(&field);
                assert!(
                    text.contains(&format!("fn {}", op.method_name("x"))),
                    "{field}:\n{text}"
                );
            }
        }
        // A link's type says what it links to: `#[weak]` reads it, and takes no alias; nor
        // does `ArcSwap`, which has no `kind`.
        assert!(
            served > 0 || row.mode == Mode::Weak || (row.names)("ArcSwap"),
            "{} takes no alias",
            row.called
        );
    }
}

#[test]
fn every_op_belongs_to_a_mechanism() {
    for op in Op::ALL {
        assert!(
            REGISTRY.iter().any(|row| (row.ops)().contains(&op)),
            "no mechanism has op `{}`",
            op.name()
        );
    }
}

#[test]
fn every_mode_has_a_mechanism() {
    for mode in Mode::ALL {
        assert!(
            REGISTRY.iter().any(|row| row.mode == mode),
            "no mechanism for `#[{}]`",
            mode.name()
        );
    }
}
