"""Issue 15 through the real window and the real DiaryService: the diary view (read, change the amount, move,
delete, log again), Undo and Redo from the Edit menu's shortcuts, the Profile page, and an old Settings
weight taken over once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nutrivoice_desktop.nutrition.budget import day_budget
from tests.widget.conftest import shown_window
from tests.conftest import FIXED_DAY


@pytest.fixture
def window(qtbot, base_dir, registry, tool_context, aloop):
    win = shown_window(qtbot, registry, tool_context)
    win.right_tabs.setCurrentWidget(win.diary_view)  # hidden, the view reads nothing (the soak's loop stalls)
    qtbot.waitUntil(lambda: win.dashboard.shown >= 1 and win.diary_view.shown >= 1, timeout=5000)
    return win


def use(window, qtbot, tool: str, args: dict):
    """Run a tool as the model would; returns its result once the diary view has shown the change."""
    shown = window.diary_view.shown
    results = []
    task = asyncio.get_event_loop().create_task(window.bridge.use_tool(tool, args))
    task.add_done_callback(lambda t: results.append(t.result()))
    qtbot.waitUntil(lambda: bool(results) and window.diary_view.shown > shown, timeout=10000)
    return results[0]


def rows(window) -> list[str]:
    tree = window.diary_view.tree
    return [tree.topLevelItem(i).text(0).strip() for i in range(tree.topLevelItemCount())]


def test_the_diary_view_lists_corrects_and_undo_redo_work_from_the_keyboard(window, qtbot, tool_context):
    view = window.diary_view
    assert "Nothing logged this day yet." in rows(window)
    rice = use(window, qtbot, "log_food", {"food": "rice", "grams": 200, "meal": "lunch"})
    croissant = use(window, qtbot, "unplanned_food", {"food": "croissant", "quantity": 1, "meal": "snacks"})
    assert rice.ok and croissant.ok
    listed = rows(window)
    assert listed.index("Lunch") < listed.index(rice.data["food"]) < listed.index("Snacks")
    assert "Today" in view.budget_label.text() and "kcal left" in view.budget_label.text()

    # change the rice to 150 g, by mouse
    assert view.select_entry(tool_context.store.food_entries(FIXED_DAY)[0]["id"])
    view.grams.setValue(150)
    shown = view.shown
    QTest.mouseClick(view.amount_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    entries = tool_context.store.food_entries(FIXED_DAY)
    assert entries[0]["grams"] == 150 and entries[0]["kcal"] == pytest.approx(rice.data["macros"]["kcal"] * 0.75, abs=0.1)

    # move the croissant to breakfast
    assert view.select_entry(entries[1]["id"])
    view.meal_combo.setCurrentIndex(view.meal_combo.findData("breakfast"))
    shown = view.shown
    QTest.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    assert tool_context.store.food_entries(FIXED_DAY)[1]["meal"] == "breakfast"

    # delete it with the Delete key
    view.tree.setFocus()
    shown = view.shown
    QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    assert len(tool_context.store.food_entries(FIXED_DAY)) == 1

    # Ctrl+Z brings it back (in breakfast), Ctrl+Shift+Z removes it again; a card says each
    shown = view.shown
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    assert [e["meal"] for e in tool_context.store.food_entries(FIXED_DAY)] == ["lunch", "breakfast"]
    assert window.cards.cards()[0].result.card.title == "Undone"
    shown = view.shown
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    assert len(tool_context.store.food_entries(FIXED_DAY)) == 1
    assert window.cards.cards()[0].result.card.title == "Redone"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]

    # the dashboard, the diary view and the tools agree on the day's numbers
    budget = day_budget(tool_context.store, FIXED_DAY)
    qtbot.waitUntil(lambda: f"{budget.eaten.kcal:.0f}" in window.dashboard.headline.text(), timeout=5000)
    assert budget.left_words() in view.budget_label.text()


def test_past_days_are_shown_as_past_days(window, qtbot, tool_context):
    view = window.diary_view
    use(window, qtbot, "log_food", {"food": "banana", "quantity": 1, "meal": "breakfast", "day": "2026-11-20"})
    shown = view.shown
    view.show_day(FIXED_DAY.replace(day=20))
    qtbot.waitUntil(lambda: view.shown > shown, timeout=10000)
    assert "Friday 20 November" in view.budget_label.text() and view.today_button.isEnabled()
    assert "Banana" in " ".join(rows(window))
    assert window.diary_day() == FIXED_DAY.replace(day=20)  # Ctrl+Z now acts on that day


def test_over_budget_says_how_much_over(window, qtbot, tool_context):
    use(window, qtbot, "log_food", {"food": "butter", "grams": 400, "meal": "dinner"})
    qtbot.waitUntil(lambda: "kcal over" in window.dashboard.headline.text(), timeout=5000)
    over = day_budget(tool_context.store, FIXED_DAY).over_kcal
    assert f"{over:.0f}" in window.dashboard.headline.text() and "kcal over" in window.diary_view.budget_label.text()


def test_the_profile_page_computes_saves_and_logs_weight(window, qtbot, tool_context):
    dialog = window.open_profile()
    qtbot.waitUntil(lambda: dialog.shown >= 1, timeout=5000)
    assert "add your height, age, sex" in dialog.explanation.text()
    dialog.body.weight.setValue(80)
    dialog.body.height.setValue(180)
    dialog.body.age.setValue(30)
    dialog.body.sex.setCurrentIndex(dialog.body.sex.findData("male"))
    dialog.body.activity.setCurrentIndex(dialog.body.activity.findData("moderate"))
    dialog.goal.setCurrentIndex(dialog.goal.findData("lose"))
    dialog.rate.setValue(0.5)
    # Mifflin-St Jeor: 10*80 + 6.25*180 - 5*30 + 5 = 1780; x 1.55 = 2759; - 550 = 2209
    assert "Resting 1780 kcal" in dialog.explanation.text() and "= 2209 kcal" in dialog.explanation.text()
    shown = dialog.shown
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.shown > shown, timeout=10000)
    assert tool_context.store.profile().target().kcal == pytest.approx(2209, abs=1)
    assert tool_context.store.daily_target(FIXED_DAY).kcal == pytest.approx(2209, abs=1)  # today follows
    dialog.today_weight.setValue(79.2)
    shown = dialog.shown
    QTest.mouseClick(dialog.weigh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.shown > shown, timeout=10000)
    assert tool_context.store.profile().weight_kg == 79.2
    assert dialog.weight_chart.points() == [(FIXED_DAY, 79.2)]
    # the meal plan: no snacks from now on
    dialog.meal_rows["snacks"][0].setChecked(False)
    shown = dialog.shown
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.shown > shown, timeout=10000)
    assert [m.meal for m in tool_context.store.day_plan(FIXED_DAY.replace(day=27))] == ["breakfast", "lunch", "dinner"]
    dialog.close()


def test_a_weight_an_older_version_kept_in_settings_is_taken_once(window, qtbot, tool_context, aloop):
    from nutrivoice_desktop.services.settings import Settings as S
    settings = window.settings
    settings._store.setValue("weight_kg", 88)  # as versions before the Profile page stored it
    assistant = window.bridge.assistant
    task = asyncio.get_event_loop().create_task(assistant.adopt_settings_weight())
    qtbot.waitUntil(task.done, timeout=5000)
    assert tool_context.store.profile().weight_kg == 88 and not settings._store.contains("weight_kg")
    assert "weight_kg" not in S().all()


def test_export_writes_the_days_chosen(window, qtbot, tool_context, tmp_path):
    import json

    use(window, qtbot, "log_food", {"food": "banana", "quantity": 1, "meal": "breakfast", "day": "2026-10-01"})
    use(window, qtbot, "log_food", {"food": "rice", "grams": 150, "meal": "lunch"})
    dialog = window.ask_export_diary()
    assert dialog.days() == (FIXED_DAY - timedelta(days=29), FIXED_DAY)  # the last 30 days unless chosen
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    saved = []
    dialog.exported.connect(lambda path, days: saved.append((path, days)))
    dialog.export(tmp_path / "last-30-days")  # what choose_file does once a file is picked
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    path = tmp_path / "last-30-days.json"
    assert saved == [(str(path), 1)] and "Diary saved to" in window.statusBar().currentMessage()
    assert [d["date"] for d in json.loads(path.read_text(encoding="utf-8"))["days"]] == [FIXED_DAY.isoformat()]
    everything = window.ask_export_diary()
    everything.exported.connect(lambda path, days: saved.append((path, days)))
    everything.everything.setChecked(True)
    assert everything.days() == (None, None) and not everything.start.isEnabled()
    everything.export(tmp_path / "all.csv")
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=5000)
    assert saved[1] == (str(tmp_path / "all.csv"), 2)
    backwards = window.ask_export_diary()
    backwards.start.setDate(backwards.end.date().addDays(1))
    backwards.choose_file()  # refused before any file is asked for
    assert backwards.problem.text() == "The last day comes before the first."
    backwards.close()


@pytest.mark.parametrize("opener", ["open_profile", "open_saved_meals", "open_settings"])
def test_a_dialog_closed_before_its_data_arrives_is_left_alone(window, qtbot, opener):
    """Esc right after opening: the dialog is deleted (WA_DeleteOnClose) while its diary read (the settings':
    the keyring's) is on the way; the result must not touch it (pytest-qt fails the test on any error in the
    loop)."""
    dialog = getattr(window, opener)()
    dialog.close()
    qtbot.wait(300)  # the deferred delete, then the diary read's answer
