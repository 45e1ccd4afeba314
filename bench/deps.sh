#!/usr/bin/env bash
# Dependency cost: clean release build of a one-struct user crate, by what it depends on.
#   interior        `interior` with its default features (the derive: syn 3 + darling 0.24)
#   syn+darling     a do-nothing proc-macro crate depending on syn 3 and darling 0.24 alone
#   syn-full        the same with syn 3 `full` + `extra-traits` (the features darling turns on)
#   syn-slim        the same with syn 3 `derive`, `parsing`, `printing`, `proc-macro` only
#   no-derive       `interior` with `default-features = false, features = ["std"]`
# Rounds are interleaved (the order rotates each round); medians and min-max are printed.
# Also checks that `interior` without `derive` has no syn in its dependency tree.
#
#   bench/deps.sh                 # 3 rounds, ~5 min on 2 cores
#   ROUNDS=5 bench/deps.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${ROUNDS:-3}
work=$root/target/bench/deps
mkdir -p "$work"

# A snapshot of the repository (HEAD, or SOURCE=worktree), as in compile.sh.
snap=$work/interior-src
rm -rf "$snap"; mkdir -p "$snap"
files=(Cargo.toml Cargo.lock README.md rust-toolchain.toml src runtime macros)
if [[ ${SOURCE:-HEAD} == worktree ]]; then
    (cd "$root" && tar -c --exclude=target "${files[@]}") | tar -x -C "$snap"
else
    git -C "$root" archive "${SOURCE:-HEAD}" "${files[@]}" | tar -x -C "$snap"
fi

echo "== dependency trees" >&2
for args in "--no-default-features" "--no-default-features --features std" "--no-default-features --features std -e normal"; do
    # shellcheck disable=SC2086
    tree=$(cd "$snap" && cargo tree -p interior $args --prefix none 2>/dev/null)
    if grep -q '^syn ' <<<"$tree"; then verdict="HAS syn"; else verdict="no syn"; fi
    printf 'cargo tree -p interior %-46s %s (%d crates)\n' "$args:" "$verdict" "$(sort -u <<<"$tree" | wc -l)"
done
syn_features=$(cd "$snap" && cargo tree -p interior-macros -e features -i syn --prefix none 2>/dev/null \
    | sed -n 's/^syn feature "\([a-z-]*\)".*/\1/p' | sort -u | tr '\n' ' ')
echo "syn features enabled in interior-macros' build: $syn_features"

user() { # dir, dependency lines, lib.rs
    rm -rf "$1"; mkdir -p "$1/src"
    cp "$snap/Cargo.lock" "$1/Cargo.lock"
    printf '[package]\nname = "user"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n\n[dependencies]\n%s\n' "$2" >"$1/Cargo.toml"
    printf '%s\n' "$3" >"$1/src/lib.rs"
}

shim() { # dir, dependency lines: a proc-macro crate `shim` with an empty derive
    mkdir -p "$1/shim/src"
    printf '[package]\nname = "shim"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[lib]\nproc-macro = true\n\n[dependencies]\nproc-macro2 = "1"\nquote = "1"\n%s\n' "$2" >"$1/shim/Cargo.toml"
    cat >"$1/shim/src/lib.rs" <<'RS'
use proc_macro::TokenStream;

#[proc_macro_derive(Shim, attributes(cell))]
pub fn shim(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let ident = &input.ident;
    quote::quote!(impl #ident {}).into()
}
RS
}

one_struct='/// One struct.
pub struct Counter {
    #[cell]
    pub hits: ::std::cell::Cell<u64>,
}'

user "$work/interior" "interior = { path = \"$snap/runtime\" }" "use interior::Interior;
#[derive(Interior)]
$one_struct"
user "$work/no-derive" "interior = { path = \"$snap/runtime\", default-features = false, features = [\"std\"] }" \
    "${one_struct//#\[cell\]/}"
for v in syn+darling syn-full syn-slim; do
    user "$work/$v" 'shim = { path = "shim" }' "#[derive(shim::Shim)]
$one_struct"
done
shim "$work/syn+darling" 'syn = "3"
darling = "0.24"'
shim "$work/syn-full" 'syn = { version = "3", features = ["full", "extra-traits"] }'
shim "$work/syn-slim" 'syn = { version = "3", default-features = false, features = ["derive", "parsing", "printing", "proc-macro"] }'

variants=(interior syn+darling syn-full syn-slim no-derive)
declare -A times
echo "== clean release builds, $rounds rounds" >&2
for v in "${variants[@]}"; do  # resolve and fetch once, untimed
    (cd "$work/$v" && CARGO_TARGET_DIR="$work/$v/target" cargo fetch --quiet)
done
for ((r = 0; r < rounds; r++)); do
    for ((k = 0; k < ${#variants[@]}; k++)); do
        v=${variants[$(((k + r) % ${#variants[@]}))]}
        rm -rf "$work/$v/target"
        t0=$(date +%s.%N)
        (cd "$work/$v" && CARGO_TARGET_DIR="$work/$v/target" cargo build --quiet --release --offline)
        t=$(echo "$(date +%s.%N) - $t0" | bc -l)
        times[$v]="${times[$v]:-} $t"
        printf '  round %d %-12s %6.2f s\n' $((r + 1)) "$v" "$t" >&2
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f-%.1f", lo, hi }'; }

echo "machine: $(nproc) cores; $(rustc --version); $rounds rounds, median (min-max)"
for v in "${variants[@]}"; do
    printf '%-12s %6.2f s (%s)\n' "$v" "$(echo "${times[$v]}" | median)" "$(echo "${times[$v]}" | spread)"
done
m() { echo "${times[$1]}" | median; }
printf 'darling itself (syn+darling - syn-full):             %5.2f s = %2.0f%% of interior\n' \
    "$(echo "$(m syn+darling) - $(m syn-full)" | bc -l)" "$(echo "100 * ($(m syn+darling) - $(m syn-full)) / $(m interior)" | bc -l)"
printf 'darling with the syn features it forces (- syn-slim): %5.2f s = %2.0f%% of interior\n' \
    "$(echo "$(m syn+darling) - $(m syn-slim)" | bc -l)" "$(echo "100 * ($(m syn+darling) - $(m syn-slim)) / $(m interior)" | bc -l)"
printf 'interior over syn+darling alone:                      %5.2f s\n' "$(echo "$(m interior) - $(m syn+darling)" | bc -l)"
