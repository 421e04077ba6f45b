"""The diary as files people can keep, open in a spreadsheet, or bring back: CSV and JSON (docs/FILE_FORMATS.md).

CSV: one row per food entry (kind ``entry``) and one per day (kind ``day_total``: target, activity, eaten,
remaining), in date order. JSON: the same days as objects. Every food names its USDA id (``fdc:…`` or
``fndds:…``), so a figure can be traced to its source row.

Import reads the CSV format back: ``entry`` rows are logged with the amounts and values in the file (the
values as logged are kept, as for any diary entry); ``day_total`` rows are derived and skipped. Each day
imported is one change, so Undo takes an import back day by day. A bad row stops the import before
anything is written, naming its line.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.meal_plan import MEALS

FORMAT = "nutrivoice-diary"
VERSION = 1
CSV_COLUMNS = ("kind", "date", "meal", "food", "food_id", "amount", "grams", "kcal", "protein_g", "carbs_g", "fat_g",
               "target_kcal", "activity_kcal", "remaining_kcal")
MAX_DAYS = 3660  # ten years: a range beyond is a typing mistake, not a diary


class DiaryFileError(ValueError):
    """A file that cannot be imported, with the line and the reason."""


@dataclass(frozen=True)
class ImportedEntry:
    day: date
    meal: str
    food: str
    food_id: str
    amount: str
    grams: float
    macros: Macros


def days_of(store, start: date, end: date) -> list[dict]:
    """The days from *start* to *end* that have anything logged, as plain data."""
    if end < start:
        raise ValueError("The range ends before it starts.")
    if (end - start).days > MAX_DAYS:
        raise ValueError("That range is longer than ten years.")
    out = []
    day = start
    while day <= end:
        entries = store.food_entries(day)
        activities = store.activity_entries(day)
        if entries or activities:
            budget = day_budget(store, day)
            out.append({
                "date": day.isoformat(), "target": budget.target.as_dict(1), "activity_kcal": round(budget.activity_kcal, 1),
                "eaten": budget.eaten.as_dict(1), "remaining": budget.remaining.as_dict(1),
                "entries": [{"meal": r["meal"], "food": r["food_name"] or r["food_key"], "food_id": r["food_key"],
                             "amount": r["amount"] or f"{r['grams']:g} g", "grams": round(r["grams"], 1),
                             "kcal": round(r["kcal"], 1), "protein_g": round(r["protein"], 1),
                             "carbs_g": round(r["carbs"], 1), "fat_g": round(r["fat"], 1)} for r in entries],
                "activities": [{"compendium_code": r["activity_key"], "minutes": r["minutes"], "met": r["met"],
                                "weight_kg": r["weight_kg"], "kcal": round(r["kcal"], 1)} for r in activities]})
        day += timedelta(days=1)
    return out


def write_json(days: list[dict], path: Path) -> None:
    _write(path, json.dumps({"format": FORMAT, "version": VERSION, "days": days}, ensure_ascii=False, indent=1))


def write_csv(days: list[dict], path: Path) -> None:
    lines: list[dict] = []
    for day in days:
        for e in day["entries"]:
            lines.append({"kind": "entry", "date": day["date"], **e})
        lines.append({"kind": "day_total", "date": day["date"], "kcal": day["eaten"]["kcal"],
                      "protein_g": day["eaten"]["protein"], "carbs_g": day["eaten"]["carbs"], "fat_g": day["eaten"]["fat"],
                      "target_kcal": day["target"]["kcal"], "activity_kcal": day["activity_kcal"],
                      "remaining_kcal": day["remaining"]["kcal"]})
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(lines)
    tmp.replace(path)


def read_csv(path: Path) -> list[ImportedEntry]:
    """The entry rows of a diary CSV, checked; raises DiaryFileError naming the first bad line."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            missing = set(CSV_COLUMNS[:11]) - set(reader.fieldnames or ())
            if missing:
                raise DiaryFileError(f"{path.name} is not a NutriVoice diary CSV (no {', '.join(sorted(missing))} column).")
            entries = []
            for line, row in enumerate(reader, start=2):
                if row["kind"] == "day_total":
                    continue
                if row["kind"] != "entry":
                    raise DiaryFileError(f"Line {line}: unknown kind {row['kind']!r}.")
                entries.append(_entry(row, line))
    except (OSError, UnicodeDecodeError) as exc:
        raise DiaryFileError(f"Could not read {path.name}: {exc}") from exc
    return entries


def _entry(row: dict, line: int) -> ImportedEntry:
    try:
        day = date.fromisoformat(row["date"])
        grams = float(row["grams"])
        macros = Macros(float(row["kcal"]), float(row["protein_g"]), float(row["carbs_g"]), float(row["fat_g"]))
    except (TypeError, ValueError) as exc:
        raise DiaryFileError(f"Line {line}: {exc}.") from None
    if row["meal"] not in MEALS:
        raise DiaryFileError(f"Line {line}: meal must be one of {', '.join(MEALS)}, not {row['meal']!r}.")
    if not grams > 0 or min(macros.as_tuple()) < 0:
        raise DiaryFileError(f"Line {line}: grams must be positive and nutrient values not negative.")
    if not row["food"].strip() or not row["food_id"].strip():
        raise DiaryFileError(f"Line {line}: the food and its id are needed.")
    return ImportedEntry(day, row["meal"], row["food"].strip(), row["food_id"].strip(), row["amount"] or f"{grams:g} g",
                         grams, macros)


def import_entries(store, entries: list[ImportedEntry]) -> dict[str, int]:
    """Log *entries*, one change per day; returns {ISO date: entries logged}."""
    done: dict[str, int] = {}
    for day in sorted({e.day for e in entries}):
        todays = [e for e in entries if e.day == day]
        with store.change(day, "import_diary", f"Imported {len(todays)} entries for {day.isoformat()}.") as change:
            for e in todays:
                change.log_food(e.meal, e.food_id, e.grams, e.macros, planned=False, name=e.food, amount=e.amount)
        done[day.isoformat()] = len(todays)
    return done


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
