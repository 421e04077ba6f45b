"""System tray: an icon that shows the session state, a menu, and notifications while hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from nutrivoice_desktop.core.state import SessionState

STATE_COLORS = {SessionState.IDLE: "#8a948f", SessionState.CONNECTING: "#e0a21b",
                SessionState.ACTIVE: "#2e9d6a", SessionState.RECONNECTING: "#e0a21b", SessionState.ERROR: "#d2553f"}


def state_icon(base: QIcon, state: SessionState) -> QIcon:
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(STATE_COLORS[state]))
    painter.drawEllipse(38, 38, 24, 24)
    painter.end()
    return QIcon(pixmap)


class Tray(QSystemTrayIcon):
    showRequested = Signal()
    startStopRequested = Signal()
    muteToggled = Signal(bool)
    quitRequested = Signal()

    def __init__(self, base_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = base_icon
        menu = QMenu()
        self.show_action = QAction("Show NutriVoice", menu)
        self.show_action.triggered.connect(self.showRequested)
        self.start_action = QAction("Start talking", menu)
        self.start_action.triggered.connect(self.startStopRequested)
        self.mute_action = QAction("Mute microphone", menu)
        self.mute_action.setCheckable(True)
        self.mute_action.toggled.connect(self.muteToggled)
        quit_action = QAction("Quit", menu)
        quit_action.triggered.connect(self.quitRequested)
        for action in (self.show_action, self.start_action, self.mute_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(self._activated)
        self.set_state(SessionState.IDLE, SessionState.IDLE.words)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showRequested.emit()

    def set_state(self, state: SessionState, detail: str) -> None:
        self.setIcon(state_icon(self._base, state))
        self.setToolTip(f"NutriVoice — {detail}")
        running = state in (SessionState.CONNECTING, SessionState.ACTIVE, SessionState.RECONNECTING)
        self.start_action.setText("Stop talking" if running else "Start talking")

    def notify(self, title: str, message: str) -> None:
        if self.isVisible() and self.supportsMessages():
            self.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)
