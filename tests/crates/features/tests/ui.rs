//! Compile-fail cases that need the optional integrations on (SPEC §6.15–§6.17 for tokio and
//! arc-swap), with rustc 1.95's output. `TRYBUILD=overwrite cargo test --test ui` regenerates
//! them; review every line.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
