"""The Live models this app knows, and what each accepts, so that a model is sent only what it reads.

From the models' pages and public reports (shared notes live.md §4 Models and §9; docs/LIVE_SERVICE.md):

- gemini-3.8-live (GA 2026-09-15): function calls are NON_BLOCKING unless the declaration's ``behavior``
  says otherwise, and a response's ``scheduling`` defaults to WHEN_IDLE. Ours are local and take
  milliseconds, and the model must not speak before the diary has answered ("I logged 95 kcal" needs the
  number), so they are declared BLOCKING, explicitly. ``thinking_config`` and affective dialog are refused.
- gemini-3.8-live-extended-thinking accepts only NON_BLOCKING: results then go back with an explicit
  ``scheduling``: WHEN_IDLE for what was done, INTERRUPT for a failure the user must hear at once.
- gemini-3.1-flash-live-preview ("legacy preview") has no asynchronous function calling: no ``behavior``,
  no ``scheduling`` (pipecat #4448: 3.x had not shipped the fields).
- gemini-2.5-flash-native-audio previews read ``behavior``; BLOCKING is sent explicitly. The 12-2025 one
  closed 80–90 % of turns with 1011 from 2026-05-27 (forum 167186).

A model not in the table is sent neither field (what every model accepts).
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "gemini-3.8-live"

BLOCKING, NON_BLOCKING = "BLOCKING", "NON_BLOCKING"


@dataclass(frozen=True)
class ModelTraits:
    tool_behavior: str | None  # sent in every FunctionDeclaration's ``behavior``; None: not sent
    scheduling: bool = False  # responses carry ``scheduling`` (only with NON_BLOCKING calls)


# by name prefix, the most specific first
_TRAITS: tuple[tuple[str, ModelTraits], ...] = (
    ("gemini-3.8-live-extended-thinking", ModelTraits(NON_BLOCKING, scheduling=True)),
    ("gemini-3.8-live", ModelTraits(BLOCKING)),
    ("gemini-3.1-flash-live", ModelTraits(None)),
    ("gemini-2.5-flash-native-audio", ModelTraits(BLOCKING)),
    ("gemini-live-2.5-flash-native-audio", ModelTraits(BLOCKING)),  # Vertex's name
)
_UNKNOWN = ModelTraits(None)

# Tried in this order when the chosen model is refused or keeps failing (each at most once a session).
FALLBACK_MODELS = ("gemini-3.8-live", "gemini-3.1-flash-live-preview", "gemini-2.5-flash-native-audio-preview-09-2025")


def traits(model: str) -> ModelTraits:
    name = model.removeprefix("models/")
    return next((t for prefix, t in _TRAITS if name.startswith(prefix)), _UNKNOWN)


def next_model(current: str, tried: set[str], offered: tuple[str, ...] | None = None) -> str | None:
    """The model to go on with: the first known one the service offers (``offered``, from models.list;
    None when it could not say: then the known list alone), then any other Live model it offers; never
    the current one nor one tried before. None when there is none left."""
    if offered is None:
        candidates: tuple[str, ...] = FALLBACK_MODELS
    else:
        candidates = tuple(m for m in FALLBACK_MODELS if m in offered) + tuple(
            m for m in offered if m not in FALLBACK_MODELS)
    return next((m for m in candidates if m != current and m not in tried), None)
