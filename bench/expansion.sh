#!/usr/bin/env bash
# The derive's own cost, exactly: instructions that rustc spends inside `#[derive(Interior)]`
# (the macro and the proc-macro bridge it drives) while compiling the crate of bench/compile.sh
# (N structs x 4 interior fields, 17 methods each), counted by callgrind around that one rustc.
# Deterministic, so it tells a change of the expansion's cost apart from machine noise; the
# wall-clock effect on a build is bench/compile.sh's job.
#
#   bench/expansion.sh                 # N=50, ~1 minute; the working tree
#   N=200 SOURCE=HEAD bench/expansion.sh
#
# Proc macros are built as in a user's release build (cargo's build-override: opt-level 0).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${N:-50}
work=$root/target/bench/expansion
mkdir -p "$work"
command -v valgrind >/dev/null || { echo "valgrind (callgrind) is required" >&2; exit 2; }

snap=$work/interior-src
rm -rf "$snap"; mkdir -p "$snap"
files=(Cargo.toml Cargo.lock README.md rust-toolchain.toml src runtime macros tests/expand)
if [[ ${SOURCE:-worktree} == worktree ]]; then
    (cd "$root" && tar -c --exclude=target "${files[@]}" 2>/dev/null) | tar -x -C "$snap"
else
    git -C "$root" archive "$SOURCE" "${files[@]}" 2>/dev/null | tar -x -C "$snap" 2>/dev/null \
        || git -C "$root" archive "$SOURCE" Cargo.toml Cargo.lock src runtime macros | tar -x -C "$snap"
fi

crate=$work/crate
mkdir -p "$crate/src"
cp "$snap/Cargo.lock" "$crate/Cargo.lock"
cat >"$crate/Cargo.toml" <<TOML
[package]
name = "interior_expansion_bench"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
interior = { path = "$snap/runtime" }

[profile.release]
debug = false
TOML
{
    echo 'use std::cell::{Cell, RefCell};'
    echo 'use std::sync::atomic::AtomicU64;'
    echo 'use interior::Interior;'
    for ((i = 0; i < n; i++)); do
        cat <<RS

/// Structure S$i.
#[derive(Interior)]
pub struct S$i {
    /// Requests served.
    #[cell]
    hits: Cell<u64>,
    /// Requests refused.
    #[cell]
    misses: Cell<u64>,
    /// Log lines kept.
    #[refcell]
    lines: RefCell<Vec<String>>,
    /// Bytes sent.
    #[sync(get, set, replace, update, fetch_add)]
    total: AtomicU64,
}
RS
    done
} >"$crate/src/lib.rs"

wrapper=$work/rustc-wrapper.sh
cat >"$wrapper" <<'SH'
#!/usr/bin/env bash
if [[ " $* " == *" --crate-name interior_expansion_bench "* ]]; then
    exec valgrind --tool=callgrind --callgrind-out-file="$CALLGRIND_OUT" "$@" 2>"$CALLGRIND_OUT.log"
fi
exec "$@"
SH
chmod +x "$wrapper"
(cd "$crate" && CARGO_TARGET_DIR="$crate/target" cargo build --quiet --release)
touch "$crate/src/lib.rs"
out=$work/callgrind.out
(cd "$crate" && CALLGRIND_OUT=$out RUSTC_WRAPPER=$wrapper CARGO_TARGET_DIR="$crate/target" cargo build --quiet --release)
callgrind_annotate --inclusive=yes "$out" >"$work/annotate.txt" 2>/dev/null
total=$(grep -m1 'PROGRAM TOTALS' "$work/annotate.txt" | awk '{gsub(",", "", $1); print $1}')
derive=$(grep -m1 'interior_macros::derive_interior ' "$work/annotate.txt" | awk '{gsub(",", "", $1); print $1}')
awk -v n="$n" -v t="$total" -v d="$derive" 'BEGIN {
    printf "rustc on %d structs: %.0f M instructions, of which the derive %.0f M (%.1f %%): %.2f M per struct\n",
        n, t / 1e6, d / 1e6, 100 * d / t, d / n / 1e6
}'
