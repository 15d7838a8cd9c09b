#!/usr/bin/env bash
# test_install.sh: `cmake --install` into a temporary prefix puts every file
# where GNUInstallDirs says, and the installed binary works from there alone:
# its scenarios, its fonts, the desktop entry, metainfo and man page.
# Usage: test_install.sh BINARY SOURCE_DIR
bin=$1
src=$(cd "$2" 2>/dev/null && pwd)  # absolute: the binary runs from elsewhere
build=$(dirname "$bin")
if [ ! -x "$bin" ] || [ ! -f "$build/install-dirs.txt" ] || [ ! -d "$src/scenarios" ]; then
    echo "usage: test_install.sh BINARY SOURCE_DIR (BINARY in its build tree)" >&2
    exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
quietly() {  # quietly COMMAND...: its output only when it fails
    "$@" >"$tmp/quiet.out" 2>&1 || { sed 's/^/    /' "$tmp/quiet.out"; return 1; }
}
id=org.incidentdojo.IncidentDojo

# The install dirs this tree was configured with (CMakeLists.txt writes
# them), relative to the prefix.
install_dir() {
    sed -n "s|^$1=||p" "$build/install-dirs.txt"
}
bindir=$(install_dir bindir) datadir=$(install_dir datadir) mandir=$(install_dir mandir) docdir=$(install_dir docdir)
for d in "$bindir" "$datadir" "$mandir" "$docdir"; do
    case $d in
        "" | /*) echo "test_install: needs relative install dirs, got '$d'" >&2; exit 2 ;;
    esac
done
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1
expect "cmake --install exits 0" test $? -eq 0
share=$prefix/$datadir/incident-dojo
exe=$prefix/$bindir/incident-dojo

# Where each file belongs. scenarios/ and the fonts go whole, dot-entries
# (.meta, .luarc.json) and licences included.
shipped=()
for f in "$src"/scenarios/*/scenario.lua "$src"/scenarios/*.lua; do
    [ -e "$f" ] || continue
    case $f in */scenario.lua) f=${f%/scenario.lua} ;; *) f=${f%.lua} ;; esac
    shipped+=("$(basename "$f")")
done
expect "the source tree has scenarios to ship" test ${#shipped[@]} -gt 0
for s in "${shipped[@]}"; do
    expect "scenario $s is in $datadir/incident-dojo/scenarios" \
        test -f "$share/scenarios/$s/scenario.lua" -o -f "$share/scenarios/$s.lua"
done
expect "scenarios/.meta is installed" test -f "$share/scenarios/.meta/incident-dojo.lua"
expect "scenarios/.luarc.json is installed" test -f "$share/scenarios/.luarc.json"
expect "scenarios/ is installed whole" quietly diff -rq "$src/scenarios" "$share/scenarios"
expect "the fonts are installed" test -f "$share/assets/fonts/DejaVuSans.ttf"
expect "the fonts' licences are installed" test -f "$share/assets/fonts/LICENSE-DejaVu.txt"
expect "assets/fonts is installed whole" quietly diff -rq "$src/assets/fonts" "$share/assets/fonts"
expect "the binary is in $bindir" test -x "$exe"
expect "the desktop entry is in $datadir/applications" test -f "$prefix/$datadir/applications/$id.desktop"
expect "the metainfo is in $datadir/metainfo" test -f "$prefix/$datadir/metainfo/$id.metainfo.xml"
icons=$prefix/$datadir/icons/hicolor
expect "the scalable icon is installed" test -f "$icons/scalable/apps/$id.svg"
expect "the 256x256 icon is installed, and 256x256" python3 - "$icons/256x256/apps/$id.png" <<'PY'
import struct, sys
head = open(sys.argv[1], 'rb').read(24)
sys.exit(0 if head[:8] == b'\x89PNG\r\n\x1a\n' and struct.unpack('>II', head[16:24]) == (256, 256) else 1)
PY
expect "the window icon is installed beside the fonts" test -f "$share/assets/icons/$id.bmp"
expect "the licence is in $docdir" cmp -s "$src/LICENSE" "$prefix/$docdir/LICENSE"
expect "the README is in $docdir" test -s "$prefix/$docdir/README.md"
man1=$prefix/$mandir/man1/incident-dojo.1
expect "the man page is in $mandir/man1" test -s "$man1"

# The installed binary on its own: no INCIDENT_DOJO_* overrides, started
# from an unrelated folder, with a home of its own.
mkdir -p "$tmp/elsewhere" "$tmp/home"
no_overrides=()
for v in $(compgen -e); do
    case $v in INCIDENT_DOJO_*) no_overrides+=(-u "$v") ;; esac
done
run() {
    (cd "$tmp/elsewhere" && env "${no_overrides[@]}" HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" \
        XDG_CONFIG_HOME="$tmp/home/config" "$exe" "$@")
}
run list >"$tmp/list" 2>&1
expect "list exits 0" test $? -eq 0
listed=$(awk '{print $1}' "$tmp/list" | sort | tr '\n' ' ')
want=$(printf '%s\n' "${shipped[@]}" | sort | tr '\n' ' ')
expect "list shows the shipped scenarios ($want), not ($listed)" test "$listed" = "$want"
run check --strict "$share/scenarios" >"$tmp/check" 2>&1
expect "check --strict passes on the installed scenarios" test $? -eq 0
expect "check saw all ${#shipped[@]} of them" grep -q "^checked ${#shipped[@]} scenarios" "$tmp/check"
run play tutorial --actions "$src/tests/golden/tutorial/expert.json" --out "$tmp/result.json" \
    >"$tmp/play" 2>&1
expect "play tutorial (found by id) exits 0" test $? -eq 0
expect "the expert log scores 100" python3 -c \
    'import json, sys; sys.exit(0 if json.load(open(sys.argv[1]))["score"] == 100 else 1)' "$tmp/result.json"
expect "play prints the score" grep -q ": 100.0 / 100 " "$tmp/play"

# Fonts: the start-up bench opens the desktop headless, which needs them;
# with them hidden it must fail, so the check is worth something.
run bench startup --headless >"$tmp/bench" 2>&1
expect "the installed binary finds its fonts (bench startup --headless)" grep -q "startup_ms=" "$tmp/bench"
mv "$share/assets/fonts" "$tmp/fonts.away"
run bench startup --headless >"$tmp/bench" 2>&1
expect "without them, start-up fails and says so" grep -q "fonts not found" "$tmp/bench"
mv "$tmp/fonts.away" "$share/assets/fonts"

# The man page: generated from --help, so it has every command --help
# lists, as an entry of its own, and the binary's version.
"$exe" --help >"$tmp/help"
commands=$(awk '/^Commands:$/ {on = 1; next} /^$/ {on = 0} on && /^  [a-z]/ {print $1}' "$tmp/help")
expect "--help lists commands" test -n "$commands"
groff -man -Tascii -P-c -P-b -P-u "$man1" >"$tmp/man.txt" 2>/dev/null
for c in $commands; do  # a term sits at the page's indent (7), its text deeper
    expect "the man page has an entry for '$c'" grep -qE "^ {7}$c( |$)" "$tmp/man.txt"
done
version=$("$exe" --version | head -1 | awk '{print $2}')
expect "the man page is of version $version" grep -qF "\"incident\\-dojo $version\"" "$man1"
groff -man -Tutf8 -ww -z "$man1" >"$tmp/groff.err" 2>&1
expect "groff -ww renders the man page without warnings" test $? -eq 0 -a ! -s "$tmp/groff.err"
cat "$tmp/groff.err"

# Desktop entry and metainfo: valid, and naming one another, the icon and
# the binary as installed.
desktop=$prefix/$datadir/applications/$id.desktop
metainfo=$prefix/$datadir/metainfo/$id.metainfo.xml
expect "the desktop entry runs the installed binary" grep -qx "Exec=$(basename "$exe")" "$desktop"
expect "the desktop entry's icon is the app id" grep -qx "Icon=$id" "$desktop"
expect "the metainfo launches the desktop entry" grep -qF "<launchable type=\"desktop-id\">$id.desktop<" "$metainfo"
expect "the metainfo's release is version $version" grep -qF "<release version=\"$version\"" "$metainfo"
if command -v desktop-file-validate >/dev/null; then
    expect "desktop-file-validate passes" quietly desktop-file-validate "$desktop"
else
    echo "skip: desktop-file-validate is not installed (scripts/test.sh installs it)"
fi
if command -v appstreamcli >/dev/null; then
    expect "appstreamcli validate passes" quietly appstreamcli validate --no-net "$metainfo"
    # The tree: the metainfo with the desktop entry and icon it points at.
    # It looks only under share/, and finding nothing there would pass.
    if [ "$datadir" = share ]; then
        expect "appstreamcli validate-tree passes" quietly appstreamcli validate-tree --no-net "$prefix"
    fi
else
    echo "skip: appstreamcli is not installed (scripts/test.sh installs it)"
fi

testing_done test_install
