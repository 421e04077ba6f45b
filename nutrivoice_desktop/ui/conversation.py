"""The conversation pane: user and assistant turns with streaming transcripts and turn timing."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from nutrivoice_desktop.core.transcript import Transcript, Utterance

WHO = {"user": "You", "assistant": "NutriVoice"}


class ConversationView(QTextBrowser):
    """Renders a Transcript. Follows new text only while the user is at the bottom: scrolling up to read
    something is respected until they scroll back down."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAccessibleName("Conversation")
        self.setOpenExternalLinks(False)
        self.transcript = Transcript()
        self._placeholder = True
        self._last_start = 0  # document position where the last utterance begins
        self.setHtml("<p style='color: gray'>Press <b>Start</b> (Ctrl+Return) and talk: "
                     "“I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, "
                     "“I walked 40 minutes”…</p>")

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def add_delta(self, role: str, text: str, turn: int) -> None:
        utterance, new = self.transcript.add(role, text, turn)
        self._show(utterance, new)

    def finish_turn(self, turn: int, interrupted: bool, first_audio_ms: float | None) -> None:
        utterance = self.transcript.finish_turn(turn, first_audio_ms, interrupted)
        if utterance is not None and utterance is self.transcript.utterances[-1]:
            self._show(utterance, False)

    def add_note(self, text: str) -> None:
        """A line from the app itself (a reconnect, a problem), kept in the transcript."""
        utterance, new = self.transcript.add("note", text, -1)
        self._show(utterance, new)

    def _show(self, utterance: Utterance, new: bool) -> None:
        """Only the last utterance changes while it streams: re-render it alone, not the whole history."""
        follow = self.at_bottom()
        bar = self.verticalScrollBar()
        keep = bar.value()
        if self._placeholder:
            self.clear()
            self._placeholder = False
            self._last_start = 0
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if new:
            if not self.document().isEmpty():
                cursor.insertBlock()
            self._last_start = cursor.position()
        else:
            cursor.setPosition(self._last_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.insertHtml(_utterance_html(utterance))
        if follow:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(keep)
        self.changed.emit()

    def plain_text(self) -> str:
        return self.transcript.to_markdown()


def _utterance_html(u: Utterance) -> str:
    text = html.escape(u.text)
    if u.role == "note":
        return f"<i style='color: gray'>{text}</i><br>"
    meta = f"{u.started:%H:%M}"
    if u.first_audio_ms is not None:
        meta += f" · answered in {u.first_audio_ms / 1000:.1f} s"
    if u.interrupted:
        meta += " · interrupted"
    color = "#2e7d5b" if u.role == "assistant" else "#3b6ea8"
    return (f"<b style='color: {color}'>{WHO[u.role]}</b> <small style='color: gray'>{meta}</small><br>"
            f"{text}<br>")
