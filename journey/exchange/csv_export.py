"""CSV files for spreadsheets (SPEC §3): one file per kind of record, read through the services,
so what a spreadsheet shows is what the app shows.

``write_csv(services, folder, wording=...)`` writes eight files into ``folder`` (created if
missing), always all eight, each with a header row even when it has no records. The columns
below are the English header row; ``CsvWording`` gives the header row, and the labels beside
codes, in the export's language (ui.words.csv builds the Spanish one). The order of the
columns is the same in every language.

Beside each instant (``at``, ``start``…) come its date and 24-hour time where it happened, in
the zone the ISO value carries (``date``/``time``, ``start_date``/``start_time``…), which a
spreadsheet reads as a date and a time. Beside each stored code (``kind``, ``recorded_by``…)
comes a ``…_label`` column: its words in the export's language ("Ground transfer / pickup",
"Companion"), empty when the code is. Codes and ISO values stay as they are, for formulas and
scripts.

itinerary.csv — one row per itinerary item, in time order:
    id, uid, kind, kind_label, title, start, start_date, start_time, start_zone, end,
    end_date, end_time, end_zone, protocol_day, place, responsible, responsible_label,
    status, status_label, notes
    ``start``/``end`` are the planned wall times where they happen, with the UTC offset in force
    there and then (2026-05-20T15:40:00-07:00); the ``end…`` columns are empty without an end.
    ``uid`` is the item's iCalendar UID. ``protocol_day``: the HSCT day (…, -1, 0, +1 as
    -1, 0, 1) or, for other protocols, the day of the stay from arrival (1, 2…); empty when
    the date has none.

side_effects.csv — one row per logged entry, oldest first:
    id, at, date, time, zone, symptom, severity, severity_word, temperature_c,
    temperature_route, fever_grade, recorded_by, recorded_by_label, watch_window, red_flags,
    red_flags_acknowledged, red_flags_acknowledged_at, red_flags_acknowledged_date,
    red_flags_acknowledged_time, notes
    ``at`` is the moment in the zone the user was in, with its offset; ``temperature_c`` as
    stored (°C, one or two decimals); ``temperature_route`` oral, ear, armpit or forehead
    (empty: not said); ``fever_grade`` the CTCAE v5 grade (1–4, empty below
    38.0 °C), grades 3 and 4 told apart by how long the readings stayed above 40.0 °C;
    ``watch_window`` the title of the watch window the entry is linked to. Red flags are not
    rows of their own: ``red_flags`` lists the keys of the rules (resources/side_effects/
    red_flags.json) the entry raises under the current thresholds, ``red_flags_acknowledged``
    those of them the user acknowledged, separated by "; ", and ``red_flags_acknowledged_at``
    the latest acknowledgement, shown in the entry's zone.

ratings.csv — long format, one row per scale rated in a rating, oldest first:
    rating_id, at, date, time, zone, scale, value, scale_low, scale_high, higher_is_better,
    baseline, recorded_by, recorded_by_label, notes
    ``rating_id`` groups the rows of one filled-in form; ``baseline`` is "yes" when the rating
    counts as the baseline (as the app decides it), else "no"; ``higher_is_better`` likewise.
    The rating's notes repeat on each of its rows. Hidden scales' ratings are included.

clinical_events.csv — one row per relapse, MRI result, EDSS report or medication, by date:
    kind, kind_label, id, date, end_date, symptoms, steroids, new_t2_lesions,
    enhancing_lesions, report, edss_score, reported_by, medication, dose, schedule, notes
    ``kind`` is relapse, mri, edss or medication; ``date`` the start (relapse, medication) or
    the day (MRI, EDSS); ``end_date`` when a relapse ended or a medication stopped. Fields that
    do not apply to a kind are empty. The profile's "last reported" EDSS and MRI are not
    events and are not here.

expenses.csv — one row per expense, by category:
    id, category, category_label, description, currency, expected_amount, actual_amount,
    paid_by
    Amounts in the currency's major unit as plain decimals (1712.50; whole yen for JPY);
    empty when not known.

blood_counts.csv — one row per blood count, oldest first:
    id, at, date, time, zone, protocol_day, count, count_label, value, unit, source,
    recorded_by, recorded_by_label, notes
    ``count`` is neutrophils, platelets, haemoglobin, white_cells or lymphocytes; ``value`` is
    in the unit it is stored in, ``unit`` e9_per_l (×10⁹/L) or g_per_l (g/L), whatever unit it
    was typed in; ``protocol_day`` as in itinerary.csv.

people.csv — one row per contact (Trip → People), in the order the app lists them:
    id, name, role, role_label, phone, email, notes

documents.csv — one row per line of the documents checklist as stored, in the app's order
(the standard lines are stored when the checklist is first shown; the export never writes):
    id, kind, title, done, note, attachment
    ``kind`` is the standard document's key, or "other" for a line the user added; ``title``
    a standard line's words in the export's language, the user's own as typed; ``done`` "yes"
    or "no"; ``attachment`` the copy's path inside the journal folder, empty without one.

Format: UTF-8 with a byte-order mark (so that Excel on Windows and LibreOffice open the files
by double-click with their accents; pandas reads them with ``encoding="utf-8-sig"``), the csv
module's defaults (comma, double quotes, "\\r\\n" line ends, RFC 4180; a line break inside a
note stays inside its quoted cell). Times are ISO 8601 to the second with their UTC offset and
the IANA zone in a column of its own; local dates YYYY-MM-DD and times HH:MM (24-hour); numbers
plain, with a dot. A text cell that starts with = + - @, a tab or a carriage return gets a
leading apostrophe so that a spreadsheet never runs it as a formula (OWASP, "CSV Injection");
numbers, dates and times are never changed.

All or nothing: each file is written under a temporary name in the folder, and only when all
eight are complete are they renamed into place. On any failure, or when cancelled, everything
this call wrote is removed (and the folders it created, if still empty): nothing half-written
is left behind. The files are readable by their owner only: they hold health information.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from journey.blood_counts import count_kind
from journey.errors import Cancelled, JournalError
from journey.files import sync_folder
from journey.itinerary import KIND_WORDS, RESPONSIBLE_WORDS
from journey.money import as_decimal
from journey.side_effects import fever_grade, hours_above_40_at, red_flag_rules, severity_word
from journey.timekeeping import later, shown_in

ITINERARY_COLUMNS = (
    "id",
    "uid",
    "kind",
    "kind_label",
    "title",
    "start",
    "start_date",
    "start_time",
    "start_zone",
    "end",
    "end_date",
    "end_time",
    "end_zone",
    "protocol_day",
    "place",
    "responsible",
    "responsible_label",
    "status",
    "status_label",
    "notes",
)
SIDE_EFFECT_COLUMNS = (
    "id",
    "at",
    "date",
    "time",
    "zone",
    "symptom",
    "severity",
    "severity_word",
    "temperature_c",
    "temperature_route",
    "fever_grade",
    "recorded_by",
    "recorded_by_label",
    "watch_window",
    "red_flags",
    "red_flags_acknowledged",
    "red_flags_acknowledged_at",
    "red_flags_acknowledged_date",
    "red_flags_acknowledged_time",
    "notes",
)
RATING_COLUMNS = (
    "rating_id",
    "at",
    "date",
    "time",
    "zone",
    "scale",
    "value",
    "scale_low",
    "scale_high",
    "higher_is_better",
    "baseline",
    "recorded_by",
    "recorded_by_label",
    "notes",
)
CLINICAL_COLUMNS = (
    "kind",
    "kind_label",
    "id",
    "date",
    "end_date",
    "symptoms",
    "steroids",
    "new_t2_lesions",
    "enhancing_lesions",
    "report",
    "edss_score",
    "reported_by",
    "medication",
    "dose",
    "schedule",
    "notes",
)
EXPENSE_COLUMNS = (
    "id",
    "category",
    "category_label",
    "description",
    "currency",
    "expected_amount",
    "actual_amount",
    "paid_by",
)
BLOOD_COUNT_COLUMNS = (
    "id",
    "at",
    "date",
    "time",
    "zone",
    "protocol_day",
    "count",
    "count_label",
    "value",
    "unit",
    "source",
    "recorded_by",
    "recorded_by_label",
    "notes",
)
PEOPLE_COLUMNS = ("id", "name", "role", "role_label", "phone", "email", "notes")
DOCUMENT_COLUMNS = ("id", "kind", "title", "done", "note", "attachment")
# The files in the order they are written, each with its columns.
FILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("itinerary.csv", ITINERARY_COLUMNS),
    ("side_effects.csv", SIDE_EFFECT_COLUMNS),
    ("ratings.csv", RATING_COLUMNS),
    ("clinical_events.csv", CLINICAL_COLUMNS),
    ("expenses.csv", EXPENSE_COLUMNS),
    ("blood_counts.csv", BLOOD_COUNT_COLUMNS),
    ("people.csv", PEOPLE_COLUMNS),
    ("documents.csv", DOCUMENT_COLUMNS),
)
# The words beside stored codes, in English, by vocabulary: ``CsvWording`` gives them in the
# export's language (ui.words.csv translates these same texts).
ENGLISH_LABELS: dict[str, dict[str, str]] = {
    "item_kind": dict(KIND_WORDS),
    # Who is responsible for an item, or recorded an entry.
    "person": dict(RESPONSIBLE_WORDS),
    "status": {"planned": "Planned", "done": "✓ Done", "cancelled": "✗ Cancelled"},
    "clinical_kind": {
        "relapse": "Relapse",
        "mri": "MRI",
        "edss": "EDSS",
        "medication": "Medication",
    },
    "expense_category": {
        "treatment_package": "Treatment package",
        "flights": "Flights",
        "hotel": "Hotel",
        "companion_food": "Companion's food",
        "companion_flights": "Companion's flights",
        "ground_transport": "Ground transport",
        "medication": "Medication",
        "other": "Other",
    },
    "blood_count": {
        "neutrophils": "Neutrophils (ANC)",
        "platelets": "Platelets",
        "haemoglobin": "Haemoglobin",
        "white_cells": "White cells",
        "lymphocytes": "Lymphocytes",
    },
    "contact_role": {
        "coordinator": "Patient coordinator",
        "clinic_24h": "Clinic 24-hour line",
        "lead_doctor": "Lead doctor",
        "driver": "Driver",
        "hotel": "Hotel",
        "translator": "Translator",
        "local_neurologist": "Local neurologist",
        "companion": "Companion",
        "family": "Family",
        "other": "Other",
    },
}


@dataclass(frozen=True)
class CsvWording:
    """The words of the files that people read, in the export's language: the header row
    (``headings``: column → header), the labels beside stored codes (``labels``: vocabulary
    of ``ENGLISH_LABELS`` → code → words) and the texts Journey ships (``shipped``: a
    standard document's English title → its words). English by default; the window and the
    command line pass translated ones (ui.words.csv: the domain never imports Qt). Anything
    missing is said in English: a header its column's name, a label its English words (the
    code itself if it has none). Plain mappings, read on whatever thread writes the files."""

    headings: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    shipped: Mapping[str, str] = field(default_factory=dict)

    def heading(self, column: str) -> str:
        return self.headings.get(column) or column

    def label(self, vocabulary: str, code: str) -> str | None:
        """The words for ``code``; None (an empty cell) when there is no code."""
        if not code:
            return None
        words = self.labels.get(vocabulary, {}).get(code)
        return words or ENGLISH_LABELS[vocabulary].get(code, code)

    def text(self, english: str) -> str:
        return self.shipped.get(english) or english


def all_columns() -> tuple[str, ...]:
    """Every column name of every file, each once, in the order the files first use them:
    the source texts of the header row."""
    return tuple(dict.fromkeys(column for _, columns in FILES for column in columns))


# OWASP "CSV Injection": a cell starting with one of these may run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "  # between rule keys in one cell
PROGRESS_EVERY = 200  # rows between progress reports (and checks for cancel)


if TYPE_CHECKING:
    from journey.services.aftercare import ClinicalService, RatingService
    from journey.services.blood_counts import BloodCountService
    from journey.services.costs import ExpenseService
    from journey.services.documents import DocumentService
    from journey.services.itinerary import ItineraryService
    from journey.services.people import ContactService
    from journey.services.side_effects import RedFlagService, SideEffectService, WatchWindowService


class CsvSources(Protocol):
    """What the CSV files are read from: the journal's services (journey.services)."""

    @property
    def itinerary(self) -> ItineraryService: ...
    @property
    def side_effects(self) -> SideEffectService: ...
    @property
    def watch_windows(self) -> WatchWindowService: ...
    @property
    def red_flags(self) -> RedFlagService: ...
    @property
    def ratings(self) -> RatingService: ...
    @property
    def clinical(self) -> ClinicalService: ...
    @property
    def expenses(self) -> ExpenseService: ...
    @property
    def blood_counts(self) -> BloodCountService: ...
    @property
    def contacts(self) -> ContactService: ...
    @property
    def documents(self) -> DocumentService: ...


@dataclass(frozen=True)
class CsvResult:
    folder: Path
    files: tuple[Path, ...]  # in the order of ``FILES``
    rows: int  # data rows in all files, headers not counted


class CsvExportError(JournalError):
    """The CSV files cannot be written to ``path`` (a folder); nothing was left behind."""

    code = "csv_cannot_write"

    def message(self) -> str:
        return (
            f"The CSV files cannot be written to {self.path}: {self.detail}. Nothing was written."
        )


@dataclass(frozen=True)
class Plain:
    """A value Journey formatted itself (a number, a date, a time): written as it is."""

    text: str


Cell = str | Plain | None  # str: the user's text, neutralised; None: empty
Row = Sequence[Cell]


def write_csv(
    services: CsvSources,
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    wording: CsvWording | None = None,
) -> CsvResult:
    """Write the eight CSV files into ``folder``, all or nothing, in ``wording``'s language
    (English by default).

    ``progress(done, total)`` is told the data rows written so far out of all of them (total
    is 0 for an empty journal);
    ``cancelled()`` is asked between steps, and if it answers True the export stops, removes
    what it wrote and raises ``Cancelled``. An I/O problem raises ``CsvExportError``.
    """
    folder = Path(folder)
    is_cancelled = cancelled or (lambda: False)
    words = wording or CsvWording()
    created: list[Path] = []
    temporary: list[Path] = []
    placed: list[Path] = []
    try:
        _make_folder(folder, created)
        tables: list[list[Row]] = []
        readers = (
            _itinerary,
            _side_effects,
            _ratings,
            _clinical_events,
            _expenses,
            _blood_counts,
            _people,
            _documents,
        )
        for read in readers:
            _stop_if(is_cancelled)
            tables.append(read(services, words))
        total = sum(len(rows) for rows in tables)
        written = 0
        if progress is not None:
            progress(0, total)
        for (name, columns), rows in zip(FILES, tables, strict=True):
            # Closed at once if it stops half-way, so its file is closed before it is removed
            # (Windows cannot remove an open file).
            headings = [words.heading(column) for column in columns]
            with contextlib.closing(_write_part(folder, name, headings, rows, temporary)) as parts:
                for done in parts:
                    written += done
                    _stop_if(is_cancelled)
                    if progress is not None:
                        progress(written, total)
        _stop_if(is_cancelled)
        finals = [folder / name for name, _ in FILES]
        for part, final in zip(temporary, finals, strict=True):
            os.replace(part, final)
            placed.append(final)
        temporary.clear()
    except BaseException as exc:
        for path in [*temporary, *placed]:
            with contextlib.suppress(OSError):
                path.unlink()
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()
        if isinstance(exc, OSError):
            raise CsvExportError(folder, _reason(folder, exc)) from exc
        raise
    sync_folder(folder)
    return CsvResult(folder, tuple(placed), total)


# --- writing ----------------------------------------------------------------------------------


def _stop_if(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise Cancelled


def _make_folder(folder: Path, created: list[Path]) -> None:
    """Create ``folder`` and any missing parents, noting each one made (to undo on failure)."""
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(20, "it is a file, not a folder", str(folder))
    missing = []
    for path in [folder, *folder.parents]:
        if path.exists():
            break
        missing.append(path)
    for path in reversed(missing):
        path.mkdir(mode=0o700)  # health data: the owner's only
        created.append(path)
    taken = [name for name, _ in FILES if (folder / name).is_dir()]
    if taken:
        raise IsADirectoryError(21, f"{taken[0]} in it is a folder", str(folder / taken[0]))


def _write_part(
    folder: Path, name: str, columns: Sequence[str], rows: list[Row], temporary: list[Path]
) -> Generator[int, None, None]:
    """Write one file under a temporary name (noted in ``temporary``); yields the number of
    rows written every ``PROGRESS_EVERY`` rows and at the end."""
    handle, part = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    temporary.append(Path(part))
    # With a byte-order mark: without it Excel on Windows reads the file in the computer's
    # code page and garbles every accent; LibreOffice, pandas and csv read it too.
    with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        pending = 0
        for row in rows:
            writer.writerow([_cell(value) for value in row])
            pending += 1
            if pending == PROGRESS_EVERY:
                yield pending
                pending = 0
        stream.flush()
        os.fsync(stream.fileno())
        yield pending


def _reason(folder: Path, exc: OSError) -> str:
    """Why the folder cannot be used, in a few words."""
    blocking = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        return f"{blocking} is a file, not a folder"
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def neutralised(text: str) -> str:
    """The user's text as a cell a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Plain):
        return value.text
    return neutralised(value)


# --- formatting -------------------------------------------------------------------------------


Moment = tuple[Plain | None, Plain | None, Plain | None]  # ISO instant, local date, local time
NO_MOMENT: Moment = (None, None, None)


def _instant(at: datetime, zone: str) -> Moment:
    """A logged moment in the zone where it happened, with that zone's offset then; and its
    date and 24-hour time there."""
    return _moment(shown_in(at, zone))


def _wall(wall: datetime, zone: str) -> Moment:
    """A planned wall time (validated: never in a gap nor repeated) with its offset; and its
    date and 24-hour time there."""
    return _moment(wall.replace(tzinfo=ZoneInfo(zone)))


def _moment(local: datetime) -> Moment:
    return (
        Plain(local.isoformat(timespec="seconds")),
        Plain(local.date().isoformat()),
        Plain(local.strftime("%H:%M")),
    )


def _date(day: date | None) -> Plain | None:
    return None if day is None else Plain(day.isoformat())


def _integer(value: int | None) -> Plain | None:
    return None if value is None else Plain(str(value))


def _number(value: float) -> Plain:
    """A float without a needless ".0" (7.0 → 7, 0.59 → 0.59), never in exponent form."""
    if value.is_integer():
        return Plain(str(int(value)))
    return Plain(format(Decimal(repr(value)), "f"))


def _celsius(value: float | None) -> Plain | None:
    """As stored, to 0.01 °C, with at least one decimal (38.0, 37.78)."""
    if value is None:
        return None
    text = f"{value:.2f}".rstrip("0")
    return Plain(text + "0" if text.endswith(".") else text)


def _amount(minor: int | None, currency: str) -> Plain | None:
    return None if minor is None else Plain(format(as_decimal(minor, currency), "f"))


def _yes_no(value: bool) -> Plain:
    return Plain("yes" if value else "no")


def _joined(texts: Iterable[str]) -> str | None:
    return LIST_SEPARATOR.join(texts) or None


# --- the records ------------------------------------------------------------------------------


def _itinerary(services: CsvSources, words: CsvWording) -> list[Row]:
    numbering = services.itinerary.numbering()
    rows: list[Row] = []
    for item in services.itinerary.items():
        details = item.details
        day = None if numbering is None else numbering.number(item.day)
        has_end = details.end is not None
        rows.append(
            (
                Plain(str(item.id)),
                item.uid,
                details.kind,
                words.label("item_kind", details.kind),
                details.title,
                *_wall(details.start, details.zone),
                details.zone,
                *(
                    _wall(details.end, details.finish_zone)
                    if details.end is not None
                    else NO_MOMENT
                ),
                details.finish_zone if has_end else None,
                _integer(day),
                details.place,
                details.responsible,
                words.label("person", details.responsible),
                details.status,
                words.label("status", details.status),
                details.notes,
            )
        )
    return rows


def _side_effects(services: CsvSources, words: CsvWording) -> list[Row]:
    entries = sorted(services.side_effects.entries(), key=lambda e: (e.details.at, e.id))
    if not entries:
        return []
    windows = {window.id: window.title for window in services.watch_windows.windows()}
    flags: dict[int, list[tuple[str, datetime | None]]] = {}
    since, until = entries[0].details.at, later(entries[-1].details.at, timedelta(seconds=1))
    for flag, acknowledged_at in services.red_flags.in_period(since, until):
        flags.setdefault(flag.entry_id, []).append((flag.rule_key, acknowledged_at))
    order = {rule["key"]: index for index, rule in enumerate(red_flag_rules())}
    for raised in flags.values():
        raised.sort(key=lambda flag: order.get(flag[0], len(order)))
    above_40 = hours_above_40_at(
        (e.details.at, e.details.celsius) for e in entries if e.details.celsius is not None
    )
    rows: list[Row] = []
    for entry in entries:
        details = entry.details
        grade = None
        if details.celsius is not None:
            # How long it stayed above 40.0 °C tells grade 3 from 4; below, it does not matter.
            above = above_40[details.at] if details.celsius > 40.0 else 0.0
            grade = fever_grade(details.celsius, above)
        raised = flags.get(entry.id, [])
        acknowledged = [(key, at) for key, at in raised if at is not None]
        latest = max((at for _, at in acknowledged), default=None)
        rows.append(
            (
                Plain(str(entry.id)),
                *_instant(details.at, details.zone),
                details.zone,
                details.symptom,
                Plain(str(details.severity)),
                severity_word(details.severity),
                _celsius(details.celsius),
                details.route,
                _integer(grade),
                details.recorded_by,
                words.label("person", details.recorded_by),
                None if entry.watch_window_id is None else windows.get(entry.watch_window_id),
                _joined(key for key, _ in raised),
                _joined(key for key, _ in acknowledged),
                *(NO_MOMENT if latest is None else _instant(latest, details.zone)),
                details.notes,
            )
        )
    return rows


def _ratings(services: CsvSources, words: CsvWording) -> list[Row]:
    scales = {scale.id: scale for scale in services.ratings.scales(include_hidden=True)}
    rows: list[Row] = []
    for rating in services.ratings.ratings():
        details = rating.details
        values = sorted(
            details.values,
            key=lambda pair: (scales[pair[0]].position if pair[0] in scales else 0, pair[0]),
        )
        for scale_id, value in values:
            scale = scales.get(scale_id)
            rows.append(
                (
                    Plain(str(rating.id)),
                    *_instant(details.at, details.zone),
                    details.zone,
                    None if scale is None else scale.name,
                    _number(value),
                    None if scale is None else _number(scale.details.low),
                    None if scale is None else _number(scale.details.high),
                    None if scale is None else _yes_no(scale.details.higher_is_better),
                    _yes_no(rating.is_baseline),
                    details.recorded_by,
                    words.label("person", details.recorded_by),
                    details.notes,
                )
            )
    return rows


CLINICAL_KINDS = ("relapse", "mri", "edss", "medication")


def _clinical_events(services: CsvSources, words: CsvWording) -> list[Row]:
    clinical = services.clinical
    dated: list[tuple[date, str, int, Row]] = []
    for relapse in clinical.relapses.all():
        r = relapse.details
        row = _clinical_row(
            words,
            "relapse",
            relapse.id,
            r.started,
            r.ended,
            symptoms=r.symptoms,
            steroids=r.steroids,
        )
        dated.append((r.started, "relapse", relapse.id, row))
    for mri in clinical.mris.all():
        m = mri.details
        row = _clinical_row(
            words,
            "mri",
            mri.id,
            m.on,
            new_t2_lesions=_integer(m.new_t2),
            enhancing_lesions=_integer(m.enhancing),
            report=m.report,
        )
        dated.append((m.on, "mri", mri.id, row))
    for report in clinical.edss.all():
        e = report.details
        row = _clinical_row(
            words,
            "edss",
            report.id,
            e.on,
            edss_score=Plain(f"{e.score:.1f}"),  # steps of 0.5: one decimal is exact
            reported_by=e.reported_by,
        )
        dated.append((e.on, "edss", report.id, row))
    for medication in clinical.medications.all():
        d = medication.details
        row = _clinical_row(
            words,
            "medication",
            medication.id,
            d.started,
            d.stopped,
            medication=d.name,
            dose=d.dose,
            schedule=d.schedule,
            notes=d.notes,
        )
        dated.append((d.started, "medication", medication.id, row))
    dated.sort(key=lambda event: (event[0], CLINICAL_KINDS.index(event[1]), event[2]))
    return [row for *_, row in dated]


def _clinical_row(
    words: CsvWording,
    kind: str,
    record_id: int,
    day: date,
    end: date | None = None,
    **fields: Cell,
) -> Row:
    """A row with the fields that apply to ``kind`` filled in and the others empty."""
    known: dict[str, Cell] = {"kind": Plain(kind), "id": Plain(str(record_id)), "date": _date(day)}
    known["kind_label"] = words.label("clinical_kind", kind)
    known["end_date"] = _date(end)
    unknown = set(fields) - set(CLINICAL_COLUMNS)
    if unknown:
        raise ValueError(f"not columns of clinical_events.csv: {sorted(unknown)}")
    values: dict[str, Cell] = {**known, **fields}
    return tuple(values.get(column) for column in CLINICAL_COLUMNS)


def _expenses(services: CsvSources, words: CsvWording) -> list[Row]:
    rows: list[Row] = []
    for expense in services.expenses.expenses():
        d = expense.details
        rows.append(
            (
                Plain(str(expense.id)),
                d.category,
                words.label("expense_category", d.category),
                d.description,
                d.currency,
                _amount(d.expected_minor, d.currency),
                _amount(d.actual_minor, d.currency),
                d.paid_by,
            )
        )
    return rows


def _blood_counts(services: CsvSources, words: CsvWording) -> list[Row]:
    numbering = services.itinerary.numbering()
    rows: list[Row] = []
    for entry in reversed(services.blood_counts.counts()):  # oldest first
        day = None if numbering is None else numbering.number(shown_in(entry.at, entry.zone).date())
        rows.append(
            (
                Plain(str(entry.id)),
                *_instant(entry.at, entry.zone),
                entry.zone,
                _integer(day),
                entry.kind,
                words.label("blood_count", entry.kind),
                _number(entry.value),
                count_kind(entry.kind).stored_unit,
                entry.source,
                entry.recorded_by,
                words.label("person", entry.recorded_by),
                entry.notes,
            )
        )
    return rows


def _people(services: CsvSources, words: CsvWording) -> list[Row]:
    rows: list[Row] = []
    for contact in services.contacts.contacts():
        d = contact.details
        rows.append(
            (
                Plain(str(contact.id)),
                d.name,
                d.role,
                words.label("contact_role", d.role),
                d.phone,
                d.email,
                d.notes,
            )
        )
    return rows


def _documents(services: CsvSources, words: CsvWording) -> list[Row]:
    return [
        (
            Plain(str(document.id)),
            document.kind,
            words.text(document.title) if document.standard else document.title,
            _yes_no(document.done),
            document.note,
            document.attachment,
        )
        # As stored: an export never writes (the standard lines appear once the page is opened).
        for document in services.documents.stored()
    ]
