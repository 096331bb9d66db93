"""The journal as one JSON document: what the file holds, restore and merge, and every kind of
bad file refused by its JSON path with the journal left exactly as it was."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey.aftercare import RatingDetails, RelapseDetails, ScaleDetails
from journey.db import Base
from journey.demo import seed_demo
from journey.dto import ProfileData, Settings
from journey.exchange import json_document
from journey.exchange.json_document import (
    FORMAT,
    VERSION,
    Cancelled,
    ExportFailed,
    ImportRefused,
    export_document,
    import_document,
    import_json,
    read_document,
    write_json,
)
from journey.exchange.json_tables import LATER_COLUMNS, LATER_SECTIONS
from journey.exchange.json_validation import schema
from journey.itinerary import ItemDetails
from journey.journal import DEMO_MARKER, Journal, head_revision, open_journal
from journey.outbox import travelling_tables
from journey.services import JournalServices
from journey.services.people import ContactDetails
from journey.services.side_effects import WINDOW_HOURS_RANGE, EntryDetails
from journey.side_effects import CELSIUS_RANGE, SEVERITY_RANGE
from journey.timekeeping import Clock
from journey.validation import EDSS_MAX, EDSS_MIN

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=3)
HOME = "America/Toronto"


@contextmanager
def fresh_journal(template_folder: Path) -> Iterator[tuple[Journal, JournalServices]]:
    """A new empty journal (a copy of the migrated template), outside pytest's fixtures so that
    hypothesis can make one per example."""
    folder = Path(tempfile.mkdtemp(prefix="journey-json-")) / "journal"
    shutil.copytree(template_folder, folder)
    journal = open_journal(folder, now=NOW)
    try:
        yield journal, JournalServices.build(journal.session_factory, Clock(HOME, fixed_now=NOW))
    finally:
        journal.close()
        shutil.rmtree(folder.parent, ignore_errors=True)


def exported(journal: Journal, now: datetime = NOW) -> dict[str, Any]:
    return export_document(journal.session_factory, now=now)


def without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


@pytest.fixture
def demo(services: JournalServices) -> JournalServices:
    seed_demo(services)
    return services


@pytest.fixture
def demo_document(demo: JournalServices) -> dict[str, Any]:
    return export_document(demo.session_factory, now=NOW)


@pytest.fixture
def empty(template_folder: Path) -> Iterator[Journal]:
    with fresh_journal(template_folder) as (journal, _):
        yield journal


@pytest.fixture
def other(template_folder: Path) -> Iterator[JournalServices]:
    """A second journal with a few entries of its own."""
    with fresh_journal(template_folder) as (_, services):
        services.contacts.add(ContactDetails(name="Dr. Own", role="local_neurologist"))
        services.side_effects.log(
            EntryDetails(symptom="Headache", severity=3, at=NOW - timedelta(hours=2), zone=HOME)
        )
        yield services


# --- what the file holds --------------------------------------------------------------------


def test_the_demo_journal_round_trips_through_a_file_into_an_empty_journal(
    demo: JournalServices, empty: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "journal.json"
    written = write_json(demo.session_factory, target, now=NOW)
    result = import_json(empty.session_factory, target)

    before = exported_before = export_document(demo.session_factory, now=NOW)
    assert written.records == sum(len(r) for r in before["journal"].values())
    # The 11 built-in scales every journal starts with were already there, as exported.
    assert (result.added, result.skipped) == (written.records - 11, 11)
    after = exported(empty, LATER)
    assert without_stamp(after) == without_stamp(exported_before)
    assert after["exported_at"] == "2026-05-13T14:00:00Z"
    assert len(after["journal"]["side_effect_entry"]) == 16
    assert len(after["journal"]["watch_window"]) == 2
    assert len(after["journal"]["rating_set"]) == 52


def test_the_file_is_the_document_one_record_a_line_and_the_same_bytes_each_time(
    demo: JournalServices, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_json(demo.session_factory, first, now=NOW)
    write_json(demo.session_factory, second, now=NOW)

    text = first.read_text(encoding="utf-8")
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(text) == export_document(demo.session_factory, now=NOW)
    assert '{"id": 1, "name": "Tomás Ramírez", ' in text  # readable, not \u-escaped
    entries = [line for line in text.splitlines() if '"severity": ' in line]
    assert len(entries) == 16  # one side-effect entry a line


SHARING_TABLES = {
    "sync_row",
    "sync_version",
    "sync_change",
    "sync_tombstone",
    "sync_conflict",
    "sync_state",
}


def test_the_document_names_its_format_and_holds_instants_zones_dates_and_wall_times(
    demo_document: dict[str, Any],
) -> None:
    assert demo_document["format"] == FORMAT == "journey-journal"
    assert demo_document["version"] == VERSION == 1
    assert demo_document["exported_at"] == "2026-05-10T14:00:00Z"
    assert demo_document["schema_revision"] == head_revision()
    journal = demo_document["journal"]
    # Every table of the journal, and none of sharing's bookkeeping (it stays on each computer).
    assert set(journal) == {t.name for t in Base.metadata.sorted_tables} - SHARING_TABLES
    assert SHARING_TABLES <= set(Base.metadata.tables)
    entry = journal["side_effect_entry"][0]
    assert entry["at"].endswith("Z")
    assert entry["zone"].startswith("America/")
    item = next(i for i in journal["itinerary_item"] if i["title"] == "Flight Toronto → San Diego")
    assert item["start_local"] == "2026-04-16T08:15:00"  # the wall time, no offset
    assert item["start_zone"] == "America/Toronto"
    assert len(journal["relapse"][0]["started"]) == len("2026-05-10")
    ids = [record["id"] for record in journal["rating"]]
    assert ids == sorted(ids)


def test_the_demo_marker_stays_behind_so_a_restored_demo_is_an_ordinary_journal(
    demo: JournalServices, demo_document: dict[str, Any], empty: Journal
) -> None:
    assert demo.settings.is_demo()
    assert DEMO_MARKER not in {s["key"] for s in demo_document["journal"]["setting"]}

    sneaked = copy.deepcopy(demo_document)
    sneaked["journal"]["setting"].append({"key": DEMO_MARKER, "value": "true"})
    result = import_document(empty.session_factory, sneaked)

    assert not JournalServices.build(empty.session_factory, Clock()).settings.is_demo()
    assert result.skipped == 11 + 1  # the built-in scales, already there, and the marker


def test_an_attachment_travels_by_name_and_the_import_keeps_it(
    demo_document: dict[str, Any], empty: Journal
) -> None:
    document = copy.deepcopy(demo_document)
    document["journal"]["travel_document"][0]["attachment"] = "attachments/passport.pdf"
    import_document(empty.session_factory, document)
    documents = JournalServices.build(empty.session_factory, Clock()).documents.documents()
    assert documents[0].attachment == "attachments/passport.pdf"


def test_the_shipped_schema_describes_every_column_of_every_table() -> None:
    definitions = schema()["definitions"]
    sections = schema()["properties"]["journal"]
    assert set(sections["required"]) == {t.name for t in travelling_tables()}
    for table in travelling_tables():
        definition = definitions[table.name]
        assert definition["required"] == [c.name for c in table.columns], table.name
        assert set(definition["properties"]) == {c.name for c in table.columns}, table.name
        assert definition["additionalProperties"] is False


def test_the_schema_s_ranges_are_the_domain_s() -> None:
    definitions = schema()["definitions"]
    entry = definitions["side_effect_entry"]["properties"]
    assert (entry["severity"]["minimum"], entry["severity"]["maximum"]) == SEVERITY_RANGE
    temperature = entry["temperature_c"]
    assert (temperature["minimum"], temperature["maximum"]) == CELSIUS_RANGE
    for table, column in (("profile", "edss"), ("edss_report", "score")):
        edss = definitions[table]["properties"][column]
        assert (edss["minimum"], edss["maximum"]) == (EDSS_MIN, EDSS_MAX)
    hours = definitions["watch_window"]["properties"]["hours"]
    assert (hours["minimum"], hours["maximum"]) == WINDOW_HOURS_RANGE


# --- restore and merge ----------------------------------------------------------------------


def test_a_journal_with_entries_is_refused_unless_merging(
    demo_document: dict[str, Any], other: JournalServices
) -> None:
    before = export_document(other.session_factory, now=NOW)
    with pytest.raises(ImportRefused, match="already has entries; use merge") as refused:
        import_document(other.session_factory, demo_document)
    assert refused.value.path == "$"
    assert export_document(other.session_factory, now=NOW) == before


def test_a_new_journal_s_scales_checklist_and_settings_do_not_make_it_non_empty(
    demo_document: dict[str, Any], template_folder: Path
) -> None:
    with fresh_journal(template_folder) as (journal, services):
        services.documents.documents()  # the Documents page adds the standard lines
        services.settings.save_preferences(Settings(theme="dark", text_size=150))
        services.ratings.set_hidden(1, True)

        import_document(journal.session_factory, demo_document)

        after, expected = exported(journal)["journal"], demo_document["journal"]
        assert after["rating_scale"] == expected["rating_scale"]  # shown again, as exported
        assert after["travel_document"] == expected["travel_document"]
        assert {k: v for k, v in after.items() if k != "setting"} == {
            k: v for k, v in expected.items() if k != "setting"
        }
        # The journal's own settings stay beside the file's.
        assert all(setting in after["setting"] for setting in expected["setting"])
        assert services.settings.preferences() == Settings(theme="dark", text_size=150)


def test_merging_adds_only_what_the_journal_lacks_and_twice_adds_nothing(
    template_folder: Path, demo_document: dict[str, Any]
) -> None:
    with (
        fresh_journal(template_folder) as (a, services_a),
        fresh_journal(template_folder) as (
            b,
            _,
        ),
    ):
        import_document(a.session_factory, demo_document)
        import_document(b.session_factory, demo_document)
        # A symptom the demo never logged, so that the journal lacks the entry and its symptom.
        assert "dizziness" not in {s["key"] for s in demo_document["journal"]["symptom"]}
        services_a.side_effects.log(
            EntryDetails(symptom="Dizziness", severity=2, at=NOW - timedelta(minutes=5), zone=HOME)
        )
        newer = exported(a)

        first = import_document(b.session_factory, newer, merge=True)
        second = import_document(b.session_factory, newer, merge=True)

        assert (first.added, first.skipped) == (2, sum(map(len, newer["journal"].values())) - 2)
        assert second.added == 0  # the new entry and its new symptom are there now
        assert exported(b) == newer


def test_merging_keeps_the_journal_s_own_profile_and_renumbers_what_it_adds(
    demo_document: dict[str, Any], other: JournalServices
) -> None:
    other.profile.save(ProfileData(name="Ana Souza", ms_type="PPMS"))
    own_contacts = len(other.contacts.contacts())

    result = import_document(other.session_factory, demo_document, merge=True)

    after = export_document(other.session_factory, now=NOW)["journal"]
    assert [p["name"] for p in after["profile"]] == ["Ana Souza"]
    assert len(after["contact"]) == own_contacts + 8  # the demo's 7 and its companion
    assert len({c["id"] for c in after["contact"]}) == len(after["contact"])
    # The demo's headache entries join the journal's own "Headache" symptom, not a second one.
    assert [s["key"] for s in after["symptom"]].count("headache") == 1
    # The references followed the renumbered windows: the reinfusion's and the transfusion's.
    windows = {w["title"]: w["id"] for w in after["watch_window"]}
    linked_to: dict[str, int] = {}
    for demo_window in demo_document["journal"]["watch_window"]:
        in_window = [
            e
            for e in demo_document["journal"]["side_effect_entry"]
            if e["watch_window_id"] == demo_window["id"]
        ]
        window_id = windows[demo_window["title"]]
        linked = [e for e in after["side_effect_entry"] if e["watch_window_id"] == window_id]
        assert [(e["at"], e["severity"]) for e in linked] == [
            (e["at"], e["severity"]) for e in in_window
        ]
        linked_to[demo_window["title"]] = len(linked)
    assert linked_to == {"Reinfusion of your stem cells": 8, "Platelet transfusion": 2}
    # Already there: the profile, the 11 built-in scales and the "Headache" symptom.
    assert result.skipped == 13
    assert result.added == sum(map(len, demo_document["journal"].values())) - 13


def test_a_merged_rating_must_fit_the_journal_s_own_scale_of_that_name(
    demo: JournalServices, other: JournalServices
) -> None:
    narrow = other.ratings.add_scale(ScaleDetails("SDMT score (from my neurologist)", 0, 10))
    other.ratings.record(
        RatingDetails(at=NOW - timedelta(days=1), zone=HOME, values=((narrow.id, 5.0),))
    )
    before = export_document(other.session_factory, now=NOW)

    with pytest.raises(ImportRefused, match=r"goes from 0 to 10") as refused:
        import_document(other.session_factory, exported_demo(demo), merge=True)

    assert refused.value.path.startswith("$.journal.rating[")
    assert export_document(other.session_factory, now=NOW) == before


def exported_demo(demo: JournalServices) -> dict[str, Any]:
    return export_document(demo.session_factory, now=NOW)


# --- generated journals ---------------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip()
)
entries = st.builds(
    lambda symptom, severity, celsius, notes, seconds, micro: EntryDetails(
        symptom=symptom,
        severity=severity,
        at=NOW - timedelta(seconds=seconds, microseconds=micro),
        zone="America/Tijuana",
        celsius=celsius,
        notes=notes,
    ),
    st.one_of(st.sampled_from(["Headache", "fever", "Back pain"]), names),
    st.integers(0, 10),
    st.none() | st.integers(3000, 4500).map(lambda n: n / 100),
    texts,
    st.integers(0, 10**8),
    st.integers(0, 999_999),
)
ratings = st.lists(
    st.tuples(st.integers(1, 11), st.floats(0, 10, allow_nan=False)),
    min_size=1,
    max_size=4,
    unique_by=lambda pair: pair[0],
)
relapses = st.builds(
    lambda start, days, symptoms: RelapseDetails(
        started=start,
        ended=None if days is None else start + timedelta(days=days),
        symptoms=symptoms,
    ),
    st.dates(date(2015, 1, 1), date(2026, 5, 1)),
    st.none() | st.integers(0, 60),
    texts,
)
items = st.builds(
    lambda kind, title, day, minutes, zone: ItemDetails(
        kind=kind,
        title=title,
        start=datetime.combine(day, time()) + timedelta(minutes=minutes),
        zone=zone,
    ),
    st.sampled_from(["flight", "tests", "reinfusion", "other"]),
    names,
    st.dates(date(2026, 1, 1), date(2027, 1, 1)),
    st.integers(0, 24 * 60 - 1),
    st.sampled_from(["America/Tijuana", "Europe/Madrid", "UTC"]),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    logged=st.lists(entries, max_size=8),
    contacts=st.lists(names, max_size=3),
    rated=st.lists(ratings, max_size=3),
    relapse_list=st.lists(relapses, max_size=2),
    planned=st.lists(items, max_size=4),
)
def test_generated_journals_round_trip_and_merge_into_themselves_adding_nothing(
    template_folder: Path,
    logged: list[EntryDetails],
    contacts: list[str],
    rated: list[list[tuple[int, float]]],
    relapse_list: list[RelapseDetails],
    planned: list[ItemDetails],
) -> None:
    with (
        fresh_journal(template_folder) as (source, services),
        fresh_journal(template_folder) as (target, _),
    ):
        for entry in logged:
            services.side_effects.log(entry)
        for name in contacts:
            services.contacts.add(ContactDetails(name=name))
        for n, values in enumerate(rated):
            at = NOW - timedelta(days=n)
            services.ratings.record(RatingDetails(at=at, zone=HOME, values=tuple(values)))
        for relapse in relapse_list:
            services.clinical.relapses.add(relapse)
        for item in planned:
            if not services.itinerary.check(item):  # a time in a DST gap is refused anyway
                services.itinerary.add(item)
        document = exported(source)

        restored = import_document(
            target.session_factory, json.loads(json_document.encode(document))
        )
        again = import_document(target.session_factory, document, merge=True)

        assert exported(target) == document
        total = sum(map(len, document["journal"].values()))
        assert (restored.added, restored.skipped) == (total - 11, 11)  # the built-in scales
        assert (again.added, again.skipped) == (0, total)


# --- bad files ------------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], Any]


def _set(section: str, index: int, column: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["journal"][section][index][column] = value

    return edit


def _delete(section: str, index: int, column: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        del document["journal"][section][index][column]

    return edit


def _top(key: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[key] = value

    return edit


def _repeat_id(document: dict[str, Any]) -> None:
    document["journal"]["contact"][1]["id"] = document["journal"]["contact"][0]["id"]


BAD_DOCUMENTS = {
    "unknown format": (_top("format", "someone-elses-journal"), "$.format", "not journey-journal"),
    "newer version": (_top("version", 2), "$.version", "update Journey"),
    "version as text": (_top("version", "1"), "$.version", "not a version number"),
    "missing field": (
        _delete("side_effect_entry", 3, "severity"),
        "$.journal.side_effect_entry[3].severity",
        "is missing",
    ),
    "missing section": (
        lambda d: d["journal"].pop("rating"),
        "$.journal.rating",
        "is missing",
    ),
    "unknown field": (
        _set("contact", 0, "nickname", "Lupe"),
        "$.journal.contact[0].nickname",
        "not a field",
    ),
    "wrong type": (
        _set("side_effect_entry", 3, "severity", "eleven"),
        "$.journal.side_effect_entry[3].severity",
        "should be a whole number, not text",
    ),
    "above the maximum": (
        _set("side_effect_entry", 3, "severity", 11),
        "$.journal.side_effect_entry[3].severity",
        "11 is above the maximum 10",
    ),
    "temperature out of range": (
        _set("side_effect_entry", 0, "temperature_c", 46.5),
        "$.journal.side_effect_entry[0].temperature_c",
        "above the maximum 45",
    ),
    "not an instant": (
        _set("side_effect_entry", 0, "at", "2026-05-10 14:00"),
        "$.journal.side_effect_entry[0].at",
        "is not an instant in UTC",
    ),
    "no such date": (
        _set("relapse", 0, "started", "2026-02-30"),
        "$.journal.relapse[0].started",
        "not a real date",
    ),
    "duplicate id": (_repeat_id, "$.journal.contact[1].id", "used twice"),
    "duplicate unique key": (
        _set("symptom", 1, "key", "fatigue"),
        "$.journal.symptom[1].key",
        "same key",
    ),
    "dangling reference": (
        _set("side_effect_entry", 2, "symptom_id", 999),
        "$.journal.side_effect_entry[2].symptom_id",
        "no symptom has the id 999",
    ),
    "unknown time zone": (
        _set("rating_set", 4, "zone", "Mars/Olympus_Mons"),
        "$.journal.rating_set[4].zone",
        "is not a place Journey knows the time of",
    ),
    "edss off its steps": (
        _set("edss_report", 1, "score", 3.3),
        "$.journal.edss_report[1].score",
        "steps of 0.5",
    ),
    "end before start": (
        _set("relapse", 0, "ended", "2000-01-01"),
        "$.journal.relapse[0].ended",
        "before the start",
    ),
    "negative amount": (
        _set("expense", 0, "actual_minor", -5),
        "$.journal.expense[0].actual_minor",
        "below the minimum 0",
    ),
    "rating outside its scale": (
        _set("rating", 0, "value", 10.5),
        "$.journal.rating[0].value",
        "goes from 0 to 10",
    ),
    "two profiles": (
        lambda d: d["journal"]["profile"].append({**d["journal"]["profile"][0], "id": 2}),
        "$.journal.profile",
        "at most 1",
    ),
    "attachment outside the folder": (
        _set("travel_document", 0, "attachment", "attachments/../../secret.txt"),
        "$.journal.travel_document[0].attachment",
        "not a file under attachments/",
    ),
    "setting that is not JSON": (
        _set("setting", 0, "value", "{not json"),
        "$.journal.setting[0].value",
        "not JSON text",
    ),
}


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS))
def test_a_bad_document_is_refused_by_its_json_path_and_changes_nothing(
    case: str, demo_document: dict[str, Any], other: JournalServices, tmp_path: Path
) -> None:
    edit, path, words = BAD_DOCUMENTS[case]
    document = copy.deepcopy(demo_document)
    edit(document)
    target = tmp_path / "bad.json"
    target.write_text(json.dumps(document), encoding="utf-8")
    before = export_document(other.session_factory, now=NOW)

    with pytest.raises(ImportRefused) as refused:
        import_json(other.session_factory, target, merge=True)

    assert refused.value.path == path
    assert words in str(refused.value)
    assert str(refused.value).startswith(f"{path}: ")
    assert "\n" not in str(refused.value)
    assert refused.value.file == target
    assert export_document(other.session_factory, now=NOW) == before


BAD_TEXT = {
    "truncated": (lambda text: text[: len(text) // 2], "ends too early"),
    "not JSON": (lambda text: "Dear doctor, here is my journal.", "not valid JSON at line 1"),
    "a list": (lambda text: "[1, 2]", "is a JSON object"),
    "empty": (lambda text: "", "empty"),
    "not a number": (lambda text: text.replace('"severity": 3', '"severity": NaN', 1), "NaN"),
    "not UTF-8": (lambda text: text.replace("Tomás", "Tom\udce1s"), "not UTF-8"),
}


@pytest.mark.parametrize("case", list(BAD_TEXT))
def test_a_file_that_is_not_a_json_journal_is_refused_at_the_top_and_changes_nothing(
    case: str, demo: JournalServices, other: JournalServices, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    write_json(demo.session_factory, good, now=NOW)
    spoil, words = BAD_TEXT[case]
    bad = tmp_path / "bad.json"
    bad.write_bytes(spoil(good.read_text("utf-8")).encode("utf-8", "surrogateescape"))
    before = export_document(other.session_factory, now=NOW)

    with pytest.raises(ImportRefused, match=words) as refused:
        import_json(other.session_factory, bad, merge=True)

    assert refused.value.path == "$"
    assert export_document(other.session_factory, now=NOW) == before
    with pytest.raises(ImportRefused, match=words):
        read_document(bad)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    demo: JournalServices, empty: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "big.json"
    write_json(demo.session_factory, target, now=NOW)
    assert json_document.MAX_BYTES == 200 * 1024 * 1024
    monkeypatch.setattr(json_document, "MAX_BYTES", 10_000)

    with pytest.raises(ImportRefused, match=r"up to 10000 bytes") as refused:
        import_json(empty.session_factory, target)
    with pytest.raises(ImportRefused, match=r"up to 10000 bytes"):
        read_document(target, max_bytes=10_000)

    assert refused.value.path == "$"
    assert exported(empty)["journal"]["side_effect_entry"] == []


def test_a_file_that_cannot_be_read_is_refused_with_its_name(
    empty: Journal, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(ImportRefused, match="cannot be read") as refused:
        import_json(empty.session_factory, missing)
    assert refused.value.file == missing
    assert isinstance(refused.value, json_document.JournalError)


# --- writing, progress and cancelling -------------------------------------------------------


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_output_path_that_cannot_be_written_leaves_nothing_behind(
    where: str, demo: JournalServices, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "journal.json" if where == "missing folder" else tmp_path
    listing = sorted(tmp_path.iterdir())

    with pytest.raises(ExportFailed) as failed:
        write_json(demo.session_factory, target, now=NOW)

    message = str(failed.value)
    assert message.startswith(f"{target} cannot be written: ")
    assert message.endswith("Nothing was written.")
    assert "\n" not in message
    assert sorted(tmp_path.iterdir()) == listing


def test_export_reports_progress_and_a_cancel_leaves_no_file(
    demo: JournalServices, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "journal.json"
    result = write_json(demo.session_factory, target, now=NOW, progress=lambda *p: seen.append(p))
    assert seen[-1] == (result.records, result.records)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    cancelled = tmp_path / "cancelled.json"
    with pytest.raises(Cancelled):
        write_json(demo.session_factory, cancelled, now=NOW, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.json"]


def test_a_cancelled_import_stores_nothing(demo_document: dict[str, Any], empty: Journal) -> None:
    seen: list[tuple[int, int]] = []
    before = exported(empty)

    with pytest.raises(Cancelled):
        import_document(
            empty.session_factory,
            demo_document,
            progress=lambda *p: seen.append(p),
            cancelled=lambda: len(seen) >= 5,
        )

    assert len(seen) == 5
    assert exported(empty) == before
    done = import_document(empty.session_factory, demo_document, progress=lambda *p: seen.append(p))
    assert seen[-1] == (done.added + done.skipped,) * 2


def test_an_export_from_before_a_column_was_added_still_restores(
    demo_document: dict[str, Any], empty: Journal
) -> None:
    document = copy.deepcopy(demo_document)
    for section, column in LATER_COLUMNS:
        for record in document["journal"][section]:
            del record[column]
    for section in LATER_SECTIONS:
        del document["journal"][section]
    untouched = copy.deepcopy(document)

    import_document(empty.session_factory, document)

    assert document == untouched  # the caller's document is not filled in
    restored = exported(empty)["journal"]
    assert len(restored["side_effect_entry"]) == len(demo_document["journal"]["side_effect_entry"])
    assert {r["temperature_route"] for r in restored["side_effect_entry"]} == {None}
