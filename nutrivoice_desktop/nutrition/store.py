"""The diary: profile, the day's meal plan, what was eaten and done, persisted in SQLite.

WAL journal with synchronous=FULL: a committed change survives a crash or power loss. Schema changes are
numbered migrations applied in order (PRAGMA user_version). Every change is recorded with images of what
it touched (entry rows before and after; the day's plan and target and profile fields before and after),
so it can be undone and redone, also after a restart: per day, Undo takes back the newest change still
standing, Redo puts back the one undone last, and a new change that day ends what could be redone.

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
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterator

from nutrivoice_desktop.nutrition.diary_errors import NEWER_SCHEMA, DiaryOpenError
from nutrivoice_desktop.nutrition.diary_files import write_copy
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.meal_plan import MEALS, MealSlots
from nutrivoice_desktop.nutrition.profile import Profile

# a change is standing, undone (Redo can put it back), or undone and then passed by a newer change that day
STANDING, UNDONE, DISCARDED = 0, 1, 2
ROW_TABLES = ("food_log", "activity_log", "weight_log")  # the tables whose rows changes record
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
    # 3: redo as well as undo (row images per change), a target per day, weights over time, the amount as said,
    # a profile of any value type (JSON) that holds the meal plan too. Days already in the diary keep the
    # target they were planned with (the profile's then, or the built-in default); changes undone before
    # this version cannot be redone (their rows are gone); targets set in the old profile stay set by hand.
    """
    ALTER TABLE changes ADD COLUMN state_before TEXT;
    ALTER TABLE changes ADD COLUMN state_after TEXT;
    UPDATE changes SET undone = 2 WHERE undone = 1;
    CREATE TABLE change_rows (
        change_id INTEGER NOT NULL REFERENCES changes(id), seq INTEGER NOT NULL,
        tbl TEXT NOT NULL CHECK (tbl IN ('food_log', 'activity_log', 'weight_log')), row_id INTEGER NOT NULL,
        before TEXT, after TEXT, PRIMARY KEY (change_id, seq));
    CREATE TABLE day_target (
        day TEXT PRIMARY KEY, kcal REAL NOT NULL, protein REAL NOT NULL, carbs REAL NOT NULL, fat REAL NOT NULL);
    INSERT INTO day_target(day, kcal, protein, carbs, fat)
        SELECT d.day, COALESCE((SELECT value FROM profile WHERE key = 'kcal'), 2000.0),
               COALESCE((SELECT value FROM profile WHERE key = 'protein'), 100.0),
               COALESCE((SELECT value FROM profile WHERE key = 'carbs'), 250.0),
               COALESCE((SELECT value FROM profile WHERE key = 'fat'), 67.0)
        FROM (SELECT day FROM day_meals UNION SELECT day FROM food_log UNION SELECT day FROM activity_log) AS d;
    CREATE TABLE weight_log (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL UNIQUE, kg REAL NOT NULL CHECK (kg > 0),
        change_id INTEGER REFERENCES changes(id), created_at TEXT NOT NULL);
    ALTER TABLE food_log ADD COLUMN amount TEXT;
    CREATE TABLE profile_value (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO profile_value(key, value) SELECT key, CAST(value AS TEXT) FROM profile;
    INSERT INTO profile_value(key, value) SELECT 'targets', '"manual"'
        WHERE EXISTS (SELECT 1 FROM profile WHERE key IN ('kcal', 'protein', 'carbs', 'fat'));
    DROP TABLE profile;
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

    # -- profile and meal plan (one key/value table, JSON values) --------------------------------------
    def _values(self) -> dict[str, object]:
        with self._lock:
            return {r["key"]: json.loads(r["value"]) for r in self._db.execute("SELECT key, value FROM profile_value")}

    def profile(self) -> Profile:
        return Profile.from_values(self._values())

    def meal_slots(self) -> MealSlots:
        return MealSlots.from_value(self._values().get("meal_plan"))

    def _store_values(self, db: sqlite3.Connection, values: dict[str, object]) -> None:
        for key, value in values.items():
            if value is None:
                db.execute("DELETE FROM profile_value WHERE key = ?", (key,))
            else:
                db.execute("INSERT INTO profile_value(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def adopt_profile(self, **values: object) -> list[str]:
        """Set the values the profile has not stored yet (checked as any change); returns the keys taken."""
        stored = self._values()
        fresh = {k: v for k, v in values.items() if k not in stored}
        checked = Profile().changed(**fresh).values()
        with self.transaction() as db:
            self._store_values(db, {k: checked[k] for k in fresh})
        return sorted(fresh)

    def daily_target(self, day: date | None = None) -> Macros:
        """The day's target: the one it was planned with, or (a day not planned yet) the profile's."""
        if day is not None:
            with self._lock:
                row = self._db.execute("SELECT kcal, protein, carbs, fat FROM day_target WHERE day = ?",
                                       (day.isoformat(),)).fetchone()
            if row is not None:
                return Macros(*row)
        return self.profile().target()

    def first_day(self) -> date | None:
        """The first day anything was logged (for "export everything")."""
        with self._lock:
            row = self._db.execute("SELECT MIN(day) FROM (SELECT day FROM food_log UNION ALL "
                                   "SELECT day FROM activity_log)").fetchone()
        return date.fromisoformat(row[0]) if row[0] else None

    def weights(self, end: date, days: int) -> list[tuple[date, float]]:
        """(day, kg) logged in the *days* days ending at *end*, oldest first."""
        start = end - timedelta(days=days - 1)
        with self._lock:
            rows = self._db.execute("SELECT day, kg FROM weight_log WHERE day BETWEEN ? AND ? ORDER BY day",
                                    (start.isoformat(), end.isoformat())).fetchall()
        return [(date.fromisoformat(r[0]), r[1]) for r in rows]

    # -- day plan -------------------------------------------------------------------------------------
    def day_plan(self, day: date) -> list[MealPlan]:
        """The day's meals with their current targets; created from the profile and meal plan on first use."""
        key = day.isoformat()
        with self.transaction() as db:
            rows = db.execute("SELECT * FROM day_meals WHERE day = ? ORDER BY position", (key,)).fetchall()
            if not rows:
                target = self.daily_target(day)
                db.execute("INSERT OR IGNORE INTO day_target VALUES (?, ?, ?, ?, ?)", (key, *target.as_tuple()))
                for position, slot in enumerate(self.meal_slots().planned()):
                    m = target.scaled(slot.share)
                    db.execute("INSERT INTO day_meals VALUES (?, ?, ?, ?, ?, ?, ?, 'planned')",
                               (key, slot.meal, position, *m.as_tuple()))
                rows = db.execute("SELECT * FROM day_meals WHERE day = ? ORDER BY position", (key,)).fetchall()
        return [MealPlan(r["meal"], Macros(r["kcal"], r["protein"], r["carbs"], r["fat"]), r["status"]) for r in rows]

    def _write_plan(self, db: sqlite3.Connection, day: date, plan: list[MealPlan]) -> None:
        key = day.isoformat()
        db.execute("DELETE FROM day_meals WHERE day = ? AND meal NOT IN (%s)" % ",".join("?" * len(plan)),
                   (key, *(m.meal for m in plan)))
        for position, meal in enumerate(plan):
            db.execute("INSERT INTO day_meals VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(day, meal) DO UPDATE SET "
                       "position = excluded.position, kcal = excluded.kcal, protein = excluded.protein, "
                       "carbs = excluded.carbs, fat = excluded.fat, status = excluded.status",
                       (key, meal.meal, position, *meal.target.as_tuple(), meal.status))

    def _write_target(self, db: sqlite3.Connection, day: date, target: Macros) -> None:
        db.execute("INSERT INTO day_target VALUES (?, ?, ?, ?, ?) ON CONFLICT(day) DO UPDATE SET "
                   "kcal = excluded.kcal, protein = excluded.protein, carbs = excluded.carbs, fat = excluded.fat",
                   (day.isoformat(), *target.as_tuple()))

    def _state(self, day: date, parts: set[str], profile_keys: set[str] = frozenset()) -> dict[str, object]:
        """The current value of what a change touched: the day's plan ("meals" in *parts*), its target
        ("target"), and the stored profile values of *profile_keys* (None: not stored)."""
        state: dict[str, object] = {}
        if "meals" in parts:
            state["meals"] = [(m.meal, m.target.as_tuple(), m.status) for m in self.day_plan(day)]
        if "target" in parts:
            state["target"] = list(self.daily_target(day).as_tuple())
        if profile_keys:
            stored = self._values()
            state["profile"] = {k: stored.get(k) for k in sorted(profile_keys)}
        return state

    def _restore(self, db: sqlite3.Connection, day: date, state: dict) -> None:
        if "meals" in state:
            self._write_plan(db, day, [MealPlan(meal, Macros(*values), status) for meal, values, status in state["meals"]])
        if "target" in state:
            self._write_target(db, day, Macros(*state["target"]))
        if "profile" in state:
            self._store_values(db, state["profile"])

    # -- changes (everything that writes the diary goes through here) ---------------------------------
    @contextmanager
    def change(self, day: date, tool: str, summary: str) -> Iterator["ChangeWriter"]:
        with self.transaction() as db:
            plan = [(m.meal, m.target.as_tuple(), m.status) for m in self.day_plan(day)]
            cur = db.execute("INSERT INTO changes(day, tool, summary, created_at, meals_before) VALUES (?,?,?,?,?)",
                             (day.isoformat(), tool, summary, _now(), json.dumps(plan)))
            writer = ChangeWriter(self, db, day, cur.lastrowid)
            yield writer
            writer.finish()
            # a new change ends the redo of what was undone that day, as in any editor
            db.execute("UPDATE changes SET undone = ? WHERE day = ? AND undone = ?",
                       (DISCARDED, day.isoformat(), UNDONE))

    def undo(self, change_id: int) -> str:
        """Take back one change; only the newest change still standing on its day can be."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM changes WHERE id = ?", (change_id,)).fetchone()
            if row is None:
                raise UndoError("That change no longer exists.")
            if row["undone"] != STANDING:
                raise UndoError("That change was already undone.")
            newer = db.execute("SELECT COUNT(*) FROM changes WHERE day = ? AND id > ? AND undone = ?",
                               (row["day"], change_id, STANDING)).fetchone()[0]
            if newer:
                raise UndoError("Undo the later changes of that day first.")
            day = date.fromisoformat(row["day"])
            for tbl, row_id, before, _after in reversed(self._row_images(db, change_id)):
                self._put_row(db, tbl, row_id, before)
            if row["state_before"] is not None:
                self._restore(db, day, json.loads(row["state_before"]))
            else:  # recorded before redo existed: keep the plan it left, for a redo, then put back its plan
                db.execute("UPDATE changes SET state_after = ? WHERE id = ?",
                           (json.dumps(self._state(day, {"meals"})), change_id))
                self._restore(db, day, {"meals": json.loads(row["meals_before"])})
            db.execute("UPDATE changes SET undone = ? WHERE id = ?", (UNDONE, change_id))
            return row["summary"]

    def redo(self, day: date) -> tuple[int, str]:
        """Put back the change of *day* undone last: (its id, its summary). Raises UndoError when none can be."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM changes WHERE day = ? AND undone = ? ORDER BY id LIMIT 1",
                             (day.isoformat(), UNDONE)).fetchone()
            if row is None:
                raise UndoError("There is nothing to redo for that day.")
            for tbl, row_id, _before, after in self._row_images(db, row["id"]):
                self._put_row(db, tbl, row_id, after)
            if row["state_after"] is not None:
                self._restore(db, day, json.loads(row["state_after"]))
            db.execute("UPDATE changes SET undone = ? WHERE id = ?", (STANDING, row["id"]))
            return row["id"], row["summary"]

    def latest_change(self, day: date) -> int | None:
        """The change Undo takes back on *day*."""
        with self._lock:
            row = self._db.execute("SELECT MAX(id) FROM changes WHERE day = ? AND undone = ?",
                                   (day.isoformat(), STANDING)).fetchone()
        return row[0]

    def redoable_change(self, day: date) -> int | None:
        """The change Redo puts back on *day*."""
        with self._lock:
            row = self._db.execute("SELECT MIN(id) FROM changes WHERE day = ? AND undone = ?",
                                   (day.isoformat(), UNDONE)).fetchone()
        return row[0]

    def _row_images(self, db: sqlite3.Connection, change_id: int) -> list[tuple[str, int, dict | None, dict | None]]:
        rows = db.execute("SELECT tbl, row_id, before, after FROM change_rows WHERE change_id = ? ORDER BY seq",
                          (change_id,)).fetchall()
        if rows:
            return [(r[0], r[1], _loads(r[2]), _loads(r[3])) for r in rows]
        # recorded before row images existed: the rows it added, as they are now (later changes are undone)
        images: list[tuple[str, int, dict | None, dict | None]] = []
        for tbl in ("food_log", "activity_log"):
            for r in db.execute(f"SELECT * FROM {tbl} WHERE change_id = ? ORDER BY id", (change_id,)):
                images.append((tbl, r["id"], None, dict(r)))
        if images:  # kept, so a redo after this undo can put them back
            for seq, (tbl, row_id, before, after) in enumerate(images):
                db.execute("INSERT INTO change_rows VALUES (?, ?, ?, ?, NULL, ?)",
                           (change_id, seq, tbl, row_id, json.dumps(after)))
        return images

    def _put_row(self, db: sqlite3.Connection, tbl: str, row_id: int, image: dict | None) -> None:
        if tbl not in ROW_TABLES:
            raise UndoError(f"The diary's history names an unknown table {tbl!r}.")
        db.execute(f"DELETE FROM {tbl} WHERE id = ?", (row_id,))
        if image is not None:
            columns = {r[1] for r in db.execute(f"PRAGMA table_info({tbl})")}
            names = [c for c in image if c in columns]
            db.execute(f"INSERT INTO {tbl} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                       [image[c] for c in names])

    def food_entry(self, entry_id: int) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute("SELECT * FROM food_log WHERE id = ?", (entry_id,)).fetchone()

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

    def history(self, end: date, days: int) -> list[tuple[date, Macros, float, Macros]]:
        """(day, eaten, activity kcal, the day's target) for the *days* days ending at *end*, oldest first,
        zeros included; a day never planned has the profile's target (as daily_target says)."""
        start = end - timedelta(days=days - 1)
        span = (start.isoformat(), end.isoformat())
        eaten: dict[str, Macros] = {}
        burned: dict[str, float] = {}
        targets: dict[str, Macros] = {}
        with self._lock:
            for r in self._db.execute("SELECT day, SUM(kcal), SUM(protein), SUM(carbs), SUM(fat) FROM food_log "
                                      "WHERE day BETWEEN ? AND ? GROUP BY day", span):
                eaten[r[0]] = Macros(r[1], r[2], r[3], r[4])
            for r in self._db.execute("SELECT day, SUM(kcal) FROM activity_log WHERE day BETWEEN ? AND ? GROUP BY day",
                                      span):
                burned[r[0]] = r[1]
            for r in self._db.execute("SELECT day, kcal, protein, carbs, fat FROM day_target WHERE day BETWEEN ? AND ?",
                                      span):
                targets[r[0]] = Macros(r[1], r[2], r[3], r[4])
        default = self.profile().target()
        out = []
        for i in range(days):
            d = (start + timedelta(days=i)).isoformat()
            out.append((start + timedelta(days=i), eaten.get(d, Macros()), burned.get(d, 0.0), targets.get(d, default)))
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
    """The writes of one change, each recorded so that the change can be undone and redone as a whole."""

    def __init__(self, store: DiaryStore, db: sqlite3.Connection, day: date, change_id: int) -> None:
        self._store, self._db, self.day, self.id = store, db, day, change_id
        self._seq = 0
        self._parts: set[str] = set()  # "meals", "target": touched by this change
        self._profile_keys: set[str] = set()  # profile values touched by this change
        self._before: dict = {}

    # -- the day's plan, target and the profile: their value before the first write is kept -------------
    def _touch(self, part: str) -> None:
        if part not in self._parts:
            self._before.update(self._store._state(self.day, {part}))
            self._parts.add(part)

    def _touch_profile(self, keys: set[str]) -> None:
        new = keys - self._profile_keys
        if new:
            self._before.setdefault("profile", {}).update(self._store._state(self.day, set(), new)["profile"])
            self._profile_keys |= new

    def set_plan(self, plan: list[MealPlan]) -> None:
        self._touch("meals")
        self._store._write_plan(self._db, self.day, plan)

    def set_target(self, target: Macros) -> None:
        """The day's new target; its meals still planned grow or shrink with it, field by field, so a plan
        already rebalanced keeps its shape."""
        self._touch("target")
        self._touch("meals")
        old = self._store.daily_target(self.day)
        plan = self._store.day_plan(self.day)
        ratio = [n / o if o > 0 else 1.0 for n, o in zip(target.as_tuple(), old.as_tuple())]
        self._store._write_plan(self._db, self.day, [
            replace(m, target=Macros(*(v * r for v, r in zip(m.target.as_tuple(), ratio))))
            if m.status == "planned" else m for m in plan])
        self._store._write_target(self._db, self.day, target)

    def set_profile(self, profile: Profile) -> None:
        """Store *profile* (built with Profile.changed, so checked); only the fields that differ are written."""
        current = self._store.profile().values()
        changed = {k: v for k, v in profile.values().items() if current.get(k) != v}
        self._touch_profile(set(changed))
        self._store._store_values(self._db, changed)

    def set_meal_slots(self, slots: MealSlots) -> None:
        self._touch_profile({"meal_plan"})
        self._store._store_values(self._db, {"meal_plan": slots.to_value()})

    # -- entry rows ---------------------------------------------------------------------------------------
    def _record(self, tbl: str, row_id: int, before: dict | None) -> None:
        row = self._db.execute(f"SELECT * FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
        after = dict(row) if row is not None else None
        self._db.execute("INSERT INTO change_rows VALUES (?, ?, ?, ?, ?, ?)",
                         (self.id, self._seq, tbl, row_id, _dumps(before), _dumps(after)))
        self._seq += 1

    def _row(self, tbl: str, row_id: int) -> dict:
        row = self._db.execute(f"SELECT * FROM {tbl} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise UndoError("That diary entry no longer exists.")
        return dict(row)

    def log_food(self, meal: str, food_ref: str, grams: float, macros: Macros, *, planned: bool, name: str,
                 amount: str | None = None) -> int:
        cur = self._db.execute(
            "INSERT INTO food_log(day, meal, food_key, grams, kcal, protein, carbs, fat, planned, change_id, "
            "created_at, food_name, amount) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (self.day.isoformat(), meal, food_ref, grams, *macros.as_tuple(), int(planned), self.id, _now(), name,
             amount))
        self._record("food_log", cur.lastrowid, None)
        return cur.lastrowid

    def update_food(self, entry_id: int, *, meal: str | None = None, grams: float | None = None,
                    amount: str | None = None) -> dict:
        """Move an entry to *meal* and/or change its amount; its macros scale with the grams, so an entry
        keeps the values it was logged with per gram. Returns the row as it was."""
        before = self._row("food_log", entry_id)
        values = {"meal": meal or before["meal"], "grams": before["grams"], "amount": before["amount"]}
        macros = Macros(before["kcal"], before["protein"], before["carbs"], before["fat"])
        if grams is not None:
            macros = macros.scaled(grams / before["grams"])
            values.update(grams=grams, amount=amount)
        self._db.execute("UPDATE food_log SET meal = ?, grams = ?, amount = ?, kcal = ?, protein = ?, carbs = ?, "
                         "fat = ? WHERE id = ?", (values["meal"], values["grams"], values["amount"],
                                                  *macros.as_tuple(), entry_id))
        self._record("food_log", entry_id, before)
        return before

    def delete_food(self, entry_id: int) -> dict:
        before = self._row("food_log", entry_id)
        self._db.execute("DELETE FROM food_log WHERE id = ?", (entry_id,))
        self._record("food_log", entry_id, before)
        return before

    def log_activity(self, activity_key: str, minutes: float, weight_kg: float, met: float, kcal: float,
                     *, net: bool) -> int:
        cur = self._db.execute(
            "INSERT INTO activity_log(day, activity_key, minutes, weight_kg, met, kcal, net, change_id, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (self.day.isoformat(), activity_key, minutes, weight_kg, met, kcal, int(net), self.id, _now()))
        self._record("activity_log", cur.lastrowid, None)
        return cur.lastrowid

    def delete_activity(self, entry_id: int) -> dict:
        before = self._row("activity_log", entry_id)
        self._db.execute("DELETE FROM activity_log WHERE id = ?", (entry_id,))
        self._record("activity_log", entry_id, before)
        return before

    def log_weight(self, kg: float) -> None:
        """The day's weight (one per day: a second one replaces it); today's is the profile's weight too."""
        old = self._db.execute("SELECT * FROM weight_log WHERE day = ?", (self.day.isoformat(),)).fetchone()
        if old is not None:
            self._db.execute("DELETE FROM weight_log WHERE id = ?", (old["id"],))
            self._record("weight_log", old["id"], dict(old))
        cur = self._db.execute("INSERT INTO weight_log(day, kg, change_id, created_at) VALUES (?, ?, ?, ?)",
                               (self.day.isoformat(), kg, self.id, _now()))
        self._record("weight_log", cur.lastrowid, None)
        latest = self._db.execute("SELECT MAX(day) FROM weight_log").fetchone()[0]
        if latest == self.day.isoformat():
            self.set_profile(self._store.profile().changed(weight_kg=kg))

    def finish(self) -> None:
        """Record the state the change leaves (called by DiaryStore.change when the writes are done)."""
        if self._parts or self._profile_keys:
            after = self._store._state(self.day, self._parts, self._profile_keys)
            self._db.execute("UPDATE changes SET state_before = ?, state_after = ? WHERE id = ?",
                             (json.dumps(self._before), json.dumps(after), self.id))


def _dumps(image: dict | None) -> str | None:
    return None if image is None else json.dumps(image)


def _loads(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)


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
