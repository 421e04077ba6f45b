"""The diary in SQLite: persistence across reopen, migrations, undo order."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import MIGRATIONS, DiaryStore, UndoError

DAY = date(2026, 11, 25)


def test_fresh_database_is_migrated_and_wal(tmp_path):
    store = DiaryStore(tmp_path / "d.sqlite3")
    assert store.schema_version == len(MIGRATIONS)
    mode = sqlite3.connect(tmp_path / "d.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    store.close()


def test_changes_survive_reopening(tmp_path):
    store = DiaryStore(tmp_path / "d.sqlite3")
    with store.change(DAY, "log_food", "ate an apple") as change:
        change.log_food("snacks", "apple", 182, Macros(95, 0.5, 25, 0.3), planned=False, name="Apple")
    store.close()
    reopened = DiaryStore(tmp_path / "d.sqlite3")
    assert [r["food_key"] for r in reopened.food_entries(DAY)] == ["apple"]
    assert reopened.eaten(DAY)["snacks"].kcal == pytest.approx(95)
    reopened.close()


def test_a_failed_change_leaves_nothing_behind(tmp_path):
    store = DiaryStore(tmp_path / "d.sqlite3")
    with pytest.raises(RuntimeError):
        with store.change(DAY, "log_food", "half done") as change:
            change.log_food("lunch", "apple", 100, Macros(52, 0.3, 14, 0.2), planned=False, name="Apple")
            raise RuntimeError("crash mid-change")
    assert store.food_entries(DAY) == [] and store.latest_change(DAY) is None
    store.close()


def test_undo_is_newest_first(tmp_path):
    store = DiaryStore(tmp_path / "d.sqlite3")
    ids = []
    for grams in (100, 200):
        with store.change(DAY, "log_food", f"{grams} g") as change:
            change.log_food("lunch", "apple", grams, Macros(52, 0.3, 14, 0.2).scaled(grams / 100), planned=False, name="Apple")
        ids.append(change.id)
    with pytest.raises(UndoError):
        store.undo(ids[0])  # an older change while a newer one stands
    store.undo(ids[1])
    store.undo(ids[0])
    assert store.food_entries(DAY) == []
    with pytest.raises(UndoError):
        store.undo(ids[0])
    store.close()


def test_history_covers_the_requested_days(tmp_path):
    store = DiaryStore(tmp_path / "d.sqlite3")
    with store.change(DAY, "log_food", "x") as change:
        change.log_food("lunch", "apple", 100, Macros(52, 0.3, 14, 0.2), planned=False, name="Apple")
    history = store.history(DAY, 7)
    assert len(history) == 7 and history[-1][0] == DAY and history[-1][1].kcal == pytest.approx(52)
    store.close()
