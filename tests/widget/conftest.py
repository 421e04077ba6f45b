"""What the window tests share: the real main window over a real Assistant and DiaryService."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from nutrivoice_desktop.assistant import Assistant
from nutrivoice_desktop.bridge.session_bridge import SessionBridge
from nutrivoice_desktop.nutrition.diary_service import DiaryService
from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.main_window import MainWindow


def make_bridge(settings, registry, tool_context) -> SessionBridge:
    return SessionBridge(Assistant(settings, DiaryService(registry, tool_context)))


def shown_window(qtbot, registry, tool_context) -> MainWindow:
    """The main window on the test's diary, shown (fixtures wait for what they need read first)."""
    settings = Settings()
    win = MainWindow(settings, make_bridge(settings, registry, tool_context), QIcon())
    qtbot.addWidget(win)
    win.show()
    return win
