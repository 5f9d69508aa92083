# Shared set-up for scripts/run and scripts/test (sourced, not run): installs the Debian
# packages that are missing, then configures and builds one CMake preset incrementally.
# shellcheck shell=bash

BILATERAL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What Bilateral needs to build, to run (a font with Hangul and Kana, Qt's own
# translations, the platform plugins) and to be tested headless. dbus-x11 is what starts a
# stray session bus on a desktop without one: the test that we never do needs it.
BILATERAL_PACKAGES=(
    cmake ninja-build g++ clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev libgl-dev
    qt6-qpa-plugins qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev fonts-noto-cjk
    fonts-noto-core
    xvfb xauth poppler-utils desktop-file-utils appstream dbus-x11
    # The screen-reader test (tests/atspi) reads the running app over the AT-SPI bus.
    at-spi2-core python3-pyatspi xdotool
)

bilateral_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

bilateral_install_packages() {
    local missing=() package
    for package in "${BILATERAL_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    bilateral_log "Installing missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# bilateral_build PRESET: configure once, then build incrementally.
bilateral_build() {
    local preset=$1
    cd "$BILATERAL_ROOT" || return 1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        bilateral_log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null || return 1
    fi
    bilateral_log "Building ($preset)"
    cmake --build --preset "$preset"
}
