"""A card shows its words in the window's language: a real tool result under a German catalogue compiled here
(pyside6-lrelease) shows the German title, summary, meal word and bar label with the real values filled in,
while the result itself (what the model, the logs and the diary get) stays English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from nutrivoice_desktop.ui.cards import CardColumn

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"  # as scripts/update_translations.py calls it
GERMAN = {
    "Food logged": "Essen eingetragen",
    "Logged {amount} {food} ({kcal} kcal) for {meal}.": "{food} ({amount}, {kcal} kcal) zum {meal} eingetragen.",
    "breakfast": "Frühstück",
    "protein": "Eiweiß",
}


@pytest.fixture
def german(qapp, tmp_path):
    messages = "".join(f"<message><source>{escape(source)}</source><translation>{escape(words)}</translation>"
                       f"</message>" for source, words in GERMAN.items())
    ts = tmp_path / "cards_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
                  f"<context><name>Messages</name>{messages}</context></TS>\n", encoding="utf-8")
    qm = tmp_path / "cards_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Messages", "breakfast") == "breakfast"


def test_a_card_shows_a_real_result_in_the_windows_language(german, qtbot, registry, tool_context):
    result = registry.call("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast"}, tool_context)
    english = "Logged 1 medium (118 g) Banana (105 kcal) for breakfast."
    assert result.ok and result.card.title == "Food logged" and result.card.summary == english
    assert result.data["meal"] == "breakfast"  # the model's data stays as it was

    column = CardColumn()
    qtbot.addWidget(column)
    card = column.add_result(result, "log_food")
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert card.findChild(QLabel, "cardTitle").text() == "Essen eingetragen"
    german_summary = "Banana (1 medium (118 g), 105 kcal) zum Frühstück eingetragen."
    assert german_summary in texts and english not in texts
    summary = next(label for label in card.findChildren(QLabel) if label.text() == german_summary)
    assert "USDA" in summary.toolTip()  # the food's note is still found (by the English text)
    assert card.bars.rows()[1][0] == "Eiweiß" and card.bars.rows()[0][0] == "kcal"
    assert card.accessibleName() == f"Essen eingetragen: {german_summary}"

    # the meal word is one translation wherever a card shows it: here a table cell
    day = column.add_result(registry.call("get_day_summary", {}, tool_context), "get_day_summary")
    assert "Frühstück" in [label.text() for label in day.findChildren(QLabel)]
    assert column.cards()[0].result.card.table[1][0] == "breakfast"
