//! Compile-fail tests: one file per mistake in `tests/ui/`, each with the compiler output it
//! must produce.
//!
//! The `.stderr` files are rustc 1.95.0's output, pinned by `rust-toolchain.toml`; another
//! compiler words and places some diagnostics differently. Regenerate them after a deliberate
//! change with `TRYBUILD=overwrite cargo test --test ui` and review every line of the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
