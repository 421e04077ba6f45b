"""The diary never loses data and never dies silently: damaged, unreachable, read-only, newer and full diaries
give plain words and keep every byte; daily backups are made, rotated, verified and restored. Real SQLite."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import random
import sqlite3
import stat
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from nutrivoice_desktop.cli import TOOLS_PACKAGE
from nutrivoice_desktop.nutrition import diary_files, store as store_module
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.diary import open_diary, restore_backup, start_empty_diary
from nutrivoice_desktop.nutrition.diary_errors import DiaryOpenError, classify, write_failure
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import MIGRATIONS, DiaryStore
from nutrivoice_desktop.services import paths
from tests.conftest import FIXED_DAY

APPLE = Macros(52, 0.3, 14, 0.2)


def permissions_bind_us() -> bool:
    """False as root (with CAP_DAC_OVERRIDE), where chmod does not stop writes and every folder opens."""
    if os.geteuid() != 0:
        return True
    with tempfile.NamedTemporaryFile() as probe:
        os.chmod(probe.name, stat.S_IRUSR)
        return not os.access(probe.name, os.W_OK)


IGNORES_PERMISSIONS = not permissions_bind_us()


def diary_with_rows(path: Path, rows: int = 300) -> Path:
    """A real diary with *rows* food entries (no backup made: DiaryStore, not open_diary)."""
    store = DiaryStore(path)
    for i in range(rows):
        with store.change(FIXED_DAY, "log_food", f"apple {i}") as change:
            change.log_food("snacks", "apple", 100 + i, APPLE, planned=False, name="Apple")
    store.close()
    return path


def food_rows(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT COUNT(*) FROM food_log").fetchone()[0]
    finally:
        db.close()


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2 + 1000)


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(50_000))


def corrupt_pages(path: Path) -> None:
    assert path.stat().st_size >= 8 * 4096  # garbage in the middle lands in pages the diary uses
    with open(path, "r+b") as f:  # two pages of garbage in the middle of the b-trees
        f.seek(path.stat().st_size // 2)
        f.write(random.Random(2).randbytes(8192))


# -- damaged diaries -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", [truncate, random_bytes, corrupt_pages], ids=lambda f: f.__name__)
def test_a_damaged_diary_is_set_aside_byte_for_byte_and_reported(tmp_path, damage):
    path = diary_with_rows(tmp_path / "diary.sqlite3")
    damage(path)
    damaged_bytes = path.read_bytes()
    wal_bytes = b"log that belongs to the damaged diary"
    Path(f"{path}-wal").write_bytes(wal_bytes)

    with pytest.raises(DiaryOpenError) as caught:
        open_diary(path)
    problem = caught.value
    assert problem.kind == "damaged"
    assert problem.set_aside is not None and problem.set_aside.name.startswith("diary.sqlite3.damaged-")
    assert problem.set_aside.read_bytes() == damaged_bytes
    assert Path(f"{problem.set_aside}-wal").read_bytes() == wal_bytes
    assert not path.exists() and not Path(f"{path}-wal").exists()
    assert "damaged" in problem.title and str(path) in problem.message and str(problem.set_aside) in problem.message
    assert problem.backup is None and "empty diary" in problem.next_step
    # nothing to restore: the next start begins an empty diary, the damaged copy stays
    fresh = open_diary(path)
    assert fresh.food_entries(FIXED_DAY) == [] and problem.set_aside.read_bytes() == damaged_bytes
    fresh.close()


def test_a_damaged_diary_offers_the_newest_good_backup_and_restoring_brings_the_rows_back(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=40)
    open_diary(path).close()  # today's backup, with the 40 rows
    corrupt_pages(path)

    with pytest.raises(DiaryOpenError) as caught:
        open_diary(path)
    problem = caught.value
    assert problem.kind == "damaged"
    assert problem.backup == diary_files.backup_path(path, date.today())
    assert f"backup from {date.today().isoformat()}" in problem.next_step

    restored = restore_backup(problem.backup, path)
    assert len(restored.food_entries(FIXED_DAY)) == 40
    restored.close()
    assert problem.set_aside.exists()  # the damaged file is still there for rescue


def test_a_missing_diary_with_backups_asks_before_starting_empty(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=5)
    open_diary(path).close()
    aside = diary_files.set_aside(path, "damaged")

    with pytest.raises(DiaryOpenError) as caught:
        open_diary(path)  # does not quietly create an empty diary over the backup's head
    assert caught.value.kind == "missing" and caught.value.backup is not None
    assert not path.exists()

    empty = start_empty_diary(path)
    assert empty.food_entries(FIXED_DAY) == []
    empty.close()
    assert food_rows(aside) == 5
    open_diary(path).close()  # from now on it is the diary


def test_restore_sets_the_current_diary_aside_instead_of_overwriting_it(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=3)
    store = open_diary(path)
    with store.change(FIXED_DAY, "log_food", "after the backup") as change:
        change.log_food("lunch", "apple", 100, APPLE, planned=False, name="Apple")
    store.close()

    restored = restore_backup(diary_files.backup_path(path, date.today()), path)
    assert len(restored.food_entries(FIXED_DAY)) == 3
    restored.close()
    replaced = list(tmp_path.glob("diary.sqlite3.replaced-*"))
    assert len(replaced) == 1 and food_rows(replaced[0]) == 4


# -- diaries that cannot be opened ----------------------------------------------------------------------------
def test_a_folder_that_cannot_be_created_is_unreachable_in_words(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the diary's folder should be")
    path = blocker / "nutrivoice" / "diary.sqlite3"
    with pytest.raises(DiaryOpenError) as caught:
        open_diary(path)
    problem = caught.value
    assert problem.kind == "unreachable"
    assert str(path) in problem.message and "folder" in problem.next_step
    assert blocker.read_text().startswith("a file")


@pytest.mark.skipif(IGNORES_PERMISSIONS, reason="root writes to read-only files; see the classification test below")
def test_a_read_only_diary_is_reported_at_start(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=2)
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(DiaryOpenError) as caught:
            open_diary(path)
        assert caught.value.kind == "read_only" and "read-only" in caught.value.message
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(IGNORES_PERMISSIONS, reason="root enters folders without permission")
def test_a_folder_without_permission_is_unreachable(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        with pytest.raises(DiaryOpenError) as caught:
            open_diary(folder / "diary.sqlite3")
        assert caught.value.kind == "unreachable" and str(folder) in caught.value.message
    finally:
        folder.chmod(stat.S_IRWXU)


def real_read_only_error(tmp_path: Path) -> sqlite3.OperationalError:
    path = diary_with_rows(tmp_path / "ro.sqlite3", rows=1)
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        db.execute("INSERT INTO profile_value(key, value) VALUES ('kcal', '1800')")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        db.close()
    raise AssertionError("a read-only connection wrote")


def test_a_read_only_write_is_classified_in_plain_words(tmp_path):
    exc = real_read_only_error(tmp_path)
    assert str(exc) == "attempt to write a readonly database"
    path = tmp_path / "diary.sqlite3"
    assert classify(exc, path) == "read_only"
    kind, message = write_failure(exc, path)
    assert kind == "read_only" and message.startswith("The diary is read-only") and str(path) in message
    opening = DiaryOpenError(kind, path)
    assert opening.title == "The diary is read-only" and str(path) in opening.message and opening.next_step


def test_a_diary_from_a_newer_version_is_left_untouched(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=2)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(DiaryOpenError) as caught:
        open_diary(path)
    assert caught.value.kind == "newer_schema" and "Update NutriVoice" in caught.value.next_step
    assert path.read_bytes() == before and not diary_files.backups(path)


def test_a_diary_held_by_another_program_for_too_long_is_locked_in_words(tmp_path, monkeypatch):
    path = tmp_path / "diary.sqlite3"
    open_diary(path).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.3)  # the real 10 s would make a slow test
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DiaryOpenError) as caught:
            open_diary(path)
        assert caught.value.kind == "locked" and "Another program" in caught.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_writer_waits_for_another_connection_instead_of_failing(tmp_path):
    path = tmp_path / "diary.sqlite3"
    first, second = open_diary(path), open_diary(path)
    holding = threading.Event()

    def hold_the_write_lock():
        with first.transaction():
            holding.set()
            time.sleep(0.5)

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    assert holding.wait(5)
    started = time.monotonic()
    with second.change(FIXED_DAY, "log_food", "waited") as change:
        change.log_food("lunch", "apple", 100, APPLE, planned=False, name="Apple")
    assert time.monotonic() - started > 0.3  # it waited for the lock rather than failing
    holder.join(5)
    assert [r["food_key"] for r in first.food_entries(FIXED_DAY)] == ["apple"]
    first.close()
    second.close()


# -- backups --------------------------------------------------------------------------------------------------
def test_one_verified_backup_a_day(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=7)
    for _ in range(3):
        open_diary(path).close()
    assert diary_files.backups(path) == [diary_files.backup_path(path, date.today())]
    backup = diary_files.backups(path)[0]
    assert backup.name == f"diary-{date.today().isoformat()}.sqlite3"
    assert diary_files.file_problems(backup) == [] and food_rows(backup) == 7
    assert not Path(f"{backup}-wal").exists()  # one self-contained file
    assert not list(backup.parent.glob("*.partial"))


def test_backups_are_rotated_to_the_newest_seven(tmp_path):
    path = tmp_path / "diary.sqlite3"
    store = DiaryStore(path)
    first = date(2026, 11, 1)
    made = [diary_files.make_daily_backup(store, first + timedelta(days=i)) for i in range(10)]
    assert all(made)
    assert diary_files.make_daily_backup(store, first + timedelta(days=9)) is None  # that day has one
    store.close()
    kept = diary_files.backups(path)
    assert kept == [diary_files.backup_path(path, first + timedelta(days=i)) for i in range(9, 2, -1)]


def test_a_backup_that_fails_its_check_is_not_offered(tmp_path):
    path = diary_with_rows(tmp_path / "diary.sqlite3", rows=4)
    store = DiaryStore(path)
    good = diary_files.make_daily_backup(store, date(2026, 11, 20))
    store.close()
    bad = diary_files.backup_path(path, date(2026, 11, 21))
    bad.write_bytes(random.Random(3).randbytes(20_000))
    assert diary_files.backups(path)[0] == bad
    assert diary_files.latest_good_backup(path) == good


# -- disk full --------------------------------------------------------------------------------------------------
def test_a_full_disk_reaches_the_model_in_words_and_leaves_nothing_half_written(tmp_path, registry):
    ctx = NutritionContext.open(tmp_path / "diary.sqlite3", paths.resources_dir())
    ctx.today = lambda: FIXED_DAY
    with ctx.store.transaction() as db:  # real SQLITE_FULL: the file may not grow past its current size
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
    eaten = []
    for _ in range(500):
        result = registry.call("unplanned_food", {"food": "apple", "grams": 20}, ctx)
        if not result.ok:
            break
        eaten.append(result.data["eaten"]["kcal"])
    else:
        pytest.fail("the diary never filled up")
    error = result.data["error"]
    assert error["code"] == "disk_full" and error["message"].startswith("The disk is full")
    assert "Free some space" in error["message"] and "OperationalError" not in repr(result.data)
    assert "disk is full" in result.card.summary
    # the failed call left nothing: no food row, no change record, the plan as after the last success
    assert len(ctx.store.food_entries(FIXED_DAY)) == len(eaten)
    assert ctx.store.latest_change(FIXED_DAY) == len(eaten)
    plan_kcal = sum(m.target.kcal for m in ctx.store.day_plan(FIXED_DAY))
    assert plan_kcal == pytest.approx(2000 - sum(eaten), abs=0.01)
    # space freed: the same connection works again
    with ctx.store.transaction() as db:
        db.execute("PRAGMA max_page_count = 1073741823")
    assert registry.call("unplanned_food", {"food": "apple", "grams": 20}, ctx).ok
    ctx.store.close()


def test_every_tool_that_uses_the_diary_reads_and_writes_in_one_transaction():
    package = importlib.import_module(TOOLS_PACKAGE)
    checked = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{TOOLS_PACKAGE}.{info.name}")
        if "ctx.store" in inspect.getsource(module):
            assert getattr(module.TOOL.handler, "__wrapped__", None) is module.handle, (
                f"{info.name}: pass handler=diary_transaction(handle)")
            checked.append(info.name)
    assert {"missed_meal", "unplanned_food", "log_food", "log_activity", "undo_last_change"} <= set(checked)


def test_an_app_running_for_days_backs_up_each_new_day(tmp_path):
    import asyncio
    import itertools
    from datetime import date, timedelta

    from nutrivoice_desktop.nutrition import diary_files
    from nutrivoice_desktop.nutrition.diary import keep_daily_backups, open_diary
    from tests.conftest import run_async

    path = tmp_path / "diary.sqlite3"
    store = open_diary(path)  # today's backup
    days = (date.today() + timedelta(days=n) for n in itertools.count(1))

    async def three_days() -> None:
        task = asyncio.get_running_loop().create_task(keep_daily_backups(store, lambda: next(days), every_s=0.01))
        while len(diary_files.backups(path)) < 4:
            await asyncio.sleep(0.01)
        task.cancel()

    try:
        run_async(three_days(), 20)
    finally:
        store.close()
    assert len(diary_files.backups(path)) >= 4  # today's and one for each new day
