"""Secrets never reach the log file: not in messages, arguments, tracebacks or chained exceptions."""

from __future__ import annotations

import logging

from nutrivoice_desktop.services.logging_setup import register_secret, setup_logging

SHAPED = "AIza" + "Q" * 35  # shaped like a Gemini key
TYPED = "my-own-typed-secret-123"  # any value the user stored, whatever its shape


def test_tracebacks_and_chains_are_redacted(tmp_path):
    register_secret(TYPED)
    log_file = setup_logging(tmp_path)
    log = logging.getLogger("redaction-test")
    try:
        try:
            raise ConnectionError(f"upgrade failed: x-goog-api-key: {SHAPED}")
        except ConnectionError as inner:
            raise RuntimeError(f"session for key {TYPED} ended") from inner
    except RuntimeError:
        log.exception("connection failed for %s", TYPED)
    try:
        try:
            raise KeyError(SHAPED)
        except KeyError:
            raise ValueError("while handling the key")  # implicit context, not "from"
    except ValueError:
        log.error("context chain", exc_info=True, stack_info=True)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "The above exception was the direct cause" in text
    assert "During handling of the above exception" in text
    assert SHAPED not in text and TYPED not in text
    assert text.count("[redacted key]") >= 4  # message, both chained causes, the KeyError
