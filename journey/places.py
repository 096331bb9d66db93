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

And the other way round: a zone as a place people know, in their language (``zone_place``:
"America/Mexico_City" → "Mexico City", "Ciudad de México"; ``zone_label``: "Tijuana
(Mexico)"). The zones that are places are tzdata's zone.tab (one per city, each with its
country); the names are the zones' own cities, corrected and put in Spanish by
resources/places/zone_names.json, with the countries from tzdata's iso3166.tab. UTC and the
Etc/ zones are no place: they read "UTC", "UTC+3".
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


# --- zones as places -------------------------------------------------------------------------

# Zones that are no place: UTC under its many names (Etc/GMT+3 and the like are no place either).
_UTC = frozenset({"UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich", "Universal", "Zulu"})


def placeless(zone: str) -> bool:
    """Whether ``zone`` is no place: UTC by any of its names, or an Etc/ offset."""
    return zone in _UTC or zone.startswith("Etc/")


def place_zones() -> tuple[str, ...]:
    """The zones offered as places: one per city, each in a country (tzdata's zone.tab)."""
    return tuple(zone for zone in _zone_countries() if zone in known_zones())


def place_zone(zone: str) -> str | None:
    """The zone among ``place_zones`` that ``zone`` is, following tzdata's links (a link such
    as "US/Pacific" or "Asia/Calcutta" names the same clock); None for a zone that is no
    place or not known."""
    seen = set()
    while zone not in _zone_countries():
        if zone in seen or zone not in _links():
            return None
        seen.add(zone)
        zone = _links()[zone]
    return zone


def zone_place(zone: str, language: str = "en") -> str:
    """The place ``zone`` keeps the time of, as people say it in ``language`` ("en", "es";
    another language reads as English): "America/Tijuana" → "Tijuana";
    "America/Mexico_City" → "Mexico City", in Spanish "Ciudad de México". UTC is "UTC" and
    Etc/GMT-3 "UTC+3", never "Etc/UTC"."""
    if placeless(zone):
        return _utc_offset(zone)
    place = place_zone(zone) or zone
    for words in (_names(language), _names("en")):
        city = words.get("cities", {}).get(place)
        if city:
            return str(city)
    return place.rsplit("/", 1)[-1].replace("_", " ")


def zone_country(zone: str, language: str = "en") -> str:
    """The country of a place's zone in ``language`` ("Mexico", "México"); "" for none."""
    place = place_zone(zone)
    code = _zone_countries().get(place or "")
    if code is None:
        return ""
    for words in (_names(language), _names("en")):
        name = words.get("countries", {}).get(code)
        if name:
            return str(name)
    return _country_names().get(code, code)


def zone_label(zone: str, language: str = "en") -> str:
    """A zone as a choice in a list: "Tijuana (Mexico)", "Ciudad de México (México)"; a zone
    in no country reads as its place alone ("UTC")."""
    place = zone_place(zone, language)
    country = zone_country(zone, language)
    return f"{place} ({country})" if country else place


def zone_typed(text: str) -> str | None:
    """The zone a person means by ``text``: an IANA name ("America/Tijuana", in any case), a
    place as Journey shows it in any language ("Cancún (México)", "cancun (mexico)"), or a
    city ``zone_for_place`` knows ("Mexico City", "Ciudad de Mexico"); None otherwise."""
    typed = text.strip()
    if not typed:
        return None
    if typed in known_zones():
        return typed
    found = _typed_names().get(plain(typed))
    return found if found is not None else zone_for_place(typed)


def zone_search_text(zone: str) -> str:
    """Everything a person may type to find ``zone``, plain (no accents, no case): its names
    and its country's in every language, the IANA name and the cities that share its time."""
    return _search_texts().get(zone, plain(zone))


def _utc_offset(zone: str) -> str:
    """ "UTC", or the offset of an Etc/GMT zone: Etc/GMT-3 is three hours ahead, "UTC+3"."""
    name = zone.removeprefix("Etc/")
    if name.startswith("GMT") and name[3:4] in ("+", "-") and name[4:].isdigit():
        hours = int(name[4:])
        if hours:
            return f"UTC{'−' if name[3] == '+' else '+'}{hours}"
    return "UTC"


def _tzdata_table(name: str) -> list[list[str]]:
    """The rows of one of tzdata's tables (zone.tab, iso3166.tab), their columns split."""
    try:
        text = files("tzdata.zoneinfo").joinpath(name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # no tzdata package: no places
        return []
    return [row.split("\t") for row in text.splitlines() if row and not row.startswith("#")]


@cache
def _zone_countries() -> dict[str, str]:
    return {row[2]: row[0] for row in _tzdata_table("zone.tab") if len(row) >= 3}


@cache
def _country_names() -> dict[str, str]:
    return {row[0]: row[1] for row in _tzdata_table("iso3166.tab") if len(row) >= 2}


@cache
def _links() -> dict[str, str]:
    """Each link's zone ("US/Pacific" → "America/Los_Angeles"), from tzdata's tzdata.zi."""
    try:
        text = files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    links = {}
    for row in text.splitlines():
        if row.startswith("L "):
            parts = row.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return links


@cache
def _all_names() -> dict[str, dict[str, dict[str, str]]]:
    data = json.loads(files("resources.places").joinpath("zone_names.json").read_text("utf-8"))
    return {language: words for language, words in data.items() if isinstance(words, dict)}


def _names(language: str) -> dict[str, dict[str, str]]:
    return _all_names().get(language, {})


def _languages() -> list[str]:
    return ["en", *(language for language in _all_names() if language != "en")]


@cache
def _typed_names() -> dict[str, str]:
    """Every place zone's label and IANA name, plain, in every language → the zone."""
    names: dict[str, str] = {}
    for zone in place_zones():
        names.setdefault(plain(zone), zone)
        for language in _languages():
            names.setdefault(plain(zone_label(zone, language)), zone)
    return names


@cache
def _search_texts() -> dict[str, str]:
    sharing: dict[str, list[str]] = {}
    for name, zone in _aliases().items():
        place = place_zone(zone)
        if place is not None:
            sharing.setdefault(place, []).append(name)
    texts = {}
    for zone in place_zones():
        words = [zone.replace("/", " "), *sharing.get(zone, [])]
        words += [zone_label(zone, language) for language in _languages()]
        texts[zone] = " | ".join(plain(word) for word in words)
    return texts
