"""Settings in pages: General, Voice & audio, Camera & screen, Profile and Advanced.

The options come from their declarations (services/settings.py: type, choices and the words for each, when
a change applies); this module only decides which page shows which option and which field edits it. The API
key goes to the OS keyring only, never into the settings file or the log.
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QPushButton, QScrollArea, QStackedWidget,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from nutrivoice_desktop.core.wording import said
from nutrivoice_desktop.services import secrets
from nutrivoice_desktop.services.settings import APP_RESTART, NEXT_START, OPTIONS, Option, Settings, translated
from nutrivoice_desktop.ui.device_pickers import (AudioDevicePicker, CameraPicker, FileField, Hardware,
                                                  ScreenPicker, SoundCheck)
from nutrivoice_desktop.ui.hotkey_edit import HotkeyEdit
from nutrivoice_desktop.ui.i18n import shown
from nutrivoice_desktop.ui.lifetime import alive

# Which page shows which option, in order; first_run_done is the walkthrough's, not the user's to edit.
PAGES = {
    "general": ("theme", "ui_language", "close_to_tray"),
    "audio": ("voice", "language", "activity", "hotkey", "echo", "input_device", "output_device"),
    "video": ("mode", "camera", "monitor_index"),
    "profile": (),
    "advanced": ("model", "endpoint", "api_version", "ca_file", "ca_only", "mic_frame_ms"),
}
HIDDEN = {"first_run_done", "screen_window"}  # the screen picker sets screen_window with monitor_index
FIELD_WIDTH = 320  # wide enough for a device name or a URL: values are never cut to a few letters


def hint_label(text: str = "") -> QLabel:
    """Small words under a field, in the theme's quiet colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setVisible(bool(text))
    return label


class PageArea(QScrollArea):
    """A page that scrolls up and down when the dialog is made short, but is never narrower than its fields
    (that would cut values off), so never scrolls sideways. Its width follows the page's, which grows when a
    list with a long device name arrives or the theme's fonts apply: the dialog grows with it."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)

    def minimumSizeHint(self) -> QSize:
        page = self.widget().minimumSizeHint()
        return QSize(page.width() + self.verticalScrollBar().sizeHint().width(), super().minimumSizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's minimum may have changed: the dialog's layout asks again
        return super().eventFilter(watched, event)


class ApiKeyField(QWidget):
    """A password field that never shows or re-saves a stored key; only what the user types is stored.
    ``removable`` adds a Remove key button (Settings; the walkthrough only asks for a key)."""

    def __init__(self, parent: QWidget | None = None, removable: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Gemini API key"))
        self.edit.setMinimumWidth(FIELD_WIDTH)
        row.addWidget(self.edit, 1)
        self.remove = QPushButton(self.tr("Remove key"))
        self.remove.setToolTip(self.tr("Forget the key stored in your system keyring"))
        self.remove.clicked.connect(self.confirm_remove)
        self.remove.setEnabled(False)  # until the keyring says a key is there
        self.remove.setVisible(removable)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()  # no empty line under the field
        layout.addWidget(self.status)
        self.confirmation: QMessageBox | None = None
        self.refresh()

    def refresh(self) -> None:
        self.remove.setEnabled(False)
        if secrets.key_from_environment():
            self.edit.setPlaceholderText(self.tr("Using GEMINI_API_KEY from the environment"))
            self._say(self.tr("The key comes from the GEMINI_API_KEY environment variable, which wins over a "
                              "stored one: to remove it, unset it where it is set."))
        elif not secrets.secure_backend_available():
            self.edit.setPlaceholderText(self.tr("No secure keyring available"))
            self._say(shown(secrets.NO_BACKEND_MESSAGE))
        else:
            self.edit.setPlaceholderText(self.tr("Checking your keyring…"))
            self._read_stored()

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.setVisible(bool(words))

    @asyncSlot()
    async def _read_stored(self) -> None:
        # a locked keyring asks for its password and waits: in a worker thread, so the window keeps drawing
        try:
            stored = await asyncio.to_thread(secrets.load_api_key)
        except secrets.SecretStoreError as exc:
            stored = None
            problem = shown(said(exc))
        else:
            problem = ""
        if not alive(self):  # the dialog was closed while the keyring answered
            return
        if problem:
            self._say(problem)
        self.remove.setEnabled(bool(stored))
        self.edit.setPlaceholderText(self.tr("A key is stored in your keyring (type to replace it)") if stored
                                     else self.tr("Paste your key from aistudio.google.com/apikey"))

    async def save(self) -> str | None:
        """Store a typed key (in a worker thread: a locked keyring asks for its password and waits); returns an
        error in words, or None."""
        key = self.edit.text().strip()
        if not key:
            return None
        self._say(self.tr("Saving in your keyring…"))
        try:
            await asyncio.to_thread(secrets.store_api_key, key)
        except secrets.SecretStoreError as exc:
            if alive(self):
                self._say(shown(said(exc)))
            return shown(said(exc))
        if not alive(self):  # stored; the dialog was closed while the keyring answered
            return None
        self.edit.clear()
        self._say(self.tr("Saved in your system keyring."))
        self.refresh()
        return None

    def confirm_remove(self) -> QMessageBox:
        """Ask first (a key is tedious to fetch again); the box is opened, never exec()'d in the qasync loop."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the API key?"),
                          self.tr("NutriVoice will forget the key stored in your system keyring. To talk to the "
                                  "assistant again you will need to paste a key."),
                          QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(self.tr("Remove key"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove() if button is remove else None)
        self.confirmation = box
        box.open()
        return box

    @asyncSlot()
    async def _remove(self) -> None:
        self.remove.setEnabled(False)
        self._say(self.tr("Removing the key from your keyring…"))
        try:
            await asyncio.to_thread(secrets.delete_api_key)
        except secrets.SecretStoreError as exc:
            if alive(self):
                self._say(shown(said(exc)))
                self.remove.setEnabled(True)
            return
        if not alive(self):  # removed; the dialog was closed while the keyring answered
            return
        self._say(self.tr("The key was removed from your keyring."))
        self.refresh()


class SettingsDialog(QDialog):
    """``hardware`` lists and tests the devices (devices/hardware.py; without it the pickers offer only what is
    stored and the system default); ``audio_busy()`` is true while a conversation holds the microphone and
    speaker. ``profileRequested`` asks the window to open Profile & goals."""

    profileRequested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, hardware: Hardware | None = None,
                 audio_busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("NutriVoice settings"))
        self.settings = settings
        self.hardware = hardware
        self.fields: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}
        self._closed = False
        self.api_key = ApiKeyField(removable=True)
        self.audio_busy = audio_busy

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("settingsPages")
        self.sidebar.setAccessibleName(self.tr("Settings pages"))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        titles = {"general": self.tr("General"), "audio": self.tr("Voice & audio"),
                  "video": self.tr("Camera & screen"), "profile": self.tr("Profile"),
                  "advanced": self.tr("Advanced")}
        fillers = {"general": self._fill_general, "audio": self._fill_audio, "video": self._add_options,
                   "profile": self._fill_profile, "advanced": self._fill_advanced}
        for key, names in PAGES.items():
            page, form = self._page(titles[key])
            fillers[key](form, names)
            self.pages[key] = page
            self.sidebar.addItem(titles[key])
            self.sidebar.item(self.sidebar.count() - 1).setSizeHint(QSize(0, 34))
            self.stack.addWidget(PageArea(page))
        for page in self.pages.values():
            page.ensurePolished()  # sized in the theme's fonts now, not when first shown (the dialog would jump)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(title) for title in titles.values())
        self.sidebar.setFixedWidth(widest + 40)  # the item's margins and the frame

        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
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
        if hardware is not None:
            self._load_audio_devices()
            self._load_video_sources()

    def sizeHint(self) -> QSize:
        # roomy enough that the longest page shows without scrolling; the pages set the least width
        return super().sizeHint().expandedTo(QSize(760, 560))

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(list(PAGES).index(key))

    # -- pages -----------------------------------------------------------------------------------------
    def _page(self, title: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setObjectName("settingsPageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        layout.addStretch(1)
        return page, form

    def _fill_general(self, form: QFormLayout, names: tuple[str, ...]) -> None:
        form.addRow(self.tr("Gemini API key"), self.api_key)
        self._add_options(form, names)

    def _fill_audio(self, form: QFormLayout, names: tuple[str, ...]) -> None:
        self._add_options(form, names)
        self.fields["hotkey"].problem.connect(self._hotkey_problem)
        self.sound_check = SoundCheck(self.hardware, self.fields["input_device"], self.fields["output_device"],
                                      self.audio_busy)
        form.addRow(self.tr("Sound check"), self.sound_check)

    def _fill_profile(self, form: QFormLayout, _names: tuple[str, ...]) -> None:
        words = QLabel(self.tr("Your body data, weight goal and daily targets are in Profile & goals. The "
                               "assistant uses them to plan your meals."))
        words.setWordWrap(True)
        button = QPushButton(self.tr("Open Profile && goals…"))
        button.clicked.connect(self.profileRequested)
        self.profile_button = button
        form.addRow(words)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)

    def _fill_advanced(self, form: QFormLayout, names: tuple[str, ...]) -> None:
        words = QLabel(self.tr("For proxies, tests and troubleshooting. The defaults suit almost everyone."))
        words.setWordWrap(True)
        form.addRow(words)
        self._add_options(form, names)

    def _add_options(self, form: QFormLayout, names: tuple[str, ...]) -> None:
        for name in names:
            option = OPTIONS[name]
            field = self._field(option, self.settings.get(name))
            title = translated(option.title)
            field.setAccessibleName(title)
            for part in [*field.findChildren(QComboBox), *field.findChildren(QLineEdit)]:
                part.setAccessibleName(part.accessibleName() or title)  # what a screen reader lands on
            if option.tooltip:
                field.setToolTip(translated(option.tooltip))
                field.setAccessibleDescription(translated(option.tooltip))
            applies = self._applies(option)
            if applies:
                field.setToolTip("\n".join(filter(None, [field.toolTip(), applies])))
            # "applies at the next Start" matters once something changed; a restart is worth saying up front
            hint = hint_label(applies if option.applies == APP_RESTART else "")
            if option.applies == NEXT_START:
                for changed in _user_changes(field):
                    changed.connect(lambda *_, hint=hint, words=applies: self._show_hint(hint, words))
            self.fields[name], self.hints[name] = field, hint
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(hint)
            if isinstance(field, QCheckBox):
                field.setText(title)
                form.addRow(cell)
            else:
                form.addRow(title, cell)

    def _applies(self, option: Option) -> str:
        if option.applies == NEXT_START:
            return self.tr("Applies when you next press Start.")
        if option.applies == APP_RESTART:
            return self.tr("Applies when you restart NutriVoice.")
        return ""

    def _field(self, option: Option, value: Any) -> QWidget:
        if option.name == "hotkey":
            return HotkeyEdit(value)
        if option.name in ("input_device", "output_device"):
            return AudioDevicePicker("input" if option.name == "input_device" else "output", value)
        if option.name == "camera":
            return CameraPicker(value)
        if option.name == "monitor_index":
            return ScreenPicker((value, self.settings.get("screen_window")))
        if option.name == "ca_file":
            field = FileField(self.tr("Choose a CA file"), self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
            field.edit.setText(value)
            return field
        if option.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if option.choices is not None:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for choice in option.choices:
                combo.addItem(option.label(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        edit = QLineEdit(str(value))
        edit.setMinimumWidth(FIELD_WIDTH)
        return edit

    def _hotkey_problem(self, problem: str) -> None:
        self._show_hint(self.hints["hotkey"], problem)

    @staticmethod
    def _show_hint(hint: QLabel, words: str) -> None:
        hint.setText(words)
        hint.setVisible(bool(words))

    # -- devices ---------------------------------------------------------------------------------------
    @asyncSlot()
    async def _load_audio_devices(self) -> None:
        assert self.hardware is not None
        hardware = self.hardware

        def read() -> tuple[list[str], list[str]]:
            return hardware.audio_devices("input"), hardware.audio_devices("output")
        try:
            inputs, outputs = await asyncio.to_thread(read)
        except Exception as exc:  # no sound system: the pickers keep what is stored
            self._device_problem(self.tr("The sound devices could not be listed: {problem}").format(problem=exc))
            return
        if not self._closed:
            self.fields["input_device"].load(inputs)
            self.fields["output_device"].load(outputs)

    @asyncSlot()
    async def _load_video_sources(self) -> None:
        assert self.hardware is not None
        hardware = self.hardware
        try:
            cameras = await asyncio.to_thread(hardware.cameras)
        except Exception as exc:  # OpenCV unavailable: the picker keeps what is stored
            self._device_problem(self.tr("The cameras could not be listed: {problem}").format(problem=exc))
        else:
            if not self._closed:
                self.fields["camera"].load(cameras)
        try:
            monitors = await asyncio.to_thread(hardware.monitors)
            windows = await asyncio.to_thread(hardware.windows)
        except Exception as exc:  # no display to ask: the picker keeps what is stored
            self._device_problem(self.tr("The screens could not be listed: {problem}").format(problem=exc))
        else:
            if not self._closed:
                self.fields["monitor_index"].load(monitors, windows)

    def _device_problem(self, words: str) -> None:
        if not self._closed:
            self.error.setText(words)
            self.error.show()

    # -- saving ----------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values = {name: _value_of(field) for name, field in self.fields.items()}
        if "monitor_index" in values:  # one list, two options
            values["monitor_index"], values["screen_window"] = values["monitor_index"]
        return values

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
            field = self.fields.get(name)
            try:
                if isinstance(field, CameraPicker) and field.problem():
                    raise ValueError(field.problem())
                self.settings.set(name, value)
            except ValueError as exc:
                problems.append(self.tr("{setting}: {problem}").format(setting=translated(OPTIONS[name].title),
                                                                       problem=exc))
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return  # stay open: nothing the user typed is lost
        self.accept()

    def done(self, result: int) -> None:
        self._closed = True  # lists and checks still running find nothing to fill
        self.sound_check.stop()
        super().done(result)


def _user_changes(field: QWidget) -> list:
    """The signals that fire when the user (not the code filling a list) changes a field."""
    if isinstance(field, QCheckBox):
        return [field.clicked]
    if isinstance(field, QComboBox):
        return [field.activated]
    if isinstance(field, FileField):
        return [field.edit.textEdited]
    if isinstance(field, CameraPicker):
        return [field.combo.activated, field.source.edit.textEdited]
    if isinstance(field, HotkeyEdit):
        return [field.hotkeyChanged]
    return [field.textEdited]


def _value_of(field: QWidget) -> Any:
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, (HotkeyEdit, CameraPicker, FileField, ScreenPicker)):
        return field.value()
    if isinstance(field, QComboBox):
        return field.currentData()
    return field.text().strip()
