"""ERLE and near-end preservation of the echo-handling modes, on the simulated room of bench/echo_path.py."""

from __future__ import annotations

import time

import numpy as np

from bench.echo_path import barge_in_scenario, erle_db, near_end_preservation, run_canceller, scenario
from nutrivoice_desktop.devices import echo


def half_duplex(far24: np.ndarray):
    """The fallback: the mic is closed while the speaker plays anything audible."""
    state = {"i": 0}

    def process(pcm: bytes) -> bytes:
        i = state["i"]
        state["i"] += 1
        far = far24[i * 480:(i + 1) * 480].astype(np.float64)
        playing = far.size and np.sqrt(np.mean(far ** 2)) > 100
        return bytes(len(pcm)) if playing else pcm
    return process


def measure() -> list[dict]:
    far24, mic, near, _echo, (far_end, near_end, total) = scenario()
    start = 16_000 * 2
    modes = {"off (headphones)": (lambda pcm: pcm, None), "half duplex": (half_duplex(far24), None)}
    if echo.available() is None:
        canceller = echo.EchoCanceller()
        modes["AEC (WebRTC AEC3 via livekit)"] = (canceller.process, canceller.reference)
    rows = []
    for name, (process, reference) in modes.items():
        began = time.process_time()
        out = run_canceller(process, reference, far24, mic)
        cpu = time.process_time() - began
        rows.append({
            "mode": name,
            "erle_db": erle_db(mic, out, start, far_end),
            "near_only": near_end_preservation(near, out, far_end, near_end),
            "double_talk": near_end_preservation(near, out, near_end, total),
            "cpu_percent_of_realtime": 100 * cpu / (total / 16_000),
        })
    return rows


def measure_barge_in(user_starts_s: float = 4.0) -> dict | None:
    """Local barge-in on AEC output: how soon playback ducks after the user starts, and false alarms before."""
    from nutrivoice_desktop.devices.audio import PlaybackBuffer, level_dbfs
    from nutrivoice_desktop.devices.barge_in import THRESHOLD_DBFS, LocalBargeIn

    if echo.available() is not None:
        return None
    far24, mic, near = barge_in_scenario(user_starts_s=user_starts_s)
    # the user's speech onset: the end of the first 20 ms frame in which their voice alone is loud enough
    frames = near[: near.size // 320 * 320].reshape(-1, 320)
    loud = np.flatnonzero(20 * np.log10(np.sqrt(np.mean(frames ** 2, axis=1)) / 32768 + 1e-12) > THRESHOLD_DBFS)
    onset = (int(loud[0]) + 1) * 0.02
    canceller = echo.EchoCanceller()
    buffer = PlaybackBuffer()
    buffer.write(far24.tobytes(), 0.0)
    barge_in = LocalBargeIn(buffer)
    false_alarms, detected_at = 0, None
    for i in range(mic.size // 320):
        now = i * 0.02  # simulated time: the frame just captured ends here
        canceller.reference(buffer.take(960)[0].ljust(960, b"\0"))  # a speaker with nothing to say plays silence
        out = canceller.process(mic[i * 320:(i + 1) * 320].tobytes())
        before = barge_in.ducks
        barge_in.observe(level_dbfs(out), now)
        if barge_in.ducks > before:
            if now < onset:
                false_alarms += 1
            elif detected_at is None:
                detected_at = now
    return {"onset_to_duck_ms": None if detected_at is None else (detected_at - onset) * 1000,
            "false_alarms": false_alarms}


def main() -> None:
    for row in measure():
        erle = "mic closed" if row["erle_db"] > 100 else f"{row['erle_db']:.1f} dB"
        print(f"{row['mode']:32} ERLE {erle:>10}   near-end kept: alone {row['near_only']:.2f}, "
              f"double talk {row['double_talk']:.2f}   CPU {row['cpu_percent_of_realtime']:.1f}% of real time")


    barge = measure_barge_in()
    if barge is not None:
        print(f"local barge-in: user speech onset → playback ducked {barge['onset_to_duck_ms']} ms, "
              f"false alarms while only the assistant spoke: {barge['false_alarms']}")


if __name__ == "__main__":
    main()
