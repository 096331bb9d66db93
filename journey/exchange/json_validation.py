"""Checks a JSON journal document before anything is stored, and turns its records into the
values the database takes. The first problem found is refused with the JSON path at fault.

In order: the size limit, then JSON itself, the format and version, the JSON Schema shipped in
resources/exchange/ (types, required fields, ranges, enumerations), then what a schema cannot
say: ids used twice, values that must be unique, references to records that are not there,
and the domain's own rules, checked by the same functions the services use (every date within
1900–2200, time zones, EDSS steps, end not before start, a rating within its scale…). Rules
about "now" (a date in the future) are not applied: a restore keeps what the journal held when
it was exported.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path, PurePosixPath
from typing import Any

import fastjsonschema

from journey.aftercare import (
    DischargeDetails,
    EdssDetails,
    MriDetails,
    RelapseDetails,
    ScaleDetails,
    built_in_scales,
    discharge_problems,
    edss_report_problems,
    medication_from_columns,
    medication_problems,
    mri_problems,
    relapse_problems,
    scale_problems,
)
from journey.blood_counts import KINDS, count_kind
from journey.db import FROM_JSON
from journey.dto import CompanionData, CourseData, ProfileData
from journey.errors import JournalError, Problem
from journey.exchange.json_tables import (
    LATER_COLUMNS,
    LATER_SECTIONS,
    Section,
    sections,
)
from journey.itinerary import ItemDetails, item_problems
from journey.medications import parse_times
from journey.protocols import TemplateError, parse_template
from journey.services.blood_counts import CountDetails, count_problems, record_problems
from journey.services.costs import ExpenseDetails, expense_problems
from journey.services.documents import ATTACHMENTS_DIR
from journey.services.people import ContactDetails, contact_problems
from journey.services.side_effects import EntryDetails, entry_problems
from journey.timekeeping import date_problem, zone_problem
from journey.validation import (
    companion_problems,
    course_problems,
    notes_problem,
    profile_problems,
)

FORMAT = "journey-journal"
VERSION = 1
# The largest file read: a journal of many years with 100,000 side-effect entries is about
# 25 MB, so 200 MB leaves room for decades while refusing what is surely not a journal.
MAX_BYTES = 200 * 1024 * 1024
# The most records imported at once: ten entries a day for fifty years is 182,500, so a
# document holding more is not one person's journal; 10⁶ entries made `export pdf` run for
# minutes (issue 21).
IMPORT_RECORDS_MAX = 250_000

# Passed as "today"/"now" to the domain's checks, so that only the value rules apply.
_NO_FUTURE_DATE = date.max
_NO_FUTURE_INSTANT = datetime(9000, 1, 1, tzinfo=UTC)

Records = dict[str, list[dict[str, Any]]]  # section name → records as the database takes them
# Every date and time of every record is within 1900–2200 (SPEC §4): refused here, by its path,
# before anything reads it (a later page, export or red-flag check would fail on it).
DATED = frozenset({"instant", "wall_time", "date"})


class ImportRefused(JournalError):
    """A JSON journal cannot be imported; the journal was left unchanged.

    ``path`` is the JSON path at fault ("$" for the document as a whole, e.g.
    "$.journal.side_effect_entry[3].severity"); ``file`` names the file, when it came from one.
    """

    code = "import_refused"
    path: str  # type: ignore[assignment]  # a JSON path here, not the journal's file

    def __init__(self, path: str, detail: str, *, file: Path | None = None) -> None:
        self.path = path
        self.detail = detail
        self.file = file
        Exception.__init__(self, self.message())

    def message(self) -> str:
        return f"{self.path}: {self.detail}"

    def naming(self, file: Path) -> ImportRefused:
        """The same refusal, with the file it is about."""
        return ImportRefused(self.path, self.detail, file=file)


# --- reading --------------------------------------------------------------------------------


def parse(data: bytes, *, max_bytes: int = MAX_BYTES) -> Any:
    """The JSON value in ``data``, refusing a file over ``max_bytes`` or that is not JSON."""
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused("$", f"the file is not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise ImportRefused("$", "the file is empty")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if _cut_short(text, exc):
            raise ImportRefused(
                "$", f"the file ends too early ({where}); is it cut short?"
            ) from exc
        raise ImportRefused("$", f"not valid JSON at {where}: {exc.msg}") from exc
    except _Constant as exc:
        where = _where(text, str(exc))
        raise ImportRefused("$", f"{exc} is not a number JSON allows ({where})") from None
    except RecursionError as exc:
        raise ImportRefused("$", "the JSON is nested too deeply to be a journal") from exc


# What is left where a file cut in the middle of a value stops: part of a number or of
# true/false/null ("0." of 0.5, "tr" of true).
_PART_OF_A_VALUE = re.compile(r"-?[0-9.eE+-]*|t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?")


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """The error is where the file ends: it stops inside a string or part way into a value."""
    rest = text[exc.pos :].strip()
    return exc.msg.startswith("Unterminated string") or bool(_PART_OF_A_VALUE.fullmatch(rest))


def too_large(size: int, limit: int) -> ImportRefused:
    return ImportRefused(
        "$",
        f"the file is {_megabytes(size)}; Journey imports JSON journals of up to "
        f"{_megabytes(limit)}",
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"


class _Constant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Constant(name)


def _where(text: str, token: str) -> str:
    found = re.search(r"[:\[,]\s*(-?" + re.escape(token.lstrip("-")) + r")", text)
    if found is None:
        return "somewhere in the file"
    offset = found.start(1)
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


# --- checking -------------------------------------------------------------------------------


def check(document: Any) -> Records:
    """The document's records, converted for the database, if the document can be imported."""
    _check_header(document)
    document = _with_later_fields(document)
    try:
        _outline_validator()(document)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise _schema_refusal(exc, "$") from None
    journal = document["journal"]
    count = sum(len(journal[section.name]) for section in sections())
    if count > IMPORT_RECORDS_MAX:
        raise ImportRefused(
            "$.journal",
            f"holds {count:,} records; Journey imports at most {IMPORT_RECORDS_MAX:,} at once",
        )
    validate = _record_validator()
    earlier = _Earlier()
    for section in sections():
        rows = journal[section.name]
        for index, row in enumerate(rows):
            try:
                validate({section.name: row})
            except fastjsonschema.JsonSchemaValueException as exc:
                where = _at(section, index)
                raise _schema_refusal(exc, where, f"data.{section.name}") from None
        _check_keys(section, rows, journal)
        earlier.records[section.name] = _converted(section, rows, earlier)
    return earlier.records


def _with_later_fields(document: dict[str, Any]) -> Any:
    """The document with what an older export lacks filled in (json_tables.LATER_*); the
    caller's document is left as it was."""
    journal = document.get("journal")
    if not isinstance(journal, dict):
        return document  # the schema says what is wrong with it
    filled = dict(journal)
    for name in LATER_SECTIONS:
        filled.setdefault(name, [])
    for (name, column), default in LATER_COLUMNS.items():
        records = filled.get(name)
        if isinstance(records, list) and any(
            isinstance(r, dict) and column not in r for r in records
        ):
            filled[name] = [
                {**r, column: default} if isinstance(r, dict) and column not in r else r
                for r in records
            ]
    return {**document, "journal": filled}


class _Earlier:
    """The sections checked so far (a section comes after those it refers to)."""

    def __init__(self) -> None:
        self.records: Records = {}

    @cached_property
    def symptom_names(self) -> dict[int, str]:
        return {row["id"]: row["name"] for row in self.records["symptom"]}

    @cached_property
    def scale_ranges(self) -> dict[int, tuple[float, float]]:
        return {row["id"]: (row["low"], row["high"]) for row in self.records["rating_scale"]}


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise ImportRefused("$", "a Journey journal is a JSON object, this is not")
    if "format" not in document:
        raise ImportRefused("$.format", f"is missing; this is not a {FORMAT} document")
    if document["format"] != FORMAT:
        shown = _shown(document["format"])
        raise ImportRefused("$.format", f"{shown} is not {FORMAT}; this is not a Journey journal")
    version = document.get("version")
    if "version" not in document:
        raise ImportRefused("$.version", "is missing")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportRefused("$.version", f"{_shown(version)} is not a version number")
    if version > VERSION:
        raise ImportRefused(
            "$.version",
            f"the file is version {version}, newer than this Journey reads ({VERSION}); "
            "update Journey to import it",
        )
    if version < 1:
        raise ImportRefused("$.version", f"{version} is not a version Journey ever wrote")


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the document (resources/exchange/journal.schema.json)."""
    text = files("resources.exchange").joinpath("journal.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# The schema is applied in two parts, both compiled once by fastjsonschema (it writes Python
# code for a schema, fast enough for 100,000 entries): the document's outline, then each record
# against its section's definition. Checked whole, the generated code works out a JSON path for
# every record it enters, which takes a third of its time; here a path is made only for a
# record at fault.


@cache
def _outline_validator() -> Callable[[Any], Any]:
    outline = copy.deepcopy(schema())
    for section in outline["properties"]["journal"]["properties"].values():
        section["items"] = {}
    return fastjsonschema.compile(outline)


@cache
def _record_validator() -> Callable[[Any], Any]:
    """Checks one record given as {section name: record}."""
    definitions = schema()["definitions"]
    sections = schema()["properties"]["journal"]["properties"]
    return fastjsonschema.compile(
        {
            "definitions": definitions,
            "type": "object",
            "properties": {name: section["items"] for name, section in sections.items()},
        }
    )


_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _schema_refusal(
    exc: fastjsonschema.JsonSchemaValueException, root: str, prefix: str = "data"
) -> ImportRefused:
    """The refusal for a schema error; ``prefix`` of fastjsonschema's path stands for ``root``."""
    path = root + (exc.name or prefix)[len(prefix) :]
    rule, limit, value = exc.rule, exc.rule_definition, exc.value
    if rule == "required":
        missing = next(name for name in limit if name not in value)
        return ImportRefused(f"{path}.{missing}", "is missing")
    if rule == "additionalProperties":
        known = (exc.definition or {}).get("properties", {})
        extra = sorted(name for name in value if name not in known)[0]
        return ImportRefused(f"{path}.{extra}", "is not a field Journey knows here")
    if rule == "type":
        wanted = " or ".join(_TYPE_WORDS[t] for t in ([limit] if isinstance(limit, str) else limit))
        return ImportRefused(path, f"should be {wanted}, not {_json_type(value)}")
    details: dict[str, Callable[[], str]] = {
        "maximum": lambda: f"{_shown(value)} is above the maximum {limit}",
        "minimum": lambda: f"{_shown(value)} is below the minimum {limit}",
        "maxLength": lambda: f"is longer than {limit} characters",
        "minLength": lambda: "must not be empty",
        "enum": lambda: f"{_shown(value)} is not one of {', '.join(map(_shown, limit))}",
        "const": lambda: f"should be {_shown(limit)}",
        "pattern": lambda: f"{_shown(value)} is not {_described(exc)}",
        "maxItems": lambda: f"holds {len(value)} records; a journal has at most {limit}",
    }
    if rule in details:
        return ImportRefused(path, details[rule]())
    return ImportRefused(path, exc.message.removeprefix(exc.name or prefix).strip())


def _described(exc: fastjsonschema.JsonSchemaValueException) -> str:
    definition = exc.definition or {}
    return str(definition.get("description", "in the expected form")).removesuffix(" (or null)")


def _at(section: Section, index: int, column: str | None = None) -> str:
    return f"$.journal.{section.name}[{index}]" + (f".{column}" if column else "")


def _check_keys(section: Section, rows: list[dict[str, Any]], journal: dict[str, Any]) -> None:
    """Ids used once, unique values unique, and every reference pointing at a record."""
    first_at: dict[Any, int] = {}
    for index, row in enumerate(rows):
        key = row[section.key]
        if first_at.setdefault(key, index) != index:
            raise ImportRefused(
                _at(section, index, section.key),
                f"{_shown(key)} is used twice in {section.name} (also at [{first_at[key]}])",
            )
    for columns in section.unique:
        if columns == (section.key,):
            continue
        seen: dict[tuple[Any, ...], int] = {}
        for index, row in enumerate(rows):
            values = tuple(row[c] for c in columns)
            if None not in values and seen.setdefault(values, index) != index:
                together = " and ".join(columns)
                raise ImportRefused(
                    _at(section, index, columns[-1]),
                    f"another record (at [{seen[values]}]) has the same {together}; "
                    "each must be unique",
                )
    for column in section.references:
        target = column.reference
        assert target is not None
        ids = {row["id"] for row in journal[target]}
        for index, row in enumerate(rows):
            value = row[column.name]
            if value is not None and value not in ids:
                raise ImportRefused(
                    _at(section, index, column.name), f"no {target} has the id {value}"
                )


def _converted(
    section: Section, rows: list[dict[str, Any]], earlier: _Earlier
) -> list[dict[str, Any]]:
    """The records as the database takes them, each checked against the domain's rules."""
    converters = [(c.name, FROM_JSON[c.kind]) for c in section.columns if c.kind in FROM_JSON]
    dated = [c.name for c in section.columns if c.kind in DATED]
    zones = [c.name for c in section.columns if c.name == "zone" or c.name.endswith("_zone")]
    rule = _RULES.get(section.name)
    converted = []
    for index, raw in enumerate(rows):
        row = dict(raw)
        for name, convert in converters:
            value = row[name]
            if value is not None:
                try:
                    row[name] = convert(value)
                except ValueError:
                    raise ImportRefused(
                        _at(section, index, name), f"{_shown(value)} is not a real date or time"
                    ) from None
        for name in dated:
            out_of_range = None if row[name] is None else date_problem(name, row[name])
            if out_of_range is not None:
                raise ImportRefused(
                    _at(section, index, name), f"{_shown(raw[name])}: {out_of_range.english()}"
                )
        for name in zones:
            problem = None if row[name] is None else _zone_problem(row[name])
            if problem is not None:
                raise ImportRefused(_at(section, index, name), problem)
        found = [] if rule is None else rule(row, earlier)
        if found:
            column, detail = found[0]
            raise ImportRefused(_at(section, index, column), detail)
        converted.append(row)
    return converted


@cache
def _zone_problem(zone: str) -> str | None:
    problem = zone_problem("zone", zone)
    return None if problem is None else problem.english()


# --- the domain's rules, per section ---------------------------------------------------------

Found = list[tuple[str, str]]  # (column, what is wrong)
Rule = Callable[[dict[str, Any], _Earlier], Found]


def _found(problems: list[Problem], columns: dict[str, str] | None = None) -> Found:
    """Problems named by the service's field names, as (column, English detail)."""
    columns = columns or {}
    return [(columns.get(p.field, p.field), p.english()) for p in problems]


def _profile(row: dict[str, Any], _: _Earlier) -> Found:
    fields = {k: v for k, v in row.items() if k not in ("id", "updated_at", "updated_zone")}
    return _found(profile_problems(ProfileData(**fields), _NO_FUTURE_DATE))


def _course(row: dict[str, Any], _: _Earlier) -> Found:
    arrival: datetime = row["arrival_local"]
    course = CourseData(
        protocol=row["protocol"],
        clinic_name=row["clinic_name"],
        clinic_city=row["clinic_city"],
        arrival_date=arrival.date(),
        arrival_time=arrival.time(),
        destination_zone=row["destination_zone"],
        treatment_start=row["treatment_start"],
        home_zone=row["home_zone"],
        clinic_address=row["clinic_address"],
    )
    return _found(
        course_problems(course), {"arrival_time": "arrival_local", "arrival_date": "arrival_local"}
    )


def _companion(row: dict[str, Any], _: _Earlier) -> Found:
    companion = CompanionData(row["name"], row["phone"], row["email"])
    return _found(
        companion_problems(companion), {"companion_name": "name", "companion_email": "email"}
    )


def _contact(row: dict[str, Any], _: _Earlier) -> Found:
    fields = {k: v for k, v in row.items() if k != "id"}
    return _found(contact_problems(ContactDetails(**fields)))


def _expense(row: dict[str, Any], _: _Earlier) -> Found:
    fields = {k: v for k, v in row.items() if k != "id"}
    return _found(
        expense_problems(ExpenseDetails(**fields)),
        {"expected": "expected_minor", "actual": "actual_minor"},
    )


def _item(row: dict[str, Any], _: _Earlier) -> Found:
    details = ItemDetails(
        kind=row["kind"],
        title=row["title"],
        start=row["start_local"],
        zone=row["start_zone"],
        end=row["end_local"],
        end_zone=row["end_zone"],
        place=row["place"],
        notes=row["notes"],
        responsible=row["responsible"],
        status=row["status"],
        flight_number=row["flight_number"],
        booking_ref=row["booking_ref"],
        from_airport=row["from_airport"],
        to_airport=row["to_airport"],
        reminder_minutes=row["reminder_minutes"],
        pinned=row["pinned"],
        text_key=row["text_key"],
    )
    return _found(
        item_problems(details), {"zone": "start_zone", "start": "start_local", "end": "end_local"}
    )


def _entry(row: dict[str, Any], earlier: _Earlier) -> Found:
    details = EntryDetails(
        symptom=earlier.symptom_names[row["symptom_id"]],
        severity=row["severity"],
        at=row["at"],
        zone=row["zone"],
        recorded_by=row["recorded_by"],
        celsius=row["temperature_c"],
        notes=row["notes"],
    )
    return _found(
        entry_problems(details, _NO_FUTURE_INSTANT),
        {"symptom": "symptom_id", "temperature": "temperature_c"},
    )


def _scale(row: dict[str, Any], _: _Earlier) -> Found:
    if row["built_in"] and row["key"] not in built_in_scales():
        return [("key", f"{_shown(row['key'])} is not a built-in scale of this Journey")]
    details = ScaleDetails(
        name=row["name"] or row["key"],  # a built-in scale's name is worded in resources/
        low=row["low"],
        high=row["high"],
        higher_is_better=row["higher_is_better"],
        note=row["note"],
    )
    return _found(scale_problems(details, ()))


def _rating(row: dict[str, Any], earlier: _Earlier) -> Found:
    return rating_range_problem(row["value"], *earlier.scale_ranges[row["scale_id"]])


def rating_range_problem(value: float, low: float, high: float) -> Found:
    """A rating outside its scale's range (journey.aftercare's rule, with its wording)."""
    if low <= value <= high:
        return []
    problem = Problem("value", "rating_range", {"min": f"{low:g}", "max": f"{high:g}"})
    return _found([problem])


def _details(cls: type[Any], problems: Callable[..., list[Problem]], *today: date) -> Any:
    def rule(row: dict[str, Any], _: _Earlier) -> Found:
        fields = {k: v for k, v in row.items() if k != "id"}
        return _found(problems(cls(**fields), *today))

    return rule


def _json_text(column: str) -> Rule:
    def rule(row: dict[str, Any], _: _Earlier) -> Found:
        try:
            json.loads(row[column])
        except ValueError as exc:
            return [(column, f"is not JSON text as Journey stores it ({exc})")]
        return []

    return rule


def _protocol(row: dict[str, Any], _: _Earlier) -> Found:
    if not row["name"].strip():
        return [("name", Problem("name", "required").english())]
    try:
        parse_template(json.loads(row["steps"]))
    except (ValueError, TemplateError, AttributeError) as exc:
        return [("steps", f"is not a protocol Journey can lay out ({exc})")]
    return []


def _notes(column: str) -> Rule:
    def rule(row: dict[str, Any], _: _Earlier) -> Found:
        return _found([p for p in (notes_problem(column, row[column]),) if p is not None])

    return rule


def _document(row: dict[str, Any], earlier: _Earlier) -> Found:
    name = row["attachment"]
    parts = PurePosixPath(name or "").parts
    if name is not None and (
        len(parts) != 2 or parts[0] != ATTACHMENTS_DIR or parts[1] in (".", "..") or "\\" in name
    ):
        return [("attachment", f"{_shown(name)} is not a file under {ATTACHMENTS_DIR}/")]
    return _notes("note")(row, earlier)


def _blood_count(row: dict[str, Any], _: _Earlier) -> Found:
    """A count as the service takes it, in the stored unit (the same plausible ranges)."""
    if row["kind"] not in KINDS:
        return [("kind", Problem("kind", "unknown_choice").english())]
    details = CountDetails(
        kind=row["kind"],
        value=row["value"],
        unit=count_kind(row["kind"]).stored_unit,
        at=row["at"],
        zone=row["zone"],
        source=row["source"],
        recorded_by=row["recorded_by"],
        notes=row["notes"],
    )
    return _found(count_problems(details, _NO_FUTURE_INSTANT))


def _medication(row: dict[str, Any], _: _Earlier) -> Found:
    """A medication as the service takes it; its schedule's fields are its columns'."""
    details = medication_from_columns(row)
    columns = {"every_days": "every_days", "dose_times": "dose_times", "weekdays": "weekdays"}
    found = _found(medication_problems(details), columns)
    if row["schedule_kind"] and details.dose_schedule is not None:
        times, problem = parse_times("dose_times", row["dose_times"])
        if problem is not None or len(times) != len(row["dose_times"].split()):
            found.insert(0, ("dose_times", Problem("dose_times", "dose_times_format").english()))
    return found


def _dose(row: dict[str, Any], _: _Earlier) -> Found:
    from journey.medications import record_problems as dose_problems

    return _found(dose_problems(row["status"], row["recorded_by"]))


def _record(text: str) -> Rule:
    """A transfusion or a "counts have recovered" record (its free text in ``text``)."""

    def rule(row: dict[str, Any], _: _Earlier) -> Found:
        problems = record_problems(
            row["at"], row["zone"], row["recorded_by"], row[text], _NO_FUTURE_INSTANT
        )
        return _found(problems, {"note": text})

    return rule


_RULES: dict[str, Rule] = {
    "profile": _profile,
    "treatment_course": _course,
    "companion": _companion,
    "contact": _contact,
    "expense": _expense,
    "itinerary_item": _item,
    "side_effect_entry": _entry,
    "rating_scale": _scale,
    "rating": _rating,
    "relapse": _details(RelapseDetails, relapse_problems, _NO_FUTURE_DATE),
    "mri_result": _details(MriDetails, mri_problems, _NO_FUTURE_DATE),
    "edss_report": _details(EdssDetails, edss_report_problems, _NO_FUTURE_DATE),
    "medication": _medication,
    "medication_dose": _dose,
    "discharge_packet": _details(DischargeDetails, discharge_problems),
    "setting": _json_text("value"),
    "custom_protocol": _protocol,
    "travel_document": _document,
    "rating_set": _notes("notes"),
    "due_diligence_check": _notes("note"),
    "blood_count": _blood_count,
    "transfusion": _record("notes"),
    "counts_recovered": _record("note"),
}
