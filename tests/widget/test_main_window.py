"""Each region of the main window, driven through the real path: news published on the Assistant's topics,
turned into Qt signals by the bridge, shown by the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.events import Problem
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.voice_mode import Mode
from nutrivoice_desktop.services.settings import Settings
from tests.widget.conftest import shown_window
from tests.conftest import FIXED_DAY


@pytest.fixture
def window(qtbot, base_dir, registry, tool_context, aloop):
    win = shown_window(qtbot, registry, tool_context)
    qtbot.waitUntil(lambda: win.dashboard.shown == 1, timeout=5000)
    return win


def say(window, role: str, text: str, turn: int) -> None:
    window.bridge.assistant.events.transcript.emit(ev.TranscriptDelta(role, text, turn))


def finish_tool(window, result, name: str) -> None:
    window.bridge.assistant.events.tool_finished.emit(ev.ToolFinished(f"call-{name}", name, result, 5.0))


def test_streaming_transcript_merges_turns_and_keeps_timing_for_diagnostics(window):
    say(window, "user", "I skipped", 0)
    say(window, "user", " breakfast", 0)
    say(window, "assistant", "No problem, ", 0)
    say(window, "assistant", "I moved it.", 0)
    window.bridge.assistant.events.turn_finished.emit(ev.TurnFinished(0, False, 640.0))
    text = window.conversation.toPlainText()
    assert "I skipped breakfast" in text and "No problem, I moved it." in text
    assert "answered in" not in text and "0.64 s" not in window.statusBar().currentMessage()
    assert "last 0.64 s" in window.diagnostics.reply_start.text()  # View → Diagnostics, for who wants it


def test_auto_scroll_respects_a_user_who_scrolled_up(window, qtbot):
    def shown(text: str) -> None:  # a burst of utterances is drawn over a few frames
        qtbot.waitUntil(lambda: text in window.conversation.toPlainText(), timeout=5000)

    for turn in range(60):
        say(window, "assistant", f"line {turn} " * 8, turn)
    shown("line 59")
    bar = window.conversation.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    bar.setValue(0)  # the user scrolls up to read
    say(window, "assistant", "a new line", 61)
    shown("a new line")
    assert bar.value() == 0
    bar.setValue(bar.maximum())  # back at the bottom: following again
    say(window, "assistant", "another", 62)
    shown("another")
    assert bar.value() == bar.maximum()


def test_tool_card_shows_table_and_undo_reverts_the_diary(window, registry, tool_context, qtbot, aloop):
    result = registry.call("missed_meal", {"meal": "lunch"}, tool_context)
    finish_tool(window, result, "missed_meal")
    card = window.cards.cards()[0]
    assert card.result is result and card.undo_button is not None
    assert "Missed meal" in card.accessibleName()
    assert tool_context.store.day_plan(FIXED_DAY)[1].status == "missed"
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.cards.cards()) == 2, timeout=5000)
    assert tool_context.store.day_plan(FIXED_DAY)[1].status == "planned"
    assert window.cards.cards()[0].result.card.title == "Undone"


def test_error_cards_are_marked_and_have_no_undo(window, registry, tool_context):
    result = registry.call("unplanned_food", {"food": "unobtainium", "grams": 10}, tool_context)
    finish_tool(window, result, "unplanned_food")
    card = window.cards.cards()[0]
    assert card.property("error") is True and card.undo_button is None


def test_dashboard_follows_the_diary(window, qtbot):
    diary = window.bridge.assistant.diary
    task = aloop_task(diary.call("unplanned_food", {"food": "croissant", "quantity": 1}))
    qtbot.waitUntil(lambda: task.done() and window.dashboard.shown == 2, timeout=5000)  # refreshed on `changed`
    assert "231" in window.dashboard.headline.text()
    assert window.dashboard.bars.rows()[0][2] == pytest.approx(231.42, abs=0.5)
    window.dashboard.show_history(30)
    qtbot.waitUntil(lambda: window.dashboard.shown == 3, timeout=5000)
    assert len(window.dashboard.history.days()) == 30


def test_a_read_only_tool_does_not_refresh_the_dashboard(window, qtbot):
    diary = window.bridge.assistant.diary
    changes = []
    window.bridge.diaryChanged.connect(changes.append)
    task = aloop_task(diary.call("find_food", {"food": "croissant"}))
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result().ok and changes == [] and window.dashboard.shown == 1


def test_voice_state_reconnect_notes_and_problem_banner(window):
    status = window.bridge.assistant.events.status
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    assert window.voice.mode is Mode.LISTENING and window.voice.words()[0] == "Listening"
    for delay in ("a moment", "2 s", "4 s"):  # one retry after another: one note in the transcript
        status.emit(ev.StatusChanged(SessionState.RECONNECTING, f"Connection dropped. Trying again in {delay}…"))
    assert window.voice.mode is Mode.RECONNECTING and window.start_button.text() == "Stop"
    assert window.voice.words() == ("Reconnecting…", "Connection dropped. Trying again in 4 s…")
    text = window.conversation.toPlainText()
    assert text.count("Connection lost at") == 1 and "Trying again" not in text
    window.bridge.assistant.events.problem.emit(
        Problem("API key rejected", "Gemini did not accept the key.", "Open Settings.", in_settings=True))
    assert window.problem_banner.isVisible() and "Open Settings." in window.problem_banner.text()
    assert window.problem_banner.settings_button.isVisibleTo(window)
    assert not window.problem_banner.retry_button.isVisibleTo(window)
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    assert not window.problem_banner.isVisible() and window.start_button.text() == "Stop"
    assert "Reconnected after" in window.conversation.toPlainText()


def test_a_planned_refresh_of_the_connection_is_not_a_lost_connection(window):
    from nutrivoice_desktop.core.state import REFRESHING

    status = window.bridge.assistant.events.status
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    status.emit(ev.StatusChanged(SessionState.RECONNECTING, REFRESHING))  # the service's goAway
    assert window.voice.mode is Mode.RECONNECTING
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    text = window.conversation.toPlainText()
    assert "Connection lost" not in text and "Reconnected" not in text
    # a refresh that then fails is a loss after all, noted once however many retries follow
    status.emit(ev.StatusChanged(SessionState.RECONNECTING, REFRESHING))
    for delay in ("a moment", "2 s"):
        status.emit(ev.StatusChanged(SessionState.RECONNECTING, f"Connection dropped. Trying again in {delay}…"))
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    text = window.conversation.toPlainText()
    assert text.count("Connection lost at") == 1 and text.count("Reconnected after") == 1


def test_start_without_a_key_says_what_to_do(window, qtbot, aloop, monkeypatch):
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.problem_banner.isVisible, timeout=3000)
    finally:
        keyring.set_keyring(previous)
    assert "No API key yet" in window.problem_banner.text()
    assert window.bridge.state is SessionState.IDLE


def test_export_writes_the_conversation(window, tmp_path):
    say(window, "user", "hello", 0)
    target = tmp_path / "talk.md"
    window.write_conversation(target)
    assert "**You**" in target.read_text(encoding="utf-8") and "hello" in target.read_text(encoding="utf-8")


def test_every_control_is_named_and_reachable_by_keyboard(window):
    controls = [w for w in window.findChildren(QAbstractButton) + window.findChildren(QComboBox)
                + window.findChildren(QLineEdit) if w.isVisibleTo(window)]
    assert controls
    for control in controls:
        name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
        assert name, f"{type(control).__name__} has no accessible name"
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert window.start_action.shortcut().toString() == "Ctrl+Return"  # the window's, not the button's (see below)


def test_theme_switch_applies_live_and_persists(window):
    window.theme_actions["dark"].trigger()
    assert QApplication.instance().property("nutrivoiceTheme") == "dark"
    assert Settings().get("theme") == "dark"  # a new QSettings object: what the next start will read
    window.theme_actions["light"].trigger()
    assert QApplication.instance().property("nutrivoiceTheme") == "light"


def test_push_to_talk_mode_shows_the_talk_button(window):
    assert not window.talk_button.isVisibleTo(window)
    window.settings.set("activity", "push_to_talk")
    assert window.talk_button.isVisibleTo(window)


def aloop_task(coro):
    import asyncio

    return asyncio.get_event_loop().create_task(coro)


def test_one_message_path_replaces_by_key_and_clears_when_the_cause_is_gone(window):
    from nutrivoice_desktop.core.messages import Level, Message

    center = window.messages
    center.show(Message(Level.WARNING, "The microphone stopped delivering audio.", "Plug it back in.",
                        "audio-device", "The microphone stopped"))
    center.show(Message(Level.ERROR, "Gemini did not accept the key.", "Open Settings.", "api-key", "API key rejected"))
    assert "API key rejected" in window.problem_banner.text()  # the most serious one is on top
    center.show(Message(Level.WARNING, "The speaker stopped delivering audio.", "", "audio-device", "The speaker stopped"))
    assert [m.title for m in center.standing()] == ["API key rejected", "The speaker stopped"]  # replaced by key
    center.show(Message.clear("api-key"))
    assert "The speaker stopped" in window.problem_banner.text()
    center.show(Message.clear("audio-device"))
    assert not window.problem_banner.isVisible()
    center.show(Message(Level.INFO, "Conversation copied"))
    assert window.statusBar().currentMessage() == "Conversation copied" and not window.problem_banner.isVisible()


def test_a_connection_problem_goes_when_the_connection_is_back(window):
    events = window.bridge.assistant.events
    events.problem.emit(Problem("Connection dropped", "The network went away.", "Reconnecting."))
    assert window.problem_banner.isVisible() and "Connection dropped" in window.problem_banner.text()
    events.status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    assert not window.problem_banner.isVisible() and window.voice.mode is Mode.LISTENING


def test_settings_say_when_they_apply(window):
    from nutrivoice_desktop.services.settings import NEXT_START, OPTIONS

    assert OPTIONS["voice"].applies == NEXT_START and OPTIONS["theme"].applies != NEXT_START
    status = window.bridge.assistant.events.status
    status.emit(ev.StatusChanged(SessionState.ACTIVE, "Listening."))
    window.settings.set("voice", "Kore")
    assert "Voice: this change applies when you next press Start." == window.statusBar().currentMessage()
    status.emit(ev.StatusChanged(SessionState.IDLE, "Idle."))


def test_an_uncaught_error_is_told_once_as_a_dialog_and_always_in_the_banner(window, tmp_path):
    from nutrivoice_desktop.ui.internal_error import InternalErrorNotice

    notice = InternalErrorNotice(window, tmp_path / "nutrivoice.log")
    notice("ValueError")
    first = notice.dialog
    notice("KeyError")
    assert first is notice.dialog and first.isVisible() and str(tmp_path / "nutrivoice.log") in first.informativeText()
    assert "KeyError" in window.problem_banner.text() and str(tmp_path) in window.problem_banner.text()
    first.close()


def test_saved_meals_dialog_saves_logs_and_deletes_through_the_tools(window, qtbot, tool_context):
    dialog = window.open_saved_meals()
    qtbot.waitUntil(lambda: dialog.meals.count() == 0 and not dialog.log_button.isEnabled(), timeout=5000)
    dialog.name_edit.setText("usual breakfast")
    dialog.items_edit.setPlainText("200 ml milk\na banana\n40 g oats")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.meals.count() == 1, timeout=5000)
    assert "usual breakfast" in dialog.meals.item(0).text() and "kcal" in dialog.meals.item(0).text()
    assert len(tool_context.store.saved_meals()) == 1
    dialog.meals.setCurrentRow(0)
    dialog.meal_combo.setCurrentIndex(dialog.meal_combo.findData("breakfast"))
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tool_context.store.food_entries(FIXED_DAY)) == 3, timeout=5000)
    # the same card as when the assistant logs it, with an Undo for the whole meal
    qtbot.waitUntil(lambda: any(c.result.card.title == "Saved meal logged" for c in window.cards.cards()),
                    timeout=5000)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.meals.count() == 0, timeout=5000)
    assert tool_context.store.saved_meals() == {}
    dialog.name_edit.setText("nothing")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "at least one food" in dialog.problem.text(), timeout=5000)


def test_about_box_credits_the_data_sources(window):
    box = window.show_about()
    text = box.informativeText()
    assert "U.S. Department of Agriculture" in text and "FoodData Central" in text
    assert "Compendium of Physical Activities" in text
    box.close()


def test_a_food_card_names_its_usda_row(window, registry, tool_context):
    result = registry.call("find_food", {"food": "banana"}, tool_context)
    finish_tool(window, result, "find_food")
    card = window.cards.cards()[0]
    source = card.findChild(QLabel, "cardSource")
    assert source is not None and "USDA FDC" in source.text()


def test_a_card_about_another_day_shows_that_day(window, registry, tool_context):
    label = QLabel
    past = registry.call("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast", "day": "2026-11-22"},
                         tool_context)
    finish_tool(window, past, "log_food")
    assert "for Sun 22 Nov · " in window.cards.cards()[0].findChild(label, "cardWhen").text()
    today = registry.call("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast"}, tool_context)
    finish_tool(window, today, "log_food")
    assert "for " not in window.cards.cards()[0].findChild(label, "cardWhen").text()


def test_shortcuts_survive_label_changes_and_win_over_the_message_field(window, qtbot):
    from PySide6.QtTest import QTest

    window.start_button.clicked.disconnect(window.toggle_session)  # no session: only the shortcut is tested
    started, muted = [], []
    window.start_button.clicked.connect(lambda: started.append(True))
    window.mute_button.clicked.connect(lambda: muted.append(True))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.text_input.setFocus()
    window.text_input.setText("not to be sent")
    for label in ("Stop", "Start", "Stop"):  # what every toggle does to the labels
        window.start_button.setText(label)
        window.mute_button.setText(label)
    for _ in range(2):
        QTest.keyClick(window.text_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window.text_input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert started == [True, True] and muted == [True, True]
    assert window.text_input.text() == "not to be sent"  # Ctrl+Return started or stopped, it did not send
    assert "Ctrl+Return" in window.start_button.toolTip() and "Ctrl+M" in window.mute_button.toolTip()
