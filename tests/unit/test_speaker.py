"""The speaker's writer thread: pieces, silence between answers, flushes that silence the device, a device
that stops, closing."""

import threading
import time

from nutrivoice_desktop.devices.audio import SAMPLE_BYTES, PlaybackBuffer, Speaker


class RecordingStream:
    """A blocking output stream that keeps what it is given (``discarded`` marks where its device buffer was
    dropped); ``room`` is what its device buffer takes now (frames), ``hang`` makes a write never return."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.discarded: list[int] = []  # len(pieces) at each discard
        self.room = 10**6
        self.hang = threading.Event()
        self.release = threading.Event()
        self.closed = False

    def get_write_available(self) -> int:
        return self.room

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

    def discard_queued(self, stream: RecordingStream) -> None:
        stream.discarded.append(len(stream.pieces))
        stream.room = 10**6  # an emptied device takes speech again


def wait_until(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_speech_goes_out_in_10_ms_pieces_in_order_and_the_reference_sees_each():
    card, buffer, played = OneStreamCard(), PlaybackBuffer(), []
    speaker = Speaker(card, buffer, on_played=played.append)
    try:
        assert card.opened == [("output", 24_000, 240, "", None)]  # blocking, 10 ms periods
        speech = bytes(range(256)) * 45  # 11,520 bytes: one 240 ms server chunk
        buffer.write(speech, time.perf_counter())
        wait_until(lambda: sum(map(len, card.stream.pieces)) == len(speech))
        assert b"".join(card.stream.pieces) == speech
        assert {len(p) for p in card.stream.pieces} == {240 * SAMPLE_BYTES}
        assert played == card.stream.pieces
        time.sleep(0.1)
        assert len(card.stream.pieces) == 24  # nothing queued: nothing written, not even silence
        assert card.stream.discarded == []  # no flush, nothing dropped
    finally:
        speaker.close()
    assert card.stream.closed


def test_a_flush_discards_what_the_full_device_holds_at_once():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    speaker = Speaker(card, buffer)
    try:
        buffer.write(b"\x01\x00" * 720, time.perf_counter())  # 30 ms: written at once, still sounding
        wait_until(lambda: len(card.stream.pieces) == 3)
        card.stream.room = 0  # the device buffer is full: the writer waits for room, not inside a write
        buffer.write(b"\x02\x00" * 24_000, time.perf_counter())  # 1 s more
        time.sleep(0.05)
        # one piece went to the room the writer saw before it waited for speech; then it waits for room
        assert len(card.stream.pieces) == 4 and speaker.stalled(after_s=0.01)  # a device that takes nothing
        flushed = time.perf_counter()
        buffer.flush()  # interrupted
        wait_until(lambda: card.stream.discarded)
        assert time.perf_counter() - flushed < 0.5  # not after the device played anything more out
        assert card.stream.discarded == [4] and not speaker.stalled(after_s=0.01)
        buffer.write(b"\x03\x00" * 240, time.perf_counter())  # the next answer
        wait_until(lambda: len(card.stream.pieces) == 5)
        assert card.stream.pieces[-1] == b"\x03\x00" * 240 and card.stream.discarded == [4]
        assert len(buffer.metrics.samples("interrupt_to_silence_ms")) == 1
    finally:
        speaker.close()


def test_a_piece_shorter_than_a_period_is_padded_when_the_device_is_silent():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    speaker = Speaker(card, buffer)
    try:
        buffer.write(b"\x01\x00" * 100, time.perf_counter())  # 4 ms: alone it would never start the device
        wait_until(lambda: card.stream.pieces)
        assert card.stream.pieces == [b"\x01\x00" * 100 + bytes(280)]  # padded to a 10 ms period
    finally:
        speaker.close()


def test_a_flush_after_the_device_ran_dry_discards_nothing():
    card, buffer = OneStreamCard(), PlaybackBuffer()
    speaker = Speaker(card, buffer)
    try:
        buffer.write(b"\x01\x00" * 240, time.perf_counter())  # 10 ms, played out long before the flush
        wait_until(lambda: card.stream.pieces)
        time.sleep(0.1)
        buffer.flush()
        buffer.write(b"\x02\x00" * 240, time.perf_counter())
        wait_until(lambda: len(card.stream.pieces) == 2)
        assert card.stream.discarded == [] and buffer.metrics.samples("interrupt_to_silence_ms") == []
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
