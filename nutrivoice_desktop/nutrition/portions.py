"""Amounts in words -> grams: "2 large", "1 cup", "a slice", "a bowl", "half a plate", "250 ml".

Order of trust: USDA's own household measure for the food ("1 cup, chopped = 125 g"); then, for a
volume word without such a measure ("a glass", "a katori"), the container's volume (data_sources/servings/
containers.csv, each with its basis) at the food's own density from a USDA cup or spoon measure, or at
1 g/ml for drinks; then the FNDDS default serving. What cannot be answered this way is refused with the
portions the food does have, so the assistant asks for grams instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nutrivoice_desktop.nutrition.food_db import Food, FoodDatabase, Portion
from nutrivoice_desktop.nutrition.food_text import SIZE_WORDS, normalize, portion_word, stem

CUP_ML = 240.0  # the cup of US nutrition labelling, 21 CFR 101.9(b)(5)(viii)
VOLUME_ML = {"cup": CUP_ML, "tbsp": 15.0, "tsp": 5.0, "fl oz": 29.5735, "pint": 473.176, "quart": 946.353}
# When nothing more specific is said, the portion a person most likely means: the first label that holds one
# of these words, in this order; else USDA's first.
DEFAULT_ORDER = ("medium", "serving", "can", "bottle", "slice", "piece", "large", "cup", "small")
# Drinks: volumes convert at 1 g/ml when USDA gives no cup measure (water is 1.000; milk 1.03, juice 1.04,
# beer 1.01: within the precision of "a glass").
DRINK_CATEGORIES = ("Beverages",)
DRINK_WORDS = ("beverage", "juice", "coffee", "tea", "water", "milk", "beer", "wine", "soda", "drink", "smoothie",
               "liquor", "spirits", "lassi", "shake", "cola")


class PortionUnknown(Exception):
    def __init__(self, food: Food, said: str) -> None:
        self.food, self.said = food, said
        known = "; ".join(p.label for p in food.portions) or "none"
        super().__init__(f"{food.name} has no portion {said!r}; known portions: {known}. Or give grams.")


@dataclass(frozen=True)
class Amount:
    grams: float
    text: str  # how to say it back: "1 medium (182 g)", "2 × 1 slice (64 g)", "1 glass (240 ml, 247 g)"


def _label_words(label: str) -> list[str]:
    return [stem(w) for w in normalize(label).split()]


def _count(label: str) -> float:
    """The leading count of a USDA label: "10 fries" -> 10, "1/2 cup" -> 0.5, "cup" -> 1."""
    m = re.match(r"\s*(\d+(?:\.\d+)?)(?:\s*/\s*(\d+))?", label)
    if not m:
        return 1.0
    value = float(m.group(1))
    return value / float(m.group(2)) if m.group(2) else value


def _find(food: Food, unit: str) -> Portion | None:
    """The first USDA measure whose label holds *unit* ("cup" matches "1 cup, chopped")."""
    wanted = [stem(w) for w in normalize(unit).split()]
    for portion in food.portions:
        label = _label_words(portion.label.split("(")[0]) or _label_words(portion.label)
        if all(w in label for w in wanted):
            return portion
    return None


def default_portion(food: Food) -> Portion | None:
    for word in DEFAULT_ORDER:
        portion = _find(food, word)
        if portion is not None:
            return portion
    return food.portions[0] if food.portions else None


def _density(food: Food) -> float | None:
    """Grams per millilitre from the food's own USDA volume measure, or 1.0 for a drink without one."""
    for unit, ml in VOLUME_ML.items():
        portion = _find(food, unit)
        if portion is not None:
            return portion.grams / _count(portion.label) / ml
    for portion in food.portions:
        if portion.millilitres:
            return portion.grams / portion.millilitres
        # a serving measured in cups in words: "1 serving (about 1 cup)", "1 serving (1/2 cup)"
        about = re.search(r"\((?:about )?(\d+(?:\.\d+)?(?:/\d+)?) cups?\b", portion.label)
        if about:
            return portion.grams / (_count(about.group(1)) * CUP_ML)
    description = food.description.lower()
    if food.category in DRINK_CATEGORIES or any(w in description.split(",")[0] for w in DRINK_WORDS):
        return 1.0
    return None


def _english(word: str) -> str:
    """A portion word in any of the five languages as USDA's English ("Scheibe" -> "slice")."""
    bare = _bare(word)
    return portion_word(bare) or bare


def resolve(foods: FoodDatabase, food: Food, quantity: float | None, portion: str | None) -> Amount:
    """Grams in *quantity* × *portion* of *food* (quantity 1 and the usual portion when not said)."""
    count = 1.0 if quantity is None else float(quantity)
    if portion is None:
        chosen = default_portion(food)
        if chosen is None:
            raise PortionUnknown(food, "portion")
        return _amount(count, chosen.label, chosen.grams / _count(chosen.label) if _count(chosen.label) > 1
                       else chosen.grams)
    unit = _english(portion)
    if unit in ("g", "gram", "grams"):
        return Amount(count, f"{count:g} g")
    size, _, container = unit.partition(" ")
    if container and size in SIZE_WORDS and _find(food, unit) is None:
        # "a large glass": USDA measures no large glass of milk, and how much larger is a guess; the glass it
        # does measure (or the container's volume) is the amount, and its text says "1 glass"
        return resolve(foods, food, quantity, container)
    found = _find(food, unit)
    if found is None and unit in ("serving", "portion", "helping"):
        found = default_portion(food)
    if found is not None:
        per = found.grams / _count(found.label) if _count(found.label) not in (0, 1) else found.grams
        return _amount(count, found.label if _count(found.label) in (0, 1) else f"1 {unit}", per)
    # a container word: its own row first ("katori" is a smaller bowl than "bowl"), then its English unit
    container = foods.container(_bare(portion)) or foods.container(unit)
    ml = VOLUME_ML.get(unit)
    if container is not None:
        ml_row, grams, _basis = container
        if grams:
            return _amount(count, f"1 {_bare(portion)}", grams)
        ml = ml_row or ml
    if ml:
        density = _density(food)
        if density is not None:
            per = ml * density
            return Amount(count * per, f"{_times(count)}1 {_bare(portion)} ({count * ml:g} ml, {count * per:.0f} g)")
        serving = default_portion(food)
        if unit == "plate" and serving is not None and serving.basis.startswith("default serving"):
            # a plate of a dish not measured by the cup: two default servings (docs/SERVINGS.md)
            return _amount(count, "1 plate", 2 * serving.grams)
    raise PortionUnknown(food, portion)


def _bare(word: str) -> str:
    return re.sub(r"^(1|one|a|an|un|une|una|ein|eine|ek)\s+", "", normalize(word))


def _times(count: float) -> str:
    return "" if count == 1 else f"{count:g} × "


def _amount(count: float, label: str, per: float) -> Amount:
    # USDA's detail in brackets ('1 medium (3" dia)') is for the model's candidates, not for saying back
    label = re.sub(r"\s*\([^)]*\)", "", label).strip() or label
    grams = count * per
    return Amount(grams, f"{_times(count)}{label} ({grams:.0f} g)")
