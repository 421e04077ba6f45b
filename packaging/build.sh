#!/usr/bin/env bash
# Build the one-folder bundle (and on Linux a tar.xz with an install script and a .deb) into dist/.
#   packaging/build.sh            build, then run the frozen --self-test
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap --build >/dev/null
PY=.venv/bin/python
VERSION="$($PY -c 'import nutrivoice_desktop as n; print(n.__version__)')"
$PY packaging/make_icons.py build/icons
$PY -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/nutrivoice.spec
if [ "$(uname -s)" = Linux ]; then
    # the interpreter's debugging symbols (17 MB; pyenv and other source builds keep them). Only libpython:
    # PyInstaller's strip=True also strips wheels' libraries that auditwheel patched, and numpy's OpenBLAS
    # then fails to load ("ELF load command address/offset not page-aligned")
    strip --strip-debug dist/NutriVoice/_internal/libpython3*.so*
fi
QT_QPA_PLATFORM=offscreen dist/NutriVoice/nutrivoice --self-test --temp-basedir >/dev/null
case "$(uname -s)" in
  Linux)
    STAGE="build/NutriVoice-$VERSION-linux-$(uname -m)"
    rm -rf "$STAGE"; mkdir -p "$STAGE/icons"
    cp -a dist/NutriVoice "$STAGE/"
    cp packaging/linux/nutrivoice.desktop packaging/linux/install.sh "$STAGE/"
    cp build/icons/nutrivoice-*.png "$STAGE/icons/"
    # xz, not gzip: about a quarter smaller for these binaries (the .deb uses it too)
    rm -f dist/NutriVoice-*-linux-*.tar.*
    XZ_OPT="-6 -T0" tar -C build -cJf "dist/$(basename "$STAGE").tar.xz" "$(basename "$STAGE")"
    DEB="$(packaging/linux/make_deb.sh "$VERSION" dist)"
    echo "bundle: $(du -sh dist/NutriVoice | cut -f1), archive: $(du -h "dist/$(basename "$STAGE").tar.xz" | cut -f1), deb: $(du -h "$DEB" | cut -f1)"
    ;;
  Darwin)
    hdiutil create -volname NutriVoice -srcfolder dist/NutriVoice.app -ov -format UDZO "dist/NutriVoice-$VERSION.dmg"
    ;;
esac
