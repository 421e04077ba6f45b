"""The window's catalogues (resources/translations) are complete and current, checked with Qt's own tools.

- every text the code marks for translation is in every catalogue, translated (lupdate run afresh on a
  copy finds nothing unfinished);
- every .qm is what lrelease makes of its .ts today;
- placeholders survive translation ({name} and %n in, {name} and %n out), so no translated text can break
  a .format() call or lose a number.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations as catalogues  # noqa: E402  (the script the catalogues are made with)

PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def fresh_copy(language: str, tmp_path: Path) -> Path:
    ts = tmp_path / f"nutrivoice_{language}.ts"
    shutil.copy(catalogues.FOLDER / ts.name, ts)
    catalogues.extract(ts, language)
    if language == "en":
        catalogues.fill_english_plurals(ts)
    return ts


def translations(ts: Path):
    for message in ET.parse(ts).iter("message"):
        yield message.findtext("source", ""), message.find("translation")


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_every_marked_text_is_translated(language, tmp_path):
    ts = fresh_copy(language, tmp_path)
    missing = [source for source, translation in translations(ts)
               if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
               or not ("".join(translation.itertext()).strip())]
    assert not missing, f"{len(missing)} texts untranslated in {language}, e.g. {missing[:5]}"
    if language != "en":
        assert sum(1 for _ in translations(ts)) > 300  # the whole window, not a sample


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_compiled_catalogues_are_current(language, tmp_path):
    shipped = catalogues.FOLDER / f"nutrivoice_{language}.qm"
    ts = tmp_path / f"nutrivoice_{language}.ts"
    shutil.copy(catalogues.FOLDER / ts.name, ts)
    assert catalogues.compile_qm(ts).read_bytes() == shipped.read_bytes(), \
        "run .venv/bin/python scripts/update_translations.py"


@pytest.mark.parametrize("language", [lang for lang in catalogues.LANGUAGES if lang != "en"])
def test_placeholders_survive_translation(language):
    broken = []
    for source, translation in translations(catalogues.FOLDER / f"nutrivoice_{language}.ts"):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form.text or "")))
            # a singular form may say "one" instead of %n ("un día"); every {name} must be there
            if [p for p in wanted if p != "%n"] != [p for p in got if p != "%n"]:
                broken.append((source, form.text))
    assert not broken, broken[:5]
