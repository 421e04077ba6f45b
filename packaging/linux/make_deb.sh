#!/usr/bin/env bash
# Pack the frozen one-folder bundle (dist/NutriVoice) as a Debian/Ubuntu package, offline with dpkg-deb:
#   packaging/linux/make_deb.sh VERSION OUT_DIR
# Layout: the bundle in /opt/nutrivoice-desktop, /usr/bin/nutrivoice, a desktop entry and hicolor icons.
# Depends lists only what the bundle loads from the system and does not carry: PyInstaller collects the
# Python, Qt, OpenCV and PortAudio libraries; the sound server, a keyring and fonts are the desktop's.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="$1"; OUT="$2"
ARCH="$(dpkg --print-architecture)"
STAGE="build/deb/nutrivoice-desktop_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/nutrivoice-desktop"
cp -a dist/NutriVoice "$STAGE/opt/nutrivoice-desktop"
ln -s /opt/nutrivoice-desktop/nutrivoice "$STAGE/usr/bin/nutrivoice"
sed "s|@PREFIX@/NutriVoice/nutrivoice|/usr/bin/nutrivoice|" packaging/linux/nutrivoice.desktop \
  > "$STAGE/usr/share/applications/nutrivoice-desktop.desktop"
for png in build/icons/nutrivoice-*.png; do
  size="$(basename "$png" .png | sed 's/nutrivoice-//')"
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/nutrivoice-desktop.png"
done
cp LICENSE "$STAGE/usr/share/doc/nutrivoice-desktop/copyright" 2>/dev/null || \
  echo "NutriVoice Desktop; food data: USDA FoodData Central (public domain)" > "$STAGE/usr/share/doc/nutrivoice-desktop/copyright"
# files are root's and readable by all, whoever builds (dpkg-deb --root-owner-group sets the owner)
chmod -R u+rwX,go+rX,go-w "$STAGE"
installed_kb="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: nutrivoice-desktop
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: NutriVoice Desktop developers <nutrivoice@localhost>
Installed-Size: ${installed_kb}
Section: utils
Priority: optional
Depends: libc6 (>= 2.31), libasound2 | libasound2t64, libfontconfig1, libfreetype6, libgl1, libegl1,
 libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1
Recommends: pulseaudio | pipewire-pulse, libasound2-plugins, gnome-keyring | kwalletmanager, fonts-dejavu-core,
 fonts-lohit-deva
Homepage: https://github.com/nutrivoice/nutrivoice-desktop
Description: voice-first nutrition assistant
 Talk to your nutrition plan: NutriVoice uses Google's Gemini Live API to answer in
 speech and keeps a food diary from USDA data, rebalancing the day's meals when you
 skip one, compensating unplanned food and swapping ingredients.
CONTROL
# a desktop menu refresh where the tools exist (they are optional on minimal systems)
cat > "$STAGE/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
SCRIPT
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
chmod 0755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT/nutrivoice-desktop_${VERSION}_${ARCH}.deb" >/dev/null
echo "$OUT/nutrivoice-desktop_${VERSION}_${ARCH}.deb"
