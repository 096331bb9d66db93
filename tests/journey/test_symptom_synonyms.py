"""MS symptoms in plain words, and the other words people use for them (issue 19).

A synonym typed in full, in English or Spanish, any case, accents or not, is stored as the
catalogue's symptom and counted with it; a name of the user's own is kept as typed, and an
older journal's own "Tingling" keeps its entries where they were. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from datetime import timedelta
from importlib.resources import files

import pytest
from sqlalchemy import select

from journey.journal import Journal
from journey.services import JournalServices
from journey.services.side_effects import (
    EntryDetails,
    catalogue,
    catalogue_name,
    symptom_synonyms,
    synonym_key,
)
from journey.side_effect_models import Symptom
from journey.side_effects import red_flag_rules
from tests.journey.helpers import HOME_ZONE, NOW

MS_SYMPTOMS = {
    "numbness_tingling": "Numbness or tingling",
    "stiffness_spasms": "Stiffness or spasms",
    "vision_problems": "Vision problems",
    "bladder_urgency": "Bladder urgency",
    "bowel_problems": "Bowel problems",
    "heat_sensitivity": "Heat sensitivity",
    "brain_fog": "Brain fog",
    "walking_difficulty": "Walking difficulty",
    "balance_problems": "Balance problems",
    "tremor": "Tremor",
    "nerve_pain": "Nerve pain",
    "low_mood": "Low mood",
}


def shipped() -> list[dict[str, object]]:
    text = files("resources.side_effects").joinpath("symptoms.json").read_text(encoding="utf-8")
    return list(json.loads(text)["symptoms"])


def log(services: JournalServices, symptom: str, minutes_ago: int = 0) -> str:
    """Log ``symptom`` and return the name it was stored under."""
    at = NOW - timedelta(minutes=minutes_ago)
    entry = services.side_effects.log(EntryDetails(symptom, 3, at, HOME_ZONE))
    return entry.details.symptom


# --- the catalogue --------------------------------------------------------------------------


def test_the_ms_symptoms_ship_with_synonyms_in_both_languages_and_their_source() -> None:
    rows = {str(s["key"]): s for s in shipped()}
    assert dict(catalogue()).items() >= MS_SYMPTOMS.items()
    for key in MS_SYMPTOMS:
        synonyms = rows[key]["synonyms"]
        assert isinstance(synonyms, dict)
        assert len(synonyms["en"]) >= 3, key
        assert len(synonyms["es"]) >= 3, key
        source = str(rows[key]["source"])
        assert "National MS Society" in source, key
        assert "MS Society UK" in source, key
    # "Other" stays last, where a person looks for it.
    assert catalogue()[-1] == ("other", "Other")


def test_each_synonym_leads_to_one_symptom_and_never_hides_another_ones_name() -> None:
    """A few letters typed find names before synonyms, so a synonym inside another symptom's
    name ("numbness" in "New numbness in the legs", a red flag after a lumbar puncture) would
    send the same word to two symptoms, one way typed in full and the other way typed short.
    """
    names = dict(catalogue()).values()
    assert len(symptom_synonyms()) > 150  # about seven a symptom, in each language
    seen: dict[str, str] = {}
    for word, name in symptom_synonyms():
        key = synonym_key(word)
        assert word == word.strip(), name
        assert key, name
        assert seen.setdefault(key, name) == name, f"{word!r} is a synonym of two symptoms"
        for other in names:
            assert key != synonym_key(other), f"{word!r} is the name of {other!r}"
            if other != name:
                assert key not in synonym_key(other), f"{word!r} is inside {other!r}"


def test_the_red_flag_rules_still_name_shipped_symptoms_that_no_synonym_leads_to() -> None:
    keys = dict(catalogue())
    meant = {catalogue_name(word) for word, _ in symptom_synonyms()}
    assert meant >= set(MS_SYMPTOMS.values())
    for rule in red_flag_rules():
        for symptom in rule.get("symptoms", ()):
            if symptom in keys:
                assert keys[symptom] not in meant, (rule["key"], symptom)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("pins and needles", "Numbness or tingling"),
        ("  PINS and   Needles ", "Numbness or tingling"),
        ("tingling", "Numbness or tingling"),
        ("hormigueo", "Numbness or tingling"),
        ("pérdida de sensibilidad", "Numbness or tingling"),
        ("perdida de sensibilidad", "Numbness or tingling"),  # no accent at hand
        ("blurred vision", "Vision problems"),
        ("visión borrosa", "Vision problems"),
        ("foggy", "Brain fog"),
        ("spasticity", "Stiffness or spasms"),
        ("espasticidad", "Stiffness or spasms"),
        ("urgency", "Bladder urgency"),
        ("wobbly", "Balance problems"),
        ("tembloroso", "Tremor"),
        ("Low mood", "Low mood"),
        ("LOW MOOD", "Low mood"),
    ],
)
def test_a_synonym_typed_in_full_names_the_catalogues_symptom(typed: str, name: str) -> None:
    assert catalogue_name(typed) == name


def test_part_of_a_synonym_or_more_than_it_names_nothing() -> None:
    assert catalogue_name("pins and needles") == "Numbness or tingling"
    for typed in ("pins", "pins and needles in my feet", "numbness", "", "  "):
        assert catalogue_name(typed) is None, typed


# --- storing --------------------------------------------------------------------------------


def test_a_synonym_is_stored_and_counted_as_the_catalogues_symptom(
    services: JournalServices,
) -> None:
    typed = ["pins and needles", "Hormigueo", "TINGLING", "Numbness or tingling"]
    stored = [log(services, name, minutes) for minutes, name in enumerate(typed)]
    assert stored == ["Numbness or tingling"] * 4
    entries = services.side_effects.entries()
    assert {e.symptom_key for e in entries} == {"numbness_tingling"}
    for asked in ("Numbness or tingling", "pins and needles", "hormigueo"):
        assert services.side_effects.count(symptom=asked) == 4
    # Nothing of the user's own was made: the suggestions are the catalogue's alone.
    assert services.side_effects.symptoms() == [name for _, name in catalogue()]


def test_a_name_of_the_users_own_is_kept_exactly_as_typed(services: JournalServices) -> None:
    assert log(services, "tingling in the left hand") == "tingling in the left hand"
    assert log(services, "Tingling In The Left Hand", 1) == "tingling in the left hand"
    assert log(services, "tingling", 2) == "Numbness or tingling"  # a synonym, not a new name
    assert services.side_effects.count(symptom="TINGLING IN THE LEFT HAND") == 2
    own = services.side_effects.symptoms()[len(catalogue()) :]
    assert own == ["tingling in the left hand"]


def test_an_older_journals_own_tingling_keeps_its_entries_and_is_not_rewritten(
    journal: Journal, services: JournalServices
) -> None:
    # Before the catalogue had "Numbness or tingling", "Tingling" was the user's own.
    with journal.session_factory.begin() as session:
        session.add(Symptom(key="tingling", name="Tingling", built_in=False))
    assert log(services, "Tingling") == "Tingling"
    assert log(services, "tingling", 1) == "Tingling"  # still theirs, counted as before
    assert log(services, "pins and needles", 2) == "Numbness or tingling"
    assert services.side_effects.count(symptom="tingling") == 2
    assert services.side_effects.count(symptom="Numbness or tingling") == 1
    assert "Tingling" in services.side_effects.symptoms()
    with journal.session_factory() as session:
        row = session.scalars(select(Symptom).where(Symptom.key == "tingling")).one()
        assert (row.name, row.built_in) == ("Tingling", False)
