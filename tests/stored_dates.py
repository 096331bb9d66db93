"""Dates outside 1900–2200 written straight into a journal, past every service's checks (as an
older version, a hand-edited file or a damaged disk could leave them): the readers, pages,
exports and the red-flag evaluation must still work. No Qt here; shared by tests/journey and
tests/ui.

The two ends of Python's dates are used, each in a zone that pushes it past the end when it is
converted: 9999-12-31 23:00 is the next year in UTC from Tijuana (UTC−8), 0001-01-01 00:00 is
the year before in Tokyo (UTC+9); an instant on those days is past the end where it is shown.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey import aftercare_models as aftercare
from journey.models import ItineraryItem, Profile, TreatmentCourse
from journey.services.documents import due_diligence_questions
from journey.side_effect_models import RedFlagAcknowledgement, SideEffectEntry, Symptom, WatchWindow
from journey.trip_models import DueDiligenceCheck

LATE_WALL = datetime(9999, 12, 31, 23, 0)
EARLY_WALL = datetime(1, 1, 1, 0, 0)
LATE_INSTANT = LATE_WALL.replace(tzinfo=UTC)
EARLY_INSTANT = EARLY_WALL.replace(tzinfo=UTC)
LATE_DAY = date(9999, 12, 31)
EARLY_DAY = date(1, 1, 1)
WEST = "America/Tijuana"  # UTC−8/−7: a late wall time here is past year 9999 in UTC
EAST = "Asia/Tokyo"  # UTC+9: an early wall time here is before year 1 in UTC
FEVER_C = 39.6
FEVER_SEVERITY = 9


def _symptom(session: Any, key: str, name: str) -> int:
    row = session.scalars(select(Symptom).where(Symptom.key == key)).first()
    if row is None:
        row = Symptom(key=key, name=name, built_in=True)
        session.add(row)
        session.flush()
    return int(row.id)


def _item(kind: str, title: str, start: datetime, zone: str, **more: Any) -> ItineraryItem:
    return ItineraryItem(
        uid=f"{title.replace(' ', '-').lower()}@journey.invalid",
        sequence=0,
        kind=kind,
        title=title,
        start_local=start,
        start_zone=zone,
        end_local=more.pop("end", None),
        end_zone=more.pop("end_zone", None),
        place="",
        notes="",
        responsible="clinic",
        status=more.pop("status", "planned"),
        updated_at=more.pop("updated_at", EARLY_INSTANT),
        updated_zone=zone,
    )


def store_out_of_range(sessions: sessionmaker[Any], now: datetime, zone: str) -> int:
    """Every dated record of the journal with a date at one end of Python's range or the other,
    plus one real fever an hour before ``now`` (39.6 °C, severity 9) logged in ``zone``. Returns
    the fever's entry id: it must still raise its red flags."""
    with sessions.begin() as session:
        fever = _symptom(session, "fever", "Fever")
        headache = _symptom(session, "headache", "Headache")
        profile = session.scalars(select(Profile)).first() or Profile(
            name="Ana Souza", ms_type="RRMS", dmt_history="", last_mri_findings=""
        )
        profile.edss, profile.edss_date = 3.5, LATE_DAY
        profile.last_mri_date = EARLY_DAY
        profile.updated_at, profile.updated_zone = LATE_INSTANT, WEST
        session.add(profile)
        course = session.scalars(select(TreatmentCourse)).first() or TreatmentCourse(
            protocol="hsct", clinic_name="Clínica", clinic_city="Puebla", home_zone=zone
        )
        course.arrival_local, course.destination_zone = LATE_WALL, WEST
        course.treatment_start = LATE_DAY
        course.updated_at, course.updated_zone = EARLY_INSTANT, EAST
        session.add(course)
        session.add_all(
            [
                _item(
                    "isolation", "Isolation forever", EARLY_WALL, EAST, end=LATE_WALL, end_zone=WEST
                ),
                _item("reinfusion", "Late reinfusion", LATE_WALL, WEST, status="done"),
                _item("intrathecal_injection", "Early puncture", EARLY_WALL, EAST, status="done"),
                _item(
                    "iv_infusion",
                    "Late infusion",
                    LATE_WALL,
                    WEST,
                    end=LATE_WALL + timedelta(minutes=30),
                ),
                _item("follow_up", "Early follow-up", EARLY_WALL, EAST),
                _item(
                    "revaccination", "Late revaccination", LATE_WALL, WEST, updated_at=LATE_INSTANT
                ),
            ]
        )
        late_window = WatchWindow(
            item_id=None,
            kind="manual",
            title="Late window",
            opened_at=LATE_INSTANT,
            zone=WEST,
            hours=48,
        )
        early_window = WatchWindow(
            item_id=None,
            kind="manual",
            title="Early window",
            opened_at=EARLY_INSTANT,
            zone=EAST,
            hours=168,
        )
        session.add_all([late_window, early_window])
        session.flush()
        entries = [
            SideEffectEntry(
                symptom_id=fever,
                severity=8,
                temperature_c=40.5,
                notes="",
                recorded_by="patient",
                at=EARLY_INSTANT,
                zone=zone,
                watch_window_id=early_window.id,
            ),
            SideEffectEntry(
                symptom_id=headache,
                severity=9,
                temperature_c=None,
                notes="",
                recorded_by="companion",
                at=LATE_INSTANT,
                zone=EAST,
                watch_window_id=late_window.id,
            ),
            SideEffectEntry(
                symptom_id=fever,
                severity=FEVER_SEVERITY,
                temperature_c=FEVER_C,
                notes="",
                recorded_by="patient",
                at=now - timedelta(hours=1),
                zone=zone,
                watch_window_id=None,
            ),
        ]
        session.add_all(entries)
        session.flush()
        session.add(
            RedFlagAcknowledgement(
                rule_key="fever_single",
                entry_id=entries[0].id,
                acknowledged_at=LATE_INSTANT,
                zone=EAST,
            )
        )
        scale = session.scalars(select(aftercare.RatingScale)).first()
        for at, where in ((EARLY_INSTANT, zone), (LATE_INSTANT, EAST)):
            rating_set = aftercare.RatingSet(at=at, zone=where, recorded_by="patient", notes="")
            session.add(rating_set)
            session.flush()
            if scale is not None:
                session.add(
                    aftercare.Rating(set_id=rating_set.id, scale_id=scale.id, value=scale.low)
                )
        session.add_all(
            [
                aftercare.Relapse(started=EARLY_DAY, ended=LATE_DAY, symptoms="", steroids=""),
                aftercare.Relapse(started=LATE_DAY, ended=None, symptoms="", steroids=""),
                aftercare.MriResult(on=LATE_DAY, new_t2=1, enhancing=0, report=""),
                aftercare.MriResult(on=EARLY_DAY, new_t2=0, enhancing=0, report=""),
                aftercare.EdssReport(on=EARLY_DAY, score=2.0, reported_by=""),
                aftercare.EdssReport(on=LATE_DAY, score=6.0, reported_by=""),
                aftercare.Medication(
                    name="Early",
                    dose="",
                    schedule="",
                    started=EARLY_DAY,
                    stopped=LATE_DAY,
                    notes="",
                ),
                aftercare.Medication(
                    name="Late", dose="", schedule="", started=LATE_DAY, stopped=None, notes=""
                ),
                DueDiligenceCheck(
                    key=due_diligence_questions()[0].key, done=True, note="", checked_on=LATE_DAY
                ),
            ]
        )
        session.flush()
        return int(entries[-1].id)
