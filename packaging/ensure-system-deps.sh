#!/usr/bin/env bash
# Installs the Debian packages Simak needs when they are missing: Qt's X11 libraries, Xvfb
# for the real-X tests, fonts, and the free dictionaries Simak reads. As root with apt-get it
# installs them; otherwise it prints the exact command and stops.
set -euo pipefail

# library file -> Debian package
declare -A LIBS=(
  [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0
  [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libEGL.so.1]=libegl1
  [libGL.so.1]=libgl1
  [libfontconfig.so.1]=libfontconfig1
  [libdbus-1.so.3]=libdbus-1-3
)
# file that proves the package is there -> Debian package
declare -A FILES=(
  [/usr/bin/Xvfb]=xvfb
  [/usr/bin/xauth]=xauth
  [/usr/bin/xdotool]=xdotool
  [/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf]=fonts-dejavu-extra
  [/usr/share/dictd/freedict-eng-ind.index]=dict-freedict-eng-ind
  [/usr/share/mythes/th_id_ID_v2.idx]=mythes-id
)
# optional: the app works without them (pronunciation, screenshots)
declare -A OPTIONAL=(
  [/usr/bin/espeak-ng]=espeak-ng
  [/usr/bin/import]=imagemagick
  [/usr/bin/xwininfo]=x11-utils
  [/usr/bin/desktop-file-validate]=desktop-file-utils
  [/usr/bin/appstreamcli]=appstream
)

missing=()
ldcache=$(ldconfig -p 2>/dev/null || true)  # read once: `ldconfig | grep -q` breaks under pipefail
have_lib() { grep -qF "$1" <<<"$ldcache"; }
for lib in "${!LIBS[@]}"; do have_lib "$lib" || missing+=("${LIBS[$lib]}"); done
for file in "${!FILES[@]}"; do [ -e "$file" ] || missing+=("${FILES[$file]}"); done
optional=()
for file in "${!OPTIONAL[@]}"; do [ -e "$file" ] || optional+=("${OPTIONAL[$file]}"); done

[ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  echo "Installing system packages: ${missing[*]} ${optional[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null || true
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" "${optional[@]}" >/dev/null
  exit 0
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Simak needs these system packages. Install them, then run make again:" >&2
  if command -v apt-get >/dev/null 2>&1; then
    echo "  sudo apt-get install ${missing[*]} ${optional[*]}" >&2
  elif command -v dnf >/dev/null 2>&1; then
    echo "  sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms xorg-x11-server-Xvfb dejavu-serif-fonts" >&2
  else
    echo "  (Debian names) ${missing[*]}" >&2
  fi
  exit 1
fi
exit 0
