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
        return Failure(True, False, Problem("Gemini sent something unreadable", f"The app could not read {exc}.",
                                            "Reconnecting; the conversation is kept."))
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
            "The service refused the connection", f"The server answered HTTP {status}.",
            "Check the API endpoint in Settings, or try again later.", in_settings=True), status)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Failure(False, False, Problem(
            "Cannot verify the server", f"The TLS certificate was not trusted ({exc.verify_message}).",
            # a CA file counts only with a custom endpoint (live_session): say so, or the advice would not work
            "If a proxy inspects your traffic, enter the API endpoint and the proxy's CA file in Settings; "
            "otherwise check your system clock.", in_settings=True))
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return Failure(True, False, Problem(
            "The server did not answer", "Gemini did not finish setting up the session in time.",
            "Trying again; check your internet connection if this keeps happening."))
    if isinstance(exc, OSError):
        return Failure(True, False, Problem(
            "No connection", f"Could not reach Gemini ({exc.strerror or exc}).",
            "Trying again; check your internet connection."))
    return Failure(False, False, Problem(
        "Unexpected problem", f"{type(exc).__name__}: {exc}", "Press Start to try again; see the log for details."))


def _key_rejected(detail: str) -> Problem:
    return Problem("API key rejected", f"Gemini did not accept the API key ({detail}).",
                   "Open Settings and paste a valid key from Google AI Studio.", fatal=True, in_settings=True)


def _too_big(exc) -> bool:
    """websockets closed the connection itself because a message was over max_size."""
    return exc.rcvd is None and exc.sent is not None and exc.sent.code == TOO_BIG


def _too_much(detail: str) -> Problem:
    return Problem("The server sent more than expected", f"The connection was reset ({detail}).",
                   "Reconnecting automatically.")


def _by_close_code(code: int | None, reason: str) -> Failure:
    lowered = reason.lower()
    if code == TOO_BIG:
        # a message over the size limit (closed before it was read): resume, keeping the conversation
        return Failure(True, False, _too_much(reason or "message too big"), code)
    if code == 1007 and ("api key" in lowered or "api_key" in lowered):
        return Failure(False, False, _key_rejected(reason or "1007"), code)
    if code == 1008 and ("not found" in lowered and "session" in lowered or "resum" in lowered):
        # a stale resumption handle: start a fresh session rather than failing
        return Failure(True, True, Problem("Session expired", "The previous conversation could not be resumed.",
                                           "Starting a fresh session."), code)
    if code == 1008 and ("model" in lowered or "not found" in lowered or "not supported" in lowered):
        return Failure(False, True, Problem("Model not available", reason or "The model was rejected.",
                                            "Choose another model in Settings.", fatal=True, in_settings=True),
                       code,
                       model_refused=True)
    if code in (1007, 1008):
        # invalid argument / policy. The service also sends these now and then without a cause of ours
        # ("Operation is not implemented, or supported, or enabled": js-genai #1236, livekit #4545), and
        # after input that crossed a tool call on the wire: one fresh session is tried, with the reason
        # told; the same again is final (retrying a request the service cannot take would be a storm).
        return Failure(True, True, Problem(
            "Gemini ended the session", reason or f"Close code {code}.",
            "Starting a fresh session: the diary is kept, the conversation so far is not."), code, once=True)
    if code in (1000, 1001):
        return Failure(True, False, Problem("Session ended", "The server closed the session.", "Reconnecting."), code)
    return Failure(True, False, Problem("Connection dropped", reason or f"Close code {code}.",
                                        "Reconnecting automatically."), code)
