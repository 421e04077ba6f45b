"""The food database: per-100 g macros (USDA FoodData Central, CC0) with portions and multilingual aliases.

Lookup is accent- and case-insensitive, tolerates plurals and small misspellings, and answers
"not found" with the closest names so the assistant can ask "did you mean ...".
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from nutrivoice_desktop.nutrition.macros import Macros

LANGUAGES = ("en", "es", "de", "fr", "hi")
ATTRIBUTION = (
    "U.S. Department of Agriculture, Agricultural Research Service. FoodData Central (CC0). "
    "Rows marked 'estimate' are typical-recipe values without an FDC record."
)


@dataclass(frozen=True)
class Food:
    key: str
    name: str
    category: str
    per_100g: Macros
    fibre: float
    fdc_id: int | None
    source: str
    portions: dict[str, float] = field(default_factory=dict)  # "1 medium" -> grams
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> names

    def macros_for(self, grams: float) -> Macros:
        return self.per_100g.scaled(grams / 100.0)

    def portion_grams(self, portion: str | None) -> tuple[str, float]:
        """Grams in one *portion* ("medium", "1 cup", "slice"); the first listed portion when None."""
        if not self.portions:
            raise KeyError(portion or "portion")
        if portion is None:
            name = next(iter(self.portions))
            return name, self.portions[name]
        wanted = normalize(portion)
        wanted = re.sub(r"^(1|one|a|an|un|une|una|ein|eine|ek)\s+", "", wanted)
        for name, grams in self.portions.items():
            bare = normalize(name)
            bare = re.sub(r"^1\s+", "", bare)
            if wanted in (bare, _singular(bare)) or _singular(wanted) == bare:
                return name, grams
        raise KeyError(portion)


@dataclass(frozen=True)
class LookupResult:
    food: Food | None
    suggestions: tuple[str, ...] = ()


def normalize(text: str) -> str:
    """Lowercase, strip accents and punctuation, collapse spaces: 'Crème  Fraîche!' -> 'creme fraiche'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # ligatures NFKD leaves alone: French "œufs" must match the alias "oeufs"
    text = text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _singular(word: str) -> str:
    for suffix, repl in (("ies", "y"), ("oes", "o"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word


class FoodDatabase:
    def __init__(self, foods: list[Food]) -> None:
        self._foods = {f.key: f for f in foods}
        self._index: dict[str, str] = {}
        for food in foods:
            names = [food.key.replace("_", " "), food.name]
            for words in food.aliases.values():
                names.extend(words)
            for name in names:
                norm = normalize(name)
                # the first food to claim a name keeps it: rows are ordered most-generic first
                self._index.setdefault(norm, food.key)
                self._index.setdefault(_singular(norm), food.key)

    @classmethod
    def load(cls, path: Path) -> "FoodDatabase":
        foods = []
        with path.open(encoding="utf-8", newline="") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                try:
                    foods.append(_parse_row(row))
                except (KeyError, ValueError) as exc:
                    raise ValueError(f"{path.name}:{line}: {exc}") from exc
        return cls(foods)

    def __len__(self) -> int:
        return len(self._foods)

    def __iter__(self):
        return iter(self._foods.values())

    def get(self, key: str) -> Food:
        return self._foods[key]

    def lookup(self, query: str) -> LookupResult:
        norm = normalize(query)
        if not norm:
            return LookupResult(None)
        for candidate in (norm, _singular(norm), " ".join(_singular(w) for w in norm.split())):
            if candidate in self._index:
                return LookupResult(self._foods[self._index[candidate]])
        close = difflib.get_close_matches(norm, self._index.keys(), n=5, cutoff=0.84)
        if close:
            best = self._foods[self._index[close[0]]]
            # accept a near-miss only when it is unambiguous ("bananna" -> banana)
            if all(self._index[c] == best.key for c in close[:2]):
                return LookupResult(best)
        suggestions = difflib.get_close_matches(norm, self._index.keys(), n=8, cutoff=0.6)
        # words of the query that name a food ("grilled salmon fillet" -> salmon)
        contained = [name for name in self._index if len(name) > 3 and f" {name} " in f" {norm} "]
        ordered = []
        for name in sorted(contained, key=len, reverse=True) + suggestions:
            display = self._foods[self._index[name]].name
            if display not in ordered:
                ordered.append(display)
        return LookupResult(None, tuple(ordered[:5]))

    def same_category(self, food: Food) -> list[Food]:
        return [f for f in self._foods.values() if f.category == food.category and f.key != food.key]


def _parse_row(row: dict[str, str]) -> Food:
    per_100g = Macros(
        kcal=float(row["kcal"]), protein=float(row["protein"]), carbs=float(row["carbs"]), fat=float(row["fat"])
    )
    if min(per_100g.as_tuple()) < 0:
        raise ValueError("negative nutrient value")
    portions = {}
    for item in filter(None, row["portions"].split(";")):
        name, grams = item.rsplit("=", 1)
        portions[name.strip()] = float(grams)
    aliases = {
        lang: tuple(a.strip() for a in row[f"aliases_{lang}"].split("|") if a.strip()) for lang in LANGUAGES
    }
    return Food(
        key=row["key"], name=row["name"], category=row["category"], per_100g=per_100g,
        fibre=float(row["fibre"] or 0), fdc_id=int(row["fdc_id"]) if row["fdc_id"] else None,
        source=row["source"], portions=portions, aliases=aliases,
    )
