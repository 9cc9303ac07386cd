#!/usr/bin/env bash
# Lingong Hall: set up, build, and either start the kiosk on the demo database or run the tests.
#
#   packaging/lingong.sh run    # build, then start the kiosk on the embedded demo database
#   packaging/lingong.sh test   # build, then run the whole test suite through CTest
#
# Installs the Debian 12 packages it needs when they are missing (as root; otherwise it says
# which ones to install). Builds into ./build (override with LINGONG_BUILD_DIR).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LINGONG_BUILD_DIR:-$here/build}
action=${1:-}

packages=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-translations-l10n
    qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin
    speech-dispatcher speech-dispatcher-espeak-ng
    libgl-dev libxkbcommon-dev
    catch2 libqrencode-dev libsodium-dev libsqlite3-dev
    fonts-noto-cjk fonts-noto-color-emoji xvfb xauth
)

usage() {
    echo "usage: $0 run|test" >&2
    exit 2
}

ensure_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them as root:  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLINGONG_WERROR=$werror "${launcher[@]}"
    cmake --build "$build" --parallel "$(nproc)"
}

run_kiosk() {
    local data="$build/demo"
    mkdir -p "$data"
    local db="$data/kiosk-demo.sqlite"
    local exe="$build/app/lingong"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        echo "Starting the kiosk on $db (the demo set is created on first start)."
        echo "Staff leave it by pressing the top-left corner for 5 seconds and entering the PIN."
        exec "$exe" --mode kiosk --db "$db" ${LINGONG_WINDOWED:+--windowed} "$@"
    fi
    # No screen attached (e.g. a server or CI): run the kiosk on a virtual screen.
    echo "No display found: starting the kiosk on a virtual X screen (Xvfb)."
    echo "Its screens are also rendered to $build/screenshots for a look."
    QT_QPA_PLATFORM=offscreen "$exe" --mode kiosk --db "$db" --screenshots "$build/screenshots" "$@"
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" --mode kiosk --db "$db" "$@"
}

run_tests() {
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j "$(nproc)"
}

case "$action" in
run)
    shift
    ensure_packages
    configure_and_build
    run_kiosk "$@"
    ;;
test)
    ensure_packages
    configure_and_build
    run_tests
    ;;
*) usage ;;
esac
