"""Typed topics: one per kind of news, so a listener names what it wants and nothing is dropped by a
forgotten branch of an ``isinstance`` chain. No Qt: the bridge connects each topic to a Qt signal.

    status: Topic[StatusChanged] = Topic("status")
    status.connect(on_status)           # returns a function that disconnects
    status.emit(StatusChanged(...))     # on the event loop's thread

A listener that raises is logged and skipped: one broken view must not stop the conversation.
"""

from __future__ import annotations

import logging
from typing import Callable, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class Topic(Generic[T]):
    __slots__ = ("name", "_listeners")

    def __init__(self, name: str) -> None:
        self.name = name
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> Callable[[], None]:
        self._listeners.append(listener)

        def disconnect() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return disconnect

    def emit(self, value: T) -> None:
        for listener in tuple(self._listeners):  # a listener may disconnect itself
            try:
                listener(value)
            except Exception:
                log.exception("a listener of %r failed", self.name)

    def __repr__(self) -> str:
        return f"Topic({self.name!r}, {len(self._listeners)} listeners)"
