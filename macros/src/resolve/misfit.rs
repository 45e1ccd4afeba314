//! The errors of a field type or an op that the mode does not have, in words that point to the
//! fix: the mode a type belongs to, the mechanism an op belongs to.

use darling::Error;
use syn::Type;

use crate::diag;
use crate::grammar::{Mode, Op};
use crate::mechanism::{Row, REGISTRY};
use crate::model::Mechanism;
use crate::syntax;

/// An error when `inner` visibly does not fit `mode` (another mode's type, plain data, a known
/// type with the wrong arguments); `None` when it may be an alias.
pub(crate) fn misfit(mode: Mode, inner: &Type) -> Option<Error> {
    let rows: Vec<&Row> = REGISTRY.iter().filter(|r| r.mode == mode).collect();
    let expects: Vec<&str> = rows
        .iter()
        .map(|r| r.expects)
        .filter(|e| !e.is_empty())
        .collect();
    let needs = format!("`#[{}]` needs {}", mode.name(), join_or(&expects));
    let shown = syntax::tokens_string(inner);
    if let Some(seg) = syntax::last_segment(inner) {
        let name = seg.ident.to_string();
        if let Some(own) = rows.iter().find(|r| (r.names)(&name)) {
            return Some(
                Error::custom(format!("{needs}: {}", (own.misspelled)(&name))).with_span(inner),
            );
        }
        if let Some(other) = REGISTRY.iter().find(|r| (r.names)(&name)) {
            return Some(
                Error::custom(format!(
                    "{needs}, and this is {}: mark the field `#[{}]` instead",
                    diag::with_article(&name),
                    other.mode.name()
                ))
                .with_span(inner),
            );
        }
        if let Some(advice) = unsupported(&name) {
            return Some(
                Error::custom(format!("{needs}, and `{name}` is not supported: {advice}"))
                    .with_span(inner),
            );
        }
    }
    if syntax::is_plain_data(inner) {
        let wraps: Vec<String> = rows.iter().map(|r| (r.wrap)(&shown)).collect();
        return Some(
            Error::custom(format!(
                "{needs}, and `{shown}` has no interior mutability: {}, or leave the field unmarked",
                wraps.join(", or ")
            ))
            .with_span(inner),
        );
    }
    None
}

/// "a", "a or b", "a, b or c".
fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn unsupported(name: &str) -> Option<&'static str> {
    match name {
        "UnsafeCell" | "SyncUnsafeCell" => {
            Some("`interior` generates safe code only; use `Cell` or `RefCell`")
        }
        "AtomicI128" | "AtomicU128" => {
            Some("`#[sync]` covers `AtomicBool`, `AtomicPtr` and the integer atomics up to 64 bits")
        }
        "ReentrantMutex" | "ReentrantLock" | "Condvar" | "Barrier" => {
            Some("`#[sync]` covers `Mutex`, `RwLock` and atomics")
        }
        _ => None,
    }
}

/// The error for `op`, which `mechanism` does not have.
pub(crate) fn missing_op(mode: Mode, mechanism: &dyn Mechanism, noun: &str, op: Op) -> Error {
    let rows = || REGISTRY.iter().filter(move |r| r.mode == mode);
    // A mode of several types says which one the field is.
    let several = rows().count() > 1 || rows().any(|r| r.expects.contains(" or "));
    let on = if several {
        format!(" on `{noun}`")
    } else {
        String::new()
    };
    let table: Vec<&str> = mechanism.ops().iter().map(|(op, _)| op.name()).collect();
    let owner = rows().find(|r| (r.ops)().contains(&op) && !table.contains(&op.name()));
    let hint = mechanism
        .missing_op_hint(op, owner.map(|r| r.called))
        .or_else(|| {
            // An op of other modes: unless this mode has it too (on another mechanism).
            if rows().any(|r| (r.ops)().contains(&op)) {
                return None;
            }
            let mut elsewhere: Vec<String> = Vec::new();
            for row in REGISTRY
                .iter()
                .filter(|r| r.mode != mode && (r.ops)().contains(&op))
            {
                let name = format!("#[{}]", row.mode.name());
                if !elsewhere.contains(&name) {
                    elsewhere.push(name);
                }
            }
            let elsewhere: Vec<&str> = elsewhere.iter().map(String::as_str).collect();
            (!elsewhere.is_empty())
                .then(|| format!(" (`{}` is an op of {})", op.name(), diag::list(&elsewhere)))
        })
        .unwrap_or_default();
    Error::custom(format!(
        "`#[{}]`{on} has no op `{}`{hint}; its ops are {}",
        mode.name(),
        op.name(),
        diag::list(&table)
    ))
}
