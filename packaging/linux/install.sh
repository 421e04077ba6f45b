#!/usr/bin/env sh
# Install NutriVoice for the current user (no root): ./install.sh    Remove: ./install.sh --uninstall
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local/opt}"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX/NutriVoice" "$APPS/nutrivoice-desktop.desktop"
  find "$ICONS" -name 'nutrivoice-desktop.png' -delete 2>/dev/null || true
  echo "NutriVoice removed (your diary and settings stay in ~/.local/share and ~/.config/nutrivoice-desktop)."
  exit 0
fi
mkdir -p "$PREFIX" "$APPS"
rm -rf "$PREFIX/NutriVoice"
cp -a "$HERE/NutriVoice" "$PREFIX/NutriVoice"
sed "s|@PREFIX@|$PREFIX|g" "$HERE/nutrivoice.desktop" > "$APPS/nutrivoice-desktop.desktop"
for png in "$HERE"/icons/nutrivoice-*.png; do
  size="$(basename "$png" .png | sed 's/nutrivoice-//')"
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$png" "$ICONS/${size}x${size}/apps/nutrivoice-desktop.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
echo "NutriVoice installed: find it in your applications menu, or run $PREFIX/NutriVoice/nutrivoice"
