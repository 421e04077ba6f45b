"""Outside ears and mouth for the at-speaker benchmark: a process of its own, apart from the client measured.

    python -m bench.pulse_probe record DEVICE    prints "on T" / "off T" as sound starts and stops on DEVICE,
                                                 and "gap T" for a shorter break inside a sound
    python -m bench.pulse_probe inject SINK N    plays N short bursts into SINK at random (seeded) moments

T is CLOCK_MONOTONIC (Python's time.monotonic), the clock every process on the machine shares, so the
fake server's send times and these times can be subtracted. The recorder reads PulseAudio's own capture
client (parec) with 2 ms fragments and dates each sample from when its block arrived: what it reports is
when the sound left the sink (the speaker's monitor is the sink's output, sample for sample) plus at most
one fragment, the same for every client measured.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

import numpy as np

RATE = 24_000
BLOCK = 48  # samples per read: 2 ms
LOUD = 1000  # a sample above this starts a sound (the test tones are at 8000)
QUIET = 50  # ...and 10 ms below this ends it
QUIET_RUN = RATE // 100
GAP_RUN = RATE // 1000  # 1 ms below QUIET inside a test tone (whose zero crossings last one sample): a break


def parec(device: str) -> subprocess.Popen:
    return subprocess.Popen(["parec", f"--device={device}", "--format=s16le", f"--rate={RATE}", "--channels=1",
                             "--latency-msec=2", "--raw"], stdout=subprocess.PIPE, bufsize=0)


def record(device: str) -> int:
    source = parec(device)
    assert source.stdout is not None
    loud, quiet_run = False, 0
    print("ready", flush=True)
    while True:
        data = source.stdout.read(BLOCK * 2)
        now = time.monotonic()
        if not data:
            return source.wait()
        samples = np.abs(np.frombuffer(data[:len(data) // 2 * 2], dtype="<i2").astype(np.int32))
        n = len(samples)
        for i, value in enumerate(samples):  # ~500 small blocks a second: plain Python keeps up
            if not loud and value > LOUD:
                loud, quiet_run = True, 0
                print("on", f"{now - (n - i) / RATE:.6f}", flush=True)
            elif loud:
                if value >= QUIET and quiet_run >= GAP_RUN:  # sound again after a break too short for "off"
                    print("gap", f"{now - (n - i + quiet_run) / RATE:.6f}", flush=True)
                quiet_run = quiet_run + 1 if value < QUIET else 0
                if quiet_run >= QUIET_RUN:
                    loud = False
                    print("off", f"{now - (n - i + QUIET_RUN) / RATE:.6f}", flush=True)


def burst(ms: int = 150) -> bytes:
    """Speech-like enough for a noise suppressor to let through: a 180 Hz voice with harmonics, 4 Hz syllables."""
    t = np.arange(RATE * ms // 1000) / RATE
    voice = sum(np.sin(2 * np.pi * 180 * k * t) / k for k in range(1, 6))
    envelope = 0.6 + 0.4 * np.sin(2 * np.pi * 4 * t)
    return (voice / 2.3 * envelope * 9000).astype("<i2").tobytes()


def inject(sink: str, count: int, seed: int = 7) -> int:
    """Bursts 0.6–1.0 s apart into the virtual microphone's sink; silence between them is written too, so
    the stream stays clocked and a burst starts when it is due, not after a wake-up."""
    player = subprocess.Popen(["pacat", "--playback", f"--device={sink}", "--format=s16le", f"--rate={RATE}",
                               "--channels=1", "--latency-msec=5", "--raw"], stdin=subprocess.PIPE, bufsize=0)
    assert player.stdin is not None
    rng = random.Random(seed)
    piece = bytes(RATE // 100 * 2)  # 10 ms of silence
    sound = burst()
    try:
        for _ in range(count):
            for _ in range(int(rng.uniform(60, 100))):
                player.stdin.write(piece)
            player.stdin.write(sound)
        for _ in range(50):
            player.stdin.write(piece)
    except BrokenPipeError:
        pass
    finally:
        player.stdin.close()
    return player.wait(30)


def main(argv: list[str]) -> int:
    if argv[:1] == ["record"] and len(argv) == 2:
        return record(argv[1])
    if argv[:1] == ["inject"] and len(argv) == 3:
        return inject(argv[1], int(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
