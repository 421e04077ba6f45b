"""The witness for whole-machine pauses: it reports a pause when it could not run, and only then."""

from __future__ import annotations

import os
import signal
import time

import pytest

from bench import machine_pauses


def test_a_process_that_cannot_run_reports_the_pause_with_its_times(tmp_path):
    out = tmp_path / "pauses.txt"
    witness = machine_pauses.start(out, seconds=5)
    try:
        deadline = time.monotonic() + 10
        while not out.exists() or not out.read_text().startswith("realtime"):  # started and writing
            assert time.monotonic() < deadline and witness.poll() is None
            time.sleep(0.02)
        time.sleep(0.2)
        stopped = time.monotonic()
        os.kill(witness.pid, signal.SIGSTOP)  # what a paused virtual machine looks like from inside
        time.sleep(0.08)
        os.kill(witness.pid, signal.SIGCONT)
        resumed = time.monotonic()
        time.sleep(0.2)
    finally:
        witness.terminate()
        witness.wait(10)
    _realtime, pauses = machine_pauses.read(out)
    long_ones = [(a, b) for a, b in pauses if (b - a) * 1000 >= 60]
    assert len(long_ones) == 1, pauses
    (a, b), = long_ones
    assert a <= stopped + 0.005 and resumed - 0.005 <= b <= resumed + 0.05
    assert 60 <= machine_pauses.overlap_ms(stopped, resumed, pauses) <= (resumed - stopped) * 1000 + 1


def test_overlap_counts_only_the_part_inside_the_interval():
    pauses = [(10.0, 10.05), (11.0, 11.02)]
    assert machine_pauses.overlap_ms(10.03, 11.01, pauses) == pytest.approx(30.0, abs=1e-6)
    assert machine_pauses.overlap_ms(12.0, 13.0, pauses) == 0.0


def test_a_missing_or_cut_file_reads_as_no_witness(tmp_path):
    assert machine_pauses.read(tmp_path / "none.txt") == (False, [])
    cut = tmp_path / "cut.txt"
    cut.write_text("realtime 1\n1.0 1.01\n2.0 2.")
    assert machine_pauses.read(cut) == (True, [(1.0, 1.01)])

