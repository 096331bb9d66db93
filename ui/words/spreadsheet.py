"""The words of the CSV files for spreadsheets (journey.exchange.csv_export) in the interface's
language: the header row, the labels beside stored codes, the standard documents' titles.

The domain writes the files and never imports Qt, so the words are gathered here, once, into
plain mappings (``CsvWording``) that the export reads on its own thread. The window uses the
installed translators (``csv_wording``); the command line, which runs without an application,
reads the translation files itself (``csv_wording_in``).

Labels use the texts the app's own lists show ("vocabulary", "blood_counts"), so they read as
the app reads and share its translations.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QTranslator

from journey.services.documents import standard_documents
from journey.services.exchange import CsvWording
from ui.i18n import QT_TRANSLATE_NOOP, TRANSLATIONS, spoken
from ui.words.blood_counts import KIND_WORDS as BLOOD_COUNT_WORDS
from ui.words.data import CONTEXT as DATA_CONTEXT
from ui.words.vocabulary import ITEM_KIND_CHOICES, RESPONSIBLE_CHOICES, STATUS_CHOICES

Translate = Callable[[str, str], str]  # (context, English text) → words

HEADINGS_CONTEXT = "csv_columns"
# The header row's texts: the column names of journey.exchange.csv_export, which are the
# English header row. Translators: keep them short, one per column.
HEADINGS = (
    QT_TRANSLATE_NOOP("csv_columns", "id"),
    QT_TRANSLATE_NOOP("csv_columns", "uid"),
    QT_TRANSLATE_NOOP("csv_columns", "kind"),
    QT_TRANSLATE_NOOP("csv_columns", "kind_label"),
    QT_TRANSLATE_NOOP("csv_columns", "title"),
    QT_TRANSLATE_NOOP("csv_columns", "start"),
    QT_TRANSLATE_NOOP("csv_columns", "start_date"),
    QT_TRANSLATE_NOOP("csv_columns", "start_time"),
    QT_TRANSLATE_NOOP("csv_columns", "start_zone"),
    QT_TRANSLATE_NOOP("csv_columns", "end"),
    QT_TRANSLATE_NOOP("csv_columns", "end_date"),
    QT_TRANSLATE_NOOP("csv_columns", "end_time"),
    QT_TRANSLATE_NOOP("csv_columns", "end_zone"),
    QT_TRANSLATE_NOOP("csv_columns", "protocol_day"),
    QT_TRANSLATE_NOOP("csv_columns", "place"),
    QT_TRANSLATE_NOOP("csv_columns", "responsible"),
    QT_TRANSLATE_NOOP("csv_columns", "responsible_label"),
    QT_TRANSLATE_NOOP("csv_columns", "status"),
    QT_TRANSLATE_NOOP("csv_columns", "status_label"),
    QT_TRANSLATE_NOOP("csv_columns", "notes"),
    QT_TRANSLATE_NOOP("csv_columns", "at"),
    QT_TRANSLATE_NOOP("csv_columns", "date"),
    QT_TRANSLATE_NOOP("csv_columns", "time"),
    QT_TRANSLATE_NOOP("csv_columns", "zone"),
    QT_TRANSLATE_NOOP("csv_columns", "symptom"),
    QT_TRANSLATE_NOOP("csv_columns", "severity"),
    QT_TRANSLATE_NOOP("csv_columns", "severity_word"),
    QT_TRANSLATE_NOOP("csv_columns", "temperature_c"),
    QT_TRANSLATE_NOOP("csv_columns", "temperature_route"),
    QT_TRANSLATE_NOOP("csv_columns", "fever_grade"),
    QT_TRANSLATE_NOOP("csv_columns", "recorded_by"),
    QT_TRANSLATE_NOOP("csv_columns", "recorded_by_label"),
    QT_TRANSLATE_NOOP("csv_columns", "watch_window"),
    QT_TRANSLATE_NOOP("csv_columns", "red_flags"),
    QT_TRANSLATE_NOOP("csv_columns", "red_flags_acknowledged"),
    QT_TRANSLATE_NOOP("csv_columns", "red_flags_acknowledged_at"),
    QT_TRANSLATE_NOOP("csv_columns", "red_flags_acknowledged_date"),
    QT_TRANSLATE_NOOP("csv_columns", "red_flags_acknowledged_time"),
    QT_TRANSLATE_NOOP("csv_columns", "rating_id"),
    QT_TRANSLATE_NOOP("csv_columns", "scale"),
    QT_TRANSLATE_NOOP("csv_columns", "value"),
    QT_TRANSLATE_NOOP("csv_columns", "scale_low"),
    QT_TRANSLATE_NOOP("csv_columns", "scale_high"),
    QT_TRANSLATE_NOOP("csv_columns", "higher_is_better"),
    QT_TRANSLATE_NOOP("csv_columns", "baseline"),
    QT_TRANSLATE_NOOP("csv_columns", "symptoms"),
    QT_TRANSLATE_NOOP("csv_columns", "steroids"),
    QT_TRANSLATE_NOOP("csv_columns", "new_t2_lesions"),
    QT_TRANSLATE_NOOP("csv_columns", "enhancing_lesions"),
    QT_TRANSLATE_NOOP("csv_columns", "report"),
    QT_TRANSLATE_NOOP("csv_columns", "edss_score"),
    QT_TRANSLATE_NOOP("csv_columns", "reported_by"),
    QT_TRANSLATE_NOOP("csv_columns", "medication"),
    QT_TRANSLATE_NOOP("csv_columns", "dose"),
    QT_TRANSLATE_NOOP("csv_columns", "schedule"),
    QT_TRANSLATE_NOOP("csv_columns", "category"),
    QT_TRANSLATE_NOOP("csv_columns", "category_label"),
    QT_TRANSLATE_NOOP("csv_columns", "description"),
    QT_TRANSLATE_NOOP("csv_columns", "currency"),
    QT_TRANSLATE_NOOP("csv_columns", "expected_amount"),
    QT_TRANSLATE_NOOP("csv_columns", "actual_amount"),
    QT_TRANSLATE_NOOP("csv_columns", "paid_by"),
    QT_TRANSLATE_NOOP("csv_columns", "count"),
    QT_TRANSLATE_NOOP("csv_columns", "count_label"),
    QT_TRANSLATE_NOOP("csv_columns", "unit"),
    QT_TRANSLATE_NOOP("csv_columns", "source"),
    QT_TRANSLATE_NOOP("csv_columns", "name"),
    QT_TRANSLATE_NOOP("csv_columns", "role"),
    QT_TRANSLATE_NOOP("csv_columns", "role_label"),
    QT_TRANSLATE_NOOP("csv_columns", "phone"),
    QT_TRANSLATE_NOOP("csv_columns", "email"),
    QT_TRANSLATE_NOOP("csv_columns", "done"),
    QT_TRANSLATE_NOOP("csv_columns", "note"),
    QT_TRANSLATE_NOOP("csv_columns", "attachment"),
)

# (code, context, English text) for each vocabulary of journey.exchange.csv_export's labels.
Choices = list[tuple[str, str, str]]


def _in(context: str, choices: list[tuple[str, str]]) -> Choices:
    return [(code, context, text) for code, text in choices]


LABELS: dict[str, Choices] = {
    "item_kind": _in("vocabulary", ITEM_KIND_CHOICES),
    "person": _in("vocabulary", RESPONSIBLE_CHOICES),
    "status": _in("vocabulary", STATUS_CHOICES),
    "clinical_kind": [
        ("relapse", "csv", QT_TRANSLATE_NOOP("csv", "Relapse")),
        ("mri", "csv", QT_TRANSLATE_NOOP("csv", "MRI")),
        ("edss", "csv", QT_TRANSLATE_NOOP("csv", "EDSS")),
        ("medication", "csv", QT_TRANSLATE_NOOP("csv", "Medication")),
    ],
    # As the Costs page lists them (ui.trip.expense_dialog, which words/ may not import).
    "expense_category": [
        ("treatment_package", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Treatment package")),
        ("flights", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Flights")),
        ("hotel", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Hotel")),
        ("companion_food", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Companion's food")),
        (
            "companion_flights",
            "vocabulary",
            QT_TRANSLATE_NOOP("vocabulary", "Companion's flights"),
        ),
        ("ground_transport", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Ground transport")),
        ("medication", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Medication")),
        ("other", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Other")),
    ],
    "blood_count": [
        *_in("blood_counts", [(k, t) for k, t in BLOOD_COUNT_WORDS.items() if k != "lymphocytes"]),
        # The form's "Lymphocytes (optional)" says the field may stay empty: not for a file.
        ("lymphocytes", "csv", QT_TRANSLATE_NOOP("csv", "Lymphocytes")),
    ],
    # As the People page lists them (ui.trip.people, which words/ may not import).
    "contact_role": [
        ("coordinator", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Patient coordinator")),
        ("clinic_24h", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Clinic 24-hour line")),
        ("lead_doctor", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Lead doctor")),
        ("driver", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Driver")),
        ("hotel", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Hotel")),
        ("translator", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Translator")),
        ("local_neurologist", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Local neurologist")),
        ("companion", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Companion")),
        ("family", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Family")),
        ("other", "vocabulary", QT_TRANSLATE_NOOP("vocabulary", "Other")),
    ],
}


def csv_wording(translate: Translate = QCoreApplication.translate) -> CsvWording:
    """The CSV files' words in the language ``translate`` gives (by default the installed
    translators': the interface's language), gathered now, on the calling thread."""
    return CsvWording(
        headings={column: translate(HEADINGS_CONTEXT, column) for column in HEADINGS},
        labels={
            vocabulary: {code: translate(context, text) for code, context, text in choices}
            for vocabulary, choices in LABELS.items()
        },
        shipped={line.title: translate(DATA_CONTEXT, line.title) for line in standard_documents()},
    )


def csv_wording_in(choice: str) -> CsvWording:
    """The CSV files' words in the language ``choice`` names ("en", "es", "system", as
    Settings stores it, or ``journey --lang``'s), for the command line: read from Journey's
    translation files without an application or installing anything, so nothing else changes
    language. English (the domain's own words) when there is no translation file."""
    language = spoken(choice)
    with ExitStack() as on_disk:
        translators = []
        for entry in sorted(files(TRANSLATIONS).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(f"_{language}.qm"):
                translator = QTranslator()
                # Qt reads the whole file in load(): a temporary copy may go afterwards.
                if translator.load(str(on_disk.enter_context(as_file(entry)))):
                    translators.append(translator)
    if not translators:
        return CsvWording()

    def translate(context: str, text: str) -> str:
        for translator in translators:
            words = translator.translate(context, text)
            if words:
                return words
        return text

    return csv_wording(translate)
