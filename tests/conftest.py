"""Shared fixtures. Tests that need a real service (X display, PulseAudio, Secret Service) call
``need_service``: missing locally it skips; under CI_STRICT=1 (scripts/test) it fails."""

from __future__ import annotations

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.setdefault("QT_API", "pyside6")
import shutil
import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest

from nutrivoice_desktop.cli import TOOLS_PACKAGE
from nutrivoice_desktop.core.tools import ToolRegistry
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.services import paths

FIXED_DAY = date(2026, 11, 25)


def run_async(coro, timeout: float = 60.0):
    """Run *coro* to the end on a fresh event loop in a thread of its own, bounded by *timeout*.

    Not ``asyncio.run`` in the test's thread: once a widget test has started the session-wide qasync loop,
    that loop is registered as the main thread's running loop and ``asyncio.run`` refuses to start, so
    the result of a test would depend on which tests ran before it.
    """
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(asyncio.wait_for(coro, timeout))
        except BaseException as exc:  # handed to the test's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="test-event-loop", daemon=True)
    thread.start()
    thread.join(timeout + 15)
    if thread.is_alive():
        raise TimeoutError(f"the coroutine did not end within {timeout:.0f} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def need_service(name: str, available: bool, why: str) -> None:
    if available:
        return
    message = f"{name} is not available: {why}"
    if os.environ.get("CI_STRICT") == "1":
        pytest.fail(message + " (CI_STRICT=1: services must be present)")
    pytest.skip(message)


def x_display_available() -> bool:
    if not os.environ.get("DISPLAY"):
        return False
    if shutil.which("xdpyinfo"):
        return subprocess.run(["xdpyinfo"], capture_output=True, timeout=10).returncode == 0
    return True


def pulse_available() -> bool:
    if shutil.which("pactl") is None:
        return False
    return subprocess.run(["pactl", "info"], capture_output=True, timeout=10).returncode == 0


@pytest.fixture
def registry() -> ToolRegistry:
    return ToolRegistry.discover(TOOLS_PACKAGE)


@pytest.fixture
def tool_context(tmp_path: Path):
    ctx = NutritionContext.open(tmp_path / "diary.sqlite3", paths.resources_dir())
    ctx.today = lambda: FIXED_DAY
    yield ctx
    ctx.store.close()


@pytest.fixture
def base_dir(tmp_path: Path):
    paths.use_base_dir(tmp_path / "base")
    yield tmp_path / "base"
    paths.use_base_dir(None)


@pytest.fixture(scope="session")
def qloop(qapp):
    """One qasync loop for the whole session, bound to pytest-qt's QApplication (shared notes env.md §2b):
    stopping a loop per test would quit the QApplication under the next test."""
    from nutrivoice_desktop.bridge.event_loop import EventLoop

    loop = EventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    loop.stop()
    asyncio.events._set_running_loop(None)
    loop.close()


@pytest.fixture
def aloop(qloop, qapp):
    before = set(asyncio.all_tasks(qloop))
    yield qloop
    for task in asyncio.all_tasks(qloop) - before:
        task.cancel()
    qapp.processEvents()
