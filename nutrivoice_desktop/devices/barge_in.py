"""Local barge-in: duck the assistant the moment the user talks over it, before the server's `interrupted`.

The server needs a few hundred milliseconds to decide the user is speaking; until then the assistant keeps
talking over them. Here the microphone (after echo cancellation, so the assistant's own voice is mostly
gone) is watched while speech plays: a few loud frames in a row turn the playback down at once. If the
server then interrupts, playback is flushed as usual; if it was a cough, the volume comes back.
Only used together with echo cancellation: without it the mic hears the speaker and would duck itself.
"""

from __future__ import annotations

import time

from nutrivoice_desktop.devices.audio import PlaybackBuffer

THRESHOLD_DBFS = -38.0  # speech near a laptop mic is around -25…-15 dBFS; cancelled echo is below -50
ONSET_S = 0.06  # 60 ms of speech in a row (three 20 ms frames, six 10 ms ones): a click does not duck
RELEASE_S = 0.6  # quiet for this long: the volume comes back
DUCK_GAIN = 0.15  # about -16 dB: clearly out of the way, still audible if it was a false alarm
WARMUP_S = 2.0  # the echo canceller needs this much far-end speech to converge; no ducking before
# Gemini's speech arrives in bursts, at times slower than real time (anchors.md, livekit/agents #3604), so
# the queue runs empty now and then mid-answer: a gap this short is the same answer still being spoken.
# Without it, a server generating at about real time emptied the queue between chunks and no talking over
# it was ever long enough to count.
SPEAKING_GAP_S = 0.5


class LocalBargeIn:
    def __init__(self, buffer: PlaybackBuffer, frame_ms: int = 20) -> None:
        self.buffer = buffer
        self.frame_s = frame_ms / 1000
        self._loud_s = 0.0
        self._last_loud = 0.0
        self._heard_playing_s = 0.0
        self._speaking_until = float("-inf")
        self.ducked_at: float | None = None
        self.ducks = 0

    def observe(self, level_dbfs: float, now: float | None = None) -> None:
        """Microphone thread: the level of one (echo-cancelled) frame, as the microphone measured it for its
        meter (devices/audio.Microphone's ``on_level``)."""
        now = time.perf_counter() if now is None else now
        if self.buffer.playing:
            self._speaking_until = now + SPEAKING_GAP_S
        elif now >= self._speaking_until:
            self._release()
            self._loud_s = 0.0
            return
        self._heard_playing_s += self.frame_s
        if level_dbfs > THRESHOLD_DBFS:
            self._loud_s += self.frame_s
            self._last_loud = now
        else:
            self._loud_s = 0.0
        if self.ducked_at is None:
            if self._loud_s >= ONSET_S - 1e-9 and self._heard_playing_s >= WARMUP_S:
                self.buffer.gain = DUCK_GAIN
                self.ducked_at = now
                self.ducks += 1
        elif now - self._last_loud >= RELEASE_S:
            self._release()

    def _release(self) -> None:
        if self.ducked_at is not None:
            self.buffer.gain = 1.0
            self.ducked_at = None
