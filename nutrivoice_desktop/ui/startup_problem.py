"""A start-up that cannot go on says why in a dialog: what happened, what to do next, where the log is.

Shown with ``open()`` and awaited through its signal, never ``exec()``: a nested event loop inside a
qasync coroutine re-enters the loop (DESIGN.md).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nutrivoice_desktop import APP_NAME
from nutrivoice_desktop.nutrition.diary_errors import DAMAGED, MISSING, DiaryOpenError, backup_day
from nutrivoice_desktop.ui.i18n import shown

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


async def ask(box: QMessageBox, choices: dict[str, QMessageBox.ButtonRole | None]) -> str:
    """Show *box* with one button per choice (label → role) and return the label clicked; closing it is QUIT."""
    buttons = {box.addButton(label, role): key for key, (label, role) in choices.items()}
    answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    box.buttonClicked.connect(lambda button: answer.done() or answer.set_result(buttons.get(button, QUIT)))
    box.finished.connect(lambda _code: answer.done() or answer.set_result(QUIT))
    box.open()
    try:
        return await answer
    finally:
        box.close()


def diary_problem_box(problem: DiaryOpenError, log_file: Path, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical if problem.kind != MISSING else QMessageBox.Icon.Warning,
                      f"{APP_NAME}: {shown(problem.title)}", shown(problem.title), parent=parent)
    box.setObjectName("startupProblem")
    details = [shown(problem.message), "", shown(problem.next_step)]
    if problem.set_aside is not None:
        kept = QCoreApplication.translate("StartupProblem", "Nothing was deleted: the damaged file was kept as {file}.")
        details += ["", kept.format(file=problem.set_aside)]
    details += ["", QCoreApplication.translate("StartupProblem", "Log: {file}").format(file=log_file)]
    box.setInformativeText("\n".join(details))
    if problem.detail:
        box.setDetailedText(problem.detail)
    return box


async def resolve_diary_problem(problem: DiaryOpenError, log_file: Path) -> str:
    """RESTORE, EMPTY or QUIT. Only a damaged or missing diary has a choice; the rest need the user first."""
    box = diary_problem_box(problem, log_file)
    choices: dict = {}
    if problem.kind in (DAMAGED, MISSING):
        if problem.backup is not None:
            choices[RESTORE] = (QCoreApplication.translate("StartupProblem", "Restore the backup of {day}").format(
                                    day=backup_day(problem.backup)),
                                QMessageBox.ButtonRole.AcceptRole)
        choices[EMPTY] = (QCoreApplication.translate("StartupProblem", "Start an empty diary"),
                          QMessageBox.ButtonRole.DestructiveRole)
    choices[QUIT] = (QCoreApplication.translate("StartupProblem", "Quit"), QMessageBox.ButtonRole.RejectRole)
    return await ask(box, choices)


async def report_failure(title: str, message: str, next_step: str, log_file: Path) -> None:
    """A start-up failure with nothing to choose: say it, then the app ends."""
    title, message, next_step = shown(title), shown(message), shown(next_step)
    box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME}: {title}", title)
    box.setObjectName("startupProblem")
    log_line = QCoreApplication.translate("StartupProblem", "Log: {file}").format(file=log_file)
    box.setInformativeText(f"{message}\n\n{next_step}\n\n{log_line}")
    await ask(box, {QUIT: (QCoreApplication.translate("StartupProblem", "Quit"), QMessageBox.ButtonRole.RejectRole)})
