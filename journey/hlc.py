"""A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", OPODIS 2014): the stamp
every change carries, so that the patient's and the companion's computers order their changes
the same way even when their clocks disagree.

A stamp is the wall time in milliseconds, a counter for changes within one millisecond (or
while the wall clock lags a stamp already seen), and the device that made it, which breaks the
last ties. Stamps only grow on a device: after seeing another device's stamp, the next local
one is later than both. Written as text (``0001764950400000-00000-devid``) they sort as they
compare, so SQLite can order and compare them as strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

WALL_DIGITS = 16
COUNTER_DIGITS = 5
COUNTER_MAX = 10**COUNTER_DIGITS - 1
# A stamp from another device this far ahead of our wall clock is applied, with a warning
# (issue 16: "a clock more than a day ahead").
SKEW_WARNING = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp ``text()`` wrote; ValueError for anything else."""
        parts = text.split("-", 2)
        if (
            len(parts) != 3
            or not parts[2]
            or [len(p) for p in parts[:2]]
            != [
                WALL_DIGITS,
                COUNTER_DIGITS,
            ]
            or not (parts[0].isdigit() and parts[1].isdigit())
        ):
            raise ValueError(f"not a stamp: {text!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])


def tick(last: Stamp | None, now_ms: int, device: str) -> Stamp:
    """The stamp of a change made now on ``device``, after ``last`` (the latest it made or
    saw)."""
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, device)
    return _next(last.wall_ms, last.counter, device)


def receive(last: Stamp | None, remote: Stamp, now_ms: int, device: str) -> Stamp:
    """The device's clock after seeing ``remote``: later than ``last``, ``remote`` and now."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    counters = [s.counter for s in (last, remote) if s is not None and s.wall_ms == wall]
    if not counters:
        return Stamp(wall, 0, device)
    return _next(wall, max(counters), device)


def ahead_by(remote: Stamp, now_ms: int) -> timedelta:
    """How far ``remote`` is ahead of this device's wall clock (zero if behind)."""
    return timedelta(milliseconds=max(0, remote.wall_ms - now_ms))


def _next(wall_ms: int, counter: int, device: str) -> Stamp:
    if counter < COUNTER_MAX:
        return Stamp(wall_ms, counter + 1, device)
    return Stamp(wall_ms + 1, 0, device)  # 100,000 changes in a millisecond: borrow the next
