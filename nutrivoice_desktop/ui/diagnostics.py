"""View → Diagnostics: the numbers behind the conversation for those who want them (how fast replies
start, reconnects, where the log is), out of everyone else's way."""

from __future__ import annotations

import statistics
from collections import deque

from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QWidget

from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.services import paths
from nutrivoice_desktop.ui.i18n import shown

RECENT = 50  # replies the median is taken over


class DiagnosticsPanel(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Diagnostics"), parent)
        body = QWidget()
        form = QFormLayout(body)
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        self.reply_start = QLabel("–")
        self.reconnects = QLabel("0")
        log = QLabel(str(paths.log_dir()))
        log.setWordWrap(True)
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow(self.tr("Replies started after"), self.reply_start)
        form.addRow(self.tr("Reconnects this run"), self.reconnects)
        form.addRow(self.tr("Log folder"), log)
        self.setWidget(body)
        self._starts: deque[float] = deque(maxlen=RECENT)
        self._reconnects = 0
        self.set_state(SessionState.IDLE, SessionState.IDLE.words)

    def set_state(self, state: SessionState, detail: str) -> None:
        self.connection.setText(shown(detail))

    def reply_started(self, first_audio_ms: float) -> None:
        """When the model's first sound reached the speaker's queue after the user stopped (ms)."""
        self._starts.append(first_audio_ms)
        self.reply_start.setText(self.tr("last {last:.2f} s · median {median:.2f} s of {n}").format(
            last=first_audio_ms / 1000, median=statistics.median(self._starts) / 1000, n=len(self._starts)))

    def reconnected(self) -> None:
        self._reconnects += 1
        self.reconnects.setText(str(self._reconnects))
