"""An error nobody caught (services/crash_log.py) told to the user: once as a dialog with the log's path,
every time in the banner. The app goes on; the diary keeps only whole changes (each is one transaction)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from nutrivoice_desktop import APP_NAME
from nutrivoice_desktop.core.messages import Level


class InternalErrorNotice:
    def __init__(self, window, log_file: Path) -> None:
        self.window, self.log_file = window, log_file
        self.dialog: QMessageBox | None = None  # the first error's; later ones only update the banner

    def __call__(self, error_name: str) -> None:  # GUI thread (crash_log hands over with call_soon_threadsafe)
        text = QCoreApplication.translate(
            "InternalErrorNotice", "Something went wrong inside {app} ({error}). It goes on, but what it was doing may "
            "be incomplete; the diary keeps only whole changes.").format(app=APP_NAME, error=error_name)
        step = QCoreApplication.translate("InternalErrorNotice",
                                          "If it happens again, send the log to the developers: {file}")
        step = step.format(file=self.log_file)
        title = QCoreApplication.translate("InternalErrorNotice", "An internal error")
        self.window.say(Level.ERROR, text, step, "internal", title)
        if self.dialog is None:
            caption = QCoreApplication.translate("InternalErrorNotice", "{app}: an internal error").format(app=APP_NAME)
            self.dialog = QMessageBox(QMessageBox.Icon.Warning, caption, text,
                                      QMessageBox.StandardButton.Ok, self.window)
            self.dialog.setObjectName("internalError")
            self.dialog.setInformativeText(step)
            self.dialog.open()  # never exec() inside the qasync loop
