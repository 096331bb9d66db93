"""Medications with schedules on screen (issue 18, part 6): the medication dialog driven with
the keyboard, Today's doses with Taken / Skipped storing who and when, a reminder that is a
status line (never a modal window) when a dose falls due, and the prophylaxis offer that
requires the team's dose and fills in none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from journey.aftercare import MedicationDetails
from journey.journal import Journal
from journey.medications import DoseSchedule
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW
from tests.ui.keys import focused, press, put_away, show_active, tab, type_text
from ui.aftercare.clinical_dialogs import MedicationDialog
from ui.aftercare.dose_reminders import DoseReminders
from ui.aftercare.prophylaxis_dialog import ProphylaxisDialog
from ui.today.doses_panel import DosesPanel

TODAY = date(2026, 11, 25)  # NOW is 12:00 in Toronto that day
TWICE = DoseSchedule("times_a_day", (time(8), time(20)))


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    click(qtbot, buttons.button(buttons.StandardButton.Save))


def _medication(services: JournalServices, **changes: object) -> int:
    details = MedicationDetails(
        "Aciclovir", TODAY - timedelta(days=1), dose="400 mg", route="mouth", dose_schedule=TWICE
    )
    return services.clinical.medications.add(replace(details, **changes)).id  # type: ignore[arg-type]


# --- the dialog -----------------------------------------------------------------------------


def test_a_medication_with_a_schedule_typed_with_the_keyboard(
    qtbot: QtBot, services: JournalServices
) -> None:
    records = services.clinical.medications
    dialog = MedicationDialog(records, TODAY, save=records.add)
    show_active(qtbot, dialog)
    assert dialog.dose.text() == ""  # nothing suggested
    type_text(qtbot, "Fluconazole")
    tab(qtbot)
    type_text(qtbot, "200 mg")
    tab(qtbot)
    type_text(qtbot, "mornings")
    tab(qtbot, 3)  # the start (today), the stop ("Not set"), the route
    assert focused() is dialog.route
    press(qtbot, Qt.Key.Key_Down)  # "By mouth"
    tab(qtbot)
    assert focused() is dialog.kind
    assert not dialog.times.isEnabled()
    press(qtbot, Qt.Key.Key_Down)  # "Every day, at given times"
    tab(qtbot)
    assert focused() is dialog.times
    type_text(qtbot, "8:00")
    tab(qtbot)  # every-N-days and the weekdays are off: straight to what stops it
    assert focused() is dialog.stop_when
    press(qtbot, Qt.Key.Key_Down)  # "When my neutrophils recover"
    save(qtbot, dialog)

    assert not dialog.isVisible()
    (stored,) = records.all()
    assert stored.details == MedicationDetails(
        name="Fluconazole",
        started=TODAY,
        dose="200 mg",
        schedule="mornings",
        route="mouth",
        dose_schedule=DoseSchedule("times_a_day", (time(8),)),
        stop_when="neutrophils",
    )


def test_a_schedule_without_times_is_refused_beside_the_times(
    qtbot: QtBot, services: JournalServices
) -> None:
    records = services.clinical.medications
    dialog = MedicationDialog(records, TODAY, save=records.add)
    show_active(qtbot, dialog)
    type_text(qtbot, "Aciclovir")
    dialog.kind.setCurrentIndex(dialog.kind.findData("weekdays"))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.errors["dose_times"].text() == (
        "⚠ Enter at least one time of day, for example 08:00."
    )
    assert dialog.form.errors["weekdays"].text() == "⚠ Tick at least one day of the week."
    assert focused() is dialog.times
    dialog.times.setText("25:00")
    save(qtbot, dialog)
    assert dialog.form.errors["dose_times"].text().startswith("⚠ Enter clock times")
    assert records.all() == []
    put_away(dialog)


def test_editing_an_old_free_text_medication_keeps_its_words(
    qtbot: QtBot, services: JournalServices
) -> None:
    records = services.clinical.medications
    old = records.add(MedicationDetails("Baclofen", date(2020, 1, 1), None, "10 mg", "3×/day"))
    dialog = MedicationDialog(records, TODAY, old.details, save=lambda d: records.update(old.id, d))
    show_active(qtbot, dialog)
    assert dialog.kind.currentData() == ""
    save(qtbot, dialog)
    assert records.all() == [old]


# --- Today ----------------------------------------------------------------------------------


def test_today_lists_the_doses_with_taken_and_skipped_storing_who_and_when(
    qtbot: QtBot, services: JournalServices
) -> None:
    med = _medication(services)
    panel = DosesPanel(services)
    show_active(qtbot, panel)
    panel.refresh()
    assert panel.isVisible()
    assert [label.text() for label in panel.lines] == [
        "08:00 — Aciclovir 400 mg, by mouth — not recorded yet",  # four hours ago
        "20:00 — Aciclovir 400 mg, by mouth",
    ]
    panel.who.setCurrentIndex(panel.who.findData("companion"))
    morning = datetime.combine(TODAY, time(8))
    evening = datetime.combine(TODAY, time(20))
    taken, _late, _skipped = panel.buttons[(med, morning.isoformat())]
    assert taken.accessibleName().startswith("Taken: 08:00 — Aciclovir 400 mg")
    click(qtbot, taken)
    _taken, _late, skipped = panel.buttons[(med, evening.isoformat())]
    click(qtbot, skipped)

    first, second = services.clinical.doses.records()
    assert (first.due_local, first.status, first.recorded_by, first.recorded_at) == (
        morning,
        "taken",
        "companion",
        NOW,
    )
    assert (second.due_local, second.status) == (evening, "skipped")
    assert panel.lines[0].text() == (
        "08:00 — Aciclovir 400 mg, by mouth — ✓ taken, recorded 12:00 by companion"
    )
    assert panel.lines[1].text().endswith("✗ skipped, recorded 12:00 by companion")
    (undo,) = panel.buttons[(med, morning.isoformat())]
    click(qtbot, undo)
    assert [r.due_local for r in services.clinical.doses.records()] == [evening]


def test_today_hides_the_list_without_doses(qtbot: QtBot, services: JournalServices) -> None:
    services.clinical.medications.add(MedicationDetails("Baclofen", date(2020, 1, 1)))
    panel = DosesPanel(services)
    show_active(qtbot, panel)
    panel.refresh()
    assert panel.isHidden()


# --- the reminder ---------------------------------------------------------------------------


def test_a_dose_falling_due_is_told_in_the_status_bar_never_in_a_modal_window(
    qtbot: QtBot, services: JournalServices, journal: Journal
) -> None:
    _medication(services, dose_schedule=DoseSchedule("times_a_day", (time(12, 30),)))
    window = QMainWindow()
    show_active(qtbot, window)
    reminders = DoseReminders(services, window)
    assert reminders.check() == []  # 12:00: the 12:30 dose is not due yet
    later = JournalServices.build(
        journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW + timedelta(minutes=31))
    )
    reminders.services = later
    told = reminders.check()
    assert told == [
        "12:30: time for Aciclovir 400 mg (as your team prescribed). Record it on Today."
    ]
    assert window.statusBar().currentMessage() == told[0]
    assert QApplication.activeModalWidget() is None
    assert reminders.check() == []  # told once
    window.close()


def test_where_the_desktop_has_a_tray_the_reminder_is_a_desktop_notification_too(
    qtbot: QtBot,
    services: JournalServices,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notified: list[tuple[str, str]] = []

    class Tray:  # the desktop's tray, as QSystemTrayIcon reaches it
        def __init__(self, icon: object, parent: object) -> None:
            self.visible = False

        @staticmethod
        def isSystemTrayAvailable() -> bool:
            return True

        def setToolTip(self, text: str) -> None:
            pass

        def show(self) -> None:
            self.visible = True

        def showMessage(self, title: str, message: str) -> None:
            assert self.visible
            notified.append((title, message))

    monkeypatch.setattr("ui.aftercare.dose_reminders.QSystemTrayIcon", Tray)
    _medication(services, dose_schedule=DoseSchedule("times_a_day", (time(12, 30),)))
    window = QMainWindow()
    show_active(qtbot, window)
    reminders = DoseReminders(
        JournalServices.build(
            journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW + timedelta(minutes=31))
        ),
        window,
    )
    told = reminders.check()
    assert notified == [("Journey: a dose is due", told[0])]
    assert window.statusBar().currentMessage() == told[0]  # and in the window, as always
    assert QApplication.activeModalWidget() is None
    window.close()


# --- the prophylaxis offer ------------------------------------------------------------------


def test_the_offer_fills_in_no_dose_and_requires_the_team_s(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    offer = demo_services.clinical.doses.offer()
    assert offer is not None
    before = demo_services.clinical.medications.all()
    saved: list[object] = []

    def store(confirmed: list[MedicationDetails]) -> list[int]:
        saved.append(confirmed)
        return demo_services.clinical.doses.add_confirmed(confirmed)

    dialog = ProphylaxisDialog(demo_services, offer, save=store)
    show_active(qtbot, dialog)
    boxes = dialog.findChildren(QCheckBox)
    doses = [dialog.form.fields[f"{i}:dose"] for i in range(len(offer.drugs))]
    assert [b.isChecked() for b in boxes] == [False] * 4
    assert all(isinstance(d, QLineEdit) and d.text() == "" for d in doses)
    assert not any(d.isEnabled() for d in doses)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Source: Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262" in shown

    assert focused() is boxes[0]
    press(qtbot, Qt.Key.Key_Space)  # Ondansetron: my team gave me this
    tab(qtbot)
    assert focused() is doses[0]
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.errors["0:dose"].text() == "⚠ Enter the dose your team gave you."
    assert saved == []
    assert demo_services.clinical.medications.all() == before

    type_text(qtbot, "4 mg")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    added = [m for m in demo_services.clinical.medications.all() if m not in before]
    (ondansetron,) = added
    assert (ondansetron.details.name, ondansetron.details.dose) == ("Ondansetron", "4 mg")
    assert (ondansetron.details.route, ondansetron.details.stop_when) == ("mouth", "neutrophils")


# --- the report -----------------------------------------------------------------------------


def test_the_demo_report_has_the_doses_with_its_one_missed_dose(
    demo_services: JournalServices,
) -> None:
    from journey.report import default_range, gather
    from ui.report.document import make_report

    data = gather(demo_services, *default_range(demo_services))
    counted = {a.name: (a.taken, a.late, a.skipped, a.missed) for a in data.adherence}
    assert counted["Aciclovir"][3] == 1  # the evening of day 0
    assert sum(missed for *_, missed in counted.values()) == 1
    assert set(counted) == {"Aciclovir", "Co-trimoxazole", "Fluconazole", "Ondansetron"}
    document = make_report(data).html
    assert "Doses taken" in document
    assert "A dose counts as missed when nothing was recorded 60 minutes after it was due" in (
        document
    )
