"""The product, put together once, without Qt: the live session, the audio chain, video and the diary.

    microphone → echo canceller → local barge-in → session outbox → Live API
    Live API → playback buffer → speaker (→ echo canceller's reference)
    camera/screen → change detector → session (≤ 1 fps) and a preview for the window
    tool calls → DiaryService (one worker) → cards, dashboard, undo

app.py, bench/ and the integration tests all build this one object, so what is measured and tested is
what users run. The window talks to it through bridge/session_bridge.py (Qt signals out, async slots in).

Every method is called on the event loop's thread. Anything that can block (reading the key from the
keyring, opening and closing sound devices, joining a capture thread, the diary) runs in a worker thread
and is awaited, so the window never freezes while the assistant starts, stops or changes what it sees.
Device threads never call in here directly: they go through ``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Protocol

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core import first_imports
from nutrivoice_desktop.core.live_session import LiveSession, SessionConfig, warm_sdk
from nutrivoice_desktop.core.messages import OPEN_SETTINGS, RETRY, Level, Message
from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.signals import Topic
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.tools import ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, said
from nutrivoice_desktop.devices.audio import (AudioDeviceError, AudioSystem, Microphone, PlaybackBuffer, Speaker,
                                              level_dbfs)
from nutrivoice_desktop.devices.barge_in import LocalBargeIn
from nutrivoice_desktop.devices.hotkey import HotkeyUnavailable, PushToTalkHotkey
from nutrivoice_desktop.nutrition.diary_service import USER, DiaryChange, DiaryService
from nutrivoice_desktop.services import secrets

if TYPE_CHECKING:
    from nutrivoice_desktop.devices.video import VideoSource

log = logging.getLogger(__name__)

LEVEL_INTERVAL_S = 0.05  # mic meter updates: 20 per second is smooth and cheap
WATCHDOG_INTERVAL_S = 1.0
STALL_AFTER_S = 2.0  # device callbacks come every 10–40 ms; two seconds without one means it is gone
RUNNING = (SessionState.CONNECTING, SessionState.ACTIVE, SessionState.RECONNECTING)


class SettingsReader(Protocol):
    def get(self, name: str) -> Any: ...


class Assistant:
    def __init__(self, settings: SettingsReader, diary: DiaryService, *,
                 sound_card: Callable[[], Any] = AudioSystem, metrics: Metrics | None = None) -> None:
        """``sound_card`` makes the object that opens audio streams (PyAudio's, or the bench's clocked
        stand-in with the same ``open`` method); it is made once, in a worker thread, when first needed."""
        self.settings = settings
        self.diary = diary
        self.metrics = metrics or Metrics()
        self.events = ev.SessionEvents()  # one set of topics for every session this assistant starts
        self.mic_level: Topic[float] = Topic("mic_level")  # dBFS, at most 20 a second
        self.speaker_level: Topic[float] = Topic("speaker_level")  # dBFS of what the speaker plays, likewise
        self.preview: Topic[Any] = Topic("preview")  # the newest camera/screen frame (RGB array, preview size)
        self.sent_frame: Topic[bytes] = Topic("sent_frame")  # the newest JPEG sent to the model (≤ 1 a second)
        self.sharing_changed: Topic[str] = Topic("sharing_changed")  # "", "camera" or "screen"
        self.muted_changed: Topic[bool] = Topic("muted_changed")
        self.push_to_talk: Topic[bool] = Topic("push_to_talk")
        self.messages: Topic[Message] = Topic("messages")  # everything said to the user (core/messages.py)
        self.state = SessionState.IDLE
        self.muted = False
        self.sharing = ""
        self._sound_card_factory = sound_card
        self._sound_card: Any = None
        self._card_lock = threading.Lock()
        self._session: LiveSession | None = None
        self._mic: Microphone | None = None
        self._speaker: Speaker | None = None
        self._mic_check: Microphone | None = None
        self._video: VideoSource | None = None
        self._hotkey: PushToTalkHotkey | None = None
        self._watchdog: asyncio.Task | None = None
        self._lifecycle = asyncio.Lock()  # start, stop and sharing changes happen one at a time
        self._mic_check_order = asyncio.Lock()  # a check's stop never overtakes its start
        self.events.status.connect(self._on_status)
        self.events.problem.connect(self._on_problem)
        diary.changed.connect(self._on_diary_changed)

    async def prepare(self) -> None:
        """Load what the first Start needs, in a worker thread, right after the window shows: the SDK and
        its types (~0.5 s), the echo canceller's native library, the sound system. Loading them holds
        Python's lock for long stretches (module bodies, dlopen, PortAudio's start-up), which would stall the
        window at the moment the user presses Start; now it happens while they look at the window, and the
        first Start only connects. A failure here is not reported: Start tries again and says why."""
        def load() -> None:
            warm_sdk()
            echo, _video = _numeric_devices()
            if self.settings.get("echo") == "aec":
                echo.available()
            if self.settings.get("mode") == "camera":
                # OpenCV's import holds Python's lock for ~100 ms: here, not in the capture thread at the first
                # camera frame while the window animates (only for users who share a camera: ~40 MB)
                import cv2  # noqa: F401
            try:
                self._card()
            except AudioDeviceError as exc:
                log.info("sound system not ready yet: %s", exc)
        await asyncio.to_thread(load)

    # -- the session ------------------------------------------------------------------------------------
    @property
    def session(self) -> LiveSession | None:
        return self._session

    @property
    def running(self) -> bool:
        return self.state in RUNNING

    def _config(self, key: str) -> SessionConfig:
        s = self.settings
        return SessionConfig(api_key=key, model=s.get("model"), voice=s.get("voice"), language=s.get("language"),
                             manual_activity=s.get("activity") == "push_to_talk", base_url=s.get("endpoint"),
                             api_version=s.get("api_version"), ca_file=s.get("ca_file"), ca_only=s.get("ca_only"))

    async def start(self) -> None:
        async with self._lifecycle:
            if self._session is not None and self._session.running:
                return
            if self._session is not None:  # a session that ended in an error: release it before a new one
                await self._stop_locked()
            for key in ("connection", "api-key", "audio-device"):  # a new Start: old problems are moot
                self._say(Message.clear(key))
            self._set_state(SessionState.CONNECTING, "Reading the API key…")
            try:
                key = await asyncio.to_thread(secrets.load_api_key)  # a locked keyring may ask and wait
            except secrets.SecretStoreError as exc:
                self._set_state(SessionState.IDLE, SessionState.IDLE.words)
                self._say(Message(Level.ERROR, said(exc),
                                  QT_TRANSLATE_NOOP("Messages", "Unlock your keyring, then press Start."), "api-key",
                                  QT_TRANSLATE_NOOP("Messages", "Cannot read the API key")))
                return
            if not key:
                self._set_state(SessionState.IDLE, SessionState.IDLE.words)
                self._say(Message(
                    Level.ERROR, QT_TRANSLATE_NOOP("Messages", "NutriVoice needs a Gemini API key to talk."),
                    QT_TRANSLATE_NOOP("Messages", "Open Settings and paste your key from Google AI Studio."),
                    "api-key", QT_TRANSLATE_NOOP("Messages", "No API key yet"), OPEN_SETTINGS))
                return
            buffer = PlaybackBuffer(metrics=self.metrics)
            self._session = LiveSession(self._config(key), self.diary, buffer, self.events, self.metrics,
                                        today=self.diary.today)
            # the saved mode applies from the first Start after launch, not only after the combo is touched
            saved = self.settings.get("mode")
            wanted = self.sharing or ("" if saved == "audio" else saved)
            self._session.set_video_kind(wanted)  # part of the setup: before it is sent
            self._session.start()
            await self._open_audio(buffer)
            if wanted and self._video is None:
                await self._share_locked(wanted)

    async def adopt_settings_weight(self) -> None:
        """Versions before the Profile page kept the body weight in Settings: the diary takes it once, where
        its profile has none, and Settings forgets it."""
        weight = self.settings.take_retired("weight_kg")
        if weight is None:
            return
        try:
            await self.diary.adopt_profile(weight_kg=float(weight))
        except (ValueError, TypeError) as exc:
            log.warning("the former Settings weight %r was not taken: %s", weight, exc)

    async def _open_audio(self, buffer: PlaybackBuffer) -> None:
        loop = asyncio.get_running_loop()
        session = self._session
        assert session is not None
        # numpy with them: here, not at the first frame in an audio thread, when Start comes before prepare ends
        echo = (await asyncio.to_thread(_numeric_devices))[0]
        echo_mode, canceller = self.settings.get("echo"), None
        if echo_mode == "aec":
            # the first call loads livekit's native library (~70 ms): in a worker thread
            unavailable = await asyncio.to_thread(echo.available)
            if unavailable is None:
                canceller = await asyncio.to_thread(echo.EchoCanceller)
            else:
                echo_mode = "half_duplex"
                self._say(Message(Level.WARNING, unavailable.capitalize() + ".",
                                  QT_TRANSLATE_NOOP("Messages", "The microphone pauses while the assistant speaks; "
                                                                "headphones help."), "echo",
                                  QT_TRANSLATE_NOOP("Messages", "Echo cancellation is off")))
        frame_ms = self.settings.get("mic_frame_ms")
        deliver: Callable[[bytes, float], None] = functools.partial(loop.call_soon_threadsafe, session.push_audio)
        on_level = self._level_from_thread(loop)
        if canceller is not None:
            on_level = _with_barge_in(LocalBargeIn(buffer, frame_ms), on_level)
        gate = (lambda: buffer.playing) if echo_mode == "half_duplex" else None

        def open_devices() -> tuple[Speaker, Microphone]:  # worker thread: PortAudio opens can take 100 ms
            card = self._card()
            speaker = Speaker(card, buffer, self.settings.get("output_device"),
                              on_played=self._played_from_thread(loop, canceller))
            try:
                mic = Microphone(card, deliver, self.settings.get("input_device"), frame_ms, gate, on_level,
                                 process=canceller.process if canceller else None)
            except AudioDeviceError:
                speaker.close()
                raise
            return speaker, mic

        try:
            self._speaker, self._mic = await asyncio.to_thread(open_devices)
            self._mic.muted = self.muted
        except AudioDeviceError as exc:
            self._say(Message(Level.WARNING, said(exc),
                              QT_TRANSLATE_NOOP("Messages", "You can still type to the assistant; fix the device "
                                                            "in Settings."),
                              "audio-device", QT_TRANSLATE_NOOP("Messages", "Audio device problem"), OPEN_SETTINGS))
        self._watchdog = loop.create_task(self._watch_devices(), name="audio-watchdog")

    def _card(self) -> Any:  # worker threads (prepare and a Start may ask at once)
        with self._card_lock:
            if self._sound_card is None:
                self._sound_card = self._sound_card_factory()
            return self._sound_card

    async def _watch_devices(self) -> None:
        """A device that stops calling back was unplugged or suspended: say so instead of going quiet."""
        while self._mic is not None or self._speaker is not None:
            await asyncio.sleep(WATCHDOG_INTERVAL_S)
            for name, device in (("microphone", self._mic), ("speaker", self._speaker)):
                words = QT_TRANSLATE_NOOP("Messages", "The microphone stopped delivering audio (unplugged or taken "
                                                      "by another app?).") if name == "microphone" else \
                    QT_TRANSLATE_NOOP("Messages", "The speaker stopped delivering audio (unplugged or taken by "
                                                  "another app?).")
                title = QT_TRANSLATE_NOOP("Messages", "The microphone stopped") if name == "microphone" else \
                    QT_TRANSLATE_NOOP("Messages", "The speaker stopped")
                if device is not None and device.stalled(STALL_AFTER_S):
                    log.warning("%s stalled", name)
                    if name == "microphone":
                        self._mic = None
                    else:
                        self._speaker = None
                    await asyncio.to_thread(device.close)
                    self._say(Message(Level.WARNING, words, QT_TRANSLATE_NOOP(
                        "Messages", "Plug it back in or choose another in Settings, then press Start again. You can "
                                    "keep typing meanwhile."), "audio-device", title, OPEN_SETTINGS))

    def _level_from_thread(self, loop: asyncio.AbstractEventLoop) -> Callable[[float], None]:
        last = 0.0

        def on_level(level: float) -> None:  # audio thread
            nonlocal last
            now = time.monotonic()
            if now - last >= LEVEL_INTERVAL_S:
                last = now
                loop.call_soon_threadsafe(self.mic_level.emit, level)
        return on_level

    def _played_from_thread(self, loop: asyncio.AbstractEventLoop, canceller) -> Callable[[bytes], None]:
        """What the speaker plays: the echo canceller's reference, and the window's output level (measured
        only when one is due, 20 a second, not for every device period)."""
        last = 0.0
        reference = canceller.reference if canceller is not None else None

        def on_played(pcm: bytes) -> None:  # audio thread
            nonlocal last
            if reference is not None:
                reference(pcm)
            now = time.monotonic()
            if now - last >= LEVEL_INTERVAL_S:
                last = now
                loop.call_soon_threadsafe(self.speaker_level.emit, level_dbfs(pcm))
        return on_played

    async def stop(self) -> None:
        async with self._lifecycle:
            await self._stop_locked()

    async def _stop_locked(self) -> None:
        await self._close_audio()
        await self._stop_video()
        session, self._session = self._session, None
        if session is not None:
            await session.aclose()  # a tool still running finishes first and shows its card
        self._set_state(SessionState.IDLE, SessionState.IDLE.words)

    async def _close_audio(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        devices = [d for d in (self._mic, self._speaker) if d is not None]
        self._mic = self._speaker = None
        for device in devices:
            await asyncio.to_thread(device.close)

    async def shutdown(self) -> None:
        """Everything off, in reverse order of starting; the diary last (its work in flight finishes)."""
        await self.enable_hotkey(None)
        await self.stop()
        await self.stop_mic_check()
        with self._card_lock:
            card, self._sound_card = self._sound_card, None
        if card is not None:
            await asyncio.to_thread(card.close)
        await self.diary.aclose()

    # -- what the user does -------------------------------------------------------------------------------
    def send_text(self, text: str) -> bool:
        """False when there is no session to send it to."""
        if self._session is None:
            return False
        self._session.send_text(text)
        return True

    def network_changed(self, online: bool) -> None:
        """From the operating system (bridge): the network came or went."""
        if self._session is not None:
            self._session.network_changed(online)

    def retry_now(self) -> None:
        """A reconnect waiting out its backoff goes at once (the message area's "Retry now")."""
        if self._session is not None:
            self._session.retry_now()

    def set_push_to_talk(self, pressed: bool) -> None:
        if self._session is None:
            return
        if pressed:
            self._session.activity_start()
        else:
            self._session.activity_end()
        self.push_to_talk.emit(pressed)

    def set_muted(self, muted: bool) -> None:
        if muted == self.muted:
            return
        self.muted = muted
        if self._mic is not None:
            self._mic.muted = muted
        self.muted_changed.emit(muted)

    async def set_sharing(self, mode: str) -> None:
        """"" stops sharing (the capture thread is joined off the loop before this returns)."""
        async with self._lifecycle:
            await self._share_locked(mode)

    async def _share_locked(self, mode: str) -> None:
        await self._stop_video()
        self.sharing = mode
        if self._session is not None:
            self._session.set_video_kind(mode)
        self._say(Message.clear("sharing"))
        if mode:  # the preview runs before Start too; frames go to the model only while a session runs
            loop = asyncio.get_running_loop()
            video = (await asyncio.to_thread(_numeric_devices))[1]
            if mode == "camera":
                camera = self.settings.get("camera").strip()
                make = functools.partial(video.CameraGrabber, int(camera) if camera.isdigit() else camera)
            else:
                make = functools.partial(video.ScreenGrabber, self.settings.get("monitor_index"),
                                         self.settings.get("screen_window"))
            self._video = video.VideoSource(
                make,
                on_preview=LatestOnly(loop, self.preview.emit).offer,
                on_frame=lambda jpeg: loop.call_soon_threadsafe(self._send_frame, jpeg),
                on_error=lambda message: loop.call_soon_threadsafe(self._video_failed, message))
            self._video.start()
        self.sharing_changed.emit(mode)

    async def _stop_video(self) -> None:
        video, self._video = self._video, None
        if video is not None:
            await asyncio.to_thread(video.stop)  # joins the capture thread: up to a camera read
        if self._session is not None:
            self._session.clear_video()

    def _send_frame(self, jpeg: bytes) -> None:
        if self._video is None:
            return  # raced the switch-off
        self.sent_frame.emit(jpeg)  # the window's enlarged preview shows exactly this picture
        if self._session is not None:
            self._session.push_video(jpeg)

    def _video_failed(self, message: str) -> None:
        async def stop_then_say() -> None:  # said after the stop, which withdraws older sharing messages
            await self.set_sharing("")
            self._say(Message(Level.WARNING, message,
                              QT_TRANSLATE_NOOP("Messages", "Check the camera or screen setting."), "sharing",
                              QT_TRANSLATE_NOOP("Messages", "Sharing stopped"), OPEN_SETTINGS))
        asyncio.get_running_loop().create_task(stop_then_say(), name="stop-sharing")

    async def enable_hotkey(self, combination: str | None) -> str | None:
        """Start (or with None stop) the global push-to-talk hotkey; returns a problem in words, or None."""
        hotkey, self._hotkey = self._hotkey, None
        if hotkey is not None:
            await asyncio.to_thread(hotkey.stop)
        if not combination:
            return None
        loop = asyncio.get_running_loop()

        def listen() -> PushToTalkHotkey:  # worker thread: loads pynput and waits for its listener
            started = PushToTalkHotkey(
                combination, on_press=lambda: loop.call_soon_threadsafe(self.set_push_to_talk, True),
                on_release=lambda: loop.call_soon_threadsafe(self.set_push_to_talk, False))
            started.start()
            return started
        try:
            self._hotkey = await asyncio.to_thread(listen)
        except HotkeyUnavailable as exc:
            return said(exc)
        return None

    async def undo(self, change_id: int) -> ev.ToolFinished | None:
        """A card's Undo: the diary change is taken back, and the model is told (dispatched on ``changed``)."""
        return self._finished(f"undo-{change_id}", await self.diary.undo(change_id, origin=USER))

    async def undo_day(self, day: date) -> ev.ToolFinished | None:
        """Edit → Undo (Ctrl+Z) for the day the diary view shows; the model is told as for a card's Undo."""
        return self._finished("user-undo", await self.diary.undo_day(day, origin=USER))

    async def redo_day(self, day: date) -> ev.ToolFinished | None:
        """Edit → Redo (Ctrl+Shift+Z)."""
        return self._finished("user-redo", await self.diary.redo_day(day, origin=USER))

    def _finished(self, call_id: str, done: tuple[str, ToolResult] | None) -> ev.ToolFinished | None:
        """Publish an undo or redo the user asked for (tool name, result) as a finished tool call: its card."""
        if done is None:
            return None
        finished = ev.ToolFinished(call_id, *done, 0.0)
        self.events.tool_finished.emit(finished)
        return finished

    async def use_tool(self, name: str, args: dict) -> ToolResult:
        """A tool run from the window (the Saved meals dialog): the same worker as the model's calls, its card
        beside the conversation, and the model told of any diary change (dispatched on ``changed``)."""
        result = await self.diary.call(name, args, origin=USER)
        self.events.tool_finished.emit(ev.ToolFinished(f"user-{name}", name, result, 0.0))
        return result

    # -- microphone check (first-run walkthrough) -------------------------------------------------------
    async def start_mic_check(self) -> str | None:
        """Open the microphone for its level meter only; returns a problem in words, or None."""
        async with self._mic_check_order:
            await self._stop_mic_check_locked()
            loop = asyncio.get_running_loop()

            def open_mic() -> Microphone:
                return Microphone(self._card(), lambda pcm, at: None, self.settings.get("input_device"),
                                  self.settings.get("mic_frame_ms"), None, self._level_from_thread(loop))
            try:
                self._mic_check = await asyncio.to_thread(open_mic)
            except AudioDeviceError as exc:
                return said(exc)
            return None

    async def stop_mic_check(self) -> None:
        async with self._mic_check_order:
            await self._stop_mic_check_locked()

    async def _stop_mic_check_locked(self) -> None:
        mic, self._mic_check = self._mic_check, None
        if mic is not None:
            await asyncio.to_thread(mic.close)

    # -- news from the parts ------------------------------------------------------------------------------
    def _on_status(self, status: ev.StatusChanged) -> None:
        self.state = status.state
        if status.state is SessionState.ACTIVE:  # connected (again): a connection problem is over
            self._say(Message.clear("connection"))
        self._say(Message(Level.INFO, status.detail or status.state.words, key="status"))

    def _on_problem(self, problem: ev.Problem) -> None:
        """The engine's problems are about the connection: one standing message, replaced as it changes."""
        self._say(Message(Level.ERROR if problem.fatal else Level.WARNING, problem.message, problem.next_step,
                          "connection", problem.title, OPEN_SETTINGS if problem.in_settings else RETRY))
        if problem.fatal:  # the session gave up: release the sound devices (another app may want them)
            asyncio.get_running_loop().create_task(self._close_audio(), name="close-audio")

    def _on_diary_changed(self, change: DiaryChange) -> None:
        if change.origin == USER and self._session is not None and self._session.running:
            # what the model said and the diary must not diverge: it hears of changes made by hand
            self._session.tell_model(f"The user changed the diary by hand: {change.summary}")

    def _set_state(self, state: SessionState, detail: str) -> None:
        self.events.status.emit(ev.StatusChanged(state, detail))

    def _say(self, message: Message) -> None:
        self.messages.emit(message)


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


def _numeric_devices():
    """(devices.echo, devices.video), imported on first use in a worker thread: they bring numpy and Pillow
    (~55 ms), which the window does not need, so they load after it shows (``prepare``) and Python's lock is
    not held on the loop for them. numpy also serves the microphone's level and voice checks."""
    with first_imports.LOCK:
        from nutrivoice_desktop.devices import echo, video
    return echo, video


def _with_barge_in(barge_in: LocalBargeIn, on_level: Callable[[float], None]) -> Callable[[float], None]:
    """Local barge-in watches the level the microphone measures for its meter: one level per frame."""
    def on_frame_level(level: float) -> None:  # microphone thread, every frame
        barge_in.observe(level)
        on_level(level)
    return on_frame_level
