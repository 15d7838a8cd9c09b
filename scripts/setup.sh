# setup.sh: sourced by run.sh and test.sh. Installs the Debian packages the
# project needs when any is missing (and nothing when all are there), then
# configures and builds a tree.

DOJO_PACKAGES=(cmake make gcc clang pkg-config libsdl2-dev libsdl2-ttf-dev liblua5.4-dev lua5.4
               libcjson-dev fonts-dejavu-core python3 xvfb xdotool imagemagick)
# Only the tests need these: Graphviz to read what `graph` writes, the
# validators of the installed desktop entry, metainfo and man page, and
# xprop (x11-utils) to see the window's icon.
DOJO_TEST_PACKAGES=(graphviz desktop-file-utils appstream groff-base man-db x11-utils)

# dojo_install_missing [PACKAGE...]: the packages given, DOJO_PACKAGES by default.
dojo_install_missing() {
    local missing=() p
    [ $# -eq 0 ] && set -- "${DOJO_PACKAGES[@]}"
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# dojo_build DIR [cmake options...]
dojo_build() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j"$(nproc)"
}
