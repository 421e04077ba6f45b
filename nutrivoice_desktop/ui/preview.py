"""Camera/screen preview: what Gemini sees, with an unmistakable "shared" badge, a Stop button, and a
larger view on request. When nothing is shared it folds to one line, so the dashboard keeps the room."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PREVIEW_HEIGHT = 240  # px in the column: big enough to check what the camera frames


class EnlargedPreview(QDialog):
    """The picture the model gets (≤ 1024 px JPEG, at most one a second, only when it changed), at its real
    size, in a window of its own the user can resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What Gemini sees"))
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        self.resize(800, 600)

    def show_jpeg(self, jpeg: bytes) -> None:
        image = QImage.fromData(jpeg, "JPEG")  # ~2 ms for 1024 px, once a second at most, only while open
        self.image.setPixmap(QPixmap.fromImage(image))


class PreviewPane(QWidget):
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setObjectName("shareBadge")
        self.badge.setAccessibleName(self.tr("Sharing indicator"))
        head.addWidget(self.badge)
        head.addStretch(1)
        self.enlarge_button = QPushButton(self.tr("Enlarge"))
        self.enlarge_button.setToolTip(self.tr("Show the picture Gemini gets, at full size"))
        self.enlarge_button.clicked.connect(self.enlarge)
        head.addWidget(self.enlarge_button)
        self.stop_button = QPushButton(self.tr("Stop sharing"))
        self.stop_button.clicked.connect(self.stopRequested)
        head.addWidget(self.stop_button)
        layout.addLayout(head)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Preview"))
        self.image.setMinimumHeight(PREVIEW_HEIGHT)
        layout.addWidget(self.image)
        self.frames_shown = 0
        self._sent: bytes | None = None  # the newest picture the model got
        self._enlarged: EnlargedPreview | None = None
        self.set_sharing("")

    def set_sharing(self, mode: str) -> None:
        self._sent = None
        self.image.clear()
        if self._enlarged is not None:
            self._enlarged.close()
        sharing = bool(mode)
        for widget in (self.badge, self.enlarge_button, self.stop_button, self.image):
            widget.setVisible(sharing)
        self.enlarge_button.setEnabled(False)  # until the first picture for the model
        if sharing:
            self.badge.setText(self.tr("● The camera is shared with Gemini") if mode == "camera"
                               else self.tr("● The screen is shared with Gemini"))
            self.image.setText(self.tr("Starting…"))
        self.setVisible(sharing)

    def show_frame(self, rgb) -> None:
        """A preview frame, already fitted to the pane's size on the capture thread (devices/video.py)."""
        if not self.badge.isVisible():
            return  # a frame that raced the switch-off
        h, w, _ = rgb.shape
        pixmap = QPixmap.fromImage(QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888))
        if w > self.image.width():  # a column narrower than the preview: scaled here, rarely
            pixmap = pixmap.scaled(QSize(max(1, self.image.width()), PREVIEW_HEIGHT),
                                   Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self.frames_shown += 1

    def show_sent(self, jpeg: bytes) -> None:
        if not self.badge.isVisible():
            return
        self._sent = jpeg
        self.enlarge_button.setEnabled(True)
        if self._enlarged is not None and self._enlarged.isVisible():
            self._enlarged.show_jpeg(jpeg)

    def enlarge(self) -> EnlargedPreview:
        if self._enlarged is None:
            self._enlarged = EnlargedPreview(self)
        if self._sent is not None:
            self._enlarged.show_jpeg(self._sent)
        self._enlarged.show()
        self._enlarged.raise_()
        return self._enlarged
