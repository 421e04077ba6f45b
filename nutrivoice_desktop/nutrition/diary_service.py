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
from pathlib import Path
from typing import Any, Callable, TypeVar

from nutrivoice_desktop.core.signals import Topic
from nutrivoice_desktop.core.tools import ToolPolicy, ToolRegistry, ToolResult
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition import diary_export
from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.tooling import entry_data

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
        return await self._call_if(self.registry.undo_tool(), {"undo_id": change_id}, origin)

    async def undo_day(self, day: date, *, origin: str = USER) -> tuple[str, ToolResult] | None:
        """Undo (Ctrl+Z): the newest change of *day* still standing."""
        return await self._call_if(self.registry.undo_tool(), {"day": day.isoformat()}, origin)

    async def redo_day(self, day: date, *, origin: str = USER) -> tuple[str, ToolResult] | None:
        """Redo (Ctrl+Shift+Z): the change of *day* undone last."""
        return await self._call_if(self.registry.redo_tool(), {"day": day.isoformat()}, origin)

    async def _call_if(self, name: str | None, args: dict[str, Any], origin: str) -> tuple[str, ToolResult] | None:
        """(name, result) of the tool the registry names for the job; None when it names none."""
        return None if name is None else (name, await self.call(name, args, origin=origin))

    # -- reads for the window -------------------------------------------------------------------------
    async def day_overview(self, day: date | None = None, history_days: int = 7) -> dict[str, Any]:
        return await self._submit(self._overview, day, history_days)

    def _overview(self, day: date | None, history_days: int) -> dict[str, Any]:  # worker
        day = day or self.context.today()
        store = self.context.store
        return {"budget": day_budget(store, day), "history": store.history(day, history_days), "day": day,
                "today": self.context.today()}

    async def day_entries(self, day: date) -> dict[str, Any]:
        """What the diary view shows for *day*: the budget, the plan, food entries and activities, and whether
        Undo and Redo can do anything there."""
        return await self._submit(self._entries, day)

    def _entries(self, day: date) -> dict[str, Any]:  # worker
        store = self.context.store
        activities = []
        for r in store.activity_entries(day):
            try:
                label = self.context.activities.get(r["activity_key"]).label
            except KeyError:  # a code of an older table
                label = r["activity_key"]
            activities.append({"id": r["id"], "activity": label,
                               "minutes": r["minutes"], "kcal": r["kcal"]})
        entries = store.food_entries(day)
        # a past day with nothing eaten is not planned just by looking at it
        plan = store.day_plan(day) if entries or day >= self.context.today() else []
        return {"day": day, "today": self.context.today(), "budget": day_budget(store, day), "plan": plan,
                "entries": [entry_data(r) for r in entries], "activities": activities,
                "can_undo": store.latest_change(day) is not None, "can_redo": store.redoable_change(day) is not None}

    async def profile_overview(self, weight_days: int = 90) -> dict[str, Any]:
        """The profile, the meal plan and the weights of the last *weight_days* days, for the Profile page."""
        return await self._submit(self._profile_overview, weight_days)

    def _profile_overview(self, weight_days: int) -> dict[str, Any]:  # worker
        store, today = self.context.store, self.context.today()
        return {"profile": store.profile(), "meal_slots": store.meal_slots(), "weights": store.weights(today, weight_days),
                "today": today}

    async def adopt_profile(self, **values: Any) -> None:
        """Values a former version kept elsewhere (the Settings body weight), taken once where the profile has
        none of its own."""
        await self._submit(functools.partial(self.context.store.adopt_profile, **values))

    # -- files ----------------------------------------------------------------------------------------------
    async def export_diary(self, path: Path, start: date | None = None, end: date | None = None) -> int:
        """Write the days from *start* (default: the first logged) to *end* (default today) as CSV or JSON,
        by the file's suffix; returns the number of days written. OSError/ValueError say what went wrong."""
        return await self._submit(self._export, path, start, end)

    def _export(self, path: Path, start: date | None, end: date | None) -> int:  # worker
        store = self.context.store
        end = end or self.context.today()
        start = start or store.first_day() or end
        days = diary_export.days_of(store, start, end)
        if path.suffix.lower() == ".json":
            diary_export.write_json(days, path)
        else:
            diary_export.write_csv(days, path)
        return len(days)

    async def import_diary(self, path: Path) -> dict[str, int]:
        """Log the entries of a diary CSV (one change per day); raises diary_export.DiaryFileError, naming the
        line, before anything is written."""
        entries = await asyncio.to_thread(diary_export.read_csv, path)
        done = await self._submit(diary_export.import_entries, self.context.store, entries)
        summary = f"Imported {sum(done.values())} entries for {len(done)} days from {path.name}."
        self.changed.emit(DiaryChange("import_diary", None, USER, summary))
        return done

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
