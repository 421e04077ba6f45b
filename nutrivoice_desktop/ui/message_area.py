"""The one place above the conversation where a problem stands: its words, what to do, and the buttons that
do it ("Open Settings", "Retry now"), "Details" for the full text, and × to put it aside."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from nutrivoice_desktop.core.messages import OPEN_SETTINGS, RETRY, Message
from nutrivoice_desktop.ui.i18n import shown


class MessageArea(QFrame):
    actionRequested = Signal(str)  # messages.OPEN_SETTINGS or messages.RETRY
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setAccessibleName(self.tr("Problem"))
        self.message: Message | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 6, 6, 6)
        column = QVBoxLayout()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.label)
        self.details = QLabel()
        self.details.setObjectName("problemDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        column.addWidget(self.details)
        buttons = QHBoxLayout()
        self.settings_button = QPushButton(self.tr("Open Settings"))
        self.settings_button.clicked.connect(lambda: self.actionRequested.emit(OPEN_SETTINGS))
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.clicked.connect(lambda: self.actionRequested.emit(RETRY))
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        for button in (self.settings_button, self.retry_button, self.details_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        outer.addLayout(column, 1)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss"))
        close.setToolTip(self.tr("Dismiss (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismissed)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_message(self, message: Message, details: str) -> None:
        """*details*: the full text a "Details" click shows (the message, when it came, where the log is)."""
        self.message = message
        title = self.tr("<b>{title}.</b> ").format(title=shown(message.title)) if message.title else ""
        step = f"<br><i>{shown(message.next_step)}</i>" if message.next_step else ""
        self.label.setText(f"{title}{shown(message.text)}{step}")
        self.setProperty("level", message.level.name.lower())
        self.style().unpolish(self)
        self.style().polish(self)
        self.settings_button.setVisible(message.action == OPEN_SETTINGS)
        self.retry_button.setVisible(message.action == RETRY)
        self.details.setText(details)
        self.details_button.setChecked(False)
        self.setAccessibleDescription(self.label.text())
        self.show()
