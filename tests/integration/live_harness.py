"""Drive the real LiveSession (real google-genai SDK) against the fake Live server."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Callable

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.live_session import LiveSession, SessionConfig
from nutrivoice_desktop.core.metrics import Metrics
from nutrivoice_desktop.core.models import DEFAULT_MODEL
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.core.tools import Tool, ToolResult
from nutrivoice_desktop.devices.audio import PlaybackBuffer
from nutrivoice_desktop.nutrition.diary_service import DiaryService

MODEL = DEFAULT_MODEL


class EventLog:
    """Everything published on every topic, in order."""

    def __init__(self, events: ev.SessionEvents) -> None:
        self.events: list[Any] = []
        self._changed = asyncio.Event()
        for topic in events.topics():
            topic.connect(self._on_event)

    def _on_event(self, event: Any) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(self, kind: type, where: Callable[[Any], bool] = lambda e: True, timeout: float = 10.0):
        async with asyncio.timeout(timeout):
            while True:
                for event in self.events:
                    if isinstance(event, kind) and where(event):
                        return event
                self._changed.clear()
                await self._changed.wait()


def make_session(server, registry, tool_context, *, api_key: str = "test-key", **overrides) -> tuple[
        LiveSession, EventLog, PlaybackBuffer]:
    options = {"model": MODEL, "voice": "Kore", "language": "auto", "connect_timeout_s": 5.0,
               "ca_file": server.ca_file, **overrides}
    config = SessionConfig(api_key=api_key, base_url=server.base_url, **options)
    events = ev.SessionEvents()
    log = EventLog(events)
    metrics = Metrics()
    buffer = PlaybackBuffer(metrics=metrics)
    session = LiveSession(config, DiaryService(registry, tool_context), buffer, events, metrics, today=tool_context.today)
    return session, log, buffer


async def run_until_active(server, registry, tool_context, connections: int = 1, **overrides) -> tuple[
        LiveSession, EventLog]:
    """Start a session, wait until it is active on its *connections*-th connection, then close it."""
    session, log, _ = make_session(server, registry, tool_context, **overrides)
    session.start()
    await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE and session.connections == connections)
    await session.aclose()
    return session, log


def add_slow_log(registry) -> threading.Event:
    """Register "slow_log": unplanned_food that first waits (≤ 5 s) for the returned event."""
    release = threading.Event()
    unplanned = registry._tools["unplanned_food"]

    def slow_log(ctx, args) -> ToolResult:
        release.wait(5)
        return unplanned.handler(ctx, args)

    registry.register(Tool("slow_log", "Log food slowly.", unplanned.parameters, slow_log))
    return release
