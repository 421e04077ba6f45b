"""The one worker through which every diary read and write goes: the model's tool calls, a card's Undo,
the dashboard's figures, and the command line.

One thread owns the SQLite connection, so reads and writes never interleave and nothing that can wait
(a busy diary waits up to 10 s for another process's lock) runs on the GUI thread. Each write that
succeeds is published on ``changed`` with its change id and who asked (the model or the user), once, on
the event loop, whether or not whoever awaited the call is still waiting: pressing Stop while a tool runs
still refreshes the dashboard, and the change can still be undone.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, TypeVar

from nutrivoice_desktop.core.signals import Topic
from nutrivoice_desktop.core.tools import ToolPolicy, ToolRegistry, ToolResult
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.tooling import day_totals

log = logging.getLogger(__name__)

T = TypeVar("T")

MODEL = "model"  # origins of a change: the assistant's tool call ...
USER = "user"  # ... or the user's own hand (a card's Undo button, the command line)


@dataclass(frozen=True)
class DiaryChange:
    tool: str
    change_id: int | None  # the id a later undo takes back (None: nothing to take back, e.g. an undo)
    origin: str  # MODEL or USER
    summary: str  # the card's words, for the model when the user changed the diary by hand


class DiaryService:
    def __init__(self, registry: ToolRegistry, context: NutritionContext) -> None:
        self.registry = registry
        self.context = context
        self.changed: Topic[DiaryChange] = Topic("diary_changed")
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diary")
        self._closed = False

    @property
    def today(self) -> Callable[[], date]:
        return self.context.today

    # -- what the live session needs (core.tools.ToolRunner) -----------------------------------------
    def declarations(self) -> list:
        return self.registry.declarations()

    def policy(self, name: str) -> ToolPolicy:
        return self.registry.policy(name)

    async def call(self, name: str, args: dict[str, Any], *, origin: str = MODEL) -> ToolResult:
        """Run a tool in the worker. Cancelling the caller does not cancel the write (it may already be in
        SQLite): the result is still published on ``changed``."""
        future = self._submit(self.registry.call, name, args, self.context)
        future.add_done_callback(functools.partial(self._announce, name, origin))
        return await asyncio.shield(future)

    async def undo(self, change_id: int, *, origin: str = USER) -> tuple[str, ToolResult] | None:
        """Take back diary change *change_id*: (the undo tool's name, its result), or None when no tool can
        (a registry without an undo tool)."""
        name = self.registry.undo_tool()
        if name is None:
            return None
        return name, await self.call(name, {"undo_id": change_id}, origin=origin)

    # -- reads for the window -------------------------------------------------------------------------
    async def day_overview(self, day: date | None = None, history_days: int = 7) -> dict[str, Any]:
        return await self._submit(self._overview, day, history_days)

    def _overview(self, day: date | None, history_days: int) -> dict[str, Any]:  # worker
        day = day or self.context.today()
        overview = day_totals(self.context, day)
        overview["history"] = self.context.store.history(day, history_days)
        overview["day"] = day
        return overview

    async def set_profile(self, **values: float) -> None:
        """Raises KeyError for an unknown field, ValueError for a value that is not positive."""
        await self._submit(functools.partial(self.context.store.set_profile, **values))

    # -- plumbing ---------------------------------------------------------------------------------------
    def _submit(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        if self._closed:
            raise RuntimeError("the diary is closed")
        return asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    def _announce(self, name: str, origin: str, future: asyncio.Future) -> None:  # the loop, once done
        if future.cancelled() or future.exception() is not None:
            return
        result: ToolResult = future.result()
        if not result.ok or self.registry.policy(name).read_only:
            return
        self.changed.emit(DiaryChange(name, result.card.undo_id, origin, result.card.summary))

    async def aclose(self) -> None:
        """Let the work already asked for finish (in its thread, without blocking the loop), then close."""
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(self._worker, self.context.store.close)
        await asyncio.to_thread(self._worker.shutdown, True)

    def call_blocking(self, name: str, args: dict[str, Any]) -> ToolResult:
        """For the command line, which has no event loop: the same worker, waited for on this thread."""
        if self._closed:
            raise RuntimeError("the diary is closed")
        return self._worker.submit(self.registry.call, name, args, self.context).result()

    def close_blocking(self) -> None:
        if not self._closed:
            self._closed = True
            self._worker.submit(self.context.store.close).result()
            self._worker.shutdown(wait=True)
