//! SPEC §15, op by op: every atomic op with every ordering. The ones the op can take expand with
//! that ordering in the call and in the method's docs (a compare-and-swap's failure ordering
//! being the strongest load its success ordering implies); the others are one error that names
//! the op and the orderings it takes.

use proc_macro2::TokenStream;

const ORDERINGS: [(&str, &str); 5] = [
    ("relaxed", "Relaxed"),
    ("acquire", "Acquire"),
    ("release", "Release"),
    ("acq_rel", "AcqRel"),
    ("seq_cst", "SeqCst"),
];

/// The failure ordering of a compare-and-swap whose success ordering is `success`.
fn failure(success: &str) -> &'static str {
    match success {
        "Relaxed" | "Release" => "Relaxed",
        "Acquire" | "AcqRel" => "Acquire",
        _ => "SeqCst",
    }
}

fn expand(op: &str, ordering: &str) -> String {
    let input: TokenStream = format!(
        "struct S {{ #[sync({op}(ordering = \"{ordering}\"))] x: ::core::sync::atomic::AtomicU64 }}"
    )
    .parse()
    .expect("valid tokens");
    interior_expand::derive(input).to_string()
}

/// The orderings `op` takes, and what its docs say for each accepted one.
fn expected(op: &str, variant: &str) -> Option<Vec<String>> {
    let o = |v: &str| format!("`Ordering::{v}`");
    let load = ["Relaxed", "Acquire", "SeqCst"];
    let store = ["Relaxed", "Release", "SeqCst"];
    match op {
        "get" => load
            .contains(&variant)
            .then(|| vec![format!("Loads with {}.", o(variant))]),
        "set" => store
            .contains(&variant)
            .then(|| vec![format!("Stores with {}.", o(variant))]),
        "replace" | "fetch_add" | "fetch_sub" | "fetch_max" | "fetch_min" | "fetch_and"
        | "fetch_or" | "fetch_xor" => Some(vec![format!("with {}.", o(variant))]),
        "compare_exchange" => Some(vec![format!(
            "{} on success and {} on failure.",
            o(variant),
            o(failure(variant))
        )]),
        "update" | "try_update" => Some(vec![
            format!("Loads with {};", o(failure(variant))),
            format!(
                "each compare-and-swap uses {} on success and {} on failure.",
                o(variant),
                o(failure(variant))
            ),
        ]),
        other => panic!("not an atomic op: {other}"),
    }
}

#[test]
fn every_op_with_every_ordering() {
    let ops = [
        "get",
        "set",
        "replace",
        "compare_exchange",
        "update",
        "try_update",
        "fetch_add",
        "fetch_sub",
        "fetch_max",
        "fetch_min",
        "fetch_and",
        "fetch_or",
        "fetch_xor",
    ];
    for op in ops {
        for (name, variant) in ORDERINGS {
            let output = expand(op, name);
            if let Some(docs) = expected(op, variant) {
                assert!(
                    !output.contains("compile_error"),
                    "{op}(ordering = {name}) is accepted:\n{output}"
                );
                for doc in docs {
                    assert!(
                        output.contains(&doc),
                        "{op}(ordering = {name}): the docs say {doc:?}:\n{output}"
                    );
                }
                // Every ordering in the generated calls is the op's own or its failure.
                let calls = output.matches("Ordering :: ").count();
                let own = output.matches(&format!("Ordering :: {variant}")).count();
                let fail = failure(variant);
                let failures = if fail == variant {
                    0
                } else {
                    output.matches(&format!("Ordering :: {fail}")).count()
                };
                assert!(own > 0, "{op}(ordering = {name}) uses it:\n{output}");
                assert_eq!(
                    calls,
                    own + failures,
                    "{op}(ordering = {name}) uses no other ordering:\n{output}"
                );
            } else {
                assert!(
                    output.contains("cannot take ordering"),
                    "{op}(ordering = {name}) is an error:\n{output}"
                );
                assert!(output.contains(&format!("op `{op}` takes")), "{output}");
                assert!(
                    output.contains(&format!("`{name}`")),
                    "the error names the ordering: {output}"
                );
            }
        }
    }
}

#[test]
fn an_op_without_its_own_ordering_takes_the_fields() {
    let input: TokenStream = "struct S { #[sync(get, set(ordering = \"release\"), fetch_add, ordering = \"relaxed\")] x: ::core::sync::atomic::AtomicU64 }"
        .parse()
        .expect("valid tokens");
    let output = interior_expand::derive(input).to_string();
    assert!(
        output.contains("Loads with `Ordering::Relaxed`."),
        "{output}"
    );
    assert!(
        output.contains("Stores with `Ordering::Release`."),
        "{output}"
    );
    assert!(
        output.contains("`fetch_add` with `Ordering::Relaxed`."),
        "{output}"
    );
}

#[test]
fn ordering_on_an_op_that_is_not_atomic() {
    for (field, message) in [
        (
            "#[sync(with(ordering = \"relaxed\"))] x: ::std::sync::Mutex<u8>",
            "`ordering` applies to the ops of atomics",
        ),
        (
            "#[cell(get(ordering = \"relaxed\"))] x: ::core::cell::Cell<u8>",
            "`ordering` applies to the ops of atomics",
        ),
        (
            "#[sync(get_mut(ordering = \"relaxed\"))] x: ::core::sync::atomic::AtomicU8",
            "op `get_mut` is no atomic operation",
        ),
    ] {
        let input: TokenStream = format!("struct S {{ {field} }}").parse().expect("tokens");
        let output = interior_expand::derive(input).to_string();
        assert!(output.contains(message), "{field}: {output}");
    }
}
