"""The diary's files on disk: integrity checks, daily backups, and setting a damaged diary aside.

Backups live in ``backups/`` beside the diary, one per day (``diary-2026-11-25.sqlite3``), the newest
KEEP_BACKUPS kept. Each is written with SQLite's online backup API (a consistent copy even while another
process writes), converted to a single self-contained file, and checked before it gets its final name: a
file with a backup's name has passed an integrity check at least once, and is checked again before use.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nutrivoice_desktop.nutrition.diary_errors import DAMAGED, classify

if TYPE_CHECKING:  # the store copies itself with write_copy() below
    from nutrivoice_desktop.nutrition.store import DiaryStore

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 7
SIDE_FILES = ("-wal", "-shm")  # SQLite's write-ahead log and its index belong to the diary file


def integrity_problems(db: sqlite3.Connection) -> list[str]:
    """What PRAGMA quick_check finds wrong (empty when the file is sound).

    quick_check reads every page but skips the index-versus-table comparison of integrity_check, so it is
    fast enough to run at every start on a personal diary (milliseconds for years of entries).
    """
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if classify(exc, "") != DAMAGED:  # busy, unreadable...: not a finding about the file's content
            raise
        return [str(exc)]
    return [] if rows == ["ok"] else [line for row in rows for line in str(row).splitlines()]


def file_problems(path: Path) -> list[str]:
    """integrity_problems() of the database file at *path*, read without writing to it.

    A read-only connection cannot checkpoint the write-ahead log into the file on close, so a damaged diary
    is examined without being changed before it is set aside.
    """
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return integrity_problems(db)
    finally:
        db.close()


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind *source* into a new single file at *target* (no -wal needed to read it)."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # the copy inherits WAL mode; a backup is one file
    finally:
        copy.close()


# -- backups ---------------------------------------------------------------------------------------------
def backup_folder(diary: Path) -> Path:
    return Path(diary).parent / BACKUP_FOLDER


def backup_path(diary: Path, day: date) -> Path:
    return backup_folder(diary) / f"{Path(diary).stem}-{day.isoformat()}.sqlite3"


def backups(diary: Path) -> list[Path]:
    """The diary's backups, newest first (the date in the name sorts them)."""
    folder = backup_folder(diary)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(diary).stem}-????-??-??.sqlite3"), reverse=True)


def latest_good_backup(diary: Path) -> Path | None:
    """The newest backup that passes an integrity check now, or None."""
    for backup in backups(diary):
        try:
            problems = file_problems(backup)
        except sqlite3.Error as exc:
            problems = [str(exc)]
        if not problems:
            return backup
        log.warning("backup %s fails its integrity check: %s", backup, problems[0])
    return None


def make_daily_backup(store: DiaryStore, day: date) -> Path | None:
    """Back *store*'s diary up as *day*'s backup unless that exists; keep the newest KEEP_BACKUPS.

    Returns the new backup, or None when *day* already had one. Raises sqlite3.Error/OSError when the copy
    fails (disk full, say) and RuntimeError when the copy fails its integrity check; nothing is left behind.
    """
    diary = Path(store.path)
    target = backup_path(diary, day)
    if target.exists():
        return None
    target.parent.mkdir(exist_ok=True)
    # a name of its own per process: two NutriVoice processes starting together may both make the backup
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        store.copy_to(partial)
        problems = file_problems(partial)
        if problems:
            raise RuntimeError(f"the new backup fails its integrity check: {problems[0]}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    for old in backups(diary)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    log.info("diary backed up to %s", target)
    return target


# -- setting a diary aside ---------------------------------------------------------------------------------
def set_aside(diary: Path, reason: str, now: datetime | None = None) -> Path:
    """Rename the diary and its -wal/-shm to ``<name>.<reason>-YYYYMMDD-HHMMSS`` beside it; return the new path.

    Nothing is deleted: the renamed copy keeps every byte, and SQLite opens it with its log as usual.
    The log moves first: a new diary created at the old name must never find a stale log there.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = diary.with_name(f"{diary.name}.{reason}-{stamp}")
    n = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        n += 1
        target = diary.with_name(f"{diary.name}.{reason}-{stamp}-{n}")
    for suffix in SIDE_FILES:
        side = Path(f"{diary}{suffix}")
        if side.exists():
            os.rename(side, f"{target}{suffix}")
    os.rename(diary, target)
    log.warning("diary %s set aside as %s (%s)", diary, target, reason)
    return target
