"""Where a place is in time: the IANA zone of a city a person types ("Tijuana", "Cancún",
"Ciudad de México", "Merida, Mexico"), found without accents or case (issue 17: the wizard
takes the destination's zone from the clinic's city).

Three sources, in this order, none of them guessed:

1. the IANA zones' own cities (tzdata: America/Tijuana, America/Merida, Europe/London);
2. resources/places/city_zones.json: Spanish names and shorthands ("Ciudad de México",
   "CDMX", "Nueva York");
3. the cities of the world's airports (``airportsdata``: Guadalajara, Puebla, Monterrey), the
   zone most of a city's airports share, narrowed by a country after a comma when one is
   given ("Merida, Venezuela").

None when the place is unknown or the sources disagree: the person then picks the zone.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import cache
from importlib.resources import files

from journey.timekeeping import known_zones

# Countries people name after a comma, in English and Spanish, as ISO 3166 codes (the form
# airportsdata gives each airport's country).
COUNTRIES = {
    "mexico": "MX",
    "canada": "CA",
    "usa": "US",
    "us": "US",
    "united states": "US",
    "estados unidos": "US",
    "eeuu": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "reino unido": "GB",
    "england": "GB",
    "inglaterra": "GB",
    "spain": "ES",
    "espana": "ES",
    "venezuela": "VE",
    "colombia": "CO",
    "argentina": "AR",
    "chile": "CL",
    "peru": "PE",
}


def plain(text: str) -> str:
    """``text`` without accents, case, underscores or extra spaces: "Cancún" → "cancun"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("_", " "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def zone_for_place(text: str) -> str | None:
    """The IANA zone of the city in ``text`` ("City" or "City, Country"), or None."""
    city, _, rest = (plain(part) for part in text.partition(","))
    if not city:
        return None
    country = COUNTRIES.get(rest)
    if country is not None:  # "Merida, Venezuela": that country's airports say first
        found = _by_airports(city, country)
        if found is not None:
            return found
    own = _zone_cities().get(city)
    if own is not None and len(own) == 1:
        (zone,) = own
        return zone
    alias = _aliases().get(city) or _aliases().get(plain(text.replace(",", " ")))
    if alias is not None:
        return alias
    return _by_airports(city, None)


def _by_airports(city: str, country: str | None) -> str | None:
    """The zone most of ``city``'s airports (in ``country``, if given) share, or None."""
    airports = [
        zone
        for zone, where in _airport_cities().get(city, [])
        if country is None or where == country
    ]
    if not airports:
        return None
    counts = Counter(airports).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None  # as many airports in one zone as in another: not ours to choose
    return counts[0][0]


@cache
def _zone_cities() -> dict[str, frozenset[str]]:
    cities: dict[str, set[str]] = {}
    for zone in known_zones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/")):
            cities.setdefault(plain(zone.rsplit("/", 1)[1]), set()).add(zone)
    return {city: frozenset(zones) for city, zones in cities.items()}


@cache
def _aliases() -> dict[str, str]:
    data = json.loads(files("resources.places").joinpath("city_zones.json").read_text("utf-8"))
    zones = known_zones()
    return {plain(name): zone for name, zone in data.items() if zone in zones}


@cache
def _airport_cities() -> dict[str, list[tuple[str, str]]]:
    import airportsdata  # about 8,000 airports: read when a city is first looked up

    cities: dict[str, list[tuple[str, str]]] = {}
    zones = known_zones()
    for airport in airportsdata.load("IATA").values():
        if airport["tz"] in zones:
            cities.setdefault(plain(airport["city"]), []).append(
                (airport["tz"], airport["country"])
            )
    return cities
