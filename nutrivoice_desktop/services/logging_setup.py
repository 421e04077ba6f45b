"""Logging, set up before anything else starts. Secrets never reach a handler (see RedactingFilter)."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# Gemini API keys start with "AIza" and are 39 characters; redact anything shaped like one, plus any
# value registered at run time (the key the user typed, whatever its shape).
_KEY_PATTERN = re.compile(r"AIza[0-9A-Za-z_\-]{35}")
_known_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Make *value* unloggable from now on."""
    if value and len(value) >= 6:
        _known_secrets.add(value)


def redact(text: str) -> str:
    text = _KEY_PATTERN.sub("[redacted key]", text)
    for secret in _known_secrets:
        text = text.replace(secret, "[redacted key]")
    return text


class RedactingFilter(logging.Filter):
    """Cleans the message itself, for any handler that formats records its own way."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Cleans the whole formatted record: a traceback, its chained exceptions (``raise ... from``, context)
    and stack info can carry the key too (an exception message that quotes a header or a URL), and the
    filter never sees them as text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(log_dir: Path, *, debug: bool = False) -> Path:
    """Rotating file in *log_dir* plus stderr; returns the log file path."""
    log_file = log_dir / "nutrivoice.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_nutrivoice", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    redactor = RedactingFilter()

    file_handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if debug else logging.WARNING)
    for handler in (file_handler, console):
        handler._nutrivoice = True  # type: ignore[attr-defined]
        handler.setFormatter(RedactingFormatter(_FORMAT))
        handler.addFilter(redactor)
        root.addHandler(handler)
    # websockets logs every frame at DEBUG, audio included: far too much, and payloads stay out of logs.
    logging.getLogger("websockets").setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return log_file
