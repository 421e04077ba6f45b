"""The main window: session controls on top, the conversation on the left, preview, day dashboard and, in
tabs, the tool cards and the diary on the right. Every control has a keyboard path and an accessible name."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)
from qasync import asyncSlot

from nutrivoice_desktop import APP_NAME, __version__
from nutrivoice_desktop.nutrition.activities import ATTRIBUTION as ACTIVITY_ATTRIBUTION
from nutrivoice_desktop.nutrition.food_db import ATTRIBUTION as FOOD_ATTRIBUTION
from nutrivoice_desktop.core.conversation_journal import ConversationJournal
from nutrivoice_desktop.core.messages import Level, Message
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.tools import ToolResult
from nutrivoice_desktop.services import paths
from nutrivoice_desktop.services.settings import NEXT_START, OPTIONS, Settings
from nutrivoice_desktop.ui.cards import CardColumn
from nutrivoice_desktop.ui.charts import LevelMeter
from nutrivoice_desktop.ui.conversation import ConversationView
from nutrivoice_desktop.ui.dashboard import DayDashboard
from nutrivoice_desktop.ui.diary_export_dialog import DiaryExportDialog
from nutrivoice_desktop.ui.diary_view import DiaryView
from nutrivoice_desktop.ui.message_center import MessageCenter
from nutrivoice_desktop.ui.preview import PreviewPane
from nutrivoice_desktop.ui.profile_dialog import ProfileDialog
from nutrivoice_desktop.ui.saved_meals import SavedMealsDialog
from nutrivoice_desktop.ui.settings_dialog import SettingsDialog
from nutrivoice_desktop.ui.theme import apply_theme

MODES = {"audio": "Voice only", "camera": "Voice + camera", "screen": "Voice + screen"}
log = logging.getLogger(__name__)
RUNNING = (SessionState.CONNECTING, SessionState.ACTIVE, SessionState.RECONNECTING)


class TalkButton(QPushButton):
    """Hold to talk (mouse or Space while focused): push-to-talk from inside the window."""

    held = Signal(bool)

    def __init__(self) -> None:
        super().__init__("Hold to talk")
        self.setAccessibleName("Hold to talk")
        self.setAutoRepeat(False)
        self.pressed.connect(lambda: self.held.emit(True))
        self.released.connect(lambda: self.held.emit(False))


class MainWindow(QMainWindow):
    quitRequested = Signal()

    def __init__(self, settings: Settings, bridge, icon: QIcon) -> None:
        super().__init__()
        self.settings = settings
        self.bridge = bridge
        self.tray = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon)
        self.resize(1180, 760)
        self.tool_results: list[str] = []  # this run's cards as Markdown lines, for the conversation export
        self._build()
        self._build_menu()
        self.messages = MessageCenter(self.problem_banner, self.statusBar(), lambda: self.tray, self.isVisible)
        self._connect()
        self.dashboard.refresh()
        self.diary_view.refresh()
        self._apply_activity_mode()
        self.on_status(SessionState.IDLE, SessionState.IDLE.words)

    # -- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)

        controls = QHBoxLayout()
        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName("Start or stop the conversation")
        self.start_button.setToolTip("Start or stop talking (Ctrl+Return)")
        controls.addWidget(self.start_button)
        self.talk_button = TalkButton()
        controls.addWidget(self.talk_button)
        self.mute_button = QPushButton("Mute")
        self.mute_button.setCheckable(True)
        self.mute_button.setToolTip("Mute or unmute the microphone (Ctrl+M)")
        self.mute_button.setAccessibleName("Mute the microphone")
        # the shortcuts are the window's actions, not the buttons': QPushButton.setText() drops a button's
        # shortcut (it takes the & mnemonic), and the labels change with every toggle
        self.start_action = QAction("Start or stop talking", self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.start_action.triggered.connect(self.start_button.click)
        self.mute_action = QAction("Mute or unmute", self)
        self.mute_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mute_action.triggered.connect(self.mute_button.click)
        self.addActions([self.start_action, self.mute_action])
        controls.addWidget(self.mute_button)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName("What the assistant can see")
        for key, label in MODES.items():
            self.mode_combo.addItem(label, key)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(self.settings.get("mode"))))
        controls.addWidget(self.mode_combo)
        self.voice_combo = QComboBox()
        self.voice_combo.setAccessibleName("Assistant voice")
        self.voice_combo.addItems(OPTIONS["voice"].choices)
        self.voice_combo.setCurrentText(self.settings.get("voice"))
        controls.addWidget(self.voice_combo)
        controls.addWidget(QLabel("Mic"))
        self.level = LevelMeter()
        controls.addWidget(self.level)
        self.speaking_label = QLabel("")
        self.speaking_label.setAccessibleName("Assistant speaking indicator")
        self.speaking_label.setMinimumWidth(90)
        controls.addWidget(self.speaking_label)
        controls.addStretch(1)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.status_chip.setAccessibleName("Connection status")
        controls.addWidget(self.status_chip)
        outer.addLayout(controls)

        self.problem_banner = QLabel()
        self.problem_banner.setObjectName("problemBanner")
        self.problem_banner.setWordWrap(True)
        self.problem_banner.setAccessibleName("Problem")
        self.problem_banner.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # above the conversation, not across the window: showing or hiding it then moves only the left column,
        # and the cards and diary on the right are neither laid out nor repainted (~8 ms with 50 cards, at
        # the moment a connection drops)
        left_layout.addWidget(self.problem_banner)
        self.conversation = ConversationView(journal=ConversationJournal(paths.data_dir() / "conversations"))
        left_layout.addWidget(self.conversation, 1)
        typing = QHBoxLayout()
        self.text_input = QLineEdit()
        self.text_input.setPlaceholderText("Or type a message and press Enter")
        self.text_input.setAccessibleName("Type a message")
        typing.addWidget(self.text_input, 1)
        self.export_button = QPushButton("Export…")
        self.export_button.setAccessibleName("Export the conversation")
        typing.addWidget(self.export_button)
        left_layout.addLayout(typing)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewPane()
        right_layout.addWidget(self.preview)
        self.dashboard = DayDashboard(self.bridge.day_overview)
        right_layout.addWidget(self.dashboard)
        self.cards = CardColumn()
        self.diary_view = DiaryView(self.bridge)
        self.right_tabs = QTabWidget()
        self.right_tabs.setAccessibleName("Results and diary")
        self.right_tabs.addTab(self.cards, "Results")
        self.right_tabs.addTab(self.diary_view, "Diary")
        right_layout.addWidget(self.right_tabs, 1)
        splitter.addWidget(right)
        splitter.setSizes([640, 520])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.latency_label = QLabel()
        self.statusBar().addPermanentWidget(self.latency_label)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        export = QAction("&Export conversation…", self)
        export.setShortcut(QKeySequence("Ctrl+S"))
        export.triggered.connect(self.export_conversation)
        file_menu.addAction(export)
        copy = QAction("&Copy conversation", self)
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.triggered.connect(self.copy_conversation)
        file_menu.addAction(copy)
        file_menu.addSeparator()
        export_diary = QAction("Export &diary…", self)
        export_diary.triggered.connect(self.ask_export_diary)
        file_menu.addAction(export_diary)
        import_diary = QAction("&Import diary…", self)
        import_diary.triggered.connect(self.ask_import_diary)
        file_menu.addAction(import_diary)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quitRequested)
        file_menu.addAction(quit_action)

        edit = self.menuBar().addMenu("&Edit")
        # QActions, not button shortcuts: they work wherever the focus is and survive any label change
        self.undo_action = QAction("&Undo diary change", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setToolTip("Undo the newest change of the day the diary shows (Ctrl+Z)")
        self.undo_action.triggered.connect(lambda: self.bridge.undo_day(self.diary_day()))
        edit.addAction(self.undo_action)
        self.redo_action = QAction("&Redo diary change", self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(lambda: self.bridge.redo_day(self.diary_day()))
        edit.addAction(self.redo_action)
        show_diary = QAction("Show the &diary", self)
        show_diary.setShortcut(QKeySequence("Ctrl+D"))
        show_diary.triggered.connect(lambda: self.right_tabs.setCurrentWidget(self.diary_view))
        edit.addAction(show_diary)

        view = self.menuBar().addMenu("&View")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in OPTIONS["theme"].choices:
            action = QAction(f"{theme.capitalize()} theme", self, checkable=True)
            action.setChecked(self.settings.get("theme") == theme)
            action.triggered.connect(lambda _=False, t=theme: self.settings.set("theme", t))
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[theme] = action

        tools = self.menuBar().addMenu("&Tools")
        settings_action = QAction("&Settings…", self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        tools.addAction(settings_action)
        self.walkthrough_action = QAction("First-run &walkthrough…", self)
        tools.addAction(self.walkthrough_action)
        profile = QAction("&Profile && goals…", self)
        profile.triggered.connect(self.open_profile)
        tools.addAction(profile)
        saved = QAction("Saved &meals…", self)
        saved.triggered.connect(self.open_saved_meals)
        tools.addAction(saved)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}…", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        b = self.bridge
        self.start_button.clicked.connect(self.toggle_session)
        self.talk_button.held.connect(b.set_push_to_talk)
        self.mute_button.toggled.connect(self._set_muted)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.voice_combo.currentTextChanged.connect(lambda v: self.settings.set("voice", v))
        self.text_input.returnPressed.connect(self._send_text)
        self.export_button.clicked.connect(self.export_conversation)
        b.statusChanged.connect(self.on_status)
        b.transcript.connect(self.conversation.add_delta)
        b.turnFinished.connect(self._turn_finished)
        b.speaking.connect(lambda on: self.speaking_label.setText("● speaking" if on else ""))
        b.toolStarted.connect(lambda _id, name: self.say(Level.INFO, f"Working: {name.replace('_', ' ')}…"))
        b.toolFinished.connect(self.on_tool_result)
        b.message.connect(self.messages.show)
        b.micLevel.connect(self.level.set_level)
        b.previewFrame.connect(self.preview.show_frame)
        b.sharingChanged.connect(self.preview.set_sharing)
        b.sharingChanged.connect(self._show_sharing)
        b.diaryChanged.connect(lambda _change: self.dashboard.refresh())
        b.diaryChanged.connect(lambda _change: self.diary_view.refresh())
        self.diary_view.dayChanged.connect(self._diary_day_shown)
        b.mutedChanged.connect(self.mute_button.setChecked)  # the assistant keeps the one mute state
        self.cards.undoRequested.connect(b.undo)
        self.settings.changed.connect(self._setting_changed)

    # -- reactions ------------------------------------------------------------------------------------
    def toggle_session(self) -> None:
        if self.bridge.state in RUNNING:
            self.bridge.stop()
        else:
            self.messages.dismiss()  # pressing Start is acting on what the banner said
            self.bridge.start()

    def on_status(self, state: SessionState, detail: str) -> None:
        self.status_chip.setText(state.value.capitalize())
        self.status_chip.setProperty("state", state.value)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.status_chip.setToolTip(detail)
        running = state in RUNNING
        self.start_button.setText("Stop" if running else "Start")
        if state is SessionState.RECONNECTING:  # kept in the transcript: the conversation had a gap here
            self.conversation.add_note(detail)
        if self.tray is not None:
            self.tray.set_state(state, detail)

    def say(self, level: Level, text: str, next_step: str = "", key: str = "", title: str = "") -> None:
        """The window's own words go the same way as the assistant's (ui/message_center.py)."""
        self.messages.show(Message(level, text, next_step, key, title))

    def on_tool_result(self, result: ToolResult, tool: str) -> None:
        self.cards.add_result(result, tool)
        self.record_tool_result(result, tool)
        log.info("card shown for %s: %s", tool, result.card.title)
        if self.tray is not None and not self.isVisible():
            self.tray.notify(result.card.title, result.card.summary)

    def _turn_finished(self, turn: int, interrupted: bool, first_audio_ms) -> None:
        self.conversation.finish_turn(turn, interrupted, first_audio_ms)
        if first_audio_ms is not None:
            self.latency_label.setText(f"Last answer started after {first_audio_ms / 1000:.2f} s")

    def _send_text(self) -> None:
        text = self.text_input.text().strip()
        if not text:
            return
        if not self.bridge.send_text(text):
            self.say(Level.WARNING, "Start the conversation first.", "Press Start (Ctrl+Return).", "typing",
                     "Not connected")
            return
        self.text_input.clear()

    def _set_muted(self, muted: bool) -> None:
        self.mute_button.setText("Unmute" if muted else "Mute")
        self.bridge.set_muted(muted)
        if self.tray is not None:
            self.tray.mute_action.setChecked(muted)

    def _mode_changed(self) -> None:
        mode = self.mode_combo.currentData()
        self.settings.set("mode", mode)
        self.bridge.set_sharing("" if mode == "audio" else mode)

    def _show_sharing(self, mode: str) -> None:
        """The combo follows what is shared (a camera that failed turns it back to audio) without saving:
        the user's choice in Settings stays for when the device is back."""
        index = self.mode_combo.findData(mode or "audio")
        if index != self.mode_combo.currentIndex():
            self.mode_combo.blockSignals(True)
            self.mode_combo.setCurrentIndex(index)
            self.mode_combo.blockSignals(False)

    def _setting_changed(self, name: str, value) -> None:
        if name == "theme":
            apply_theme(QApplication.instance(), value)
            self.theme_actions[value].setChecked(True)
        elif name in ("activity", "hotkey"):
            self._apply_activity_mode()
            self.apply_hotkey()
        elif name == "voice" and self.voice_combo.currentText() != value:
            self.voice_combo.setCurrentText(value)
        elif name in ("camera", "monitor_index") and self.bridge.sharing:
            self.bridge.set_sharing(self.bridge.sharing)  # the new camera or screen, now
        if OPTIONS[name].applies == NEXT_START and self.bridge.running:
            self.say(Level.INFO, f"{OPTIONS[name].title}: this change applies when you next press Start.")

    @asyncSlot()
    async def apply_hotkey(self) -> None:
        """The global push-to-talk hotkey on (push-to-talk mode) or off; a problem stands in the banner."""
        push_to_talk = self.settings.get("activity") == "push_to_talk"
        problem = await self.bridge.enable_hotkey(self.settings.get("hotkey") if push_to_talk else None)
        if problem:
            self.say(Level.WARNING, problem, "Use a desktop shortcut for `nutrivoice --toggle-talk` instead.",
                     "hotkey", "The push-to-talk hotkey is off")

    def _apply_activity_mode(self) -> None:
        self.talk_button.setVisible(self.settings.get("activity") == "push_to_talk")

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # never exec() inside the qasync loop
        return dialog

    def diary_day(self):
        """The day Edit → Undo / Redo act on: the one the diary shows (today until another is picked)."""
        return self.diary_view.data["day"] if self.diary_view.data else self.bridge.today()

    def _diary_day_shown(self, day) -> None:
        data = self.diary_view.data or {}
        self.undo_action.setEnabled(bool(data.get("can_undo", True)))
        self.redo_action.setEnabled(bool(data.get("can_redo", True)))

    def open_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.refresh()
        return dialog

    def open_saved_meals(self) -> SavedMealsDialog:
        dialog = SavedMealsDialog(self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.refresh()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, f"About {APP_NAME}", f"{APP_NAME} {__version__}", parent=self)
        box.setObjectName("aboutBox")
        box.setInformativeText(
            "A voice-first nutrition assistant.\n\n"
            f"Food data: {FOOD_ATTRIBUTION}\n\n"
            f"Activity data: {ACTIVITY_ATTRIBUTION}\n\n"
            "Default servings for dishes follow the FDA's Reference Amounts Customarily Consumed "
            "(21 CFR 101.12); see docs/SERVINGS.md.")
        box.open()
        return box

    def export_conversation(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, "Export conversation", str(Path(documents) / "nutrivoice.md"),
                                              "Markdown (*.md);;Text (*.txt)")
        if path:
            self.write_conversation(Path(path))

    def ask_export_diary(self) -> DiaryExportDialog:
        dialog = DiaryExportDialog(self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path, days: self.say(Level.INFO, f"Diary saved to {path} ({days} days)"))
        dialog.open()
        return dialog

    def ask_import_diary(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, "Import diary", documents, "NutriVoice diary CSV (*.csv)")
        if path:
            self.import_diary(Path(path))

    @asyncSlot(object)
    async def import_diary(self, path: Path) -> None:
        try:
            done = await self.bridge.import_diary(path)
        except (OSError, ValueError) as exc:  # DiaryFileError names the line; nothing was written
            self.say(Level.WARNING, str(exc), "Nothing was imported.", "import", "Could not import the diary")
        else:
            self.say(Level.INFO, f"Imported {sum(done.values())} entries for {len(done)} days (Ctrl+Z undoes a day)")

    def record_tool_result(self, result: ToolResult, tool: str) -> None:
        card = result.card
        self.tool_results.append(f"- {datetime.now():%H:%M} **{card.title}** ({tool})"
                                 f"{' for ' + card.day if card.day else ''}: {card.summary}"
                                 f"{' Source: ' + card.source + '.' if card.source else ''}")

    def conversation_text(self) -> str:
        """The transcript, and the tool results of this run (what the assistant did, with its sources)."""
        text = self.conversation.plain_text()
        if self.tool_results:
            text += "\n\n## Tool results\n\n" + "\n".join(self.tool_results) + "\n"
        return text

    def write_conversation(self, path: Path) -> None:
        try:
            path.write_text(self.conversation_text(), encoding="utf-8")
        except OSError as exc:
            self.say(Level.WARNING, str(exc), "Choose another folder.", "export", "Could not export")
        else:
            self.say(Level.INFO, f"Conversation saved to {path}")

    def copy_conversation(self) -> None:
        QApplication.clipboard().setText(self.conversation_text())
        self.say(Level.INFO, "Conversation copied")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray is not None and self.tray.isVisible() and self.settings.get("close_to_tray"):
            event.ignore()
            self.hide()
            self.tray.notify(APP_NAME, "Still running in the tray. Use Quit to exit.")
            return
        event.accept()
        self.quitRequested.emit()
