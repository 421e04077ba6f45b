"""Tool results as cards beside the conversation: table, macro bars, undo; errors in plain words.

Cards wrap to the column at any width and the column never scrolls sideways: every label wraps, a table
is a grid only while the grid fits (else one wrapped block per row), and Undo sits in the header next to
the time. A card's words are the core's (``core.tools.Card``): phrases (core/wording.py) that show in the
window's language (i18n.shown), with food names, numbers and ids as they are.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from nutrivoice_desktop.core.tools import Card, ToolResult
from nutrivoice_desktop.ui.charts import MacroBars
from nutrivoice_desktop.ui.i18n import shown

# older cards leave the view (the diary keeps everything): a new card on top lays out every card shown, 11 ms
# with 50 of them (the soak's loop stalled 26 ms), 3.5 ms with 20
MAX_CARDS = 20
COMPACT_ROWS = 5  # a table with more rows starts compact: find_food's five candidates still show in full
# Margins around and inside cards: small, as a narrow column (260 px) needs every pixel for the words
COLUMN_MARGIN, CARD_MARGIN = 4, 8
# "A few words" wide: the least width of a grid's name column (a name wraps over a few lines, not one per
# word) and of a card's text
FEW_WORDS_EMS = 10


def _hover(card: Card, text: str) -> str:
    """What hovering *text* (a cell's or the summary's English text, as the core made it) shows: the notes of
    every name it contains (a food's USDA row)."""
    return "\n".join(shown(hover) for name, hover in card.notes if name and name in text)


def _label(text: str, *, rich: bool = False, wrap: bool = True, kind: type[QLabel] = QLabel) -> QLabel:
    # plain text unless we made the markup: a food named "M&M's <mini>" must show as it is
    label = kind(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class _Text(QLabel):
    """A wrapping label whose least width is a few words: a longer word (a Windows path in an error) is cut
    at the card's edge rather than widening the column beyond its view."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * FEW_WORDS_EMS), hint.height())


class _Line(QLabel):
    """A label that wraps only when it must. A wrapping QLabel asks for a narrow, squarish box, and so
    wraps where one line would fit; this one asks for one line and wraps when the layout gives it less."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._line: tuple[tuple[str, str], int] | None = None  # (text and font, one line's width), asked often

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        key = (self.text(), self.font().key())
        if self._line is None or self._line[0] != key:
            self._line = key, self._line_width()
        return QSize(max(hint.width(), self._line[1]), hint.height())

    def _line_width(self) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        if self.textFormat() == Qt.TextFormat.RichText:
            document.setHtml(self.text())
        else:
            document.setPlainText(self.text())
        margins = self.contentsMargins()
        return math.ceil(document.idealWidth()) + margins.left() + margins.right() + 2 * self.margin()


class _Part(QWidget):
    """A container inside a card. A subclass on purpose: the themes' ``QWidget { background: … }`` paints
    plain QWidgets only, and the card's own colour must show through its parts."""


class _Grid(_Part):
    """A table as a grid: the numbers keep their width and line up, the names wrap. Short of room, the
    name column gives way first (down to a few words' width), then the headers wrap ("Before kcal" over
    two lines); narrower still, it does not fit."""

    def __init__(self, rows: list[tuple[str, ...]], card: Card, parent: QWidget) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self._headers: list[QLabel] = []
        self._least: dict[bool, int] | None = None  # the least width with the headers unwrapped and wrapped
        for c, cell in enumerate(rows[0]):
            header = _label(f"<b>{escape(shown(cell))}</b>", rich=True, wrap=c == 0, kind=_Line)
            if c > 0:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
                self._headers.append(header)
            grid.addWidget(header, 0, c)
        for r, row in enumerate(rows[1:], start=1):
            for c, cell in enumerate(row):
                label = _label(shown(cell), wrap=c == 0)
                if c == 0:
                    label.setToolTip(_hover(card, cell))
                else:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, r, c)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("M") * FEW_WORDS_EMS)

    def fit(self, width: int, headers_may_wrap: bool = True) -> bool:
        """Lay out for *width*, headers on one line if that fits; whether the grid fits at all."""
        # Headers that may wrap all give a little when the grid is a little short (the layout shares the
        # shortfall out evenly), so they wrap only when unwrapped ones do not fit.
        if self._least is None:
            self._least = {wrap: self._least_width(wrap) for wrap in (True, False)}
        wrap = self._least[False] > width and headers_may_wrap
        if self._headers and self._headers[0].wordWrap() != wrap:  # setting it, even unchanged, lays out anew
            for header in self._headers:
                header.setWordWrap(wrap)
        return self._least[wrap] <= width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._least = None

    def _least_width(self, wrap: bool) -> int:
        for header in self._headers:
            header.setWordWrap(wrap)
        return self.minimumSizeHint().width()


class CardTable(QWidget):
    """A card's table, compact (the name and main number of the first rows) or expanded (everything).

    Laid out as a grid while the grid fits, else as one wrapped block per row, so the table fits any width.
    Its minimum width is the blocks', never the grid's: a grid's minimum would hold the whole column wide,
    and the width it is given is what picks the layout.
    """

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card = card
        columns = len(card.table[0])
        self._key_columns = tuple(c for c in card.compact_columns if c < columns) or (0,)
        self._compact = len(card.table) - 1 > COMPACT_ROWS
        self._width_seen = False  # the first width it is given may make it start compact (a narrow column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._grid, self._blocks = self._views()
        layout.addWidget(self._grid)
        layout.addWidget(self._blocks)
        self.toggle: QPushButton | None = None
        if self._has_two_views():
            self.toggle = QPushButton()
            self.toggle.setObjectName("cardDetails")
            self.toggle.clicked.connect(lambda: self.set_compact(not self._compact))
            layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
            self._sync_toggle()

    def is_compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        old = (self._grid, self._blocks)
        self._grid, self._blocks = self._views()
        for was, new in zip(old, (self._grid, self._blocks)):
            self.layout().replaceWidget(was, new)
            was.deleteLater()
        self._sync_toggle()
        self._fit(self.width())

    def as_grid(self) -> bool:
        """Whether it shows as a grid now (else as blocks)."""
        return not self._grid.isHidden()

    def minimumSizeHint(self) -> QSize:
        size = super().minimumSizeHint()
        least = self._blocks.minimumSizeHint().width()
        if self.toggle is not None:
            least = max(least, self.toggle.minimumSizeHint().width())
        return QSize(least, size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        if not self._width_seen:
            self._width_seen = True
            # it starts compact unless the full grid fits with its headers on one line
            if not self._compact and self.toggle is not None and not self._grid.fit(width, False):
                self.set_compact(True)
        self._fit(width)

    def _fit(self, width: int) -> None:
        fits = self._grid.fit(width)
        self._grid.setVisible(fits)
        self._blocks.setVisible(not fits)

    def _has_two_views(self) -> bool:
        return len(self._key_columns) < len(self._card.table[0]) or len(self._card.table) - 1 > COMPACT_ROWS

    def _sync_toggle(self) -> None:
        if self.toggle is not None:
            self.toggle.setText(self.tr("Show details") if self._compact else self.tr("Hide details"))

    def _shown(self) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        """The rows (header first) and columns the current view shows."""
        table = self._card.table
        if self._compact:
            return table[:1 + COMPACT_ROWS], self._key_columns
        return table, tuple(range(len(table[0])))

    def _views(self) -> tuple[_Grid, QWidget]:
        rows, columns = self._shown()
        rows = [tuple(row[c] if c < len(row) else "" for c in columns) for row in rows]
        return _Grid(rows, self._card, self), self._blocks_view(rows)

    def _blocks_view(self, rows: list[tuple[str, ...]]) -> QWidget:
        view = _Part(self)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = rows[0]
        for row in rows[1:]:
            values = " · ".join(self._pair(shown(h), shown(v)) for h, v in zip(header[1:], row[1:]))
            block = _label(f"<b>{escape(shown(row[0]))}</b><br>{values}", rich=True)
            block.setToolTip(_hover(self._card, row[0]))
            layout.addWidget(block)
        return view

    def _pair(self, label: str, value: str) -> str:
        """ "Protein g: 38" as markup, held together when the value is one word (a number), so that lines
        break between pairs; a value of several words ("USDA FDC 173944") may break within."""
        text = escape(self.tr("{label}: {value}").format(label=label, value=value) if label else value)
        return text.replace(" ", "&nbsp;") if len(value.split()) <= 1 else text


class ToolCard(QFrame):
    undoRequested = Signal(int)

    def __init__(self, result: ToolResult, tool: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setObjectName("toolCard")
        self.setProperty("error", not result.ok)
        card = result.card
        self.setAccessibleName(self.tr("{title}: {summary}").format(title=shown(card.title),
                                                                     summary=shown(card.summary)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(CARD_MARGIN,) * 4)
        layout.addLayout(self._header(card))
        summary = _label(shown(card.summary), kind=_Text)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.setToolTip(_hover(card, card.summary))
        layout.addWidget(summary)
        self.table = CardTable(card) if card.table else None
        if self.table is not None:
            layout.addWidget(self.table)
        if card.source:
            words = self.tr("Source: {source}").format(source=shown(card.source))
            source = _label(f"<small>{escape(words)}</small>", rich=True)
            source.setObjectName("cardSource")
            layout.addWidget(source)
        if card.bars:
            self.bars = MacroBars()
            # "kcal" is a unit, and the one row MacroBars shows without " g": not looked up
            self.bars.set_rows([(label if label == "kcal" else shown(label), *numbers)
                                for label, *numbers in card.bars])
            layout.addWidget(self.bars)

    def _header(self, card: Card) -> QHBoxLayout:
        """The title, then the time (and the day, when not today) and Undo: all wrap but Undo, which stays
        whole and in view at any width."""
        header = QHBoxLayout()
        title = _label(shown(card.title), kind=_Line)
        title.setObjectName("cardTitle")
        header.addWidget(title, 1)
        when = _label(f"<small>{escape(self._when(card))}</small>", rich=True, kind=_Line)
        when.setObjectName("cardWhen")
        when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(when)
        self.undo_button: QPushButton | None = None
        if self.result.ok and card.undo_id is not None:
            self.undo_button = QPushButton(self.tr("Undo"), self)
            self.undo_button.setObjectName("cardUndo")
            self.undo_button.setAccessibleName(self.tr("Undo: {title}").format(title=shown(card.title)))
            self.undo_button.clicked.connect(self._undo)
            self._keep_width(self.undo_button, self.tr("Undone"))
            header.addWidget(self.undo_button)
        return header

    def _when(self, card: Card) -> str:
        """The time it happened; and the day it is about, when that is not today ("for Sun 22 Nov · 16:24")."""
        locale = QLocale()
        time = locale.toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        if not card.day:
            return time
        day = locale.toString(QDate(date.fromisoformat(card.day)), self.tr("ddd d MMM", "the day a card is about"))
        return self.tr("for {day} · {time}").format(day=day, time=time)

    @staticmethod
    def _keep_width(button: QPushButton, other_text: str) -> None:
        """Fix *button*'s width to fit its text and *other_text*, so that changing one for the other moves
        nothing around it."""
        button.ensurePolished()
        text = button.text()
        button.setText(other_text)
        width = button.sizeHint().width()
        button.setText(text)
        button.setFixedWidth(max(width, button.sizeHint().width()))

    def _undo(self) -> None:
        assert self.undo_button is not None
        # A disabled button hands the focus on to the next one, and the scroll area scrolls to show that
        # one: the card keeps the focus instead, so nothing moves.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.undo_button.setEnabled(False)
        self.undo_button.setText(self.tr("Undone"))
        self.undoRequested.emit(self.result.card.undo_id)


class CardColumn(QScrollArea):
    """Newest card on top; the cards take the column's width, whatever it is (never a sideways scrollbar)."""

    undoRequested = Signal(int)
    cardAdded = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always shown: a scroll bar that comes and goes changes the cards' width, and with it how every card
        # wraps; and to decide whether it is needed, the scroll area lays the cards out again once for each
        # pixel of its width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(self.tr("Tool results"))
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(*(COLUMN_MARGIN,) * 4)
        self._empty = _label(self.tr("Results of what the assistant does — meals rebalanced, food logged, swaps — "
                                     "appear here."))
        self._layout.addWidget(self._empty)
        # cards on top, the room left below them; not the layout's AlignTop, which packs the cards into
        # their size hints' height, less than their wrapped text needs when the column is narrow
        self._layout.addStretch(1)
        self.setWidget(inner)

    def cards(self) -> list[ToolCard]:
        return [self._layout.itemAt(i).widget() for i in range(self._layout.count())
                if isinstance(self._layout.itemAt(i).widget(), ToolCard)]

    def add_result(self, result: ToolResult, tool: str) -> ToolCard:
        self._empty.hide()
        card = ToolCard(result, tool)
        card.undoRequested.connect(self.undoRequested)
        self._layout.insertWidget(0, card)
        cards = self.cards()
        for old in cards[MAX_CARDS:]:
            old.setParent(None)
            old.deleteLater()
        self.verticalScrollBar().setValue(0)
        self.cardAdded.emit(card)
        return card
