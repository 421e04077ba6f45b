"""The conversation on disk: one JSON line per finished utterance, one file per day.

What was said stays with the user even when the app is closed or dies (a crash loses at most the
utterance still streaming). The files are local, like the diary, and never leave the machine. Lines are
appended and flushed as each utterance settles; a torn last line (power loss mid-write) is skipped when
the day is read back.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Callable, TextIO

from nutrivoice_desktop.core.transcript import Utterance

log = logging.getLogger(__name__)


class ConversationJournal:
    def __init__(self, folder: Path, today: Callable[[], date] = date.today) -> None:
        self.folder = Path(folder)
        self._today = today
        self._file: TextIO | None = None
        self._day: date | None = None
        self.failed = False  # a full or read-only disk: say it once, keep the conversation going

    def path_for(self, day: date) -> Path:
        return self.folder / f"{day.isoformat()}.jsonl"

    def append(self, utterance: Utterance) -> None:
        """Transcript's ``on_settled``: one finished utterance."""
        text = utterance.text
        if self.failed or not text:
            return
        record = {"at": utterance.started.isoformat(timespec="seconds"), "role": utterance.role,
                  "turn": utterance.turn, "text": text}
        if utterance.interrupted:
            record["interrupted"] = True
        try:
            handle = self._open(self._today())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
        except OSError as exc:
            self.failed = True
            log.warning("the conversation is no longer saved to disk: %s", exc)

    def read(self, day: date) -> list[Utterance]:
        """The day's utterances in order; lines a crash tore (or anything unreadable) are left out."""
        try:
            lines = self.path_for(day).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("cannot read the saved conversation %s: %s", self.path_for(day), exc)
            return []
        utterances = []
        for line in lines:
            try:
                record = json.loads(line)
                utterance = Utterance(str(record["role"]), int(record["turn"]),
                                      started=datetime.fromisoformat(record["at"]),
                                      interrupted=bool(record.get("interrupted")))
                utterance.append(str(record["text"]))
            except (ValueError, KeyError, TypeError):
                log.warning("skipping a damaged line in %s", self.path_for(day))
                continue
            utterances.append(utterance)
        return utterances

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _open(self, day: date) -> TextIO:
        if self._file is None or self._day != day:  # a conversation past midnight goes on in the next file
            self.close()
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = self.path_for(day).open("a", encoding="utf-8")
            self._day = day
        return self._file
