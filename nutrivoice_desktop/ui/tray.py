"""System tray: an icon that shows the session state, a menu, and notifications while hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.ui.i18n import shown

STATE_COLORS = {SessionState.IDLE: "#8a948f", SessionState.CONNECTING: "#e0a21b",
                SessionState.ACTIVE: "#2e9d6a", SessionState.RECONNECTING: "#e0a21b", SessionState.ERROR: "#d2553f"}


SHARING_COLOR = "#d2553f"  # the red of a recording light: the camera or screen goes to Gemini


def state_icon(base: QIcon, state: SessionState, sharing: bool = False) -> QIcon:
    """The app icon with the session state as a dot at the bottom right and, while the camera or screen is
    shared, a red ring around the top left (seen at a glance in any panel)."""
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(STATE_COLORS[state]))
    painter.drawEllipse(38, 38, 24, 24)
    if sharing:
        painter.setBrush(QColor(SHARING_COLOR))
        painter.drawEllipse(2, 2, 22, 22)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(9, 9, 8, 8)
    painter.end()
    return QIcon(pixmap)


class Tray(QSystemTrayIcon):
    showRequested = Signal()
    startStopRequested = Signal()
    muteToggled = Signal(bool)
    stopSharingRequested = Signal()
    quitRequested = Signal()

    def __init__(self, base_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = base_icon
        self._state, self._detail, self.sharing = SessionState.IDLE, SessionState.IDLE.words, ""
        menu = QMenu()
        self.show_action = QAction(self.tr("Show NutriVoice"), menu)
        self.show_action.triggered.connect(self.showRequested)
        self.start_action = QAction(self.tr("Start talking"), menu)
        self.start_action.triggered.connect(self.startStopRequested)
        self.mute_action = QAction(self.tr("Mute microphone"), menu)
        self.mute_action.setCheckable(True)
        self.mute_action.toggled.connect(self.muteToggled)
        self.stop_sharing_action = QAction(self.tr("Stop sharing"), menu)
        self.stop_sharing_action.triggered.connect(self.stopSharingRequested)
        self.stop_sharing_action.setVisible(False)
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quitRequested)
        for action in (self.show_action, self.start_action, self.mute_action, self.stop_sharing_action):
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
        self._state, self._detail = state, shown(detail)
        running = state in (SessionState.CONNECTING, SessionState.ACTIVE, SessionState.RECONNECTING)
        self.start_action.setText(self.tr("Stop talking") if running else self.tr("Start talking"))
        self._show()

    def set_sharing(self, mode: str) -> None:
        """"camera", "screen" or "" (nothing shared)."""
        self.sharing = mode
        self.stop_sharing_action.setVisible(bool(mode))
        self.stop_sharing_action.setText(self.tr("Stop sharing the camera") if mode == "camera"
                                         else self.tr("Stop sharing the screen"))
        self._show()

    def _show(self) -> None:
        self.setIcon(state_icon(self._base, self._state, bool(self.sharing)))
        shared = {"camera": self.tr("The camera is shared with Gemini."),
                  "screen": self.tr("The screen is shared with Gemini.")}.get(self.sharing, "")
        self.setToolTip(" ".join(part for part in (f"NutriVoice — {self._detail}", shared) if part))

    def notify(self, title: str, message: str) -> None:
        if self.isVisible() and self.supportsMessages():
            self.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)
