"""Camera/screen preview with an unmistakable "shared" badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.badge = QLabel()
        self.badge.setObjectName("shareBadge")
        self.badge.setAccessibleName("Sharing indicator")
        self.badge.hide()
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.image = QLabel("Camera and screen are off. Choose a mode to let the assistant see.")
        self.image.setWordWrap(True)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 120)
        self.image.setAccessibleName("Preview")
        layout.addWidget(self.image, 1)
        self.frames_shown = 0

    def set_sharing(self, mode: str) -> None:
        if mode:
            self.badge.setText(f"● {mode.capitalize()} is shared with Gemini")
            self.badge.show()
            self.image.setText("Starting…")
        else:
            self.badge.hide()
            self.image.clear()
            self.image.setText("Camera and screen are off. Choose a mode to let the assistant see.")

    def show_frame(self, rgb) -> None:
        if not self.badge.isVisible():
            return  # a frame that raced the switch-off
        h, w, _ = rgb.shape
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        target = self.image.size()
        self.image.setPixmap(QPixmap.fromImage(image).scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.SmoothTransformation))
        self.frames_shown += 1
