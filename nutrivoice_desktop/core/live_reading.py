"""The server's messages, read one at a time, so that one message the app cannot use does not end the
conversation.

google-genai's ``AsyncSession.receive()`` (3.6.1) raises on a message whose only top-level key is one it
does not know (a ``TypeError`` from its error path: a new message type from the service would end every
session) and on a frame that is not JSON; and it stops after every ``turnComplete`` (python-genai #1224).
Here, messages are parsed the way that method parses them (the same private converter, pinned by the lock
file and checked by tests/unit/test_live_reading.py), with these differences:

- a top-level key the SDK does not know is left out and logged once (the rest of the message is used);
  a message with nothing known in it is skipped;
- a frame that is not a JSON object raises ``UnreadableMessage``: the engine reconnects and resumes with
  its handle (bounded by its usual retries), rather than treating it as a fatal bug;
- a message that only carries an error ``code`` raises the SDK's ``APIError``, as the SDK would;
- a closed connection raises the SDK's ``APIError`` with the close code, as the SDK would.
"""

from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator

log = logging.getLogger(__name__)

MAX_UNKNOWN_LOGGED = 20  # names of unknown message types logged (each once); a server cannot flood the log


class UnreadableMessage(Exception):
    """The server sent a frame that is not a JSON object."""


class MessageReader:
    def __init__(self) -> None:
        from google.genai import _live_converters, types

        self._types, self._from_wire = types, _live_converters._LiveServerMessage_from_mldev
        self._known = {field.alias or name for name, field in types.LiveServerMessage.model_fields.items()}
        self._empty = types.LiveServerMessage().model_dump()
        self.skipped: dict[str, int] = {}  # unknown top-level keys and how often they came

    async def messages(self, session) -> AsyncIterator[Any]:
        """Every message of *session* until the connection closes (then the SDK's APIError)."""
        from google.genai import errors
        from websockets.exceptions import ConnectionClosed

        ws = session._ws  # the SDK's own connection: what AsyncSession._receive reads
        while True:
            try:
                raw = await ws.recv(decode=False)
            except ConnectionClosed as closed:
                code, reason = (closed.rcvd.code, closed.rcvd.reason) if closed.rcvd else (1006, "Abnormal closure.")
                errors.APIError.raise_error(code, reason, None)
            message = self.parse(raw)
            if message is not None:
                yield message

    def parse(self, raw: bytes | str) -> Any | None:
        """One frame as a LiveServerMessage; None if nothing in it is known."""
        try:
            wire = json.loads(raw)
        except ValueError as exc:  # not UTF-8, not JSON, cut short
            log.warning("a message of %d bytes is not JSON: %s; starts %r", len(raw), exc, raw[:40])
            raise UnreadableMessage(f"a message of {len(raw):,} bytes that is not valid JSON") from None
        if not isinstance(wire, dict):
            raise UnreadableMessage(f"a message that is a JSON {type(wire).__name__}, not an object")
        known = {key: value for key, value in wire.items() if key in self._known}
        for key in wire.keys() - known.keys():
            self._skip(key)
        if not known:
            if isinstance(wire.get("code"), int):  # an error the service put in a message
                from google.genai import errors

                errors.APIError.raise_error(wire["code"], wire, None)
            return None
        return self._types.LiveServerMessage._from_response(response=self._from_wire(known), kwargs=self._empty)

    def _skip(self, key: str) -> None:
        seen = self.skipped.get(key)
        if seen is None and len(self.skipped) >= MAX_UNKNOWN_LOGGED:
            return
        self.skipped[key] = (seen or 0) + 1
        if seen is None:
            log.warning("skipped a kind of message this app does not know: %r", key[:80])
