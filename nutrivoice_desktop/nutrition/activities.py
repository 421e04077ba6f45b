"""Physical activities with MET values from the Compendium of Physical Activities (Ainsworth et al., 2011).

kcal = MET x body mass (kg) x hours, where 1 MET ~ 1 kcal/kg/h. The *net* figure subtracts the resting
1 MET already counted in the daily target, so exercise is not credited twice.
"""

from __future__ import annotations

import csv
import difflib
from dataclasses import dataclass
from pathlib import Path

from nutrivoice_desktop.nutrition.foods import LANGUAGES, normalize


@dataclass(frozen=True)
class Activity:
    key: str
    code: str
    met: float
    description: str
    aliases: tuple[str, ...]

    def kcal(self, weight_kg: float, minutes: float, *, net: bool) -> float:
        met = self.met - 1.0 if net else self.met
        return max(0.0, met) * weight_kg * minutes / 60.0


class ActivityTable:
    def __init__(self, activities: list[Activity]) -> None:
        self._by_key = {a.key: a for a in activities}
        self._index: dict[str, str] = {}
        for a in activities:
            for name in (a.key.replace("_", " "), *a.aliases):
                self._index.setdefault(normalize(name), a.key)

    @classmethod
    def load(cls, path: Path) -> "ActivityTable":
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        activities = []
        for row in rows:
            aliases = tuple(a.strip() for lang in LANGUAGES for a in row[f"aliases_{lang}"].split("|") if a.strip())
            activities.append(Activity(row["key"], row["code"], float(row["met"]), row["description"], aliases))
        return cls(activities)

    def __iter__(self):
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def lookup(self, query: str) -> tuple[Activity | None, list[str]]:
        norm = normalize(query)
        if norm in self._index:
            return self._by_key[self._index[norm]], []
        close = difflib.get_close_matches(norm, self._index, n=4, cutoff=0.75)
        if close and len({self._index[c] for c in close[:2]}) == 1:
            return self._by_key[self._index[close[0]]], []
        # "30 minutes of running in the park" -> the longest known name inside the query
        inside = sorted((n for n in self._index if len(n) > 3 and f" {n} " in f" {norm} "), key=len, reverse=True)
        if inside:
            return self._by_key[self._index[inside[0]]], []
        hints = difflib.get_close_matches(norm, self._index, n=5, cutoff=0.5)
        return None, sorted({self._by_key[self._index[h]].description for h in hints})
