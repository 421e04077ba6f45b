"""Cards fit the column at any width: no sideways scrolling, nothing cut off, Undo always in view; tables
compact or expanded (keyboard too); foods by everyday names with the USDA row on hover; errors in words.

Each width and theme is grabbed to /tmp/cards-<width>-<theme>.png for a look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nutrivoice_desktop.core.tools import Card, ToolResult
from nutrivoice_desktop.ui.cards import COMPACT_ROWS, CardColumn
from nutrivoice_desktop.ui.theme import apply_theme

WIDTHS = (260, 360, 520, 900)
CALLS = (  # oldest first: the newest card is on top
    ("find_food", {"food": "cheese pizza"}),  # five candidates, three columns
    ("log_activity", {"activity": "brisk walk", "minutes": 30}),
    ("missed_meal", {"meal": "lunch"}),  # six columns
    ("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast", "day": "2026-11-22"}),
    ("find_food", {"food": "fdc:170317"}),  # a USDA row with no curated name
    ("substitute_ingredient", {"ingredient": "butter", "grams": 20}),
    ("find_food", {"food": "unobtainium"}),  # an error
)


@pytest.fixture
def column(qtbot):
    view = CardColumn()
    qtbot.addWidget(view)
    yield view
    apply_theme(QApplication.instance(), "light")


def show(qtbot, column: CardColumn, width: int) -> None:
    column.resize(width, 700)
    column.show()
    settle(qtbot)


def settle(qtbot) -> None:
    qtbot.wait(80)  # wrapped labels and tables that pick grid or blocks settle over a few layout passes


def add_all(column: CardColumn, registry, tool_context) -> dict[str, object]:
    cards = {}
    for name, args in CALLS:
        result = registry.call(name, args, tool_context)
        cards[f"{name} {args}"] = column.add_result(result, name)
    return cards


def span(widget: QWidget, column: CardColumn) -> tuple[int, int]:
    left = widget.mapTo(column.viewport(), QPoint(0, 0)).x()
    return left, left + widget.width()


def assert_fits(column: CardColumn) -> None:
    """No sideways scrolling, and every label shown lies inside the view, at least as wide as it needs."""
    assert not column.horizontalScrollBar().isVisible() and column.horizontalScrollBar().maximum() == 0
    assert column.widget().width() <= column.viewport().width()
    for label in column.widget().findChildren(QLabel):
        if label.isVisible():
            left, right = span(label, column)
            assert 0 <= left and right <= column.viewport().width(), label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()  # nothing cut off
    for card in column.cards():
        when = card.findChild(QLabel, "cardWhen")
        for part in (when, card.undo_button):
            if part is not None:
                left, right = span(part, column)
                assert 0 <= left and right <= column.viewport().width()
        if card.undo_button is not None:  # whole: "Undo", never "Un"
            assert card.undo_button.width() >= card.undo_button.sizeHint().width()


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_cards_fit_the_column_compact_and_expanded(qtbot, column, registry, tool_context, width, theme):
    apply_theme(QApplication.instance(), theme)
    add_all(column, registry, tool_context)
    show(qtbot, column, width)
    assert_fits(column)
    column.grab().save(f"/tmp/cards-{width}-{theme}.png")
    for card in column.cards():
        if card.table is not None:
            card.table.set_compact(False)
    settle(qtbot)
    assert_fits(column)
    plan = next(c for c in column.cards() if c.result.card.title == "Missed meal rebalanced")
    last_column = [label for label in plan.findChildren(QLabel) if label.isVisible() and "Fat" in label.text()]
    assert last_column  # the expanded table shows its last column ("Fat g"), as a grid or one block per meal
    assert plan.table.as_grid() == (width >= 520)


def test_a_narrow_column_starts_tables_compact_and_a_wide_one_expanded(qtbot, column, registry, tool_context):
    plan = registry.call("missed_meal", {"meal": "lunch"}, tool_context)
    show(qtbot, column, 260)
    assert column.add_result(plan, "missed_meal").table is not None
    settle(qtbot)
    assert column.cards()[0].table.is_compact()
    column.resize(900, 700)
    wide = column.add_result(plan, "missed_meal")
    settle(qtbot)
    assert not wide.table.is_compact() and wide.table.as_grid()
    assert column.cards()[1].table.is_compact()  # a card keeps the view it started with, or the user's


def test_a_long_table_starts_compact_even_when_wide(qtbot, column):
    rows = (("Food", "grams", "kcal"),) + tuple((f"Food {i}", "100", f"{i}") for i in range(COMPACT_ROWS + 3))
    show(qtbot, column, 900)
    card = column.add_result(ToolResult(True, {}, Card("Saved meal logged", "Many foods.", rows)), "x")
    settle(qtbot)
    shown = [label.text() for label in card.findChildren(QLabel) if label.isVisible()]
    assert card.table.is_compact() and "Food 4" in shown and "Food 5" not in shown
    card.table.toggle.click()
    settle(qtbot)
    assert "Food 7" in [label.text() for label in card.findChildren(QLabel) if label.isVisible()]


def test_details_toggle_works_from_the_keyboard(qtbot, column, registry, tool_context):
    show(qtbot, column, 360)
    card = column.add_result(registry.call("missed_meal", {"meal": "lunch"}, tool_context), "missed_meal")
    settle(qtbot)
    toggle = card.table.toggle
    assert toggle is not None and toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert card.table.is_compact() and toggle.text() == "Show details"
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not card.table.is_compact() and toggle.text() == "Hide details"
    settle(qtbot)
    assert_fits(column)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert card.table.is_compact() and toggle.text() == "Show details"


def test_undo_neither_scrolls_nor_moves_anything(qtbot, column, registry, tool_context):
    for _ in range(3):  # older cards below, so that the view can scroll the activity card to its top
        column.add_result(registry.call("get_day_summary", {}, tool_context), "get_day_summary")
    cards = add_all(column, registry, tool_context)
    show(qtbot, column, 360)
    column.activateWindow()  # a click gives the button the focus
    qtbot.waitUntil(column.isActiveWindow)
    bars = column.horizontalScrollBar(), column.verticalScrollBar()
    activity = next(c for k, c in cards.items() if k.startswith("log_activity"))
    # the activity card at the top of the view; the card above it, out of view, has the next button that
    # could take the focus
    bars[1].setValue(activity.geometry().top())
    settle(qtbot)
    before = bars[1].value()
    undo = activity.undo_button
    where = undo.geometry()
    with qtbot.waitSignal(column.undoRequested) as asked:
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert asked.args == [activity.result.card.undo_id]
    assert bars[0].value() == 0 and bars[1].value() == before  # the focus stayed on the card: no jump
    assert undo.text() == "Undone" and not undo.isEnabled() and undo.geometry() == where
    assert_fits(column)


def test_foods_have_everyday_names_and_their_usda_row_on_hover(qtbot, column, registry, tool_context):
    result = registry.call("find_food", {"food": "fdc:170317"}, tool_context)
    usda = "Pizza, cheese topping, regular crust, frozen, cooked"
    assert result.data["best"]["name"] == usda  # the model still gets USDA's words
    show(qtbot, column, 520)
    card = column.add_result(result, "find_food")
    settle(qtbot)
    named = [label for label in card.findChildren(QLabel) if label.text() == "Cheese topping pizza"]
    assert named and all(usda in label.toolTip() and "USDA FDC 170317" in label.toolTip() for label in named)
    assert usda not in " ".join(label.text() for label in card.findChildren(QLabel))
    summary = next(label for label in card.findChildren(QLabel) if label.text().startswith("100 g"))
    assert "Cheese topping pizza" in summary.text() and usda in summary.toolTip()


def test_a_curated_food_keeps_its_own_name(registry, tool_context):
    card = registry.call("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast"}, tool_context).card
    assert "Banana" in card.summary and ("Banana", "Bananas, raw\nUSDA FDC 173944") in card.notes


def test_error_cards_say_what_could_not_be_done(qtbot, column, registry, tool_context):
    result = registry.call("find_food", {"food": "unobtainium"}, tool_context)
    assert result.card.title == "Couldn't find that food"
    assert result.data["error"]["code"] == "unknown_food" and "unobtainium" in result.data["error"]["message"]
    show(qtbot, column, 360)
    card = column.add_result(result, "find_food")
    assert card.findChild(QLabel, "cardTitle").text() == "Couldn't find that food"
    assert registry.call("no_such_tool", {}, tool_context).card.title == "Couldn't do that"


def test_every_tool_says_in_words_what_failed(registry, tool_context):
    deep: object = 1
    for _ in range(100):  # too deep for any tool: refused before its handler, with its own title
        deep = [deep]
    for name in registry.names():
        title = registry.call(name, {"x": deep}, tool_context).card.title
        assert title.startswith("Couldn't ") and title != "Couldn't do that" and "_" not in title, name


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_activity_numbers_stand_out_in_both_themes(qtbot, column, registry, tool_context, theme):
    apply_theme(QApplication.instance(), theme)
    show(qtbot, column, 260)
    card = column.add_result(registry.call("log_activity", {"activity": "brisk walk", "minutes": 30}, tool_context),
                             "log_activity")
    settle(qtbot)
    assert_fits(column)
    image = column.grab().toImage()
    for number in ("116", "2000", "2116"):
        label = next(label for label in card.findChildren(QLabel) if label.text() == number and label.isVisible())
        rect = QRect(label.mapTo(column, QPoint(0, 0)), label.size())
        colours = {image.pixelColor(x, y).rgb() for x in range(rect.left(), rect.right())
                   for y in range(rect.top(), rect.bottom())}
        lightness = [QColor.fromRgb(c).lightness() for c in colours]
        assert max(lightness) - min(lightness) > 120, (theme, number)  # text that stands out from the card
