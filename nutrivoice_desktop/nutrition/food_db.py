"""The food database: USDA SR Legacy and FNDDS 2019-2020 foods, built into resources/data/foods.sqlite by
scripts/build_food_db (docs/FOOD_DATA.md). Every value here is a copy of a USDA row; ``Food.source_label``
names it ("USDA FDC 173944", "USDA FNDDS 58145110").

The file is opened read-only and queried per lookup (nothing is loaded up front: start-up and memory stay
small); one connection serves the event loop and the tool threads under a lock.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from nutrivoice_desktop.nutrition.food_index import FoodIndex, Search
from nutrivoice_desktop.nutrition.macros import Macros

FORMAT = 1  # scripts/build_food_db's FORMAT this code reads
ATTRIBUTION = ("U.S. Department of Agriculture, Agricultural Research Service. FoodData Central "
               "(SR Legacy, FNDDS 2019-2020), fdc.nal.usda.gov. Public domain (CC0 1.0).")
# "fdc:171688", "FDC 171688", "fndds:58145110", or the bare number (FNDDS food codes have 8 digits, FDC ids 6)
REF = re.compile(r"^(?:(?:usda\s+)?(fdc|fndds)[:\s]*)?(\d{5,8})$", re.IGNORECASE)


class FoodDataMissing(Exception):
    """foods.sqlite is absent or from another build: the app cannot look anything up."""


@dataclass(frozen=True)
class Portion:
    label: str  # USDA's words: "1 cup, chopped", "1 medium (7\" to 7-7/8\" long)"
    grams: float
    millilitres: float | None
    basis: str  # "USDA SR Legacy household measure" or "default serving: FDA RACC ..."


@dataclass(frozen=True)
class Food:
    ref: str  # "fdc:171688" or "fndds:58145110": what the diary stores and the tools accept
    source: str  # "sr_legacy" or "fndds"
    source_id: int
    description: str  # USDA's own description
    name: str  # a friendly name for the common foods, else USDA's description
    category: str  # SR Legacy food group or WWEIA category
    per_100g: Macros
    fibre: float | None
    sugars: float | None
    sodium_mg: float | None
    portions: tuple[Portion, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # language -> friendly name

    @property
    def source_label(self) -> str:
        return f"USDA FDC {self.source_id}" if self.source == "sr_legacy" else f"USDA FNDDS {self.source_id}"

    def macros_for(self, grams: float) -> Macros:
        return self.per_100g.scaled(grams / 100.0)

    def per_100g_dict(self) -> dict[str, float | None]:
        return {**self.per_100g.as_dict(), "fibre_g": self.fibre, "sugars_g": self.sugars, "sodium_mg": self.sodium_mg}


@dataclass(frozen=True)
class Found:
    """A search answered: foods best first, whether the first is clearly meant, and the amount said."""
    foods: tuple[Food, ...]
    search: Search
    sure: bool

    @property
    def best(self) -> Food | None:
        return self.foods[0] if self.foods else None


class FoodDatabase:
    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FoodDataMissing(f"{path} is missing: run scripts/build_food_db (bootstrap does)")
        # immutable: no locks, no journal, no writes; the file is part of the installation
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        try:
            found = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise FoodDataMissing(f"{path} is not a food database ({exc}): run scripts/build_food_db") from None
        if found.get("format") != str(FORMAT):
            raise FoodDataMissing(f"{path} has format {found.get('format')}, this version reads {FORMAT}: "
                                  "run scripts/build_food_db")
        self.meta = found
        self._index = FoodIndex(self._db)
        self._cache: dict[str, Food] = {}

    @classmethod
    def load(cls, path: Path) -> "FoodDatabase":
        return cls(path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __len__(self) -> int:
        return int(self.meta["foods"])

    def get(self, ref: str) -> Food:
        """The food with this id ("fdc:171688", "FDC 171688", "fndds:58145110"); KeyError if none."""
        with self._lock:
            return self._get(_canonical(ref))

    def search(self, phrase: str, limit: int = 5) -> Found:
        with self._lock:
            search = self._index.search(phrase, limit)
            foods = tuple(self._get(h.ref) for h in search.hits)
        hits = search.hits
        # a compound taken apart ("Lachsbrötchen": salmon, roll) is a reading of the word, never sure enough to
        # log unasked
        sure = bool(hits) and (hits[0].exact or (not search.split and hits[0].covered and (
            len(hits) == 1 or not hits[1].covered or hits[0].score - hits[1].score >= 0.5)))
        return Found(foods, search, sure)

    def legacy_keys(self) -> dict[str, tuple[str | None, str]]:
        """The old hand-typed table's food keys -> (the real id the audit found, or None; the old name)."""
        with self._lock:
            return {key: (ref, name) for key, ref, name in self._db.execute("SELECT key, ref, name FROM legacy_key")}

    def similar(self, food: Food, limit: int = 60) -> list[Food]:
        """Other foods of the same category, the common (curated) ones first: swap candidates."""
        with self._lock:
            refs = [r[0] for r in self._db.execute(
                "SELECT ref FROM food WHERE category = ? AND ref != ? ORDER BY prior DESC, length(description), ref "
                "LIMIT ?", (food.category, food.ref, limit))]
            return [self._get(ref) for ref in refs]

    def container(self, word: str) -> tuple[float | None, float | None, str] | None:
        """(millilitres, grams, basis) of a container word with no USDA measure ("glass", "katori")."""
        with self._lock:
            row = self._db.execute("SELECT millilitres, grams, basis FROM container WHERE word = ?", (word,)).fetchone()
        return tuple(row) if row else None

    def _get(self, ref: str) -> Food:
        food = self._cache.get(ref)
        if food is not None:
            return food
        row = self._db.execute(
            "SELECT ref, source, source_id, description, name, category, kcal, protein, carbs, fat, fibre, sugars, "
            "sodium FROM food WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            raise KeyError(ref)
        portions = tuple(Portion(*p) for p in self._db.execute(
            "SELECT label, grams, millilitres, basis FROM portion WHERE ref = ? ORDER BY position", (ref,)))
        names = dict(self._db.execute("SELECT lang, name FROM food_name WHERE ref = ?", (ref,)).fetchall())
        food = Food(ref=row[0], source=row[1], source_id=row[2], description=row[3], name=row[4], category=row[5],
                    per_100g=Macros(kcal=row[6], protein=row[7], carbs=row[8], fat=row[9]), fibre=row[10],
                    sugars=row[11], sodium_mg=row[12], portions=portions, names=names)
        if len(self._cache) > 2000:  # bounded: a long session looks up far fewer foods than this
            self._cache.clear()
        self._cache[ref] = food
        return food


def looks_like_ref(text: str) -> bool:
    return REF.match(text.strip()) is not None


def _canonical(ref: str) -> str:
    m = REF.match(ref.strip())
    if m is None:
        raise KeyError(ref)
    source = (m.group(1) or ("fndds" if len(m.group(2)) == 8 else "fdc")).lower()
    return f"{source}:{int(m.group(2))}"
