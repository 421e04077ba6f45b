"""Issue 16 in the real window: the voice state at the centre, one message area with actions, the shortcuts
page, and what the window remembers between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter, QTableWidget, QToolButton

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.events import Problem
from nutrivoice_desktop.core.messages import Level, Message
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.voice_mode import Mode
from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.main_window import MainWindow
from nutrivoice_desktop.ui.theme import apply_theme
from tests.widget.conftest import make_bridge, shown_window


@pytest.fixture
def window(qtbot, base_dir, registry, tool_context, aloop):
    win = shown_window(qtbot, registry, tool_context)
    qtbot.waitUntil(lambda: win.dashboard.shown == 1, timeout=5000)
    return win


def status(window, state: SessionState, detail: str = "") -> None:
    window.bridge.assistant.events.status.emit(ev.StatusChanged(state, detail or state.words))


def test_the_voice_state_reads_at_a_glance_and_follows_the_conversation(window, qtbot):
    assistant = window.bridge.assistant
    voice = window.voice
    assert voice.mode is Mode.OFF and "Ctrl+Return" in voice.words()[1]
    assert voice.height() >= 64  # a band at the head of the window, not a status-bar line
    status(window, SessionState.ACTIVE)
    assert voice.words() == ("Listening", "Just talk.")
    assistant.mic_level.emit(-20.0)
    assert voice.level > 0.7  # the ring swells with the user's voice
    assistant.events.transcript.emit(ev.TranscriptDelta("user", "I had two eggs", 0))
    qtbot.waitUntil(lambda: (assistant.mic_level.emit(-70.0), voice.mode)[1] is Mode.THINKING, timeout=3000)
    assistant.events.tool_started.emit(ev.ToolStarted("c1", "log_food", {}))
    assistant.events.speaking.emit(ev.ModelSpeaking(True))
    assert voice.mode is Mode.SPEAKING
    assistant.speaker_level.emit(-15.0)
    assert voice.level > 0.8  # and with the assistant's while it speaks
    assistant.events.speaking.emit(ev.ModelSpeaking(False))
    assert voice.mode is Mode.THINKING  # the tool is still running
    window.bridge.assistant.events.tool_cancelled.emit(ev.ToolCancelled("c1", "log_food"))
    assistant.events.turn_finished.emit(ev.TurnFinished(0, False, 500.0))
    assert voice.mode is Mode.LISTENING
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert voice.mode is Mode.MUTED and voice.words()[0] == "Muted"  # not "Active" while muted
    assert "Muted" in voice.accessibleDescription()
    window.mute_button.click()
    assert voice.mode is Mode.LISTENING


def test_push_to_talk_says_how_and_shows_when_held(window):
    window.settings.set("hotkey", "<ctrl>+<shift>+t")
    window.settings.set("activity", "push_to_talk")
    status(window, SessionState.ACTIVE)
    assert window.voice.mode is Mode.READY and "Ctrl+Shift+T" in window.voice.words()[1]
    assert "Just talk" not in window.voice.words()[1]
    window.bridge.assistant.push_to_talk.emit(True)  # what the assistant says while the key or button is held
    assert window.voice.mode is Mode.HOLDING and window.voice.words()[0] == "Go ahead"
    window.bridge.assistant.push_to_talk.emit(False)
    assert window.voice.mode is Mode.READY


def test_the_indicator_is_readable_in_both_themes(window, tmp_path):
    status(window, SessionState.ACTIVE)
    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme)
        image = window.voice.grab().toImage()
        text = window.voice.palette().windowText().color()
        background = window.voice.palette().window().color()
        assert abs(text.lightness() - background.lightness()) > 120, theme  # the big word stands out
        assert image.width() > 200
    apply_theme(QApplication.instance(), "light")


def test_message_area_offers_the_action_that_fixes_it(window, qtbot, monkeypatch):
    area = window.problem_banner
    window.bridge.assistant.events.problem.emit(
        Problem("API key rejected", "Gemini did not accept the key.", "Open Settings.", fatal=True, in_settings=True))
    assert area.settings_button.isVisible() and not area.retry_button.isVisible()
    area.settings_button.click()
    dialog = window.findChild(type(window.open_settings()))
    assert dialog is not None
    for d in window.findChildren(type(dialog)):
        d.close()
    retried = []
    monkeypatch.setattr(window.bridge, "retry_now", lambda: retried.append(True))
    status(window, SessionState.RECONNECTING, "Connection dropped. Trying again in 15 s…")
    window.bridge.assistant.events.problem.emit(Problem("Connection dropped", "Close code 1006.", "Reconnecting."))
    assert area.retry_button.isVisible() and not area.settings_button.isVisible()
    monkeypatch.setattr(type(window.bridge), "state", property(lambda _self: SessionState.RECONNECTING))
    area.retry_button.click()
    assert retried == [True]  # the wait is cut short; the conversation is resumed, not restarted
    area.details_button.click()
    assert area.details.isVisible() and "Since" in area.details.text() and "log" in area.details.text()
    area.findChild(QToolButton).click()  # ×: put aside
    assert not area.isVisible()


def test_the_error_state_never_says_retrying(window):
    status(window, SessionState.ERROR, "No connection")
    window.bridge.assistant.events.problem.emit(
        Problem("No connection", "Could not reach Gemini.", "Press Start to try again.", fatal=True))
    words = " ".join(window.voice.words()) + window.problem_banner.text()
    assert "Retrying" not in words and "Reconnecting" not in words and window.voice.mode is Mode.ERROR


def test_info_messages_do_not_repeat_the_state_in_the_status_bar(window):
    status(window, SessionState.ACTIVE, "Listening. Just talk.")
    assert window.statusBar().currentMessage() == ""
    window.messages.show(Message(Level.INFO, "Conversation copied"))
    assert window.statusBar().currentMessage() == "Conversation copied"


def test_help_lists_every_shortcut_from_the_actions(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QTableWidget).window() if window.findChild(QTableWidget) else None
    assert dialog is not None
    table = window.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Start or stop talking"] == "Ctrl+Return" and rows["Mute or unmute"] == "Ctrl+M"
    assert "Ctrl+Z" in rows["Undo diary change"] and "Ctrl+D" in rows["Show the diary"]
    assert "Ctrl+Shift+D" in rows["Diagnostics"]
    dialog.close()


def test_the_window_remembers_its_size_splitter_tab_and_chart_range(qtbot, base_dir, registry, tool_context, aloop):
    first = shown_window(qtbot, registry, tool_context)
    first.resize(760, 540)  # within the offscreen screen (800×600): restoring fits a window to its screen
    splitter = first.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([300, 600])
    sizes = splitter.sizes()
    first.right_tabs.setCurrentWidget(first.diary_view)
    first.dashboard.range_buttons[30].click()  # saved at once
    first.memory.save(first)
    settings = Settings()
    second = MainWindow(settings, make_bridge(settings, registry, tool_context), QIcon())
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size() and second.size() != second.sizeHint()
    assert second.findChild(QSplitter, "mainSplitter").sizes() == sizes
    assert second.right_tabs.currentWidget() is second.diary_view
    qtbot.waitUntil(lambda: second.dashboard.shown == 1, timeout=5000)
    assert second.dashboard.history_days == 30 and second.dashboard.range_buttons[30].isChecked()
    assert len(second.dashboard.history.days()) == 30


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_toggles_combo_items_and_focus_show_their_state(window, qtbot, theme):
    """Checked toggles are filled, the combo popup's current item is filled (not an empty box), and a
    focused control has a ring: in both themes."""
    apply_theme(QApplication.instance(), theme)
    mute = window.mute_button

    def middle(widget) -> str:
        image = widget.grab().toImage()
        return image.pixelColor(image.width() // 2, image.height() - 4).name()

    off = middle(mute)
    mute.setChecked(True)
    assert middle(mute) == "#2e7d5b" != off
    mute.setChecked(False)
    combo = window.voice_combo  # (the mode combo would start the camera)
    combo.setCurrentIndex(1)
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(combo.model().index(1, 0))
    image = view.grab().toImage()
    assert image.pixelColor(rect.left() + 3, rect.center().y()).name() == "#2e7d5b"
    combo.hidePopup()
    combo.setCurrentIndex(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for control in (window.start_button, combo):
        window.text_input.setFocus()
        qtbot.waitUntil(window.text_input.hasFocus, timeout=2000)
        plain = control.grab().toImage()
        control.setFocus()
        qtbot.waitUntil(control.hasFocus, timeout=2000)
        assert control.grab().toImage() != plain, control  # the focus ring is drawn
    apply_theme(QApplication.instance(), "light")
