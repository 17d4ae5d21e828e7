#!/usr/bin/env bash
# The package test: builds the .deb, installs it with apt into a clean Debian 12
# root made by debootstrap, and runs the installed program there: --version,
# the files a desktop needs, and a LANCZOS upscale from the command line (with
# no model installed, the default model falls back to LANCZOS too).
#
#   packaging/test-package.sh BUILD_DIR
#
# Needs root (chroot), debootstrap and the Debian mirror; without root it is
# skipped. The minimal root is cached as a tarball in HIRES_PACKAGE_CACHE
# (default BUILD_DIR/_downloads/debian-root), and the packages apt downloads
# next to it, so a second run needs the network only for apt's index.
# Environment: HIRES_DEBIAN_MIRROR (default: the first Debian mirror of this
# machine's apt sources), HIRES_DEBIAN_SUITE (default bookworm).
set -euo pipefail

build=$(cd "${1:?usage: test-package.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
suite=${HIRES_DEBIAN_SUITE:-bookworm}
cache=${HIRES_PACKAGE_CACHE:-"$build/_downloads/debian-root"}
work="$build/_package/test-root"
skip=77 # CTest's SKIP_RETURN_CODE for this test

log() { echo "test-package: $*"; }
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    log "needs root for chroot; skipped"
    exit $skip
fi
command -v debootstrap >/dev/null || fail "debootstrap is missing (packaging/install-deps.sh test)"

mirror=${HIRES_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    # The first Debian archive URI this machine's apt uses (deb822 or one-line).
    mirror=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ \
                 2>/dev/null | head -n1 | tr -d ' ' || true)
    mirror=${mirror:-http://deb.debian.org/debian}
fi

# 1. The package, from the build that ctest runs in.
log "building the package"
rm -rf "$build/_package"/*.deb
(cd "$build" && cpack --config "$build/CPackConfig.cmake" -B "$build/_package" >/dev/null)
deb=$(ls "$build/_package"/hires-studio_*.deb | head -n1)
[ -f "$deb" ] || fail "cpack made no .deb"
log "$(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
contents=$(dpkg-deb -c "$deb") # (grep -q on the pipe would end dpkg-deb early)
grep -q './usr/bin/hires-studio$' <<<"$contents" || fail "the package has no /usr/bin/hires-studio"

# 2. A clean root: the cached minbase tarball, unpacked fresh every run.
mkdir -p "$cache/archives"
tarball="$cache/$suite-minbase.tar.gz"
if [ ! -f "$tarball" ]; then
    log "debootstrap $suite from $mirror (once; cached in $tarball)"
    fresh="$cache/bootstrap.tmp"
    rm -rf "$fresh"
    debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        fail "debootstrap failed, see $cache/debootstrap.log"
    rm -rf "$fresh/var/cache/apt/archives"/*.deb
    tar -C "$fresh" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$fresh"
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

umount -l "$work/proc" 2>/dev/null || true # left by an interrupted run
rm -rf "$work"
mkdir -p "$work"
tar -C "$work" -xzf "$tarball"
cp /etc/resolv.conf "$work/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror $suite main" >"$work/etc/apt/sources.list"
mount -t proc proc "$work/proc" && mounted+=("$work/proc")
# Packages downloaded by an earlier run: hard links, no copy.
cp -al "$cache/archives/." "$work/var/cache/apt/archives/" 2>/dev/null ||
    cp -a "$cache/archives/." "$work/var/cache/apt/archives/" || true # another file system

in_root() { chroot "$work" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# 3. apt resolves the package's Depends from the archive: a missing or wrong
# dependency shows up here or when the program starts below.
cp "$deb" "$work/tmp/"
log "apt-get install $(basename "$deb") into the clean root"
in_root apt-get update -qq || fail "apt-get update in the root failed"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$build/_package/apt-install.log" 2>&1 ||
    fail "apt-get install failed: $(tail -n 20 "$build/_package/apt-install.log")"
cp -al "$work/var/cache/apt/archives/"*.deb "$cache/archives/" 2>/dev/null ||
    cp -a "$work/var/cache/apt/archives/"*.deb "$cache/archives/" || true

# 4. The installed program, with no display and no model.
version=$(in_root hires-studio --version) || fail "hires-studio --version failed"
log "installed: ${version%%$'\n'*}"
grep -q "^Hires Studio $(dpkg-deb -f "$deb" Version)" <<<"$version" ||
    fail "--version says '$version', the package is $(dpkg-deb -f "$deb" Version)"
for f in usr/share/applications/io.github.hires_studio.HiresStudio.desktop \
         usr/share/metainfo/io.github.hires_studio.HiresStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.hires_studio.HiresStudio.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.hires_studio.HiresStudio.png \
         usr/share/man/man1/hires-studio.1.gz; do
    [ -s "$work/$f" ] || fail "/$f is not installed"
done

# The catalogues are compiled in: the system language picks one.
help_de=$(in_root env LANGUAGE=de hires-studio --help) || fail "hires-studio --help failed"
[[ $help_de == *"Befehle:"* ]] || fail "LANGUAGE=de hires-studio --help is not German: $help_de"

# A real photo (the test data fixture), upscaled 2x with LANCZOS.
photo="$build/_downloads/photos/astronaut.png"
[ -f "$photo" ] || fail "$photo is missing (the fetch_test_data fixture provides it)"
cp "$photo" "$work/tmp/in.png"
in_root hires-studio upscale -m lanczos -s 2 -o /tmp/out.png /tmp/in.png ||
    fail "hires-studio upscale -m lanczos failed"
[[ $(file "$work/tmp/out.png") == *"PNG image data, 1024 x 1024"* ]] ||
    fail "the output is not a 1024x1024 PNG: $(file "$work/tmp/out.png")"

# No model installed: the default model is not found, and LANCZOS does the work.
in_root hires-studio upscale -s 2 --json -o /tmp/fallback.png /tmp/in.png \
    >"$build/_package/fallback.json" 2>"$build/_package/fallback.err" ||
    fail "the upscale without models failed: $(cat "$build/_package/fallback.err")"
fallback=$(cat "$build/_package/fallback.json")
[[ $fallback == *'"fell_back":true'* && $fallback == *'"used":"lanczos"'* ]] ||
    fail "the upscale without models did not report LANCZOS: $(cat "$build/_package/fallback.json")"
[[ $(file "$work/tmp/fallback.png") == *"PNG image data, 1024 x 1024"* ]] ||
    fail "the fallback output is not a 1024x1024 PNG"

cleanup
trap - EXIT
rm -rf "$work"
log "OK: $(basename "$deb") installs on a clean $suite root and upscales"
