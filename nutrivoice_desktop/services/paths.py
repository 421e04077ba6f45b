"""Where the app keeps its files. One place decides, so --temp-basedir can redirect everything."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from nutrivoice_desktop import APP_ID

_base: Path | None = None


def use_base_dir(base: Path | None) -> None:
    """Put config, data and logs under *base* (``--temp-basedir``, tests); None restores the platform dirs."""
    global _base
    _base = Path(base) if base is not None else None


def _dir(kind: str) -> Path:
    if _base is not None:
        path = _base / kind
    else:
        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _dir("config")


def data_dir() -> Path:
    return _dir("data")


def log_dir() -> Path:
    return _dir("log")


def resources_dir() -> Path:
    """The shipped resources: beside the frozen executable's data, or at the top of the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
