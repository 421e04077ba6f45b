"""Declared settings stored in QSettings (INI under the config dir).

Every option is declared once with its type, default, choices and when it takes effect (at once, or when
the next conversation starts); the settings dialog is built from these declarations, the window says when a
change waits for the next Start, and bad stored values fall back to the default instead of breaking
start-up.
The API key is deliberately NOT a setting: it lives in the OS keyring (services.secrets).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from nutrivoice_desktop.core.models import DEFAULT_MODEL
from nutrivoice_desktop.services import paths

log = logging.getLogger(__name__)

VOICES = (
    "Puck", "Charon", "Kore", "Fenrir", "Aoede", "Leda", "Orus", "Zephyr", "Callirrhoe", "Autonoe",
    "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi",
    "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi",
    "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat",
)
LANGUAGES = {
    "auto": "Same as the user", "en": "English", "es": "Español", "de": "Deutsch", "fr": "Français",
    "hi": "Hindi", "it": "Italiano", "pt": "Português", "nl": "Nederlands",
}


LIVE = "live"  # takes effect at once
NEXT_START = "next start"  # read when a conversation starts: a running one keeps what it started with


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    title: str
    choices: tuple | None = None
    tooltip: str = ""
    minimum: int | None = None
    maximum: int | None = None
    applies: str = LIVE


OPTIONS: dict[str, Option] = {o.name: o for o in (
    Option("theme", str, "system", "Theme", ("system", "light", "dark")),
    Option("voice", str, "Puck", "Voice", VOICES, "The assistant's prebuilt voice", applies=NEXT_START),
    Option("model", str, DEFAULT_MODEL, "Model", None, "Live API model name; models get retired, so it is editable",
           applies=NEXT_START),
    Option("language", str, "auto", "Language", tuple(LANGUAGES), "Language the assistant answers in",
           applies=NEXT_START),
    Option("mode", str, "audio", "Mode", ("audio", "camera", "screen"), "What the assistant can see besides hearing you"),
    Option("activity", str, "auto", "Turn taking", ("auto", "push_to_talk"),
           "auto: the server detects when you speak; push_to_talk: hold the hotkey while you talk", applies=NEXT_START),
    Option("hotkey", str, "<ctrl>+<alt>+<space>", "Push-to-talk hotkey", None, "pynput key combination"),
    Option("close_to_tray", bool, True, "Closing the window keeps NutriVoice in the tray"),
    Option("echo", str, "aec", "Echo handling", ("aec", "half_duplex", "off"),
           "aec cancels the speaker's echo so you can talk over it; half_duplex mutes the mic while the "
           "assistant speaks; off for headphones", applies=NEXT_START),
    Option("mic_frame_ms", int, 20, "Microphone frame (ms)", (10, 20, 30, 40), "Shorter frames: lower latency",
           applies=NEXT_START),
    Option("input_device", str, "", "Microphone", None, "Empty: the system default", applies=NEXT_START),
    Option("output_device", str, "", "Speaker", None, "Empty: the system default", applies=NEXT_START),
    Option("camera", str, "0", "Camera", None, "Camera number (0 is the first) or a video file or stream URL"),
    Option("monitor_index", int, 1, "Screen", None, "1 is the primary monitor", 1, 16),
    Option("endpoint", str, "", "API endpoint", None, "Override for proxies and tests; empty: Google's",
           applies=NEXT_START),
    Option("api_version", str, "v1beta", "API version", ("v1beta", "v1alpha", "v1"), applies=NEXT_START),
    Option("ca_file", str, "", "Extra CA file", None,
           "PEM file to trust for the custom endpoint, besides the system's (corporate proxies, tests)",
           applies=NEXT_START),
    Option("ca_only", bool, False, "Trust only that CA file", None,
           "For the custom endpoint: trust the CA file alone, not the system's certificates", applies=NEXT_START),
    Option("first_run_done", bool, False, "First-run walkthrough finished"),
)}


class Settings(QObject):
    """Typed access to the declared options; emits ``changed(name, value)`` after a successful set."""

    changed = Signal(str, object)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        super().__init__()
        self._store = qsettings or QSettings(str(paths.config_dir() / "nutrivoice.ini"), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        raw = self._store.value(name, None)
        if raw is None:
            return option.default
        try:
            return _check(option, _coerce(option.type, raw))
        except ValueError as exc:
            log.warning("setting %s has an unusable stored value (%s); using the default", name, exc)
            return option.default

    def set(self, name: str, value: Any) -> None:
        option = OPTIONS.get(name)
        if option is None:
            raise KeyError(f"unknown setting {name!r}")
        value = _check(option, _coerce(option.type, value))
        if value == self.get(name) and self._store.contains(name):
            return
        self._store.setValue(name, value)
        self._store.sync()
        self.changed.emit(name, value)

    def take_retired(self, name: str) -> Any:
        """The stored value of an option this version no longer has (moved elsewhere), removed from the file;
        None when there is none."""
        if name in OPTIONS or not self._store.contains(name):
            return None
        value = self._store.value(name)
        self._store.remove(name)
        self._store.sync()
        return value

    def all(self) -> dict[str, Any]:
        return {name: self.get(name) for name in OPTIONS}


def _coerce(kind: type, raw: Any) -> Any:
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if str(raw).lower() in ("true", "1", "yes"):
            return True
        if str(raw).lower() in ("false", "0", "no"):
            return False
        raise ValueError(f"{raw!r} is not a yes/no value")
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ValueError(f"{raw!r} is not a whole number") from None
    return str(raw)


def _check(option: Option, value: Any) -> Any:
    if option.choices is not None and value not in option.choices:
        raise ValueError(f"{value!r} is not one of {', '.join(map(str, option.choices))}")
    if option.minimum is not None and value < option.minimum:
        raise ValueError(f"{value} is below {option.minimum}")
    if option.maximum is not None and value > option.maximum:
        raise ValueError(f"{value} is above {option.maximum}")
    return value
