"""Where asyncio meets Qt: the session engine, the devices and the diary, seen from the UI as signals and slots.

Engine events arrive on the event loop (which, under qasync, is the Qt main thread) and are re-emitted as
Qt signals. Device threads never touch Qt objects: they go through ``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.live_session import LiveSession, SessionConfig
from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.tools import ToolRegistry
from nutrivoice_desktop.devices import echo
from nutrivoice_desktop.devices.audio import AudioDeviceError, AudioSystem, Microphone, PlaybackBuffer, Speaker
from nutrivoice_desktop.devices.barge_in import LocalBargeIn
from nutrivoice_desktop.devices.hotkey import HotkeyUnavailable, PushToTalkHotkey
from nutrivoice_desktop.devices.video import CameraGrabber, ScreenGrabber, VideoSource
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.tooling import day_totals
from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.services.settings import Settings

log = logging.getLogger(__name__)

LEVEL_INTERVAL_S = 0.05  # mic meter updates: 20 per second is smooth and cheap
WATCHDOG_INTERVAL_S = 1.0
STALL_AFTER_S = 2.0  # device callbacks come every 10–40 ms; two seconds without one means it is gone


class SessionBridge(QObject):
    statusChanged = Signal(object, str)  # SessionState, words for the user
    transcript = Signal(str, str, int)  # role, delta, turn
    turnFinished = Signal(int, bool, object)  # turn, interrupted, first_audio_ms or None
    speaking = Signal(bool)
    toolStarted = Signal(str, str)  # call id, tool name
    toolFinished = Signal(object, str)  # ToolResult, tool name
    problem = Signal(object)  # events.Problem
    micLevel = Signal(float)  # dBFS
    previewFrame = Signal(object)  # RGB numpy array
    sharingChanged = Signal(str)  # "", "camera" or "screen"
    diaryChanged = Signal()
    pushToTalk = Signal(bool)

    def __init__(self, settings: Settings, registry: ToolRegistry, tool_context: NutritionContext) -> None:
        super().__init__()
        self.settings = settings
        self.registry = registry
        self.tool_context = tool_context
        self.metrics = Metrics()
        self.state = SessionState.IDLE
        self._session: LiveSession | None = None
        self._audio: AudioSystem | None = None
        self._speaker: Speaker | None = None
        self._mic: Microphone | None = None
        self._mic_check: Microphone | None = None
        self._video: VideoSource | None = None
        self._hotkey: PushToTalkHotkey | None = None
        self._watchdog: asyncio.Task | None = None
        self._last_level = 0.0
        self.muted = False
        self.sharing = ""

    # -- session ------------------------------------------------------------------------------------
    @property
    def session(self) -> LiveSession | None:
        return self._session

    def _config(self, key: str) -> SessionConfig:
        s = self.settings
        return SessionConfig(api_key=key, model=s.get("model"), voice=s.get("voice"), language=s.get("language"),
                             manual_activity=s.get("activity") == "push_to_talk", base_url=s.get("endpoint"),
                             api_version=s.get("api_version"), ca_file=s.get("ca_file"), ca_only=s.get("ca_only"))

    @asyncSlot()
    async def start(self) -> None:
        await self.start_session()

    async def start_session(self) -> None:
        if self._session is not None and self._session.running:
            return
        if self._session is not None:  # a session that ended in an error: release it before a new one
            await self.stop_session()
        try:
            key = secrets.load_api_key()
        except secrets.SecretStoreError as exc:
            self._report(ev.Problem("Cannot read the API key", str(exc), "Unlock your keyring, then press Start."))
            return
        if not key:
            self._report(ev.Problem("No API key yet", "NutriVoice needs a Gemini API key to talk.",
                                    "Open Settings and paste your key from Google AI Studio."))
            return
        hub = ev.EventHub()
        hub.subscribe(self._on_event)
        buffer = PlaybackBuffer(metrics=self.metrics)
        self._session = LiveSession(self._config(key), self.registry, self.tool_context, buffer, hub, self.metrics,
                                    today=self.tool_context.today)
        self._open_audio(buffer)
        self._session.start()
        # the saved mode applies from the first Start after launch, not only after the combo is touched
        saved = self.settings.get("mode")
        sharing = self.sharing or ("" if saved == "audio" else saved)
        if sharing:
            self.set_sharing(sharing)

    def _open_audio(self, buffer: PlaybackBuffer) -> None:
        loop = asyncio.get_running_loop()
        session = self._session
        assert session is not None
        echo_mode, canceller = self.settings.get("echo"), None
        if echo_mode == "aec":
            unavailable = echo.available()
            if unavailable is None:
                canceller = echo.EchoCanceller()
            else:
                echo_mode = "half_duplex"
                self._report(ev.Problem("Echo cancellation is off", unavailable.capitalize() + ".",
                                        "The microphone pauses while the assistant speaks; headphones help.",
                                        fatal=False))
        try:
            self._audio = self._audio or AudioSystem()
            self._speaker = Speaker(self._audio, buffer, self.settings.get("output_device"),
                                    on_played=canceller.reference if canceller else None)
            gate = (lambda: buffer.playing) if echo_mode == "half_duplex" else None
            deliver = functools.partial(loop.call_soon_threadsafe, session.push_audio)
            if canceller is not None:
                deliver = _with_barge_in(LocalBargeIn(buffer, self.settings.get("mic_frame_ms")), deliver)
            self._mic = Microphone(self._audio, deliver,
                                   self.settings.get("input_device"), self.settings.get("mic_frame_ms"), gate,
                                   self._level_from_thread(loop), process=canceller.process if canceller else None)
            self._mic.muted = self.muted
        except AudioDeviceError as exc:
            self._report(ev.Problem("Audio device problem", str(exc),
                                    "You can still type to the assistant; fix the device in Settings.",
                                    fatal=False))
        self._watchdog = loop.create_task(self._watch_devices(), name="audio-watchdog")

    async def _watch_devices(self) -> None:
        """A device that stops calling back was unplugged or suspended: say so instead of going quiet."""
        while self._mic is not None or self._speaker is not None:
            await asyncio.sleep(WATCHDOG_INTERVAL_S)
            for name, device in (("microphone", self._mic), ("speaker", self._speaker)):
                if device is not None and device.stalled(STALL_AFTER_S):
                    log.warning("%s stalled", name)
                    device.close()
                    if name == "microphone":
                        self._mic = None
                    else:
                        self._speaker = None
                    self._report(ev.Problem(f"The {name} stopped", f"The {name} stopped delivering audio "
                                            "(unplugged or taken by another app?).",
                                            "Plug it back in or choose another in Settings, then press Start "
                                            "again. You can keep typing meanwhile.", fatal=False))

    def _level_from_thread(self, loop: asyncio.AbstractEventLoop) -> Callable[[float], None]:
        def on_level(level: float) -> None:  # audio thread
            now = time.monotonic()
            if now - self._last_level >= LEVEL_INTERVAL_S:
                self._last_level = now
                loop.call_soon_threadsafe(self.micLevel.emit, level)
        return on_level

    @asyncSlot()
    async def stop(self) -> None:
        await self.stop_session()

    async def stop_session(self) -> None:
        self._close_audio()
        if self._video is not None:
            self._video.stop()
            self._video = None
        session, self._session = self._session, None
        if session is not None:
            await session.aclose()
        self._set_state(SessionState.IDLE, SessionState.IDLE.words)

    def _close_audio(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        for device in (self._mic, self._speaker):
            if device is not None:
                device.close()
        self._mic = self._speaker = None

    async def shutdown(self) -> None:
        self.enable_hotkey(None)
        await self.stop_session()
        self.stop_mic_check()
        if self._audio is not None:
            self._audio.close()
            self._audio = None

    # -- input from the UI --------------------------------------------------------------------------
    def send_text(self, text: str) -> None:
        if self._session is not None:
            self._session.send_text(text)

    def set_push_to_talk(self, pressed: bool) -> None:
        if self._session is None:
            return
        if pressed:
            self._session.activity_start()
        else:
            self._session.activity_end()
        self.pushToTalk.emit(pressed)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if self._mic is not None:
            self._mic.muted = muted

    def set_sharing(self, mode: str) -> None:
        """"" stops sharing at once (the capture thread is joined before this returns)."""
        if self._video is not None:
            self._video.stop()
            self._video = None
        if self._session is not None:
            self._session.clear_video()
        self.sharing = mode
        if mode:
            loop = asyncio.get_event_loop()
            if mode == "camera":
                camera = self.settings.get("camera").strip()
                make = functools.partial(CameraGrabber, int(camera) if camera.isdigit() else camera)
            else:
                make = functools.partial(ScreenGrabber, self.settings.get("monitor_index"))
            self._video = VideoSource(
                make,
                on_preview=LatestOnly(loop, self.previewFrame.emit).offer,
                on_frame=lambda jpeg: loop.call_soon_threadsafe(self._send_frame, jpeg),
                on_error=lambda message: loop.call_soon_threadsafe(self._video_failed, message))
            self._video.start()
        self.sharingChanged.emit(mode)

    def _send_frame(self, jpeg: bytes) -> None:
        if self._session is not None and self.sharing:
            self._session.push_video(jpeg)

    def _video_failed(self, message: str) -> None:
        self.set_sharing("")
        self._report(ev.Problem("Sharing stopped", message, "Check the camera or screen setting.", fatal=False))

    def enable_hotkey(self, combination: str | None) -> str | None:
        """Start (or with None stop) the global push-to-talk hotkey; returns a problem in words, or None."""
        if self._hotkey is not None:
            self._hotkey.stop()
            self._hotkey = None
        if not combination:
            return None
        loop = asyncio.get_event_loop()
        try:
            self._hotkey = PushToTalkHotkey(
                combination, on_press=lambda: loop.call_soon_threadsafe(self.set_push_to_talk, True),
                on_release=lambda: loop.call_soon_threadsafe(self.set_push_to_talk, False))
            self._hotkey.start()
        except HotkeyUnavailable as exc:
            self._hotkey = None
            return str(exc)
        return None

    # -- microphone check (first-run walkthrough) -----------------------------------------------------
    def start_mic_check(self) -> str | None:
        self.stop_mic_check()
        loop = asyncio.get_event_loop()
        try:
            self._audio = self._audio or AudioSystem()
            self._mic_check = Microphone(self._audio, lambda pcm, at: None, self.settings.get("input_device"),
                                         self.settings.get("mic_frame_ms"), None, self._level_from_thread(loop))
        except AudioDeviceError as exc:
            return str(exc)
        return None

    def stop_mic_check(self) -> None:
        if self._mic_check is not None:
            self._mic_check.close()
            self._mic_check = None

    # -- the diary ------------------------------------------------------------------------------------
    def day_overview(self, day: date | None = None, history_days: int = 7) -> dict[str, Any]:
        day = day or self.tool_context.today()
        overview = day_totals(self.tool_context, day)
        overview["history"] = self.tool_context.store.history(day, history_days)
        overview["day"] = day
        return overview

    @asyncSlot(int)
    async def undo(self, undo_id: int) -> None:
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, self.registry.call, "undo_last_change", {"undo_id": undo_id},
                                            self.tool_context)
        self.toolFinished.emit(result, "undo_last_change")
        self.diaryChanged.emit()

    # -- engine events --------------------------------------------------------------------------------
    def _on_event(self, event: Any) -> None:
        if isinstance(event, ev.StatusChanged):
            self._set_state(event.state, event.detail)
        elif isinstance(event, ev.TranscriptDelta):
            self.transcript.emit(event.role, event.text, event.turn)
        elif isinstance(event, ev.TurnFinished):
            self.turnFinished.emit(event.turn, event.interrupted, event.first_audio_ms)
        elif isinstance(event, ev.ModelSpeaking):
            self.speaking.emit(event.speaking)
        elif isinstance(event, ev.ToolStarted):
            self.toolStarted.emit(event.call_id, event.name)
        elif isinstance(event, ev.ToolFinished):
            self.toolFinished.emit(event.result, event.name)
            if event.result.ok:
                self.diaryChanged.emit()
        elif isinstance(event, ev.Problem):
            self._report(event)
            if event.fatal:
                self._close_audio()

    def _set_state(self, state: SessionState, detail: str) -> None:
        self.state = state
        self.statusChanged.emit(state, detail)

    def _report(self, problem: ev.Problem) -> None:
        log.warning("problem shown to the user: %s: %s", problem.title, problem.message)
        self.problem.emit(problem)


class LatestOnly:
    """Hands the newest value from a thread to the loop, one at a time: while one is waiting to be
    delivered, a newer one replaces it. A stalled loop then holds one camera frame, not one per frame
    captured (each is an RGB array of a megabyte or more)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, deliver: Callable[[Any], None]) -> None:
        self._loop, self._deliver = loop, deliver
        self._lock = threading.Lock()
        self._slot: list[Any] = []  # empty, or the one value waiting

    def offer(self, value: Any) -> None:  # any thread
        with self._lock:
            waiting = bool(self._slot)
            self._slot[:] = [value]
        if not waiting:
            self._loop.call_soon_threadsafe(self._hand_over)

    def _hand_over(self) -> None:  # the loop
        with self._lock:
            value = self._slot.pop() if self._slot else None
        if value is not None:
            self._deliver(value)


def _with_barge_in(barge_in: LocalBargeIn, deliver: Callable[[bytes, float], None]) -> Callable[[bytes, float], None]:
    def on_frame(pcm: bytes, captured_at: float) -> None:  # microphone thread
        barge_in.observe(pcm, captured_at)
        deliver(pcm, captured_at)
    return on_frame
