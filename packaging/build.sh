#!/usr/bin/env bash
# Build the one-folder bundle (and on Linux a tar.gz with an install script and a .deb) into dist/.
#   packaging/build.sh            build, then run the frozen --self-test
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap --build >/dev/null
PY=.venv/bin/python
VERSION="$($PY -c 'import nutrivoice_desktop as n; print(n.__version__)')"
$PY packaging/make_icons.py build/icons
$PY -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/nutrivoice.spec
QT_QPA_PLATFORM=offscreen dist/NutriVoice/nutrivoice --self-test --temp-basedir >/dev/null
case "$(uname -s)" in
  Linux)
    STAGE="build/NutriVoice-$VERSION-linux-$(uname -m)"
    rm -rf "$STAGE"; mkdir -p "$STAGE/icons"
    cp -a dist/NutriVoice "$STAGE/"
    cp packaging/linux/nutrivoice.desktop packaging/linux/install.sh "$STAGE/"
    cp build/icons/nutrivoice-*.png "$STAGE/icons/"
    tar -C build -czf "dist/$(basename "$STAGE").tar.gz" "$(basename "$STAGE")"
    DEB="$(packaging/linux/make_deb.sh "$VERSION" dist)"
    echo "bundle: $(du -sh dist/NutriVoice | cut -f1), archive: $(du -h "dist/$(basename "$STAGE").tar.gz" | cut -f1), deb: $(du -h "$DEB" | cut -f1)"
    ;;
  Darwin)
    hdiutil create -volname NutriVoice -srcfolder dist/NutriVoice.app -ov -format UDZO "dist/NutriVoice-$VERSION.dmg"
    ;;
esac
