"""Tools → Profile & goals: body data, goal and macro split (or targets by hand), the meal plan, and weight
over time with its trend.

The page shows how the targets come about as the user types (nutrition.profile explains the formula and
names its sources). Saving runs the assistant's own tools (update_profile, set_goal, update_meal_plan,
log_weight) with the user's confirmation given by pressing Save: the same checks, the same change history
(Undo takes a save back), and the model is told.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton,
                               QSpinBox, QTimeEdit, QVBoxLayout, QWidget)
from PySide6.QtCore import QTime, Signal
from qasync import asyncSlot

from nutrivoice_desktop.nutrition.meal_plan import MEALS, MealSlots
from nutrivoice_desktop.nutrition.profile import ACTIVITY_WORDS, BOUNDS, GOALS, SOURCES, Profile, ProfileError
from nutrivoice_desktop.ui.charts import WeightChart
from nutrivoice_desktop.ui.diary_reads import use_tool

GOAL_WORDS = {"lose": "Lose weight", "keep": "Keep my weight", "gain": "Gain weight"}
BODY = ("weight_kg", "height_cm", "age", "sex", "activity")


def _spin(field: str, decimals: int = 1, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    low, high = BOUNDS[field]
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


class BodyForm(QGroupBox):
    """Weight, height, age, sex and activity: what the energy formula needs (the Profile page and the
    walkthrough ask with it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("You", parent)
        form = QFormLayout(self)
        self.weight = _spin("weight_kg", 1, " kg")
        self.height = _spin("height_cm", 0, " cm")
        self.age = QSpinBox()
        self.age.setRange(int(BOUNDS["age"][0]), int(BOUNDS["age"][1]))
        self.age.setSuffix(" years")
        self.sex = QComboBox()
        self.sex.addItem("Not given", None)
        self.sex.addItem("Female", "female")
        self.sex.addItem("Male", "male")
        self.sex.setToolTip("Used only by the resting-energy formula")
        self.activity = QComboBox()
        for key, words in ACTIVITY_WORDS.items():
            self.activity.addItem(words.capitalize(), key)
        form.addRow("Weight", self.weight)
        form.addRow("Height", self.height)
        form.addRow("Age", self.age)
        form.addRow("Sex", self.sex)
        form.addRow("Activity", self.activity)
        for spin in (self.weight, self.height, self.age):
            spin.valueChanged.connect(self.changed)
        for combo in (self.sex, self.activity):
            combo.currentIndexChanged.connect(self.changed)

    def show_profile(self, profile: Profile) -> None:
        self.weight.setValue(profile.weight_kg)
        self.height.setValue(profile.height_cm or 170)
        self.age.setValue(int(profile.age or 40))
        self.sex.setCurrentIndex(max(0, self.sex.findData(profile.sex)))
        self.activity.setCurrentIndex(max(0, self.activity.findData(profile.activity)))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"weight_kg": round(self.weight.value(), 1), "activity": self.activity.currentData()}
        if self.sex.currentData() is not None:  # height and age count only with the sex (the formula needs all three)
            values.update(height_cm=self.height.value(), age=self.age.value(), sex=self.sex.currentData())
        return values

    def changes(self, loaded: Profile) -> dict[str, Any]:
        """The values that differ from *loaded*: what update_profile is asked to save."""
        return {k: v for k, v in self.values().items() if getattr(loaded, k) != v}


class ProfileDialog(QDialog):
    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle("Profile & goals")
        self.bridge = bridge
        self.loaded: Profile | None = None
        self.loaded_slots: MealSlots | None = None
        self.shown = 0
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        self.body = BodyForm()
        columns.addWidget(self.body)

        goals = QGroupBox("Goal and targets")
        gform = QFormLayout(goals)
        mode = QHBoxLayout()
        self.auto = QRadioButton("Computed from me")
        self.manual = QRadioButton("Set by hand")
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.manual)
        mode.addWidget(self.auto)
        mode.addWidget(self.manual)
        gform.addRow("Targets", mode)
        self.goal = QComboBox()
        for key in GOALS:
            self.goal.addItem(GOAL_WORDS[key], key)
        self.rate = _spin("rate_kg_week", 2, " kg a week")
        self.rate.setSingleStep(0.05)
        gform.addRow("Goal", self.goal)
        gform.addRow("Rate", self.rate)
        self.split = {name: _spin(f"{name}_pct", 0, " %") for name in ("protein", "carbs", "fat")}
        split_row = QHBoxLayout()
        for name, spin in self.split.items():
            spin.setAccessibleName(f"{name} share of energy")
            split_row.addWidget(QLabel(name.capitalize()))
            split_row.addWidget(spin)
        gform.addRow("Macro split", split_row)
        self.by_hand = {"kcal": _spin("kcal", 0, " kcal"), "protein": _spin("protein", 0, " g"),
                        "carbs": _spin("carbs", 0, " g"), "fat": _spin("fat", 0, " g")}
        hand_row = QHBoxLayout()
        for name, spin in self.by_hand.items():
            spin.setAccessibleName(f"{name} target")
            hand_row.addWidget(spin)
        gform.addRow("By hand", hand_row)
        self.explanation = QLabel()
        self.explanation.setObjectName("profileExplanation")
        self.explanation.setWordWrap(True)
        sources = QLabel(f"<small>Sources: {SOURCES}</small>")
        sources.setWordWrap(True)
        columns.addWidget(goals, 1)
        # below both columns, full width: the arithmetic and its sources are read in full, never clipped
        layout.addWidget(self.explanation)
        layout.addWidget(sources)

        plan = QGroupBox("Meal plan")
        grid = QGridLayout(plan)
        for column, title in enumerate(("Meal", "Share of the day", "Usual time")):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.meal_rows: dict[str, tuple[QCheckBox, QSpinBox, QTimeEdit]] = {}
        for row, meal in enumerate(MEALS, start=1):
            enabled = QCheckBox(meal.capitalize())
            share = QSpinBox()
            share.setRange(5, 80)
            share.setSuffix(" %")
            share.setAccessibleName(f"{meal} share of the day")
            when = QTimeEdit()
            when.setDisplayFormat("HH:mm")
            when.setAccessibleName(f"{meal} usual time")
            grid.addWidget(enabled, row, 0)
            grid.addWidget(share, row, 1)
            grid.addWidget(when, row, 2)
            self.meal_rows[meal] = (enabled, share, when)
        layout.addWidget(plan)

        weights = QGroupBox("Weight over time")
        wlayout = QVBoxLayout(weights)
        self.weight_chart = WeightChart()
        wlayout.addWidget(self.weight_chart)
        weigh = QHBoxLayout()
        self.today_weight = _spin("weight_kg", 1, " kg")
        self.today_weight.setAccessibleName("Today's weight")
        self.weigh_button = QPushButton("Log today's weight")
        weigh.addWidget(self.today_weight)
        weigh.addWidget(self.weigh_button)
        weigh.addStretch(1)
        wlayout.addLayout(weigh)
        layout.addWidget(weights)

        self.problem = QLabel()
        self.problem.setObjectName("profileProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.save_button.clicked.connect(self.save)
        self.weigh_button.clicked.connect(self.log_weight)
        self.body.changed.connect(self._explain)
        for widget in (self.rate, *self.split.values(), *self.by_hand.values()):
            widget.valueChanged.connect(self._explain)
        self.goal.currentIndexChanged.connect(self._explain)
        self.auto.toggled.connect(self._explain)

    # -- reading ------------------------------------------------------------------------------------------
    @asyncSlot()
    async def refresh(self) -> None:
        data = await self.bridge.profile_overview()
        self.show_profile(data)

    def show_profile(self, data: dict[str, Any]) -> None:
        profile: Profile = data["profile"]
        self.loaded, self.loaded_slots = profile, data["meal_slots"]
        self.body.show_profile(profile)
        self.today_weight.setValue(profile.weight_kg)
        self.goal.setCurrentIndex(max(0, self.goal.findData(profile.goal)))
        self.rate.setValue(profile.rate_kg_week)
        for name, spin in self.split.items():
            spin.setValue(getattr(profile, f"{name}_pct"))
        target = profile.target()
        for name, spin in self.by_hand.items():
            spin.setValue(getattr(target, name))
        (self.manual if profile.targets == "manual" else self.auto).setChecked(True)
        for slot in data["meal_slots"].slots:
            enabled, share, when = self.meal_rows[slot.meal]
            enabled.setChecked(slot.enabled)
            share.setValue(round(slot.share * 100))
            when.setTime(QTime.fromString(slot.time, "HH:mm"))
        self.weight_chart.set_points(data["weights"])
        self._explain()
        self.shown += 1

    # -- what the form says -------------------------------------------------------------------------------
    def goal_values(self) -> dict[str, Any]:
        if self.manual.isChecked():
            return {name: spin.value() for name, spin in self.by_hand.items()}
        return {"goal": self.goal.currentData(), "rate_kg_week": round(self.rate.value(), 2),
                **{f"{name}_pct": spin.value() for name, spin in self.split.items()}}

    def form_profile(self) -> Profile:
        """The profile the form describes (raises ProfileError with the reason)."""
        base = self.loaded or Profile()
        profile = base.changed(**self.body.values())
        goal = self.goal_values()
        if self.manual.isChecked():
            return profile.changed(**goal, targets="manual")
        return profile.changed(**goal, targets="auto")

    def _explain(self) -> None:
        manual = self.manual.isChecked()
        for spin in self.by_hand.values():
            spin.setEnabled(manual)
        for widget in (self.goal, self.rate, *self.split.values()):
            widget.setEnabled(not manual)
        self.rate.setEnabled(not manual and self.goal.currentData() != "keep")
        try:
            self.explanation.setText(self.form_profile().explain())
            self.save_button.setEnabled(True)
        except ProfileError as exc:
            self.explanation.setText(str(exc))
            self.save_button.setEnabled(False)

    # -- saving -------------------------------------------------------------------------------------------
    @asyncSlot()
    async def save(self) -> None:
        """Only what changed is saved, each part by its tool (so each is one change Undo can take back)."""
        self.problem.clear()
        loaded = self.loaded or Profile()
        try:
            wanted = self.form_profile()
        except ProfileError as exc:
            self.problem.setText(str(exc))
            return
        body = self.body.changes(loaded)
        goal = self.goal_values()
        goal_changed = wanted.targets != loaded.targets or any(getattr(loaded, k) != v for k, v in goal.items())
        if body and not await self._use("update_profile", {**body, "confirmed": True}):
            return
        if goal_changed and not await self._use("set_goal", {**goal, "confirmed": True}):
            return
        for meal, (enabled, share, when) in self.meal_rows.items():
            slot = (self.loaded_slots or MealSlots()).slot(meal)
            change = {}
            if enabled.isChecked() != slot.enabled:
                change["in_plan"] = enabled.isChecked()
            if share.value() != round(slot.share * 100):
                change["share_percent"] = share.value()
            if when.time().toString("HH:mm") != slot.time:
                change["time"] = when.time().toString("HH:mm")
            if change and not await self._use("update_meal_plan", {"meal": meal, **change}):
                return
        self.show_profile(await self.bridge.profile_overview())
        self.problem.setText("Saved.")

    @asyncSlot()
    async def log_weight(self) -> None:
        if await self._use("log_weight", {"kg": round(self.today_weight.value(), 1)}):
            self.show_profile(await self.bridge.profile_overview())

    async def _use(self, tool: str, args: dict) -> bool:
        return await use_tool(self.bridge, tool, args, self.problem, "Not saved") is not None
