"""Side-effect rules (SPEC §2.4–2.5), pure: units, severity words, fever grades, red flags.

Every number comes from a data file in resources/side_effects/ that names its source. Journey
records and reminds; it never diagnoses: a grade is shown for reference, a red flag shows the
number to call.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

from journey.errors import Problem

CELSIUS_RANGE = (30.0, 45.0)  # SPEC §4
FAHRENHEIT_RANGE = (86.0, 113.0)  # SPEC §4, the same range in °F
RECORDED_BY = ("patient", "companion")
SEVERITY_RANGE = (0, 10)
NAME_MAX = 100


def _resource(name: str) -> Any:
    text = files("resources.side_effects").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


# --- units ----------------------------------------------------------------------------------


def f_to_c(fahrenheit: float) -> float:
    """°F to °C, kept to 0.01 °C so that a reading typed to 0.1 °F comes back exactly."""
    return round((fahrenheit - 32) * 5 / 9, 2)


def c_to_f(celsius: float) -> float:
    return round(celsius * 9 / 5 + 32, 1)


def shown_temperature(celsius: float, unit: str) -> float:
    return c_to_f(celsius) if unit == "F" else round(celsius, 1)


def temperature_problem(field: str, value: float, unit: str) -> Problem | None:
    """A problem if ``value`` (in ``unit``) is outside 30.0–45.0 °C (86–113 °F)."""
    low, high = FAHRENHEIT_RANGE if unit == "F" else CELSIUS_RANGE
    if not low <= value <= high:
        return Problem(field, "temperature_range", {"min": low, "max": high, "unit": unit})
    return None


def to_celsius(value: float, unit: str) -> float:
    return f_to_c(value) if unit == "F" else round(value, 2)


# --- severity -------------------------------------------------------------------------------


@cache
def _bands() -> tuple[tuple[int, int, str], ...]:
    return tuple((b["from"], b["to"], b["word"]) for b in _resource("severity.json")["bands"])


def severity_word(severity: int) -> str:
    """ "none", "mild", "moderate" or "severe" (resources/side_effects/severity.json)."""
    for low, high, word in _bands():
        if low <= severity <= high:
            return word
    raise ValueError(f"severity {severity} is outside 0–10")


# --- fever grades (CTCAE v5, resources/side_effects/fever_grades.json) ---------------------


@cache
def _grades() -> tuple[dict[str, Any], ...]:
    return tuple(_resource("fever_grades.json")["grades"])


def fever_grade(celsius: float, hours_above_40: float = 0.0) -> int | None:
    """The CTCAE v5 fever grade of a reading; grades 3 and 4 differ by how long the
    temperature has stayed above 40.0 °C. None below 38.0 °C."""
    for grade in _grades():
        low = grade["from_c"]
        above = celsius >= low if grade["from_inclusive"] else celsius > low
        below = grade["to_c"] is None or celsius <= grade["to_c"]
        if not (above and below):
            continue
        if "longest_hours" in grade and hours_above_40 > grade["longest_hours"]:
            continue
        if "longer_than_hours" in grade and hours_above_40 <= grade["longer_than_hours"]:
            continue
        return int(grade["grade"])
    return None


def hours_above_40_at(readings: Iterable[tuple[datetime, float]]) -> dict[datetime, float]:
    """How long the temperature had been above 40.0 °C at each reading's moment: from the first
    of the unbroken run of readings above 40.0 °C that ends with it (0 when the run is
    broken). One pass over the readings, in time order (asked reading by reading, a long
    journal's readings were sorted once per reading above 40 °C)."""
    hours: dict[datetime, float] = {}
    start = None
    for when, celsius in sorted(readings):
        if celsius > 40.0:
            start = start or when
        else:
            start = None
        # Readings at the same moment: the last one sorted (the warmest) decides.
        hours[when] = 0.0 if start is None else (when - start).total_seconds() / 3600
    return hours


# --- red flags (resources/side_effects/red_flags.json) -------------------------------------


class Reading(NamedTuple):
    """What a red-flag rule looks at: one logged entry (a tuple: a long journal makes 10⁶)."""

    entry_id: int
    at: datetime  # aware instant
    symptom_key: str
    severity: int
    celsius: float | None
    zone: str = "UTC"  # where the user was: the flag is shown in that zone's time
    watch_window_id: int | None = None  # the watch window it is linked to (the report's)


@dataclass(frozen=True)
class RedFlagContext:
    """What else the rules need: when the patient was neutropenic (journey.blood_counts: from
    conditioning or a low neutrophil count until engraftment or the team says counts have
    recovered), when procedures started, the clinic's own thresholds (rule key → °C)
    replacing the defaults, and the unit temperatures are shown in (and so compared in)."""

    neutropenia: tuple[tuple[datetime, datetime], ...] = ()
    procedures: tuple[tuple[str, datetime], ...] = ()  # (kind, start) of items not cancelled
    thresholds: dict[str, float] = field(default_factory=dict)
    unit: str = "C"


@dataclass(frozen=True)
class RedFlag:
    rule_key: str
    entry_id: int
    at: datetime
    message: str  # English, with {threshold}/{severity} filled in; ui translates by rule_key
    params: dict[str, Any]  # threshold and celsius in °C (ui words them in the user's unit)
    source: str
    zone: str = "UTC"


RULE_KINDS = frozenset(
    {
        "temperature_at_least",
        "temperature_below",
        "temperature_twice",
        "symptom_after_item",
        "symptom_with_fever_after_item",
        "symptom_any",
        "severity_at_least",
    }
)


PROCEDURE_KINDS = frozenset({"symptom_after_item", "symptom_with_fever_after_item"})


@cache
def red_flag_rules() -> tuple[dict[str, Any], ...]:
    return tuple(_resource("red_flags.json")["rules"])


@cache
def _countries() -> dict[str, str]:
    """IANA zone → ISO country code, from tzdata's zone.tab (one country per zone)."""
    text = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows if len(row) >= 3}


def emergency_number(zone: str) -> tuple[str | None, str]:
    """The country a zone is in (ISO code, None if not known) and its emergency number
    (resources/side_effects/emergency_numbers.json; 112 where none is listed: every mobile
    phone connects it). For a red flag when the journal has no clinic 24-hour number."""
    data = _resource("emergency_numbers.json")
    try:
        country = _countries().get(zone)
    except (OSError, ModuleNotFoundError):  # tzdata without its tables: say the default
        country = None
    return country, data["numbers"].get(country, data["default"])


def default_threshold(rule_key: str) -> float | None:
    rule = next((r for r in red_flag_rules() if r["key"] == rule_key), None)
    return None if rule is None or "celsius" not in rule else float(rule["celsius"])


def _in_any(at: datetime, spans: tuple[tuple[datetime, datetime], ...]) -> bool:
    return any(start <= at <= end for start, end in spans)


@dataclass(frozen=True)
class Unchecked:
    """A red-flag rule that could not be evaluated (a broken rules file, data it cannot read):
    the check is incomplete, which the banner says, with the clinic's number to call. Never
    silent. ``rule_key`` is "" when no rule could be evaluated at all."""

    rule_key: str
    reason: str  # English, for the log and a bug report


@dataclass(frozen=True)
class RedFlagCheck:
    """The outcome of checking entries against the red-flag rules: the flags raised, and the
    rules that could not be checked. ``acknowledged`` says when each (rule, entry) was seen."""

    flags: tuple[RedFlag, ...] = ()
    unchecked: tuple[Unchecked, ...] = ()
    acknowledged: dict[tuple[str, int], datetime] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.unchecked


class RedFlagsUnchecked(RuntimeError):
    """``red_flags`` could not evaluate every rule; ``check_red_flags`` says which."""

    def __init__(self, unchecked: tuple[Unchecked, ...]) -> None:
        self.unchecked = unchecked
        super().__init__("; ".join(f"{u.rule_key or 'all rules'}: {u.reason}" for u in unchecked))


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def check_red_flags(readings: list[Reading], context: RedFlagContext) -> RedFlagCheck:
    """Every red flag the readings raise, each tied to the reading that raised it, and every
    rule that could not be evaluated. Never raises: a rule that fails is reported as unchecked
    and the other rules are still evaluated."""
    try:
        prepared = _Prepared.of(readings, context.unit)
        rules = red_flag_rules()
    except Exception as exc:  # the rules file or the readings themselves cannot be read
        return RedFlagCheck(unchecked=(Unchecked("", _reason(exc)),))
    flags: list[RedFlag] = []
    unchecked: list[Unchecked] = []
    for rule in rules:
        try:
            flags.extend(_rule_flags(rule, prepared, context))
        except Exception as exc:
            key = rule.get("key", "") if isinstance(rule, dict) else ""
            unchecked.append(Unchecked(str(key), _reason(exc)))
    return RedFlagCheck(tuple(flags), tuple(unchecked))


def red_flags(readings: list[Reading], context: RedFlagContext) -> list[RedFlag]:
    """Every red flag the readings raise, each tied to the reading that raised it. Raises
    ``RedFlagsUnchecked`` rather than leave out a rule it could not evaluate."""
    checked = check_red_flags(readings, context)
    if checked.unchecked:
        raise RedFlagsUnchecked(checked.unchecked)
    return list(checked.flags)


def _matches(reading: Reading, rule: dict[str, Any]) -> bool:
    return reading.symptom_key in rule["symptoms"] and reading.severity >= rule["severity_at_least"]


def _after_procedure(rule: dict[str, Any], context: RedFlagContext) -> Callable[[datetime], bool]:
    """Whether a moment falls within ``within_hours`` of the start of one of the rule's
    procedures (their starts picked out once, not for every reading)."""
    within = timedelta(hours=rule["within_hours"])
    starts = [start for kind, start in context.procedures if kind in rule["after_kinds"]]
    return lambda at: any(timedelta(0) <= at - start <= within for start in starts)


@dataclass(frozen=True)
class _Prepared:
    """The readings in time order, looked at once for every rule: their moments, those with a
    temperature and that temperature as shown, and where each symptom's readings are (a long
    journal's readings were otherwise gone through once per rule; issue 20)."""

    ordered: list[Reading]
    moments: list[datetime]
    temperatures: list[Reading]
    shown: dict[int, float]  # entry id → its temperature in the user's unit, to 0.1 degree
    by_symptom: dict[str, list[int]]  # symptom key → the positions of its readings in order

    @classmethod
    def of(cls, readings: list[Reading], unit: str) -> _Prepared:
        ordered = sorted(readings, key=lambda r: r.at)
        temperatures = [reading for reading in ordered if reading.celsius is not None]
        by_symptom: dict[str, list[int]] = {}
        for position, reading in enumerate(ordered):
            by_symptom.setdefault(reading.symptom_key, []).append(position)
        return cls(
            ordered=ordered,
            moments=[reading.at for reading in ordered],
            temperatures=temperatures,
            shown={
                r.entry_id: shown_temperature(r.celsius, unit)
                for r in temperatures
                if r.celsius is not None
            },
            by_symptom=by_symptom,
        )

    def candidates(self, rule: dict[str, Any]) -> list[Reading]:
        """The readings that can raise the rule's flag, in order: a temperature rule reads
        temperatures, a symptom rule its symptoms; the others read every reading."""
        kind = rule["kind"]
        if kind.startswith("temperature_"):
            return self.temperatures
        if kind in ("symptom_after_item", "symptom_any"):
            positions = sorted(p for key in rule["symptoms"] for p in self.by_symptom.get(key, ()))
            return [self.ordered[p] for p in positions]
        return self.ordered


def _rule_flags(
    rule: dict[str, Any], prepared: _Prepared, context: RedFlagContext
) -> list[RedFlag]:
    """The flags one rule raises over the readings (in time order)."""
    key, kind = rule["key"], rule["kind"]
    if kind not in RULE_KINDS:  # said even with no entry to check
        raise ValueError(f"red flag rule {key}: unknown kind {kind!r}")
    # The clinic's own threshold when set; rules without a temperature never read it.
    threshold = float(context.thresholds.get(key, rule.get("celsius", 0.0)))
    # Compared as shown: in the user's unit, to 0.1 degree, so what is displayed is what was
    # compared (100.9 °F typed, 38.28 °C stored, meets 38.3 °C shown as 100.9 °F; 37.99 °C
    # shown as 38.0 °C meets 38.0 °C).
    limit = shown_temperature(threshold, context.unit)

    shown = prepared.shown

    def at_least(reading: Reading) -> bool:
        return reading.celsius is not None and shown[reading.entry_id] >= limit

    # The readings' moments, in order, and those of the readings at or above the threshold:
    # "another reading within hours of this one" is two binary searches, not a scan of every
    # reading (a journal of 10⁶ entries took hours; issue 20).
    ordered, moments = prepared.ordered, prepared.moments
    fevers = (  # only the rule that looks for a second reading needs them
        [reading.at for reading in prepared.temperatures if at_least(reading)]
        if kind == "temperature_twice"
        else []
    )
    after_procedure = (
        _after_procedure(rule, context) if kind in PROCEDURE_KINDS else (lambda _at: False)
    )
    neutropenia_only = rule.get("during") == "neutropenia"
    messages: dict[tuple[tuple[str, Any], ...], str] = {}  # one wording per set of values
    flags: list[RedFlag] = []
    for reading in prepared.candidates(rule):
        params: dict[str, Any] = {}
        if neutropenia_only and not _in_any(reading.at, context.neutropenia):
            continue
        if kind == "temperature_at_least":
            hit = at_least(reading)
            params = {"threshold": threshold, "celsius": reading.celsius}
        elif kind == "temperature_below":
            hit = reading.celsius is not None and shown[reading.entry_id] < limit
            params = {"threshold": threshold, "celsius": reading.celsius}
        elif kind == "temperature_twice":
            apart = timedelta(minutes=rule["apart_minutes"])
            within = timedelta(hours=rule["within_hours"])
            # Another reading at or above it, from ``within`` to ``apart`` before this one.
            hit = at_least(reading) and bisect_right(fevers, reading.at - apart) > bisect_left(
                fevers, reading.at - within
            )
            params = {"threshold": threshold, "celsius": reading.celsius}
        elif kind == "symptom_after_item":
            hit = _matches(reading, rule) and after_procedure(reading.at)
        elif kind == "symptom_with_fever_after_item":
            # The symptom and a temperature at or above the threshold, logged within
            # ``together_hours`` of each other after the procedure; raised by the later entry.
            together = timedelta(hours=rule["together_hours"])
            hit = False
            if after_procedure(reading.at):
                start = bisect_left(moments, reading.at - together)
                earlier = [  # this entry too: a stiff neck logged with its temperature
                    other
                    for other in ordered[start : bisect_right(moments, reading.at)]
                    if after_procedure(other.at)
                ]
                hit = (_matches(reading, rule) and any(at_least(o) for o in earlier)) or (
                    at_least(reading) and any(_matches(o, rule) for o in earlier)
                )
            params = {"threshold": threshold}
        elif kind == "symptom_any":
            hit = _matches(reading, rule)
        else:  # severity_at_least
            hit = reading.severity >= rule["severity_at_least"]
            params = {"severity": reading.severity}
        if hit:
            values = tuple(params.items())
            message = messages.get(values)
            if message is None:
                message = messages[values] = rule["message"].format(
                    **_english(params, context.unit)
                )
            flags.append(
                RedFlag(
                    rule_key=key,
                    entry_id=reading.entry_id,
                    at=reading.at,
                    message=message,
                    params=params,
                    source=rule["source"],
                    zone=reading.zone,
                )
            )
    return flags


def _english(params: dict[str, Any], unit: str) -> dict[str, Any]:
    """The values a rule's English message shows: a threshold in the user's unit."""
    if "threshold" not in params:
        return params
    return {**params, "threshold": f"{shown_temperature(params['threshold'], unit):.1f} °{unit}"}
