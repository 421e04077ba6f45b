"""A local Gemini Live API server that speaks the wire protocol the way the google-genai SDK really does.

Faithful to what was captured in shared notes live.md:
- TLS only (the SDK forces wss); a throw-away CA from trustme; binds 127.0.0.1 and nothing else.
- path ``/ws/google.ai.generativelanguage.{v1,v1beta,v1alpha}.GenerativeService.BidiGenerateContent``
  (also with the ``//ws`` the SDK's default base URL produces); API key from ``x-goog-api-key``.
- client frames are TEXT JSON in mixed casing with URL-safe base64: both casings are accepted and
  normalised to camelCase (user data under ``args``/``response`` is left alone).
- server frames are BINARY JSON in camelCase with standard base64, like Google's.

Each connection runs a scenario: ``async def scenario(conn: Connection)``. The server runs its own event
loop in a thread so synchronous tests, Qt tests and subprocess tests can all use it. Every wait is bounded.
Run standalone (for end-to-end tests of the packaged app): ``python -m tests.fakes.live_server --help``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import importlib
import json
import math
import re
import ssl
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

import trustme
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

PATH_RE = re.compile(r"^/+ws/google\.ai\.generativelanguage\.(v1|v1beta|v1alpha)\."
                     r"GenerativeService\.BidiGenerateContent(Constrained)?$")
MODELS_RE = re.compile(r"^/+(v1|v1beta|v1alpha)/models$")
# What models.list answers (the REST API's shape): Live models support bidiGenerateContent. Tests change it.
LISTED_MODELS = [
    {"name": "models/gemini-3.8-live", "supportedGenerationMethods": ["bidiGenerateContent"]},
    {"name": "models/gemini-3.1-flash-live-preview", "supportedGenerationMethods": ["bidiGenerateContent"]},
    {"name": "models/gemini-2.5-flash", "supportedGenerationMethods": ["generateContent", "countTokens"]},
]
OUT_RATE = 24_000
WAIT_S = 10.0  # the longest any scenario step waits for the client
# Realtime input while a call has no response ends the session with this (js-genai #1236, livekit #4545,
# autonomous-os #237). Input that arrives this soon after the call was sent left the client before it
# could know of the call, and is let through: how the real service treats that race is not documented.
PENDING_CALL_CLOSE = (1008, "Operation is not implemented, or supported, or enabled.")
IN_FLIGHT_GRACE_S = 0.1
REALTIME_KINDS = frozenset({"audio", "video", "text", "activityStart", "activityEnd", "audioStreamEnd"})

Scenario = Callable[["Connection"], Awaitable[None]]


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def normalise(value: Any, _key: str = "") -> Any:
    """Client JSON → camelCase keys; the contents of tool arguments and responses stay as sent."""
    if isinstance(value, dict):
        if _key in ("args", "response", "parametersJsonSchema", "parameters"):
            return value
        return {_camel(k): normalise(v, _camel(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v, _key) for v in value]
    return value


def b64decode(text: str) -> bytes:
    """Tolerant: the SDK sends URL-safe base64; other clients send the standard alphabet."""
    text = text.replace("-", "+").replace("_", "/")
    return base64.b64decode(text + "=" * (-len(text) % 4))


def tone(ms: int, freq: float = 440.0, rate: int = OUT_RATE, amplitude: int = 8000) -> bytes:
    """Deterministic PCM16 mono test speech: a sine tone (not silence, so playback is observable)."""
    n = rate * ms // 1000
    return struct.pack(f"<{n}h", *(int(amplitude * math.sin(2 * math.pi * freq * i / rate)) for i in range(n)))


@dataclass
class ClientMessage:
    kind: str  # setup, audio, video, text, activityStart, activityEnd, audioStreamEnd, toolResponse, clientContent
    body: Any
    at: float


@dataclass
class Connection:
    ws: ServerConnection
    path: str
    api_key: str
    index: int
    setup: dict = field(default_factory=dict)
    received: list[ClientMessage] = field(default_factory=list)
    _arrived: asyncio.Condition = field(default_factory=asyncio.Condition)
    closed_by_client: bool = False
    pending_calls: dict[str, float] = field(default_factory=dict)  # call id -> when it was sent
    refused: ClientMessage | None = None  # the realtime input that ended the session during a call

    # -- what the client sent ------------------------------------------------------------------------
    async def _reader(self) -> None:
        try:
            async for frame in self.ws:
                for message in self._parse(frame):
                    async with self._arrived:
                        self.received.append(message)
                        self._arrived.notify_all()
                    if await self._breaks_a_pending_call(message):
                        return
        except ConnectionClosed:
            pass
        finally:
            self.closed_by_client = True
            async with self._arrived:
                self._arrived.notify_all()

    async def _breaks_a_pending_call(self, message: ClientMessage) -> bool:
        """The service's rule: no realtime input while a call waits for its response (closes 1008)."""
        if message.kind == "toolResponse":
            for response in message.body.get("functionResponses", []):
                self.pending_calls.pop(response.get("id"), None)
            return False
        if message.kind not in REALTIME_KINDS:
            return False
        if any(message.at - sent > IN_FLIGHT_GRACE_S for sent in self.pending_calls.values()):
            self.refused = message
            await self.ws.close(*PENDING_CALL_CLOSE)
            return True
        return False

    @staticmethod
    def _parse(frame: str | bytes) -> list[ClientMessage]:
        data = normalise(json.loads(frame))
        now = time.perf_counter()
        out = []
        for top, body in data.items():
            if top == "realtimeInput":
                for kind, value in body.items():
                    if kind in ("audio", "video"):
                        value = {**value, "bytes": b64decode(value["data"])}
                    if kind == "mediaChunks":
                        for chunk in value:
                            out.append(ClientMessage("audio", {**chunk, "bytes": b64decode(chunk["data"])}, now))
                        continue
                    out.append(ClientMessage(kind, value, now))
            else:
                out.append(ClientMessage(top, body, now))
        return out

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = WAIT_S) -> None:
        """Wait (bounded) until ``predicate()`` holds or the client has gone."""
        async with asyncio.timeout(timeout):
            async with self._arrived:
                await self._arrived.wait_for(lambda: predicate() or self.closed_by_client)

    async def expect(self, kind: str, *, count: int = 1, timeout: float = WAIT_S,
                     where: Callable[[Any], bool] | None = None) -> list[ClientMessage]:
        """Wait until the client has sent ``count`` messages of ``kind`` (bounded); return them."""
        def matching() -> list[ClientMessage]:
            return [m for m in self.received if m.kind == kind and (where is None or where(m.body))]

        try:
            await self.wait_until(lambda: len(matching()) >= count, timeout)
        except TimeoutError:  # a failed expectation, not a pause: it must fail the test (see __exit__)
            raise AssertionError(f"expected {count} {kind} messages within {timeout} s, "
                                 f"got {len(matching())}") from None
        found = matching()
        if len(found) < count:
            raise AssertionError(f"client closed after {len(found)} of {count} {kind} messages")
        return found

    def of_kind(self, kind: str) -> list[ClientMessage]:
        return [m for m in self.received if m.kind == kind]

    # -- what the server sends ---------------------------------------------------------------------------
    async def send(self, message: dict) -> None:
        for call in message.get("toolCall", {}).get("functionCalls", []):
            self.pending_calls[call.get("id", "")] = time.perf_counter()
        await self.ws.send(json.dumps(message).encode())  # BINARY, like Google

    async def setup_complete(self) -> None:
        await self.send({"setupComplete": {}})

    async def content(self, **fields: Any) -> None:
        await self.send({"serverContent": fields})

    async def audio(self, pcm: bytes, chunk_ms: int = 40, pace: bool = False) -> None:
        step = OUT_RATE * 2 * chunk_ms // 1000
        for i in range(0, len(pcm), step):
            data = base64.b64encode(pcm[i:i + step]).decode()
            await self.content(modelTurn={"parts": [{"inlineData": {"mimeType": f"audio/pcm;rate={OUT_RATE}",
                                                                    "data": data}}]})
            if pace:
                await asyncio.sleep(chunk_ms / 1000)

    async def say(self, text: str, ms: int = 200, pace: bool = False) -> None:
        await self.content(outputTranscription={"text": text})
        await self.audio(tone(ms), pace=pace)

    async def heard(self, text: str) -> None:
        await self.content(inputTranscription={"text": text})

    async def turn_complete(self) -> None:
        await self.content(generationComplete=True)
        await self.send({"serverContent": {"turnComplete": True},
                         "usageMetadata": {"promptTokenCount": 40, "responseTokenCount": 10,
                                           "totalTokenCount": 50}})

    async def interrupted(self) -> None:
        await self.content(interrupted=True)

    def declared(self, name: str) -> dict | None:
        """The function *name* as the real service reads the setup: its ``parameters`` only (2.x Live models do
        not read ``parametersJsonSchema``: python-genai #1147); None when the setup did not declare it."""
        for tool in self.setup.get("tools", []):
            for function in tool.get("functionDeclarations", []):
                if function.get("name") == name:
                    return function.get("parameters") or {}
        return None

    async def tool_call(self, call_id: str, name: str, args: dict) -> None:
        """The model calls *name*. Like the real model, it can only fill in parameters it was told about: a
        declared function whose ``parameters`` are empty (declared as ``parametersJsonSchema`` alone) is
        called with no arguments."""
        parameters = self.declared(name)
        if parameters is not None and not parameters.get("properties"):
            args = {}
        await self.send({"toolCall": {"functionCalls": [{"id": call_id, "name": name, "args": args}]}})

    async def tool_cancel(self, *ids: str) -> None:
        for call_id in ids:
            self.pending_calls.pop(call_id, None)
        await self.send({"toolCallCancellation": {"ids": list(ids)}})

    async def resumption(self, handle: str) -> None:
        await self.send({"sessionResumptionUpdate": {"newHandle": handle, "resumable": True}})

    async def go_away(self, seconds: float) -> None:
        await self.send({"goAway": {"timeLeft": f"{seconds:g}s"}})

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    def drop(self) -> None:
        """Cut TCP with no close frame (the client sees 1006)."""
        self.ws.transport.abort()

    async def hold(self, seconds: float = WAIT_S) -> None:
        """Keep the connection open until the client leaves (bounded)."""
        async with asyncio.timeout(seconds):
            async with self._arrived:
                await self._arrived.wait_for(lambda: self.closed_by_client)

    # -- what a hostile or broken server sends ------------------------------------------------------------
    async def flood(self, seconds: float) -> int:
        """As many small serverContent messages as this side can send for ``seconds``, never waiting for the
        client beyond TCP's own back-pressure: transcript deltas and 40 ms audio chunks, alternately.
        Returns how many were sent."""
        delta = json.dumps({"serverContent": {"outputTranscription": {"text": "more "}}}).encode()
        audio = json.dumps({"serverContent": {"modelTurn": {"parts": [{"inlineData": {
            "mimeType": f"audio/pcm;rate={OUT_RATE}", "data": base64.b64encode(tone(40)).decode()}}]}}}).encode()
        sent = 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.closed_by_client:
            for _ in range(50):
                await self.ws.send(delta)
                await self.ws.send(audio)
            sent += 100
            await asyncio.sleep(0)  # let the reader notice a client that left
        return sent

    async def oversize_message(self, nbytes: int, fragmented: bool = False) -> None:
        """One valid audio serverContent message of ``nbytes``, streamed so this side never holds it: as one
        frame whose header announces the full length (a client can refuse it unread), or as 1 MiB fragments
        (a client has to count). Stops when the client leaves."""
        head = b'{"serverContent": {"modelTurn": {"parts": [{"inlineData": {"mimeType": "audio/pcm;rate=24000", ' \
               b'"data": "'
        tail = b'"}}]}}}'
        body = nbytes - len(head) - len(tail)
        body -= body % 4  # whole base64 quads
        step = 2**20

        def pieces():
            yield head
            for start in range(0, body, step):
                yield b"A" * min(step, body - start)
            yield tail

        if fragmented:
            async def fragments():
                for piece in pieces():
                    if self.closed_by_client:
                        return
                    yield piece
            with contextlib.suppress(ConnectionClosed):
                await self.ws.send(fragments())
            return
        # one BINARY frame, FIN set, unmasked, 64-bit length; written under websockets, which never learns
        # of it (the connection is not usable afterwards anyway)
        size = len(head) + body + len(tail)
        transport = self.ws.transport
        transport.write(struct.pack("!BBQ", 0x82, 127, size))
        for piece in pieces():
            while transport.get_write_buffer_size() > 4 * step and not transport.is_closing():
                await asyncio.sleep(0.005)
            if self.closed_by_client or transport.is_closing():
                return
            transport.write(piece)


VOICED_FRAMES_PER_TURN = 15  # ~300 ms of speech (not silence) counts as "the user said something"
VOICED_RMS = 300.0


def _unreadable_declaration(setup: dict) -> str:
    """The service's answer to ``additionalProperties`` in a function's ``parameters``, or ""."""
    def has_it(schema: Any) -> bool:
        if isinstance(schema, dict):
            return any(k in ("additionalProperties", "additional_properties") or has_it(v) for k, v in schema.items())
        if isinstance(schema, list):
            return any(has_it(v) for v in schema)
        return False
    for tool in setup.get("tools", []):
        for function in tool.get("functionDeclarations", []):
            if has_it(function.get("parameters")):
                return 'Invalid JSON payload received. Unknown name "additional_properties"'  # ≤ 123 bytes
    return ""


def voiced(message: ClientMessage) -> bool:
    pcm = message.body.get("bytes", b"")
    count = len(pcm) // 2
    if not count:
        return False
    samples = struct.unpack(f"<{count}h", pcm[:count * 2])
    return math.sqrt(sum(x * x for x in samples) / count) > VOICED_RMS


async def conversation(conn: Connection, max_turns: int = 20) -> None:
    """The default scenario, a stand-in for the model with a crude voice-activity detector: each time the
    user says something (≥300 ms of voiced audio, a typed text or a push-to-talk release) it hears
    "I had an apple", calls unplanned_food, waits for the result and answers in speech. Resumption handles
    follow every turn."""
    await conn.setup_complete()
    for turn in range(1, max_turns + 1):
        progress = {"scanned": len(conn.received), "voiced": 0, "typed": False}

        def user_spoke() -> bool:  # incremental: each frame is looked at once
            for m in conn.received[progress["scanned"]:]:
                progress["voiced"] += m.kind == "audio" and voiced(m)
                progress["typed"] |= m.kind in ("text", "activityEnd")
            progress["scanned"] = len(conn.received)
            return progress["voiced"] >= VOICED_FRAMES_PER_TURN or progress["typed"]

        try:
            await conn.wait_until(user_spoke, timeout=120)
        except TimeoutError:
            return
        if conn.closed_by_client:
            return
        await conn.heard("I had an apple")
        call_id = f"call-{conn.index}-{turn}"
        await conn.tool_call(call_id, "unplanned_food", {"food": "apple", "quantity": 1})
        await conn.expect("toolResponse", where=lambda body: any(
            r.get("id") == call_id for r in body.get("functionResponses", [])))
        await conn.say("Logged one apple. ", pace=True)
        await conn.turn_complete()
        await conn.resumption(f"handle-{conn.index}-{turn}")


async def sets_up(conn: Connection) -> None:
    """A server that is simply there: set up, then wait (bounded) for the client to go."""
    await conn.setup_complete()
    await conn.hold()


async def reject_key(conn: Connection) -> None:
    await conn.close(1007, "API key not valid. Please pass a valid API key.")


async def never_set_up(conn: Connection) -> None:
    await conn.hold(WAIT_S)


KEY_SCENARIOS: dict[str, Scenario] = {"bad-key": reject_key, "silent": never_set_up}


def flooding(seconds: float) -> Scenario:
    """Set up, give a resumption handle, then flood for ``seconds``; usable from the command line as
    ``--scenario tests.fakes.live_server:flooding --scenario-arg SECONDS``."""
    async def scenario(conn: Connection) -> None:
        await conn.setup_complete()
        await conn.resumption("handle-before-flood")
        await conn.flood(seconds)
        await conn.hold()
    return scenario


class FakeLiveServer:
    """Usage: ``with FakeLiveServer(tmp_path, [scenario, ...]) as server: ... server.base_url, server.ca_file``.

    Connection *i* runs ``scenarios[min(i, len-1)]``; an API key named in KEY_SCENARIOS overrides that.
    """

    def __init__(self, workdir: Path, scenarios: list[Scenario] | None = None, port: int = 0) -> None:
        self.workdir = Path(workdir)
        self.scenarios = scenarios or [conversation]
        self.port = port
        self.connections: list[Connection] = []
        self.errors: list[BaseException] = []
        self.rejected_paths: list[str] = []
        self.listed_models: list[dict] | None = list(LISTED_MODELS)
        self.model_lists = 0  # models.list requests answered
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = str(self.workdir / "fake-live-ca.pem")
        ca.cert_pem.write_to_path(self.ca_file)
        self._ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self._ssl)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._changed = threading.Condition()

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    # -- lifecycle ----------------------------------------------------------------------------------
    def __enter__(self) -> "FakeLiveServer":
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """Stops the server; a scenario that failed (an expectation not met, a bug in it) fails the test,
        unless the test is already failing for its own reason."""
        self.stop()
        if exc_type is None and self.errors:
            raise AssertionError(f"the fake Live server's scenario failed: {self.errors[0]!r}") from self.errors[0]

    def start(self) -> None:
        self._thread = threading.Thread(target=self._thread_main, name="fake-live-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake Live server did not start")
        if self.errors:
            raise self.errors[0]

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def _thread_main(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced to the test through start()/errors
            self.errors.append(exc)
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with serve(self._handler, "127.0.0.1", self.port, ssl=self._ssl, max_size=None,
                         ping_interval=None, process_request=self._check_request) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if MODELS_RE.match(path):  # the REST call the app makes to learn which Live models there are
            self.model_lists += 1
            if self.listed_models is None:  # the listing is down
                return connection.respond(503, "Service Unavailable\n")
            response = connection.respond(200, json.dumps({"models": self.listed_models}))
            response.headers["Content-Type"] = "application/json"
            return response
        if not PATH_RE.match(path):
            self.rejected_paths.append(path)
            return connection.respond(404, "Not Found\n")
        return None

    async def _handler(self, ws: ServerConnection) -> None:
        request = ws.request
        key = request.headers.get("x-goog-api-key", "") if request else ""
        with self._changed:
            index = len(self.connections)
            conn = Connection(ws, request.path if request else "", key, index)
            self.connections.append(conn)
            self._changed.notify_all()
        try:
            async with asyncio.timeout(WAIT_S):
                first = await ws.recv()
            conn.setup = normalise(json.loads(first)).get("setup", {})
            conn.received.append(ClientMessage("setup", conn.setup, time.perf_counter()))
            refused = _unreadable_declaration(conn.setup)
            if refused:  # what the service answers to a schema outside its subset (livekit #7302)
                await ws.close(1007, refused)
                return
            reader = asyncio.create_task(conn._reader())
            scenario = KEY_SCENARIOS.get(key) or self.scenarios[min(index, len(self.scenarios) - 1)]
            try:
                await scenario(conn)
            finally:
                if not conn.closed_by_client:
                    # a finished scenario leaves the connection open until the client goes (bounded)
                    try:
                        await conn.hold(WAIT_S if scenario is not never_set_up else 0.1)
                    except TimeoutError:
                        pass
                reader.cancel()
        except (ConnectionClosed, TimeoutError):
            pass
        except Exception as exc:  # a scenario assertion: keep it for the test to raise
            self.errors.append(exc)
            raise

    def write_app_settings(self, base: Path, **extra: object) -> None:
        """Point an app started with ``--basedir base`` at this server (settings ini, walkthrough done)."""
        lines = ["[General]", f"endpoint={self.base_url}", f"ca_file={self.ca_file}", "first_run_done=true"]
        lines += [f"{key}={value}" for key, value in extra.items()]
        (base / "config").mkdir(parents=True, exist_ok=True)
        (base / "config" / "nutrivoice.ini").write_text("\n".join(lines) + "\n")

    # -- helpers for synchronous tests ---------------------------------------------------------------
    def wait_for_connections(self, n: int, timeout: float = WAIT_S) -> list[Connection]:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.connections) >= n, timeout):
                raise AssertionError(f"expected {n} connections, saw {len(self.connections)}")
            return list(self.connections)


class ServerProcess:
    """This server in a process of its own (``main`` below), so the client's CPU and memory are measured
    alone: ``ServerProcess(workdir, "module:factory", arg, lifetime_s)``, then ``base_url``/``ca_file``."""

    def __init__(self, workdir: Path, scenario: str, scenario_arg: float, lifetime_s: float) -> None:
        port_file = Path(workdir) / "port"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.live_server", "--workdir", str(workdir), "--port-file",
             str(port_file), "--lifetime", str(lifetime_s), "--scenario", scenario,
             "--scenario-arg", str(scenario_arg)], cwd=Path(__file__).resolve().parents[2])
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("the fake Live server did not start")
            time.sleep(0.05)
        self.base_url = f"https://127.0.0.1:{port_file.read_text()}"
        self.ca_file = str(Path(workdir) / "fake-live-ca.pem")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the fake Gemini Live server on 127.0.0.1.")
    parser.add_argument("--workdir", required=True, help="where the CA file (fake-live-ca.pem) is written")
    parser.add_argument("--port-file", required=True, help="the chosen port is written here when ready")
    parser.add_argument("--lifetime", type=float, default=300.0, help="exit after this many seconds")
    parser.add_argument("--scenario", default="", help="module:factory returning a scenario (default: conversation)")
    parser.add_argument("--scenario-arg", type=float, default=None, help="passed to the factory")
    args = parser.parse_args(argv)
    scenarios = None
    if args.scenario:
        module, _, name = args.scenario.partition(":")
        factory = getattr(importlib.import_module(module), name)
        scenarios = [factory() if args.scenario_arg is None else factory(args.scenario_arg)]
    with FakeLiveServer(Path(args.workdir), scenarios) as server:
        Path(args.port_file).write_text(str(server.port))
        deadline = time.monotonic() + args.lifetime
        while time.monotonic() < deadline:
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
