"""What the window remembers between runs: its size and place, the docks, the splitter, the right-hand tab
and the chart's range. Kept in the settings file under [window], apart from the declared options: these
are how the window was left, not choices made in Settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

GROUP = "window"


class WindowMemory:
    def __init__(self, file_name: str) -> None:
        self._store = QSettings(file_name, QSettings.Format.IniFormat)

    def save(self, window: QMainWindow) -> None:
        store = self._store
        store.beginGroup(GROUP)
        store.setValue("geometry", window.saveGeometry())
        store.setValue("state", window.saveState())
        store.setValue("splitter", window.findChild(QSplitter, "mainSplitter").saveState())
        store.setValue("right_tab", window.right_tabs.currentIndex())
        store.setValue("history_days", window.dashboard.history_days)
        store.endGroup()
        store.sync()

    def restore(self, window: QMainWindow) -> None:
        """Whatever is missing or unreadable (a first run, a hand-edited file) keeps the default."""
        store = self._store
        store.beginGroup(GROUP)
        try:
            for key, restore in (("geometry", window.restoreGeometry), ("state", window.restoreState),
                                 ("splitter", window.findChild(QSplitter, "mainSplitter").restoreState)):
                value = store.value(key)
                if isinstance(value, QByteArray):
                    restore(value)
            tab = _int(store.value("right_tab"))
            if tab is not None and 0 <= tab < window.right_tabs.count():
                window.right_tabs.setCurrentIndex(tab)
        finally:
            store.endGroup()

    def history_days(self, ranges: tuple[int, ...], default: int) -> int:
        """The chart's range as left, read before the dashboard is made (so it reads the diary once)."""
        days = _int(self._store.value(f"{GROUP}/history_days"))
        return days if days in ranges else default


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
