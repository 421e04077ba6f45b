"""Every text the window shows goes through Qt's translation: with a pseudo-catalogue that wraps each
marked text in ⟦ ⟧ (made by lupdate/lrelease from the code as it is now), the window and each dialog must
show no words outside the brackets except data (the app's name, voice names, languages named in their own
language, numbers and units)."""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QLineEdit,
                               QMenu, QTabBar, QWidget)

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.errors import classify
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.services.settings import VOICES, Settings
from nutrivoice_desktop.ui.main_window import MainWindow
from tests.widget.conftest import make_bridge

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations as catalogues  # noqa: E402

DATA = {"NutriVoice", "JSON", "CSV", "kcal", "USDA", "FDC", "Gemini", "API", "Ctrl", "Alt", "Shift", "Space", "Return", "Del",
        "English", "Español", "Deutsch", "Français", "Italiano", "Português", "Nederlands", "Hindi", "हिन्दी",
        *VOICES}
WORD = re.compile(r"[^\W\d_]{3,}")


@pytest.fixture
def pseudo(qapp, tmp_path):
    ts = tmp_path / "nutrivoice_de.ts"
    catalogues.extract(ts, "de")
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source, translation = message.findtext("source", ""), message.find("translation")
        for form in translation.findall("numerusform") or [translation]:
            form.text = f"⟦{source}⟧"
        translation.attrib.pop("type", None)
    catalogues.write_ts(tree, ts)
    translator = QTranslator()
    assert translator.load(str(catalogues.compile_qm(ts)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def shown_texts(root: QWidget):
    """(where, text) of what a user can read in *root* and its children (visible or not: hidden parts
    show later), menus included."""
    widgets = [w for w in (root, *root.findChildren(QWidget)) if not qt_translates(w)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from ((name, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QMenu):
            yield from ((name, a.text()) for a in w.actions())
        if w.isWindow():
            yield name, w.windowTitle()
        yield name + " tooltip", w.toolTip()
        yield name + " accessible", w.accessibleName()


def qt_translates(widget: QWidget) -> bool:
    """Qt's own parts (tab scroll arrows, dock buttons, a button box's standard buttons): qtbase's catalogue
    translates them, not ours."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith(("qt_", "ScrollLeft", "ScrollRight"))
            or isinstance(parent, QDialogButtonBox) and parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton)


def untranslated(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for where, text in shown_texts(root):
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
        if Path(plain.strip()).is_absolute():
            continue  # a file or folder (the log's): data
        outside = plain
        while "⟦" in outside and outside != (inner := re.sub(r"⟦[^⟦⟧]*⟧", " ", outside)):
            outside = inner  # innermost first: a translated phrase may hold another (a problem's title)
        words = [w for w in WORD.findall(outside) if w not in DATA]
        if words:
            found.append((where, text))
    return found


def test_the_window_and_its_dialogs_show_only_translated_text(pseudo, qtbot, base_dir, registry, tool_context,
                                                             aloop):
    settings = Settings()
    window = MainWindow(settings, make_bridge(settings, registry, tool_context), QIcon())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.shown == 1, timeout=5000)
    assert "⟦" in window.voice.words()[0] and "⟦" in window.voice.words()[1]  # painted, not a label
    dialogs = [window.open_settings(), window.open_profile(), window.open_saved_meals(), window.ask_export_diary(),
               window.show_shortcuts(), window.show_about()]
    # what the core says arrives translated too (core/wording.py): a real connection failure, and a retry
    failure = classify(OSError(111, "Connection refused"))
    events = window.bridge.assistant.events
    events.status.emit(ev.StatusChanged(SessionState.ACTIVE, SessionState.ACTIVE.words))
    events.status.emit(ev.StatusChanged(SessionState.RECONNECTING, QT_TRANSLATE_NOOP(
        "Messages", "{problem}. Trying again in {seconds} s…").format(problem=failure.problem.title, seconds=4)))
    events.problem.emit(failure.problem)
    assert window.problem_banner.isVisible()
    assert window.voice.words()[1].startswith("⟦⟦") and "4" in window.voice.words()[1]  # the title inside, too
    problems = untranslated(window)
    for dialog in dialogs:
        problems += untranslated(dialog)
    for dialog in window.findChildren(QDialog):
        dialog.close()
    assert not problems, "\n".join(f"{where}: {text!r}" for where, text in problems[:40])


def test_a_chosen_language_is_what_the_window_speaks(qapp):
    from nutrivoice_desktop.ui import i18n

    assert i18n.pick_language("de") == "de" and i18n.pick_language("xx-unknown") in i18n.LANGUAGES
    translators = []
    try:
        assert i18n.install_translator(qapp, "es") == "es"
        assert QCoreApplication.translate("VoiceIndicator", "Listening") not in ("", "Listening")
        assert QCoreApplication.translate("DayDashboard", "%n day(s)", "history range", 1) != "%n day(s)"
    finally:
        for child in qapp.findChildren(QTranslator):
            qapp.removeTranslator(child)
            translators.append(child)
        i18n.install_translator(qapp, "en")
