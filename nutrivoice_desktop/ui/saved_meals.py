"""Tools → Saved meals: see, add, log and delete the meals saved by voice ("my usual breakfast is ...").

Every action runs the same tool the assistant uses (save_meal, log_saved_meal, delete_saved_meal,
list_saved_meals) through the bridge, so the diary worker, the cards and what the model is told are the
same whether the user speaks or clicks. A new meal is typed one food per line, with its amount in words
("200 ml milk", "a banana", "40 g oats"), as the food search reads it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from nutrivoice_desktop.nutrition.store import MEALS
from nutrivoice_desktop.ui.diary_view import meal_label
from nutrivoice_desktop.ui.lifetime import alive


class SavedMealsDialog(QDialog):
    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedMeals")
        self.setWindowTitle(self.tr("Saved meals"))
        self.bridge = bridge
        layout = QVBoxLayout(self)
        self.meals = QListWidget()
        self.meals.setAccessibleName(self.tr("Saved meals"))
        self.meals.setWordWrap(True)
        layout.addWidget(self.meals, 1)
        actions = QHBoxLayout()
        self.meal_combo = QComboBox()
        for meal in MEALS:
            self.meal_combo.addItem(meal_label(meal), meal)
        self.meal_combo.setAccessibleName(self.tr("Log to meal"))
        self.log_button = QPushButton(self.tr("Log today as"))
        self.delete_button = QPushButton(self.tr("Delete"))
        actions.addWidget(self.log_button)
        actions.addWidget(self.meal_combo)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("usual breakfast"))
        self.items_edit = QPlainTextEdit()
        self.items_edit.setPlaceholderText(self.tr("200 ml milk\na banana\n40 g oats"))
        self.items_edit.setFixedHeight(90)
        form.addRow(self.tr("New meal name"), self.name_edit)
        form.addRow(self.tr("Foods, one per line"), self.items_edit)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save meal"))
        layout.addWidget(self.save_button)
        self.problem = QLabel()
        self.problem.setObjectName("savedMealsProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.save_button.clicked.connect(self.save)
        self.log_button.clicked.connect(self.log_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.meals.currentItemChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        chosen = self.meals.currentItem() is not None
        self.log_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _selected(self) -> str | None:
        item = self.meals.currentItem()
        return None if item is None else item.data(256)  # Qt.UserRole

    async def _run(self, name: str, args: dict) -> bool:
        result = await self.bridge.use_tool(name, args)
        if alive(self):
            self.problem.setText("" if result.ok else result.data["error"]["message"])
        return result.ok and alive(self)

    @asyncSlot()
    async def refresh(self) -> None:
        result = await self.bridge.use_tool("list_saved_meals", {})
        if not alive(self):
            return
        self.meals.clear()
        for meal in result.data.get("saved_meals", []):
            foods = ", ".join(f"{i['amount']} {i['food']}" for i in meal["items"])
            item = QListWidgetItem(self.tr("{name} — {kcal} kcal\n{foods}").format(
                name=meal["name"], kcal=f"{meal['total']['kcal']:.0f}", foods=foods))
            item.setData(256, meal["name"])
            self.meals.addItem(item)
        self._selection_changed()

    @asyncSlot()
    async def save(self) -> None:
        name = self.name_edit.text().strip()
        lines = [line.strip() for line in self.items_edit.toPlainText().splitlines() if line.strip()]
        if not name or not lines:
            self.problem.setText(self.tr("Give the meal a name and at least one food."))
            return
        if await self._run("save_meal", {"name": name, "items": [{"food": line} for line in lines]}):
            self.name_edit.clear()
            self.items_edit.clear()
            await self.refresh()

    @asyncSlot()
    async def log_selected(self) -> None:
        name = self._selected()
        if name is not None:
            await self._run("log_saved_meal", {"name": name, "meal": self.meal_combo.currentData()})

    @asyncSlot()
    async def delete_selected(self) -> None:
        name = self._selected()
        if name is not None and await self._run("delete_saved_meal", {"name": name}):
            await self.refresh()
