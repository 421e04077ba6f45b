"""Declared settings stored in QSettings (INI under the config dir).

Every option is declared once with its type, default, choices, the words for each choice and when it takes
effect (at once, when the next conversation starts, or when the app next starts); the settings dialog is
built from these declarations, the window says when a change waits for the next Start, and bad stored
values fall back to the default instead of breaking start-up.
Titles, tooltips and choice labels are marked with QT_TRANSLATE_NOOP (context "Settings") and translated
where they are shown, with ``translated()``: they are declared before any translator is loaded.
The API key is deliberately NOT a setting: it lives in the OS keyring (services.secrets).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal

from nutrivoice_desktop.core.models import DEFAULT_MODEL
from nutrivoice_desktop.services import paths

log = logging.getLogger(__name__)

CONTEXT = "Settings"  # the translation context of every text declared here

# The Live API's prebuilt voices, each with the character Google's voice list gives it.
VOICES = {
    "Puck": QT_TRANSLATE_NOOP("Settings", "Puck (upbeat)"),
    "Charon": QT_TRANSLATE_NOOP("Settings", "Charon (informative)"),
    "Kore": QT_TRANSLATE_NOOP("Settings", "Kore (firm)"),
    "Fenrir": QT_TRANSLATE_NOOP("Settings", "Fenrir (excitable)"),
    "Aoede": QT_TRANSLATE_NOOP("Settings", "Aoede (breezy)"),
    "Leda": QT_TRANSLATE_NOOP("Settings", "Leda (youthful)"),
    "Orus": QT_TRANSLATE_NOOP("Settings", "Orus (firm)"),
    "Zephyr": QT_TRANSLATE_NOOP("Settings", "Zephyr (bright)"),
    "Callirrhoe": QT_TRANSLATE_NOOP("Settings", "Callirrhoe (easy-going)"),
    "Autonoe": QT_TRANSLATE_NOOP("Settings", "Autonoe (bright)"),
    "Enceladus": QT_TRANSLATE_NOOP("Settings", "Enceladus (breathy)"),
    "Iapetus": QT_TRANSLATE_NOOP("Settings", "Iapetus (clear)"),
    "Umbriel": QT_TRANSLATE_NOOP("Settings", "Umbriel (easy-going)"),
    "Algieba": QT_TRANSLATE_NOOP("Settings", "Algieba (smooth)"),
    "Despina": QT_TRANSLATE_NOOP("Settings", "Despina (smooth)"),
    "Erinome": QT_TRANSLATE_NOOP("Settings", "Erinome (clear)"),
    "Algenib": QT_TRANSLATE_NOOP("Settings", "Algenib (gravelly)"),
    "Rasalgethi": QT_TRANSLATE_NOOP("Settings", "Rasalgethi (informative)"),
    "Laomedeia": QT_TRANSLATE_NOOP("Settings", "Laomedeia (upbeat)"),
    "Achernar": QT_TRANSLATE_NOOP("Settings", "Achernar (soft)"),
    "Alnilam": QT_TRANSLATE_NOOP("Settings", "Alnilam (firm)"),
    "Schedar": QT_TRANSLATE_NOOP("Settings", "Schedar (even)"),
    "Gacrux": QT_TRANSLATE_NOOP("Settings", "Gacrux (mature)"),
    "Pulcherrima": QT_TRANSLATE_NOOP("Settings", "Pulcherrima (forward)"),
    "Achird": QT_TRANSLATE_NOOP("Settings", "Achird (friendly)"),
    "Zubenelgenubi": QT_TRANSLATE_NOOP("Settings", "Zubenelgenubi (casual)"),
    "Vindemiatrix": QT_TRANSLATE_NOOP("Settings", "Vindemiatrix (gentle)"),
    "Sadachbia": QT_TRANSLATE_NOOP("Settings", "Sadachbia (lively)"),
    "Sadaltager": QT_TRANSLATE_NOOP("Settings", "Sadaltager (knowledgeable)"),
    "Sulafat": QT_TRANSLATE_NOOP("Settings", "Sulafat (warm)"),
}
# Language names are written in their own language (a user who cannot read the current one still finds
# theirs), so they are not translated; "auto" and "system" are.
LANGUAGES = {
    "auto": QT_TRANSLATE_NOOP("Settings", "Same as the user"), "en": "English", "es": "Español",
    "de": "Deutsch", "fr": "Français", "hi": "हिन्दी", "it": "Italiano", "pt": "Português", "nl": "Nederlands",
}
UI_LANGUAGES = {
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the system"), "en": "English", "es": "Español",
    "de": "Deutsch", "fr": "Français", "hi": "हिन्दी",
}


LIVE = "live"  # takes effect at once
NEXT_START = "next start"  # read when a conversation starts: a running one keeps what it started with
APP_RESTART = "app restart"  # read once when the app starts (the translator is loaded before any window)


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
    labels: dict = field(default_factory=dict)  # choice → words shown for it (untranslated); else the value

    def label(self, choice: Any) -> str:
        """The words for *choice*, translated."""
        return translated(self.labels[choice]) if choice in self.labels else str(choice)


def translated(text: str) -> str:
    """A text declared here, in the user's language (once the app has loaded a translator)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


OPTIONS: dict[str, Option] = {o.name: o for o in (
    Option("theme", str, "system", QT_TRANSLATE_NOOP("Settings", "Theme"), ("system", "light", "dark"),
           labels={"system": QT_TRANSLATE_NOOP("Settings", "Follow the system"),
                   "light": QT_TRANSLATE_NOOP("Settings", "Light"), "dark": QT_TRANSLATE_NOOP("Settings", "Dark")}),
    Option("ui_language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language of the window"),
           tuple(UI_LANGUAGES), QT_TRANSLATE_NOOP("Settings", "The language of the menus, buttons and messages"),
           applies=APP_RESTART, labels=UI_LANGUAGES),
    Option("voice", str, "Puck", QT_TRANSLATE_NOOP("Settings", "Voice"), tuple(VOICES),
           QT_TRANSLATE_NOOP("Settings", "The assistant's voice"), applies=NEXT_START, labels=VOICES),
    Option("model", str, DEFAULT_MODEL, QT_TRANSLATE_NOOP("Settings", "Model"), None,
           QT_TRANSLATE_NOOP("Settings", "Live API model name; models get retired, so it is editable"),
           applies=NEXT_START),
    Option("language", str, "auto", QT_TRANSLATE_NOOP("Settings", "Assistant's language"), tuple(LANGUAGES),
           QT_TRANSLATE_NOOP("Settings", "The language the assistant answers in"), applies=NEXT_START,
           labels=LANGUAGES),
    Option("mode", str, "audio", QT_TRANSLATE_NOOP("Settings", "Mode"), ("audio", "camera", "screen"),
           QT_TRANSLATE_NOOP("Settings", "What the assistant can see besides hearing you"),
           labels={"audio": QT_TRANSLATE_NOOP("Settings", "Voice only"),
                   "camera": QT_TRANSLATE_NOOP("Settings", "Voice + camera"),
                   "screen": QT_TRANSLATE_NOOP("Settings", "Voice + screen")}),
    Option("activity", str, "auto", QT_TRANSLATE_NOOP("Settings", "Turn taking"), ("auto", "push_to_talk"),
           QT_TRANSLATE_NOOP("Settings", "Automatic: the assistant hears when you start and stop speaking. "
                                         "Push to talk: hold the hotkey or the Hold to talk button while you speak."),
           applies=NEXT_START,
           labels={"auto": QT_TRANSLATE_NOOP("Settings", "Automatic (just talk)"),
                   "push_to_talk": QT_TRANSLATE_NOOP("Settings", "Push to talk")}),
    Option("hotkey", str, "<ctrl>+<alt>+<space>", QT_TRANSLATE_NOOP("Settings", "Push-to-talk hotkey"), None,
           QT_TRANSLATE_NOOP("Settings", "Hold these keys while you speak, in any app (push to talk only)")),
    Option("close_to_tray", bool, True,
           QT_TRANSLATE_NOOP("Settings", "Closing the window keeps NutriVoice in the tray")),
    Option("echo", str, "aec", QT_TRANSLATE_NOOP("Settings", "Echo handling"), ("aec", "half_duplex", "off"),
           QT_TRANSLATE_NOOP("Settings", "How the microphone keeps from hearing the assistant through your speakers"),
           applies=NEXT_START,
           labels={"aec": QT_TRANSLATE_NOOP("Settings", "Cancel the echo (talk over the assistant)"),
                   "half_duplex": QT_TRANSLATE_NOOP("Settings", "Mute the mic while the assistant speaks"),
                   "off": QT_TRANSLATE_NOOP("Settings", "Off (headphones)")}),
    Option("mic_frame_ms", int, 10, QT_TRANSLATE_NOOP("Settings", "Microphone frame"), (10, 20, 30, 40),
           QT_TRANSLATE_NOOP("Settings", "Shorter frames: lower latency, more work for the computer"),
           applies=NEXT_START,
           labels={10: QT_TRANSLATE_NOOP("Settings", "10 ms (lowest latency)"),
                   20: QT_TRANSLATE_NOOP("Settings", "20 ms (recommended)"),
                   30: QT_TRANSLATE_NOOP("Settings", "30 ms"), 40: QT_TRANSLATE_NOOP("Settings", "40 ms")}),
    # A sound device is stored by its PortAudio name ("" is the system default): devices/audio.py finds it by
    # that name, exactly or as a part, because PortAudio's numbers change when devices come and go.
    Option("input_device", str, "", QT_TRANSLATE_NOOP("Settings", "Microphone"), applies=NEXT_START),
    Option("output_device", str, "", QT_TRANSLATE_NOOP("Settings", "Speaker"), applies=NEXT_START),
    Option("camera", str, "0", QT_TRANSLATE_NOOP("Settings", "Camera"), None,
           QT_TRANSLATE_NOOP("Settings", "A camera, or a video file or stream URL")),
    Option("monitor_index", int, 1, QT_TRANSLATE_NOOP("Settings", "Screen"), None,
           QT_TRANSLATE_NOOP("Settings", "The monitor or window the assistant sees"), 1, 16),
    # one window instead of the monitor (X11 window id; 0: the whole monitor). Picked with the monitor, in the
    # same list (ui/device_pickers.ScreenPicker), so it has no field of its own
    Option("screen_window", int, 0, QT_TRANSLATE_NOOP("Settings", "Shared window"), None, "", 0, 2**32 - 1),
    Option("endpoint", str, "", QT_TRANSLATE_NOOP("Settings", "API endpoint"), None,
           QT_TRANSLATE_NOOP("Settings", "Override for proxies and tests; empty: Google's"), applies=NEXT_START),
    Option("api_version", str, "v1beta", QT_TRANSLATE_NOOP("Settings", "API version"), ("v1beta", "v1alpha", "v1"),
           applies=NEXT_START,
           labels={"v1beta": QT_TRANSLATE_NOOP("Settings", "v1beta (recommended)"),
                   "v1alpha": QT_TRANSLATE_NOOP("Settings", "v1alpha (preview features)"),
                   "v1": QT_TRANSLATE_NOOP("Settings", "v1 (stable features only)")}),
    Option("ca_file", str, "", QT_TRANSLATE_NOOP("Settings", "Extra CA file"), None,
           QT_TRANSLATE_NOOP("Settings", "PEM file to trust for the custom endpoint, besides the system's "
                                         "(corporate proxies, tests)"), applies=NEXT_START),
    Option("ca_only", bool, False, QT_TRANSLATE_NOOP("Settings", "Trust only that CA file"), None,
           QT_TRANSLATE_NOOP("Settings", "For the custom endpoint: trust the CA file alone, not the system's "
                                         "certificates"), applies=NEXT_START),
    Option("first_run_done", bool, False, QT_TRANSLATE_NOOP("Settings", "First-run walkthrough finished")),
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
        raise ValueError(translated(QT_TRANSLATE_NOOP("Settings", "{value} is not a yes/no value")).format(
            value=repr(raw)))
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ValueError(translated(QT_TRANSLATE_NOOP("Settings", "{value} is not a whole number")).format(
                value=repr(raw))) from None
    return str(raw)


def _check(option: Option, value: Any) -> Any:
    if option.choices is not None and value not in option.choices:
        raise ValueError(translated(QT_TRANSLATE_NOOP("Settings", "{value} is not one of {choices}")).format(
            value=repr(value), choices=", ".join(option.label(c) for c in option.choices)))
    if option.minimum is not None and value < option.minimum:
        raise ValueError(translated(QT_TRANSLATE_NOOP("Settings", "{value} is below {minimum}")).format(
            value=value, minimum=option.minimum))
    if option.maximum is not None and value > option.maximum:
        raise ValueError(translated(QT_TRANSLATE_NOOP("Settings", "{value} is above {maximum}")).format(
            value=value, maximum=option.maximum))
    return value
