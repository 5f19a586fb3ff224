#!/bin/sh
# Install CaseApp for the current user, without root: the program goes to
# ~/.local/lib/caseapp, the command to ~/.local/bin/caseapp, the menu entry, icons and
# AppStream metadata to ~/.local/share. Run it from the unpacked folder:
#
#     tar xzf caseapp-VERSION-linux-x86_64.tar.gz && ./caseapp-VERSION/install.sh
#
# PREFIX=/some/where ./install.sh installs there instead of ~/.local. Running it again
# replaces an older version; uninstall.sh removes it. Case files are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-"$HOME/.local"}
app_id=org.caseapp.CaseApp
dest="$prefix/lib/caseapp"

if [ ! -x "$here/caseapp/caseapp" ]; then
  echo "install.sh: $here/caseapp/caseapp is missing; run the install.sh of the unpacked folder." >&2
  exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"

# The new program is copied beside the old one, then swapped in: a failed copy leaves the
# installed version as it was.
rm -rf "$dest.new"
cp -R "$here/caseapp" "$dest.new"
rm -rf "$dest"
mv "$dest.new" "$dest"
ln -sfn "$dest/caseapp" "$prefix/bin/caseapp"

(cd "$here/share" && find icons -type f) | while IFS= read -r icon; do
  mkdir -p "$prefix/share/$(dirname "$icon")"
  cp "$here/share/$icon" "$prefix/share/$icon"
done
cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"

# The desktop entry starts the installed executable by its full path (quoted as the
# Desktop Entry Specification asks), whether or not ~/.local/bin is on the PATH.
exec_path=$(printf '%s' "$dest/caseapp" | sed 's/[\\"`$]/\\\\&/g')
escaped=$(printf '%s' "$exec_path" | sed 's/[&|\\]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$escaped\"|" -e "s|^TryExec=.*|TryExec=$escaped|" \
  -e '/^# install.sh/d' \
  "$here/share/applications/$app_id.desktop" > "$prefix/share/applications/$app_id.desktop"

command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true

echo "CaseApp is installed in $dest."
echo "Start it from the applications menu, or run: $prefix/bin/caseapp"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH; add it to run \"caseapp\" by name.)" ;;
esac
