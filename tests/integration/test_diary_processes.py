"""Several processes on one diary, as when ``nutrivoice tool`` runs beside the app: nothing crashes, nothing
is lost, and a process that finds the diary busy waits for it. Real processes (spawn), real SQLite."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from nutrivoice_desktop import APP_ID
from nutrivoice_desktop.cli import TOOLS_PACKAGE
from nutrivoice_desktop.core.tools import ToolRegistry
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.diary import open_diary
from nutrivoice_desktop.nutrition.store import MIGRATIONS
from nutrivoice_desktop.services import paths
from tests.conftest import FIXED_DAY

SPAWN = multiprocessing.get_context("spawn")
ROUNDS = 20
CALLS_PER_PROCESS = 8
TIMEOUT_S = 90


# -- run in the child processes (module level, so spawn can import them) -------------------------------------
def open_in_rounds(paths_by_round: list[str], barrier, results) -> None:
    """Open each round's new diary at the same moment as the other process."""
    outcome = []
    for path in paths_by_round:
        barrier.wait(TIMEOUT_S)
        try:
            open_diary(path).close()
            outcome.append((path, "ok"))
        except Exception as exc:  # reported to the test, which shows it
            outcome.append((path, f"{type(exc).__name__}: {exc}"))
    results.put(outcome)


def call_tools(path: str, calls: list[tuple[str, dict]], barrier, results) -> None:
    ctx = NutritionContext.open(Path(path), paths.resources_dir())
    ctx.today = lambda: FIXED_DAY
    registry = ToolRegistry.discover(TOOLS_PACKAGE)
    barrier.wait(TIMEOUT_S)
    outcome = []
    for name, args in calls:
        result = registry.call(name, args, ctx)
        outcome.append((name, result.ok, None if result.ok else result.data["error"]["code"]))
    ctx.store.close()
    results.put(outcome)


def run_together(target, per_process_args: list[tuple]) -> list:
    """Start one spawned process per argument tuple, released together; each child's list of outcomes."""
    barrier = SPAWN.Barrier(len(per_process_args))
    results = SPAWN.Queue()
    processes = [SPAWN.Process(target=target, args=(*args, barrier, results)) for args in per_process_args]
    for process in processes:
        process.start()
    try:
        collected = [results.get(timeout=TIMEOUT_S) for _ in processes]
    finally:
        for process in processes:
            process.join(TIMEOUT_S)
            if process.is_alive():
                process.kill()
    assert all(p.exitcode == 0 for p in processes), [p.exitcode for p in processes]
    return collected


# -- tests ----------------------------------------------------------------------------------------------------
def test_two_processes_opening_one_new_diary_together_both_succeed(tmp_path):
    rounds = [str(tmp_path / f"round-{i}" / "diary.sqlite3") for i in range(ROUNDS)]
    results = run_together(open_in_rounds, [(rounds,), (rounds,)])
    failures = [r for outcome in results for r in outcome if r[1] != "ok"]
    assert not failures, failures
    for path in rounds:
        db = sqlite3.connect(path)
        try:
            assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert {"profile_value", "day_meals", "changes", "food_log", "activity_log"} <= tables
            assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            db.close()


def tool_calls(process: int) -> list[tuple[str, dict]]:
    """Small unplanned foods, and each process tries to mark breakfast missed halfway (only one may)."""
    calls = [("unplanned_food", {"food": "apple", "grams": 40 + process}) for _ in range(CALLS_PER_PROCESS)]
    calls.insert(CALLS_PER_PROCESS // 2, ("missed_meal", {"meal": "breakfast"}))
    return calls


def day_state(path: Path) -> tuple[tuple[float, ...], int, int]:
    """(the plan's total kcal/protein/carbs/fat, food rows, change records) of FIXED_DAY."""
    db = sqlite3.connect(path)
    try:
        totals = db.execute("SELECT SUM(kcal), SUM(protein), SUM(carbs), SUM(fat) FROM day_meals WHERE day = ?",
                            (FIXED_DAY.isoformat(),)).fetchone()
        foods = db.execute("SELECT COUNT(*) FROM food_log").fetchone()[0]
        changes = db.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    finally:
        db.close()
    return tuple(totals), foods, changes


def test_three_processes_adjusting_one_day_lose_nothing(tmp_path):
    processes = 3
    shared = tmp_path / "shared" / "diary.sqlite3"
    open_diary(shared).close()
    outcomes = run_together(call_tools, [(str(shared), tool_calls(p)) for p in range(processes)])

    flat = [o for outcome in outcomes for o in outcome]
    assert all(ok for name, ok, _ in flat if name == "unplanned_food"), flat
    missed = sorted((ok, code) for name, ok, code in flat if name == "missed_meal")
    assert missed == [(False, "meal_not_planned")] * (processes - 1) + [(True, None)]  # exactly one moved it

    # the same calls one after another, in one process
    sequential = tmp_path / "sequential" / "diary.sqlite3"
    ctx = NutritionContext.open(sequential, paths.resources_dir())
    ctx.today = lambda: FIXED_DAY
    registry = ToolRegistry.discover(TOOLS_PACKAGE)
    for p in range(processes):
        for name, args in tool_calls(p):
            registry.call(name, args, ctx)
    ctx.store.close()

    together, foods, changes = day_state(shared)
    alone, foods_alone, changes_alone = day_state(sequential)
    assert (foods, changes) == (foods_alone, changes_alone) == (processes * CALLS_PER_PROCESS,
                                                                 processes * CALLS_PER_PROCESS + 1)
    assert together == pytest.approx(alone, abs=1e-6), (together, alone)


def run_cli(data_home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "XDG_CONFIG_HOME": str(data_home.parent / "config")}
    return subprocess.run([sys.executable, "-m", "nutrivoice_desktop", "tool", *args], capture_output=True,
                          text=True, timeout=TIMEOUT_S, env=env)


def test_the_command_line_waits_for_the_app_instead_of_failing(tmp_path, registry):
    data_home = tmp_path / "data"
    diary = data_home / APP_ID / "diary.sqlite3"
    app = NutritionContext.open(diary, paths.resources_dir())  # the running app
    app.today = lambda: FIXED_DAY
    command = {"food": "apple", "grams": 100, "day": FIXED_DAY.isoformat()}

    done: list[subprocess.CompletedProcess] = []
    cli = threading.Thread(target=lambda: done.append(run_cli(data_home, "unplanned_food", json.dumps(command))))
    with app.store.transaction():  # the app is in the middle of a change while the command starts
        assert registry.call("unplanned_food", {"food": "apple", "grams": 100}, app).ok
        cli.start()
        time.sleep(3)
    cli.join(TIMEOUT_S)

    assert done and done[0].returncode == 0, done[0].stderr if done else "the command did not finish"
    entries = app.store.food_entries(FIXED_DAY)
    assert len(entries) == 2  # both adjustments are in the plan, one after the other
    eaten = sum(e["kcal"] for e in entries)
    assert sum(m.target.kcal for m in app.store.day_plan(FIXED_DAY)) == pytest.approx(2000 - eaten, abs=0.01)
    app.store.close()


def test_the_command_line_says_what_is_wrong_with_a_damaged_diary(tmp_path):
    data_home = tmp_path / "data"
    diary = data_home / APP_ID / "diary.sqlite3"
    diary.parent.mkdir(parents=True)
    garbage = os.urandom(30_000)
    diary.write_bytes(garbage)

    done = run_cli(data_home, "get_day_summary", "{}")
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and "The diary file is damaged" in done.stderr
    assert str(diary) in done.stderr
    aside = list(diary.parent.glob("diary.sqlite3.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage


def test_the_command_line_says_when_the_diary_folder_cannot_exist(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    done = run_cli(blocker, "get_day_summary", "{}")
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and "cannot open the diary" in done.stderr
