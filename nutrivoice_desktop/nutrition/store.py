"""The diary: profile, the day's meal plan, what was eaten and done, persisted in SQLite.

WAL journal with synchronous=FULL: a committed change survives a crash or power loss. Schema changes are
numbered migrations applied in order (PRAGMA user_version). Every change a tool makes is recorded with a
snapshot of the day's plan, so it can be undone.

Several processes may use one diary at once (the app and ``nutrivoice tool`` beside it): every write is a
``BEGIN IMMEDIATE`` transaction, which takes the write lock before the first read, and a process that finds
the lock taken waits up to BUSY_TIMEOUT_S instead of failing. Open the diary with diary.open_diary(), which
adds the integrity check, plain-word errors and daily backups around this class.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterator

from nutrivoice_desktop.nutrition.diary_errors import NEWER_SCHEMA, DiaryOpenError
from nutrivoice_desktop.nutrition.diary_files import write_copy
from nutrivoice_desktop.nutrition.macros import Macros

MEALS = ("breakfast", "lunch", "dinner", "snacks")
DEFAULT_SPLIT = {"breakfast": 0.25, "lunch": 0.35, "dinner": 0.30, "snacks": 0.10}
DEFAULT_PROFILE = {"weight_kg": 70.0, "kcal": 2000.0, "protein": 100.0, "carbs": 250.0, "fat": 67.0}
# How long a process waits for another one's write to finish before giving up with "database is locked".
BUSY_TIMEOUT_S = 10.0

MIGRATIONS = (
    # 1: initial schema
    """
    CREATE TABLE profile (key TEXT PRIMARY KEY, value REAL NOT NULL);
    CREATE TABLE day_meals (
        day TEXT NOT NULL, meal TEXT NOT NULL, position INTEGER NOT NULL,
        kcal REAL NOT NULL, protein REAL NOT NULL, carbs REAL NOT NULL, fat REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'eaten', 'missed')),
        PRIMARY KEY (day, meal));
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL, tool TEXT NOT NULL, summary TEXT NOT NULL,
        created_at TEXT NOT NULL, meals_before TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE food_log (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL, meal TEXT NOT NULL, food_key TEXT NOT NULL,
        grams REAL NOT NULL CHECK (grams > 0), kcal REAL NOT NULL, protein REAL NOT NULL, carbs REAL NOT NULL,
        fat REAL NOT NULL, planned INTEGER NOT NULL, change_id INTEGER REFERENCES changes(id), created_at TEXT NOT NULL);
    CREATE TABLE activity_log (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL, activity_key TEXT NOT NULL, minutes REAL NOT NULL,
        weight_kg REAL NOT NULL, met REAL NOT NULL, kcal REAL NOT NULL, net INTEGER NOT NULL,
        change_id INTEGER REFERENCES changes(id), created_at TEXT NOT NULL);
    CREATE INDEX food_log_day ON food_log(day);
    CREATE INDEX activity_log_day ON activity_log(day);
    """,
    # 2: foods are USDA ids ("fdc:171688"); an entry keeps the name it was logged under and, for entries of the
    # old hand-typed table, its old key (adopt_food_ids maps those); saved meals ("my usual breakfast")
    """
    ALTER TABLE food_log ADD COLUMN food_name TEXT;
    ALTER TABLE food_log ADD COLUMN legacy_key TEXT;
    CREATE TABLE saved_meal (
        key TEXT PRIMARY KEY, name TEXT NOT NULL, items TEXT NOT NULL, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL);
    """,
)


@dataclass(frozen=True)
class MealPlan:
    meal: str
    target: Macros
    status: str


class UndoError(Exception):
    pass


@dataclass(frozen=True)
class SavedItem:
    ref: str  # the food's id
    name: str  # its name when saved
    grams: float
    amount: str  # as said back: "1 medium (118 g)"


class DiaryStore:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        # Tools may run on the event loop or in an executor thread; one connection guarded by a lock.
        # timeout= is SQLite's busy timeout: wait for another process's write lock instead of failing.
        self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                                   isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        try:
            self._use_wal()
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- schema ---------------------------------------------------------------------------------------
    def _use_wal(self) -> None:
        # Switching a new file to WAL needs an exclusive lock, and SQLite answers SQLITE_BUSY at once rather
        # than calling the busy handler while another process creates the same file: retry until the timeout.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = ((exc.sqlite_errorcode or 0) & 0xFF) == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _migrate(self) -> None:
        # The version is read inside the write transaction: read before it, two processes opening a new
        # diary together would both see version 0 and the second would create the tables again.
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise DiaryOpenError(NEWER_SCHEMA, self.path,
                                     detail=f"format {version}; this version knows up to {len(MIGRATIONS)}")
            # all pending migrations and the version bump commit together: a crash leaves the old schema
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the diary as one file at *target* (SQLite's online backup)."""
        with self._lock:
            write_copy(self._db, target)

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._db.in_transaction:  # nested: the outer transaction commits
                yield self._db
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                # SQLite may already have rolled back (disk full, I/O error); a COMMIT that failed leaves the
                # transaction open, and every later change would silently nest into it and never be saved.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    # -- profile --------------------------------------------------------------------------------------
    def profile(self) -> dict[str, float]:
        with self._lock:
            stored = {r["key"]: r["value"] for r in self._db.execute("SELECT key, value FROM profile")}
        return {**DEFAULT_PROFILE, **stored}

    def set_profile(self, **values: float) -> None:
        unknown = set(values) - set(DEFAULT_PROFILE)
        if unknown:
            raise KeyError(f"unknown profile field(s): {', '.join(sorted(unknown))}")
        with self.transaction() as db:
            for key, value in values.items():
                if not value > 0:
                    raise ValueError(f"{key} must be positive")
                db.execute("INSERT INTO profile(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, float(value)))

    def daily_target(self) -> Macros:
        p = self.profile()
        return Macros(p["kcal"], p["protein"], p["carbs"], p["fat"])

    # -- day plan -------------------------------------------------------------------------------------
    def day_plan(self, day: date) -> list[MealPlan]:
        """The day's meals with their current targets; created from the profile on first use."""
        key = day.isoformat()
        with self.transaction() as db:
            rows = db.execute("SELECT * FROM day_meals WHERE day = ? ORDER BY position", (key,)).fetchall()
            if not rows:
                target = self.daily_target()
                for position, meal in enumerate(MEALS):
                    m = target.scaled(DEFAULT_SPLIT[meal])
                    db.execute("INSERT INTO day_meals VALUES (?, ?, ?, ?, ?, ?, ?, 'planned')",
                               (key, meal, position, *m.as_tuple()))
                rows = db.execute("SELECT * FROM day_meals WHERE day = ? ORDER BY position", (key,)).fetchall()
        return [MealPlan(r["meal"], Macros(r["kcal"], r["protein"], r["carbs"], r["fat"]), r["status"]) for r in rows]

    def _write_plan(self, db: sqlite3.Connection, day: date, plan: list[MealPlan]) -> None:
        for meal in plan:
            db.execute("UPDATE day_meals SET kcal=?, protein=?, carbs=?, fat=?, status=? WHERE day=? AND meal=?",
                       (*meal.target.as_tuple(), meal.status, day.isoformat(), meal.meal))

    # -- changes (everything a tool writes goes through here) -----------------------------------------
    @contextmanager
    def change(self, day: date, tool: str, summary: str) -> Iterator["ChangeWriter"]:
        with self.transaction() as db:
            before = [(m.meal, m.target.as_tuple(), m.status) for m in self.day_plan(day)]
            cur = db.execute("INSERT INTO changes(day, tool, summary, created_at, meals_before) VALUES (?,?,?,?,?)",
                             (day.isoformat(), tool, summary, _now(), json.dumps(before)))
            yield ChangeWriter(self, db, day, cur.lastrowid)

    def undo(self, change_id: int) -> str:
        """Revert one change; only the newest remaining change of its day can be undone."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM changes WHERE id = ?", (change_id,)).fetchone()
            if row is None:
                raise UndoError("That change no longer exists.")
            if row["undone"]:
                raise UndoError("That change was already undone.")
            newer = db.execute("SELECT COUNT(*) FROM changes WHERE day = ? AND id > ? AND undone = 0",
                               (row["day"], change_id)).fetchone()[0]
            if newer:
                raise UndoError("Undo the later changes of that day first.")
            day = date.fromisoformat(row["day"])
            plan = [MealPlan(meal, Macros(*values), status) for meal, values, status in json.loads(row["meals_before"])]
            self._write_plan(db, day, plan)
            db.execute("DELETE FROM food_log WHERE change_id = ?", (change_id,))
            db.execute("DELETE FROM activity_log WHERE change_id = ?", (change_id,))
            db.execute("UPDATE changes SET undone = 1 WHERE id = ?", (change_id,))
            return row["summary"]

    def latest_change(self, day: date) -> int | None:
        with self._lock:
            row = self._db.execute("SELECT MAX(id) FROM changes WHERE day = ? AND undone = 0",
                                   (day.isoformat(),)).fetchone()
        return row[0]

    # -- reading the diary ----------------------------------------------------------------------------
    def eaten(self, day: date) -> dict[str, Macros]:
        totals = {meal: Macros() for meal in MEALS}
        with self._lock:
            for r in self._db.execute("SELECT meal, SUM(kcal), SUM(protein), SUM(carbs), SUM(fat) FROM food_log "
                                      "WHERE day = ? GROUP BY meal", (day.isoformat(),)):
                totals[r[0]] = Macros(r[1], r[2], r[3], r[4])
        return totals

    def food_entries(self, day: date) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute("SELECT * FROM food_log WHERE day = ? ORDER BY id", (day.isoformat(),)).fetchall()

    def activity_entries(self, day: date) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute("SELECT * FROM activity_log WHERE day = ? ORDER BY id",
                                    (day.isoformat(),)).fetchall()

    def activity_kcal(self, day: date) -> float:
        with self._lock:
            return self._db.execute("SELECT COALESCE(SUM(kcal), 0) FROM activity_log WHERE day = ?",
                                    (day.isoformat(),)).fetchone()[0]

    def history(self, end: date, days: int) -> list[tuple[date, Macros, float]]:
        """(day, eaten, activity kcal) for the *days* days ending at *end*, oldest first, zeros included."""
        start = end - timedelta(days=days - 1)
        eaten: dict[str, Macros] = {}
        burned: dict[str, float] = {}
        with self._lock:
            for r in self._db.execute("SELECT day, SUM(kcal), SUM(protein), SUM(carbs), SUM(fat) FROM food_log "
                                      "WHERE day BETWEEN ? AND ? GROUP BY day", (start.isoformat(), end.isoformat())):
                eaten[r[0]] = Macros(r[1], r[2], r[3], r[4])
            for r in self._db.execute("SELECT day, SUM(kcal) FROM activity_log WHERE day BETWEEN ? AND ? GROUP BY day",
                                      (start.isoformat(), end.isoformat())):
                burned[r[0]] = r[1]
        out = []
        for i in range(days):
            d = start + timedelta(days=i)
            out.append((d, eaten.get(d.isoformat(), Macros()), burned.get(d.isoformat(), 0.0)))
        return out

    # -- foods of the old table -----------------------------------------------------------------------
    def adopt_food_ids(self, legacy: dict[str, tuple[str | None, str]]) -> int:
        """Entries logged with the old hand-typed table's keys get the USDA id the audit found (and the old
        name, when it found none); their grams and macros stay as logged. Idempotent; returns rows changed."""
        with self.transaction() as db:
            old = [r[0] for r in db.execute("SELECT DISTINCT food_key FROM food_log WHERE legacy_key IS NULL "
                                            "AND instr(food_key, ':') = 0")]
            changed = 0
            for key in old:
                ref, name = legacy.get(key, (None, key.replace("_", " ")))
                changed += db.execute(
                    "UPDATE food_log SET legacy_key = food_key, food_key = COALESCE(?, food_key), "
                    "food_name = COALESCE(food_name, ?) WHERE food_key = ? AND legacy_key IS NULL",
                    (ref, name, key)).rowcount
            return changed

    # -- saved meals ----------------------------------------------------------------------------------
    def save_meal(self, key: str, name: str, items: list[SavedItem]) -> bool:
        """Store (or replace) a saved meal under *key*; True when it replaced one."""
        if not items:
            raise ValueError("a saved meal needs at least one food")
        payload = json.dumps([item.__dict__ for item in items])
        with self.transaction() as db:
            existed = db.execute("SELECT 1 FROM saved_meal WHERE key = ?", (key,)).fetchone() is not None
            db.execute("INSERT INTO saved_meal(key, name, items, created_at, updated_at) VALUES (?,?,?,?,?) "
                       "ON CONFLICT(key) DO UPDATE SET name = excluded.name, items = excluded.items, "
                       "updated_at = excluded.updated_at", (key, name, payload, _now(), _now()))
        return existed

    def saved_meals(self) -> dict[str, tuple[str, list[SavedItem]]]:
        """key -> (name, items), by name."""
        with self._lock:
            rows = self._db.execute("SELECT key, name, items FROM saved_meal ORDER BY name").fetchall()
        return {r["key"]: (r["name"], [SavedItem(**i) for i in json.loads(r["items"])]) for r in rows}

    def delete_saved_meal(self, key: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM saved_meal WHERE key = ?", (key,)).rowcount > 0


class ChangeWriter:
    """Writes belonging to one undoable change."""

    def __init__(self, store: DiaryStore, db: sqlite3.Connection, day: date, change_id: int) -> None:
        self._store, self._db, self.day, self.id = store, db, day, change_id

    def set_plan(self, plan: list[MealPlan]) -> None:
        self._store._write_plan(self._db, self.day, plan)

    def log_food(self, meal: str, food_ref: str, grams: float, macros: Macros, *, planned: bool, name: str) -> None:
        self._db.execute("INSERT INTO food_log(day, meal, food_key, grams, kcal, protein, carbs, fat, planned, "
                         "change_id, created_at, food_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         (self.day.isoformat(), meal, food_ref, grams, *macros.as_tuple(), int(planned), self.id, _now(),
                          name))

    def log_activity(self, activity_key: str, minutes: float, weight_kg: float, met: float, kcal: float,
                     *, net: bool) -> None:
        self._db.execute("INSERT INTO activity_log(day, activity_key, minutes, weight_kg, met, kcal, net, change_id, "
                         "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                         (self.day.isoformat(), activity_key, minutes, weight_kg, met, kcal, int(net), self.id, _now()))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time.

    executescript() would COMMIT the open transaction first, releasing the write lock the migration holds.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
