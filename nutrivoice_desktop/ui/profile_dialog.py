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
from PySide6.QtCore import QCoreApplication, QTime, QT_TRANSLATE_NOOP, Signal
from qasync import asyncSlot

from nutrivoice_desktop.core.wording import said
from nutrivoice_desktop.nutrition.meal_plan import MEALS, MealSlots
from nutrivoice_desktop.nutrition.profile import ACTIVITY_WORDS, BOUNDS, GOALS, SOURCES, Profile, ProfileError
from nutrivoice_desktop.ui.charts import WeightChart
from nutrivoice_desktop.ui.diary_reads import use_tool
from nutrivoice_desktop.ui.diary_view import meal_label
from nutrivoice_desktop.ui.i18n import shown
from nutrivoice_desktop.ui.lifetime import alive

# shown through QCoreApplication.translate("ProfileDialog", ...) (goal_label); the keys are the stored values
GOAL_WORDS = {"lose": QT_TRANSLATE_NOOP("ProfileDialog", "Lose weight"),
              "keep": QT_TRANSLATE_NOOP("ProfileDialog", "Keep my weight"),
              "gain": QT_TRANSLATE_NOOP("ProfileDialog", "Gain weight")}
# The activity levels as shown: nutrition.profile.ACTIVITY_WORDS capitalised. It lives outside the UI, so its
# words are marked here for lupdate; BodyForm shows ACTIVITY_WORDS itself through translate() with these.
ACTIVITY_LABELS = (QT_TRANSLATE_NOOP("BodyForm", "Sedentary (little or no exercise)"),
                   QT_TRANSLATE_NOOP("BodyForm", "Light (exercise 1-3 days a week)"),
                   QT_TRANSLATE_NOOP("BodyForm", "Moderate (exercise 3-5 days a week)"),
                   QT_TRANSLATE_NOOP("BodyForm", "Active (exercise 6-7 days a week)"),
                   QT_TRANSLATE_NOOP("BodyForm", "Very active (hard daily exercise or a physical job)"))
BODY = ("weight_kg", "height_cm", "age", "sex", "activity")


def goal_label(goal: str) -> str:
    """A goal key ("lose") as the user reads it, in their language."""
    return QCoreApplication.translate("ProfileDialog", GOAL_WORDS[goal])


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
        super().__init__(parent)
        self.setTitle(self.tr("You"))
        form = QFormLayout(self)
        self.weight = _spin("weight_kg", 1, " kg")
        self.height = _spin("height_cm", 0, " cm")
        self.age = QSpinBox()
        self.age.setRange(int(BOUNDS["age"][0]), int(BOUNDS["age"][1]))
        self.age.setSuffix(self.tr(" years"))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Not given"), None)
        self.sex.addItem(self.tr("Female"), "female")
        self.sex.addItem(self.tr("Male"), "male")
        self.sex.setToolTip(self.tr("Used only by the resting-energy formula"))
        self.activity = QComboBox()
        for key, words in ACTIVITY_WORDS.items():
            self.activity.addItem(QCoreApplication.translate("BodyForm", words.capitalize()), key)
        form.addRow(self.tr("Weight"), self.weight)
        form.addRow(self.tr("Height"), self.height)
        form.addRow(self.tr("Age"), self.age)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Activity"), self.activity)
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
        self.setWindowTitle(self.tr("Profile & goals"))
        self.bridge = bridge
        self.loaded: Profile | None = None
        self.loaded_slots: MealSlots | None = None
        self.shown = 0
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        self.body = BodyForm()
        columns.addWidget(self.body)

        goals = QGroupBox(self.tr("Goal and targets"))
        gform = QFormLayout(goals)
        mode = QHBoxLayout()
        self.auto = QRadioButton(self.tr("Computed from me"))
        self.manual = QRadioButton(self.tr("Set by hand"))
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.manual)
        mode.addWidget(self.auto)
        mode.addWidget(self.manual)
        gform.addRow(self.tr("Targets"), mode)
        self.goal = QComboBox()
        for key in GOALS:
            self.goal.addItem(goal_label(key), key)
        self.rate = _spin("rate_kg_week", 2, self.tr(" kg a week"))
        self.rate.setSingleStep(0.05)
        gform.addRow(self.tr("Goal"), self.goal)
        gform.addRow(self.tr("Rate"), self.rate)
        self.split = {name: _spin(f"{name}_pct", 0, " %") for name in ("protein", "carbs", "fat")}
        macro_words = {"protein": self.tr("Protein"), "carbs": self.tr("Carbs"), "fat": self.tr("Fat")}
        split_names = {"protein": self.tr("protein share of energy"), "carbs": self.tr("carbs share of energy"),
                       "fat": self.tr("fat share of energy")}
        split_row = QHBoxLayout()
        for name, spin in self.split.items():
            spin.setAccessibleName(split_names[name])
            split_row.addWidget(QLabel(macro_words[name]))
            split_row.addWidget(spin)
        gform.addRow(self.tr("Macro split"), split_row)
        self.by_hand = {"kcal": _spin("kcal", 0, " kcal"), "protein": _spin("protein", 0, " g"),
                        "carbs": _spin("carbs", 0, " g"), "fat": _spin("fat", 0, " g")}
        hand_names = {"kcal": self.tr("kcal target"), "protein": self.tr("protein target"),
                      "carbs": self.tr("carbs target"), "fat": self.tr("fat target")}
        hand_row = QHBoxLayout()
        for name, spin in self.by_hand.items():
            spin.setAccessibleName(hand_names[name])
            hand_row.addWidget(spin)
        gform.addRow(self.tr("By hand"), hand_row)
        self.explanation = QLabel()
        self.explanation.setObjectName("profileExplanation")
        self.explanation.setWordWrap(True)
        sources = QLabel(self.tr("<small>Sources: {sources}</small>").format(sources=shown(SOURCES)))
        sources.setWordWrap(True)
        columns.addWidget(goals, 1)
        # below both columns, full width: the arithmetic and its sources are read in full, never clipped
        layout.addWidget(self.explanation)
        layout.addWidget(sources)

        plan = QGroupBox(self.tr("Meal plan"))
        grid = QGridLayout(plan)
        for column, title in enumerate((self.tr("<b>Meal</b>"), self.tr("<b>Share of the day</b>"),
                                        self.tr("<b>Usual time</b>"))):
            grid.addWidget(QLabel(title), 0, column)
        share_names = {"breakfast": self.tr("breakfast share of the day"), "lunch": self.tr("lunch share of the day"),
                       "dinner": self.tr("dinner share of the day"), "snacks": self.tr("snacks share of the day")}
        time_names = {"breakfast": self.tr("breakfast usual time"), "lunch": self.tr("lunch usual time"),
                      "dinner": self.tr("dinner usual time"), "snacks": self.tr("snacks usual time")}
        self.meal_rows: dict[str, tuple[QCheckBox, QSpinBox, QTimeEdit]] = {}
        for row, meal in enumerate(MEALS, start=1):
            enabled = QCheckBox(meal_label(meal))
            share = QSpinBox()
            share.setRange(5, 80)
            share.setSuffix(" %")
            share.setAccessibleName(share_names.get(meal, f"{meal} share of the day"))
            when = QTimeEdit()
            when.setDisplayFormat("HH:mm")
            when.setAccessibleName(time_names.get(meal, f"{meal} usual time"))
            grid.addWidget(enabled, row, 0)
            grid.addWidget(share, row, 1)
            grid.addWidget(when, row, 2)
            self.meal_rows[meal] = (enabled, share, when)
        layout.addWidget(plan)

        weights = QGroupBox(self.tr("Weight over time"))
        wlayout = QVBoxLayout(weights)
        self.weight_chart = WeightChart()
        wlayout.addWidget(self.weight_chart)
        weigh = QHBoxLayout()
        self.today_weight = _spin("weight_kg", 1, " kg")
        self.today_weight.setAccessibleName(self.tr("Today's weight"))
        self.weigh_button = QPushButton(self.tr("Log today's weight"))
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
        if alive(self):
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
            self.explanation.setText(shown(self.form_profile().explain()))
            self.save_button.setEnabled(True)
        except ProfileError as exc:
            self.explanation.setText(shown(said(exc)))
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
            self.problem.setText(shown(said(exc)))
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
        self.problem.setText(self.tr("Saved."))

    @asyncSlot()
    async def log_weight(self) -> None:
        if await self._use("log_weight", {"kg": round(self.today_weight.value(), 1)}):
            data = await self.bridge.profile_overview()
            if alive(self):
                self.show_profile(data)

    async def _use(self, tool: str, args: dict) -> bool:
        return await use_tool(self.bridge, tool, args, self.problem, self.tr("Not saved")) is not None
