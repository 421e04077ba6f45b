"""Saved meals ("my usual breakfast"): a named list of foods with amounts, stored in the diary and logged
later by name. Names compare like food names (case, accents and articles do not matter)."""

from __future__ import annotations

from nutrivoice_desktop.nutrition.food_text import content_words, words
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import DiaryStore, SavedItem

# "my usual breakfast" and "usual breakfast" are one meal
_POSSESSIVES = {"my", "mi", "mis", "mein", "meine", "meinen", "mon", "ma", "mes", "mera", "meri", "mere", "मेरा", "मेरी"}


def meal_key(name: str) -> str:
    stems = [w for w in words(name) if w not in _POSSESSIVES]
    return " ".join(content_words(stems))


def find(store: DiaryStore, name: str) -> tuple[str, str, list[SavedItem]] | None:
    """(key, name, items) of the saved meal called *name*, or None."""
    meals = store.saved_meals()
    wanted = meal_key(name)
    if wanted in meals:
        return (wanted, *meals[wanted])
    # "breakfast" finds "usual breakfast" when only one saved meal has that word
    inside = [k for k in meals if set(wanted.split()) <= set(k.split())]
    if len(inside) == 1:
        return (inside[0], *meals[inside[0]])
    return None


def totals(foods, items: list[SavedItem]) -> Macros:
    """The macros of *items* from the food database's current rows (the same USDA values as when saved)."""
    return Macros.total(foods.get(item.ref).macros_for(item.grams) for item in items)
