"""The speaker's writer thread: pieces, silence between answers, flushes, a device that stops, closing."""

import threading
import time

from nutrivoice_desktop.devices.audio import SAMPLE_BYTES, PlaybackBuffer, Speaker


class RecordingStream:
    """A blocking output stream that keeps what it is given; ``hang`` makes a write never return."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.hang = threading.Event()
        self.release = threading.Event()
        self.closed = False

    def write(self, pcm: bytes, exception_on_underflow: bool = False) -> None:
        assert not exception_on_underflow  # a device that ran dry between answers is not an error
        self.pieces.append(pcm)
        if self.hang.is_set():
            self.release.wait(10)

    def stop_stream(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class OneStreamCard:
    def __init__(self) -> None:
        self.stream = RecordingStream()
        self.opened: list[tuple] = []

    def open(self, kind, rate, frames, device, callback=None):
        self.opened.append((kind, rate, frames, device, callback))
        return self.stream


def wait_until(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_speech_goes_out_in_5_ms_pieces_in_order_and_the_reference_sees_each():
    card, buffer, played = OneStreamCard(), PlaybackBuffer(), []
    speaker = Speaker(card, buffer, on_played=played.append)
    try:
        assert card.opened == [("output", 24_000, 0, "", None)]  # blocking, PortAudio's own period
        speech = bytes(range(256)) * 45  # 11,520 bytes: one 240 ms server chunk
        buffer.write(speech, time.perf_counter())
        wait_until(lambda: sum(map(len, card.stream.pieces)) == len(speech))
        assert b"".join(card.stream.pieces) == speech
        assert {len(p) for p in card.stream.pieces} == {120 * SAMPLE_BYTES}
        assert played == card.stream.pieces
        time.sleep(0.1)
        assert len(card.stream.pieces) == 48  # nothing queued: nothing written, not even silence
    finally:
        speaker.close()
    assert card.stream.closed


def test_a_flush_leaves_at_most_the_piece_being_written():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    card.stream.hang.set()  # the device holds the first piece, as a full buffer would
    speaker = Speaker(card, buffer)
    try:
        buffer.write(b"\x01\x00" * 24_000, time.perf_counter())  # 1 s
        wait_until(lambda: len(card.stream.pieces) == 1)
        buffer.flush()
        card.stream.hang.clear()
        card.stream.release.set()
        time.sleep(0.1)
        assert len(card.stream.pieces) == 1
        assert len(buffer.metrics.samples("interrupt_to_silence_ms")) == 1
    finally:
        speaker.close()


def test_a_write_that_never_returns_is_a_stall_and_closing_does_not_touch_its_stream():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    card.stream.hang.set()
    speaker = Speaker(card, buffer)
    buffer.write(b"\x01\x00" * 480, time.perf_counter())
    wait_until(lambda: card.stream.pieces)
    assert not speaker.stalled(after_s=5)
    wait_until(lambda: speaker.stalled(after_s=0.05))
    try:
        speaker.close()  # returns although the write still hangs
    finally:
        card.stream.release.set()
    assert not card.stream.closed  # closing it under the write would crash PortAudio


def test_an_idle_speaker_is_not_stalled_and_closes_at_once():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    speaker = Speaker(card, buffer)
    time.sleep(0.05)
    assert not speaker.stalled(after_s=0.01)  # silence between answers is not a dead device
    started = time.monotonic()
    speaker.close()
    assert time.monotonic() - started < 1.0 and card.stream.closed
