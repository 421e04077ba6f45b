"""Why the diary cannot be opened or saved, in words a user can act on.

SQLite and the operating system say "database disk image is malformed", "attempt to write a readonly
database" or ENOSPC; a user needs to hear what happened to *their diary*, where it is, and what to do next.
This module turns those errors into one of a few kinds, each with a title, a message and a next step.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP

DAMAGED = "damaged"
READ_ONLY = "read_only"
UNREACHABLE = "unreachable"
NEWER_SCHEMA = "newer_schema"
DISK_FULL = "disk_full"
LOCKED = "locked"
MISSING = "missing"

# primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte
_SQLITE_KINDS = {
    3: UNREACHABLE,   # SQLITE_PERM
    5: LOCKED,        # SQLITE_BUSY
    6: LOCKED,        # SQLITE_LOCKED
    8: READ_ONLY,     # SQLITE_READONLY
    10: UNREACHABLE,  # SQLITE_IOERR: the drive went away or fails to read/write
    11: DAMAGED,      # SQLITE_CORRUPT
    13: DISK_FULL,    # SQLITE_FULL
    14: UNREACHABLE,  # SQLITE_CANTOPEN
    26: DAMAGED,      # SQLITE_NOTADB
}
# for errors that carry no code (raised by hand, or by an older sqlite3 module)
_MESSAGE_KINDS = (
    ("disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
    ("database is locked", LOCKED),
    ("unable to open", UNREACHABLE),
)
_OS_KINDS = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EROFS: READ_ONLY}


def classify(exc: BaseException, path: Path | str) -> str | None:
    """The kind of diary problem *exc* is, or None when it is not one (a bug, say)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = _SQLITE_KINDS.get(code & 0xFF) if code is not None else None
        if kind is None:
            text = str(exc).lower()
            kind = next((k for words, k in _MESSAGE_KINDS if words in text), None)
        if kind == UNREACHABLE and _exists_but_not_writable(Path(path)):
            kind = READ_ONLY  # SQLite cannot create the journal beside a file it may only read
        return kind
    if isinstance(exc, OSError):
        return _OS_KINDS.get(exc.errno, UNREACHABLE)
    return None


def _exists_but_not_writable(path: Path) -> bool:
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def backup_day(backup: Path) -> str:
    """'2026-11-24' from 'diary-2026-11-24.sqlite3'."""
    return backup.stem[-len("YYYY-MM-DD"):]


class DiaryOpenError(Exception):
    """The diary could not be opened. *title*, *message* and *next_step* are ready to show to the user.

    For a damaged diary, *set_aside* is where the damaged file (with its -wal/-shm) was moved, and *backup*
    the newest backup that passed its integrity check, if any: the caller offers restore_backup(backup, path)
    or start_empty_diary(path) (see diary.py).
    """

    def __init__(self, kind: str, path: Path | str, *, detail: str = "", set_aside: Path | None = None,
                 backup: Path | None = None) -> None:
        self.kind, self.path, self.detail = kind, Path(path), detail
        self.set_aside, self.backup = set_aside, backup
        self.title, self.message, self.next_step = _open_words(self)
        super().__init__(f"{self.message} {self.next_step}")


def _open_words(e: DiaryOpenError) -> tuple[str, str, str]:
    """(title, message, next step) as phrases (core/wording.py): the start-up dialog shows them translated."""
    where = str(e.path)
    because = f" ({e.detail})" if e.detail else ""
    restore = QT_TRANSLATE_NOOP("Messages", "Restore the backup from {day}, or start an empty diary.").format(
        day=backup_day(e.backup)) if e.backup else ""
    if e.kind == DAMAGED:  # SQLite's page-level findings stay in .detail and the log: no help to a user
        title = QT_TRANSLATE_NOOP("Messages", "The diary file is damaged")
        if e.set_aside is None:
            return (title,
                    QT_TRANSLATE_NOOP("Messages", "The diary at {where} is damaged, and NutriVoice could not move "
                                                  "it aside.").format(where=where),
                    QT_TRANSLATE_NOOP("Messages", "Copy that file somewhere safe, remove it, and start NutriVoice "
                                                  "again."))
        return (title,
                QT_TRANSLATE_NOOP("Messages", "The diary at {where} is damaged. NutriVoice moved it aside to "
                                              "{aside}, so nothing in it is lost.").format(where=where,
                                                                                           aside=e.set_aside),
                restore or QT_TRANSLATE_NOOP("Messages", "Start an empty diary; the damaged copy stays where it is "
                                                         "in case it can be rescued."))
    if e.kind == MISSING:
        return (QT_TRANSLATE_NOOP("Messages", "The diary is missing"),
                QT_TRANSLATE_NOOP("Messages", "There is no diary at {where}, but there is a backup of it from "
                                              "{day}.").format(where=where, day=backup_day(e.backup)),
                restore)
    if e.kind == NEWER_SCHEMA:
        return (QT_TRANSLATE_NOOP("Messages", "The diary is from a newer NutriVoice"),
                QT_TRANSLATE_NOOP("Messages", "The diary at {where} was saved by a newer version of "
                                              "NutriVoice{because}.").format(where=where, because=because),
                QT_TRANSLATE_NOOP("Messages", "Update NutriVoice to open it. The diary was not changed."))
    if e.kind == READ_ONLY:
        return (QT_TRANSLATE_NOOP("Messages", "The diary is read-only"),
                QT_TRANSLATE_NOOP("Messages", "The diary is read-only: NutriVoice cannot save to "
                                              "{where}{because}.").format(where=where, because=because),
                QT_TRANSLATE_NOOP("Messages", "Allow your user to write to that file and its folder (or move it "
                                              "off read-only media), then start NutriVoice again."))
    if e.kind == DISK_FULL:
        return (QT_TRANSLATE_NOOP("Messages", "The disk is full"),
                QT_TRANSLATE_NOOP("Messages", "The disk is full: NutriVoice could not set up the diary at "
                                              "{where}.").format(where=where),
                QT_TRANSLATE_NOOP("Messages", "Free some space on that drive, then start NutriVoice again."))
    if e.kind == LOCKED:
        return (QT_TRANSLATE_NOOP("Messages", "The diary is busy"),
                QT_TRANSLATE_NOOP("Messages", "Another program kept the diary at {where} locked for too long "
                                              "(another NutriVoice, or a 'nutrivoice tool' command).").format(
                    where=where),
                QT_TRANSLATE_NOOP("Messages", "Close the other NutriVoice or wait for the command to finish, then "
                                              "try again."))
    return (QT_TRANSLATE_NOOP("Messages", "NutriVoice cannot reach the diary"),
            QT_TRANSLATE_NOOP("Messages", "NutriVoice cannot open the diary at {where}{because}.").format(
                where=where, because=because),
            QT_TRANSLATE_NOOP("Messages", "Check that the folder exists, that you may write to it, and that its "
                                          "drive is connected; then start NutriVoice again."))


def write_failure(exc: BaseException, path: Path | str) -> tuple[str, str] | None:
    """(kind, message with next step) for a diary write that failed, or None when it is not a diary problem.

    What the model reads back to the user: it says what happened and that nothing was half-saved, since
    every change is one transaction that was rolled back.
    """
    kind = classify(exc, path)
    if kind is None:
        return None
    words = {
        DISK_FULL: f"The disk is full, so the diary at {path} could not be saved. Nothing was changed. "
                   "Free some space on that drive and try again.",
        READ_ONLY: f"The diary is read-only ({path}), so nothing could be saved. Allow writing to that file "
                   "and its folder, then restart NutriVoice.",
        LOCKED: "The diary is busy: another NutriVoice program kept it locked. Nothing was changed. "
                "Try again in a moment.",
        DAMAGED: f"The diary file at {path} is damaged. Nothing was changed. Restart NutriVoice: it sets the "
                 "damaged file aside and offers the newest backup.",
    }
    return kind, words.get(kind, f"NutriVoice cannot reach the diary at {path}. Nothing was changed. "
                                 "Check that its drive is connected, then try again.")
