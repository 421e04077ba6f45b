"""Tool results as cards beside the conversation: table, macro bars, undo; errors in plain words."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from nutrivoice_desktop.core.tools import ToolResult
from nutrivoice_desktop.ui.charts import MacroBars

MAX_CARDS = 50  # older cards are dropped from view (the diary keeps everything)


class ToolCard(QFrame):
    undoRequested = Signal(int)

    def __init__(self, result: ToolResult, tool: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setObjectName("toolCard")
        self.setProperty("error", not result.ok)
        card = result.card
        self.setAccessibleName(f"{card.title}: {card.summary}")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(card.title)
        title.setObjectName("cardTitle")
        header.addWidget(title, 1)
        # the time it happened; and the day it is about, when that is not today ("for Sun 22 Nov")
        about = f"for {date.fromisoformat(card.day):%a %d %b} · " if card.day else ""
        when = QLabel(f"<small>{about}{datetime.now():%H:%M}</small>")
        when.setObjectName("cardWhen")
        header.addWidget(when)
        layout.addLayout(header)
        summary = QLabel(card.summary)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)
        if card.table:
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            for r, row in enumerate(card.table):
                for c, cell in enumerate(row):
                    label = QLabel(f"<b>{cell}</b>" if r == 0 else cell)
                    if c == 0:
                        label.setWordWrap(True)  # food names are long: they wrap, the numbers stay in view
                    if c > 0:
                        label.setAlignment(Qt.AlignmentFlag.AlignRight)
                    grid.addWidget(label, r, c)
            grid.setColumnStretch(0, 1)
            layout.addLayout(grid)
        if card.source:
            source = QLabel(f"<small>Source: {card.source}</small>")
            source.setObjectName("cardSource")
            layout.addWidget(source)
        if card.bars:
            self.bars = MacroBars()
            self.bars.set_rows(card.bars)
            layout.addWidget(self.bars)
        self.undo_button: QPushButton | None = None
        if result.ok and card.undo_id is not None:
            self.undo_button = QPushButton("Undo")
            self.undo_button.setAccessibleName(f"Undo: {card.title}")
            self.undo_button.clicked.connect(self._undo)
            layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)

    def _undo(self) -> None:
        assert self.undo_button is not None
        self.undo_button.setEnabled(False)
        self.undo_button.setText("Undone")
        self.undoRequested.emit(self.result.card.undo_id)


class CardColumn(QScrollArea):
    """Newest card on top."""

    undoRequested = Signal(int)
    cardAdded = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Tool results")
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._empty = QLabel("Results of what the assistant does — meals rebalanced, food logged, swaps — "
                             "appear here.")
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
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
