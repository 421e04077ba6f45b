"""File → Export diary…: which days (a range, or everything logged) and which format, then where."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QVBoxLayout, QWidget)
from qasync import asyncSlot

# shown through QCoreApplication.translate("DiaryExportDialog", ...); the keys are the file suffixes
FORMATS = {"csv": QT_TRANSLATE_NOOP("DiaryExportDialog", "CSV (spreadsheets; can be imported back)"), "json": "JSON"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class DiaryExportDialog(QDialog):
    exported = Signal(str, int)  # the file, days written

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryExport")
        self.setWindowTitle(self.tr("Export diary"))
        self.bridge = bridge
        today = bridge.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.everything = QCheckBox(self.tr("Everything logged"))
        self.start = QDateEdit(_qdate(today - timedelta(days=29)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.format = QComboBox()
        for key, words in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("DiaryExportDialog", words), key)
        form.addRow(self.everything)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Export…"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        layout.addWidget(buttons)
        self.everything.toggled.connect(lambda on: (self.start.setEnabled(not on), self.end.setEnabled(not on)))

    def days(self) -> tuple[date | None, date | None]:
        """(first, last) day to write; (None, None) for everything logged."""
        if self.everything.isChecked():
            return None, None
        return _day(self.start.date()), _day(self.end.date())

    def choose_file(self) -> None:
        start, end = self.days()
        if start is not None and end < start:
            self.problem.setText(self.tr("The last day comes before the first."))
            return
        kind = self.format.currentData()
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export diary"),
                                              str(Path(documents) / f"nutrivoice-diary.{kind}"),
                                              f"{kind.upper()} (*.{kind})")
        if path:
            self.export(Path(path))

    @asyncSlot(object)
    async def export(self, path: Path) -> None:
        if path.suffix.lower() != f".{self.format.currentData()}":
            path = path.with_name(f"{path.name}.{self.format.currentData()}")
        start, end = self.days()
        try:
            days = await self.bridge.export_diary(path, start, end)
        except (OSError, ValueError) as exc:
            self.problem.setText(self.tr("Could not export: {error}").format(error=exc))
            return
        self.exported.emit(str(path), days)
        self.accept()
