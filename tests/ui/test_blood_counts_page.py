"""Blood counts (issue 18) in the window: the entry dialog driven with keys, a value possible
only in the other unit questioned beside its field, the table, chart and state in words, "My
team says my counts have recovered…", and the calm line on Today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.helpers import NOW, neutropenic_now
from tests.ui.keys import focused, press, show_active, tab, type_text
from ui.side_effects.blood_counts import BloodCountsPanel, CountDialog, RecoveredDialog
from ui.today.page import TodayPage


def test_a_count_in_the_wrong_unit_is_questioned_then_stored_in_the_other(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = CountDialog(services, save=services.blood_counts.add)
    show_active(qtbot, dialog)
    assert focused() is dialog.kind
    assert dialog.kind.currentData() == "neutrophils"
    tab(qtbot)
    type_text(qtbot, "1500")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.errors["value"].text() == (
        "⚠ 1500 ×10⁹/L is not a possible neutrophil count; did you mean 1500/µL (1.5 ×10⁹/L)?"
    )
    assert services.blood_counts.counts() == []

    tab(qtbot)  # to the unit
    unit = focused()
    assert isinstance(unit, QComboBox)
    press(qtbot, Qt.Key.Key_Down)
    assert unit.currentText() == "/µL"
    tab(qtbot, 3)  # past the date and the time, to the source
    type_text(qtbot, "clinic lab")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (stored,) = services.blood_counts.counts()
    assert (stored.kind, stored.value, stored.source, stored.at) == (
        "neutrophils",
        1.5,
        "clinic lab",
        NOW,
    )


def test_haemoglobin_takes_its_own_units(qtbot: QtBot, services: JournalServices) -> None:
    dialog = CountDialog(services, save=services.blood_counts.add)
    show_active(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("haemoglobin"))
    assert [dialog.unit.itemText(i) for i in range(dialog.unit.count())] == ["g/L", "g/dL"]
    dialog.unit.setCurrentIndex(1)
    dialog.value.setFocus()
    type_text(qtbot, "9.8")
    press(qtbot, Qt.Key.Key_Return)
    (stored,) = services.blood_counts.counts()
    assert stored.value == 98


def test_the_panel_shows_the_state_table_and_chart_by_protocol_day(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    panel = BloodCountsPanel(demo_services)
    qtbot.addWidget(panel)
    # Day +10: the third day at or above 0.5 since day +8; the platelets transfused yesterday.
    assert panel.state.text() == (
        "Neutrophils engrafted on Day +8 (three days at or above 0.5 from 23 Nov).\n"
        "Not yet engrafted: latest platelets 27 on Day +10.\n"
        "Neutropenic period ended 25 Nov 06:30, at neutrophil engraftment."
    )
    counts = demo_services.blood_counts.counts()
    transfusions = demo_services.blood_counts.transfusions()
    assert (len(counts), len(transfusions)) == (56, 2)
    assert panel.model.rowCount() == len(counts) + len(transfusions)  # both, newest first
    assert panel.model.item(0, 0).text() == "Day +10"
    transfused = [
        [panel.model.item(row, column).text() for column in range(5)]
        for row in range(panel.model.rowCount())
        if panel.model.item(row, 2).text() == "Platelet transfusion"
    ]
    assert transfused == [
        [
            "Day +9",
            "Tue 24 Nov 2026 14:00",
            "Platelet transfusion",
            "",
            "One unit of platelets, day +9.",
        ],
        [
            "Day +1",
            "Mon 16 Nov 2026 14:00",
            "Platelet transfusion",
            "",
            "One unit of platelets.",
        ],
    ]
    assert panel.summary.text() == (
        "Neutrophils: 14 counts; lowest 0.02 on Day +4; latest 2.3 on Day +10."
    )
    ax = panel.chart.axes()
    assert ax is not None
    xy = ax.lines[0].get_xydata()
    assert [x for x, _ in xy] == [-13, -12, -6, -1, 0, 1, 2, 3, 4, 6, 7, 8, 9, 10]  # no +5
    assert [y for _, y in xy[-5:]] == [0.5, 0.4, 0.6, 1.1, 2.3]
    assert [y for _, y in ax.lines[1].get_xydata()] == [0.5, 0.5]
    assert "0.5" in ax.lines[1].get_label()


def test_team_says_recovered_is_recorded_with_its_time(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    neutropenic_now(demo_services)  # the demo engrafted on day +8: a period to end
    dialog = RecoveredDialog(demo_services)
    show_active(qtbot, dialog)
    tab(qtbot, 3)  # the time, who records it, who said so
    type_text(qtbot, "Dr. Ortiz")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    record = demo_services.blood_counts.recovered_records()[-1]
    assert (record.at, record.note, record.recorded_by) == (NOW, "Dr. Ortiz", "patient")
    panel = BloodCountsPanel(demo_services)
    qtbot.addWidget(panel)
    assert panel.state.text().endswith(
        "\nNeutropenic period ended 25 Nov 09:00: your team said your counts had recovered."
    )


def test_today_shows_the_latest_counts_in_one_calm_line(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = TodayPage(demo_services)
    qtbot.addWidget(page)
    assert page.counts_line.text() == (
        "Latest counts (Day +10): ANC 2.3 ×10⁹/L, platelets 27 ×10⁹/L, haemoglobin 90 g/L, "
        "white cells 3.1 ×10⁹/L, lymphocytes 0.3 ×10⁹/L\n"
        "Neutropenic period ended 25 Nov 06:30, at neutrophil engraftment."
    )
    assert not page.counts_line.isHidden()


def test_today_says_nothing_without_counts(qtbot: QtBot, services: JournalServices) -> None:
    page = TodayPage(services)
    qtbot.addWidget(page)
    assert page.counts_line.isHidden()


def test_before_the_conditioning_today_says_when_the_period_will_start(
    qtbot: QtBot, services: JournalServices
) -> None:
    """From the trial: five days before arrival, Today said "Neutropenic period since 24 Jan"
    of a conditioning still to come."""
    from datetime import time, timedelta

    from journey.dto import CourseData, ProfileData

    arrival = NOW.date() + timedelta(days=5)
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=arrival,
            arrival_time=time(14, 0),
            destination_zone="America/Tijuana",
            treatment_start=arrival + timedelta(days=1),
            home_zone="America/Toronto",
        ),
        None,
    )
    state = services.blood_counts.neutropenia()
    assert state.periods
    assert not state.open_now
    page = TodayPage(services)
    show_active(qtbot, page)
    line = page.counts_line.text()
    assert "Neutropenic period from " in line
    assert ", with the conditioning: from then, any temperature of 38.0 °C" in line
    assert "since" not in line
