#!/bin/sh
# Remove what install.sh installed (PREFIX as for install.sh, default ~/.local). The case
# files, backups and settings in your data folder are left alone.
set -eu

prefix=${PREFIX:-"$HOME/.local"}
app_id=org.caseapp.CaseApp

rm -rf "$prefix/lib/caseapp" "$prefix/lib/caseapp.new"
if [ -L "$prefix/bin/caseapp" ]; then rm -f "$prefix/bin/caseapp"; fi
rm -f "$prefix/share/applications/$app_id.desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
find "$prefix/share/icons/hicolor" -name "$app_id.*" -path '*/apps/*' -type f -exec rm -f {} + 2>/dev/null || true

command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$prefix/share/applications" || true
echo "CaseApp is removed. Your case files are where they were."
