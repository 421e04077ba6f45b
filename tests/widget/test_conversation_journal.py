"""What was said is saved as it settles, survives a restart, and is shown again the same day."""

from __future__ import annotations

import json
from datetime import date

from nutrivoice_desktop.core.conversation_journal import ConversationJournal
from nutrivoice_desktop.ui.conversation import ConversationView


def saved(journal: ConversationJournal) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in journal.read(date.today())]


def test_utterances_are_saved_once_in_order_and_restored(qtbot, tmp_path):
    journal = ConversationJournal(tmp_path / "conversations")
    view = ConversationView(journal=journal)
    qtbot.addWidget(view)
    view.add_delta("user", "I skipped", 0)
    view.add_delta("user", " breakfast", 0)
    assert saved(journal) == []  # still streaming
    view.add_delta("assistant", "No problem, ", 0)
    assert saved(journal) == [("user", "I skipped breakfast")]  # the next utterance settled it
    view.add_delta("assistant", "I moved it.", 0)
    view.finish_turn(0, interrupted=False, first_audio_ms=500.0)
    view.add_delta("user", "And a croissant", 1)  # the app quits mid-utterance
    view.finish()
    assert saved(journal) == [("user", "I skipped breakfast"), ("assistant", "No problem, I moved it."),
                              ("user", "And a croissant")]

    again = ConversationView(journal=ConversationJournal(tmp_path / "conversations"))
    qtbot.addWidget(again)
    text = again.toPlainText()
    assert "I skipped breakfast" in text and "No problem, I moved it." in text and "And a croissant" in text
    again.add_delta("user", "more", 1)  # same role and turn number as the last restored line: a new utterance
    again.finish()
    assert saved(again.journal)[-2:] == [("user", "And a croissant"), ("user", "more")]
    assert len(saved(again.journal)) == 4  # the restored lines were not written twice


def test_a_torn_line_is_skipped_and_a_broken_disk_does_not_stop_the_talk(qtbot, tmp_path):
    folder = tmp_path / "conversations"
    folder.mkdir()
    good = json.dumps({"at": "2026-11-25T09:00:00", "role": "user", "turn": 0, "text": "kept"})
    (folder / f"{date.today()}.jsonl").write_text(good + "\n" + '{"at": "2026-11-25T09:0', encoding="utf-8")
    assert [u.text for u in ConversationJournal(folder).read(date.today())] == ["kept"]

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    view = ConversationView(journal=ConversationJournal(blocked / "conversations"))
    qtbot.addWidget(view)
    view.add_delta("user", "hello", 0)
    view.add_delta("assistant", "hi", 0)  # settling "hello" fails to save: logged once, the view goes on
    view.finish()
    assert view.journal.failed and "hello" in view.toPlainText() and "hi" in view.toPlainText()
