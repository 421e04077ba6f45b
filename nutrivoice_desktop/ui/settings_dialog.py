"""Settings: every declared option as a form field, plus the API key, which goes to the OS keyring only."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)
from qasync import asyncSlot

from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.services.settings import LANGUAGES, NEXT_START, OPTIONS, Settings

HIDDEN = {"first_run_done"}


class ApiKeyField(QWidget):
    """A password field that never shows or re-saves a stored key; only what the user types is stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName("Gemini API key")
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        if secrets.key_from_environment():
            self.edit.setPlaceholderText("Using GEMINI_API_KEY from the environment")
        elif not secrets.secure_backend_available():
            self.edit.setPlaceholderText("No secure keyring available")
            self.status.setText(secrets.NO_BACKEND_MESSAGE)
        else:
            self.edit.setPlaceholderText("Checking your keyring…")
            self._read_stored()

    @asyncSlot()
    async def _read_stored(self) -> None:
        # a locked keyring asks for its password and waits: in a worker thread, so the window keeps drawing
        try:
            stored = await asyncio.to_thread(secrets.load_api_key)
        except secrets.SecretStoreError as exc:
            stored = None
            self.status.setText(str(exc))
        self.edit.setPlaceholderText("A key is stored in your keyring (type to replace it)" if stored
                                     else "Paste your key from aistudio.google.com/apikey")

    async def save(self) -> str | None:
        """Store a typed key (in a worker thread: a locked keyring asks for its password and waits); returns an
        error in words, or None."""
        key = self.edit.text().strip()
        if not key:
            return None
        self.status.setText("Saving in your keyring…")
        try:
            await asyncio.to_thread(secrets.store_api_key, key)
        except secrets.SecretStoreError as exc:
            self.status.setText(str(exc))
            return str(exc)
        self.edit.clear()
        self.status.setText("Saved in your system keyring.")
        self.refresh()
        return None


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("NutriVoice settings")
        self.settings = settings
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.api_key = ApiKeyField()
        form.addRow("Gemini API key", self.api_key)
        for option in OPTIONS.values():
            if option.name in HIDDEN:
                continue
            field = self._field(option, settings.get(option.name))
            field.setAccessibleName(option.title)
            when = " (applies when you next press Start)" if option.applies == NEXT_START else ""
            if option.tooltip or when:
                field.setToolTip(option.tooltip + when)
            self.fields[option.name] = field
            form.addRow(option.title, field)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("problemBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _field(option, value) -> QWidget:
        if option.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if option.choices is not None:
            combo = QComboBox()
            for choice in option.choices:
                label = LANGUAGES.get(choice, choice) if option.name == "language" else str(choice).replace("_", " ")
                combo.addItem(label, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if option.type is int:
            spin = QSpinBox()
            spin.setRange(option.minimum if option.minimum is not None else 0,
                          option.maximum if option.maximum is not None else 10_000)
            spin.setValue(int(value))
            return spin
        edit = QLineEdit(str(value))
        return edit

    def values(self) -> dict:
        out = {}
        for name, field in self.fields.items():
            if isinstance(field, QCheckBox):
                out[name] = field.isChecked()
            elif isinstance(field, QComboBox):
                out[name] = field.currentData()
            elif isinstance(field, QSpinBox):
                out[name] = field.value()
            else:
                out[name] = field.text().strip()
        return out

    @asyncSlot()
    async def save(self) -> None:
        problems = []
        self.buttons.setEnabled(False)  # one save at a time while the keyring answers
        try:
            key_problem = await self.api_key.save()
        finally:
            self.buttons.setEnabled(True)
        if key_problem:
            problems.append(key_problem)
        for name, value in self.values().items():
            try:
                self.settings.set(name, value)
            except ValueError as exc:
                problems.append(f"{OPTIONS[name].title}: {exc}")
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return  # stay open: nothing the user typed is lost
        self.accept()
