#!/usr/bin/env bash
# Builds the one-folder bundle dist/simak/ and the tarball dist/simak-<version>-linux-x86_64.tar.gz.
# Run from the repository root (`make dist` does), after `make setup`.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
version=$("$BIN/python" -c 'import simak; print(simak.__version__)')
arch=$(uname -m)
name="simak-${version}-linux-${arch}"
start=$(date +%s)

# Icons: PNG sizes from the one SVG (offscreen Qt, no display needed).
QT_QPA_PLATFORM=offscreen "$BIN/python" packaging/linux/render_icons.py

"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/simak.spec

# Desktop integration files travel next to the bundle, in the layout of a prefix (share/...).
share=dist/simak/share
rm -rf "$share"
install -Dm644 packaging/linux/io.github.simak.Simak.desktop "$share/applications/io.github.simak.Simak.desktop"
install -Dm644 packaging/linux/io.github.simak.Simak.metainfo.xml "$share/metainfo/io.github.simak.Simak.metainfo.xml"
install -Dm644 resources/icons/simak.svg "$share/icons/hicolor/scalable/apps/io.github.simak.Simak.svg"
for png in packaging/linux/icons/*/io.github.simak.Simak.png; do
  size=$(basename "$(dirname "$png")")
  install -Dm644 "$png" "$share/icons/hicolor/$size/apps/io.github.simak.Simak.png"
done
install -m755 packaging/linux/install.sh dist/simak/install.sh
for doc in README.md NOTICE LICENSE COPYING; do
  [ -f "$doc" ] && install -m644 "$doc" "dist/simak/$doc"
done

# Smoke test before packing: the CLI answers and finds its bundled data.
dist/simak/simak --version

tarball="dist/${name}.tar.gz"
tar -C dist --transform "s,^simak,${name}," -czf "$tarball" simak
end=$(date +%s)

echo "bundle:  dist/simak/ $(du -sh dist/simak | cut -f1)"
echo "tarball: $tarball $(du -h "$tarball" | cut -f1)"
echo "built in $((end - start)) s"
