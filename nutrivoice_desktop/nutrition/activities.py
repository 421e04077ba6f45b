"""Physical activities with MET values from the 2011 Compendium of Physical Activities (Ainsworth et al.),
all 820 rows, read from foods.sqlite (scripts/build_food_db copies them from data_sources/compendium).

kcal = MET x body mass (kg) x hours, where 1 MET ~ 1 kcal/kg/h. The *net* figure subtracts the resting
1 MET already counted in the daily target, so exercise is not credited twice.

Search: a curated alias in one of five languages first ("went for a run", "Radfahren", "योग"), then the
activity inside a sentence ("30 minutes of yoga in the park"), then the Compendium descriptions by shared
words (misspellings within one edit), so that any of the 820 can be found.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nutrivoice_desktop.nutrition.food_index import edit_distance
from nutrivoice_desktop.nutrition.food_text import content_words, key, words

ATTRIBUTION = ("Ainsworth BE et al. 2011 Compendium of Physical Activities: a second update of codes and MET "
               "values. Med Sci Sports Exerc 43(8):1575-1581.")
# Words of a sentence around an activity: amounts of time and verbs of doing it
TIME_WORDS = {"min", "mins", "minute", "minutes", "minuto", "minutos", "minuten", "minut", "h", "hr", "hrs", "hour",
              "hours", "hora", "horas", "stunde", "stunden", "heure", "heures", "ghanta", "ghante", "घंटा", "घंटे",
              "मिनट", "half", "an", "a", "for", "of", "de", "del", "la", "el", "une", "un", "une", "eine", "ein",
              "went", "did", "do", "played", "play", "hice", "jugue", "gespielt", "gemacht", "fait", "joue", "kiya",
              "kia", "ki", "kar", "i", "me", "ich", "je", "j", "yo", "today", "hoy", "heute", "aujourd", "hui",
              "aaj", "आज", "मैंने", "maine", "किया", "की", "और", "and", "y", "und", "et", "aadha", "adha", "आधा",
              "demi", "media", "halbe", "quarter", "some", "about", "around"}
_TIME_STEMS = {key(w) for w in TIME_WORDS}


@dataclass(frozen=True)
class Activity:
    code: str  # Compendium code, 5 digits
    met: float
    description: str  # the Compendium's words
    category: str  # the Compendium's major heading
    name: str | None = None  # a friendly name for the common ones

    @property
    def key(self) -> str:
        return self.code

    @property
    def label(self) -> str:
        return self.name or self.description[:1].upper() + self.description[1:]

    def kcal(self, weight_kg: float, minutes: float, *, net: bool) -> float:
        met = self.met - 1.0 if net else self.met
        return max(0.0, met) * weight_kg * minutes / 60.0


class ActivityTable:
    def __init__(self, activities: list[Activity], aliases: dict[str, str]) -> None:
        self._by_code = {a.code: a for a in activities}
        self._aliases = aliases  # alias key -> code
        self._desc_words = {a.code: set(content_words(words(a.description))) for a in activities}
        self._vocab = {w for ws in self._desc_words.values() for w in ws} | {
            w for k in aliases for w in k.split()}

    @classmethod
    def load(cls, path: Path) -> "ActivityTable":
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            activities = [Activity(*row) for row in db.execute(
                "SELECT code, met, description, category, name FROM activity ORDER BY code")]
            aliases = dict(db.execute("SELECT key, code FROM activity_alias"))
        finally:
            db.close()
        return cls(activities, aliases)

    def __iter__(self):
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Activity:
        return self._by_code[code]

    def lookup(self, query: str) -> tuple[Activity | None, list[str]]:
        """The activity meant, or None and up to five descriptions that come close."""
        if query.strip().isdigit() and query.strip() in self._by_code:
            return self._by_code[query.strip()], []
        stems = [w for w in words(query) if not w.isdigit()]
        phrase = " ".join(stems)
        if phrase in self._aliases:
            return self._by_code[self._aliases[phrase]], []
        core = [w for w in stems if w not in _TIME_STEMS]
        corrected = [w if w in self._vocab else self._near(w) or w for w in core]
        for candidate in (" ".join(core), " ".join(corrected)):
            if candidate in self._aliases:
                return self._by_code[self._aliases[candidate]], []
        # "I went cycling to work": the longest curated alias inside the sentence
        text = f" {' '.join(corrected)} "
        inside = sorted((k for k in self._aliases if f" {k} " in text), key=lambda k: (-len(k.split()), -len(k), k))
        if inside:
            return self._by_code[self._aliases[inside[0]]], []
        # the Compendium's own words: the description sharing the most words, the shorter first
        wanted = set(content_words(corrected)) if corrected else set()
        scored = sorted(((len(wanted & ws) / max(len(wanted), 1) - 0.02 * len(ws - wanted), code)
                         for code, ws in self._desc_words.items() if wanted & ws), reverse=True)
        if scored and scored[0][0] >= 0.99 and (len(scored) == 1 or scored[0][0] - scored[1][0] > 0.0):
            return self._by_code[scored[0][1]], []
        return None, [self._by_code[code].description for _, code in scored[:5]]

    def _near(self, word: str) -> str | None:
        if len(word) < 4:
            return None
        close = sorted(w for w in self._vocab if abs(len(w) - len(word)) <= 1 and edit_distance(w, word) <= 1)
        return close[0] if close else None

