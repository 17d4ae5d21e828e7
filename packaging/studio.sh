#!/usr/bin/env bash
# The two commands of the README.
#
#   packaging/studio.sh run [ARGS...]   install what is missing, build, install the
#                                       default models, start Hires Studio
#   packaging/studio.sh test            install what is missing, build, run every test
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Release),
# CMAKE_ARGS (extra configure arguments, e.g. -DHIRES_SANITIZE=ON or
# -DTorch_DIR=/opt/libtorch/share/cmake/Torch), CTEST_ARGS (extra ctest arguments).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${BUILD_DIR:-"$root/build"}
build_type=${BUILD_TYPE:-Release}
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
    # shellcheck disable=SC2086
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${CMAKE_ARGS:-}
    cmake --build "$build" --parallel "$jobs"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    run)
        "$here/install-deps.sh" build
        configure_and_build
        "$here/install-default-models.sh" "$build"
        exec "$build/bin/hires-studio" "$@"
        ;;
    test)
        "$here/install-deps.sh" build test
        configure_and_build
        cd "$build"
        # Benchmarks (label bench) are run on demand: ctest -L bench
        # shellcheck disable=SC2086
        exec ctest --output-on-failure --parallel "$jobs" --label-exclude bench ${CTEST_ARGS:-}
        ;;
    *)
        echo "usage: $0 run [ARGS...] | test" >&2
        exit 2
        ;;
esac
