#!/usr/bin/env bash
# Compile time: a user crate of N structs x 4 interior fields (2 `Cell<u64>`, a
# `RefCell<Vec<String>>`, an `AtomicU64`; the SPEC's default ops plus `fetch_add` on the atomic:
# 17 methods per struct), built two ways:
#   derive  `#[derive(Interior)]` on each struct;
#   hand    the derive's own expansion, pasted in as source (same methods, same docs, same
#           `Interior` impl), and `interior` without its `derive` feature, so no syn/darling.
# The hand text is the real expansion (`-Zunpretty=expanded` of a one-struct crate, via
# RUSTC_BOOTSTRAP as cargo-expand does) repeated with each struct's name, so it cannot drift
# from what the derive emits.
#
# Measured, release profile, rounds interleaved (the variant that goes first alternates):
#   incremental  touch the user crate's lib.rs, rebuild it (dependencies already built);
#   clean        remove the target directory, build everything including dependencies.
#
#   bench/compile.sh                               # defaults below; ~12-15 min on 2 cores
#   ROUNDS=7 CLEAN_ROUNDS=5 SIZES="200 1000" LINEAR="200 1000" bench/compile.sh
#   BASELINE=v0.1.0 bench/compile.sh               # also the derive at another revision, in
#                                                  # the same rounds: before and after in one run
#
# Generated crates and their target directories live under target/bench/compile/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${ROUNDS:-5}              # incremental rounds per size
clean_rounds=${CLEAN_ROUNDS:-3}  # clean rounds per size
sizes=${SIZES:-200 1000}         # sizes for the incremental and clean tables
linear=${LINEAR:-200 1000}       # N whose 2N is also built (incremental only), for linearity
work=$root/target/bench/compile
mkdir -p "$work"

# The crates under test are a snapshot of the repository (HEAD, or the working tree with
# SOURCE=worktree), so that edits made in the tree while this runs cannot trigger rebuilds of
# interior-macros in the middle of a measurement.
snap=$work/interior-src
rm -rf "$snap"; mkdir -p "$snap"
files=(Cargo.toml Cargo.lock README.md rust-toolchain.toml src runtime macros tests/expand)
if [[ ${SOURCE:-HEAD} == worktree ]]; then
    (cd "$root" && tar -c --exclude=target "${files[@]}") | tar -x -C "$snap"
else
    git -C "$root" archive "${SOURCE:-HEAD}" "${files[@]}" | tar -x -C "$snap"
fi

# The derive at BASELINE, built in the same rounds as a third variant.
baseline=${BASELINE:-}
base_snap=$work/interior-base
if [[ -n $baseline ]]; then
    rm -rf "$base_snap"; mkdir -p "$base_snap"
    for f in "${files[@]}"; do
        git -C "$root" archive "$baseline" "$f" 2>/dev/null | tar -x -C "$base_snap" 2>/dev/null || true
    done
    # a workspace member the baseline may not have
    if ! [[ -d $base_snap/tests/expand ]]; then
        sed -i 's#, "tests/expand"##' "$base_snap/Cargo.toml"
    fi
fi

now() { date +%s.%N; }

# --- the crates ------------------------------------------------------------------------------

header='use std::cell::{Cell, RefCell};
use std::sync::atomic::AtomicU64;'

# One struct, named $1, with its field attributes.
struct_def() {
    cat <<RS

/// Structure $1.
pub struct $1 {
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
}

manifest() { # dir, name, dependency line
    mkdir -p "$1/src"
    cp "$snap/Cargo.lock" "$1/Cargo.lock"  # the repository's dependency versions
    cat >"$1/Cargo.toml" <<TOML
[package]
name = "$2"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
$3

[profile.release]
debug = false
TOML
}

dep_derive="interior = { path = \"$snap/runtime\" }"
dep_base="interior = { path = \"$base_snap/runtime\" }"
dep_hand="interior = { path = \"$snap/runtime\", default-features = false, features = [\"std\"] }"

# The expansion of one struct named Tmpl: everything the derive adds after the struct.
template=$work/template
manifest "$template" template "$dep_derive"
{ echo "$header"; echo 'use interior::Interior;'; struct_def Tmpl | sed 's|^pub struct|#[derive(Interior)]\npub struct|'; } >"$template/src/lib.rs"
( cd "$template" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$template/target" \
    cargo rustc --quiet --profile check -- -Zunpretty=expanded ) >"$template/expanded.rs"
# Rustc 1.95 warns that `#[automatically_derived]` on an inherent impl will become an error
# (silent inside the derive's output, not in source), so the hand copy leaves it out there.
awk '/^pub struct Tmpl/ { s = 1; next } s == 1 && /^}/ { s = 2; next }
     s == 2 && /^#\[automatically_derived\]$/ { held = 1; next }
     s == 2 { if (held && !/^impl Tmpl /) print "#[automatically_derived]"; held = 0; print }' \
    "$template/expanded.rs" >"$template/impls.rs"
grep -q 'impl ::interior::Interior for Tmpl' "$template/impls.rs" \
    || { echo "could not find the derive's expansion in $template/expanded.rs" >&2; exit 1; }

generate() { # variant, n
    local dir=$work/$1-$2
    case $1 in
        derive) manifest "$dir" "gen_$1_$2" "$dep_derive" ;;
        base) manifest "$dir" "gen_$1_$2" "$dep_base"; cp "$base_snap/Cargo.lock" "$dir/Cargo.lock" ;;
        *) manifest "$dir" "gen_$1_$2" "$dep_hand" ;;
    esac
    local kind=$1
    [[ $kind == base ]] && kind=derive
    {
        echo "$header"
        [[ $kind == derive ]] && echo 'use interior::Interior;'
        struct_def Tmpl >"$work/struct.rs"
        awk -v n="$2" -v variant="$kind" '
            FNR == NR { st = st $0 "\n"; next }
            { im = im $0 "\n" }
            END {
                if (variant == "derive") sub(/\npub struct/, "\n#[derive(Interior)]\npub struct", st)
                else gsub(/\n    #\[(cell|refcell|sync)[^\n]*/, "", st)
                for (i = 0; i < n; i++) {
                    s = st; gsub(/Tmpl/, "S" i, s); printf "%s", s
                    if (variant == "hand") { t = im; gsub(/Tmpl/, "S" i, t); printf "%s", t }
                }
            }' "$work/struct.rs" "$template/impls.rs"
    } >"$dir/src/lib.rs"
}

build() { # dir -> prints seconds
    local t0 t1
    t0=$(now)
    ( cd "$1" && CARGO_TARGET_DIR="$1/target" cargo build --quiet --release ) >&2
    t1=$(now)
    echo "$t1 - $t0" | bc -l
}

touch_build() { touch "$1/src/lib.rs"; build "$1"; }

clean_build() { rm -rf "$1/target"; build "$1"; }

# --- statistics ------------------------------------------------------------------------------

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }'; }
ratios() { paste -d' ' <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') | awk '{ printf "%.3f ", $1 / $2 }'; }

report() { # label, derive times, hand times
    local r
    r=$(ratios "$2" "$3")
    printf '%-22s derive %6.2f s (%s)  hand %6.2f s (%s)  ratio %.3f (rounds: %s)\n' "$1" \
        "$(echo "$2" | median)" "$(echo "$2" | spread)" "$(echo "$3" | median)" "$(echo "$3" | spread)" \
        "$(echo "$r" | median)" "$r"
}

# Interleaved rounds of $1 (touch_build or clean_build) for the variants at size $2.
measure() { # kind, n, rounds -> sets D, H (and B with a baseline)
    D='' H='' B=''
    local i d h b=''
    for ((i = 0; i < $3; i++)); do
        if ((i % 2 == 0)); then
            d=$($1 "$work/derive-$2"); h=$($1 "$work/hand-$2")
            [[ -n $baseline ]] && b=$($1 "$work/base-$2")
        else
            [[ -n $baseline ]] && b=$($1 "$work/base-$2")
            h=$($1 "$work/hand-$2"); d=$($1 "$work/derive-$2")
        fi
        D="$D $d" H="$H $h" B="$B $b"
        echo "  $1 N=$2 round $((i + 1)): derive $d hand $h${b:+ baseline $b}" >&2
    done
}

# --- run ---------------------------------------------------------------------------------------

all_sizes=$(for n in $sizes; do echo "$n"; done; for n in $linear; do echo "$((2 * n))"; done)
all_sizes=$(echo "$all_sizes" | sort -nu | tr '\n' ' ')
for n in $all_sizes; do
    generate derive "$n"; generate hand "$n"
    echo "generated N=$n: $(wc -l <"$work/derive-$n/src/lib.rs") and $(wc -l <"$work/hand-$n/src/lib.rs") lines" >&2
    build "$work/derive-$n" >/dev/null; build "$work/hand-$n" >/dev/null  # warm: dependencies
    if [[ -n $baseline ]]; then generate base "$n"; build "$work/base-$n" >/dev/null; fi
done

declare -A inc_d inc_h
results=$work/results.txt
: >"$results"
{
    echo "machine: $(nproc) cores, $(uname -sm); $(rustc --version)"
    echo "incremental: $rounds rounds; clean: $clean_rounds rounds; median (min-max) and per-round derive/hand ratios"
    echo
} | tee -a "$results"
for n in $all_sizes; do
    measure touch_build "$n" "$rounds"
    inc_d[$n]=$D inc_h[$n]=$H
    report "incremental N=$n" "$D" "$H" | tee -a "$results"
    [[ -n $baseline ]] && report "  baseline ($baseline)" "$B" "$H" | tee -a "$results"
done
for n in $sizes; do
    ((clean_rounds > 0)) || continue
    measure clean_build "$n" "$clean_rounds"
    report "clean N=$n" "$D" "$H" | tee -a "$results"
    [[ -n $baseline ]] && report "  baseline ($baseline)" "$B" "$H" | tee -a "$results"
done
echo | tee -a "$results"
for n in $linear; do
    for v in derive hand; do
        if [[ $v == derive ]]; then a=${inc_d[$n]} b=${inc_d[$((2 * n))]}; else a=${inc_h[$n]} b=${inc_h[$((2 * n))]}; fi
        printf 'linearity %-6s incremental N=%d -> %d: %.2f s -> %.2f s, x%.2f\n' "$v" "$n" "$((2 * n))" \
            "$(echo "$a" | median)" "$(echo "$b" | median)" \
            "$(echo "$(echo "$b" | median) / $(echo "$a" | median)" | bc -l)" | tee -a "$results"
    done
done
echo "(written to $results)"
