"""The conversation pane: user and assistant turns with streaming transcripts and turn timing."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QTime, QTimer, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from nutrivoice_desktop.core.conversation_journal import ConversationJournal
from nutrivoice_desktop.core.transcript import Transcript, Utterance

# who said it, shown through QCoreApplication.translate("ConversationView", ...); the app's name stays as it is
WHO = {"user": QT_TRANSLATE_NOOP("ConversationView", "You"), "assistant": "NutriVoice"}
FRAME_MS = 16  # streamed text is drawn at most once a frame, however many deltas arrive
# Qt lays out a whole paragraph again on every edit, so a long answer is cut into paragraphs of about
# this many characters (at a space): appending then costs the same at 100 KB as at 1 KB.
PARAGRAPH_CHARS = 700  # ~120 words: a relayout per frame stays ~1 ms (tests/widget/test_loop_stalls.py)
SENTENCE_SLACK = 200  # how much longer a paragraph may get to end at a sentence rather than mid-sentence
# Laying text out costs ~1.5 µs a character here, done as it is inserted. Speech is transcribed at ~20
# characters a second, but a server can send a backlog at once (after a stall, in a flood): a frame draws
# at most this much of it and the next frame goes on, so the window stays responsive (~1 ms a frame) and
# text still shows at 30 KB/s, a thousand times faster than anyone speaks.
CHARS_PER_FRAME = 500
HEADER_CHARS = 100  # what beginning an utterance (its header and spacing) counts against that budget
SPACING = 8  # pixels above each utterance
# Each utterance on screen costs ~7 KB (its blocks and their layouts): a chatty hour is ~2,400 of them,
# +17 MB. The pane keeps the newest ~1,000 (about two blocks each, some 20 minutes of brisk talk); older
# blocks leave the top of the document, TRIM_BLOCKS at a time. The transcript (export) and the journal on
# disk keep everything.
MAX_BLOCKS = 2000
TRIM_BLOCKS = 400
HEADER_SEARCH_BLOCKS = 200  # a turn's header is updated when it ends, a few utterances after it began


class ConversationView(QTextBrowser):
    """Renders a Transcript. Follows new text only while the user is at the bottom: scrolling up to read
    something is respected until they scroll back down.

    The Transcript gets every delta at once; the document only ever catches up with it, in order, and only
    ever appends (or redraws a recent header). What is drawn is budgeted per frame (CHARS_PER_FRAME): text
    streaming into an utterance is drawn once a frame however many deltas arrive; a new utterance or a
    changed header shows at once while the frame's budget lasts, else with the next frame."""

    changed = Signal()  # the document changed (at most once a frame while text streams)

    def __init__(self, parent: QWidget | None = None, journal: ConversationJournal | None = None) -> None:
        """With a *journal*, today's earlier conversation is shown again and every finished utterance saved."""
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setAccessibleName(self.tr("Conversation"))
        self.setOpenExternalLinks(False)
        self.journal = journal
        self.transcript = Transcript(on_settled=journal.append if journal is not None else None)
        self._placeholder = True
        self._streaming: Utterance | None = None  # the utterance being drawn: its text grows at the end
        self._shown = 0  # characters of its text already in the document
        self._paragraph = 0  # characters in the document's last paragraph
        self._next = 0  # the transcript's first utterance not yet begun in the document
        self._frame_started = 0.0  # when the current frame's budget began (monotonic seconds)
        self._frame_spent = 0  # characters drawn in it
        self._note_format = QTextCharFormat()
        self._note_format.setFontItalic(True)
        self._note_format.setForeground(QColor("gray"))
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._next_frame)
        self.setHtml(self.tr("<p style='color: gray'>Press <b>Start</b> (Ctrl+Return) and talk: "
                             "“I skipped breakfast”, “I had a croissant”, “swap butter for olive oil”, "
                             "“I walked 40 minutes”…</p>"))
        if journal is not None:
            self.restore(journal.read(date.today()))

    def restore(self, earlier: list[Utterance]) -> None:
        """Show what was said before (today, in an earlier run) above what comes next: the newest part of it
        that the pane keeps anyway (half its blocks), so a long day does not slow the start."""
        self.transcript.restore(earlier)
        self._next = len(self.transcript.utterances) - min(len(earlier), MAX_BLOCKS // 4)
        if earlier:
            self._render(everything=True)

    def finish(self) -> None:
        """The conversation ends (the app quits): what is still streaming is final and saved."""
        self._render(everything=True)
        self.transcript.settle()
        if self.journal is not None:
            self.journal.close()

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def add_delta(self, role: str, text: str, turn: int) -> None:
        _utterance, new = self.transcript.add(role, text, turn)
        if new:
            self._render()
        elif not self._frame.isActive():
            self._frame.start()

    def finish_turn(self, turn: int, interrupted: bool, first_audio_ms: float | None) -> None:
        utterance = self.transcript.finish_turn(turn, first_audio_ms, interrupted)
        if utterance is not None:
            self._render(header_of=utterance)

    def add_note(self, text: str) -> None:
        """A line from the app itself (a reconnect, a problem), kept in the transcript."""
        self.add_delta("note", text, -1)

    def plain_text(self) -> str:
        return self.transcript.to_markdown()

    # -- drawing ------------------------------------------------------------------------------------------
    def _next_frame(self) -> None:
        self._frame_started, self._frame_spent = time.monotonic(), 0  # a timer may fire a little early
        self._render()

    def _render(self, header_of: Utterance | None = None, everything: bool = False) -> None:
        """The one place the document changes: it catches up with the transcript, in order, within what is
        left of this frame's budget (or *everything*), then redraws *header_of* if that utterance is in
        the document already (if not, it is drawn with its header as it is then). What is left over is
        drawn by the next frame. The reader's place is kept unless they were following the end."""
        self._frame.stop()
        now = time.monotonic()
        if now - self._frame_started >= FRAME_MS / 1000:
            self._frame_started, self._frame_spent = now, 0
        budget = None if everything else max(0, CHARS_PER_FRAME - self._frame_spent)
        bar = self.verticalScrollBar()
        follow, keep = self.at_bottom(), bar.value()
        if self._placeholder:
            self.clear()
            self._placeholder = False
        spent, trimmed_px = self._catch_up(budget)
        redrawn = header_of is not None and self._update_header(header_of)
        bar.setValue(bar.maximum() if follow else max(0, keep - trimmed_px))
        self._frame_spent += spent
        if not self._caught_up():
            self._frame.start()
        if spent or redrawn:
            self.changed.emit()

    def _caught_up(self) -> bool:
        streaming = self._streaming
        return (self._next == len(self.transcript.utterances)
                and (streaming is None or len(streaming.text) == self._shown))

    def _catch_up(self, budget: int | None) -> tuple[int, int]:
        """Draws what the document lacks, up to *budget* characters (None: all of it); returns the
        characters drawn and the height that left the top meanwhile (pixels)."""
        spent = trimmed_px = 0
        utterances = self.transcript.utterances
        while True:
            spent += self._append_pending(None if budget is None else budget - spent)
            if budget is not None and spent >= budget or self._next >= len(utterances):
                return spent, trimmed_px
            trimmed_px += self._trim()
            self._begin(utterances[self._next], self._next)
            self._next += 1
            spent += HEADER_CHARS

    def _end(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _trim(self) -> int:
        """Past MAX_BLOCKS + TRIM_BLOCKS, the oldest TRIM_BLOCKS blocks go, in one edit: the layout of what
        follows is redone once per few hundred utterances, not once per utterance. Returns the height taken
        off the top (pixels), so a reader who scrolled up stays on the same lines."""
        document = self.document()
        if document.blockCount() <= MAX_BLOCKS + TRIM_BLOCKS:
            return 0
        first_kept = document.findBlockByNumber(TRIM_BLOCKS)
        removed_px = int(document.documentLayout().blockBoundingRect(first_kept).top())
        cursor = QTextCursor(document)
        cursor.setPosition(first_kept.position(), QTextCursor.MoveMode.KeepAnchor)
        # ~3 ms for 400 blocks. (QTextDocument's own maximumBlockCount drops one block per insert and the layout
        # below is redone each time: ~2.7 ms per utterance at 2,000 blocks, measured.)
        cursor.removeSelectedText()
        return removed_px

    def _begin(self, utterance: Utterance, index: int) -> None:
        cursor = self._end()
        if not self.document().isEmpty():
            spaced = QTextBlockFormat()
            spaced.setTopMargin(SPACING)
            cursor.insertBlock(spaced, QTextCharFormat())
        if utterance.role != "note":
            cursor.insertHtml(_header_html(utterance))
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            # the header's block is found again by this mark, not by its number: blocks leaving the top of
            # the document renumber the rest. Set on both sides of the split, whichever kept the old state.
            cursor.block().previous().setUserState(index)
            cursor.block().setUserState(-1)
        self._streaming, self._shown, self._paragraph = utterance, 0, 0

    def _append_pending(self, budget: int | None) -> int:
        """Draws the streaming utterance's text not yet in the document, or *budget* characters of it;
        returns how many it drew."""
        utterance = self._streaming
        if utterance is None or budget is not None and budget <= 0:
            return 0
        text = utterance.text
        end = len(text) if budget is None else min(len(text), self._shown + budget)
        if end == self._shown:
            return 0
        piece, start, self._shown = text[self._shown:end], self._shown, end
        cursor = self._end()
        look = self._note_format if utterance.role == "note" else QTextCharFormat()
        for i, part in enumerate(self._paragraphs(piece)):
            if i:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertText(part, look)
        return end - start

    def _paragraphs(self, text: str) -> list[str]:
        """``text`` cut so the last paragraph never grows much past PARAGRAPH_CHARS: at a sentence end soon
        after that, else after the first space, or at twice that in text without spaces."""
        parts = []
        while self._paragraph + len(text) > PARAGRAPH_CHARS:
            start = max(0, PARAGRAPH_CHARS - self._paragraph)
            sentence = text.find(". ", start, start + SENTENCE_SLACK)
            cut = sentence + 2 if sentence >= 0 else text.find(" ", start) + 1
            if not cut:
                hard = 2 * PARAGRAPH_CHARS - self._paragraph
                if len(text) <= hard:
                    break
                cut = max(0, hard)
            parts.append(text[:cut])
            text, self._paragraph = text[cut:], 0
        parts.append(text)
        newline = text.rfind("\n")  # insertText turns "\n" into a new paragraph
        self._paragraph = len(text) - newline - 1 if newline >= 0 else self._paragraph + len(text)
        return parts

    def _update_header(self, utterance: Utterance) -> bool:
        """Redraw the header of a recent utterance (its turn just ended), searched from the end, a few
        blocks; False if it is not in the document (not drawn yet: it will be with this header; or long
        gone from the pane)."""
        mark = self._index_of(utterance)
        if mark < 0 or mark >= self._next:
            return False
        block, looked = self.document().lastBlock(), 0
        while block.isValid() and block.userState() != mark:
            block, looked = block.previous(), looked + 1
            if looked > HEADER_SEARCH_BLOCKS:
                return False
        if not block.isValid():
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertHtml(_header_html(utterance))
        return True

    def _index_of(self, utterance: Utterance) -> int:
        """Its place in the transcript (-1 if not there), looked up from the end, where recent ones are."""
        utterances = self.transcript.utterances
        return next((i for i in range(len(utterances) - 1, -1, -1) if utterances[i] is utterance), -1)


def _header_html(u: Utterance) -> str:
    # how fast a reply started is for View → Diagnostics, not a line under every answer
    # the time as the window's locale writes it, the same as on the cards (17:15, or 5:15 PM)
    meta = QLocale().toString(QTime(u.started.hour, u.started.minute), QLocale.FormatType.ShortFormat)
    if u.interrupted:
        meta = QCoreApplication.translate("ConversationView", "{time} · interrupted").format(time=meta)
    color = "#2e7d5b" if u.role == "assistant" else "#3b6ea8"
    who = QCoreApplication.translate("ConversationView", WHO[u.role])
    return f"<b style='color: {color}'>{who}</b> <small style='color: gray'>{meta}</small>"
