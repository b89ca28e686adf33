#!/bin/sh
# Install a built CoopEval folder (make dist → dist/CoopEval) with its desktop entry, icons,
# AppStream metadata and file types, so a double-click on a .coopeval or .coopeval-pack file opens it.
#
#   sudo packaging/linux/install.sh dist/CoopEval             # everyone: /opt/coopeval + /usr/local
#   PREFIX=$HOME/.local APPDIR=$HOME/.local/lib/coopeval \
#        packaging/linux/install.sh dist/CoopEval             # just me, no root
#
# Remove with: rm -rf "$APPDIR" "$PREFIX/bin/coopeval" and the files listed by this script.
set -eu

BUILT=${1:?usage: install.sh BUILT_FOLDER (e.g. dist/CoopEval)}
PREFIX=${PREFIX:-/usr/local}
APPDIR=${APPDIR:-/opt/coopeval}
ID=org.coopeval.CoopEval
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=$HERE/../../resources/icons

[ -x "$BUILT/coopeval" ] || { echo "install.sh: $BUILT/coopeval not found; run 'make dist' first." >&2; exit 1; }

# The app folder is replaced whole, so files from an older version never linger.
rm -rf "$APPDIR.new"
mkdir -p "$(dirname "$APPDIR")"
cp -R "$BUILT" "$APPDIR.new"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
mkdir -p "$PREFIX/bin"
ln -sf "$APPDIR/coopeval" "$PREFIX/bin/coopeval"

install -D -m 644 "$HERE/$ID.desktop" "$PREFIX/share/applications/$ID.desktop"
install -D -m 644 "$HERE/$ID.metainfo.xml" "$PREFIX/share/metainfo/$ID.metainfo.xml"
install -D -m 644 "$HERE/$ID.mime.xml" "$PREFIX/share/mime/packages/$ID.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$ICONS/coopeval-$size.png" "$PREFIX/share/icons/hicolor/${size}x$size/apps/$ID.png"
done
install -D -m 644 "$ICONS/coopeval.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"

# Refresh the caches desktops read; each tool is optional on a minimal system.
command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true

echo "Installed CoopEval in $APPDIR; run 'coopeval --selftest' to check it."
