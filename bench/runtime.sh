#!/usr/bin/env bash
# Run time: instructions per iteration of each derived accessor against the same std call
# written by hand, counted by callgrind (deterministic: same binary, same count).
#
#   bench/runtime.sh            # 10^7 iterations per function, ~2 minutes on 2 cores
#   ITERS=1000000 bench/runtime.sh
#   bench/runtime.sh --check    # exit 1 if any derived op costs more than its hand twin
#   PROFILE=tracked bench/runtime.sh     # a dev build: the debug-build tracking of SPEC §13
#   PROFILE=untracked bench/runtime.sh   # the same without `debug_assertions`: no tracking
#   PROFILE=tracked-fast bench/runtime.sh  # tracked, with the runtime crate optimised
#
# The bench crate is bench/runtime/ (its own workspace); its build goes to
# target/bench/runtime/, away from the workspace's target directory.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
iters=${ITERS:-10000000}
check=no
[[ ${1:-} == --check ]] && check=yes
profile=${PROFILE:-release}
out=$root/target/bench/runtime
bin=$out/$profile/interior-bench-runtime

command -v valgrind >/dev/null || { echo "valgrind (callgrind) is required" >&2; exit 2; }
CARGO_TARGET_DIR=$out cargo build --quiet --profile "$profile" --manifest-path "$root/bench/runtime/Cargo.toml"

valgrind --tool=callgrind --callgrind-out-file="$out/$profile.callgrind.out" "$bin" "$iters" 2>"$out/$profile.valgrind.log"
# Inclusive cost per function; each bench function is #[inline(never)] and holds its whole loop.
callgrind_annotate --inclusive=yes --threshold=100 "$out/$profile.callgrind.out" >"$out/$profile.annotate.txt"

"$bin" 0 list >"$out/$profile.list.txt"
awk -v iters="$iters" -v check="$check" '
    FNR == NR { variant[$1] = $2; order[++n] = $1; next }
    /=>/ { next }
    match($0, /interior_bench_runtime::[a-z_]+ /) {
        name = substr($0, RSTART + 24, RLENGTH - 25)
        count = $1; gsub(",", "", count)
        ir[name] += count
    }
    END {
        printf "%-26s %10s %10s %7s\n", "op", "derived", "hand", "ratio"
        above = 0
        for (i = 1; i <= n; i++) {
            name = order[i]
            if (variant[name] == "baseline") { base = ir[name] / iters; continue }
            if (variant[name] != "derived") continue
            op = substr(name, 9)
            d = ir[name] / iters; h = ir["hand_" op] / iters
            if (h == 0) { printf "%-26s missing count\n", op; above = 1; continue }
            ratio = d / h
            flag = ""
            if (d > h + 0.005) { flag = "  <-- above hand-written"; above = 1 }
            printf "%-26s %10.2f %10.2f %7.2f%s\n", op, d, h, ratio, flag
        }
        printf "\ninstructions per iteration, %d iterations, callgrind; both columns include the\n", iters
        printf "harness loop itself (black_box of the struct and the result): %.2f per iteration.\n", base
        if (above && check == "yes") exit 1
    }' "$out/$profile.list.txt" "$out/$profile.annotate.txt"
