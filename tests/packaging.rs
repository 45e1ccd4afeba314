//! The `interior` package is self-contained: every file its sources `include_str!` is one of
//! the files `cargo package` puts into it, so the crate builds from crates.io (the README the
//! crate docs include used to live outside the package, and verification failed).

use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// The files `cargo package --list` puts into package `name`, relative to its root.
fn packaged_files(name: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "-p", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo package --list");
    assert!(
        output.status.success(),
        "cargo package --list -p {name} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// `a/b/../c` → `a/c`; `None` when the path climbs above its start.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Some(out)
}

#[test]
fn every_included_file_is_in_the_package() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
    let packaged = packaged_files("interior");
    assert!(packaged.iter().any(|f| f == "README.md"), "{packaged:#?}");
    let mut includes = 0;
    let sources = packaged
        .iter()
        .filter(|f| Path::new(f).extension().is_some_and(|e| e == "rs"));
    for file in sources {
        let source = std::fs::read_to_string(root.join(file)).expect("read a packaged source");
        for piece in source.split("include_str!(\"").skip(1) {
            let Some((target, _)) = piece.split_once('"') else {
                continue;
            };
            includes += 1;
            let dir = Path::new(file).parent().unwrap_or(Path::new(""));
            let resolved = normalize(&dir.join(target));
            let inside = resolved
                .as_ref()
                .and_then(|p| p.to_str())
                .is_some_and(|p| packaged.iter().any(|f| f == p));
            assert!(
                inside,
                "{file} includes {target:?}, which is not a file of the packaged crate"
            );
        }
    }
    assert!(
        includes > 0,
        "no include_str! found: the test reads nothing"
    );
}

#[test]
fn the_macro_crate_has_its_readme() {
    let packaged = packaged_files("interior-macros");
    assert!(packaged.iter().any(|f| f == "README.md"), "{packaged:#?}");
}
