"""ERLE and near-end preservation of the echo-handling modes, on the simulated room of bench/echo_path.py."""

from __future__ import annotations

import time

import numpy as np

from bench.echo_path import erle_db, near_end_preservation, run_canceller, scenario
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


def main() -> None:
    for row in measure():
        erle = "mic closed" if row["erle_db"] > 100 else f"{row['erle_db']:.1f} dB"
        print(f"{row['mode']:32} ERLE {erle:>10}   near-end kept: alone {row['near_only']:.2f}, "
              f"double talk {row['double_talk']:.2f}   CPU {row['cpu_percent_of_realtime']:.1f}% of real time")


if __name__ == "__main__":
    main()
