"""A diary that cannot open is a dialog with words, a next step and the log, and the user's choice is done."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from nutrivoice_desktop.nutrition import diary_files
from nutrivoice_desktop.nutrition.diary import open_diary
from nutrivoice_desktop.nutrition.diary_errors import DiaryOpenError
from nutrivoice_desktop.ui.startup_problem import RESTORE, resolve_diary_problem
from tests.conftest import need_service, x_display_available

ROOT = Path(__file__).resolve().parents[2]


def damaged_diary_with_backup(folder: Path) -> tuple[Path, DiaryOpenError]:
    path = folder / "diary.sqlite3"
    store = open_diary(path)  # makes today's backup
    store.adopt_profile(weight_kg=81.0)
    store.close()
    backup = diary_files.backups(path)[0]
    os.utime(backup, (time.time() - 86400,) * 2)
    path.write_bytes(b"this is not a database" * 500)
    try:
        open_diary(path)
    except DiaryOpenError as problem:
        return path, problem
    raise AssertionError("a damaged diary opened")


def the_dialog() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "startupProblem" and w.isVisible()), None)


def test_damaged_diary_offers_the_backup_and_says_where_everything_is(qtbot, aloop, tmp_path):
    path, problem = damaged_diary_with_backup(tmp_path)
    assert problem.kind == "damaged" and problem.backup is not None and problem.set_aside.exists()
    log_file = tmp_path / "nutrivoice.log"
    task = aloop.create_task(resolve_diary_problem(problem, log_file))
    qtbot.waitUntil(lambda: the_dialog() is not None, timeout=5000)
    box = the_dialog()
    text = box.text() + box.informativeText()
    assert "damaged" in text and str(problem.set_aside) in text and f"Log: {log_file}" in text
    labels = {b.text(): b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.ActionRole}
    assert box.detailedText()  # SQLite's own words stay one click away
    assert set(labels) == {f"Restore the backup of {diary_files.backups(path)[0].stem[-10:]}",
                           "Start an empty diary", "Quit"}
    restore = next(b for text, b in labels.items() if text.startswith("Restore"))
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == RESTORE


def test_the_app_with_a_damaged_diary_asks_and_quits_on_escape(tmp_path):
    need_service("Xvfb + xdotool", x_display_available() and bool(shutil.which("xdotool")),
                 "scripts/test provides them")
    base = tmp_path / "base"
    (base / "data").mkdir(parents=True)
    diary = base / "data" / "diary.sqlite3"
    garbage = os.urandom(8192)
    diary.write_bytes(garbage)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "GEMINI_API_KEY": "startup-key"}
    app = subprocess.Popen([sys.executable, "-m", "nutrivoice_desktop", "--basedir", str(base)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "diary file is damaged"],
                       capture_output=True, timeout=30, check=True)
        for _ in range(20):  # no window manager on Xvfb: keep pressing until the dialog has the focus
            subprocess.run(["xdotool", "key", "Escape"], capture_output=True, timeout=10)
            try:
                app.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                continue
        output, _ = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
    assert app.returncode == 1, output
    assert "Traceback" not in output
    kept = list((base / "data").glob("diary.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    log_text = (base / "log" / "nutrivoice.log").read_text(encoding="utf-8")
    assert "the diary cannot be opened (damaged)" in log_text and "the user chose quit" in log_text
    assert not (base / "data" / f"diary-{date.today()}.sqlite3").exists()
