"""Where asyncio meets Qt: the Assistant's topics re-emitted as Qt signals, and async slots into it.

Nothing is put together here (that is assistant.py); this is an adapter, one line per topic. Topics are
emitted on the event loop, which under qasync is the Qt main thread, so the signals are direct.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation
from qasync import asyncSlot

from nutrivoice_desktop.assistant import Assistant
from nutrivoice_desktop.core.state import SessionState


class SessionBridge(QObject):
    statusChanged = Signal(object, object)  # SessionState, words for the user (a str; object keeps a Phrase)
    transcript = Signal(str, str, int)  # role, delta, turn
    turnFinished = Signal(int, bool, object)  # turn, interrupted, first_audio_ms or None
    speaking = Signal(bool)
    toolStarted = Signal(str, str)  # call id, tool name
    toolFinished = Signal(object, str)  # ToolResult, tool name
    toolCancelled = Signal(str, str)  # call id, tool name
    sessionRotated = Signal(str, bool)  # reason, resumed with a handle
    message = Signal(object)  # messages.Message: the one path for what the user is told
    micLevel = Signal(float)  # dBFS
    speakerLevel = Signal(float)  # dBFS of what is being played
    previewFrame = Signal(object)  # RGB numpy array, preview size
    sentFrame = Signal(object)  # bytes: the JPEG the model gets (≤ 1 a second, only when the picture changed)
    sharingChanged = Signal(str)  # "", "camera" or "screen"
    mutedChanged = Signal(bool)
    diaryChanged = Signal(object)  # DiaryChange
    pushToTalk = Signal(bool)

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant
        events = assistant.events
        events.status.connect(lambda e: self.statusChanged.emit(e.state, e.detail))
        events.transcript.connect(lambda e: self.transcript.emit(e.role, e.text, e.turn))
        events.turn_finished.connect(lambda e: self.turnFinished.emit(e.turn, e.interrupted, e.first_audio_ms))
        events.speaking.connect(lambda e: self.speaking.emit(e.speaking))
        events.tool_started.connect(lambda e: self.toolStarted.emit(e.call_id, e.name))
        events.tool_finished.connect(lambda e: self.toolFinished.emit(e.result, e.name))
        events.tool_cancelled.connect(lambda e: self.toolCancelled.emit(e.call_id, e.name))
        events.rotated.connect(lambda e: self.sessionRotated.emit(e.reason, e.resumed))
        assistant.messages.connect(self.message.emit)
        assistant.mic_level.connect(self.micLevel.emit)
        assistant.speaker_level.connect(self.speakerLevel.emit)
        assistant.preview.connect(self.previewFrame.emit)
        assistant.sent_frame.connect(self.sentFrame.emit)
        assistant.sharing_changed.connect(self.sharingChanged.emit)
        assistant.muted_changed.connect(self.mutedChanged.emit)
        assistant.push_to_talk.connect(self.pushToTalk.emit)
        assistant.diary.changed.connect(self.diaryChanged.emit)
        QTimer.singleShot(0, self._watch_network)  # loading a backend takes ~10 ms: not before the window

    def _watch_network(self) -> None:
        """The network coming back (a new Wi-Fi, a cable, waking up) is known here long before a dead
        connection times out; without a backend (some desktops), the engine's own checks remain."""
        if QNetworkInformation.loadDefaultBackend():  # a bound slot: disconnected when the bridge goes
            QNetworkInformation.instance().reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reach: QNetworkInformation.Reachability) -> None:
        self.assistant.network_changed(reach == QNetworkInformation.Reachability.Online)

    # -- state, read from the one place it is kept ---------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self.assistant.state

    @property
    def running(self) -> bool:
        return self.assistant.running

    @property
    def muted(self) -> bool:
        return self.assistant.muted

    @property
    def sharing(self) -> str:
        return self.assistant.sharing

    # -- async slots: each returns its task, so a caller (or a test) can wait for it -----------------------
    @asyncSlot()
    async def start(self) -> None:
        await self.assistant.start()

    @asyncSlot()
    async def stop(self) -> None:
        await self.assistant.stop()

    @asyncSlot(str)
    async def set_sharing(self, mode: str) -> None:
        await self.assistant.set_sharing(mode)

    @asyncSlot(object)
    async def undo_day(self, day: date) -> None:
        await self.assistant.undo_day(day)

    @asyncSlot(object)
    async def redo_day(self, day: date) -> None:
        await self.assistant.redo_day(day)

    @asyncSlot(int)
    async def undo(self, change_id: int) -> None:
        await self.assistant.undo(change_id)

    # -- immediate slots ------------------------------------------------------------------------------
    def retry_now(self) -> None:
        self.assistant.retry_now()

    def send_text(self, text: str) -> bool:
        return self.assistant.send_text(text)

    def set_push_to_talk(self, pressed: bool) -> None:
        self.assistant.set_push_to_talk(pressed)

    def set_muted(self, muted: bool) -> None:
        self.assistant.set_muted(muted)

    # -- awaited by the window's own coroutines ----------------------------------------------------------
    async def enable_hotkey(self, combination: str | None) -> str | None:
        return await self.assistant.enable_hotkey(combination)

    async def start_mic_check(self) -> str | None:
        return await self.assistant.start_mic_check()

    async def stop_mic_check(self) -> None:
        await self.assistant.stop_mic_check()

    async def use_tool(self, name: str, args: dict) -> Any:  # core.tools.ToolResult
        return await self.assistant.use_tool(name, args)

    async def day_overview(self, history_days: int = 7, day: date | None = None) -> dict[str, Any]:
        return await self.assistant.diary.day_overview(day, history_days)

    async def export_diary(self, path, start: date | None = None, end: date | None = None) -> int:
        return await self.assistant.diary.export_diary(path, start, end)

    async def import_diary(self, path) -> dict[str, int]:
        return await self.assistant.diary.import_diary(path)

    def today(self) -> date:
        return self.assistant.diary.today()

    async def day_entries(self, day: date) -> dict[str, Any]:
        return await self.assistant.diary.day_entries(day)

    async def profile_overview(self) -> dict[str, Any]:
        return await self.assistant.diary.profile_overview()
