#!/usr/bin/env bash
# Builds the libFuzzer targets of the model file readers in their own clang
# build folder and runs each for a while, seeded from the test fixtures.
#
#   tests/fuzz/run_fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS] [PYTHON]
#
# SECONDS per target (default 20). The corpus each run finds is kept in
# BUILD_DIR/corpus/<target> and grows from run to run; crashes are written
# to BUILD_DIR/artifacts/ and make the script fail. docs/fuzzing.md has more.
set -euo pipefail

src=$(cd "$1" && pwd)
out=$2
seconds=${3:-20}
python=${4:-/usr/bin/python3}
jobs=${FUZZ_JOBS:-2}

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run_fuzzers: clang++ is missing; install it with: packaging/install-deps.sh test" >&2
    exit 1
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
cmake -S "$src/tests/fuzz" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" --parallel "$jobs"

if [ ! -f "$out/seeds/.stamp" ] || [ "$src/tests/python/make_checkpoints.py" -nt "$out/seeds/.stamp" ]; then
    rm -rf "$out/seeds"
    "$python" "$src/tests/python/make_fuzz_seeds.py" "$out/seeds"
    date -u +%FT%TZ > "$out/seeds/.stamp"
fi

mkdir -p "$out/artifacts"
status=0
for pair in fuzz_safetensors:safetensors fuzz_pytorch_checkpoint:pytorch fuzz_ncnn:ncnn; do
    target=${pair%%:*}
    seeds=$out/seeds/${pair#*:}
    mkdir -p "$out/corpus/$target"
    echo "run_fuzzers: $target for ${seconds}s"
    if ! "$out/$target" "$out/corpus/$target" "$seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 2>"$out/$target.log"; then
        echo "run_fuzzers: $target FAILED; the reproducer is in $out/artifacts/:" >&2
        tail -n 60 "$out/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb|INFO: .*files found" "$out/$target.log" | tail -4 || true
    fi
done
exit $status
