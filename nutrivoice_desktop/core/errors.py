"""Turning connection failures into decisions (retry or stop) and words for the user.

Close codes come from the Live API as google.genai.errors.APIError(code=<close code>, details=<reason>);
some failures arrive unwrapped (websockets, ssl, OSError). See shared notes live.md §3.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

from nutrivoice_desktop.core.events import Problem
from nutrivoice_desktop.core.live_reading import UnreadableMessage
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP


class ServerMisbehaved(Exception):
    """The server asked for more than the app will hold (e.g. tool calls without end): end this connection."""


TOO_BIG = 1009  # WebSocket close code: message too big


@dataclass(frozen=True)
class Failure:
    retry: bool
    drop_handle: bool
    problem: Problem
    code: int | None = None
    once: bool = False  # retried once (as a fresh session); the same again before things settle is final
    model_refused: bool = False  # the service does not serve the model asked for


def classify(exc: BaseException) -> Failure:
    from google.genai import errors as genai_errors
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    if isinstance(exc, genai_errors.APIError):
        code, reason = exc.code, str(exc.details or exc.message or "")
        if isinstance(exc.__context__, ConnectionClosed) and _too_big(exc.__context__):
            code, reason = TOO_BIG, exc.__context__.sent.reason  # the SDK says only 1006
        return _by_close_code(code, reason)
    if isinstance(exc, UnreadableMessage):
        return Failure(True, False, Problem(QT_TRANSLATE_NOOP("Messages", "Gemini sent something unreadable"),
                                            QT_TRANSLATE_NOOP("Messages", "The app could not read {what}.").format(
                                                what=exc),
                                            QT_TRANSLATE_NOOP("Messages", "Reconnecting; the conversation is kept.")))
    if isinstance(exc, ServerMisbehaved):
        return Failure(True, False, _too_much(str(exc)))
    if isinstance(exc, ConnectionClosed):
        if _too_big(exc):
            return _by_close_code(TOO_BIG, exc.sent.reason)
        rcvd = exc.rcvd
        return _by_close_code(rcvd.code if rcvd else 1006, rcvd.reason if rcvd else "")
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        if status in (401, 403):
            return Failure(False, False, _key_rejected(f"HTTP {status}"), status)
        return Failure(status >= 500, False, Problem(
            QT_TRANSLATE_NOOP("Messages", "The service refused the connection"),
            QT_TRANSLATE_NOOP("Messages", "The server answered HTTP {status}.").format(status=status),
            QT_TRANSLATE_NOOP("Messages", "Check the API endpoint in Settings, or try again later."),
            in_settings=True), status)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Failure(False, False, Problem(
            QT_TRANSLATE_NOOP("Messages", "Cannot verify the server"),
            QT_TRANSLATE_NOOP("Messages", "The TLS certificate was not trusted ({why}).").format(
                why=exc.verify_message),
            # a CA file counts only with a custom endpoint (live_session): say so, or the advice would not work
            QT_TRANSLATE_NOOP("Messages", "If a proxy inspects your traffic, enter the API endpoint and the proxy's "
                                          "CA file in Settings; otherwise check your system clock."), in_settings=True))
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return Failure(True, False, Problem(
            QT_TRANSLATE_NOOP("Messages", "The server did not answer"),
            QT_TRANSLATE_NOOP("Messages", "Gemini did not finish setting up the session in time."),
            QT_TRANSLATE_NOOP("Messages", "Trying again; check your internet connection if this keeps happening.")))
    if isinstance(exc, OSError):
        return Failure(True, False, Problem(
            QT_TRANSLATE_NOOP("Messages", "No connection"),
            QT_TRANSLATE_NOOP("Messages", "Could not reach Gemini ({why}).").format(why=exc.strerror or exc),
            QT_TRANSLATE_NOOP("Messages", "Trying again; check your internet connection.")))
    return Failure(False, False, Problem(
        QT_TRANSLATE_NOOP("Messages", "Unexpected problem"), f"{type(exc).__name__}: {exc}",
        QT_TRANSLATE_NOOP("Messages", "Press Start to try again; see the log for details.")))


def _key_rejected(detail: str) -> Problem:
    return Problem(QT_TRANSLATE_NOOP("Messages", "API key rejected"),
                   QT_TRANSLATE_NOOP("Messages", "Gemini did not accept the API key ({detail}).").format(detail=detail),
                   QT_TRANSLATE_NOOP("Messages", "Open Settings and paste a valid key from Google AI Studio."),
                   fatal=True, in_settings=True)


def _too_big(exc) -> bool:
    """websockets closed the connection itself because a message was over max_size."""
    return exc.rcvd is None and exc.sent is not None and exc.sent.code == TOO_BIG


def _too_much(detail: str) -> Problem:
    return Problem(QT_TRANSLATE_NOOP("Messages", "The server sent more than expected"),
                   QT_TRANSLATE_NOOP("Messages", "The connection was reset ({detail}).").format(detail=detail),
                   QT_TRANSLATE_NOOP("Messages", "Reconnecting automatically."))


def _by_close_code(code: int | None, reason: str) -> Failure:
    lowered = reason.lower()
    if code == TOO_BIG:
        # a message over the size limit (closed before it was read): resume, keeping the conversation
        return Failure(True, False, _too_much(reason or "message too big"), code)
    if code == 1007 and ("api key" in lowered or "api_key" in lowered):
        return Failure(False, False, _key_rejected(reason or "1007"), code)
    if code == 1008 and ("not found" in lowered and "session" in lowered or "resum" in lowered):
        # a stale resumption handle: start a fresh session rather than failing
        return Failure(True, True, Problem(QT_TRANSLATE_NOOP("Messages", "Session expired"),
                                           QT_TRANSLATE_NOOP("Messages",
                                                             "The previous conversation could not be resumed."),
                                           QT_TRANSLATE_NOOP("Messages", "Starting a fresh session.")), code)
    if code == 1008 and ("model" in lowered or "not found" in lowered or "not supported" in lowered):
        return Failure(False, True, Problem(QT_TRANSLATE_NOOP("Messages", "Model not available"),
                                            reason or QT_TRANSLATE_NOOP("Messages", "The model was rejected."),
                                            QT_TRANSLATE_NOOP("Messages", "Choose another model in Settings."),
                                            fatal=True, in_settings=True),
                       code,
                       model_refused=True)
    if code in (1007, 1008):
        # invalid argument / policy. The service also sends these now and then without a cause of ours
        # ("Operation is not implemented, or supported, or enabled": js-genai #1236, livekit #4545), and
        # after input that crossed a tool call on the wire: one fresh session is tried, with the reason
        # told; the same again is final (retrying a request the service cannot take would be a storm).
        return Failure(True, True, Problem(
            QT_TRANSLATE_NOOP("Messages", "Gemini ended the session"),
            reason or QT_TRANSLATE_NOOP("Messages", "Close code {code}.").format(code=code),
            QT_TRANSLATE_NOOP("Messages", "Starting a fresh session: the diary is kept, the conversation so far "
                                          "is not.")), code,
            once=True)
    if code in (1000, 1001):
        return Failure(True, False, Problem(QT_TRANSLATE_NOOP("Messages", "Session ended"),
                                            QT_TRANSLATE_NOOP("Messages", "The server closed the session."),
                                            QT_TRANSLATE_NOOP("Messages", "Reconnecting.")), code)
    return Failure(True, False, Problem(QT_TRANSLATE_NOOP("Messages", "Connection dropped"),
                                        reason or QT_TRANSLATE_NOOP("Messages", "Close code {code}.").format(code=code),
                                        QT_TRANSLATE_NOOP("Messages", "Reconnecting automatically.")), code)
