"""The main window: session controls on top, the conversation on the left, preview, day dashboard and, in
tabs, the tool cards and the diary on the right. Every control has a keyboard path and an accessible name."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QMainWindow,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)
from qasync import asyncSlot

from nutrivoice_desktop import APP_NAME, __version__
from nutrivoice_desktop.nutrition.activities import ATTRIBUTION as ACTIVITY_ATTRIBUTION
from nutrivoice_desktop.nutrition.food_db import ATTRIBUTION as FOOD_ATTRIBUTION
from nutrivoice_desktop.core.conversation_journal import ConversationJournal
from nutrivoice_desktop.core.messages import OPEN_SETTINGS, RETRY, Level, Message
from nutrivoice_desktop.core.state import REFRESHING, SessionState
from nutrivoice_desktop.core.voice_mode import VoiceModeTracker
from nutrivoice_desktop.core.tools import ToolResult
from nutrivoice_desktop.services import paths
from nutrivoice_desktop.services.settings import APP_RESTART, NEXT_START, OPTIONS, Settings, translated
from nutrivoice_desktop.ui.cards import CardColumn
from nutrivoice_desktop.ui.conversation import ConversationView
from nutrivoice_desktop.ui.dashboard import HISTORY_RANGES, DayDashboard
from nutrivoice_desktop.ui.diagnostics import DiagnosticsPanel
from nutrivoice_desktop.ui.diary_export_dialog import DiaryExportDialog
from nutrivoice_desktop.ui.diary_view import DiaryView
from nutrivoice_desktop.ui.hotkey_edit import human as human_hotkey
from nutrivoice_desktop.ui.i18n import shown
from nutrivoice_desktop.ui.message_area import MessageArea
from nutrivoice_desktop.ui.message_center import MessageCenter
from nutrivoice_desktop.ui.preview import PreviewPane
from nutrivoice_desktop.ui.profile_dialog import ProfileDialog
from nutrivoice_desktop.ui.saved_meals import SavedMealsDialog
from nutrivoice_desktop.ui.settings_dialog import SettingsDialog
from nutrivoice_desktop.ui.shortcuts_page import ShortcutsDialog
from nutrivoice_desktop.ui.theme import apply_theme
from nutrivoice_desktop.ui.voice_indicator import VoiceIndicator
from nutrivoice_desktop.ui.window_memory import WindowMemory

log = logging.getLogger(__name__)
RUNNING = (SessionState.CONNECTING, SessionState.ACTIVE, SessionState.RECONNECTING)


class TalkButton(QPushButton):
    """Hold to talk (mouse or Space while focused): push-to-talk from inside the window."""

    held = Signal(bool)

    def __init__(self) -> None:
        super().__init__(self.tr("Hold to talk"))
        self.setAccessibleName(self.tr("Hold to talk"))
        self.setAutoRepeat(False)
        self.pressed.connect(lambda: self.held.emit(True))
        self.released.connect(lambda: self.held.emit(False))


class MainWindow(QMainWindow):
    quitRequested = Signal()

    def __init__(self, settings: Settings, bridge, icon: QIcon, hardware=None) -> None:
        """*hardware* lists and tests devices for Settings (devices/hardware.py, given by app.py: the window
        does not import devices itself)."""
        super().__init__()
        self.settings = settings
        self.bridge = bridge
        self.hardware = hardware
        self.tray = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon)
        self.resize(1180, 760)
        self.tool_results: list[str] = []  # this run's cards as Markdown lines, for the conversation export
        self.voice_mode = VoiceModeTracker()
        self._lost_at: datetime | None = None  # when the connection went, while it is being got back
        self.memory = WindowMemory(self.settings.file_name)
        self._build()
        self._build_menu()
        self.messages = MessageCenter(self.problem_banner, self.statusBar(), lambda: self.tray, self.isVisible)
        self._connect()
        self.dashboard.refresh()
        self.diary_view.refresh()
        self._apply_activity_mode()
        self.on_status(SessionState.IDLE, SessionState.IDLE.words)
        self.memory.restore(self)

    # -- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)

        controls = QHBoxLayout()
        # the voice conversation's state, large, at the head of the window; the controls beside it
        self.voice = VoiceIndicator()
        controls.addWidget(self.voice, 1)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start or stop the conversation"))
        self.start_button.setToolTip(self.tr("Start or stop talking (Ctrl+Return)"))
        controls.addWidget(self.start_button)
        self.talk_button = TalkButton()
        controls.addWidget(self.talk_button)
        self.mute_button = QPushButton(self.tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.setToolTip(self.tr("Mute or unmute the microphone (Ctrl+M)"))
        self.mute_button.setAccessibleName(self.tr("Mute the microphone"))
        # the shortcuts are the window's actions, not the buttons': QPushButton.setText() drops a button's
        # shortcut (it takes the & mnemonic), and the labels change with every toggle
        self.start_action = QAction(self.tr("Start or stop talking"), self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.start_action.triggered.connect(self.start_button.click)
        self.mute_action = QAction(self.tr("Mute or unmute"), self)
        self.mute_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mute_action.triggered.connect(self.mute_button.click)
        self.addActions([self.start_action, self.mute_action])
        controls.addWidget(self.mute_button)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("What the assistant can see"))
        for key in OPTIONS["mode"].choices:  # the words Settings uses too, declared with the option
            self.mode_combo.addItem(OPTIONS["mode"].label(key), key)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(self.settings.get("mode"))))
        controls.addWidget(self.mode_combo)
        self.voice_combo = QComboBox()
        self.voice_combo.setAccessibleName(self.tr("Assistant voice"))
        for voice in OPTIONS["voice"].choices:
            self.voice_combo.addItem(OPTIONS["voice"].label(voice), voice)
        self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(self.settings.get("voice"))))
        controls.addWidget(self.voice_combo)
        outer.addLayout(controls)

        self.problem_banner = MessageArea()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
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
        self.text_input.setPlaceholderText(self.tr("Or type a message and press Enter"))
        self.text_input.setAccessibleName(self.tr("Type a message"))
        typing.addWidget(self.text_input, 1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the conversation"))
        typing.addWidget(self.export_button)
        left_layout.addLayout(typing)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewPane()
        right_layout.addWidget(self.preview)
        self.dashboard = DayDashboard(self.bridge.day_overview, history_days=self.memory.history_days(
            HISTORY_RANGES, 7))
        right_layout.addWidget(self.dashboard)
        self.cards = CardColumn()
        self.diary_view = DiaryView(self.bridge)
        self.right_tabs = QTabWidget()
        self.right_tabs.setAccessibleName(self.tr("Results and diary"))
        self.right_tabs.addTab(self.cards, self.tr("Results"))
        self.right_tabs.addTab(self.diary_view, self.tr("Diary"))
        right_layout.addWidget(self.right_tabs, 1)
        splitter.addWidget(right)
        splitter.setSizes([640, 520])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.diagnostics = DiagnosticsPanel(self)
        self.diagnostics.setObjectName("diagnostics")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.diagnostics)
        self.diagnostics.hide()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        export = QAction(self.tr("&Export conversation…"), self)
        export.setShortcut(QKeySequence("Ctrl+S"))
        export.triggered.connect(self.export_conversation)
        file_menu.addAction(export)
        copy = QAction(self.tr("&Copy conversation"), self)
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.triggered.connect(self.copy_conversation)
        file_menu.addAction(copy)
        file_menu.addSeparator()
        export_diary = QAction(self.tr("Export &diary…"), self)
        export_diary.triggered.connect(self.ask_export_diary)
        file_menu.addAction(export_diary)
        import_diary = QAction(self.tr("&Import diary…"), self)
        import_diary.triggered.connect(self.ask_import_diary)
        file_menu.addAction(import_diary)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quitRequested)
        file_menu.addAction(quit_action)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        # QActions, not button shortcuts: they work wherever the focus is and survive any label change
        self.undo_action = QAction(self.tr("&Undo diary change"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setToolTip(self.tr("Undo the newest change of the day the diary shows (Ctrl+Z)"))
        self.undo_action.triggered.connect(lambda: self.bridge.undo_day(self.diary_day()))
        edit.addAction(self.undo_action)
        self.redo_action = QAction(self.tr("&Redo diary change"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(lambda: self.bridge.redo_day(self.diary_day()))
        edit.addAction(self.redo_action)
        show_diary = QAction(self.tr("Show the &diary"), self)
        show_diary.setShortcut(QKeySequence("Ctrl+D"))
        show_diary.triggered.connect(lambda: self.right_tabs.setCurrentWidget(self.diary_view))
        edit.addAction(show_diary)

        view = self.menuBar().addMenu(self.tr("&View"))
        diagnostics = self.diagnostics.toggleViewAction()
        diagnostics.setText(self.tr("&Diagnostics"))
        diagnostics.setShortcut(QKeySequence("Ctrl+Shift+D"))
        view.addAction(diagnostics)
        theme_menu = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in OPTIONS["theme"].choices:
            action = QAction(OPTIONS["theme"].label(theme), self, checkable=True)
            action.setChecked(self.settings.get("theme") == theme)
            action.triggered.connect(lambda _=False, t=theme: self.settings.set("theme", t))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action

        tools = self.menuBar().addMenu(self.tr("&Tools"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        tools.addAction(settings_action)
        self.walkthrough_action = QAction(self.tr("First-run &walkthrough…"), self)
        tools.addAction(self.walkthrough_action)
        profile = QAction(self.tr("&Profile && goals…"), self)
        profile.triggered.connect(self.open_profile)
        tools.addAction(profile)
        saved = QAction(self.tr("Saved &meals…"), self)
        saved.triggered.connect(self.open_saved_meals)
        tools.addAction(saved)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About {app}…").format(app=APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        b = self.bridge
        self.start_button.clicked.connect(self.toggle_session)
        self.talk_button.held.connect(b.set_push_to_talk)
        self.mute_button.toggled.connect(self._set_muted)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.voice_combo.currentIndexChanged.connect(lambda _i: self.settings.set("voice", self.voice_combo.currentData()))
        self.text_input.returnPressed.connect(self._send_text)
        self.export_button.clicked.connect(self.export_conversation)
        b.statusChanged.connect(self.on_status)
        b.transcript.connect(self.conversation.add_delta)
        b.transcript.connect(self._transcript_for_voice)
        b.turnFinished.connect(self._turn_finished)
        b.speaking.connect(self._speaking)
        b.toolStarted.connect(lambda _id, _name: self._voice_fact(self.voice_mode.tool_started))
        b.toolCancelled.connect(lambda _id, _name: self._voice_fact(self.voice_mode.tool_finished))
        b.toolFinished.connect(self.on_tool_result)
        b.message.connect(self._message)  # a window slot: Qt drops the connection when the window goes
        b.micLevel.connect(self._mic_level)
        b.speakerLevel.connect(self.voice.set_speaker_level)
        b.pushToTalk.connect(self._push_to_talk_held)
        b.sessionRotated.connect(lambda _reason, _resumed: self.diagnostics.reconnected())
        self.problem_banner.actionRequested.connect(self._message_action)
        self.problem_banner.dismissed.connect(self.messages.dismiss)
        b.previewFrame.connect(self.preview.show_frame)
        b.sentFrame.connect(self.preview.show_sent)
        b.sharingChanged.connect(self.preview.set_sharing)
        b.sharingChanged.connect(self._show_sharing)
        b.sharingChanged.connect(lambda mode: self.tray.set_sharing(mode) if self.tray is not None else None)
        self.preview.stopRequested.connect(self.stop_sharing)
        b.diaryChanged.connect(lambda _change: self.dashboard.refresh())
        b.diaryChanged.connect(lambda _change: self.diary_view.refresh())
        self.diary_view.dayChanged.connect(self._diary_day_shown)
        self.dashboard.historyRangeChanged.connect(lambda _days: self.memory.save(self))
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
        previous = self.voice_mode.state  # the last state it was told
        running = state in RUNNING
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        # the transcript keeps the gap, once: when the connection went and when it came back (a retry
        # every few seconds in between is the indicator's business, not a line each); a planned refresh
        # loses nothing and is not a gap
        if state is SessionState.RECONNECTING and detail != REFRESHING and self._lost_at is None \
                and previous in (SessionState.ACTIVE, SessionState.RECONNECTING):
            self._lost_at = datetime.now()
            self.conversation.add_note(self.tr("Connection lost at {time}; reconnecting…").format(
                time=f"{self._lost_at:%H:%M}"))
        elif state is SessionState.ACTIVE and self._lost_at is not None:
            gap = (datetime.now() - self._lost_at).total_seconds()
            self.conversation.add_note(self.tr("Reconnected after {seconds:.0f} s.").format(seconds=gap))
        if state is not SessionState.RECONNECTING:
            self._lost_at = None
        self.voice_mode.session_state(state)
        self.voice.set_detail(detail)
        self._show_voice_mode()
        self.diagnostics.set_state(state, detail)
        if self.tray is not None:
            self.tray.set_state(state, detail)

    def _message(self, message: Message) -> None:
        self.messages.show(message)

    def say(self, level: Level, text: str, next_step: str = "", key: str = "", title: str = "") -> None:
        """The window's own words go the same way as the assistant's (ui/message_center.py)."""
        self.messages.show(Message(level, text, next_step, key, title))

    def on_tool_result(self, result: ToolResult, tool: str) -> None:
        self._voice_fact(self.voice_mode.tool_finished)
        self.cards.add_result(result, tool)
        self.record_tool_result(result, tool)
        log.info("card shown for %s: %s", tool, result.card.title)
        if self.tray is not None and not self.isVisible():
            self.tray.notify(shown(result.card.title), shown(result.card.summary))

    def _turn_finished(self, turn: int, interrupted: bool, first_audio_ms) -> None:
        self.conversation.finish_turn(turn, interrupted, first_audio_ms)
        self._voice_fact(self.voice_mode.reply_finished)
        if first_audio_ms is not None:
            self.diagnostics.reply_started(first_audio_ms)

    # -- the voice indicator: facts in, one mode out ----------------------------------------------------
    def _voice_fact(self, fact, *args) -> None:
        fact(*args)
        self._show_voice_mode()

    def _show_voice_mode(self) -> None:
        self.voice.set_mode(self.voice_mode.mode())

    def _transcript_for_voice(self, role: str, _text: str, _turn: int) -> None:
        if role == "user":
            self._voice_fact(self.voice_mode.user_words)

    def _speaking(self, on: bool) -> None:
        self._voice_fact(self.voice_mode.set_speaking, on)

    def _push_to_talk_held(self, held: bool) -> None:
        self.voice_mode.held = held
        self._show_voice_mode()

    def _mic_level(self, dbfs: float) -> None:
        # the levels arrive 20 times a second while the mic is open: "thinking" starts on one of them
        # (the user's words stopped a moment ago), without a timer of its own
        self._show_voice_mode()
        self.voice.set_mic_level(dbfs)

    def _message_action(self, action: str) -> None:
        if action == OPEN_SETTINGS:
            self.open_settings()
        elif action == RETRY:
            if self.bridge.state in (SessionState.CONNECTING, SessionState.RECONNECTING):
                self.bridge.retry_now()
            else:
                self.messages.dismiss()
                self.bridge.start()

    def _send_text(self) -> None:
        text = self.text_input.text().strip()
        if not text:
            return
        if not self.bridge.send_text(text):
            self.say(Level.WARNING, self.tr("Start the conversation first."), self.tr("Press Start (Ctrl+Return)."),
                     "typing", self.tr("Not connected"))
            return
        self._voice_fact(self.voice_mode.user_words)
        self.text_input.clear()

    def _set_muted(self, muted: bool) -> None:
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        self.bridge.set_muted(muted)
        self.voice_mode.muted = muted
        self._show_voice_mode()
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
        elif name == "voice" and self.voice_combo.currentData() != value:
            self.voice_combo.setCurrentIndex(self.voice_combo.findData(value))
        elif name in ("camera", "monitor_index", "screen_window") and self.bridge.sharing:
            self.bridge.set_sharing(self.bridge.sharing)  # the new camera or screen, now
        title = translated(OPTIONS[name].title)
        if OPTIONS[name].applies == NEXT_START and self.bridge.running:
            self.say(Level.INFO, self.tr("{setting}: this change applies when you next press Start.").format(
                setting=title))
        elif OPTIONS[name].applies == APP_RESTART:
            self.say(Level.INFO, self.tr("{setting}: this change applies when you restart NutriVoice.").format(
                setting=title))

    @asyncSlot()
    async def apply_hotkey(self) -> None:
        """The global push-to-talk hotkey on (push-to-talk mode) or off; a problem stands in the banner."""
        push_to_talk = self.settings.get("activity") == "push_to_talk"
        problem = await self.bridge.enable_hotkey(self.settings.get("hotkey") if push_to_talk else None)
        if problem:
            self.say(Level.WARNING, shown(problem), self.tr("Use a desktop shortcut for `nutrivoice --toggle-talk` instead."),
                     "hotkey", self.tr("The push-to-talk hotkey is off"))

    def _apply_activity_mode(self) -> None:
        push_to_talk = self.settings.get("activity") == "push_to_talk"
        self.talk_button.setVisible(push_to_talk)
        self.voice_mode.push_to_talk_mode = push_to_talk
        self.voice.set_shortcuts(hotkey=human_hotkey(self.settings.get("hotkey")))
        self._show_voice_mode()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self, hardware=self.hardware,
                                audio_busy=lambda: self.bridge.running)
        dialog.profileRequested.connect(self.open_profile)
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

    def show_shortcuts(self) -> ShortcutsDialog:
        """Every shortcut the window has, read from its actions: the page cannot go out of date."""
        dialog = ShortcutsDialog(self.findChildren(QAction), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About {app}").format(app=APP_NAME),
                          f"{APP_NAME} {__version__}", parent=self)
        box.setObjectName("aboutBox")
        box.setInformativeText(
            self.tr("A voice-first nutrition assistant.\n\nFood data: {food}\n\nActivity data: {activity}\n\n"
                    "Default servings for dishes follow the FDA's Reference Amounts Customarily Consumed "
                    "(21 CFR 101.12); see docs/SERVINGS.md.").format(food=FOOD_ATTRIBUTION,
                                                                     activity=ACTIVITY_ATTRIBUTION))
        box.open()
        return box

    def export_conversation(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversation"),
                                              str(Path(documents) / "nutrivoice.md"),
                                              self.tr("Markdown (*.md);;Text (*.txt)"))
        if path:
            self.write_conversation(Path(path))

    def ask_export_diary(self) -> DiaryExportDialog:
        dialog = DiaryExportDialog(self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path, days: self.say(Level.INFO, self.tr("Diary saved to {path} (%n days)", "", days).format(path=path)))
        dialog.open()
        return dialog

    def ask_import_diary(self) -> None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import diary"), documents,
                                              self.tr("NutriVoice diary CSV (*.csv)"))
        if path:
            self.import_diary(Path(path))

    @asyncSlot(object)
    async def import_diary(self, path: Path) -> None:
        try:
            done = await self.bridge.import_diary(path)
        except (OSError, ValueError) as exc:  # DiaryFileError names the line; nothing was written
            self.say(Level.WARNING, str(exc), self.tr("Nothing was imported."), "import",
                     self.tr("Could not import the diary"))
        else:
            self.say(Level.INFO, self.tr("Imported %n day(s) of the diary (Ctrl+Z undoes a day).", "", len(done)))

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
            self.say(Level.WARNING, str(exc), self.tr("Choose another folder."), "export", self.tr("Could not export"))
        else:
            self.say(Level.INFO, self.tr("Conversation saved to {path}").format(path=path))

    def copy_conversation(self) -> None:
        QApplication.clipboard().setText(self.conversation_text())
        self.say(Level.INFO, self.tr("Conversation copied"))

    def attach_tray(self, tray) -> None:
        """The tray mirrors the window (state, mute, sharing) and drives it."""
        self.tray = tray
        tray.startStopRequested.connect(self.toggle_session)
        tray.muteToggled.connect(self.mute_button.setChecked)
        tray.stopSharingRequested.connect(self.stop_sharing)
        tray.set_state(self.bridge.state, self.bridge.state.words)
        tray.set_sharing(self.bridge.sharing)

    def stop_sharing(self) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData("audio"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.memory.save(self)
        if self.tray is not None and self.tray.isVisible() and self.settings.get("close_to_tray"):
            event.ignore()
            if self.bridge.sharing:
                self._ask_before_hiding_while_sharing()
                return
            self._hide_to_tray()
            return
        event.accept()
        self.quitRequested.emit()

    def _hide_to_tray(self) -> None:
        self.hide()
        self.tray.notify(APP_NAME, self.tr("Still running in the tray. Use Quit to exit."))

    def _ask_before_hiding_while_sharing(self) -> QMessageBox:
        """Nobody should find out later that their camera kept going to Gemini with the window closed."""
        what = self.tr("camera") if self.bridge.sharing == "camera" else self.tr("screen")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep sharing?"),
                          self.tr("Your {what} is shared with Gemini. Keep sharing while NutriVoice is in the "
                                  "tray?").format(what=what), parent=self)
        box.setObjectName("sharingOnClose")
        stop = box.addButton(self.tr("Stop sharing and hide"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep sharing and hide"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(stop)

        def answered(button) -> None:
            if button is stop:
                self.stop_sharing()
            if button in (stop, keep):
                self._hide_to_tray()
        box.buttonClicked.connect(answered)
        box.open()
        return box
