"""Every setting, declared once: its stored name, type, default, what a valid value is and,
where it is clinical, where its numbers come from (Picard's ``options.py``, Vorta's
``store/settings.py``).

Read and written through ``SettingsService.get(option)`` / ``set(option, value)``; the
start-up reads the four display preferences with the same declarations before SQLAlchemy is
loaded (``preferences_from``). A stored value that breaks today's rules (hand-edited, or
written by another version) reads as the default, alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from journey.dto import LANGUAGES, TEMPERATURE_ROUTES, TEMPERATURE_UNITS, THEMES, Settings
from journey.errors import Problem

T = TypeVar("T")

TEXT_SIZE_MIN, TEXT_SIZE_MAX = 100, 200  # percent; SPEC §5: text up to 200 %
LOCK_AFTER_MAX = 240  # minutes; longer is as good as never for a journal left open
# The clinic's own red-flag temperatures are taken between these (°C): a fever threshold
# outside them is a typing slip, not a clinic's number (IDSA's 38.0 and 38.3 °C, CTCAE v5's
# grades at 39 and 40 °C all lie inside).
THRESHOLD_RANGE_C = (35.0, 42.0)


def _no_problems(_value: Any) -> list[Problem]:
    return []


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. ``read`` turns a stored JSON value into a ``T`` or raises ValueError;
    ``problems`` says what is wrong with a value about to be stored."""

    name: str
    default: T
    read: Callable[[Any], T]
    problems: Callable[[T], list[Problem]] = field(default=_no_problems)
    per_device: bool = False  # stays on this computer when a journey is shared
    source: str = ""  # for a clinical number: where it comes from

    def value_of(self, stored: Any) -> T:
        """The stored value as this option reads it, or the default."""
        try:
            value = self.read(stored)
        except (ValueError, TypeError, AttributeError):
            return self.default
        return self.default if self.problems(value) else value


def _choice(name: str, choices: tuple[str, ...]) -> Callable[[Any], str]:
    def read(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"{name}: {value!r} is not one of {choices}")
        return str(value)

    return read


def _choice_problems(name: str, choices: tuple[str, ...]) -> Callable[[str], list[Problem]]:
    return lambda value: [] if value in choices else [Problem(name, "unknown_choice")]


def _whole(name: str, low: int, high: int, code: str) -> tuple[Any, Any]:
    def read(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool):  # 1.5, "100", True
            raise ValueError(f"{name}: {value!r} is not a whole number")
        return value

    def problems(value: int) -> list[Problem]:
        whole = isinstance(value, int) and not isinstance(value, bool)
        if whole and low <= value <= high:
            return []
        return [Problem(name, code, {"min": low, "max": high})]

    return read, problems


def _choice_option(name: str, default: str, choices: tuple[str, ...], **kw: Any) -> Option[str]:
    return Option(name, default, _choice(name, choices), _choice_problems(name, choices), **kw)


def _text_size() -> Option[int]:
    read, problems = _whole("text_size", TEXT_SIZE_MIN, TEXT_SIZE_MAX, "text_size_range")
    return Option("text_size", 100, read, problems, per_device=True)


def _lock_after() -> Option[int]:
    read, problems = _whole("lock_after", 0, LOCK_AFTER_MAX, "number_range")
    return Option("encryption.lock_after_minutes", 15, read, problems, per_device=True)


def _thresholds(value: Any) -> dict[str, float]:
    low, high = THRESHOLD_RANGE_C
    return {str(k): float(v) for k, v in dict(value).items() if low <= float(v) <= high}


def threshold_problems(thresholds: Mapping[str, float]) -> list[Problem]:
    low, high = THRESHOLD_RANGE_C
    return [
        Problem(key, "temperature_range", {"min": low, "max": high, "unit": "C"})
        for key, value in thresholds.items()
        if not low <= value <= high
    ]


def _json_object(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not true or false")
    return value


def _zone_problems(value: str) -> list[Problem]:
    # Here, not at the top: reading the settings before the window needs no time zones.
    from journey.timekeeping import zone_problem

    problem = zone_problem("zone", value) if value else None
    return [] if problem is None else [problem]


def _text(limit: int) -> Callable[[Any], str]:
    def read(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError(f"not a text of at most {limit} characters")
        return value

    return read


# --- display: per computer ------------------------------------------------------------------
TEMPERATURE_UNIT = _choice_option("temperature_unit", "C", TEMPERATURE_UNITS)
THEME = _choice_option("theme", "system", THEMES, per_device=True)
TEXT_SIZE = _text_size()
LANGUAGE = _choice_option("language", "system", LANGUAGES, per_device=True)
PREFERENCES = (TEMPERATURE_UNIT, THEME, TEXT_SIZE, LANGUAGE)  # the fields of dto.Settings

# --- the journey's --------------------------------------------------------------------------
# Who is logging on this computer by default: the patient's or the companion's (issue 16).
RECORDED_BY = _choice_option(
    "quick_log.recorded_by", "patient", ("patient", "companion"), per_device=True
)
# Where the quick log last said a temperature was taken ("": not said): each computer's own
# thermometer.
TEMPERATURE_ROUTE = _choice_option(
    "quick_log.temperature_route", "", ("", *TEMPERATURE_ROUTES), per_device=True
)
CADENCES = ("weekly", "monthly")  # how often Today asks for a self-rating (SPEC §2.7)
RATING_CADENCE = _choice_option("ratings.cadence", "weekly", CADENCES)
RED_FLAG_THRESHOLDS: Option[dict[str, float]] = Option(
    "red_flags.thresholds",
    {},
    _thresholds,
    threshold_problems,
    source="the clinic's own numbers, replacing resources/side_effects/red_flags.json's "
    "defaults (IDSA febrile neutropenia; SPEC §2.5)",
)
CALENDAR_ALARMS: Option[dict[str, Any] | None] = Option("calendar.alarms", None, _json_object)
COSTS_TARGET: Option[Any] = Option("costs.target_currency", None, lambda value: value)
COSTS_RATES: Option[Any] = Option("costs.rates", None, lambda value: value)
LOCK_AFTER_MINUTES = _lock_after()
DEMO: Option[bool] = Option("journal.is_demo", False, _boolean)

# --- publishing the itinerary to the user's own calendar server (issue 17): each computer
# publishes to its own account, so none of these travel. The password is in the system's
# keyring (journey.services.publish), never here; what was published is in sync_state.
PUBLISH_ENABLED: Option[bool] = Option("publish.enabled", False, _boolean, per_device=True)
PUBLISH_URL: Option[str] = Option("publish.url", "", _text(2000), per_device=True)
PUBLISH_USER: Option[str] = Option("publish.user", "", _text(320), per_device=True)

# --- where the user is, when they say so (journey.whereabouts): "" follows the plan. Each
# computer is where its user is (a companion may fly home first), so it does not travel.
HERE_ZONE: Option[str] = Option("here.zone", "", _text(64), _zone_problems, per_device=True)


# --- desktop reminders while Journey runs (ui.shell.notifications): each computer's own, as
# the person at it may sleep in another zone. Quiet hours hold reminders until they end.
def _hh_mm(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise ValueError(f"{value!r} is not a time as HH:MM")
    hours, minutes = int(value[:2]), int(value[3:])
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(f"{value!r} is not a time of day")
    return value


def _quiet_time(name: str, default: str) -> Option[str]:
    def problems(value: str) -> list[Problem]:
        try:
            _hh_mm(value)
        except ValueError:
            return [Problem(name, "invalid_time")]
        return []

    return Option(f"notifications.{name}", default, _hh_mm, problems, per_device=True)


NOTIFICATIONS_ON: Option[bool] = Option("notifications.on", True, _boolean, per_device=True)
QUIET_FROM = _quiet_time("quiet_from", "22:00")
QUIET_UNTIL = _quiet_time("quiet_until", "07:00")

# --- the folder each file chooser last opened in, by purpose ("attach_document",
# "import_calendar"…; ui.widgets.file_dialogs): each computer's own folders, so none travel.
FOLDER_PATH_MAX = 4096  # PATH_MAX on Linux; longer is no folder


def _folders(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return {
        str(purpose): folder
        for purpose, folder in value.items()
        if isinstance(folder, str) and 0 < len(folder) <= FOLDER_PATH_MAX
    }


LAST_FOLDERS: Option[dict[str, str]] = Option("file_dialogs.folders", {}, _folders, per_device=True)

# --- drafts: what is typed in a form, until it is saved (never a change to tell pages) ------
DRAFTS: dict[str, Option[dict[str, Any] | None]] = {
    form: Option(f"draft.{form}", None, _json_object, per_device=True)
    for form in ("quick_log", "rating")
}


def preferences_from(stored: Mapping[str, Any]) -> Settings:
    """The display preferences from stored values (name → JSON value)."""

    def value(option: Option[T]) -> T:
        return option.value_of(stored[option.name]) if option.name in stored else option.default

    return Settings(value(TEMPERATURE_UNIT), value(THEME), value(TEXT_SIZE), value(LANGUAGE))


def preference_problems(settings: Settings) -> list[Problem]:
    return [
        problem
        for option in PREFERENCES
        for problem in option.problems(getattr(settings, option.name))
    ]


def travels(key: str) -> bool:
    """Whether a stored setting goes to the other computers of a shared journey: the clinic's
    thresholds and the costs' currencies do; theme, text size, language, drafts do not."""
    return key not in _LOCAL


_LOCAL = frozenset(
    option.name
    for option in [*globals().values(), *DRAFTS.values()]
    if isinstance(option, Option) and option.per_device
)
