"""Entry point: logging first, then Qt and the qasync loop, then the app in stages; stopped in reverse order.

    nutrivoice                      the app
    nutrivoice --self-test          load every subsystem, build the window offscreen, exit 0 if all is well
    nutrivoice --temp-basedir       settings, diary and logs in a throw-away folder
    nutrivoice --start | --stop | --toggle-talk
                                    start/stop talking, or push-to-talk as a toggle (for a desktop shortcut);
                                    sent to the running instance when there is one
    nutrivoice tool NAME '{json}'   call an assistant tool from the shell (see cli.py)
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import json
import logging
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from nutrivoice_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from nutrivoice_desktop.services import paths
from nutrivoice_desktop.services.crash_log import log_loop_errors, log_uncaught_errors, route_native_output
from nutrivoice_desktop.services.logging_setup import redact, setup_logging

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nutrivoice", description=f"{APP_NAME}: voice-first nutrition assistant.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="load every subsystem, build the window (offscreen unless a platform is set), exit")
    parser.add_argument("--connect-check", action="store_true",
                        help="with --self-test: also open a Live session with the configured endpoint and key")
    parser.add_argument("--temp-basedir", action="store_true", help="keep settings, diary and logs in a temp folder")
    parser.add_argument("--basedir", type=Path, help="keep settings, diary and logs under this folder")
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument("--quit-after", type=float, default=0, help=argparse.SUPPRESS)  # screenshots, e2e
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    remote = parser.add_mutually_exclusive_group()
    remote.add_argument("--start", action="store_true",
                        help="start talking (in the running NutriVoice, else in a new one)")
    remote.add_argument("--stop", action="store_true", help="stop talking in the running NutriVoice")
    remote.add_argument("--toggle-talk", action="store_true",
                        help="push to talk as a toggle: first call talks, next call stops (with voice detection: "
                             "mute/unmute); bind it to a keyboard shortcut where global hotkeys do not work")
    return parser.parse_args(argv)


def remote_command(args: argparse.Namespace) -> str:
    """What a launch asks of an instance that is already running on this profile."""
    if args.stop:
        return "stop"
    if args.toggle_talk:
        return "toggle-talk"
    if args.start:
        return "start"
    return "raise"


HANDED_OVER = {"raise": f"{APP_NAME} is already running; asked it to show its window.",
               "start": f"{APP_NAME} is already running; asked it to start talking.",
               "stop": f"{APP_NAME} is already running; asked it to stop talking.",
               "toggle-talk": f"{APP_NAME} is already running; asked it to toggle talking."}


def hand_over(instance, command: str) -> int:
    """This launch is the second one on the profile: pass *command* to the running one, say so, and exit."""
    from nutrivoice_desktop.services.single_instance import CommandRefused, NotAnswering

    log.info("another instance holds %s; handing it %r", instance.lock_path, command)
    try:
        instance.send(command)
    except NotAnswering as exc:
        print(exc, file=sys.stderr)
        return 1
    except CommandRefused as exc:
        print(f"{APP_NAME} is running but did not accept {command!r}: {exc}", file=sys.stderr)
        return 1
    print(HANDED_OVER[command])
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["tool"]:
        from nutrivoice_desktop.cli import run_tool

        return run_tool(argv[1:])
    args = parse_args(argv)
    if args.temp_basedir:
        paths.use_base_dir(Path(tempfile.mkdtemp(prefix="nutrivoice-")))
    elif args.basedir:
        paths.use_base_dir(args.basedir)
    log_file = setup_logging(paths.log_dir(), debug=args.debug)
    log_uncaught_errors()
    log.info("%s %s starting (python %s, log %s)", APP_NAME, __version__, sys.version.split()[0], log_file)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")  # qasync would otherwise try PyQt5 first

    from PySide6.QtWidgets import QApplication

    from nutrivoice_desktop.bridge.event_loop import EventLoop

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    # One instance per profile, decided before the diary is opened or a window is built. --self-test takes no
    # lock: it checks an installation (the build scripts run it) while the user's app may be running, and it
    # starts no session unless asked to with --connect-check, against the endpoint in its own settings.
    instance = None
    if not args.self_test:
        from nutrivoice_desktop.services.single_instance import SingleInstance

        instance = SingleInstance.for_current_profile()
        if not instance.acquire():
            return hand_over(instance, remote_command(args))
        if args.stop:
            # Nothing runs, so nothing to stop; opening the app just to stop it is not what a "stop" shortcut
            # means. (--toggle-talk, by contrast, starts the app: pressing a talk key should get you talking.)
            instance.release()
            print(f"{APP_NAME} is not running, so there is nothing to stop.", file=sys.stderr)
            return 2
    if not args.self_test:  # the self-test's report is read from the terminal by the build scripts
        route_native_output(paths.log_dir())
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    log_loop_errors(loop)
    try:
        with loop:
            try:
                return loop.run_until_complete(run(app, args, instance, log_file))
            except Exception as exc:  # the last line of defence: words, a next step and the log, not a traceback
                log.exception("%s stopped because of an error", APP_NAME)
                if not args.self_test:
                    from nutrivoice_desktop.ui.startup_problem import report_failure

                    loop.run_until_complete(report_failure(
                        f"{APP_NAME} stopped because of an error", redact(f"{type(exc).__name__}: {exc}"),
                        "Start it again. If it happens again, the log below tells the developers what went wrong.",
                        log_file))
                return 1
    finally:
        if instance is not None:
            instance.release()


async def run(app, args: argparse.Namespace, instance, log_file: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon

    from nutrivoice_desktop.assistant import Assistant
    from nutrivoice_desktop.bridge.session_bridge import SessionBridge
    from nutrivoice_desktop.core.loop_watch import LoopWatch
    from nutrivoice_desktop.core.state import SessionState
    from nutrivoice_desktop.nutrition.diary import keep_daily_backups
    from nutrivoice_desktop.services import crash_log
    from nutrivoice_desktop.services.heap import settle_after_startup
    from nutrivoice_desktop.services.settings import Settings
    from nutrivoice_desktop.devices import hardware
    from nutrivoice_desktop.ui.i18n import install_translator
    from nutrivoice_desktop.ui.internal_error import InternalErrorNotice
    from nutrivoice_desktop.ui.main_window import MainWindow
    from nutrivoice_desktop.ui.remote_control import RemoteControl, show_window
    from nutrivoice_desktop.ui.theme import apply_theme
    from nutrivoice_desktop.ui.tray import Tray
    from nutrivoice_desktop.ui.walkthrough import Walkthrough, needs_walkthrough

    started = time.perf_counter()
    quit_event = asyncio.Event()
    # stage 1: settings and look
    settings = Settings()
    install_translator(app, settings.get("ui_language"))  # before any window: Qt makes its texts then
    apply_theme(app, settings.get("theme"))
    icon = QIcon(str(paths.resources_dir() / "icons" / "nutrivoice.svg"))
    app.setWindowIcon(icon)
    # stage 2: the diary and the tools
    diary = await open_diary(log_file, args.self_test)
    if diary is None:
        return 1
    # stage 3: the assistant, its Qt adapter and the window
    assistant = Assistant(settings, diary)
    bridge = SessionBridge(assistant)
    window = MainWindow(settings, bridge, icon, hardware)
    window.quitRequested.connect(quit_event.set)
    app.aboutToQuit.connect(quit_event.set)
    tray = None
    if Tray.isSystemTrayAvailable():
        tray = Tray(icon)
        window.attach_tray(tray)
        tray.showRequested.connect(lambda: show_window(window))
        tray.quitRequested.connect(quit_event.set)
        tray.show()
        app.setQuitOnLastWindowClosed(False)
    else:
        app.lastWindowClosed.connect(quit_event.set)
    remote = RemoteControl(window, bridge, settings)
    if instance is not None:
        instance.commandReceived.connect(remote.perform)
        instance.listen()
    # Python handles SIGINT/SIGTERM only between bytecodes; a short timer gives it the chance in Qt's loop.
    ticker = QTimer()
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: quit_event.set())

    notice = InternalErrorNotice(window, log_file)
    loop = asyncio.get_running_loop()
    # any thread: an error nobody caught (services/crash_log.py) is told on the GUI thread
    crash_log.tell_with(lambda error_name: loop.call_soon_threadsafe(notice, error_name))
    window.show()
    log.info("window shown after %.0f ms", (time.perf_counter() - started) * 1000)
    # how late the GUI thread runs, logged once a minute: a frozen window in the field shows up in the log
    loop_watch = LoopWatch()
    loop_watch.start()
    backups = loop.create_task(keep_daily_backups(diary.context.store), name="backups")
    # start-up objects leave the collector's reach now, and once more after the first connection (the
    # SDK's models are built then): a full collection would otherwise stall the window for ~65 ms
    settle_after_startup()

    async def prepare_then_settle() -> None:
        # what the first Start needs (SDK, echo canceller, sound system) loads while the user looks at the
        # window, not when they press Start; what it leaves alive is settled too
        await assistant.adopt_settings_weight()
        await assistant.prepare()
        settle_after_startup()

    preparing = loop.create_task(prepare_then_settle(), name="prepare")

    def settle_when_first_connected(status) -> None:
        session = assistant.session
        if status.state is SessionState.ACTIVE and session is not None and session.connections == 1:
            settle_after_startup()

    assistant.events.status.connect(settle_when_first_connected)
    code = 0
    try:
        if args.self_test:
            code = await self_test(app, window, assistant, args.connect_check)
            return code
        if settings.get("activity") == "push_to_talk":
            await window.apply_hotkey()
        wizard = None
        if needs_walkthrough(settings):
            wizard = Walkthrough(settings, bridge, window)
            window.walkthrough_action.triggered.connect(wizard.open)
            wizard.open()
        else:
            window.walkthrough_action.triggered.connect(lambda: Walkthrough(settings, bridge, window).open())
        if args.start:
            await assistant.start()
        elif args.toggle_talk:
            await remote.do("toggle-talk")
        if args.quit_after:
            QTimer.singleShot(int(args.quit_after * 1000), quit_event.set)
        await quit_event.wait()
        if args.screenshot:
            window.grab().save(str(args.screenshot))
        return code
    finally:
        # stop in reverse order: session and devices, then the diary, then the window
        crash_log.tell_with(None)
        await loop_watch.stop()
        backups.cancel()
        await asyncio.gather(preparing, return_exceptions=True)  # its thread may still be opening the sound system
        await assistant.shutdown()  # session, devices, then the diary (its work in flight finishes first)
        window.conversation.finish()  # after the session: its last words are in
        if tray is not None:
            tray.hide()
        window.tray = None
        window.close()
        ticker.stop()
        log.info("%s stopped", APP_NAME)


async def open_diary(log_file: Path, self_test: bool):
    """The DiaryService, or None when the user chose to quit. Off the GUI thread: the integrity
    check and the daily backup run at open. A damaged or missing diary asks: restore the newest good
    backup, or start empty; any other problem is said in words, with the next step and the log."""
    from nutrivoice_desktop.cli import open_tools
    from nutrivoice_desktop.nutrition.diary import restore_backup, start_empty_diary
    from nutrivoice_desktop.nutrition.diary_service import DiaryService
    from nutrivoice_desktop.nutrition.diary_errors import DiaryOpenError
    from nutrivoice_desktop.nutrition.food_db import FoodDataMissing
    from nutrivoice_desktop.ui.startup_problem import QUIT, RESTORE, report_failure, resolve_diary_problem

    loop = asyncio.get_running_loop()
    try:
        return DiaryService(*await loop.run_in_executor(None, open_tools))
    except FoodDataMissing as problem:  # an incomplete installation: nothing the user can choose here
        log.error("the food database cannot be opened: %s", problem)
        if self_test:
            print(json.dumps({"food data": f"FAILED: {problem}"}, indent=2))
        else:
            await report_failure("The food database is missing", str(problem),
                                 "Reinstall NutriVoice, or from a source checkout run ./scripts/bootstrap.", log_file)
        return None
    except DiaryOpenError as problem:
        log.error("the diary cannot be opened (%s): %s %s", problem.kind, problem.message, problem.detail)
        if self_test:
            print(json.dumps({"diary": f"FAILED: {problem.title}. {problem.message}"}, indent=2))
            return None
        choice = await resolve_diary_problem(problem, log_file)
        log.info("diary problem: the user chose %s", choice)
        if choice == QUIT:
            return None
        replace = (functools.partial(restore_backup, problem.backup, problem.path) if choice == RESTORE
                   else functools.partial(start_empty_diary, problem.path))
        try:
            (await loop.run_in_executor(None, replace)).close()
            return DiaryService(*await loop.run_in_executor(None, open_tools))
        except DiaryOpenError as again:
            log.error("the diary still cannot be opened (%s): %s", again.kind, again.message)
            await report_failure(again.title, again.message, again.next_step, log_file)
            return None


SUBSYSTEMS = ("google.genai", "websockets", "pyaudio", "cv2", "mss", "PIL.Image", "keyring", "numpy", "qasync",
              "nutrivoice_desktop.core.live_session", "nutrivoice_desktop.devices.audio",
              "nutrivoice_desktop.devices.video", "nutrivoice_desktop.devices.hotkey", "livekit.rtc")


async def self_test(app, window, assistant, connect_check: bool) -> int:
    """Prove the installation works: every subsystem loads, the window builds, the loop runs async work."""
    from nutrivoice_desktop.core.state import SessionState
    from nutrivoice_desktop.services import secrets

    report: dict[str, str] = {}
    failed = False
    for name in SUBSYSTEMS:
        try:
            importlib.import_module(name)
            report[name] = "ok"
        except Exception as exc:
            report[name] = f"FAILED: {type(exc).__name__}: {exc}"
            failed = True
    try:
        from nutrivoice_desktop.devices.audio import AudioSystem

        system = AudioSystem()
        report["audio devices"] = (f"{len(system.devices('input'))} input, "
                                   f"{len(system.devices('output'))} output")
        system.close()
    except Exception as exc:
        report["audio devices"] = f"FAILED: {exc}"
        failed = True
    from nutrivoice_desktop.devices import echo

    unavailable = echo.available()
    if unavailable is None:
        canceller = echo.EchoCanceller()
        out = canceller.process(bytes(640))
        report["echo cancellation"] = "ok" if len(out) == 640 else "FAILED: wrong frame length"
    else:
        report["echo cancellation"] = f"FAILED: {unavailable}"
    failed |= report["echo cancellation"] != "ok"
    report["keyring backend"] = secrets.backend_name() + (
        "" if secrets.secure_backend_available() else " (no secure store: the key can only come from GEMINI_API_KEY)")
    from nutrivoice_desktop.devices.hotkey import availability_problem

    hotkey_problem = availability_problem()
    if hotkey_problem is None:
        try:
            importlib.import_module("pynput.keyboard")
            report["pynput"] = "ok"
        except Exception as exc:
            report["pynput"] = f"FAILED: {exc}"
            failed = True
    else:
        report["pynput"] = f"skipped: {hotkey_problem}"
    report["tools"] = ", ".join(assistant.diary.registry.names())
    report["foods"] = str(len(assistant.diary.context.foods))
    executor_result = await asyncio.get_running_loop().run_in_executor(None, sum, [1, 2, 3])
    report["event loop"] = "ok" if executor_result == 6 else "FAILED"
    # the window lays out in Qt's own loop: app.processEvents() here would run the loop nested inside this
    # task, and a task it stepped there is refused by asyncio and never stepped again (stop 22 hung on it)
    await asyncio.sleep(0.05)
    report["window"] = f"{window.width()}x{window.height()} on {app.platformName()}"
    if connect_check:
        await assistant.start()
        deadline = time.monotonic() + 15
        while assistant.state is not SessionState.ACTIVE and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        state = assistant.state
        report["live connect"] = "ok" if state is SessionState.ACTIVE else f"FAILED: {state.value}"
        failed |= state is not SessionState.ACTIVE
    print(json.dumps(report, indent=2))
    return 1 if failed else 0
