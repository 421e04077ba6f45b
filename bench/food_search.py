"""Food search: accuracy on the labelled phrases and lookup time over the whole table.

    .venv/bin/python -m bench.food_search        (also run by ./scripts/bench)

Accuracy: tests/data/food_phrases.csv (phrases as people say them, five languages, labelled from the USDA
tables by someone who did not see the aliases) -> top-1 and top-5 per language.
Speed: every one of the ~13,000 foods looked up by its USDA description and by its friendly name, plus
the labelled phrases, in a seeded random order (the order matters to SQLite's page cache); p50/p95/p99
of one search, and the same for the phrases alone. Writes docs/FOOD_SEARCH.md.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nutrivoice_desktop.nutrition.context import FOOD_DB  # noqa: E402
from nutrivoice_desktop.nutrition.food_db import FoodDatabase  # noqa: E402

PHRASES = ROOT / "tests" / "data" / "food_phrases.csv"
# written later by another labeller who saw neither the aliases nor the first set's misses, after the aliases
# were reviewed against the first set: the honest figure
HOLDOUT = ROOT / "tests" / "data" / "food_phrases_holdout.csv"
# a third labeller, after the second review: unseen by anyone tuning the search when first measured
HOLDOUT2 = ROOT / "tests" / "data" / "food_phrases_holdout2.csv"
# a fourth labeller, written while ~420 rows of everyday foods were added to the aliases by two others who
# never saw it: its first measurement is the honest figure after that work
HOLDOUT3 = ROOT / "tests" / "data" / "food_phrases_holdout3.csv"
# a fifth labeller, told to list every acceptable SR/FNDDS twin, written after the fourth set was measured
HOLDOUT4 = ROOT / "tests" / "data" / "food_phrases_holdout4.csv"
# a sixth labeller, written while the aliases were audited against USDA's words by a reviewer who saw no set
HOLDOUT5 = ROOT / "tests" / "data" / "food_phrases_holdout5.csv"
# a seventh labeller, many regional dishes USDA lacks (labelled with the nearest row), written while FNDDS's
# alternatives and the aliases on its NFS rows were reworked by people who never saw it
HOLDOUT6 = ROOT / "tests" / "data" / "food_phrases_holdout6.csv"
# an eighth labeller, a week of meals of people in the five languages' countries, written the same day
HOLDOUT7 = ROOT / "tests" / "data" / "food_phrases_holdout7.csv"
# a ninth labeller, written at the end of that day and measured before anyone saw it
HOLDOUT8 = ROOT / "tests" / "data" / "food_phrases_holdout8.csv"
SEED = 13


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def accuracy(foods: FoodDatabase, path: Path = PHRASES) -> tuple[dict[str, tuple[int, int, int]], list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for row in rows:
        accepted = set(row["expected"].split("|"))
        refs = [f.ref for f in foods.search(row["phrase"], 5).foods]
        counts = per_lang[row["lang"]]
        counts[0] += 1
        counts[1] += bool(refs and refs[0] in accepted)
        counts[2] += bool(accepted & set(refs))
        if not (refs and refs[0] in accepted):
            got = foods.get(refs[0]).description if refs else "nothing"
            misses.append(f"| {row['lang']} | {row['phrase']} | {got} | {row['expected'].split('|')[0]} |")
    return {k: tuple(v) for k, v in sorted(per_lang.items())}, misses


def timings(foods: FoodDatabase) -> tuple[list[float], list[float]]:
    import sqlite3

    db = sqlite3.connect(f"file:{ROOT / 'resources' / 'data' / FOOD_DB}?mode=ro&immutable=1", uri=True)
    queries = [r[0] for r in db.execute("SELECT description FROM food")]
    queries += [r[0] for r in db.execute("SELECT name FROM food_name")]
    db.close()
    with PHRASES.open(encoding="utf-8", newline="") as fh:
        phrases = [r["phrase"] for r in csv.DictReader(fh)]
    everything = queries + phrases
    random.Random(SEED).shuffle(everything)
    all_ms, phrase_ms = [], []
    wanted = set(phrases)
    for q in everything:
        start = time.perf_counter()
        foods.search(q, 5)
        ms = (time.perf_counter() - start) * 1000
        all_ms.append(ms)
        if q in wanted:
            phrase_ms.append(ms)
    return all_ms, phrase_ms


def table(per_lang) -> list[str]:
    n = sum(v[0] for v in per_lang.values())
    top1 = sum(v[1] for v in per_lang.values())
    top5 = sum(v[2] for v in per_lang.values())
    lines = ["| language | phrases | top-1 | top-5 |", "|---|---|---|---|"]
    for lang, (count, one, five) in per_lang.items():
        lines.append(f"| {lang} | {count} | {one / count:.1%} | {five / count:.1%} |")
    return lines + [f"| **all** | {n} | **{top1 / n:.1%}** | **{top5 / n:.1%}** |", ""]


# The labelled sets after the first, each with what had happened when it was written and measured; their
# tables follow the first set's in this order.
LATER_SETS = (
    (HOLDOUT, "Held-out phrases",
     "The aliases were reviewed against this set's misses (the classes of problem, not the phrases), so its "
     "figure is optimistic. The honest one is the held-out set below, written afterwards by another labeller who "
     "saw neither the aliases nor the misses (`tests/data/food_phrases_holdout.csv`):"),
    (HOLDOUT2, "Third set",
     "The reviewer of the aliases saw this set's figure while working and fixed the causes of five of its "
     "misses, so a third set was written afterwards by another labeller (`tests/data/food_phrases_holdout2.csv`); "
     "its first measurement, before anyone looked at its misses, was top-1 73.6 %, top-5 80.3 %. Today:"),
    (HOLDOUT3, "Fourth set",
     "Afterwards two more alias files (`foods_more_western.csv`, `foods_more_world.csv`: everyday foods of the "
     "US/UK, German and French kitchens; Spanish and Latin American, Indian, East Asian and Middle Eastern dishes) "
     "were written by people who saw no labelled set, while a fourth labeller wrote "
     "`tests/data/food_phrases_holdout3.csv` without seeing the aliases or the search. Its first measurement, "
     "with nothing tuned to it, was top-1 92.1 %, top-5 95.4 %: below the issue's target (95 % / 99 %), and the "
     "best estimate of what a new user meets. Today:"),
    (HOLDOUT4, "Fifth set",
     "A fifth labeller then wrote `tests/data/food_phrases_holdout4.csv`, told to list every acceptable SR and "
     "FNDDS twin and to say phrases the way people log them (with the meal or the day). Its first measurement, "
     "before anyone saw its misses, was top-1 91.6 %, top-5 95.9 %: the same as the fourth set, so about "
     "92 % / 96 % was the honest figure then. Since then one generic gap was closed (\"a banana for "
     "breakfast\": when it was eaten is not part of the food). Today:"),
    (HOLDOUT5, "Sixth set",
     "A sixth labeller wrote `tests/data/food_phrases_holdout5.csv` (375 phrases), told to accept an NFS row only "
     "when the phrase does not say the kind, while container plurals, FNDDS's NFS rows for generic names and a "
     "cooking-word rule went in, and a reviewer who saw no labelled set audited every alias against USDA's own "
     "words (87 moved). Its first measurement, before the alias review and before anyone saw its misses, was "
     "top-1 87.7 %, top-5 93.1 % (the search as it was before that day's changes: 87.2 % / 93.1 %); after the "
     "review, still unseen, the same. This labeller was stricter than the last two, and the figure is the "
     "honest one for now; fixes found from its misses since (one day later, four aliases where the labellers were "
     "right: comté and beaufort on Gruyère, sablé on shortbread, Apfelschorle on the apple half-juice row, Big Mac "
     "on its own row) make today's figure a seen one. Today:"),
    (HOLDOUT6, "Seventh set",
     "A seventh labeller wrote `tests/data/food_phrases_holdout6.csv` (365 phrases, a fifth of them regional "
     "dishes USDA has no row for, labelled with the nearest one: Currywurst, Kaiserschmarrn, croque-monsieur, "
     "tacos al pastor, chole). Its first measurement, on the search as the day began, was top-1 83.3 %, top-5 "
     "90.1 %; still unseen, after that day's changes (FNDDS's alternatives, decaf and water rows, and 142 names "
     "moved from NFS rows to the kind they name by a reviewer who saw no labelled set), 84.1 % / 90.7 %. That "
     "is the honest figure: lower than the sixth set's, because of the dishes USDA lacks. Today:"),
    (HOLDOUT7, "Eighth set",
     "An eighth labeller wrote `tests/data/food_phrases_holdout7.csv` the same day (364 phrases: a week of meals "
     "of people in the US/UK, Spain and Latin America, Germany, France and Québec, North and South India), seen by "
     "nobody tuning the search. Measured before anyone looked at its misses: top-1 80.5 %, top-5 87.6 % on the "
     "search as the day began, 82.7 % / 88.5 % after the changes above. Today:"),
    (HOLDOUT8, "Ninth set",
     "A ninth labeller wrote `tests/data/food_phrases_holdout8.csv` at the end of that day (360 phrases: a normal "
     "day of eleven people, from Texas and Manchester to Monterrey, Munich, Lyon, Montréal and Lucknow), measured "
     "before anyone saw it: top-1 78.3 %, top-5 87.2 % on the search as the day began, 82.2 % / 89.4 % on the "
     "search at its end. The honest estimate for phrases nobody has looked at is about 82 % / 89 %. Three generic "
     "fixes found from its misses since (where it was eaten, the French 'nature', a size that is part of a name) "
     "make today's figure a seen one. Today:"),
)


def report(per_lang, misses, later, all_ms, phrase_ms) -> str:
    """*later*: (per_lang, misses) of each of LATER_SETS, in order."""
    n = sum(v[0] for v in per_lang.values())
    lines = [
        "# Food search: accuracy and speed",
        "",
        f"Generated by `python -m bench.food_search` on {date.today().isoformat()} (also part of `./scripts/bench`).",
        "",
        f"Labelled phrases (`tests/data/food_phrases.csv`, {n} phrases as people say them, five languages, "
        "labelled from the USDA tables by someone who had not seen the alias lists; several answers may be "
        "acceptable, e.g. long- or medium-grain cooked rice). Held by `tests/unit/test_food_search.py` "
        "(top-1 ≥ 95 %, top-5 ≥ 99 %).",
        "",
    ]
    lines += table(per_lang)
    for (_, _, story), (set_per_lang, _) in zip(LATER_SETS, later):
        lines += [story, ""]
        lines += table(set_per_lang)
    lines += ["## Speed of one search (ms)", "",
              "| queries | n | p50 | p95 | p99 | max |", "|---|---|---|---|---|---|"]
    for title, values in (("every food's description and name, and the phrases", all_ms),
                          ("the labelled phrases", phrase_ms)):
        lines.append(f"| {title} | {len(values)} | {statistics.median(values):.2f} | {percentile(values, 0.95):.2f} | "
                     f"{percentile(values, 0.99):.2f} | {max(values):.2f} |")
    lines += ["", "Target: p95 ≤ 5 ms over the whole table (issue 13). One thread, warm page cache after the "
              "first queries, this machine's CPU.", "", "## Phrases whose first answer was not an accepted one", "",
              "| lang | phrase | first answer | labelled |", "|---|---|---|---|", *misses, ""]
    for (_, title, _), (_, set_misses) in zip(LATER_SETS, later):
        lines += [f"## {title}: phrases whose first answer was not an accepted one", "",
                  "| lang | phrase | first answer | labelled |", "|---|---|---|---|", *set_misses, ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", type=Path, default=ROOT / "docs" / "FOOD_SEARCH.md")
    args = parser.parse_args(argv)
    foods = FoodDatabase(ROOT / "resources" / "data" / FOOD_DB)
    per_lang, misses = accuracy(foods)
    later = [accuracy(foods, path) for path, _, _ in LATER_SETS]
    all_ms, phrase_ms = timings(foods)
    text = report(per_lang, misses, later, all_ms, phrase_ms)
    args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
