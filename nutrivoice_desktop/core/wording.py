"""Words the app says to the user from outside the window (the session, the assistant, the errors), marked for
the window's translation without importing Qt: the core stays Qt-free.

    QT_TRANSLATE_NOOP("Messages", "Could not reach Gemini ({why}).").format(why=reason)

``QT_TRANSLATE_NOOP`` is the marker pyside6-lupdate collects. Here it makes a ``Phrase``: a ``str`` that reads
in English exactly as before (logs, tests, the model) and carries its template and values, so the window
shows it in the user's language (ui/i18n.shown). Texts that are not phrases (an exception's own words, a
device's name) are shown as they are.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Messages"  # the one context of the core's phrases in the catalogues


class Phrase(str):
    """A text that remembers its template and values."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any] | None = None) -> "Phrase":
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template, made.values = template, values or {}
        return made

    def format(self, **values: Any) -> "Phrase":  # type: ignore[override]  (names only: translators reorder)
        return Phrase(self.template, values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # noqa: N802 (the name lupdate looks for)
    assert context == CONTEXT, "the window translates the core's phrases in one context"
    return Phrase(text)


def said(exc: BaseException) -> str:
    """An exception's words for the user: its phrase when it was raised with one (so the window can
    translate it), else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Phrase) else str(exc)
