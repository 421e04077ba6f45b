"""Qt's own warnings reach the log file (a double-clicked app has no stderr to read)."""

from __future__ import annotations

import logging


def test_qt_messages_reach_the_log(caplog, qapp):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from nutrivoice_desktop.ui.qt_messages import log_qt_messages

    log_qt_messages()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("stylesheet could not be parsed")
    finally:
        qInstallMessageHandler(None)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "stylesheet could not be parsed")]
