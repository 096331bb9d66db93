"""The interface's language: Journey's translations and Qt's own, the locale that formats dates
and numbers, a pseudo-locale that finds clipped layouts, and the command that refreshes the
translation files.

At start-up ``install`` puts in the language chosen in Settings ("system" follows the
computer), or the one given with ``journey --lang``. It loads every ``*_<lang>.qm`` in
resources/i18n (Journey's words, and the data files' texts) and Qt's own ``qtbase_<lang>.qm``
(so message boxes and dialog buttons speak the language too), and makes the language's
QLocale the default. ``switch`` changes the language of a running app: Qt cannot retranslate
widgets already built, so the listeners (ui.shell.app's) build the window again.

``journey --lang pseudo`` shows every text lengthened by about 40 %, with accented letters,
inside brackets: a text that is clipped, or one that is not translated at all, stands out.

Refresh the translations after adding or changing texts in ui/ (from the checkout)::

    .venv/bin/python -m ui.i18n update   # pyside6-lupdate into resources/i18n/journey_*.ts,
                                         # then pyside6-lrelease into the .qm files
    .venv/bin/python -m ui.i18n check    # exit 1 if a text is missing or untranslated

Translations already made are kept; a text no longer in the sources is kept in the .ts as
"vanished" (it comes back with its translation if the text does), and nothing is dropped
without being listed. Then translate what ``update`` lists (Qt Linguist:
``.venv/bin/pyside6-linguist resources/i18n/journey_es.ts``) and run ``update`` again.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from importlib.resources import as_file, files
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journey.dto import LANGUAGES

if TYPE_CHECKING:
    from matplotlib.ticker import Formatter

F = TypeVar("F", bound="Formatter")

PSEUDO = "pseudo"
COMMAND_LINE_LANGUAGES = (*LANGUAGES, PSEUDO)  # the pseudo-locale is for developers only
TRANSLATIONS = "resources.i18n"  # the package holding the .ts and .qm files
# Each language named in its own words, so that someone who cannot read the current language
# still finds theirs. Deliberately not translated.
OWN_NAMES = {"en": "English", "es": "Español"}


class _State:
    translators: list[QTranslator] = []  # noqa: RUF012 -- one app, one set of translators
    command_line: str | None = None  # ``journey --lang``: wins over Settings for that run
    language = "en"  # what is installed: "en", "es" or "pseudo"
    listeners: list[Callable[[], None]] = []  # noqa: RUF012


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is defined (a list of choices, a table's
    column names) and returns it unchanged: it is translated where it is shown, with
    ``QCoreApplication.translate(context, text)``. PySide6's own returns ``object``."""
    return text


def set_command_line_language(choice: str | None) -> None:
    """``journey --lang CHOICE``: used instead of the stored setting for this run."""
    if choice is not None and choice not in COMMAND_LINE_LANGUAGES:
        raise ValueError(f"unknown language: {choice}")
    _State.command_line = choice


def spoken(choice: str) -> str:
    """The language a choice means here: "es" or "en" (or "pseudo"). "system" is Spanish on
    a computer set to Spanish, English otherwise."""
    if choice == "system":
        return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
    if choice in COMMAND_LINE_LANGUAGES:
        return choice
    return "en"


def locale_for(language: str) -> QLocale:
    """The locale that formats dates and numbers: the computer's own when it is in the same
    language (Spain's or Mexico's ways, Canada's or the US's; C's plain English counts as
    English), else Mexico's or the US's."""
    system = QLocale.system()
    if language == "es":
        if system.language() == QLocale.Language.Spanish:
            return system
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str:
    """The language installed: "en", "es" or "pseudo"."""
    return _State.language


def install(app: QCoreApplication, choice: str) -> str:
    """Put in the language ``choice`` ("system", "en" or "es", as stored in Settings) names,
    or the command line's if one was given; returns the language installed."""
    return _install(app, spoken(_State.command_line or choice))


def switch(app: QCoreApplication, choice: str) -> bool:
    """Change the language of the running app to ``choice`` (made in Settings, so it wins
    over the command line from now on) and tell the listeners, which build the window again.
    Returns True when one did: False means the change shows when Journey next opens."""
    _State.command_line = None
    _install(app, spoken(choice))
    for listener in list(_State.listeners):
        listener()
    return bool(_State.listeners)


def on_language_change(listener: Callable[[], None]) -> Callable[[], None]:
    """Call ``listener`` after each ``switch``; returns the function that stops it."""
    _State.listeners.append(listener)

    def stop() -> None:
        if listener in _State.listeners:
            _State.listeners.remove(listener)

    return stop


def _install(app: QCoreApplication, language: str) -> str:
    for old in _State.translators:
        app.removeTranslator(old)
        old.deleteLater()
    _State.translators = []
    if language == PSEUDO:
        _State.translators.append(PseudoTranslator(app))
    elif language != "en":
        _State.translators += _journey_translators(app, language)
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale_for(language), "qtbase", "_", folder):
            _State.translators.append(qt_own)
    for translator in _State.translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    _State.language = language
    return language


def _journey_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """A translator for each ``*_<language>.qm`` Journey ships (read through
    importlib.resources, so an installed Journey finds its own)."""
    loaded = []
    with ExitStack() as files_on_disk:
        for entry in sorted(files(TRANSLATIONS).iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(f"_{language}.qm"):
                continue
            translator = QTranslator(app)
            # Qt reads the whole file in load(): a temporary copy may go afterwards.
            if translator.load(str(files_on_disk.enter_context(as_file(entry)))):
                loaded.append(translator)
            else:
                sys.stderr.write(f"journey: cannot read the translation {entry.name}\n")
    return loaded


# --- dates in charts -----------------------------------------------------------------------

_C_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
_MONTH_NUMBERS = {name: n for n, name in enumerate(_C_MONTHS.pattern[3:-3].split("|"), 1)}


def localised_months(text: str) -> str:
    """``text`` with C's English month abbreviations ("Nov", as Python's strftime writes
    them) in the language of the locale."""
    locale = QLocale()
    return _C_MONTHS.sub(
        lambda found: locale.monthName(
            _MONTH_NUMBERS[found.group()], QLocale.FormatType.ShortFormat
        ),
        text,
    )


def in_locale(formatter: F) -> F:
    """A matplotlib date formatter (DateFormatter, ConciseDateFormatter) that writes its month
    names in the locale's language: matplotlib's own are C's English."""
    base = type(formatter)

    class Localised(base):  # type: ignore[misc, valid-type]  # a base known only at run time
        def __call__(self, x: float, pos: int | None = None) -> str:
            return localised_months(super().__call__(x, pos))

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            return [localised_months(text) for text in super().format_ticks(values)]

        def get_offset(self) -> str:
            return localised_months(super().get_offset())

    formatter.__class__ = Localised
    return formatter


# --- the pseudo-locale -------------------------------------------------------------------

ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "áéíóúýÁÉÍÓÚÝçñšÇÑŠ")
# What must stay as written: HTML tags and entities, Qt's %1/%L1/%n placeholders, Python's
# {fields}, a mnemonic (&x, whose letter is the key), "&&", and file patterns like (*.ics).
_KEEP = re.compile(
    r"<[^<>]*>|&[A-Za-z]+;|&#\d+;|%L?\d+|%n|\{[^{}]*\}|&&|&.|\*\.[A-Za-z0-9]+|\([^()]*\*[^()]*\)"
)


def pseudo(text: str) -> str:
    """``text`` with accented letters, padded to about 140 % inside brackets; what Qt or
    the code reads in it (placeholders, mnemonics, markup) is left alone."""
    if not text.strip():
        return text
    parts: list[str] = []
    shown = 0
    position = 0
    for kept in _KEEP.finditer(text):
        plain = text[position : kept.start()]
        parts += [plain.translate(ACCENTED), kept.group()]
        shown += len(plain) + (0 if kept.group().startswith("<") else len(kept.group()))
        position = kept.end()
    tail = text[position:]
    parts.append(tail.translate(ACCENTED))
    shown += len(tail)
    padding = max(1, math.ceil(shown * 0.4) - 2)  # the brackets count toward the 40 %
    return "[" + "".join(parts) + " " + "~" * (padding - 1) + "]"


class PseudoTranslator(QTranslator):
    """Answers every text, Journey's and Qt's own, with ``pseudo(text)``."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(sourceText)

    def isEmpty(self) -> bool:
        return False
