#!/usr/bin/env bash
# Builds the Linux bundle: dist/p2p-backoffice/ (one folder) and dist/p2p-backoffice-<version>-linux-<arch>.tar.gz.
#
#     installers/linux/build.sh            # uses .venv (creates it if missing), like `make package`
#     VENV=/tmp/pkg-venv installers/linux/build.sh
#
# Installs the project with its pinned `package` extra (PyInstaller), runs the spec, smoke-tests the bundle
# (--run-server --help), and packs the folder with the desktop entry and icon.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
NAME=p2p-backoffice

started=$(date +%s)
# The spec assembles a smaller ICU data library (installers/pyinstaller/icu_data.py) with gcc and reads the
# original with binutils' readelf and nm.
for tool in gcc readelf nm; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed (Debian: sudo apt-get install gcc)" >&2; exit 1; }
done
test -x "$PY" || "$PYTHON" -m venv "$VENV"
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q -c constraints.txt -e '.[package]'

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/pyinstaller/$NAME.spec

BUNDLE="dist/$NAME"
# The bundle must start its server without an interpreter: the hidden entry answers with the server's usage.
"$BUNDLE/$NAME" --run-server --help >/dev/null

cp installers/linux/$NAME.desktop installers/linux/$NAME.svg "$BUNDLE/"
VERSION=$("$PY" -c 'from server import __version__; print(__version__)')
ARCHIVE="dist/$NAME-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$ARCHIVE" "$NAME"

echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "archive: $ARCHIVE ($(du -sh "$ARCHIVE" | cut -f1))"
echo "built in $(( $(date +%s) - started )) s"
