"""The user's profile and the daily targets derived from it, with the formulas named.

Energy: resting energy by Mifflin-St Jeor (Mifflin MD, St Jeor ST et al., Am J Clin Nutr 1990;51:241-7),
times an activity factor (the usual 1.2-1.9 multipliers for Mifflin-St Jeor), minus or plus the goal's
rate at about 7,700 kcal per kg of body weight. A loss never takes the target below 1,200 kcal (women)
or 1,500 kcal (men), the floors commonly advised without medical supervision.
Macros: shares of the energy at 4 kcal/g protein and carbohydrate, 9 kcal/g fat (Atwater); the default
20/50/30 lies within the Acceptable Macronutrient Distribution Ranges (Institute of Medicine, 2005).

Targets can also be set by hand; then the body data is kept but not used for them. No I/O here: the
diary stores a Profile (store.py) and tools and pages show Profile.explain().
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, Phrase
from nutrivoice_desktop.nutrition.macros import Macros

SEXES = ("female", "male")
ACTIVITY_FACTORS = {"sedentary": 1.2, "light": 1.375, "moderate": 1.55, "active": 1.725, "very_active": 1.9}
ACTIVITY_WORDS = {"sedentary": "sedentary (little or no exercise)", "light": "light (exercise 1-3 days a week)",
                  "moderate": "moderate (exercise 3-5 days a week)", "active": "active (exercise 6-7 days a week)",
                  "very_active": "very active (hard daily exercise or a physical job)"}
GOALS = ("lose", "keep", "gain")
KCAL_PER_KG = 7700.0
MIN_KCAL = {"female": 1200.0, "male": 1500.0}
ATWATER = {"protein": 4.0, "carbs": 4.0, "fat": 9.0}
SOURCES = QT_TRANSLATE_NOOP("Messages", "Mifflin-St Jeor equation (Am J Clin Nutr 1990;51:241-7) × activity "
                                        "factor; about 7,700 kcal per kg for a goal; macro shares within the "
                                        "Acceptable Macronutrient Distribution Ranges (IOM 2005).")
# the activity levels as the explanation names them (the keys stay the data)
ACTIVITY_NAMES = {"sedentary": QT_TRANSLATE_NOOP("Messages", "sedentary"),
                  "light": QT_TRANSLATE_NOOP("Messages", "light"),
                  "moderate": QT_TRANSLATE_NOOP("Messages", "moderate"),
                  "active": QT_TRANSLATE_NOOP("Messages", "active"),
                  "very_active": QT_TRANSLATE_NOOP("Messages", "very active")}

# (lowest, highest) accepted for each number; outside, set() answers in words what the range is
BOUNDS = {"weight_kg": (25.0, 350.0), "height_cm": (100.0, 250.0), "age": (18.0, 100.0),
          "rate_kg_week": (0.1, 1.0), "protein_pct": (5.0, 80.0), "carbs_pct": (5.0, 80.0), "fat_pct": (5.0, 80.0),
          "kcal": (800.0, 6000.0), "protein": (10.0, 500.0), "carbs": (0.0, 900.0), "fat": (10.0, 400.0)}
CHOICES = {"sex": SEXES, "activity": tuple(ACTIVITY_FACTORS), "goal": GOALS, "targets": ("auto", "manual")}
UNITS = {"weight_kg": "kg", "height_cm": "cm", "age": "years", "rate_kg_week": "kg a week", "protein_pct": "%",
         "carbs_pct": "%", "fat_pct": "%", "kcal": "kcal", "protein": "g", "carbs": "g", "fat": "g"}


class ProfileError(ValueError):
    """A value the profile cannot take, in words the user can act on."""


@dataclass(frozen=True)
class Profile:
    weight_kg: float = 70.0
    height_cm: float | None = None
    age: float | None = None
    sex: str | None = None
    activity: str = "light"
    goal: str = "keep"
    rate_kg_week: float = 0.5
    protein_pct: float = 20.0
    carbs_pct: float = 50.0
    fat_pct: float = 30.0
    targets: str = "auto"  # "auto": from the body data when it is complete; "manual": the four below
    kcal: float = 2000.0
    protein: float = 100.0
    carbs: float = 250.0
    fat: float = 67.0

    # -- reading and changing ---------------------------------------------------------------------------
    @classmethod
    def from_values(cls, values: dict[str, Any]) -> "Profile":
        """From stored values; unknown keys (a newer version's) are ignored, bad ones fall back to defaults."""
        known = {f.name for f in fields(cls)}
        profile = cls()
        for key, value in values.items():
            if key in known:
                try:
                    profile = profile.changed(**{key: value})
                except ProfileError:
                    pass
        return profile

    def values(self) -> dict[str, Any]:
        return asdict(self)

    def changed(self, **values: Any) -> "Profile":
        """A copy with *values* set, each checked; raises ProfileError naming the field and its range."""
        known = {f.name for f in fields(self)}
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise ProfileError(f"There is no profile field {key!r}.")
            if value is None and key in ("height_cm", "age", "sex"):
                clean[key] = None
            elif key in CHOICES:
                if value not in CHOICES[key]:
                    raise ProfileError(f"{key} must be one of: {', '.join(CHOICES[key])}.")
                clean[key] = value
            else:
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    raise ProfileError(f"{key} must be a number.") from None
                low, high = BOUNDS[key]
                if not low <= number <= high:
                    raise ProfileError(f"{key} must be between {low:g} and {high:g} {UNITS[key]}.")
                clean[key] = number
        result = replace(self, **clean)
        split = result.protein_pct + result.carbs_pct + result.fat_pct
        if abs(split - 100.0) > 0.5 and {"protein_pct", "carbs_pct", "fat_pct"} & set(clean):
            raise ProfileError(QT_TRANSLATE_NOOP("Messages", "Protein, carbs and fat shares must add up to 100 % (they "
                                                             "add up to {split} %).").format(split=f"{split:g}"))
        return result

    # -- targets ------------------------------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        """Whether the body data for the formula is there (weight always is)."""
        return self.height_cm is not None and self.age is not None and self.sex is not None

    @property
    def computed(self) -> bool:
        return self.targets == "auto" and self.complete

    def resting_kcal(self) -> float:
        assert self.complete
        base = 10.0 * self.weight_kg + 6.25 * self.height_cm - 5.0 * self.age
        return base + (5.0 if self.sex == "male" else -161.0)

    def maintenance_kcal(self) -> float:
        return self.resting_kcal() * ACTIVITY_FACTORS[self.activity]

    def goal_kcal(self) -> float:
        """The daily change for the goal: negative to lose, positive to gain."""
        per_day = self.rate_kg_week * KCAL_PER_KG / 7.0
        return {"lose": -per_day, "keep": 0.0, "gain": per_day}[self.goal]

    def energy(self) -> tuple[float, bool]:
        """(daily kcal, whether the floor raised it)."""
        if not self.computed:
            return self.kcal, False
        kcal = self.maintenance_kcal() + self.goal_kcal()
        floor = MIN_KCAL[self.sex]
        return (floor, True) if kcal < floor else (kcal, False)

    def target(self) -> Macros:
        if not self.computed:
            return Macros(self.kcal, self.protein, self.carbs, self.fat)
        kcal, _ = self.energy()
        return Macros(kcal, kcal * self.protein_pct / 100 / ATWATER["protein"],
                      kcal * self.carbs_pct / 100 / ATWATER["carbs"], kcal * self.fat_pct / 100 / ATWATER["fat"])

    def explain(self) -> str:
        """How the target was reached, in words (the Profile page and the set_goal tool say it): a phrase
        (core/wording.py), so the page shows it in the window's language."""
        t = self.target()
        macros = QT_TRANSLATE_NOOP("Messages", "protein {protein} g, carbs {carbs} g, fat {fat} g").format(
            protein=f"{t.protein:.0f}", carbs=f"{t.carbs:.0f}", fat=f"{t.fat:.0f}")
        if self.targets == "manual":
            return QT_TRANSLATE_NOOP("Messages", "Set by hand: {kcal} kcal; {macros}.").format(
                kcal=f"{t.kcal:.0f}", macros=macros)
        if not self.complete:
            missing = [w for w, v in ((QT_TRANSLATE_NOOP("Messages", "height"), self.height_cm),
                                      (QT_TRANSLATE_NOOP("Messages", "age"), self.age),
                                      (QT_TRANSLATE_NOOP("Messages", "sex"), self.sex)) if v is None]
            return QT_TRANSLATE_NOOP("Messages", "{kcal} kcal; {macros} (defaults: add your {missing} to compute "
                                                 "targets from your body).").format(
                kcal=f"{t.kcal:.0f}", macros=macros,
                missing=Phrase(", ".join(f"{{m{i}}}" for i in range(len(missing))),
                               {f"m{i}": word for i, word in enumerate(missing)}))
        kcal, floored = self.energy()
        goal = {"lose": QT_TRANSLATE_NOOP("Messages", " − {kcal} to lose {rate} kg a week"),
                "keep": QT_TRANSLATE_NOOP("Messages", " to keep your weight"),
                "gain": QT_TRANSLATE_NOOP("Messages", " + {kcal} to gain {rate} kg a week")}[self.goal].format(
            kcal=f"{abs(self.goal_kcal()):.0f}", rate=f"{self.rate_kg_week:g}")
        floor = QT_TRANSLATE_NOOP("Messages", " (raised to the {floor} kcal floor)").format(
            floor=f"{MIN_KCAL[self.sex]:.0f}") if floored else ""
        return QT_TRANSLATE_NOOP("Messages", "Resting {resting} kcal (Mifflin-St Jeor) × {factor} ({activity}){goal} "
                                             "= {kcal} kcal{floor}; {macros} ({protein} / {carbs} / {fat} % of "
                                             "energy).").format(
            resting=f"{self.resting_kcal():.0f}", factor=f"{ACTIVITY_FACTORS[self.activity]:g}",
            activity=ACTIVITY_NAMES[self.activity], goal=goal, kcal=f"{kcal:.0f}", floor=floor, macros=macros,
            protein=f"{self.protein_pct:g}", carbs=f"{self.carbs_pct:g}", fat=f"{self.fat_pct:g}")
