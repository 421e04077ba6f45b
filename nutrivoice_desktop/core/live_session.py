"""The Live session engine: one conversation with Gemini over the real google-genai SDK.

UI-agnostic and device-agnostic. Audio comes in through ``push_audio`` (called on the event loop, usually
via ``loop.call_soon_threadsafe`` from the microphone thread) and goes out through an ``AudioOutput``
(the speaker). Everything that happens is published as events (core/events.py).

What this module is careful about (see shared notes live.md and anchors.md):
- ``connect()`` has no setup timeout in the SDK: we bound it.
- messages are read one at a time (core/live_reading.py): a kind the SDK does not know is skipped, a frame
  that is not JSON resumes the connection with the handle; neither ends the conversation.
- every tool call gets exactly one response, unless the server cancelled it; a cancelled call that had
  already changed the diary is undone (several: newest first), so what the user heard and what was stored
  agree. A call the model repeats is answered with the first one's result (core/repeated_calls.py).
- while a call waits for its response nothing realtime is sent (the service closes with 1008): typed
  text and push-to-talk signals wait, microphone audio and video frames are dropped.
- ``interrupted`` flushes playback at once and discards the rest of that generation's audio.
- goAway: rotate at the next turn boundary, and before timeLeft runs out; old socket closed first, then
  resume with the newest handle. Drops reconnect with backoff; a rejected key stops (no retry storm).
- a hostile or broken server cannot exhaust memory or stall the loop: messages are bounded in size and in
  number buffered, audio per message is capped, the receive loop yields every few ms under a flood, and
  pending tool calls are bounded (a server beyond that ends the connection, which resumes).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import itertools
import json
import logging
import random
import re
import ssl
import time
from collections import deque
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol
from urllib.parse import urlparse

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core import first_imports
from nutrivoice_desktop.core.errors import Failure, ServerMisbehaved, classify
from nutrivoice_desktop.core.loudness import mean_square
from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.live_reading import MessageReader
from nutrivoice_desktop.core.liveness import TICK_S, Liveness
from nutrivoice_desktop.core.models import next_model, traits
from nutrivoice_desktop.core.persona import APP_NOTE_PREFIX, system_instruction
from nutrivoice_desktop.core.repeated_calls import EarlierCall, RepeatedCalls, as_repeat
from nutrivoice_desktop.core.state import REFRESHING, SessionState
from nutrivoice_desktop.core.tools import ToolResult, ToolRunner
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIC_MIME = "audio/pcm;rate=16000"
# About one second of 10 ms frames (the default; two of 20 ms): enough to ride out a slow send, small
# enough that a stall never turns into seconds of stale speech reaching the model.
MIC_QUEUE_FRAMES = 100
# The Live API takes at most 1 frame per second. Frames leave at least this far apart, with a margin so that
# one held up on the way (a busy server, a full socket) still never arrives within a second of the next: at
# exactly 1.0 s the soak's server saw two frames in one second (arrivals 1.003 s apart, give or take a few ms).
VIDEO_MIN_INTERVAL_S = 1.05
# What a frame may cost in tokens against what it must show (setup's mediaResolution; live.md §4): a plate
# or a label reads at medium, a screen's small text needs high. Without video it is not sent.
MEDIA_RESOLUTION = {"camera": "MEDIA_RESOLUTION_MEDIUM", "screen": "MEDIA_RESOLUTION_HIGH"}
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
# a connection that drops sooner than this does not reset the backoff: a flapping server gets no storm
STABLE_AFTER_S = 10.0
# Context-window compression keeps sessions unlimited in length (without it audio+video ends at 2 min).
COMPRESSION_TRIGGER_TOKENS = 25_600
COMPRESSION_TARGET_TOKENS = 12_800
# The largest server message accepted. The service has been seen sending ~4 MB; a bigger one makes
# websockets close the connection (1009) before reading it, and the session resumes. The SDK decodes each
# message on the event loop (~4 ms per MiB measured here), so this also bounds how long one message can
# hold the loop: ~33 ms at this size, where 16 MiB would be twice that.
MAX_MESSAGE_BYTES = 8 * 2**20
# Frames websockets buffers before it stops reading the socket; its default, 16, would allow 16 × the above.
RECEIVE_QUEUE_FRAMES = 4
MODEL_AUDIO_RATE = 24_000  # PCM16 mono
# Gemini sends speech in 200–240 ms messages (anchors.md); audio beyond this in one message is trimmed.
MAX_AUDIO_S_PER_MESSAGE = 10.0
# When messages are already buffered, reading one returns without suspending: after this long busy, the
# receive loop lets the rest of the loop (Qt paints, microphone, sending) run: under a flood anything
# else waits about two of these at most.
YIELD_AFTER_S = 0.001
# Calls running or answered but not yet sent. The model makes a handful at most; a server that asks for
# more is not one we can serve, and its connection is ended (and resumed) rather than queued without end.
MAX_PENDING_TOOLS = 16
# While a call the model made has no response yet, the service closes the session (1008, "Operation is
# not implemented, or supported, or enabled") on any realtime input: audio, video, text or activity
# signals (js-genai #1236, livekit #4545, pipecat #4171, autonomous-os #237). So all of it waits: typed
# text and push-to-talk signals are held in order, microphone audio and video frames are dropped (stale
# speech must not reach the model after the result). A call left without a response this long (a handler
# that never returns: cannot happen with our tools, but nothing is unbounded) no longer holds input; its
# response is still sent when it comes. Queued diary writes wait up to 10 s each for another process's
# lock, so this is well above a few of those.
HOLD_MAX_S = 60.0
HOLD_POLL_S = 1.0  # how often a send loop that holds input looks at the clock

# With automatic voice detection, a microphone that stops sending (muted, echo gate, a device that
# stalled) for this long is told to the service with audioStreamEnd, so it does not wait for the rest of
# the sentence (live.md §4: "when the mic pauses for more than about 1 s"; not with push-to-talk).
AUDIO_PAUSE_S = 1.0
# Releasing push-to-talk ends the activity this much later, the microphone still sending: a release as
# the last word is said would cut it (gemini-cli #25495). Pressing again within it continues the activity.
PTT_TAIL_S = 0.25
# How long a close waits for the server's acknowledgement (websockets' default is 10 s): Stop, and a
# rotation away from a link that went dead, must not wait for a peer that is gone.
STOP_CLOSE_S = 1.0
# A lenient keepalive: Gemini's pongs take 8–30 s (sip-to-ai PR #14), so websockets' default (20 s / 20 s)
# would end healthy sessions with 1011; none at all would leave a dead link unnoticed (core/liveness.py
# notices most sooner).
PING_INTERVAL_S = 30.0
PING_TIMEOUT_S = 60.0
# 1011 ("internal error") this many times in a row without a connection that held: the model is having a
# bad day (2.5-12-2025 closed 80–90 % of turns with it for weeks, forum 167186): the next model is tried.
MODEL_FAILURES_BEFORE_SWITCH = 3
MODEL_LIST_TIMEOUT_MS = 5000  # models.list, asked only when a model has to be replaced
MODEL_LIST_MAX = 500  # models read from the list at most (pages are fetched as they are read)
NETWORK_ROTATE_S = 2.0  # back online: the connection is refreshed at a quiet moment within this

# After goAway the connection is changed at a quiet moment: no turn in progress, no tool running, and the
# user silent for this long. Rotating while the user talks loses what is in flight on the old connection
# (their words' transcription, the reply to them); input transcription comes 0.5–2 s late (live.md §9).
QUIET_BEFORE_ROTATE_S = 1.5
ROTATE_CHECK_S = 0.25
VOICE_RMS = 412.0  # -38 dBFS, devices/barge_in.py's speech threshold: louder frames count as the user talking


class AudioOutput(Protocol):
    """Where model speech goes (the speaker). Must not block."""

    def write(self, pcm: bytes, received_at: float) -> None: ...

    def flush(self) -> None: ...


@dataclass(frozen=True)
class SessionConfig:
    api_key: str
    model: str
    voice: str
    language: str = "auto"
    manual_activity: bool = False  # push-to-talk: the client says when the user starts and stops
    base_url: str = ""  # empty: Google's endpoint
    api_version: str = "v1beta"
    ca_file: str = ""  # extra CA for a custom endpoint (base_url), e.g. a TLS-inspecting proxy; else ignored
    ca_only: bool = False  # trust ca_file alone for the custom endpoint, not the system's CAs as well
    connect_timeout_s: float = 15.0
    rotate_margin_s: float = 5.0  # rotate this long before goAway's timeLeft runs out at the latest
    max_attempts: int = len(BACKOFF_S)


def parse_duration(text: str | None) -> float | None:
    """goAway.timeLeft is a protobuf Duration string such as "50s" or "1.5s"."""
    if not text:
        return None
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)s\s*", str(text))
    return float(match.group(1)) if match else None


class _Rotate(Exception):
    """Leave the current connection on purpose and resume on a new one."""


class LiveSession:
    def __init__(self, config: SessionConfig, tools: ToolRunner, output: AudioOutput, events: ev.SessionEvents,
                 metrics: Metrics | None = None, *, today=date.today) -> None:
        self.config = config
        self.tools = tools  # the diary's one worker runs them (nutrition.diary_service)
        self.output = output
        self.events = events
        self.metrics = metrics or Metrics()
        self._today = today
        self.state = SessionState.IDLE
        self.resumption_handle: str | None = None
        self.session_id: str | None = None
        self.connections = 0
        self._connected_at: float | None = None  # monotonic time the current connection was set up

        # Bounded by what feeds it: audio to MIC_QUEUE_FRAMES (oldest dropped), tool responses to
        # MAX_PENDING_TOOLS; the rest (typed text, push-to-talk) comes at the pace of a person.
        self._outbox: deque[tuple[str, Any, float]] = deque()
        self._audio_in_outbox = 0
        self._wake = asyncio.Event()
        self._video: bytes | None = None
        self._media_resolution: str | None = None
        self._last_video_sent = 0.0
        self._runner: asyncio.Task | None = None
        self._rotate_now = asyncio.Event()
        self._network_back = asyncio.Event()
        self._offline = False
        self._was_active = False
        self._rotate_timer: asyncio.TimerHandle | None = None
        self._go_away_pending = False
        self._rotate_deadline = 0.0  # monotonic: rotate by then even if it is never quiet
        self._last_voice_at = -1e9  # monotonic time of the last loud microphone frame
        self._user_turn = False  # the user's words were transcribed and the reply has not ended yet
        self._tools: dict[str, tuple[str, asyncio.Task]] = {}
        # calls received whose response is not on the wire yet (monotonic time received): realtime input
        # waits while there is one (HOLD_MAX_S)
        self._unanswered: dict[str, float] = {}
        self._hold_expired: set[str] = set()  # unanswered calls past HOLD_MAX_S (logged once each)
        self._cancelled_calls: set[str] = set()
        self._repeats = RepeatedCalls()
        self._reader: MessageReader | None = None  # made with the client (it needs the SDK)
        self._liveness = Liveness()
        self._internal_errors = 0  # 1011s in a row, since the last connection that held
        self._models_tried: set[str] = set()
        self._models_offered: tuple[str, ...] | None = None  # asked once, when first needed
        self._resumed = False  # the latest connection asked to resume a session
        self._resumption_off = False  # the setup asks for no handles (see _run)
        self._undo_waiting: set[int] = set()  # diary changes of cancelled calls, undone together
        self._ptt_active = False
        self._ptt_tail: asyncio.TimerHandle | None = None  # the activity's end, PTT_TAIL_S after release
        self._ptt_voice = False  # voice was sent in the current push-to-talk activity
        self._last_audio_at = 0.0  # monotonic: the last microphone frame queued for sending
        self._audio_pause_check: asyncio.TimerHandle | None = None  # set while audio streams (auto VAD)
        self._turn = 0
        self._generating = False  # the model is producing the current turn
        self._discard_audio = False  # after `interrupted`, until turnComplete
        self._turn_anchor: float | None = None
        self._first_audio_at: float | None = None
        self._interrupted = False
        self._rng = random.Random(0x5EED)  # backoff jitter: seeded, bounded to ±20 %

    # -- control ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._runner is not None and not self._runner.done()

    def start(self) -> asyncio.Task:
        if self.running:
            return self._runner  # type: ignore[return-value]
        self._runner = asyncio.get_running_loop().create_task(self._run(), name="live-session")
        return self._runner

    async def stop(self) -> None:
        for timer in (self._ptt_tail, self._audio_pause_check):
            if timer is not None:
                timer.cancel()
        self._ptt_tail = self._audio_pause_check = None
        self._ptt_active = False
        runner, self._runner = self._runner, None
        if runner is not None and not runner.done():
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        self.output.flush()
        self._set_state(SessionState.IDLE)

    async def aclose(self) -> None:
        await self.stop()
        # a tool still running (a diary write waiting out another process's lock: up to 10 s) finishes in
        # the diary's worker and still shows its card; the loop waits for it without blocking the window
        running = [task for _name, task in self._tools.values()]
        if running:
            await asyncio.gather(*running, return_exceptions=True)

    # -- input (event-loop thread) -----------------------------------------------------------------
    def push_audio(self, pcm: bytes, captured_at: float) -> None:
        """One microphone frame. Dropped while a call waits for its response, outside push-to-talk, or when
        the queue is full."""
        if self._holding():
            self.metrics.count("mic_dropped_tool")
            return
        loud = _loud(pcm)
        if loud:
            self._last_voice_at = time.monotonic()
        if self.config.manual_activity and not self._ptt_active:
            return
        if self.state not in (SessionState.ACTIVE, SessionState.RECONNECTING, SessionState.CONNECTING):
            return
        if self._audio_in_outbox >= MIC_QUEUE_FRAMES:
            self._drop_oldest_audio()
            self.metrics.count("mic_dropped_full")
        self._outbox.append(("audio", pcm, captured_at))
        self._audio_in_outbox += 1
        self._wake.set()
        self._last_audio_at = time.monotonic()
        if loud:
            self._liveness.sent_voice()
            self._ptt_voice = self._ptt_active
        if self._audio_pause_check is None and not self.config.manual_activity:
            self._audio_pause_check = asyncio.get_running_loop().call_later(AUDIO_PAUSE_S, self._check_audio_pause)

    def _check_audio_pause(self) -> None:
        """Audio has streamed: once it has stopped for AUDIO_PAUSE_S, say the stream ended (once)."""
        quiet_for = time.monotonic() - self._last_audio_at
        if quiet_for >= AUDIO_PAUSE_S:
            self._audio_pause_check = None
            self._enqueue("audio_stream_end", None)
        else:
            self._audio_pause_check = asyncio.get_running_loop().call_later(
                AUDIO_PAUSE_S - quiet_for, self._check_audio_pause)

    def push_video(self, jpeg: bytes) -> None:
        """The newest camera/screen frame; only the latest is kept, sent at most once a second."""
        self._video = jpeg
        self._wake.set()

    def clear_video(self) -> None:
        self._video = None

    def set_video_kind(self, kind: str) -> None:
        """What frames will show ("", "camera" or "screen"). Their resolution is part of the setup: it
        applies from the next connection (the first, or the next rotation or reconnect)."""
        self._media_resolution = MEDIA_RESOLUTION.get(kind)

    def send_text(self, text: str) -> None:
        text = text.strip()
        if text:
            self._turn_anchor = time.perf_counter()
            self.events.transcript.emit(ev.TranscriptDelta("user", text, self._turn))
            self._enqueue("text", text)

    def tell_model(self, note: str) -> None:
        """Something the model must know that the user did not say (a diary change made by hand). Sent as
        text in realtime input: ``client_content`` with turnComplete false would keep the model from
        answering speech afterwards (google-gemini/live-api-web-console#60). Not shown as a user line."""
        note = note.strip()
        if note:
            self._enqueue("text", f"[{APP_NOTE_PREFIX} {note}]")

    def activity_start(self) -> None:
        """Push-to-talk pressed: the user talks, so whatever the model is saying stops now."""
        if not self.config.manual_activity:
            return
        if self._ptt_tail is not None:  # pressed again before the last release ended the activity: go on
            self._ptt_tail.cancel()
            self._ptt_tail = None
            return
        if self._ptt_active:
            return
        self._ptt_active = True
        self._ptt_voice = False
        self._barge_in()
        self._enqueue("activity_start", None)

    def activity_end(self) -> None:
        """Push-to-talk released: the activity ends PTT_TAIL_S later, the microphone sending until then."""
        if not self.config.manual_activity or not self._ptt_active or self._ptt_tail is not None:
            return
        self._turn_anchor = time.perf_counter()  # the user stopped talking now: the reply is timed from here
        self._ptt_tail = asyncio.get_running_loop().call_later(PTT_TAIL_S, self._end_activity)

    def _end_activity(self) -> None:
        self._ptt_tail = None
        self._ptt_active = False
        self._enqueue("activity_end", self._ptt_voice)

    def _enqueue(self, kind: str, payload: Any) -> None:
        self._outbox.append((kind, payload, time.perf_counter()))
        self._wake.set()

    def _drop_oldest_audio(self, all_of_it: bool = False) -> int:
        dropped = 0
        kept: deque[tuple[str, Any, float]] = deque()
        for item in self._outbox:
            if item[0] == "audio" and (all_of_it or dropped == 0):
                dropped += 1
                continue
            kept.append(item)
        self._outbox = kept
        self._audio_in_outbox -= dropped
        return dropped

    def _holding(self) -> bool:
        """Whether realtime input must wait: a call the model made has no response on the wire yet."""
        if not self._unanswered:
            return False
        now = time.monotonic()
        holding = False
        for call_id, received in self._unanswered.items():
            if now - received <= HOLD_MAX_S:
                holding = True
            elif call_id not in self._hold_expired:
                self._hold_expired.add(call_id)
                log.warning("call %s unanswered after %.0f s: input no longer held for it", call_id, HOLD_MAX_S)
        return holding

    def _next_to_send(self, holding: bool) -> tuple[str, Any, float] | None:
        """The outbox's next item, or while holding its first tool response (the rest keeps its order)."""
        if not self._outbox:
            return None
        if not holding:
            item = self._outbox.popleft()
        else:
            item = next((i for i in self._outbox if i[0] == "tool_response"), None)
            if item is None:
                return None
            self._outbox.remove(item)
        if item[0] == "audio":
            self._audio_in_outbox -= 1
        return item

    def _barge_in(self) -> None:
        self.output.flush()
        if self._generating:
            self._discard_audio = True

    # -- state --------------------------------------------------------------------------------------
    def _set_state(self, state: SessionState, detail: str = "") -> None:
        if state != self.state or detail:
            self.state = state
            self.events.status.emit(ev.StatusChanged(state, detail or state.words))

    # -- connection lifecycle -------------------------------------------------------------------------
    def _client(self):
        with first_imports.LOCK:
            from google import genai
            from google.genai import types

        # No permessage-deflate: with it, one socket read of a few hundred KiB can inflate into thousands of
        # messages (or hundreds of MB) that websockets decodes in one go, stalling the loop; audio in
        # base64 barely compresses anyway.
        client_args: dict[str, Any] = {"max_size": MAX_MESSAGE_BYTES, "max_queue": RECEIVE_QUEUE_FRAMES,
                                       "compression": None, "ping_interval": PING_INTERVAL_S,
                                       "ping_timeout": PING_TIMEOUT_S, "close_timeout": STOP_CLOSE_S}
        if self._custom_ca():
            client_args["ssl"] = self._tls_context()
        elif self.config.ca_file:
            # Google's endpoint is verified against the usual CAs only: a stray CA file must not widen that
            log.warning("a CA file is set but ignored: it applies only to a custom API endpoint")
        if self._loopback():
            client_args["proxy"] = None  # websockets would route even loopback through HTTPS_PROXY
        http_options = types.HttpOptions(api_version=self.config.api_version, async_client_args=client_args,
                                         base_url=self.config.base_url or None)
        return genai.Client(api_key=self.config.api_key, http_options=http_options)

    def _list_live_models(self) -> tuple[str, ...]:
        """The Live models the service offers now (models.list: those supporting bidiGenerateContent);
        empty when it cannot say (offline, refused, too slow). Blocking: run in a thread."""
        from google import genai
        from google.genai import types

        client_args: dict[str, Any] = {}
        if self._custom_ca():
            client_args["verify"] = self._tls_context()
        if self._loopback():
            client_args["trust_env"] = False  # no proxy for loopback, as for the Live connection
        http_options = types.HttpOptions(api_version=self.config.api_version, base_url=self.config.base_url or None,
                                         client_args=client_args, timeout=MODEL_LIST_TIMEOUT_MS)
        try:
            client = genai.Client(api_key=self.config.api_key, http_options=http_options)
            listed = itertools.islice(client.models.list(config={"page_size": 100}), MODEL_LIST_MAX)
            offered = tuple(m.name.removeprefix("models/") for m in listed
                            if m.name and "bidiGenerateContent" in (m.supported_actions or ()))
        except Exception as exc:  # the known list still applies
            log.info("could not list the service's models: %s: %s", type(exc).__name__, exc)
            return ()
        log.info("Live models offered: %s", ", ".join(offered) or "none")
        return offered

    def _custom_ca(self) -> bool:
        """A CA file counts only with a custom endpoint."""
        return bool(self.config.ca_file and self.config.base_url)

    def _loopback(self) -> bool:
        return bool(self.config.base_url) and urlparse(self.config.base_url).hostname in ("127.0.0.1", "localhost", "::1")

    def _tls_context(self) -> ssl.SSLContext:
        if self.config.ca_only:
            return ssl.create_default_context(cafile=self.config.ca_file)  # that CA and nothing else
        context = ssl.create_default_context()  # the system's CAs...
        context.load_verify_locations(cafile=self.config.ca_file)  # ...and the endpoint's
        return context

    def connect_config(self):
        from google.genai import types

        manual = self.config.manual_activity
        return types.LiveConnectConfig(
            response_modalities=[types.Modality.AUDIO],
            speech_config=types.SpeechConfig(voice_config=types.VoiceConfig(
                prebuilt_voice_config=types.PrebuiltVoiceConfig(voice_name=self.config.voice))),
            system_instruction=system_instruction(self.config.language, self._today().isoformat()),
            tools=[types.Tool(function_declarations=self._declarations())],
            input_audio_transcription=types.AudioTranscriptionConfig(),
            output_audio_transcription=types.AudioTranscriptionConfig(),
            session_resumption=None if self._resumption_off else types.SessionResumptionConfig(
                handle=self.resumption_handle),
            context_window_compression=types.ContextWindowCompressionConfig(
                trigger_tokens=COMPRESSION_TRIGGER_TOKENS,
                sliding_window=types.SlidingWindow(target_tokens=COMPRESSION_TARGET_TOKENS)),
            media_resolution=types.MediaResolution(self._media_resolution) if self._media_resolution else None,
            realtime_input_config=types.RealtimeInputConfig(
                automatic_activity_detection=types.AutomaticActivityDetection(disabled=manual),
                activity_handling=types.ActivityHandling.START_OF_ACTIVITY_INTERRUPTS),
        )

    def _declarations(self) -> list:
        """The tools' declarations with the ``behavior`` this model reads (core/models.py), explicitly."""
        behavior = traits(self.config.model).tool_behavior
        declarations = self.tools.declarations()
        if behavior is None:
            return declarations
        from google.genai import types

        return [d.model_copy(update={"behavior": types.Behavior(behavior)}) for d in declarations]

    async def _run(self) -> None:
        self._was_active = False  # this run had a connection (a failure now is a reconnect)
        self._set_state(SessionState.CONNECTING)
        try:
            # google.genai's first import and Client() take ~0.5 s: off the event loop, or the UI freezes
            client = await asyncio.get_running_loop().run_in_executor(None, self._client)
            await asyncio.to_thread(warm_sdk)
            self._reader = MessageReader()
        except Exception as exc:  # e.g. an unreadable CA file: retrying cannot help
            log.exception("cannot create the Live client")
            title = QT_TRANSLATE_NOOP("Messages", "Cannot set up the connection")
            self._set_state(SessionState.ERROR, title)
            self.events.problem.emit(ev.Problem(
                title, f"{type(exc).__name__}: {exc}",
                QT_TRANSLATE_NOOP("Messages", "Check the API endpoint and CA file in Settings."), fatal=True,
                in_settings=True))
            return
        attempt = 0
        retried_once = False  # a Failure.once was retried in this series
        try:
            while True:
                self._network_back.clear()  # news of the network from here on shortens the next wait
                try:
                    await self._one_connection(client)
                except _Rotate:
                    attempt = 0
                    self._set_state(SessionState.RECONNECTING, REFRESHING)
                    continue
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # every failure is classified; none escapes as a crash
                    failure = classify(exc)
                    log.warning("live connection ended: %s (%s)", type(exc).__name__, failure.code)
                    if failure.drop_handle:
                        self.resumption_handle = None
                    connected_at = self._connected_at
                    if connected_at is not None and time.monotonic() - connected_at >= STABLE_AFTER_S:
                        attempt = 0  # the connection worked for a while: a fresh backoff series
                        retried_once = False
                        self._internal_errors = 0
                    if await self._switch_model(failure):
                        attempt, retried_once = 0, False
                        continue
                    if failure.once and not retried_once and self._connected_at is None and not self._resumed:
                        # refused at setup, asking only for handles: on some models the empty
                        # sessionResumption of a first connect is the cause (livekit #5102, strands PR
                        # #3034; unverified). The fresh try goes without it (no handles on that connection;
                        # the next one asks again).
                        self._resumption_off = True
                    final = not failure.retry or attempt >= self.config.max_attempts \
                        or failure.once and retried_once
                    retried_once = retried_once or failure.once
                    if final:
                        # what happened, and what the user can do now: nothing is retried any more
                        next_step = failure.problem.next_step if failure.problem.fatal or not failure.retry \
                            else QT_TRANSLATE_NOOP("Messages", "Press Start to try again; check your internet "
                                                               "connection if this keeps happening.")
                        self._set_state(SessionState.ERROR, failure.problem.title)
                        self.events.problem.emit(ev.Problem(failure.problem.title, failure.problem.message,
                                                            next_step, fatal=True))
                        return
                    delay = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)] * self._rng.uniform(0.8, 1.2)
                    attempt += 1
                    # "reconnecting" only when there was a connection to get back: a first connection that
                    # never worked is still connecting
                    when = QT_TRANSLATE_NOOP("Messages", "{problem}. Trying again in a moment…") if delay < 1.5 \
                        else QT_TRANSLATE_NOOP("Messages", "{problem}. Trying again in {seconds} s…")
                    self._set_state(SessionState.RECONNECTING if self._was_active else SessionState.CONNECTING,
                                    when.format(problem=failure.problem.title, seconds=round(delay)))
                    self.events.problem.emit(failure.problem)
                    with contextlib.suppress(TimeoutError):  # or sooner, when the network comes back
                        async with asyncio.timeout(delay):
                            await self._network_back.wait()
        finally:
            self._cancel_rotate_timer()
            # tools still running are left to finish: their diary change is made either way, and the user
            # should see its card (aclose waits for them)

    async def _switch_model(self, failure: Failure) -> bool:
        """On a model the service refuses, or one that keeps failing with 1011, go on with the next Live
        model the service offers (core/models.next_model; each at most once a conversation; the setting is
        not changed) and say so."""
        self._internal_errors = self._internal_errors + 1 if failure.code == 1011 else 0
        storm = self._internal_errors >= MODEL_FAILURES_BEFORE_SWITCH
        if not (failure.model_refused or storm):
            return False
        if self._models_offered is None:
            self._models_offered = await asyncio.to_thread(self._list_live_models)
        fallback = next_model(self.config.model, self._models_tried, self._models_offered or None)
        if fallback is None:
            return False
        old = self.config.model
        self._models_tried.add(old)
        self.config = dataclasses.replace(self.config, model=fallback)
        self.resumption_handle = None  # a handle is a session of the old model
        self._internal_errors = 0
        why = QT_TRANSLATE_NOOP("Messages", "{old} is not available; this conversation goes on with {new}.") \
            if failure.model_refused else QT_TRANSLATE_NOOP(
                "Messages", "{old} failed {times} times in a row; this conversation goes on with {new}.")
        log.warning("model %s: switching to %s (%s)", old, fallback, "refused" if failure.model_refused else "failing")
        self.events.problem.emit(ev.Problem(
            QT_TRANSLATE_NOOP("Messages", "Switched to another model"),
            why.format(old=old, new=fallback, times=MODEL_FAILURES_BEFORE_SWITCH),
            QT_TRANSLATE_NOOP("Messages", "To keep using another model, choose it in Settings."), in_settings=True))
        return True

    async def _one_connection(self, client) -> None:
        self._connected_at = None
        self._rotate_now.clear()
        self._go_away_pending = False
        resumed = self._resumed = self.resumption_handle is not None
        started = time.perf_counter()
        async with contextlib.AsyncExitStack() as stack:
            async with asyncio.timeout(self.config.connect_timeout_s):
                config = await asyncio.to_thread(self.connect_config)  # pydantic validation: a few ms
                session = await stack.enter_async_context(
                    client.aio.live.connect(model=self.config.model, config=config))
            self.metrics.add("connect_ms", (time.perf_counter() - started) * 1000)
            # set up without sessionResumption once (see _run); the next connection asks for handles again
            self._resumption_off = False
            self.connections += 1
            self._connected_at = time.monotonic()
            self._close_cut_off_turn()
            self._liveness.reset()
            if not resumed and self._unanswered:
                # a fresh session knows nothing of the old one's calls: their responses would be refused
                log.info("new session: %d calls of the old one go unanswered", len(self._unanswered))
                self._unanswered.clear()
                self._hold_expired.clear()
                self._outbox = deque(item for item in self._outbox if item[0] != "tool_response")
            self.session_id = session.session_id
            if self.connections > 1:
                self.events.rotated.emit(ev.SessionRotated("reconnected", resumed))
            self._was_active = True
            self._set_state(SessionState.ACTIVE)
            tasks = [asyncio.create_task(self._send_loop(session), name="live-send"),
                     asyncio.create_task(self._receive_loop(session), name="live-receive"),
                     asyncio.create_task(self._rotate_now.wait(), name="live-rotate"),
                     asyncio.create_task(self._watch_liveness(), name="live-liveness")]
            stopping = False
            try:
                done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            except asyncio.CancelledError:
                stopping = True
                raise
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                if stopping:  # Stop is a normal goodbye (1000); leaving by the exception would say 1011
                    with contextlib.suppress(Exception):
                        async with asyncio.timeout(STOP_CLOSE_S):
                            await session.close()
            self._cancel_rotate_timer()
            for task in done:
                if task is tasks[2] or task is tasks[3]:  # goAway's rotation, or a link that went quiet
                    break
                exc = task.exception()
                if exc is not None:
                    raise exc
            # leaving the `async with` closes the old socket (1000) before the new one opens
        raise _Rotate()

    def _close_cut_off_turn(self) -> None:
        """A turn a dropped connection cut off will not finish on the new one: it ends here, marked as
        interrupted, so the transcript and the speaking indicator do not wait for it."""
        if self._generating or self._user_turn:
            if self._first_audio_at is not None:
                self.events.speaking.emit(ev.ModelSpeaking(False))
            self.events.turn_finished.emit(ev.TurnFinished(self._turn, True, None))
            self._turn += 1
        self._clear_turn()

    async def _watch_liveness(self) -> None:
        """Returns (and the connection is re-established with its handle) when the link looks dead:
        core/liveness.py says when."""
        self._liveness.slept()  # measured from now
        while True:  # ends with the connection (cancelled) or on a problem
            await asyncio.sleep(TICK_S)
            if self._unanswered:  # the model waits for us, not we for it
                self._liveness.answered()
                continue
            problem = self._liveness.problem()
            if problem is not None:
                log.warning("%s: reconnecting with the resumption handle", problem)
                self.metrics.count("liveness_reconnects")
                self.events.problem.emit(ev.Problem(
                    problem, QT_TRANSLATE_NOOP("Messages", "The connection seems to have stopped working."),
                    QT_TRANSLATE_NOOP("Messages", "Reconnecting; the conversation is kept.")))
                return

    # -- sending ------------------------------------------------------------------------------------
    async def _send_loop(self, session) -> None:
        from google.genai import types

        while True:
            holding = self._holding()
            item = self._next_to_send(holding)
            video_in = None  # seconds until a video frame may go
            if self._video is not None and not holding:
                video_in = max(0.0, self._last_video_sent + VIDEO_MIN_INTERVAL_S - time.monotonic())
            if item is None and video_in != 0.0:
                self._wake.clear()
                timeout = HOLD_POLL_S if holding else video_in
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._wake.wait()
                continue
            if item is not None:
                await self._send(session, *item)
                continue
            frame, self._video = self._video, None
            await session.send_realtime_input(video=types.Blob(data=frame, mime_type="image/jpeg"))
            self._last_video_sent = time.monotonic()
            self.metrics.count("video_frames_sent")

    async def _send(self, session, kind: str, payload: Any, at: float) -> None:
        from google.genai import types

        try:
            if kind == "audio":
                await session.send_realtime_input(audio=types.Blob(data=payload, mime_type=MIC_MIME))
                self.metrics.add("mic_to_send_ms", (time.perf_counter() - at) * 1000)
            elif kind == "activity_start":
                await session.send_realtime_input(activity_start=types.ActivityStart())
            elif kind == "activity_end":
                await session.send_realtime_input(activity_end=types.ActivityEnd())
                if payload:  # the user said something (a tap with no speech expects no answer)
                    self._liveness.expect_answer()
            elif kind == "audio_stream_end":
                await session.send_realtime_input(audio_stream_end=True)
            elif kind == "text":
                await session.send_realtime_input(text=payload)
                self._liveness.expect_answer()
            elif kind == "tool_response":
                await session.send_tool_response(function_responses=[payload])
                self._unanswered.pop(payload.id, None)
                self._hold_expired.discard(payload.id)
                if not self._unanswered:  # the model answers once it has every result it waits for
                    self._liveness.expect_answer()
                self.metrics.add("tool_round_trip_ms", (time.perf_counter() - at) * 1000)
        except Exception:
            if kind != "audio":  # control messages survive a reconnect; stale audio does not
                self._outbox.appendleft((kind, payload, at))
            raise

    # -- receiving ----------------------------------------------------------------------------------
    async def _receive_loop(self, session) -> None:
        busy_since = time.perf_counter()
        async for message in self._reader.messages(session):  # core/live_reading: one bad message is not fatal
            self._on_message(message, time.perf_counter())
            # after the message's audio is queued, so normal speech gets no later
            if time.perf_counter() - busy_since >= YIELD_AFTER_S:
                await asyncio.sleep(0)
                busy_since = time.perf_counter()

    def _on_message(self, msg, received_at: float) -> None:
        self._liveness.received()
        content = msg.server_content
        if msg.tool_call is not None or content is not None and (
                content.model_turn is not None or content.output_transcription is not None
                or content.turn_complete or content.interrupted):
            self._liveness.answered()  # an answer (or a call: the model now waits for us) is coming
        elif content is not None and content.input_transcription is not None and content.input_transcription.text:
            self._liveness.heard_words()
        if msg.session_resumption_update is not None:
            update = msg.session_resumption_update
            if update.resumable and update.new_handle:
                self.resumption_handle = update.new_handle
        if msg.go_away is not None:
            self._on_go_away(parse_duration(msg.go_away.time_left))
        if msg.tool_call is not None:
            for call in msg.tool_call.function_calls or ():
                self._start_tool(call, received_at)
        if msg.tool_call_cancellation is not None:
            for call_id in msg.tool_call_cancellation.ids or ():
                self._cancel_tool(call_id)
        if content is None:
            return
        if content.interrupted:
            started = time.perf_counter()
            self.output.flush()
            self.metrics.add("interrupt_to_flush_ms", (time.perf_counter() - started) * 1000)
            self._discard_audio = True
            self._interrupted = True
            self.events.speaking.emit(ev.ModelSpeaking(False))
        if content.input_transcription is not None and content.input_transcription.text:
            self._turn_anchor = received_at
            self._user_turn = True
            self.events.transcript.emit(ev.TranscriptDelta("user", content.input_transcription.text, self._turn))
        if content.model_turn is not None:
            room = int(MAX_AUDIO_S_PER_MESSAGE * MODEL_AUDIO_RATE) * 2
            for part in content.model_turn.parts or ():
                blob = part.inline_data
                if blob is None or not blob.data or not (blob.mime_type or "").startswith("audio/"):
                    continue
                if self._discard_audio:
                    self.metrics.count("audio_discarded_after_interrupt")
                    continue
                pcm = blob.data
                if len(pcm) > room:
                    self.metrics.count("audio_trimmed_bytes", len(pcm) - room)
                    pcm = pcm[:room]
                room -= len(pcm)
                if not pcm:
                    continue
                if self._first_audio_at is None:
                    self._first_audio_at = received_at
                    self.events.speaking.emit(ev.ModelSpeaking(True))
                self._generating = True
                self.output.write(pcm, received_at)
        if content.output_transcription is not None and content.output_transcription.text:
            self._generating = True
            self.events.transcript.emit(ev.TranscriptDelta("assistant", content.output_transcription.text, self._turn))
        if content.turn_complete:
            self._finish_turn()

    def _finish_turn(self) -> None:
        first_audio_ms = None
        if self._first_audio_at is not None and self._turn_anchor is not None \
                and self._first_audio_at >= self._turn_anchor:
            first_audio_ms = (self._first_audio_at - self._turn_anchor) * 1000
            self.metrics.add("first_audio_ms", first_audio_ms)
        if self._first_audio_at is not None and not self._interrupted:
            self.events.speaking.emit(ev.ModelSpeaking(False))
        self.events.turn_finished.emit(ev.TurnFinished(self._turn, self._interrupted, first_audio_ms))
        self._turn += 1
        self._clear_turn()
        self._check_rotation()

    def _clear_turn(self) -> None:
        self._generating = self._discard_audio = self._interrupted = self._user_turn = False
        self._first_audio_at = self._turn_anchor = None

    def _on_go_away(self, time_left: float | None) -> None:
        log.info("goAway received, time left %s s", time_left)
        self._rotate_soon((time_left if time_left is not None else 10.0) - self.config.rotate_margin_s)

    def _rotate_soon(self, within_s: float) -> None:
        """Re-establish the connection (with its handle) at the first quiet moment, or within *within_s*."""
        self._go_away_pending = True
        self._rotate_deadline = time.monotonic() + max(0.0, within_s)
        self._check_rotation()

    def network_changed(self, online: bool) -> None:
        """The computer's network came or went (Wi-Fi, cable, VPN). Back online after being offline: a
        reconnect waiting out its backoff goes at once, and a connection that looks up is refreshed at
        the next quiet moment (its route is most likely gone; if not, a refresh costs a few hundred ms)."""
        was_offline, self._offline = self._offline, not online
        if not online or not was_offline:
            return
        log.info("network back: reconnecting now")
        self._network_back.set()
        if self.state is SessionState.ACTIVE:
            self._rotate_soon(NETWORK_ROTATE_S)

    def retry_now(self) -> None:
        """The user asked: a reconnect waiting out its backoff goes at once."""
        self._network_back.set()

    def _quiet(self) -> bool:
        """A turn boundary where nothing is in flight: no reply, no tool, no user talking or holding PTT."""
        return (not self._generating and not self._user_turn and not self._tools and not self._ptt_active
                and time.monotonic() - self._last_voice_at >= QUIET_BEFORE_ROTATE_S)

    def _check_rotation(self) -> None:
        """After goAway: rotate at the first quiet moment, or at the deadline whatever is going on."""
        self._cancel_rotate_timer()
        if not self._go_away_pending:
            return
        if self._quiet() or time.monotonic() >= self._rotate_deadline:
            self._rotate_now.set()
            return
        self._rotate_timer = asyncio.get_running_loop().call_later(ROTATE_CHECK_S, self._check_rotation)

    def _cancel_rotate_timer(self) -> None:
        if self._rotate_timer is not None:
            self._rotate_timer.cancel()
            self._rotate_timer = None

    # -- tools --------------------------------------------------------------------------------------
    def _start_tool(self, call, received_at: float) -> None:
        unsent = sum(1 for item in self._outbox if item[0] == "tool_response")
        if len(self._tools) + unsent >= MAX_PENDING_TOOLS:
            self.metrics.count("tool_calls_refused")
            raise ServerMisbehaved(f"more than {MAX_PENDING_TOOLS} tool calls pending")
        call_id = call.id or f"call-{received_at:.6f}"
        name = call.name or ""
        args = dict(call.args or {})
        # stale speech recorded before the call would reach the model after the result: drop it
        self.metrics.count("mic_dropped_tool", self._drop_oldest_audio(all_of_it=True))
        now = time.monotonic()
        self._unanswered[call_id] = now
        loop = asyncio.get_running_loop()
        policy = self.tools.policy(name)
        # a read repeated reads again; "undo" (or "redo") twice means two (core/repeated_calls.py)
        filtered = not (policy.read_only or policy.undoes_changes or policy.redoes_changes)
        earlier = self._repeats.earlier(name, args, self._turn, now) if filtered else None
        if earlier is not None:
            log.info("call %s repeats %s (%s): answered with its result", call_id, earlier.call_id, name)
            self.metrics.count("tool_calls_repeated")
            task = loop.create_task(self._answer_repeat(call_id, name, args, earlier, received_at),
                                    name=f"repeat-{name}")
        else:
            outcome = self._remember(call_id, name, args, now) if filtered else None
            task = loop.create_task(self._run_tool(call_id, name, args, received_at, outcome), name=f"tool-{name}")
        self._tools[call_id] = (name, task)

    def _remember(self, call_id: str, name: str, args: dict, now: float) -> asyncio.Future:
        """Its outcome, for repeats of the call that come while it runs or soon after."""
        outcome = asyncio.get_running_loop().create_future()
        self._repeats.remember(name, args, EarlierCall(call_id, self._turn, now, outcome))
        return outcome

    async def _run_tool(self, call_id: str, name: str, args: dict, received_at: float,
                        outcome: asyncio.Future | None = None) -> None:
        """Runs the call and answers it; *outcome* gets the result for repeats of it that wait, or None
        when a repeat must run on its own (the call failed, or was cancelled and its change undone)."""
        self.events.tool_started.emit(ev.ToolStarted(call_id, name, args))
        result: ToolResult | None = None
        try:
            try:
                result = await self.tools.call(name, args, origin="model")
            except Exception as exc:  # the registry already catches handler errors; this is belt and braces
                log.exception("tool %s crashed outside its handler", name)
                result = ToolResult.error(name, "internal_error", f"{type(exc).__name__}")
        finally:
            self._tools.pop(call_id, None)
            if outcome is not None and not outcome.done():  # repeats waiting for it never wait forever
                done = result is not None and result.ok and call_id not in self._cancelled_calls
                outcome.set_result(result if done else None)
                if not done:  # a retry of a failed call (the diary was busy, say) is a call of its own
                    self._repeats.forget(call_id)
        duration_ms = (time.perf_counter() - received_at) * 1000
        if call_id in self._cancelled_calls:
            self._cancelled_calls.discard(call_id)
            await self._undo_cancelled(name, result)
            return
        card = ev.ToolFinished(call_id, name, result, duration_ms)
        self._respond(call_id, name, result.data, received_at, card)

    async def _answer_repeat(self, call_id: str, name: str, args: dict, earlier: EarlierCall,
                             received_at: float) -> None:
        result = await asyncio.shield(earlier.outcome)
        if result is None and call_id not in self._cancelled_calls:
            # the earlier call failed, or was cancelled and taken back: this one is the call now
            outcome = self._remember(call_id, name, args, time.monotonic())
            await self._run_tool(call_id, name, args, received_at, outcome)
            return
        self._tools.pop(call_id, None)
        if call_id in self._cancelled_calls:  # nothing was done for it: nothing to take back
            self._cancelled_calls.discard(call_id)
            await self._undo_waiting_changes()  # but it may be the last of several cancelled calls
            return
        self._respond(call_id, name, as_repeat(result.data, earlier.call_id), received_at, None)

    def _respond(self, call_id: str, name: str, data: dict, received_at: float, card: ev.ToolFinished | None) -> None:
        from google.genai import types

        answer = self.running and call_id in self._unanswered
        if answer:
            response = types.FunctionResponse(id=call_id, name=name, response=data)
            if traits(self.config.model).scheduling:  # a NON_BLOCKING call: when the model should say it
                response.scheduling = types.FunctionResponseScheduling(
                    "WHEN_IDLE" if data.get("ok", True) else "INTERRUPT")
            self._outbox.append(("tool_response", response, received_at))
            self._wake.set()
        # else stopped while it ran, or the session it was asked in is gone (a fresh one knows nothing of
        # it): no one to answer, but the user sees what was done
        if card is not None:
            self.events.tool_finished.emit(card)
        if answer:
            self._check_rotation()

    def _cancel_tool(self, call_id: str) -> None:
        self._unanswered.pop(call_id, None)  # the model no longer waits for it
        self._hold_expired.discard(call_id)
        self._repeats.forget(call_id)
        entry = self._tools.get(call_id)
        if entry is None:
            return  # already answered; nothing to take back on the wire
        self._cancelled_calls.add(call_id)
        self.events.tool_cancelled.emit(ev.ToolCancelled(call_id, entry[0]))

    async def _undo_cancelled(self, name: str, result: ToolResult) -> None:
        """Takes back the diary change of a call the model cancelled. A change can only be undone once the
        day's later ones are (the plan is restored from before it), so while other cancelled calls still
        run, it waits for them; then all are undone, newest first, whatever order they finished in."""
        change_id = result.card.undo_id
        if result.ok and change_id is not None and self.tools.policy(name).undo_on_cancel:
            self._undo_waiting.add(change_id)
        await self._undo_waiting_changes()

    async def _undo_waiting_changes(self) -> None:
        if self._cancelled_calls & self._tools.keys():
            return  # the last cancelled call to finish undoes them all
        waiting, self._undo_waiting = sorted(self._undo_waiting, reverse=True), set()
        for change_id in waiting:
            undone = await self.tools.undo(change_id, origin="model")
            if undone is None:
                continue
            undo_tool, undo = undone
            log.info("cancelled call's diary change %s undone: %s", change_id, undo.ok)
            self.events.tool_finished.emit(ev.ToolFinished(f"undo-{change_id}", undo_tool, undo, 0.0))


@functools.cache
def warm_sdk() -> None:
    """Import the SDK and build its pydantic validators, once, in a worker thread (Assistant.prepare does so
    right after the window shows; each session start makes sure). pydantic builds each model's validator on its
    first use (~80 ms in all for the Live types), which would otherwise happen on the event loop in the
    middle of the first connection and the first server messages: a visible stall at every app start."""
    with first_imports.LOCK:
        from google import genai  # noqa: F401  (the client module and its transports)
        from google.genai import types

    types.LiveConnectConfig(
        response_modalities=[types.Modality.AUDIO],
        speech_config=types.SpeechConfig(voice_config=types.VoiceConfig(
            prebuilt_voice_config=types.PrebuiltVoiceConfig(voice_name="Puck"))),
        tools=[types.Tool(function_declarations=[types.FunctionDeclaration(name="warm", description="")])],
        session_resumption=types.SessionResumptionConfig(),
        context_window_compression=types.ContextWindowCompressionConfig(sliding_window=types.SlidingWindow()))
    # the server's messages, parsed as the session will parse them (core/live_reading: a private converter
    # of the SDK; if a new SDK moves it, the warm-up is lost and logged, and Start says what failed)
    try:
        reader = MessageReader()
        for wire in WARM_UP_MESSAGES:
            reader.parse(json.dumps(wire).encode())
    except Exception as exc:
        log.info("could not warm the SDK's message types up: %s", exc)


WARM_UP_MESSAGES = (  # one of each kind the service sends (shared notes live.md), in its wire casing
    {"setupComplete": {}},
    {"serverContent": {"modelTurn": {"parts": [{"inlineData": {"data": "AAA=", "mimeType": "audio/pcm;rate=24000"}}]},
                       "outputTranscription": {"text": "hi"}, "inputTranscription": {"text": "hi"}},
     "usageMetadata": {"totalTokenCount": 1, "promptTokensDetails": [{"modality": "AUDIO", "tokenCount": 1}]}},
    {"serverContent": {"interrupted": True, "generationComplete": True, "turnComplete": True}},
    {"toolCall": {"functionCalls": [{"id": "warm", "name": "warm", "args": {}}]}},
    {"toolCallCancellation": {"ids": ["warm"]}},
    {"goAway": {"timeLeft": "1s"}},
    {"sessionResumptionUpdate": {"newHandle": "warm", "resumable": True}},
)


def _loud(pcm: bytes) -> bool:
    """Whether a PCM16 microphone frame carries voice (after echo cancellation), by its RMS."""
    return mean_square(pcm) > VOICE_RMS * VOICE_RMS
