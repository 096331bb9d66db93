"""CSV files for spreadsheets (SPEC §3): one file per kind of record, read through the services,
so what a spreadsheet shows is what the app shows.

``write_csv(services, folder)`` writes six files into ``folder`` (created if missing), always
all six, each with a header row even when it has no records:

itinerary.csv — one row per itinerary item, in time order:
    id, uid, kind, title, start, start_zone, end, end_zone, protocol_day, place, responsible,
    status, notes
    ``start``/``end`` are the planned wall times where they happen, with the UTC offset in force
    there and then (2026-05-20T15:40:00-07:00); ``end``/``end_zone`` are empty without an end.
    ``uid`` is the item's iCalendar UID. ``protocol_day``: the HSCT day (…, -1, 0, +1 as
    -1, 0, 1) or, for other protocols, the day of the stay from arrival (1, 2…); empty when
    the date has none.

side_effects.csv — one row per logged entry, oldest first:
    id, at, zone, symptom, severity, severity_word, temperature_c, temperature_route,
    fever_grade, recorded_by, watch_window, red_flags, red_flags_acknowledged,
    red_flags_acknowledged_at, notes
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
    rating_id, at, zone, scale, value, scale_low, scale_high, higher_is_better, baseline,
    recorded_by, notes
    ``rating_id`` groups the rows of one filled-in form; ``baseline`` is "yes" when the rating
    counts as the baseline (as the app decides it), else "no"; ``higher_is_better`` likewise.
    The rating's notes repeat on each of its rows. Hidden scales' ratings are included.

clinical_events.csv — one row per relapse, MRI result, EDSS report or medication, by date:
    kind, id, date, end_date, symptoms, steroids, new_t2_lesions, enhancing_lesions, report,
    edss_score, reported_by, medication, dose, schedule, notes
    ``kind`` is relapse, mri, edss or medication; ``date`` the start (relapse, medication) or
    the day (MRI, EDSS); ``end_date`` when a relapse ended or a medication stopped. Fields that
    do not apply to a kind are empty. The profile's "last reported" EDSS and MRI are not
    events and are not here.

expenses.csv — one row per expense, by category:
    id, category, description, currency, expected_amount, actual_amount, paid_by
    Amounts in the currency's major unit as plain decimals (1712.50; whole yen for JPY);
    empty when not known.

blood_counts.csv — one row per blood count, oldest first:
    id, at, zone, protocol_day, count, value, unit, source, recorded_by, notes
    ``count`` is neutrophils, platelets, haemoglobin, white_cells or lymphocytes; ``value`` is
    in the unit it is stored in, ``unit`` e9_per_l (×10⁹/L) or g_per_l (g/L), whatever unit it
    was typed in; ``protocol_day`` as in itinerary.csv.

Format: UTF-8 without a byte-order mark, the csv module's defaults (comma, double quotes,
"\\r\\n" line ends, RFC 4180). Times are ISO 8601 to the second with their UTC offset and the
IANA zone in a column of its own; dates YYYY-MM-DD; numbers plain, with a dot. A text cell that
starts with = + - @, a tab or a carriage return gets a leading apostrophe so that a spreadsheet
never runs it as a formula (OWASP, "CSV Injection"); numbers, dates and times are never changed.

All or nothing: each file is written under a temporary name in the folder, and only when all
six are complete are they renamed into place. On any failure, or when cancelled, everything
this call wrote is removed (and the folders it created, if still empty): nothing half-written
is left behind. The files are readable by their owner only: they hold health information.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from journey.blood_counts import count_kind
from journey.errors import Cancelled, JournalError
from journey.files import sync_folder
from journey.money import as_decimal
from journey.side_effects import fever_grade, hours_above_40, red_flag_rules, severity_word
from journey.timekeeping import later, shown_in

ITINERARY_COLUMNS = (
    "id",
    "uid",
    "kind",
    "title",
    "start",
    "start_zone",
    "end",
    "end_zone",
    "protocol_day",
    "place",
    "responsible",
    "status",
    "notes",
)
SIDE_EFFECT_COLUMNS = (
    "id",
    "at",
    "zone",
    "symptom",
    "severity",
    "severity_word",
    "temperature_c",
    "temperature_route",
    "fever_grade",
    "recorded_by",
    "watch_window",
    "red_flags",
    "red_flags_acknowledged",
    "red_flags_acknowledged_at",
    "notes",
)
RATING_COLUMNS = (
    "rating_id",
    "at",
    "zone",
    "scale",
    "value",
    "scale_low",
    "scale_high",
    "higher_is_better",
    "baseline",
    "recorded_by",
    "notes",
)
CLINICAL_COLUMNS = (
    "kind",
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
    "description",
    "currency",
    "expected_amount",
    "actual_amount",
    "paid_by",
)
BLOOD_COUNT_COLUMNS = (
    "id",
    "at",
    "zone",
    "protocol_day",
    "count",
    "value",
    "unit",
    "source",
    "recorded_by",
    "notes",
)
# The files in the order they are written, each with its columns.
FILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("itinerary.csv", ITINERARY_COLUMNS),
    ("side_effects.csv", SIDE_EFFECT_COLUMNS),
    ("ratings.csv", RATING_COLUMNS),
    ("clinical_events.csv", CLINICAL_COLUMNS),
    ("expenses.csv", EXPENSE_COLUMNS),
    ("blood_counts.csv", BLOOD_COUNT_COLUMNS),
)
# OWASP "CSV Injection": a cell starting with one of these may run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "  # between rule keys in one cell
PROGRESS_EVERY = 200  # rows between progress reports (and checks for cancel)


if TYPE_CHECKING:
    from journey.services.aftercare import ClinicalService, RatingService
    from journey.services.blood_counts import BloodCountService
    from journey.services.costs import ExpenseService
    from journey.services.itinerary import ItineraryService
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
) -> CsvResult:
    """Write the six CSV files into ``folder``, all or nothing.

    ``progress(done, total)`` is told the data rows written so far out of all of them (total
    is 0 for an empty journal);
    ``cancelled()`` is asked between steps, and if it answers True the export stops, removes
    what it wrote and raises ``Cancelled``. An I/O problem raises ``CsvExportError``.
    """
    folder = Path(folder)
    is_cancelled = cancelled or (lambda: False)
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
        )
        for read in readers:
            _stop_if(is_cancelled)
            tables.append(read(services))
        total = sum(len(rows) for rows in tables)
        written = 0
        if progress is not None:
            progress(0, total)
        for (name, columns), rows in zip(FILES, tables, strict=True):
            # Closed at once if it stops half-way, so its file is closed before it is removed
            # (Windows cannot remove an open file).
            with contextlib.closing(_write_part(folder, name, columns, rows, temporary)) as parts:
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
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
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


def _instant(at: datetime, zone: str) -> Plain:
    """A logged moment in the zone where it happened, with that zone's offset then."""
    return Plain(shown_in(at, zone).isoformat(timespec="seconds"))


def _wall(wall: datetime, zone: str) -> Plain:
    """A planned wall time (validated: never in a gap nor repeated) with its offset."""
    return Plain(wall.replace(tzinfo=ZoneInfo(zone)).isoformat(timespec="seconds"))


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


def _itinerary(services: CsvSources) -> list[Row]:
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
                details.title,
                _wall(details.start, details.zone),
                details.zone,
                _wall(details.end, details.finish_zone) if details.end is not None else None,
                details.finish_zone if has_end else None,
                _integer(day),
                details.place,
                details.responsible,
                details.status,
                details.notes,
            )
        )
    return rows


def _side_effects(services: CsvSources) -> list[Row]:
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
    readings = [(e.details.at, e.details.celsius) for e in entries if e.details.celsius is not None]
    rows: list[Row] = []
    for entry in entries:
        details = entry.details
        grade = None
        if details.celsius is not None:
            # How long it stayed above 40.0 °C tells grade 3 from 4; below, it does not matter.
            above = hours_above_40(readings, details.at) if details.celsius > 40.0 else 0.0
            grade = fever_grade(details.celsius, above)
        raised = flags.get(entry.id, [])
        acknowledged = [(key, at) for key, at in raised if at is not None]
        latest = max((at for _, at in acknowledged), default=None)
        rows.append(
            (
                Plain(str(entry.id)),
                _instant(details.at, details.zone),
                details.zone,
                details.symptom,
                Plain(str(details.severity)),
                severity_word(details.severity),
                _celsius(details.celsius),
                details.route,
                _integer(grade),
                details.recorded_by,
                None if entry.watch_window_id is None else windows.get(entry.watch_window_id),
                _joined(key for key, _ in raised),
                _joined(key for key, _ in acknowledged),
                None if latest is None else _instant(latest, details.zone),
                details.notes,
            )
        )
    return rows


def _ratings(services: CsvSources) -> list[Row]:
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
                    _instant(details.at, details.zone),
                    details.zone,
                    None if scale is None else scale.name,
                    _number(value),
                    None if scale is None else _number(scale.details.low),
                    None if scale is None else _number(scale.details.high),
                    None if scale is None else _yes_no(scale.details.higher_is_better),
                    _yes_no(rating.is_baseline),
                    details.recorded_by,
                    details.notes,
                )
            )
    return rows


CLINICAL_KINDS = ("relapse", "mri", "edss", "medication")


def _clinical_events(services: CsvSources) -> list[Row]:
    clinical = services.clinical
    dated: list[tuple[date, str, int, Row]] = []
    for relapse in clinical.relapses.all():
        r = relapse.details
        row = _clinical_row(
            "relapse", relapse.id, r.started, r.ended, symptoms=r.symptoms, steroids=r.steroids
        )
        dated.append((r.started, "relapse", relapse.id, row))
    for mri in clinical.mris.all():
        m = mri.details
        row = _clinical_row(
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
    kind: str, record_id: int, day: date, end: date | None = None, **fields: Cell
) -> Row:
    """A row with the fields that apply to ``kind`` filled in and the others empty."""
    known = {"kind": Plain(kind), "id": Plain(str(record_id)), "date": _date(day)}
    known["end_date"] = _date(end)
    unknown = set(fields) - set(CLINICAL_COLUMNS)
    if unknown:
        raise ValueError(f"not columns of clinical_events.csv: {sorted(unknown)}")
    values: dict[str, Cell] = {**known, **fields}
    return tuple(values.get(column) for column in CLINICAL_COLUMNS)


def _expenses(services: CsvSources) -> list[Row]:
    rows: list[Row] = []
    for expense in services.expenses.expenses():
        d = expense.details
        rows.append(
            (
                Plain(str(expense.id)),
                d.category,
                d.description,
                d.currency,
                _amount(d.expected_minor, d.currency),
                _amount(d.actual_minor, d.currency),
                d.paid_by,
            )
        )
    return rows


def _blood_counts(services: CsvSources) -> list[Row]:
    numbering = services.itinerary.numbering()
    rows: list[Row] = []
    for entry in reversed(services.blood_counts.counts()):  # oldest first
        day = None if numbering is None else numbering.number(shown_in(entry.at, entry.zone).date())
        rows.append(
            (
                Plain(str(entry.id)),
                _instant(entry.at, entry.zone),
                entry.zone,
                _integer(day),
                entry.kind,
                _number(entry.value),
                count_kind(entry.kind).stored_unit,
                entry.source,
                entry.recorded_by,
                entry.notes,
            )
        )
    return rows
