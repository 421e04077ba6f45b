"""Ranked food search over foods.sqlite: what the user said -> the foods they most likely mean.

1. The whole phrase, then the phrase without its leading amount ("a glass of"), is looked up among the
   curated aliases (five languages): an exact alias is the answer people expect ("an apple" -> raw apple
   with skin, not "Apples, dried").
2. Otherwise each content word retrieves candidates from an FTS5 index over aliases and USDA descriptions:
   as said, or the known word it was meant as (spelled by ear: "poyo", "quesadiya"; one edit: "brocoli"),
   or the compound it is half of ("Hähnchen Brust"), or the two words it is made of ("Spinatlasagne").
   Each candidate is scored in Python: how much of the phrase its best alias or its description covers,
   how much of the description is left unsaid (fewer extra words = the plain form; an alternative USDA
   names beside "or" is not unsaid), and a prior (curated common foods up, baby food and brands down).

Words are stored in FTS as ASCII tokens (``fts_token``): SQLite 3.40's unicode61 tokenizer splits
Devanagari at its vowel signs, so a Hindi word is stored as the hex of its UTF-8.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
from dataclasses import dataclass, field

from nutrivoice_desktop.nutrition.food_text import (
    COOKED_STEMS, RAW_STEMS, SIZE_WORDS, Amount, content_words, key, language_cue, normalize, split_amount, stem,
    without_count, words,
)

CANDIDATES = 100  # rows holding every word rescored per search: the best of them are well inside this
CANDIDATES_ANY = 60  # rows holding some of the words (the rarest first) rescored when too few hold all
RETRIEVE_BY = 4  # words (the rarest) that retrieve candidates when no food holds every word
COMMON_DF = 1500  # a word in more foods than this ("raw", "cooked") does not retrieve on its own
EXACT_ALIAS = 10.0  # score of a phrase that is exactly a curated alias
# Penalty per unsaid description word by the comma-separated part it is in: first part, second, the rest
_SEGMENT_WEIGHTS = (0.6, 0.3, 0.12)
PLURAL_ENDINGS = ("", "s", "x", "es")  # a name said as its plural still is spelled as said ("pommes", "gâteaux")
UNMARKED = {"nfs", "ns"}  # "not further specified": USDA's generic form, nothing the user left out
# "with" in the five languages: what follows it goes with the food ("pork roast with gravy")
WITH_WORDS = frozenset(("with", "mit", "con", "avec", "saath", "sath", "साथ"))
COOKED, RAW = "cooked", "raw"
# USDA's words for how a cooked food was cooked: not "unsaid" when the user said it was cooked
COOKING_TERMS = frozenset({"cook", "boil", "steam", "drain", "moist", "heat", "prepar", "microwav", "poach", "bak",
                           "roast", "grill", "broil"})


def fts_token(word: str) -> str:
    """*word* as one FTS token: ASCII letters and digits as they are, anything else ("चावल", "3.25") as hex."""
    return word if word.isascii() and word.isalnum() else "u" + word.encode().hex()


# Letters people write for the same sound: Spanish "y"/"ll", "w"/"gu" ("wacamole"), "b"/"v", "s"/"z"/"c";
# German "ae" for "ä" (already "a" once accents are off); romanised Hindi's long vowels written double or single
_SOUND_ALIKE = (("y", "ll"), ("ll", "y"), ("w", "gu"), ("b", "v"), ("v", "b"), ("s", "z"), ("z", "s"), ("c", "s"),
                ("s", "c"), ("k", "c"), ("c", "k"), ("ae", "a"), ("oe", "o"), ("ue", "u"), ("aa", "a"), ("ee", "i"),
                ("i", "ee"), ("oo", "u"), ("u", "oo"), ("w", "v"), ("v", "w"), ("ph", "f"), ("f", "ph"), ("i", "y"),
                ("y", "i"))


def sound_alikes(word: str) -> set[str]:
    """*word* with one of its letters written as another that sounds the same ("poyo" -> "pollo")."""
    out = {"h" + word} if word[:1] in "aeiou" else set()  # a silent h left out: "uevos", "elado", "arina"
    # a letter said once written twice: "Dönner" is a Döner, not a dinner one edit away
    out |= {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1] and word[i].isalpha()}
    for said, meant in _SOUND_ALIKE:
        start = word.find(said)
        while start != -1:
            out.add(word[:start] + meant + word[start + len(said):])
            start = word.find(said, start + 1)
    out.discard(word)
    return out


def deletes(word: str) -> set[str]:
    """The word with one character removed, each way (symmetric-delete spelling correction)."""
    if len(word) < 4:
        return set()
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance; "chciken" is one edit from "chicken"."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@dataclass(frozen=True)
class Hit:
    ref: str
    score: float
    exact: bool  # the phrase is one of the food's curated names
    covered: bool  # every content word of the phrase is in its name or description


@dataclass(frozen=True)
class Search:
    hits: tuple[Hit, ...]
    amount: Amount  # the amount said before the food ("two", "a glass of")
    corrected: dict[str, str]  # misspelt word -> the word searched instead
    split: dict[str, str] = field(default_factory=dict)  # unknown compound -> the two words searched instead


class FoodIndex:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._dfs: dict[str, int | None] = {}
        self._total = db.execute("SELECT count(*) FROM food").fetchone()[0]

    def search(self, phrase: str, limit: int = 5) -> Search:
        amount, rest = split_amount(phrase)
        spelled = {normalize(phrase), rest}
        # the phrase as said, then without its amount, then without filler words: "un vaso de leche"
        # ... and before those, without its count only: "un petit pain" is the name "petit pain" (a roll)
        named = without_count(phrase)
        cue = language_cue(phrase)
        exact = self._exact([key(phrase), key(named)], spelled | {named}, cue)
        if not exact or amount.unit in SIZE_WORDS:
            by_rest = self._exact([key(rest), " ".join(content_words(words(rest)))] if rest else [], spelled, cue)
            if exact and by_rest[:1] != exact[:1]:
                # the size word is part of the name ("petit pain" is not a small "pain"), not an amount
                amount = Amount(amount.quantity, None, amount.grams, amount.millilitres)
            exact = exact or by_rest
        corrected: dict[str, str] = {}
        modifiers: set[str] = set()  # first parts of compounds split below: they say what kind, not what
        split: dict[str, str] = {}
        query_words = []  # words some food holds, as said or corrected; words no food holds are left out
        tokens = normalize(rest or phrase).split()
        said_words = [stem(w) for w in tokens]
        surface = dict(zip(said_words, tokens))  # each word as spelled: a name is told apart from a look-alike
        said = content_words(said_words)
        state = COOKED if COOKED_STEMS & set(said) else RAW if RAW_STEMS & set(said) else None
        said = self._compounds(said, surface)
        for w in said:
            if self._known(w):
                query_words.append(w)
            elif (near := self._near(w, surface.get(w, w))) is not None:
                corrected[w] = near
                query_words.append(near)
            elif len(parts := self._split(w, surface)) == 2:  # a compound of two known words, not a misspelling
                query_words.extend(parts)
                modifiers.add(parts[0])  # "Bananenjoghurt" is a yogurt: the last part is what it is
                split[w] = " ".join(parts)
        hits: dict[str, Hit] = {}
        if exact:
            # several foods named exactly so: the first is preferred, sure only when the spelling decides
            sure = len(exact) == 1 or _spelled_apart(self._db, exact, spelled)
            for i, ref in enumerate(exact):
                hits[ref] = Hit(ref, EXACT_ALIAS - 0.5 * i, i == 0 and sure, True)
        elif query_words and (corrected or len(query_words) < len(said)):
            # "une omelette nature", "chiken curry": the curated name of what is left after dropping the words
            # no food holds and correcting the misspelt ones; likely, but not certain enough to log unasked
            said_fixed = [corrected.get(w, w) for w in said_words]
            fixed = [w for w in said_fixed if self._known(w)]
            # with its small words as said first: "une omlette au fromage" is the name "omelette au fromage"
            for i, ref in enumerate(self._exact([" ".join(said_fixed), " ".join(fixed), " ".join(query_words)],
                                                spelled)):
                hits[ref] = Hit(ref, EXACT_ALIAS - 2.0 - 0.5 * i, False, True)
        link = next((i for i, w in enumerate(said_words) if w in WITH_WORDS and i > 0), None)
        side = (set(said_words[link + 1:]) if link is not None else set()) | modifiers
        translations = self._translations(query_words, surface)
        for first, second in zip(query_words, query_words[1:]):
            # two known words that USDA or a name writes as one ("jelly beans", "pop corn"): either way counts
            if (joined := self._joined(first, second, surface)) is not None and joined not in query_words:
                translations.setdefault(joined, frozenset((first, second)))
        for ref, score, covered in self._ranked(query_words, state, translations, side):
            if ref not in hits:
                hits[ref] = Hit(ref, score, False, covered)
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.ref))
        return Search(tuple(ranked[:limit]), amount if rest else Amount(), corrected, split)

    def _compounds(self, said: list[str], surface: dict[str, str]) -> list[str]:
        """*said* with two neighbours that only make a known word together joined ("Hähnchen Brust" ->
        "hahnchenbrust"): speech recognition splits German compounds, and the half no food holds alone would
        be dropped or "corrected" ("brust" -> "crust")."""
        out: list[str] = []
        for w in said:
            if out and not (self._known(out[-1]) and self._known(w)):
                if (joined := self._joined(out[-1], w, surface)) is not None:
                    out[-1] = joined
                    continue
            out.append(w)
        return out

    def _joined(self, first: str, second: str, surface: dict[str, str]) -> str | None:
        """The known word two neighbours make written as one ("hahnchen" + "brust"), or None."""
        joined = stem(surface.get(first, first) + surface.get(second, second))
        return joined if self._known(joined) else None

    def _split(self, word: str, surface: dict[str, str]) -> list[str]:
        """An unknown compound that is no misspelling as the two known words it is made of ("Erdbeerjoghurt"
        -> "erdbeer joghurt", "Schweinsbraten" -> "schwein braten", with German's linking s), the longest
        known first part first; [word] when no such split exists. The parts' spellings go into *surface*."""
        said = surface.get(word, word)
        if len(said) < 8 or not said.isascii():
            return [word]
        for cut in range(len(said) - 3, 2, -1):
            left, right = said[:cut], said[cut:]
            for first in (left, left[:-1]) if left.endswith("s") else (left,):
                a, b = stem(first), stem(right)
                if len(first) >= 3 and self._known(a) and self._known(b):
                    surface.setdefault(a, first)
                    surface.setdefault(b, right)
                    return [a, b]
        return [word]

    def _exact(self, keys: list[str], spelled: set[str], cue: str | None = None) -> list[str]:
        """Foods with a curated name equal to the first of *keys* that has any; one word may name different
        foods in two languages ("Pommes" fries, "pomme" apple): the name spelled as said first (or its plural:
        "pommes" is also the French "pomme" said twice), then the one in the language the words around it say
        (*cue*: "deux" is French), then English. The spelling keeps "du pâté" off "pâtes" (pasta, a plural)."""
        def as_said(spelling: str) -> bool:
            return any(spelling + end in spelled for end in PLURAL_ENDINGS)

        for k in dict.fromkeys(filter(None, keys)):
            found = self._db.execute("SELECT ref, spelled, lang FROM alias WHERE key = ?", (k,)).fetchall()
            if found:
                found.sort(key=lambda r: (not as_said(r[1]), cue is not None and r[2] != cue, r[2] != "en", r[0]))
                return list(dict.fromkeys(ref for ref, _, _ in found))
        return []

    # -- retrieval and scoring ----------------------------------------------------------------------------
    def _known(self, word: str) -> bool:
        return self._df(word) is not None

    def _df(self, word: str) -> int | None:
        """How many foods hold *word* (None: no food does); cached, the vocabulary is fixed."""
        if word not in self._dfs:
            if len(self._dfs) > 20_000:
                self._dfs.clear()
            row = self._db.execute("SELECT df FROM vocab WHERE word = ?", (word,)).fetchone()
            self._dfs[word] = row[0] if row else None
        return self._dfs[word]

    def _weight(self, word: str) -> float:
        """A word's share of the meaning: rare words ("beetroot") decide, common ones ("cooked") barely."""
        df = self._df(word) or 0
        return math.log((self._total + 1) / (df + 1)) + 0.5

    def _near(self, word: str, said: str | None = None) -> str | None:
        """The known word *word* was meant as, or None: first a spelling that sounds the same ("poyo" -> "pollo",
        "quesadiya" -> "quesadilla", "uevo" -> "huevo", "Haehnchen" -> "hahnchen": how speech and keyboards
        misspell in the five languages), then a known word one edit away (the most common when several are).
        Words under five letters get no edit: one edit turns too many of them into another food ("paar" ->
        "pear")."""
        # from the word as said as well as its stem: "arros" (arroz) has lost its s to the stemmer
        alike = sound_alikes(word) | ({stem(w) for w in sound_alikes(said)} if said and said != word else set())
        same = sorted((w for w in alike if self._known(w)), key=lambda w: (-(self._df(w) or 0), w))
        if same:
            return same[0]
        if len(word) < 5:
            return None
        probes = deletes(word) | {word}
        marks = ",".join("?" * len(probes))
        found = {r[0] for r in self._db.execute(f"SELECT word FROM near WHERE del IN ({marks})", tuple(probes))}
        found |= {r[0] for r in self._db.execute(f"SELECT word FROM vocab WHERE word IN ({marks})", tuple(probes))}
        best = sorted((w for w in found if edit_distance(w, word) <= 1), key=lambda w: (-(self._df(w) or 0), w))
        return best[0] if best else None

    def _translations(self, query_words: list[str], surface: dict[str, str] | None = None) -> dict[str, frozenset[str]]:
        """Words of the phrase that are a curated name of a food ("coliflor", "pomme de terre", "चावल") bring
        that food's own first USDA words ("cauliflower", "potato", "rice"), so that every cauliflower row,
        not only the one named in Spanish, can answer "coliflor hervida". Maps each brought word to the
        phrase words it stands for. A one-word name counts only when spelled as said (*surface*: stem -> the
        word as said), or as its plural: "fried" is not "fries", nor "gratin" the French "gratinée", though
        each pair stems alike."""
        out: dict[str, frozenset[str]] = {}
        surface = surface or {}
        n = len(query_words)
        for size in (3, 2, 1):
            for start in range(n - size + 1):
                part = query_words[start:start + size]
                rows = self._db.execute("SELECT f.desc_words, a.spelled FROM alias a JOIN food f ON f.ref = a.ref "
                                        "WHERE a.key = ? LIMIT 4", (" ".join(part),)).fetchall()
                said = surface.get(part[0]) if size == 1 else None
                if said is not None:
                    # German plurals too ("Weißwürste"): a word said, where _exact compares whole names
                    rows = [r for r in rows if any(r[1] + end == said for end in (*PLURAL_ENDINGS, "e", "n", "en"))
                            or r[1].replace(" ", "") == said]
                for desc_words, _ in rows[:2]:
                    for w in desc_words.split(" | ")[0].split():
                        if w not in query_words and w not in out:
                            out[w] = frozenset(part)
        return out

    def _ranked(self, query_words: list[str], state: str | None = None,
                translations: dict[str, frozenset[str]] | None = None,
                side: set[str] = frozenset()) -> list[tuple[str, float, bool]]:
        if not query_words:
            return []
        translations = translations or {}
        # each word said, with the words that stand for it (itself, and what its curated name translates to)
        stands_for: dict[str, frozenset[str]] = {w: frozenset((w,)) for w in query_words}
        stands_for.update(translations)
        alternatives: dict[str, list[str]] = {w: [w] for w in dict.fromkeys(query_words)}
        for brought, originals in translations.items():
            alternatives[min(originals)].append(brought)
        groups = [alts for word, alts in alternatives.items()]
        terms = ["(" + " OR ".join(f'"{fts_token(w)}"' for w in alts) + ")" for alts in groups]
        # foods holding every word first (few rows, fast even with "cooked" in it); then any word, when too
        # few do: ranked by the rarity of the words they hold, in Python (bm25 over thousands of rows of a
        # common word like "raw" costs ~6 ms)
        rows = self._rows(" AND ".join(terms))
        if len(rows) < 5 and (len(terms) > 1 or translations):
            # retrieval by the rarest few words is enough: a food matching only "cooked" or "fat" is never
            # the answer, and their lists of thousands of rows cost milliseconds (they still count in scoring)
            every = list(stands_for)
            rare = sorted(every, key=lambda w: self._df(w) or 0)[:RETRIEVE_BY]
            rare = [w for w in rare if (self._df(w) or 0) <= COMMON_DF] or rare[:1]
            seen = {r[0] for r in rows}
            rows += [r for r in self._rows_with_any([f'"{fts_token(w)}"' for w in rare]) if r[0] not in seen]
        wanted = set(query_words)
        every_word = set(stands_for)
        # how it was cooked is judged by the state rule below, not by the word: "steamed" is in no description
        # of cooked carrots ("Carrots, cooked, boiled"), so it counts little and is not needed for coverage
        needed = wanted - COOKED_STEMS - RAW_STEMS or wanted
        n = len(needed)
        weight = {w: self._weight(w) if w in needed else 0.3 for w in wanted}
        total = sum(weight.values())

        def said_by(found: set[str]) -> set[str]:
            """The words of the phrase that *found* (words of a name or description) say."""
            return set().union(*(stands_for[w] for w in found)) if found else set()

        def share(found: set[str]) -> float:
            return sum(weight[w] for w in said_by(found)) / total

        out = []
        for ref, desc_words, alias_keys, prior in rows:
            # "without salt" is the plain form, not something the user left unsaid
            parts = [seg for seg in desc_words.split(" | ") if seg != "without salt"]
            segments = [set(seg.split()) for seg in parts]
            desc = set().union(*segments) if segments else set()
            alias_best = 0.0
            alias_words: set[str] = set()
            for alias in filter(None, alias_keys.split("\n")):
                a = set(alias.split())
                alias_words |= a
                if every_word & a:
                    # the part of the phrase this name says; a name with words not said counts for half, less
                    # for each such word ("carrot juice" is not "carrots")
                    # ; a name that leaves words of the phrase unsaid counts for half too ("figs" is not
                    # "dried figs": the dried row, which says both, must win over the curated raw one)
                    extra = len(a - every_word)
                    said_part = share(every_word & a)
                    complete = needed <= said_by(every_word & a)
                    value = said_part if complete else 0.5 * said_part
                    alias_best = max(alias_best, value - (0.35 * extra + 0.5 * said_part if extra else 0.0))
            desc_cover = share(every_word & desc)
            covered = len(needed & said_by(every_word & (desc | alias_words))) == n
            # words USDA says that the user did not: the plain form has few, and the first part (what the
            # food is: "Banana split" vs "Bananas, raw") counts most
            unmarked = UNMARKED | COOKING_TERMS if state == COOKED else UNMARKED
            left = [_unsaid(part, every_word, unmarked) for part in parts]
            unsaid = sum(n * w_ for n, w_ in zip(left, _SEGMENT_WEIGHTS))
            unsaid += sum(left[len(_SEGMENT_WEIGHTS):]) * _SEGMENT_WEIGHTS[-1]
            named_first = share(every_word & segments[0]) if segments else 0.0
            score = (3.0 * alias_best + 2.0 * desc_cover + 0.6 * named_first - unsaid + prior
                     + (1.5 if covered else 0.0))
            if side and segments:
                # "Schweinebraten mit Soße" is a roast with gravy, not a gravy: a food named first by what
                # came after "with" is the side, not the dish
                first = said_by(every_word & segments[0])
                if first and first <= side:
                    score -= 1.0
            if state is not None:
                # "steamed carrots": any cooked carrots before raw ones, whatever the cooking word; stronger
                # than a curated name: "steamed cauliflower" is not the raw row named "cauliflower"
                cooked, raw = bool(desc & COOKED_STEMS), "raw" in desc
                if state == COOKED:
                    # and the way it was cooked, when USDA says it; a row that says no cooking at all is not
                    # what was said either: "whole wheat toast" is the toasted bread, not the plain one that its
                    # curated name ("whole wheat bread", reached through "toast" -> bread) brings close
                    score += (0.8 * cooked - 3.0 * raw - 2.5 * (not cooked)
                              + 0.8 * bool(every_word & desc & COOKED_STEMS))
                else:
                    score += 0.8 * raw - 3.0 * cooked
            out.append((ref, score, covered))
        return out

    def _rows_with_any(self, terms: list[str]) -> list[tuple]:
        weight: dict[int, float] = {}
        for term in terms:
            ids = [r[0] for r in self._db.execute("SELECT rowid FROM food_fts WHERE food_fts MATCH ?", (term,))]
            rarity = math.log(self._total / (1 + len(ids)))
            for rowid in ids:
                weight[rowid] = weight.get(rowid, 0.0) + rarity
        best = heapq.nlargest(CANDIDATES_ANY, weight, key=lambda rowid: (weight[rowid], -rowid))
        marks = ",".join("?" * len(best))
        return self._db.execute(f"SELECT ref, desc_words, alias_keys, prior FROM food WHERE rowid IN ({marks})",
                                best).fetchall()

    def _rows(self, match: str) -> list[tuple]:
        return self._db.execute(
            "SELECT f.ref, f.desc_words, f.alias_keys, f.prior FROM food_fts JOIN food f ON f.rowid = food_fts.rowid "
            "WHERE food_fts MATCH ? ORDER BY bm25(food_fts, 4.0, 1.0) LIMIT ?", (match, CANDIDATES)).fetchall()


def _unsaid(part: str, said: set[str], unmarked: set[str]) -> int:
    """How many words of one part of a USDA description the user did not say. FNDDS names alternatives
    ("Chicken or turkey and rice", "Egg omelet or scrambled egg", "Egg white, omelet, scrambled, or fried"):
    the word beside "or" that the user said is the food, the one on its other side is not a word left out,
    nor is "or" itself; nor is a trailing alternative ("or fried")."""
    found = part.split()
    if found[0] == "or":
        return 0
    if found[:3] == ["ns", "as", "to"] and found[3:] != ["typ"]:
        # "NS as to fat": USDA did not say how it was made, one thing the user did not say either ("NS as to
        # type" is another matter: the kind of food, which people do say: "salmon" is not "Fish, NS as to type")
        return min(1, len(set(found[3:]) - said - unmarked))
    excused = {"or"}
    for i, word in enumerate(found):
        if word == "or" and 0 < i < len(found) - 1:
            before, after = found[i - 1], found[i + 1]
            if before in said:
                excused.add(after)
            if after in said:
                excused.add(before)
    return len(set(found) - said - unmarked - excused)


def _spelled_apart(db: sqlite3.Connection, refs: list[str], spelled: set[str]) -> bool:
    """True when only the first of *refs* has an alias spelled exactly as said: the spelling decides."""
    marks = ",".join("?" * len(spelled))
    exact = {r[0] for r in db.execute(f"SELECT DISTINCT ref FROM alias WHERE spelled IN ({marks})", tuple(spelled))}
    return refs[0] in exact and not (exact & set(refs[1:]))
