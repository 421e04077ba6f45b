"""The diary of a day, as a list to read and correct: entries grouped by meal with amounts, kcal and macros,
the day's activities, and the budget in words.

Every correction (amount, meal, delete, log again) runs the same tool the assistant uses, through the
bridge: one diary worker, one change history (so Ctrl+Z and Ctrl+Shift+Z take it back and put it back),
a card beside the conversation, and the model told what the user changed by hand.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from nutrivoice_desktop.nutrition.meal_plan import MEALS
from nutrivoice_desktop.ui.diary_reads import FoldedReads, use_tool
from nutrivoice_desktop.ui.i18n import shown

COLUMNS = (QT_TRANSLATE_NOOP("DiaryView", "Food"), QT_TRANSLATE_NOOP("DiaryView", "Amount"),
           QT_TRANSLATE_NOOP("DiaryView", "kcal"), QT_TRANSLATE_NOOP("DiaryView", "Protein g"),
           QT_TRANSLATE_NOOP("DiaryView", "Carbs g"), QT_TRANSLATE_NOOP("DiaryView", "Fat g"))
ENTRY = Qt.ItemDataRole.UserRole  # an item's entry (dict) or, for a meal row, None
# the meals as shown: the keys ("breakfast") are the diary's data and stay as they are
MEAL_WORDS = {"breakfast": QT_TRANSLATE_NOOP("Meals", "Breakfast"), "lunch": QT_TRANSLATE_NOOP("Meals", "Lunch"),
              "dinner": QT_TRANSLATE_NOOP("Meals", "Dinner"), "snacks": QT_TRANSLATE_NOOP("Meals", "Snacks")}


def meal_label(meal: str) -> str:
    """A meal key as the user reads it, in their language (a key not in MEAL_WORDS: capitalised as it is)."""
    words = MEAL_WORDS.get(meal)
    return QCoreApplication.translate("Meals", words) if words else meal.capitalize()



def _whole(value: float) -> str:
    """kcal as the window's locale writes them (1,111 or 1.111)."""
    return QLocale().toString(round(value))


def _grams(value: float) -> str:
    """Grams with the decimals they have (5.9 or 5,9), none for a whole number."""
    return QLocale().toString(float(value), "g", 4)

class EntryTree(QTreeWidget):
    """The entries; Delete removes the selected one (handled here: a shortcut would also need the window
    active, and the tree has the focus whenever the key means this)."""

    deletePressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class DiaryView(QWidget):
    dayChanged = Signal(object)  # the date shown: Edit → Undo / Redo act on it

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.day: date | None = None  # None until the first read says what today is
        self.data: dict[str, Any] | None = None
        self.shown = 0  # days shown: a test can wait for the next one
        self._reads = FoldedReads(lambda: self.bridge.day_entries(self.day or self.bridge.today()), self.show_entries,
                                  lambda _exc: self.budget_label.setText(
                                      self.tr("The diary could not be read just now.")),
                                  "diary-read")
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        nav = QHBoxLayout()
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.today_button = QPushButton(self.tr("Today"))
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        layout.addLayout(nav)

        self.tree = EntryTree()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("DiaryView", column) for column in COLUMNS])
        self.tree.setAccessibleName(self.tr("Diary entries"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the food's name gets the room; a long amount ("1 glass (240 ml, 244 g)") is elided, in full on hover
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        for column in range(2, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree, 1)

        self.budget_label = QLabel()
        self.budget_label.setObjectName("diaryBudget")
        self.budget_label.setWordWrap(True)
        layout.addWidget(self.budget_label)

        edit = QHBoxLayout()
        self.grams = QDoubleSpinBox()
        self.grams.setRange(1, 5000)
        self.grams.setDecimals(0)
        self.grams.setSuffix(" g")
        self.grams.setAccessibleName(self.tr("New amount in grams"))
        self.amount_button = QPushButton(self.tr("Set amount"))
        self.meal_combo = QComboBox()
        self.meal_combo.setAccessibleName(self.tr("Move to meal"))
        for meal in MEALS:
            self.meal_combo.addItem(meal_label(meal), meal)
        self.move_button = QPushButton(self.tr("Move"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove the selected entry (Delete)"))
        self.relog_button = QPushButton(self.tr("Log again today"))
        for widget in (self.grams, self.amount_button, self.meal_combo, self.move_button, self.delete_button,
                       self.relog_button):
            edit.addWidget(widget)
        edit.addStretch(1)
        layout.addLayout(edit)
        self.problem = QLabel()
        self.problem.setObjectName("diaryProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.previous_button.clicked.connect(lambda: self.show_day(self._shown_day() - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_day(self._shown_day() + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_day(None))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.amount_button.clicked.connect(self.set_amount)
        self.move_button.clicked.connect(self.move_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.relog_button.clicked.connect(self.relog)
        self.tree.deletePressed.connect(self.delete_entry)
        self._selection_changed()

    # -- which day --------------------------------------------------------------------------------------
    def _shown_day(self) -> date:
        return self.day or (self.data["today"] if self.data else date.today())

    def show_day(self, day: date | None) -> None:
        """Show *day* (None: today, whatever day that is when the diary is read)."""
        self.day = day
        self.refresh()

    def _date_picked(self, picked: QDate) -> None:
        day = date(picked.year(), picked.month(), picked.day())
        if day != self._shown_day():
            self.show_day(day)

    # -- reading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the shown day again (after any diary change); reads asked for during one are folded. While the
        view is hidden (another tab) nothing is read or rebuilt: it reads when shown (showEvent)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._reads.request()

    def show_entries(self, data: dict[str, Any]) -> None:
        self.data = data
        day, today, budget = data["day"], data["today"], data["budget"]
        selected = self.selected_entry()
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.today_button.setEnabled(day != today)
        self.tree.clear()
        targets = {m.meal: m for m in data["plan"]}
        by_meal: dict[str, list[dict]] = {meal: [] for meal in MEALS}
        for entry in data["entries"]:
            by_meal.setdefault(entry["meal"], []).append(entry)
        for meal, entries in by_meal.items():
            if not entries and meal not in targets:
                continue
            eaten = sum(e["kcal"] for e in entries)
            plan = targets.get(meal)
            title = meal_label(meal)
            if plan is not None and plan.status == "missed":
                title = self.tr("{meal} · missed").format(meal=title)
            kcal = _whole(eaten)
            if plan is not None and plan.status != "missed":
                kcal = self.tr("{eaten} of {target}").format(eaten=kcal, target=_whole(plan.target.kcal))
            head = QTreeWidgetItem([title, "", kcal, "", "", ""])
            font = head.font(0)
            font.setBold(True)
            for column in range(len(COLUMNS)):
                head.setFont(column, font)
            head.setData(0, ENTRY, None)
            self.tree.addTopLevelItem(head)
            for entry in entries:
                item = QTreeWidgetItem([f"   {entry['food']}", entry["amount"], _whole(entry["kcal"]),
                                        _grams(entry["protein"]), _grams(entry["carbs"]), _grams(entry["fat"])])
                item.setData(0, ENTRY, entry)
                item.setToolTip(0, f"{entry['food']} — {entry['food_id']}")
                item.setToolTip(1, entry["amount"])
                for column in range(2, len(COLUMNS)):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                self.tree.addTopLevelItem(item)
                if selected is not None and entry["id"] == selected["id"]:
                    self.tree.setCurrentItem(item)
        for activity in data["activities"]:
            item = QTreeWidgetItem([self.tr("Activity: {activity}").format(activity=activity["activity"]),
                                    self.tr("{minutes} min").format(minutes=f"{activity['minutes']:g}"),
                                    f"−{_whole(activity['kcal'])}", "", "", ""])
            item.setData(0, ENTRY, None)
            self.tree.addTopLevelItem(item)
        if not data["entries"] and not data["activities"]:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing logged this day yet.")]))
        # the date's pattern is the translator's ("dddd, d. MMMM" in German); the names are Qt's, in the language
        when = self.tr("Today") if day == today else QLocale().toString(
            QDate(day.year, day.month, day.day), self.tr("dddd d MMMM", "date format of the day shown"))
        self.budget_label.setText(self.tr("{day}: {eaten} of {budget} kcal eaten · <b>{left}</b>").format(
            day=when, eaten=_whole(budget.eaten.kcal), budget=_whole(budget.budget.kcal),
            left=shown(budget.left_words())))
        self._selection_changed()
        self.shown += 1
        self.dayChanged.emit(day)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- correcting -----------------------------------------------------------------------------------
    def selected_entry(self) -> dict | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY) if item is not None else None

    def select_entry(self, entry_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            entry = item.data(0, ENTRY)
            if entry is not None and entry["id"] == entry_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        for widget in (self.grams, self.amount_button, self.meal_combo, self.move_button, self.delete_button,
                       self.relog_button):
            widget.setEnabled(entry is not None)
        if entry is not None:
            self.grams.setValue(entry["grams"])
            self.meal_combo.setCurrentIndex(max(0, self.meal_combo.findData(entry["meal"])))

    @asyncSlot()
    async def set_amount(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            await self._use("edit_diary_entry", {"entry": str(entry["id"]), "grams": float(self.grams.value())})

    @asyncSlot()
    async def move_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            await self._use("edit_diary_entry", {"entry": str(entry["id"]), "meal": self.meal_combo.currentData()})

    @asyncSlot()
    async def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            await self._use("delete_diary_entry", {"entry": str(entry["id"])})

    @asyncSlot()
    async def relog(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            await self._use("relog_entry", {"entry": str(entry["id"])})

    async def _use(self, tool: str, args: dict) -> None:
        # the view refreshes on the change itself (diaryChanged), whoever made it
        await use_tool(self.bridge, tool, args, self.problem, self.tr("That did not work"))
