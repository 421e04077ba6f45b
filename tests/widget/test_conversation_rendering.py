"""The conversation pane under a stream of deltas: nothing lost, drawn once a frame, cost flat in length."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint

from nutrivoice_desktop.core.transcript import Utterance
from nutrivoice_desktop.ui import conversation
from nutrivoice_desktop.ui.conversation import FRAME_MS, PARAGRAPH_CHARS, ConversationView


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def view(qtbot):
    widget = ConversationView()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def body(view: ConversationView) -> str:
    """The streamed text as rendered: below the header line, with the paragraph cuts taken out."""
    return view.toPlainText().split("\n", 1)[1].replace("\n", "")


def caught_up(view: ConversationView) -> bool:
    """The document shows the transcript's last words (what streams is drawn within a frame or a few)."""
    last = view.transcript.utterances[-1].text
    return view.toPlainText().replace("\n", "").endswith(last.replace("\n", ""))


def test_a_thousand_deltas_lose_nothing_and_render_once_a_frame(view, qtbot, qapp):
    renders = []
    view.changed.connect(lambda: renders.append(time.perf_counter()))
    counter = PaintCounter(view.viewport())
    qapp.processEvents()
    counter.paints = 0
    deltas = [f"w{i:04d} " for i in range(1000)]
    started = time.perf_counter()
    for delta in deltas:  # a delta every ~0.5 ms, the event loop running in between, as under qasync
        view.add_delta("assistant", delta, 0)
        until = time.perf_counter() + 0.0005
        while time.perf_counter() < until:
            qapp.processEvents()
    qtbot.wait(3 * FRAME_MS)  # the last frame
    elapsed = renders[-1] - started
    frames = elapsed / (FRAME_MS / 1000)

    expected = "".join(deltas)
    assert view.transcript.utterances[0].text == expected  # the model got every delta
    assert body(view) == expected  # and so did the document
    print(f"\n1000 deltas in {elapsed * 1000:.0f} ms ({frames:.0f} frames): {len(renders)} renders, "
          f"{counter.paints} repaints")
    assert len(renders) <= frames + 2  # one at the first delta (a new utterance), then at most one a frame
    assert counter.paints <= frames + 4
    assert len(renders) < 100 and counter.paints < 100


def cpu_per_delta_ms(view, qtbot, n: int = 300, per_frame: int = 10) -> float:
    """Main-thread CPU per delta, renders and repaints included: deltas arrive ``per_frame`` at a time and
    each frame is drawn before the next batch. CPU rather than wall time: the waits for a frame are idle."""
    used = 0.0
    for start in range(0, n, per_frame):
        cpu = time.thread_time()
        for i in range(start, start + per_frame):
            view.add_delta("assistant", f"d{i:05d} ", 0)
        used += time.thread_time() - cpu
        with qtbot.waitSignal(view.changed, timeout=1000):
            pass
        cpu = time.thread_time()
        qtbot.wait(1)  # the repaint that follows the render
        used += time.thread_time() - cpu
    return used / n * 1000


def test_cost_per_delta_does_not_grow_with_the_utterance(view, qtbot):
    view.add_delta("assistant", "start " * 170, 0)  # ~1 KB
    short = min(cpu_per_delta_ms(view, qtbot) for _ in range(3))
    for i in range(50):  # grow it to ~100 KB
        view.add_delta("assistant", f"chunk{i} " + "words in a long answer " * 90, 0)
    assert len(view.transcript.utterances[0].text) > 100_000
    qtbot.waitUntil(lambda: body(view) == view.transcript.utterances[0].text, timeout=5000)
    long = min(cpu_per_delta_ms(view, qtbot) for _ in range(3))
    print(f"\nCPU per delta: {short:.3f} ms at ~1 KB, {long:.3f} ms at "
          f"{len(view.transcript.utterances[0].text) // 1000} KB (ratio {long / short:.2f})")
    assert long / short < 3
    qtbot.waitUntil(lambda: body(view) == view.transcript.utterances[0].text, timeout=5000)  # stays complete
    longest = max(len(line) for line in view.toPlainText().split("\n"))
    assert longest <= 2 * PARAGRAPH_CHARS


def test_a_backlog_is_drawn_a_frame_at_a_time_and_in_full(view, qtbot):
    view.add_delta("assistant", "Sure.", 0)
    backlog = "".join(f"sentence {i} of a flood that arrived at once. " for i in range(1000))  # ~45 KB
    view.add_delta("assistant", backlog, 0)
    drawn = []
    view.changed.connect(lambda: drawn.append(len(body(view))))
    qtbot.waitUntil(lambda: body(view) == view.transcript.utterances[0].text, timeout=10_000)
    steps = [b - a for a, b in zip([5] + drawn, drawn)]
    assert max(steps) <= conversation.CHARS_PER_FRAME
    assert len(drawn) >= len(backlog) // conversation.CHARS_PER_FRAME


def test_a_new_speaker_during_a_backlog_comes_after_all_of_it(view, qtbot):
    view.add_delta("assistant", "Sure.", 0)
    backlog = " and more" * 2000
    view.add_delta("assistant", backlog, 0)
    with qtbot.waitSignal(view.changed, timeout=1000):  # one frame of it drawn
        pass
    assert len(view.toPlainText()) < len(backlog)
    view.add_delta("user", "Stop.", 1)
    qtbot.waitUntil(lambda: caught_up(view), timeout=5000)
    text = view.toPlainText()
    assert text.replace("\n", "").count(" and more") == 2000 and text.rstrip().endswith("Stop.")


def test_a_new_speaker_and_the_turn_end_show_at_once(view):
    view.add_delta("user", "I skipped breakfast", 0)
    view.add_delta("assistant", "No problem,", 0)
    assert "I skipped breakfast" in view.toPlainText() and "No problem," in view.toPlainText()
    view.add_delta("assistant", " I moved it.", 0)  # streamed: drawn with the next frame, or sooner...
    view.finish_turn(0, True, 640.0)  # ...when the turn ends and its header changes
    text = view.toPlainText()
    assert "No problem, I moved it." in text and "interrupted" in text and "answered in" not in text
    assert text.count("NutriVoice") == 1  # the header was replaced, not added


def test_a_long_day_keeps_the_newest_part_on_screen_and_everything_in_the_transcript(view, qtbot, monkeypatch):
    """An hour of brisk talk is ~2,400 utterances, +17 MB as a document: the pane keeps the newest blocks
    (trimmed in batches), while headers of recent turns still update and the export keeps every line."""
    monkeypatch.setattr(conversation, "MAX_BLOCKS", 60)
    monkeypatch.setattr(conversation, "TRIM_BLOCKS", 20)
    for turn in range(150):
        view.add_delta("user", f"question {turn}", turn)
        view.add_delta("assistant", f"answer {turn}", turn)
        view.finish_turn(turn, True, 1500.0)
        qtbot.waitUntil(lambda: caught_up(view), timeout=1000)
        assert view.document().blockCount() <= 60 + 20 + 3
    shown = view.toPlainText()
    assert "question 0\n" not in shown and "answer 149" in shown
    assert shown.count("interrupted") >= 15  # the headers kept on screen were updated, none damaged
    assert "NutriVoice" in shown.rsplit("answer 148", 1)[1]  # the last turn's header above its answer
    exported = view.plain_text()
    assert all(f"question {t}" in exported and f"answer {t}" in exported for t in range(150))


def test_a_restored_long_day_draws_only_what_the_pane_keeps(view, monkeypatch):
    monkeypatch.setattr(conversation, "MAX_BLOCKS", 40)
    earlier = [Utterance("user" if i % 2 == 0 else "assistant", i // 2) for i in range(400)]
    for i, utterance in enumerate(earlier):
        utterance.append(f"line {i}")
    view.restore(earlier)
    assert view.document().blockCount() <= 40 + 3
    assert "line 399" in view.toPlainText() and "line 0\n" not in view.toPlainText()
    assert len(view.transcript.utterances) == 400


def test_a_reader_scrolled_up_stays_on_the_same_lines_when_old_ones_leave(view, qtbot, qapp, monkeypatch):
    monkeypatch.setattr(conversation, "MAX_BLOCKS", 60)
    monkeypatch.setattr(conversation, "TRIM_BLOCKS", 20)

    def talk(turns: range) -> None:
        for turn in turns:
            view.add_delta("user", f"question {turn}", turn)
            view.add_delta("assistant", f"answer {turn}", turn)
            view.finish_turn(turn, False, None)
            qtbot.waitUntil(lambda: caught_up(view), timeout=1000)

    def first_line_shown() -> str:  # what was said (headers all read "You 12:00")
        block = view.cursorForPosition(QPoint(5, 5)).block()
        while block.isValid() and not block.text().startswith(("question", "answer")):
            block = block.next()
        return block.text()

    talk(range(19))  # 76 blocks (two an utterance), just under the trim
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * 3 // 4)  # the reader scrolls up to something said a while ago
    qapp.processEvents()
    reading = first_line_shown()
    assert reading and "question 0\n" in view.toPlainText()
    talk(range(19, 23))  # past 80: the oldest 20 blocks leave the top
    assert "question 0\n" not in view.toPlainText()
    assert first_line_shown() == reading
