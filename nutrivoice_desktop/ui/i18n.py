"""The window's language: English, Spanish, German, French or Hindi, following the system unless Settings
says otherwise (read at start-up: Qt builds its texts when the widgets are made).

Catalogues are made with Qt's own tools (scripts/update_translations: pyside6-lupdate, then pyside6-lrelease)
and shipped as resources/translations/nutrivoice_<lang>.qm. English has one too: it holds only the plural
forms ("1 day", "2 days") of the source texts. Qt's own catalogue (qtbase) translates its standard buttons
(OK, Cancel, Save) and dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from nutrivoice_desktop.core.wording import CONTEXT, Phrase
from nutrivoice_desktop.services import paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es", "de", "fr", "hi")  # the window's; the assistant speaks more (services/settings.py)


def translations_dir():
    return paths.resources_dir() / "translations"


def pick_language(choice: str, system: QLocale | None = None) -> str:
    """The setting's choice ("system" or a language code) as one of LANGUAGES; English when the system's
    languages include none of them."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"


def install_translator(app: QApplication, choice: str) -> str:
    """Loads the catalogues for *choice* into *app*; returns the language used. A missing or damaged
    catalogue leaves the window in English (said in the log), never stops the start."""
    language = pick_language(choice)
    if language != QLocale.system().name().split("_")[0]:
        # a language chosen over the system's: numbers and dates follow it too (a system locale of that
        # language, en_GB say, is kept as it is)
        QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"nutrivoice_{language}.qm")):
        app.installTranslator(ours)
    else:
        log.warning("no usable catalogue for %s in %s: the window stays in English", language, translations_dir())
        language = "en"
    if language != "en":
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
    return language


def shown(text: str) -> str:
    """A text from the core (core/wording.py) in the window's language: a phrase by its template, then its
    values; other text as it is (an exception's words, a name)."""
    if isinstance(text, Phrase):
        template = QCoreApplication.translate(CONTEXT, text.template)
        values = {name: shown(value) if isinstance(value, Phrase) else value for name, value in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English then
            return str(text)
    return QCoreApplication.translate(CONTEXT, text) if text else text
