"""NutriVoice Desktop: a voice-first nutrition assistant on the Gemini Live API."""

from importlib import metadata as _metadata

APP_NAME = "NutriVoice"
APP_ID = "nutrivoice-desktop"
ORG_NAME = "NutriVoice"

try:
    __version__ = _metadata.version("nutrivoice-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
