"""Pickers for the microphone, speaker, camera and screen, and the sound check, on the settings pages.

The lists come from a ``Hardware`` object the app hands in (devices/hardware.py: the UI never imports
devices), read in a worker thread because PortAudio, OpenCV and X11 can each take a moment. Until they
arrive, and when they fail, a picker holds what is stored, so nothing is lost: a stored device that is not
here now stays a choice, marked "(not connected)".
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any, Callable, Protocol

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)
from qasync import asyncSlot

from nutrivoice_desktop.ui.charts import LevelMeter

log = logging.getLogger(__name__)

TEST_SECONDS = 3.0
MIN_WIDTH = 320  # a picker's width before its list arrives
URL_CHOICE = "url"  # the camera combo's "video file or stream URL" entry (cameras are numbers): the field beside it


class Hardware(Protocol):
    """What the settings dialog lists and tests (devices/hardware.py). Every call blocks: worker threads only."""

    def audio_devices(self, kind: str) -> list[str]: ...
    def cameras(self) -> list[Any]: ...  # .index, .name
    def monitors(self) -> list[Any]: ...  # .number, .width, .height, .primary
    def windows(self) -> list[Any]: ...  # .id, .title (X11; empty elsewhere)
    def check_audio(self, microphone: str, speaker: str, on_level: Callable[[float], None], seconds: float,
                    stop: threading.Event) -> Any: ...  # .peak_dbfs, .heard, .silent, .*_problem


class Picker(QComboBox):
    """A combo whose entries are (words, stored value); the stored value is kept as a choice until a list
    that has it arrives, and after, marked as not connected."""

    def __init__(self, stored: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._stored = stored
        self.fill([], loaded=False)

    def minimumSizeHint(self) -> QSize:
        # as wide as the longest entry (a device name can be long; setMinimumWidth would let the layout cut
        # it), and never narrow while the list is still being read
        return super().minimumSizeHint().expandedTo(QSize(MIN_WIDTH, 0))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(MIN_WIDTH, 0))

    def value(self) -> Any:
        return self.currentData()

    def fill(self, found: list[tuple[str, Any]], loaded: bool = True) -> None:
        """Replace the entries with ``found`` and the fixed ones, keeping the current choice (the user may
        have picked one while the list was being read)."""
        current = self.currentData() if self.count() else self._stored
        if all(value != current for _words, value in self.entries(found)):
            found = [*found, (self.missing(current) if loaded else self.waiting(current), current)]
        self.clear()
        for words, value in self.entries(found):
            self.addItem(words, value)
        self.setCurrentIndex(self.findData(current))

    def entries(self, found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """``found`` with the entries that are there whatever is connected."""
        return found

    def missing(self, value: Any) -> str:
        return self.tr("{name} (not connected)").format(name=value)

    def waiting(self, value: Any) -> str:
        """A stored value before the list arrives."""
        return str(value)


class AudioDevicePicker(Picker):
    """Stores the PortAudio device name the audio code looks for ("" for the system default)."""

    def __init__(self, kind: str, stored: str, parent: QWidget | None = None) -> None:
        super().__init__(stored, parent)
        self.kind = kind  # "input" or "output", as Hardware.audio_devices takes it

    def entries(self, found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return [(self.tr("System default"), ""), *found]

    def load(self, names: list[str]) -> None:
        self.fill([(name, name) for name in names])


class CameraPicker(QWidget):
    """A camera from the list, or a video file or stream URL typed (or browsed) beside it; stores the
    camera's number as text, or the file or URL, as the "camera" option always did."""

    def __init__(self, stored: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        stored = stored.strip()
        self.combo = CameraCombo(stored if stored.isdigit() else URL_CHOICE)
        self.source = FileField(self.tr("Choose a video file"),
                                self.tr("Videos (*.mp4 *.mkv *.webm *.avi *.mov);;All files (*)"))
        self.source.edit.setPlaceholderText(self.tr("A video file or a stream URL (rtsp://…, http://…)"))
        self.source.edit.setAccessibleName(self.tr("Video file or stream URL"))
        if not stored.isdigit():
            self.source.edit.setText(stored)
        layout.addWidget(self.combo)
        layout.addWidget(self.source)
        self.combo.currentIndexChanged.connect(self._show_source)
        self._show_source()

    def value(self) -> str:
        if self.combo.currentData() == URL_CHOICE:
            return self.source.edit.text().strip()
        return self.combo.currentData()

    def problem(self) -> str:
        """Why the value cannot be saved, in words ("" when it can)."""
        if self.combo.currentData() == URL_CHOICE and not self.value():
            return self.tr("type a video file or stream URL, or choose a camera")
        return ""

    def load(self, cameras: list) -> None:
        self.combo.load(cameras)

    def _show_source(self) -> None:
        self.source.setVisible(self.combo.currentData() == URL_CHOICE)


class CameraCombo(Picker):
    def entries(self, found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return [*found, (self.tr("Video file or stream URL…"), URL_CHOICE)]

    def load(self, cameras: list) -> None:
        self.fill([(self._words(camera, cameras), str(camera.index)) for camera in cameras])

    def _words(self, camera, cameras: list) -> str:
        number = camera.index + 1
        if not camera.name:
            return self.tr("Camera {number}").format(number=number)
        if sum(c.name == camera.name for c in cameras) > 1:  # two of the same model: tell them apart
            return self.tr("{name} (camera {number})").format(name=camera.name, number=number)
        return camera.name

    def missing(self, value: Any) -> str:
        return self.tr("Camera {number} (not connected)").format(number=int(value) + 1)

    def waiting(self, value: Any) -> str:
        return self.tr("Camera {number}").format(number=int(value) + 1)


class ScreenPicker(Picker):
    """A monitor, or one window (X11), stored as the "monitor_index" and "screen_window" options (window 0:
    the whole monitor). ``value()`` is (monitor number, window id); each entry's data is "monitor:window"
    (a combo keeps a tuple as nothing)."""

    def __init__(self, stored: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(_key(*stored), parent)

    def value(self) -> tuple[int, int]:
        monitor, window = self.currentData().split(":")
        return int(monitor), int(window)

    def load(self, monitors: list, windows: list = ()) -> None:
        monitor = self.value()[0] if self.count() else int(self._stored.split(":")[0])
        self.fill([*((self._words(m), _key(m.number, 0)) for m in monitors),
                   *((self.tr("Window: {title}").format(title=w.title), _key(monitor, w.id)) for w in windows)])

    def _words(self, monitor) -> str:
        words = self.tr("Monitor {number} — {width}×{height}").format(number=monitor.number, width=monitor.width,
                                                                    height=monitor.height)
        return self.tr("{monitor} (primary)").format(monitor=words) if monitor.primary else words

    def missing(self, value: Any) -> str:
        monitor, window = value.split(":")
        if window != "0":
            return self.tr("A window that is closed now")
        return self.tr("Monitor {number} (not connected)").format(number=monitor)

    def waiting(self, value: Any) -> str:
        monitor, window = value.split(":")
        return self.tr("A window") if window != "0" else self.tr("Monitor {number}").format(number=monitor)


def _key(monitor: int, window: int) -> str:
    return f"{monitor}:{window}"


class FileField(QWidget):
    """A path typed or chosen with a file dialog (opened with ``open()``: never ``exec()`` in the qasync loop)."""

    def __init__(self, caption: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption, self.filters = caption, filters
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(280)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self.choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.chooser: QFileDialog | None = None

    def value(self) -> str:
        return self.edit.text().strip()

    def choose(self) -> QFileDialog:
        self.chooser = QFileDialog(self, self.caption, self.edit.text(), self.filters)
        self.chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser.fileSelected.connect(self.edit.setText)
        self.chooser.open()
        return self.chooser


class SoundCheck(QWidget):
    """The Test button: a short tone on the chosen speaker, the chosen microphone's level for a few seconds,
    and what was found, in words. Off, with the reason beside it, while a conversation uses the devices."""

    def __init__(self, hardware: Hardware | None, microphone: AudioDevicePicker, speaker: AudioDevicePicker,
                 is_busy: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hardware, self.microphone, self.speaker, self.is_busy = hardware, microphone, speaker, is_busy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Test"))
        self.button.setToolTip(self.tr("Plays a short tone on the speaker and shows what the microphone hears"))
        self.button.clicked.connect(self.run)
        self.meter = LevelMeter()
        row.addWidget(self.button)
        row.addWidget(self.meter, 1)
        layout.addLayout(row)
        self.reason = QLabel()  # why the button is off
        self.reason.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason)
        layout.addWidget(self.result)
        self._level = -100.0  # written by the audio thread, drawn by the timer below
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(30)
        self._meter_timer.timeout.connect(lambda: self.meter.set_level(self._level))
        self._busy_timer = QTimer(self)  # a conversation can start or stop while the dialog is open
        self._busy_timer.setInterval(500)
        self._busy_timer.timeout.connect(self.refresh)
        self._stop: threading.Event | None = None
        self.refresh()

    def running(self) -> bool:
        return self._stop is not None

    def refresh(self) -> None:
        """The button on or off, and why when off."""
        if self.hardware is None:
            why = self.tr("The sound check is not available here.")
        elif self.is_busy():
            why = self.tr("Stop the conversation to test: it is using the microphone and the speaker.")
        else:
            why = ""
        self.button.setEnabled(not why and not self.running())
        self.reason.setText(why)
        self.reason.setVisible(bool(why))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._busy_timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._busy_timer.stop()

    def stop(self) -> None:
        """End a running check early (the dialog closes); its result is then not shown."""
        if self._stop is not None:
            self._stop.set()

    def run(self) -> None:
        """Start a check; the button is off at once, so a second click cannot start another."""
        self.refresh()
        if not self.button.isEnabled() or self.hardware is None:
            return
        self._stop = threading.Event()
        self.button.setEnabled(False)
        self.result.setText(self.tr("Playing a tone… now say something."))
        self._meter_timer.start()
        self._check(self.hardware, self._stop)

    @asyncSlot()
    async def _check(self, hardware: Hardware, stop: threading.Event) -> None:
        def on_level(dbfs: float) -> None:  # audio thread: one float stored, drawn by the timer
            self._level = dbfs

        try:
            result = await asyncio.to_thread(hardware.check_audio, self.microphone.value(), self.speaker.value(),
                                             on_level, TEST_SECONDS, stop)
            words = self.words(result)
        except Exception as exc:  # PortAudio could not start: said here, not raised into the loop
            log.warning("sound check failed: %s", exc)
            words = self.tr("The sound check could not run: {problem}").format(problem=exc)
        if stop.is_set():
            return  # the dialog closed meanwhile: nothing left to show it on
        self._stop = None
        self._meter_timer.stop()
        self._level = -100.0
        self.meter.set_level(self._level)
        self.result.setText(words)
        self.refresh()

    def words(self, result) -> str:
        lines = []
        if result.speaker_problem:
            lines.append(result.speaker_problem)
        else:
            lines.append(self.tr("A tone played on the speaker: if you did not hear it, choose another speaker "
                                 "or turn the volume up."))
        if result.microphone_problem:
            lines.append(result.microphone_problem)
        elif result.heard:
            lines.append(self.tr("Heard you: the microphone works."))
        elif result.silent:
            lines.append(self.tr("No sound from the microphone: it may be muted, switched off or not the one "
                                 "you speak into."))
        else:
            lines.append(self.tr("The microphone is very quiet: speak closer to it or turn its volume up."))
        return "\n".join(lines)
