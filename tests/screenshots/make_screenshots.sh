#!/bin/sh
# Takes the screenshots in docs/screenshots under a virtual X server.
# Usage: tests/screenshots/make_screenshots.sh [BUILD_DIR]   (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build"}
"$root/tests/tools/fetch_test_data.sh" "$build/_downloads" >/dev/null
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/hires_screenshots" "$root/docs/screenshots"
