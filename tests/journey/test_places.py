"""The destination's zone from the clinic's city as people type it (issue 17): the Mexican
cities these clinics are in, in English and Spanish, with or without accents; a country after
a comma settles a name two countries share; an unknown place gives no zone, never a guess."""

from __future__ import annotations

import pytest

from journey.places import zone_for_place


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Tijuana", "America/Tijuana"),
        ("Tijuana, Mexico", "America/Tijuana"),
        ("Tijuana, México", "America/Tijuana"),
        ("Cancún", "America/Cancun"),
        ("cancun", "America/Cancun"),
        ("Monterrey", "America/Monterrey"),
        ("Guadalajara", "America/Mexico_City"),
        ("Puebla, Mexico", "America/Mexico_City"),
        ("Mexico City", "America/Mexico_City"),
        ("Ciudad de México", "America/Mexico_City"),
        ("CDMX", "America/Mexico_City"),
        ("Mérida", "America/Merida"),
        ("MERIDA, MEXICO", "America/Merida"),
        ("Merida, Venezuela", "America/Caracas"),
        ("Toronto", "America/Toronto"),
        ("Londres", "Europe/London"),
        ("London, Canada", "America/Toronto"),
        ("Nueva York", "America/New_York"),
    ],
)
def test_a_city_typed_gives_its_zone(typed: str, zone: str) -> None:
    assert zone_for_place(typed) == zone


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "Springfield", "UTC", ", Mexico"])
def test_an_unknown_or_ambiguous_place_gives_none(typed: str) -> None:
    assert zone_for_place(typed) is None


# --- zones as places (issue 17): a city and its country, never "Etc/UTC" ---------------------


@pytest.mark.parametrize(
    ("zone", "english", "spanish"),
    [
        ("America/Tijuana", "Tijuana", "Tijuana"),
        ("America/Mexico_City", "Mexico City", "Ciudad de México"),
        ("America/Cancun", "Cancun", "Cancún"),
        ("America/Merida", "Merida", "Mérida"),
        ("America/Los_Angeles", "Los Angeles", "Los Ángeles"),
        ("Europe/London", "London", "Londres"),
        ("US/Pacific", "Los Angeles", "Los Ángeles"),  # a link: the place it keeps the time of
        ("Asia/Calcutta", "Kolkata", "Calcuta"),
        ("UTC", "UTC", "UTC"),
        ("Etc/UTC", "UTC", "UTC"),
        ("Etc/GMT-3", "UTC+3", "UTC+3"),  # tzdata's signs are the other way round
        ("Etc/GMT+5", "UTC−5", "UTC−5"),
    ],
)
def test_a_zone_reads_as_its_place_in_each_language(zone: str, english: str, spanish: str) -> None:
    from journey.places import zone_place

    assert zone_place(zone, "en") == english
    assert zone_place(zone, "es") == spanish
    assert zone_place(zone, "pseudo") == english  # a language without names reads English


@pytest.mark.parametrize(
    ("zone", "english", "spanish"),
    [
        ("America/Tijuana", "Tijuana (Mexico)", "Tijuana (México)"),
        ("America/Toronto", "Toronto (Canada)", "Toronto (Canadá)"),
        ("America/Mexico_City", "Mexico City (Mexico)", "Ciudad de México (México)"),
        ("America/New_York", "New York (United States)", "Nueva York (Estados Unidos)"),
        ("Europe/London", "London (United Kingdom)", "Londres (Reino Unido)"),
        ("Etc/UTC", "UTC", "UTC"),
    ],
)
def test_a_zone_as_a_choice_names_its_country(zone: str, english: str, spanish: str) -> None:
    from journey.places import zone_label

    assert zone_label(zone, "en") == english
    assert zone_label(zone, "es") == spanish


def test_every_place_zone_has_a_name_and_a_country_in_each_language() -> None:
    """No zone offered as a place reads as an IANA name, an Etc/ zone or "Britain (UK)"-style
    brackets inside brackets, and no two read alike in a language."""
    from journey.places import place_zones, placeless, zone_country, zone_label

    zones = place_zones()
    assert "America/Tijuana" in zones
    assert "America/Merida" in zones
    assert not [zone for zone in zones if placeless(zone)]
    for language in ("en", "es"):
        labels = [zone_label(zone, language) for zone in zones]
        assert len(set(labels)) == len(labels), language
        for zone, label in zip(zones, labels, strict=True):
            assert zone_country(zone, language), (zone, language)
            assert "/" not in label, label
            assert "_" not in label, label
            assert label.count("(") == 1, label
            assert label.endswith(")"), label


def test_the_names_file_names_only_real_zones_and_countries() -> None:
    """resources/places/zone_names.json: every zone it names is a zone offered as a place and
    every country one that has a zone; Spanish names every such country."""
    import json
    from importlib.resources import files

    from journey.places import place_zones

    data = json.loads(files("resources.places").joinpath("zone_names.json").read_text("utf-8"))
    zones = set(place_zones())
    countries = set(
        row.split("\t")[0]
        for row in files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8").splitlines()
        if row and not row.startswith("#")
    )
    for language in ("en", "es"):
        assert set(data[language]["cities"]) <= zones, language
        assert set(data[language]["countries"]) <= countries, language
    assert set(data["es"]["countries"]) == countries


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("cancun", "America/Cancun"),
        ("Mérida", "America/Merida"),
        ("merida", "America/Merida"),
        ("Mexico City", "America/Mexico_City"),
        ("Ciudad de Mexico", "America/Mexico_City"),
        ("Ciudad de México (México)", "America/Mexico_City"),  # as the list shows it
        ("tijuana (mexico)", "America/Tijuana"),
        ("America/Tijuana", "America/Tijuana"),
        ("america/tijuana", "America/Tijuana"),
        ("Guadalajara", "America/Mexico_City"),
        ("Puebla", "America/Mexico_City"),
        ("Monterrey", "America/Monterrey"),
        ("Etc/UTC", "Etc/UTC"),
    ],
)
def test_a_zone_typed_as_a_city_a_shown_place_or_a_name(typed: str, zone: str) -> None:
    from journey.places import zone_typed

    assert zone_typed(typed) == zone


@pytest.mark.parametrize("typed", ["", "Atlantis", "Mars/Olympus_Mons"])
def test_nothing_typed_or_no_place_is_no_zone(typed: str) -> None:
    from journey.places import zone_typed

    assert zone_typed(typed) is None


def test_a_zone_is_found_by_any_part_of_its_names() -> None:
    from journey.places import zone_search_text

    text = zone_search_text("America/Mexico_City")
    for part in ("mexico city", "ciudad de mexico", "cdmx", "guadalajara", "puebla", "mexico"):
        assert part in text
