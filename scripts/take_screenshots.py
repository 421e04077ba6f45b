"""Screenshots for the README: the real app on Xvfb, talking to the fake Live server, light and dark; and
the Diary tab, the Profile page, Settings (Voice & audio), a connection problem in the message area, and the
window in German, over a sample diary (logged through the app's own tools).

Run through scripts/screenshots (which provides Xvfb, PulseAudio and a keyring).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.live_server import FakeLiveServer  # noqa: E402


def shoot(theme: str, work: Path) -> Path:
    base = work / theme
    speech = work / "speech.wav"
    if not speech.exists():
        subprocess.run(["espeak-ng", "-w", str(speech), "I had an apple"], check=True, timeout=30)
    target = ROOT / "docs" / f"screenshot-{theme}.png"
    with FakeLiveServer(work) as server:
        server.write_app_settings(base, echo="off", theme=theme)
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "GEMINI_API_KEY": "screenshot-key"}
        app = subprocess.Popen([sys.executable, "-m", "nutrivoice_desktop", "--basedir", str(base), "--start",
                                "--quit-after", "7", "--screenshot", str(target)], env=env)
        server.wait_for_connections(1, timeout=30)
        subprocess.run(["paplay", "--device=vmicsink", str(speech)], timeout=30)
        app.wait(60)
    return target


# a day as a user would log it, by voice, through the same tools
SAMPLE_DAY = (
    ("update_profile", {"weight_kg": 72, "height_cm": 168, "age": 38, "sex": "female", "activity": "light",
                        "confirmed": True}),
    ("set_goal", {"goal": "lose", "rate_kg_week": 0.25, "confirmed": True}),
    ("log_weight", {"kg": 72.6, "day": "2026-11-10"}), ("log_weight", {"kg": 72.1, "day": "2026-11-17"}),
    ("log_weight", {"kg": 72.0}),
    ("log_food", {"food": "oatmeal", "quantity": 1, "portion": "cup", "meal": "breakfast"}),
    ("log_food", {"food": "a banana", "meal": "breakfast"}),
    ("log_food", {"food": "a glass of milk", "meal": "breakfast"}),
    ("log_food", {"food": "chicken curry", "grams": 250, "meal": "lunch"}),
    ("log_food", {"food": "rice", "grams": 150, "meal": "lunch"}),
    ("unplanned_food", {"food": "croissant", "quantity": 1}),
    ("log_activity", {"activity": "brisk walk", "minutes": 40}),
)


def shoot_views(theme: str, work: Path, language: str = "en") -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, __file__, "--views", theme, str(work), language], env=env, check=True,
                   timeout=120)


def views(theme: str, work: Path, language: str) -> None:
    import asyncio
    from datetime import date

    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from nutrivoice_desktop.assistant import Assistant
    from nutrivoice_desktop.bridge.session_bridge import SessionBridge
    from nutrivoice_desktop.cli import TOOLS_PACKAGE
    from nutrivoice_desktop.core.tools import ToolRegistry
    from nutrivoice_desktop.nutrition.context import NutritionContext
    from nutrivoice_desktop.nutrition.diary_service import DiaryService
    from nutrivoice_desktop.services import paths
    from nutrivoice_desktop.services.settings import Settings
    from nutrivoice_desktop.core import events as ev
    from nutrivoice_desktop.core.errors import classify
    from nutrivoice_desktop.core.state import SessionState
    from nutrivoice_desktop.devices import hardware
    from nutrivoice_desktop.ui.i18n import install_translator
    from nutrivoice_desktop.ui.main_window import MainWindow
    from nutrivoice_desktop.ui.theme import apply_theme

    app = QApplication([])
    install_translator(app, language)
    apply_theme(app, theme)
    loop = qasync.QEventLoop(app)  # before the window: it starts its first diary reads on this loop
    asyncio.set_event_loop(loop)
    paths.use_base_dir(work / f"views-{theme}-{language}")
    context = NutritionContext.open(paths.data_dir() / "diary.sqlite3", paths.resources_dir())
    context.today = lambda: date(2026, 11, 25)
    registry = ToolRegistry.discover(TOOLS_PACKAGE)
    for tool, args in SAMPLE_DAY:
        result = registry.call(tool, args, context)
        if not result.ok:
            raise SystemExit(f"{tool} {args}: {result.data}")
    settings = Settings()
    window = MainWindow(settings, SessionBridge(Assistant(settings, DiaryService(registry, context))),
                       QIcon(str(paths.resources_dir() / "icons" / "nutrivoice.svg")), hardware)
    window.resize(1180, 760)
    window.show()
    window.right_tabs.setCurrentWidget(window.diary_view)

    async def shoot_all() -> None:
        async def until(ready) -> None:
            for _ in range(200):  # at most 10 s
                if ready():
                    await asyncio.sleep(0.3)  # let it paint
                    return
                await asyncio.sleep(0.05)
            raise SystemExit("the window did not show the diary in time")

        await until(lambda: window.diary_view.shown >= 1 and window.dashboard.shown >= 1)
        if language != "en":  # the window in another language, with a problem standing (its words too)
            failure = classify(OSError(111, "Connection refused"))
            window.bridge.assistant.events.status.emit(ev.StatusChanged(SessionState.CONNECTING,
                                                                        failure.problem.title))
            window.bridge.assistant.events.problem.emit(failure.problem)
            await asyncio.sleep(0.3)
            window.grab().save(str(ROOT / "docs" / f"screenshot-{language}-{theme}.png"))
            return
        window.grab().save(str(ROOT / "docs" / f"screenshot-diary-{theme}.png"))
        dialog = window.open_profile()
        await until(lambda: dialog.shown >= 1)
        dialog.grab().save(str(ROOT / "docs" / f"screenshot-profile-{theme}.png"))
        dialog.close()
        settings_dialog = window.open_settings()
        settings_dialog.show_page("audio")
        await asyncio.sleep(0.5)  # the device lists arrive from a worker thread
        settings_dialog.grab().save(str(ROOT / "docs" / f"screenshot-settings-{theme}.png"))
        settings_dialog.close()

    with loop:
        loop.run_until_complete(shoot_all())


def main() -> int:
    if sys.argv[1:2] == ["--views"]:
        views(sys.argv[2], Path(sys.argv[3]), sys.argv[4])
        return 0
    (ROOT / "docs").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            print(shoot(theme, Path(tmp)))
            shoot_views(theme, Path(tmp))
        shoot_views("light", Path(tmp), "de")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
