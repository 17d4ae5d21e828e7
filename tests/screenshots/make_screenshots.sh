#!/bin/sh
# Takes the screenshots in docs/screenshots under a virtual X server.
# Usage: tests/screenshots/make_screenshots.sh [BUILD_DIR [FACE_MODEL_DIR]]
#   BUILD_DIR default: build; FACE_MODEL_DIR: a folder holding GFPGANv1.4.pth
#   (without one the Upscale page shows which file to add).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build"}
"$root/tests/tools/fetch_test_data.sh" "$build/_downloads" >/dev/null
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/hires_screenshots" "$root/docs/screenshots" ${2:+"$2"}
