"""Refresh the window's translations with Qt's own tools (see nutrivoice_desktop/ui/i18n.py).

    .venv/bin/python scripts/update_translations.py            # extract, then compile
    .venv/bin/python scripts/update_translations.py --extract  # only extract (before translating)

1. pyside6-lupdate collects every tr() / translate() / QT_TRANSLATE_NOOP text of the package into
   resources/translations/nutrivoice_<lang>.ts: new texts arrive "unfinished", texts gone are dropped;
2. translators (or Qt Linguist: .venv/bin/pyside6-linguist) fill in what is unfinished;
3. pyside6-lrelease compiles each .ts into the .qm the app loads.
English holds only plural forms, filled here from the source's "(s)" ("%n day(s)": "1 day", "2 days").
tests/unit/test_translations.py fails while a catalogue misses a text or a .qm is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("en", "es", "de", "fr", "hi")


def sources() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard",
                             "nutrivoice_desktop/*.py"], cwd=ROOT, check=True, capture_output=True, text=True)
    return listed.stdout.split()


def extract(ts: Path, language: str) -> None:
    plural_only = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", language, *plural_only, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def fill_english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        forms = translation.findall("numerusform")
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        del translation.attrib["type"]
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Exactly as lupdate writes it (layout and escapes), so a later lupdate run changes nothing and diffs
    show only what a translator changed."""
    root = tree.getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="{root.get("version", "2.1")}" language="{root.get("language", "")}">']
    for context in root.iter("context"):
        out += ["<context>", f"    <name>{_escaped(context.findtext('name', ''))}</name>"]
        for message in context.findall("message"):
            out.append('    <message numerus="yes">' if message.get("numerus") == "yes" else "    <message>")
            for tag in ("source", "comment", "extracomment"):
                if message.find(tag) is not None:
                    out.append(f"        <{tag}>{_escaped(message.findtext(tag, ''))}</{tag}>")
            translation = message.find("translation")
            kind = f' type="{translation.get("type")}"' if translation.get("type") else ""
            forms = translation.findall("numerusform")
            if forms:
                out.append(f"        <translation{kind}>")
                out += [f"            <numerusform>{_escaped(form.text or '')}</numerusform>" for form in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{_escaped(translation.text or '')}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    ts.write_text("\n".join(out) + "\n", encoding="utf-8")


def _escaped(text: str) -> str:
    text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;"))
    # lupdate writes spaces other than the plain one as character references (French: "&#xa0;" before ":")
    return "".join(f"&#x{ord(c):x};" if c.isspace() and c not in " \n\t" else c for c in text)


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = FOLDER / f"nutrivoice_{language}.ts"
        extract(ts, language)
        if language == "en":
            fill_english_plurals(ts)
    if "--extract" not in argv:
        for language in LANGUAGES:
            compile_qm(FOLDER / f"nutrivoice_{language}.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
