"""Computers sharing one journey in the tests (issue 16): each a journal of its own, with its
own device id and its own copy of the shared folder, which a sync tool (tests/journey/
sync_tool.py, or real Syncthing) keeps in step. Nothing here imports Qt."""

from __future__ import annotations

import json
import shutil
from datetime import date, time, timedelta
from pathlib import Path

from journey.dto import CompanionData, CourseData, ProfileData
from journey.journal import Journal, open_journal
from journey.outbox import DEVICE_KEY, new_device_id, write_state
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.sync.apply import snapshot_changes
from journey.timekeeping import Clock
from tests.journey.helpers import HOME_ZONE, NOW
from tests.journey.sync_tool import FakeSyncTool

SECRET_NOTE = "headache at night, worse lying down"  # never to be found in the shared folder


class Computer:
    """A journal copied from ``template`` into ``folder`` (or made there when ``template`` is
    None), its services (sharing knows the journal's folder, so attachments travel) and its
    copy of the shared folder, ``shared``."""

    def __init__(self, template: Path | None, folder: Path, shared: Path) -> None:
        if template is not None:
            shutil.copytree(template, folder)
        self.folder = folder
        self.journal: Journal = open_journal(folder, now=NOW)
        with self.journal.session_factory.begin() as session:  # copies share one: not so
            write_state(session.connection(), DEVICE_KEY, new_device_id())
        self.services = JournalServices.build(
            self.journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW)
        )
        self.sharing = self.services.sharing
        self.shared = shared
        shared.mkdir(parents=True, exist_ok=True)

    def symptoms(self) -> list[tuple[str, str]]:
        return sorted(
            (e.details.symptom, e.details.notes) for e in self.services.side_effects.entries()
        )

    def device_folder(self, root: Path) -> Path:
        """This device's folder in the copy of the shared folder at ``root``."""
        return root / "Journey" / "devices" / self.sharing.status().me.device_id

    def rows(self) -> list[tuple[str, str, str]]:
        """Every travelling row, by uid, with its values: equal on two computers whose
        journals are the same."""
        with self.journal.engine.connect() as connection:
            changes = snapshot_changes(connection)
        return sorted((c.tbl, c.uid, json.dumps(c.cols, sort_keys=True)) for c in changes)

    def close(self) -> None:
        self.journal.close()


def onboard(services: JournalServices) -> None:
    """The patient's first run: her profile, an HSCT course in Tijuana, her companion."""
    services.onboarding.complete(
        ProfileData(name="Elena Ramírez", ms_type="RRMS", diagnosis_year=2015),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Ejemplo",
            clinic_city="Tijuana, Mexico",
            arrival_date=date(2026, 6, 1),
            arrival_time=time(14, 30),
            destination_zone="America/Tijuana",
            treatment_start=date(2026, 6, 4),
            home_zone=HOME_ZONE,
        ),
        CompanionData(name="Tomás Ramírez"),
    )


def symptom_entry(symptom: str, notes: str = "", by: str = "patient") -> EntryDetails:
    """A side effect logged an hour ago."""
    return EntryDetails(symptom, 4, NOW - timedelta(hours=1), HOME_ZONE, by, notes=notes)


def shared_and_joined(computers: tuple[Computer, Computer]) -> FakeSyncTool:
    """The patient onboards, logs a headache and shares; the companion joins with the code
    once the sync tool has brought the invitation. Returns the sync tool."""
    patient, companion = computers
    onboard(patient.services)
    patient.services.side_effects.log(symptom_entry("Headache", SECRET_NOTE))
    code, patient_print = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    tool = FakeSyncTool([patient.shared, companion.shared], seed=3, reorder=True)
    tool.deliver_all()
    inviter, companion_print = companion.sharing.join(
        companion.shared, code, "Tomás's laptop", "companion"
    )
    assert inviter == patient_print  # the fingerprints read out match
    assert patient.sharing.status().fingerprint == patient_print
    assert companion.sharing.status().fingerprint == companion_print
    tool.deliver_all()
    return tool


def sync_round(tool: FakeSyncTool, *computers: Computer) -> None:
    """Each computer syncs, and the tool delivers, twice over."""
    for _ in range(2):
        for computer in computers:
            computer.sharing.sync()
            tool.deliver_all()
