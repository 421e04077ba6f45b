"""Physical activities with MET values from the 2011 Compendium of Physical Activities (Ainsworth et al.),
all 820 rows, read from foods.sqlite (scripts/build_food_db copies them from data_sources/compendium).

kcal = MET x body mass (kg) x hours, where 1 MET ~ 1 kcal/kg/h. The *net* figure subtracts the resting
1 MET already counted in the daily target, so exercise is not credited twice.

Search: a curated alias in one of five languages first ("went for a run", "Radfahren", "योग"), then the
activity inside a sentence ("30 minutes of yoga in the park"), then the Compendium descriptions by shared
words (misspellings within one edit), so that any of the 820 can be found.
"""

from __future__ import annotations

import os
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
    def label(self) -> str:
        return self.name or self.description[:1].upper() + self.description[1:]

    def kcal(self, weight_kg: float, minutes: float, *, net: bool) -> float:
        met = self.met - 1.0 if net else self.met
        return max(0.0, met) * weight_kg * minutes / 60.0


def _one_edit(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1 and edit_distance(a, b) <= 1


def _alike(a: str, b: str, least: int = 4) -> bool:
    """One word in two inflections: equal, one edit apart (five letters or more), or a long shared start,
    also after a German participle's ge- ("couru"/"courir", "trotando"/"trotar", "getanzt"/"tanzen",
    "चलाई"/"चलाना"). *least*: the shared start needed, in letters (Devanagari: 3)."""
    if a == b or _one_edit(a, b):
        return True
    pairs = [(a, b)] + [(x[2:], y) for x, y in ((a, b), (b, a)) if x.startswith("ge") and len(x) > 5]
    for x, y in pairs:
        if x == y:
            return True
        common = len(os.path.commonprefix((x, y)))
        if common >= (least if x.isascii() else 3) and common >= 0.6 * min(len(x), len(y)):
            return True
    return False


class ActivityTable:
    def __init__(self, activities: list[Activity], aliases: dict[str, str]) -> None:
        self._by_code = {a.code: a for a in activities}
        self._aliases = aliases  # alias key -> code
        self._desc_words = {a.code: set(content_words(words(a.description))) for a in activities}
        self._vocab = {w for ws in self._desc_words.values() for w in ws} | {
            w for k in aliases for w in k.split()}
        # each curated name as its words, filler left out ("went for a run" -> went, run)
        self._alias_words = sorted((tuple(w for w in k.split() if w not in _TIME_STEMS) or tuple(k.split()), code)
                                   for k, code in aliases.items())
        self._alias_vocab: dict[str, set[str]] = {}  # first letter -> words of curated names
        for words_, _code in self._alias_words:
            for w in words_:
                self._alias_vocab.setdefault(w[:1], set()).add(w)

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
        core = [w for w in stems if w not in _TIME_STEMS] or stems
        corrected = [w if w in self._vocab else self._near(w) or w for w in core]
        for candidate in (" ".join(core), " ".join(corrected)):
            if candidate in self._aliases:
                return self._by_code[self._aliases[candidate]], []
        # "I went cycling to work", "bin 10 km gelaufen", "45 मिनट साइकिल चलाई": the curated name whose every
        # word is in the sentence, allowing inflections (gelaufen/laufen, couru/courir, चलाई/चलाना); the
        # longest such name wins
        said = set(corrected) | set(core)
        # candidate pairs share a first letter (or a participle's, after ge-): a few hundred, not all 3,000
        pairs = {(w, q) for q in said for first in {q[:1], q[2:3] if q.startswith("ge") else q[:1]}
                 for w in self._alias_vocab.get(first, ())}
        exactly = {w for w, q in pairs if _alike(w, q, least=5)}
        loosely = exactly | {w for w, q in pairs if _alike(w, q)}
        best, best_rank = None, (0, 0)
        for words_, code in self._alias_words:
            # every word of the name in the sentence, at least one of them as said (not only by its start)
            if all(w in loosely for w in words_) and any(w in exactly for w in words_):
                rank = (len(words_), sum(map(len, words_)))
                if rank > best_rank:
                    best, best_rank = code, rank
        if best is not None:
            return self._by_code[best], []
        # the Compendium's own words: the description sharing the most words, the shorter first
        wanted = set(content_words(corrected)) - _TIME_STEMS if corrected else set()
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

