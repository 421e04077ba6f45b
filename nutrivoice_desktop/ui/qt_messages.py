"""Qt's own warnings (a failed stylesheet, a platform plugin problem, an X error) go to our log, not only to
a stderr that a double-clicked app does not have."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,  # Qt aborts right after: the line is the last thing we can save
}


def log_qt_messages() -> None:
    qInstallMessageHandler(_route)


def _route(kind: QtMsgType, context, message: str) -> None:
    category = getattr(context, "category", None)
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", f"[{category}] " if category and category != "default" else "",
            message)
