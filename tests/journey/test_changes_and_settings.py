"""What a write says it changed (journey.changes), the typed settings (journey.settings), and
the whole-journal operations' one-line errors (journey.lifecycle)."""

from __future__ import annotations

import inspect
import json
from datetime import timedelta
from pathlib import Path

import pytest

import journey.services as services_package
from journey import settings as options
from journey.changes import Change, change_of
from journey.errors import InvalidInput, JournalError
from journey.journal import Journal
from journey.lifecycle import restore_into
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.journey.helpers import NOW

FEVER = EntryDetails(symptom="Fever", severity=5, at=NOW, zone="America/Toronto", celsius=38.4)


def heard(services: JournalServices) -> list[Change]:
    told: list[Change] = []
    services.changes.subscribe(told.append)
    return told


def test_each_write_says_what_it_changed_once_it_is_stored(services: JournalServices) -> None:
    told = heard(services)
    entry = services.side_effects.log(FEVER)
    services.side_effects.delete(entry.id)
    services.settings.set(options.RECORDED_BY, "companion")
    assert told == [Change.SIDE_EFFECTS, Change.SIDE_EFFECTS, Change.SETTINGS]
    assert services.side_effects.count() == 0


def test_a_refused_write_says_nothing(services: JournalServices) -> None:
    told = heard(services)
    with pytest.raises(InvalidInput):
        services.side_effects.log(EntryDetails("Fever", 11, NOW, "America/Toronto"))
    with pytest.raises(InvalidInput):
        services.settings.set(options.RECORDED_BY, "the neighbour")
    assert told == []
    assert services.side_effects.count() == 0
    assert services.settings.get(options.RECORDED_BY) == "patient"


def test_reads_say_nothing_and_a_listener_can_stop(services: JournalServices) -> None:
    told: list[Change] = []
    stop = services.changes.subscribe(told.append)
    services.side_effects.entries()
    services.settings.preferences()
    stop()
    services.side_effects.log(FEVER)
    assert told == []


def test_every_public_write_of_the_services_is_marked() -> None:
    """A method that stores must say what it changed, or the window would not refresh."""
    writes = ("add", "update", "delete", "restore", "log", "save", "set", "record", "start")
    unmarked = []
    for module_name in (
        "aftercare",
        "blood_counts",
        "costs",
        "documents",
        "itinerary",
        "people",
        "side_effects",
    ):
        module = __import__(f"journey.services.{module_name}", fromlist=["*"])
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not cls_name.endswith("Service"):
                continue
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                if name.startswith(writes) and change_of(method) is Change.NONE:
                    unmarked.append(f"{cls_name}.{name}")
    assert unmarked == []
    assert services_package.SettingsService.set.writes is Change.SETTINGS  # type: ignore[attr-defined]  # set by @writes


def test_a_stored_setting_that_breaks_the_rules_reads_as_its_default(
    services: JournalServices, journal: Journal
) -> None:
    services.settings.set(options.LOCK_AFTER_MINUTES, 30)
    assert services.settings.get(options.LOCK_AFTER_MINUTES) == 30
    with journal.engine.begin() as connection:
        for name, value in (
            ("encryption.lock_after_minutes", "1.5"),
            ("quick_log.recorded_by", '"the neighbour"'),
            ("red_flags.thresholds", '{"fever_single": 50, "fever_sustained": 38.0}'),
        ):
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (name, value)
            )
    assert services.settings.get(options.LOCK_AFTER_MINUTES) == 15
    assert services.settings.get(options.RECORDED_BY) == "patient"
    # Out of THRESHOLD_RANGE_C: that one threshold alone falls back to the rule's default.
    assert services.red_flags.thresholds() == {"fever_sustained": 38.0}


@pytest.mark.parametrize("celsius", [34.9, 42.1])
def test_a_threshold_outside_the_range_is_refused(
    services: JournalServices, celsius: float
) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.red_flags.save_thresholds({"fever_single": celsius})
    assert [p.code for p in refused.value.problems] == ["temperature_range"]
    assert refused.value.problems[0].params == {"min": 35.0, "max": 42.0, "unit": "C"}
    assert services.red_flags.thresholds() == {}


def test_every_option_has_a_valid_default_and_a_unique_name() -> None:
    declared = [v for v in vars(options).values() if isinstance(v, options.Option)]
    declared += list(options.DRAFTS.values())
    names = [option.name for option in declared]
    assert len(names) == len(set(names))
    for option in declared:
        assert option.problems(option.default) == [], option.name
        assert option.value_of(json.loads(json.dumps(option.default))) == option.default
    assert options.RED_FLAG_THRESHOLDS.source  # a clinical number says where it comes from


def test_drafts_are_kept_without_telling_the_pages(services: JournalServices) -> None:
    told = heard(services)
    services.drafts.put("quick_log", {"fields": {"symptom": "Head"}, "at": None})
    assert services.drafts.get("quick_log") == {"fields": {"symptom": "Head"}, "at": None}
    services.drafts.put("quick_log", None)
    assert services.drafts.get("quick_log") is None
    assert told == []


def test_a_restore_that_fails_is_one_journal_error_and_changes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    not_a_backup = tmp_path / "holiday photo.sqlite3"
    not_a_backup.write_bytes(b"not a database at all")
    before = (journal.folder / "journal.sqlite3").read_bytes()
    with pytest.raises(JournalError):
        restore_into(journal, not_a_backup)
    assert (journal.folder / "journal.sqlite3").read_bytes() == before


def test_the_services_know_their_journal_folder(
    services: JournalServices, journal: Journal
) -> None:
    assert services.journal.folder == journal.folder.resolve()
    assert not services.journal.encrypted
    taken = services.backups.take(NOW + timedelta(hours=1))
    assert [b.path for b in services.backups.backups()] == [taken.path]
