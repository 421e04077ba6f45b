"""Opening the diary: the one way the app and ``nutrivoice tool`` get a DiaryStore.

open_diary() creates the folder, checks the file's integrity before anything writes to it, migrates it,
makes the day's backup, and turns every failure into a DiaryOpenError that says in plain words what is
wrong and what to do. A damaged diary is never written to or deleted: it is renamed aside, and the user
chooses between restore_backup() (the newest good backup) and start_empty_diary().

    try:
        store = open_diary(path)
    except DiaryOpenError as problem:           # show problem.title / .message / .next_step
        if problem.kind in ("damaged", "missing"):
            if problem.backup is not None and the_user_chooses_the_backup:
                store = restore_backup(problem.backup, path)
            else:
                store = start_empty_diary(path)
        else:
            ...                                  # nothing to choose: the user fixes the cause and restarts
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

from nutrivoice_desktop.nutrition import diary_files
from nutrivoice_desktop.nutrition.diary_errors import DAMAGED, MISSING, READ_ONLY, DiaryOpenError, classify
from nutrivoice_desktop.nutrition.store import DiaryStore

log = logging.getLogger(__name__)


def open_diary(path: Path | str) -> DiaryStore:
    """Open (or create) the diary at *path*, checked, migrated and backed up; raises DiaryOpenError."""
    path = Path(path)
    return _explained(path, lambda: _open(path, may_create=False))


def start_empty_diary(path: Path | str) -> DiaryStore:
    """Open a new, empty diary at *path*; a diary already there is set aside first, never deleted."""
    path = Path(path)

    def start() -> DiaryStore:
        _set_aside_if_present(path, "replaced")
        return _open(path, may_create=True)

    return _explained(path, start)


def restore_backup(backup: Path | str, path: Path | str) -> DiaryStore:
    """Put *backup* in the diary's place and open it; a diary already there is set aside first."""
    path, backup = Path(path), Path(backup)

    def restore() -> DiaryStore:
        problems = diary_files.file_problems(backup)
        if problems:  # checked before the diary in place is moved: a bad backup changes nothing
            raise DiaryOpenError(DAMAGED, backup, detail=problems[0])
        # copied under a temporary name, renamed when complete: an interrupted restore leaves no half diary
        partial = path.with_name(f"{path.name}.restoring")
        try:
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                diary_files.write_copy(source, partial)
            finally:
                source.close()
            _set_aside_if_present(path, "replaced")
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        log.info("diary %s restored from %s", path, backup)
        return _open(path, may_create=True)

    return _explained(path, restore)


def _open(path: Path, *, may_create: bool) -> DiaryStore:
    if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # SQLite would open it read-only without a word and fail at the first change
        raise DiaryOpenError(READ_ONLY, path)
    if not path.exists() and not may_create:
        # Backups but no diary: it was set aside as damaged, or deleted. Creating an empty diary here would
        # hide the backup; the user chooses (restore_backup or start_empty_diary).
        backup = _quietly(diary_files.latest_good_backup, path)
        if backup is not None:
            raise DiaryOpenError(MISSING, path, backup=backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # checked before anything writes to it (opening for writing may checkpoint the log into the file)
        problems = _integrity_problems(path)
        if problems:
            raise _damaged(path, problems[0])
        store = DiaryStore(path)
    except sqlite3.DatabaseError as exc:
        if classify(exc, path) != DAMAGED:
            raise
        raise _damaged(path, str(exc)) from exc
    try:
        diary_files.make_daily_backup(store, date.today())
    except (sqlite3.Error, OSError, RuntimeError) as exc:
        # the diary itself is fine: work on, and try again at the next start
        log.warning("could not back up the diary %s: %s", path, exc)
    return store


def _integrity_problems(path: Path) -> list[str]:
    if not path.exists() or path.stat().st_size == 0:  # a new diary (maybe being created by another process)
        return []
    try:
        return diary_files.file_problems(path)
    except sqlite3.Error as exc:
        # not damage (busy while another process creates it, say): the read-write open meets the real cause
        log.info("integrity check of %s skipped: %s", path, exc)
        return []


def _damaged(path: Path, detail: str) -> DiaryOpenError:
    log.error("the diary %s is damaged: %s", path, detail)
    try:
        moved = diary_files.set_aside(path, "damaged")
    except OSError as exc:
        log.error("could not set the damaged diary %s aside: %s", path, exc)
        return DiaryOpenError(DAMAGED, path, detail=detail)
    return DiaryOpenError(DAMAGED, path, detail=detail, set_aside=moved,
                          backup=_quietly(diary_files.latest_good_backup, path))


def _explained(path: Path, action: Callable[[], DiaryStore]) -> DiaryStore:
    """Run *action*; a failure that is a diary problem (not a bug) becomes a DiaryOpenError."""
    try:
        return action()
    except DiaryOpenError:
        raise
    except (sqlite3.Error, OSError) as exc:
        kind = classify(exc, path)
        if kind is None:
            raise
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DiaryOpenError(kind, path, detail=detail) from exc


def _set_aside_if_present(path: Path, reason: str) -> None:
    if path.exists():
        diary_files.set_aside(path, reason)


def _quietly(find: Callable[[Path], Path | None], path: Path) -> Path | None:
    """A backup lookup that cannot itself stop the diary from opening (unreadable backup folder, say)."""
    try:
        return find(path)
    except (sqlite3.Error, OSError) as exc:
        log.warning("could not look for backups of %s: %s", path, exc)
        return None


async def keep_daily_backups(store: DiaryStore, today: Callable[[], date] = date.today,
                             every_s: float = 3600.0) -> None:
    """For an app left running for days: the day's backup is made within *every_s* of the day starting.
    Runs until cancelled; the copy happens in an executor (it takes the store's lock, never the loop)."""
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(every_s)
        try:
            await loop.run_in_executor(None, diary_files.make_daily_backup, store, today())
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("could not back up the diary %s: %s", store.path, exc)
