"""Airports by IATA code, name or city, and the time zone each one is in.

The table is ``airportsdata`` (about 8,000 airports with an IATA code, each with its IANA
zone), loaded on first use and kept: few screens need it, and it takes a fifth of a second.
Only airports in a zone this computer knows are offered, so a picked airport always gives a
zone an itinerary item can use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from journey.timekeeping import known_zones

CODE = re.compile(r"^\s*([A-Za-z]{3})(?:\s*$|\s+[-–—(]|\s*[-–—:]\s)")  # "YYZ", "yyz – Toronto…"
INTERNATIONAL = re.compile(r"\b(international|intl|int)\b")  # as the table abbreviates it


@dataclass(frozen=True)
class Airport:
    """An airport as people name it: "YYZ", "Toronto Pearson International Airport"."""

    iata: str
    name: str
    city: str
    country: str  # ISO 3166 two letters
    zone: str  # IANA

    @property
    def shown(self) -> str:
        """ "YYZ – Toronto Pearson International Airport, Mississauga": what a list offers,
        and what ``find_airport`` reads back."""
        return (
            f"{self.iata} – {self.name}, {self.city}" if self.city else f"{self.iata} – {self.name}"
        )

    @property
    def place(self) -> str:
        """ "Toronto Pearson International Airport (YYZ)": where a flight leaves from."""
        return f"{self.name} ({self.iata})"


def _plain(text: str) -> str:
    """Lower case without accents or punctuation: "Mérida" and "merida" are the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


@cache
def airports() -> dict[str, Airport]:
    """Every airport with an IATA code whose zone this computer knows, by code."""
    import airportsdata  # big: loaded only when an airport is needed

    zones = known_zones()
    return {
        code: Airport(
            iata=code,
            name=str(raw.get("name", "")).strip(),
            city=str(raw.get("city", "")).strip(),
            country=str(raw.get("country", "")).strip(),
            zone=raw["tz"],
        )
        for code, raw in airportsdata.load("IATA").items()
        if raw.get("tz") in zones and len(code) == 3
    }


@cache
def _searchable() -> list[tuple[Airport, str, str]]:
    """Each airport with its name and city made plain, once."""
    return [
        (airport, _plain(f"{airport.name} {airport.city}"), _plain(airport.city))
        for airport in airports().values()
    ]


def airport_zones() -> dict[str, str]:
    """Each airport's IATA code → the IANA zone it is in."""
    return {code: airport.zone for code, airport in airports().items()}


def airport(code: str) -> Airport | None:
    """The airport with this IATA code (any case), if Journey knows it."""
    return airports().get(code.strip().upper())


def airport_candidates(text: str, limit: int = 10) -> list[Airport]:
    """The airports ``text`` may mean, likeliest first: the one with that code, then those
    whose name or city holds every word typed (accents and case aside), international
    airports and exact cities first ("Toronto" → Pearson before the City airport)."""
    found: list[Airport] = []
    exact = _by_code(text)
    if exact is not None:
        found.append(exact)
    words = _plain(text).split()
    if not words:
        return found
    query = " ".join(words)
    # International airports first, then the city named exactly: people say "Toronto" for
    # Pearson, whose city is Mississauga.
    scored: list[tuple[tuple[int, int, int, str], Airport]] = []
    for one, plain, city in _searchable():
        if one is exact or not all(word in plain for word in words):
            continue
        key = (
            0 if INTERNATIONAL.search(plain) else 1,
            0 if city == query or plain.startswith(query) else 1,
            len(one.name),
            one.iata,
        )
        scored.append((key, one))
    scored.sort(key=lambda pair: pair[0])
    found += [one for _, one in scored]
    return found[:limit]


def _by_code(text: str) -> Airport | None:
    """The airport a text names by code: "YYZ", "yyz", or a listed "YYZ – Toronto …"."""
    matched = CODE.match(text)
    return None if matched is None else airport(matched[1])


def find_airport(text: str) -> Airport | None:
    """The airport ``text`` names: its code ("YYZ", "yyz"), its name ("Toronto Pearson") or
    its city ("Tijuana"); the likeliest when several match; None when none does."""
    candidates = airport_candidates(text, limit=1)
    return candidates[0] if candidates else None
