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
