"""Latency samples the engine and the audio devices record, for the benchmarks and the latency panel."""

from __future__ import annotations

import threading
from collections import deque
from statistics import quantiles


class Metrics:
    """Named series of millisecond samples, bounded, safe to append from audio threads."""

    def __init__(self, keep: int = 10_000) -> None:
        self._series: dict[str, deque[float]] = {}
        self._keep = keep
        self._lock = threading.Lock()
        self.counters: dict[str, int] = {}

    def add(self, name: str, ms: float) -> None:
        with self._lock:
            self._series.setdefault(name, deque(maxlen=self._keep)).append(ms)

    def count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counters[name] = self.counters.get(name, 0) + n

    def samples(self, name: str) -> list[float]:
        with self._lock:
            return list(self._series.get(name, ()))

    def summary(self, name: str) -> dict[str, float] | None:
        data = sorted(self.samples(name))
        if not data:
            return None
        if len(data) == 1:
            return {"n": 1, "p50": data[0], "p95": data[0], "p99": data[0], "max": data[0]}
        q = quantiles(data, n=100, method="inclusive")
        return {"n": len(data), "p50": q[49], "p95": q[94], "p99": q[98], "max": data[-1]}

    def names(self) -> list[str]:
        with self._lock:
            return list(self._series)
