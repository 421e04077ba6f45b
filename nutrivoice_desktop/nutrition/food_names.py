"""Short everyday names for foods on cards ("Cheese pizza"), the USDA row kept for hovering.

A curated food has a name of its own (data_sources/aliases → ``Food.name``). Any other food is named from
USDA's description, which reads "Food, kind, details": "Pizza, cheese, from restaurant or fast food, medium
crust". The rule:

1. Brand notes in parentheses are left out: "Graham crackers (Teddy Grahams)" → "Graham crackers".
2. Brands in capitals are left out ("McDONALD'S, Hamburger" → "Hamburger", "DIGIORNO Pizza, cheese
   topping" → "Pizza, cheese topping"), and so is a leading food group when more follows ("Beverages, tea,
   green" → "tea, green").
3. The name stops at the first detail: how it is prepared or sold ("cooked", "with salt", "from fast
   food", "NS as to fat"), a cut's trim or grade ("separable lean only", "choice"), a number. Of what is
   left, the food and at most one kind are kept.
4. The kind goes first ("Pizza, cheese" → "Cheese pizza", "Rice, brown" → "Brown rice"), except where it
   is a part (meats, eggs: "Beef, brisket", "Egg, white" stay as they are); a kind that already names the
   food stands alone ("Salad dressing, ranch dressing" → "Ranch dressing"); a food of more than two words
   is a dish's name already and takes no kind.

Foods named alike in one list are told apart by their first differing USDA segment: "Pumpkin (raw)",
"Pumpkin (cooked)". The card shows the short name; hovering it shows USDA's description and id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from nutrivoice_desktop.nutrition.food_db import Food

GROUPS = {"alcoholic beverage", "alcoholic beverages", "babyfood", "beverages", "candies", "cereals",
          "cereals ready-to-eat", "crustaceans", "fast foods", "fish", "mollusks", "nuts", "seeds", "snacks",
          "spices"}
# foods whose kind is a part, not a sort: "Beef, brisket", "Egg, white" (a white egg is another thing)
PARTS_FIRST = {"beef", "bison", "chicken", "duck", "egg", "elk", "emu", "game meat", "goose", "lamb", "ostrich",
               "pork", "rabbit", "turkey", "veal", "venison"}
# First words of a segment that tells how a food is prepared, sold or cut rather than what it is. Not "dry",
# "dried", "frozen" or "canned": dry milk, dried apricots and frozen concentrate are other foods to the eater.
DETAILS = {
    "all", "as", "baked", "boiled", "bone-in", "boneless", "braised", "broiled", "broilers", "choice",
    "commercial", "commercially", "composite", "cooked", "cured", "drained", "enriched", "for", "fortified",
    "fresh", "fried", "from", "grilled", "heated", "home-prepared", "immature", "imported", "in", "includes",
    "low", "made", "mature", "meat", "microwaved", "no", "not", "ns", "on", "pan-fried", "plain",
    "prepared", "prime", "raw", "ready-to-drink", "ready-to-eat", "ready-to-heat", "ready-to-serve", "reduced",
    "regular", "roasted", "salted", "select", "separable", "simmered", "solids", "steamed", "stewed",
    "sweetened", "toasted", "trimmed", "unenriched", "unheated", "unprepared", "unsalted", "unsweetened",
    "whole", "with", "without",
}
STYLES = {"based", "style", "type"}  # last words of a segment that says how it is made: "Puerto Rican style"
MAX_KIND_WORDS = 3  # a longer kind is a description, not a name: the food alone is kept
MAX_FOOD_WORDS = 2  # a longer food is a dish's name already ("Turkey with gravy"): it takes no kind
BRAND = re.compile(r"[A-Z]{3,}")  # "KRAFT", "McDONALD'S" (and "NFS", which says nothing either)
PARENTHESES = re.compile(r"\([^)]*\)")


def short_name(food: Food) -> str:
    """The food's everyday name: its curated name, else one made from USDA's description (module docstring)."""
    if food.name != food.description:
        return food.name
    return name_from_description(food.description)


def name_from_description(description: str) -> str:
    parts = [p for p in (_unbranded(s) for s in _segments(description)) if p] or _segments(description)
    while len(parts) > 1 and parts[0].lower() in GROUPS and not _is_detail(parts[1]):
        parts = parts[1:]
    kept = [parts[0]]
    for part in parts[1:2]:
        if len(parts[0].split()) <= MAX_FOOD_WORDS and not _is_detail(part) and len(part.split()) <= MAX_KIND_WORDS:
            kept.append(part)
    return _capitalised(_joined(kept))


def short_names(foods: Iterable[Food]) -> list[str]:
    """Short names of *foods*, shown together: names that would look the same get their first differing
    USDA segment in parentheses, so that candidates stay tellable apart without hovering."""
    foods = list(foods)
    names = [short_name(f) for f in foods]
    alike: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        alike[name].append(i)
    for name, indices in alike.items():
        if len(indices) > 1:
            for i, detail in zip(indices, _differences(name, [foods[i].description for i in indices])):
                if detail:
                    names[i] = f"{name} ({detail})"
    return names


def hover_text(food: Food) -> str:
    """What hovering a food's name shows: USDA's own words and the row's id."""
    return f"{food.description}\n{food.source_label}"


def food_notes(foods: Iterable[Food], names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """``Card.notes`` for foods shown under *names*: each name → USDA's description and id."""
    return tuple((name, hover_text(food)) for food, name in zip(foods, names))


def _segments(description: str) -> list[str]:
    parts = [p.strip() for p in PARENTHESES.sub("", description).split(",")]
    return [p for p in parts if p] or [description]


def _unbranded(part: str) -> str:
    return " ".join(word for word in part.split() if not BRAND.search(word))


def _is_detail(part: str) -> bool:
    words = part.lower().split()
    return words[0] in DETAILS or words[-1] in STYLES or any(c.isdigit() for c in part)


def _joined(kept: list[str]) -> str:
    if len(kept) == 1:
        return kept[0]
    food, kind = kept
    if food.lower() in PARTS_FIRST:
        return f"{food}, {kind}"
    if food.split()[-1].lower() in kind.lower().split():
        return kind
    return f"{kind} {food[0].lower()}{food[1:]}"


def _capitalised(name: str) -> str:
    return name[0].upper() + name[1:] if name else name


def _differences(name: str, descriptions: list[str]) -> list[str]:
    """For each description, its first segment that not all the others share and *name* does not say
    already ("" when none)."""
    split = [[p for p in (_unbranded(s) for s in _segments(d)) if p] for d in descriptions]
    shared = set.intersection(*(set(s) for s in split))
    return [next((p for p in s if p not in shared and p.lower() not in name.lower()), "") for s in split]
