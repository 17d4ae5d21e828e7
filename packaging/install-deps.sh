#!/usr/bin/env bash
# Installs what Hires Studio needs from the Debian/Ubuntu archive, and nothing
# that is already there. Idempotent; works as root or through sudo.
#
#   packaging/install-deps.sh [build] [test] [bench]
#
# build: compiler, CMake, Qt 6, libtorch, OpenCV, OpenBLAS (always included)
# test:  what the test suite uses (python3-torch for reference outputs, python3-regex for
#        the CLIP tokenizer reference, Xvfb, npm, clang, the validators of the desktop
#        files, debootstrap for the package test)
# bench: what the benchmarks compare against (Vulkan CPU driver for upscayl-bin)
set -euo pipefail

profiles=("$@")
[ ${#profiles[@]} -eq 0 ] && profiles=(build)

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 (widgets, tools, translations, SVG icons, HTTP server)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins
    libgl-dev
    # the hicolor icons are rendered from the SVG at build time; the .deb
    librsvg2-bin dpkg-dev fakeroot file
    # neural networks and images
    libtorch-dev libopencv-dev opencv-data zlib1g-dev
    # without an optimised BLAS libtorch multiplies matrices ~16x slower
    libopenblas0-openmp
    # the default models come from the npm registry
    npm
)
for profile in "${profiles[@]}"; do
    case "$profile" in
        build) ;;
        test)
            packages+=(python3 python3-torch python3-numpy python3-pil python3-regex xvfb xauth
                       clang libclang-rt-14-dev llvm appstream desktop-file-utils
                       man-db debootstrap)
            ;;
        bench)
            packages+=(mesa-vulkan-drivers libvulkan1 libgomp1 time)
            ;;
        *) echo "install-deps: unknown profile '$profile' (build, test, bench)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    # npm may come with a nodejs that is not Debian's (it ships its own npm).
    if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then
        continue
    fi
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed (${profiles[*]})"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
