#!/usr/bin/env bash
# Installs this unpacked Simak bundle for the current user (or system-wide with PREFIX=/usr/local
# as root): the program folder, a `simak` command, the menu entry, AppStream data and icons.
# Remove with: install.sh --uninstall
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
app_dir="$PREFIX/lib/simak"
app_id=io.github.simak.Simak

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app_dir" "$PREFIX/bin/simak" "$PREFIX/share/applications/$app_id.desktop" \
    "$PREFIX/share/metainfo/$app_id.metainfo.xml"
  find "$PREFIX/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  echo "Simak removed from $PREFIX"
  exit 0
fi

mkdir -p "$app_dir" "$PREFIX/bin" "$PREFIX/share"
cp -a "$here/." "$app_dir/"
rm -rf "$app_dir/share" "$app_dir/install.sh"
ln -sfn "$app_dir/simak" "$PREFIX/bin/simak"
cp -a "$here/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Simak installed in $app_dir; run 'simak' (make sure $PREFIX/bin is on your PATH)"
