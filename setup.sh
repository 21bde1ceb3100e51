#!/usr/bin/env bash
# Headroom's one set-up script, for a fresh Debian 12 machine (run as root or with sudo).
#   ./setup.sh            install what is missing, build, open Headroom on the sample project
#                         (with no display: write the SVG report instead)
#   ./setup.sh test       install what is missing, build, run every test
#   ./setup.sh build      install what is missing and build
#   ./setup.sh run ARGS   build, then run headroom with ARGS
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="${HEADROOM_BUILD_DIR:-$here/build}"
mode="${1:-run}"
[ $# -gt 0 ] && shift

packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libtree-sitter-dev libgraphviz-dev libigraph-dev libtomlplusplus-dev libgit2-dev
    libsqlite3-dev libxxhash-dev
    fonts-dejavu-core fonts-droid-fallback
)
# The tests also read real code nobody here wrote: Django 3.2 and the standard library.
# clang-format-14 checks that the sources keep .clang-format's layout.
test_packages=(python3 python3-django xvfb xauth imagemagick clang-format-14)

install_missing() {
    local wanted=("$@") missing=() p
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # The grammar comes from the npm registry; any working npm will do.
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            echo "setup.sh: these Debian packages are missing and I am not root: ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "setup.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
    run)
        install_missing "${packages[@]}"
        build_all
        exec "$build/app/headroom" "$@"
        ;;
    build)
        install_missing "${packages[@]}"
        build_all
        ;;
    test)
        install_missing "${packages[@]}" "${test_packages[@]}"
        build_all -DHEADROOM_WERROR=ON # a warning fails CI
        cd "$build"
        exec ctest --output-on-failure --timeout 900 "$@"
        ;;
    *)
        sed -n '2,7p' "$0" >&2
        exit 2
        ;;
esac
