"""Macros: energy plus the three macronutrients, as one small value type."""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = ("kcal", "protein", "carbs", "fat")


@dataclass(frozen=True)
class Macros:
    kcal: float = 0.0
    protein: float = 0.0
    carbs: float = 0.0
    fat: float = 0.0

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.kcal, self.protein, self.carbs, self.fat)

    def as_dict(self, digits: int = 1) -> dict[str, float]:
        return {k: round(v, digits) for k, v in zip(FIELDS, self.as_tuple())}

    @classmethod
    def from_tuple(cls, values) -> "Macros":
        return cls(*values)

    def scaled(self, factor: float) -> "Macros":
        return Macros(*(v * factor for v in self.as_tuple()))

    def __add__(self, other: "Macros") -> "Macros":
        return Macros(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple())))

    def __sub__(self, other: "Macros") -> "Macros":
        return Macros(*(a - b for a, b in zip(self.as_tuple(), other.as_tuple())))

    @staticmethod
    def total(items) -> "Macros":
        result = Macros()
        for item in items:
            result = result + item
        return result
