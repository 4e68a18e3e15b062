#!/bin/sh
# Adds cg-desktop, unpacked from its .tar.xz, to your applications menu, and makes
# .cgprofile files open in it. Run it from the unpacked folder: ./add-to-menu.sh
# For you only (no administrator rights); ./add-to-menu.sh --remove takes it out again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
entry="$data/applications/cg-desktop.desktop"
icon="$data/icons/hicolor/scalable/apps/cg-desktop.svg"
mime="$data/mime/packages/cg-desktop.xml"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon" "$mime"
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  echo "cg-desktop is no longer in your applications menu (its folder $here is untouched)."
  exit 0
fi

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$mime")"
cp "$here/share/cg-desktop.svg" "$icon"
cp "$here/share/cg-desktop-mime.xml" "$mime"
# The menu entry runs this folder's cg-desktop: it is not on the PATH. The path is quoted
# as the desktop-entry spec says: \ " ` $ get a backslash (doubled, as the file's strings
# unescape once), and % is doubled (% starts a field code).
program=$(printf '%s' "$here/cg-desktop" |
  sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
: > "$entry"
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    Exec=cg-desktop*) printf 'Exec="%s"%s\n' "$program" "${line#Exec=cg-desktop}" ;;
    *) printf '%s\n' "$line" ;;
  esac >> "$entry"
done < "$here/share/cg-desktop.desktop"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 &&
  update-desktop-database "$data/applications" || true
echo "cg-desktop is in your applications menu; .cgprofile files open in it."
echo "If you move this folder, run ./add-to-menu.sh again from its new place."
