"""What the domain tests share besides fixtures: the fixed clock's constants. No Qt here."""

from __future__ import annotations

from datetime import UTC, datetime

# 10 May 2026, 14:00 UTC: 10:00 in Toronto (the computer's zone), 08:00 in Mexico City.
NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
HOME_ZONE = "America/Toronto"
