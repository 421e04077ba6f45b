"""Camera/screen preview: what Gemini sees, with an unmistakable "shared" badge, a Stop button, and a
larger view on request. When nothing is shared it folds to one line, so the dashboard keeps the room."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PREVIEW_HEIGHT = 240  # px in the column: big enough to check what the camera frames


class EnlargedPreview(QDialog):
    """The frame at its real size (what is sent, ≤ 1 fps), in a window of its own the user can resize."""

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

    def show_pixmap(self, pixmap: QPixmap) -> None:
        self.image.setPixmap(pixmap)


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
        self.enlarge_button.setToolTip(self.tr("Show what Gemini sees at full size"))
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
        self._last: QPixmap | None = None
        self._enlarged: EnlargedPreview | None = None
        self.set_sharing("")

    def set_sharing(self, mode: str) -> None:
        self._last = None
        self.image.clear()
        if self._enlarged is not None:
            self._enlarged.close()
        sharing = bool(mode)
        for widget in (self.badge, self.enlarge_button, self.stop_button, self.image):
            widget.setVisible(sharing)
        self.enlarge_button.setEnabled(False)  # until the first frame
        if sharing:
            self.badge.setText(self.tr("● The camera is shared with Gemini") if mode == "camera"
                               else self.tr("● The screen is shared with Gemini"))
            self.image.setText(self.tr("Starting…"))
        self.setVisible(sharing)

    def show_frame(self, rgb) -> None:
        if not self.badge.isVisible():
            return  # a frame that raced the switch-off
        h, w, _ = rgb.shape
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self._last = QPixmap.fromImage(image)
        self.image.setPixmap(self._last.scaled(self._fit(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        self.enlarge_button.setEnabled(True)
        if self._enlarged is not None and self._enlarged.isVisible():
            self._enlarged.show_pixmap(self._last)
        self.frames_shown += 1

    def _fit(self) -> QSize:
        return QSize(max(1, self.image.width()), PREVIEW_HEIGHT)

    def enlarge(self) -> EnlargedPreview:
        if self._enlarged is None:
            self._enlarged = EnlargedPreview(self)
        if self._last is not None:
            self._enlarged.show_pixmap(self._last)
        self._enlarged.show()
        self._enlarged.raise_()
        return self._enlarged
