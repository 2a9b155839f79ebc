#!/usr/bin/env bash
# Photograph the running app on a private X server (see ../shared/tools/screenshot).
set -u
out=${1:-simak-screenshot.png}
if [ -x ../shared/tools/screenshot ]; then
  exec ../shared/tools/screenshot "$out" "${2:-6}"
fi
disp=":$(( 90 + RANDOM % 9 ))"
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
sleep 1
data=$(mktemp -d)
DISPLAY=$disp QT_QPA_PLATFORM=xcb SIMAK_DATA_DIR=$data .venv/bin/simak >/tmp/screenshot-app.log 2>&1 & apid=$!
sleep "${2:-6}"
DISPLAY=$disp import -window root "$out" && echo "saved $out"
kill "$apid" "$xpid" 2>/dev/null
