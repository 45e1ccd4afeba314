//! Builds the user crates under `tests/crates/`, each a standalone crate with its own
//! `[workspace]`, and checks that the generated code compiles cleanly there: no error and not a
//! single `warning:` line, under `#![no_std]`, editions 2018 and 2024, the strictest lints, a
//! renamed dependency and a `macro_rules!` that wraps the derive.
//!
//! All crates share one target directory, `target/crates`, so their dependencies compile once.
//! The user crates resolve their own `Cargo.lock` (ignored by git) and so need crates.io the
//! first time.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `<target>/crates`: `CARGO_TARGET_TMPDIR` is `<target>/tmp`, wherever the target dir is.
fn target_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("crates")
}

/// Runs `cargo <args>` on `tests/crates/<name>` and asserts that it succeeds without a warning.
fn cargo(name: &str, args: &[&str]) {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/crates")
        .join(name)
        .join("Cargo.toml");
    let (subcommand, rest) = args.split_first().expect("a cargo subcommand");
    let output = Command::new(env!("CARGO"))
        .arg(subcommand)
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target-dir")
        .arg(target_dir())
        .arg("--color=never")
        .args(rest)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap_or_else(|err| panic!("cannot run cargo on {}: {err}", manifest.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report = || {
        format!(
            "`cargo {}` on tests/crates/{name}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            args.join(" ")
        )
    };
    assert!(output.status.success(), "failed: {}", report());
    let warnings: Vec<&str> = stdout
        .lines()
        .chain(stderr.lines())
        .map(str::trim_start)
        .filter(|line| line.starts_with("warning:"))
        // The network, not the code: cargo retries and says so.
        .filter(|line| !line.starts_with("warning: spurious network error"))
        .collect();
    assert!(
        warnings.is_empty(),
        "{} warning line(s): {warnings:#?}\n{}",
        warnings.len(),
        report()
    );
}

fn build_and_clippy(name: &str) {
    cargo(name, &["build"]);
    cargo(name, &["clippy", "--all-targets", "--", "-D", "warnings"]);
}

/// `#![no_std]`, `interior` without `std`: `#[cell]`, `#[refcell]`, `OnceCell` and atomics.
#[test]
fn no_std() {
    build_and_clippy("no-std");
}

/// `#![no_std]` with `alloc`: `#[weak]` links in a `RefCell`, `LazyCell`, `get_mut`, `into`.
#[test]
fn no_std_alloc() {
    build_and_clippy("no-std-alloc");
}

/// Every mode, op, ordering and field shape under `deny(warnings, missing_docs,
/// unused_qualifications, clippy::all, clippy::pedantic, clippy::nursery, ...)` and
/// `forbid(unsafe_code)`; private accessors that nothing calls.
#[test]
fn strict_lints() {
    build_and_clippy("strict-lints");
}

/// Edition 2018, also in a `#[no_implicit_prelude]` module next to user types named `Option`,
/// `Result` and `Cell`.
#[test]
fn edition2018() {
    build_and_clippy("edition2018");
}

/// Edition 2024, also in a `#[no_implicit_prelude]` module.
#[test]
fn edition2024() {
    build_and_clippy("edition2024");
}

/// `interior` renamed in `Cargo.toml`, named with `#[interior(crate = "...")]`.
#[test]
fn renamed() {
    build_and_clippy("renamed");
}

/// The derive on structs that a `macro_rules!` generates from its arguments.
#[test]
fn macro_rules() {
    build_and_clippy("macro-rules");
}

/// The runtime's optional integrations, on: `portable_atomic`'s atomics (`portable-atomic`).
/// Their behaviour tests run there (`cargo test`); this workspace keeps the features off, so
/// that the errors for a missing feature are UI cases here.
#[test]
fn features() {
    build_and_clippy("features");
    cargo("features", &["test"]);
}
