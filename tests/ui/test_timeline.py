"""The Timeline page, driven as a companion would: keys, shortcuts and its dialogs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.itinerary import Item, ItemDetails
from journey.journal import open_journal
from journey.services import JournalServices
from tests.ui.helpers import unnamed_focusable
from tests.ui.keys import (
    back_to,
    focused,
    on_next_dialog,
    press,
    replace_text,
    show_active,
    tab,
    type_text,
)
from ui.trip.item_dialog import ItemDialog, ProtocolDialog
from ui.trip.itinerary_models import AgendaModel, WeekModel
from ui.trip.shift_dialog import ShiftDialog
from ui.trip.timeline import TimelinePage

ARRIVAL = date(2027, 3, 1)
TIJUANA = "America/Tijuana"


@pytest.fixture
def hsct(services: JournalServices) -> JournalServices:
    """An HSCT course arriving 2027-03-01 in Tijuana; onboarding lays out the template."""
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=ARRIVAL,
            arrival_time=time(14, 0),
            destination_zone=TIJUANA,
            treatment_start=ARRIVAL + timedelta(days=3),
            home_zone="America/Toronto",
        ),
        None,
    )
    return services


def open_timeline(qtbot: QtBot, services: JournalServices) -> TimelinePage:
    page = TimelinePage(services)
    show_active(qtbot, page)
    return page


def day_headings(page: TimelinePage) -> list[str]:
    model = page.agenda_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def by_kind(services: JournalServices, kind: str) -> Item:
    return next(item for item in services.itinerary.items() if item.details.kind == kind)


def test_hsct_timeline_numbers_days_around_day_zero_and_shift_renumbers(
    qtbot: QtBot, hsct: JournalServices
) -> None:
    page = open_timeline(qtbot, hsct)
    headings = day_headings(page)
    assert "Mon 15 Mar 2027 · Day 0" in headings
    assert headings[0] == "Mon 1 Mar 2027 · Day −14"
    assert "Tue 23 Mar 2027 · Day +8" in headings
    numbers = [h.split("Day ")[1].replace("−", "-") for h in headings]
    assert [int(n) for n in numbers] == sorted(int(n) for n in numbers)

    before = {item.id: item for item in hsct.itinerary.items()}
    collection = by_kind(hsct, "stem_cell_collection")
    page.agenda.setFocus()
    page.select_item(collection.id)
    assert page.current_item() == collection

    def shift_one_day(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        assert focused() is dialog.amount
        replace_text(qtbot, "1")
        tab(qtbot)  # unit: days, as offered
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(shift_one_day)
    press(
        qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    after = {item.id: item for item in hsct.itinerary.items()}
    cutoff = collection.details.start_instant()
    for item_id, old in before.items():
        new = after[item_id].details
        if old.details.start_instant() >= cutoff:
            assert new.start == old.details.start + timedelta(days=1), old.details.title
            assert after[item_id].sequence == old.sequence + 1
        else:
            assert new == old.details, old.details.title
    headings = day_headings(page)
    assert "Tue 16 Mar 2027 · Day 0" in headings
    assert headings[0] == "Mon 1 Mar 2027 · Day −15"
    assert page.day_zero_line.text() == "Day 0 (reinfusion): Tue 16 Mar 2027"

    back_to(qtbot, page)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the shift
    assert "Mon 15 Mar 2027 · Day 0" in day_headings(page)
    assert [i.details for i in hsct.itinerary.items()] == [
        before[i.id].details for i in hsct.itinerary.items()
    ]


def test_a_shift_before_arrival_is_refused_in_the_dialog(
    qtbot: QtBot, hsct: JournalServices
) -> None:
    before = hsct.itinerary.items()
    page = open_timeline(qtbot, hsct)
    page.select_item(by_kind(hsct, "clinic_appointment").id)
    messages: list[str] = []

    def shift_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        replace_text(qtbot, "-3")
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible()  # kept open, with the reason beside the field
        messages.append(dialog.error.text())
        press(qtbot, Qt.Key.Key_Escape)

    on_next_dialog(shift_back)
    qtbot.mouseClick(page.shift_button, Qt.MouseButton.LeftButton)
    assert "before the arrival" in messages[0]
    assert hsct.itinerary.items() == before


def test_add_by_keyboard_then_delete_and_undo(qtbot: QtBot, hsct: JournalServices) -> None:
    page = open_timeline(qtbot, hsct)
    count = len(hsct.itinerary.items())

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        assert focused() is dialog.form.kind
        type_text(qtbot, "Fli")  # Flight
        tab(qtbot)
        type_text(qtbot, "Flight Tijuana → México")
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    items = hsct.itinerary.items()
    assert len(items) == count + 1
    added = next(item for item in items if item.details.title == "Flight Tijuana → México")
    assert added.details.kind == "flight"
    assert page.current_item() == added

    back_to(qtbot, page)
    page.agenda.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert added.id not in {item.id for item in hsct.itinerary.items()}
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = hsct.itinerary.get(added.id)
    assert (restored.uid, restored.details) == (added.uid, added.details)


def test_duplicate_and_edit_by_keyboard(qtbot: QtBot, hsct: JournalServices) -> None:
    page = open_timeline(qtbot, hsct)
    reinfusion = by_kind(hsct, "reinfusion")
    page.select_item(reinfusion.id)
    page.agenda.setFocus()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = [i for i in hsct.itinerary.items() if i.details == reinfusion.details]
    assert len(copies) == 2
    assert len({c.uid for c in copies}) == 2

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        dialog.form.title.setFocus()
        replace_text(qtbot, "Reinfusion, second bag")
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(rename)
    press(qtbot, Qt.Key.Key_Return)  # Enter on the selected row edits it
    titles = [i.details.title for i in hsct.itinerary.items() if i.details.kind == "reinfusion"]
    assert sorted(titles) == ["Reinfusion of your stem cells", "Reinfusion, second bag"]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("end_date", "", "The end is before the start."),
        ("zone", "Atlantis/Capital", "is not a place Journey knows the time of"),
        ("start", "02:30", "does not exist on 2027-03-14 in Tijuana: the clocks jump forward"),
    ],
)
def test_item_dialog_explains_bad_input_beside_the_field(
    qtbot: QtBot, services: JournalServices, field: str, text: str, message: str
) -> None:
    dialog = ItemDialog(services.itinerary.check, TIJUANA, date(2027, 3, 14))
    show_active(qtbot, dialog)
    form = dialog.form
    form.title.setText("Clinic visit")
    if field == "end_date":
        form.end_date.setDate(date(2027, 3, 13))  # the day before it starts
        problem_field = "end"
    elif field == "zone":
        form.zone.setFocus()
        replace_text(qtbot, text)
        problem_field = "zone"
    else:
        form.start.setFocus()
        type_text(qtbot, text)
        problem_field = "start"
    dialog.accept()

    assert dialog.isVisible()
    assert message in form.errors[problem_field].text()
    assert form.title.text() == "Clinic visit"
    assert services.itinerary.items() == []


def test_lay_out_a_protocol_from_the_more_menu(qtbot: QtBot, services: JournalServices) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana", ms_type="RRMS"),
        CourseData("custom", "Clínica", "", ARRIVAL, time(9, 0), TIJUANA, ARRIVAL, TIJUANA),
        None,
    )
    page = open_timeline(qtbot, services)
    assert services.itinerary.items() == []

    def choose_msc(dialog: QWidget) -> None:
        assert isinstance(dialog, ProtocolDialog)
        assert focused() is dialog.choice
        type_text(qtbot, "M")  # "Mesenchymal stem cells (MSC), a few days"
        assert "Source:" in dialog.about.text()
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(choose_msc)
    page.lay_out_protocol()
    kinds = [item.details.kind for item in services.itinerary.items()]
    assert "iv_infusion" in kinds
    assert "intrathecal_injection" in kinds
    assert services.itinerary.items()[0].details.zone == TIJUANA


def test_week_view_shows_the_week_with_protocol_days(qtbot: QtBot, hsct: JournalServices) -> None:
    page = open_timeline(qtbot, hsct)
    page.views.setCurrentIndex(1)
    page._monday = date(2027, 3, 15)
    page.reload()
    model = page.week_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[0] == "Mon 15 Mar\nDay 0"
    assert headers[6] == "Sun 21 Mar\nDay +6"
    reinfusion = model.item_at(model.index_of(by_kind(hsct, "reinfusion").id))
    assert reinfusion is not None
    assert "Reinfusion of your stem cells" in model.index(0, 0).data()
    qtbot.mouseClick(page.next_week, Qt.MouseButton.LeftButton)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mon 22 Mar\nDay +7"


def test_item_models_keep_qts_model_contract(qtmodeltester, hsct: JournalServices) -> None:
    items = hsct.itinerary.items()
    numbering = hsct.itinerary.numbering()
    agenda = AgendaModel("America/Toronto")
    agenda.set_items(items, numbering)
    qtmodeltester.check(agenda)
    week = WeekModel("America/Toronto")
    week.set_week(date(2027, 3, 15), items, numbering)
    qtmodeltester.check(week)


def test_timeline_and_its_dialogs_are_named(qtbot: QtBot, hsct: JournalServices) -> None:
    page = open_timeline(qtbot, hsct)
    assert unnamed_focusable(page) == []
    page.views.setCurrentIndex(1)
    assert unnamed_focusable(page) == []
    dialogs: list[QWidget] = [
        ItemDialog(hsct.itinerary.check, TIJUANA, ARRIVAL),
        ShiftDialog("Reinfusion", lambda _delta: [], lambda _delta, _ids: []),
        ProtocolDialog(hsct.itinerary.protocols(), ARRIVAL, TIJUANA),
    ]
    for dialog in dialogs:
        show_active(qtbot, dialog)
        assert unnamed_focusable(dialog) == [], type(dialog).__name__
        dialog.close()


def test_a_flight_across_zones_reads_in_both_places(qtbot: QtBot, hsct: JournalServices) -> None:
    flight = hsct.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight Toronto → San Diego",
            start=datetime(2027, 3, 1, 8, 15),
            zone="America/Toronto",
            end=datetime(2027, 3, 1, 10, 40),
            end_zone="America/Los_Angeles",
        )
    )
    page = open_timeline(qtbot, hsct)
    index = page.select_item(flight.id)
    assert index.data() == "08:15 Toronto → 10:40 Los Angeles"


def test_the_itinerary_saves_as_a_pdf_with_days_and_contacts(
    qtbot: QtBot, hsct: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from journey.dto import CompanionData
    from journey.services.people import ContactDetails

    hsct.companion.save(CompanionData("Luis López", "+1 619 555 0199"))
    hsct.contacts.add(ContactDetails(name="Lupita", role="coordinator", phone="+52 664 555 0101"))
    cancelled = by_kind(hsct, "hotel_check_out")
    hsct.itinerary.update(cancelled.id, replace(cancelled.details, status="cancelled"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "itinerary.pdf"
    monkeypatch.setattr("ui.trip.trip_files.choose_pdf_path", lambda _parent, _name: target)
    page = open_timeline(qtbot, hsct)
    with qtbot.waitSignal(page.status) as said:
        page.files.save_itinerary_pdf()
    assert said.args == [f"Saved the itinerary to {target}."]

    reader = PdfReader(target)
    text = " ".join(" ".join(page_.extract_text().split()) for page_ in reader.pages)
    assert reader.metadata is not None
    assert reader.metadata.title == "Itinerary — Ana López"
    assert "Itinerary — Ana López" in text
    assert "Day 0" in text
    assert "Reinfusion of your stem cells" in text
    assert "Cancelled" in text  # a status in words, readable in black and white
    assert "Luis López" in text
    assert "+1 619 555 0199" in text
    assert "Lupita Patient coordinator +52 664 555 0101" in text
    assert [p.name for p in out.iterdir()] == ["itinerary.pdf"]  # no temporary left


def test_an_unwritable_pdf_path_says_so_and_leaves_nothing(
    qtbot: QtBot, hsct: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    missing = out / "no such folder" / "itinerary.pdf"
    monkeypatch.setattr("ui.trip.trip_files.choose_pdf_path", lambda _parent, _name: missing)
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.trip.trip_files.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    page = open_timeline(qtbot, hsct)
    page.files.save_itinerary_pdf()
    assert "could not be saved" in warnings[0]
    assert list(out.iterdir()) == []


def test_export_to_calendar_then_import_into_another_journal(
    qtbot: QtBot, hsct: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trip.ics"
    monkeypatch.setattr("ui.trip.trip_files.choose_ics_path", lambda _parent, _name: target)
    page = open_timeline(qtbot, hsct)
    with qtbot.waitSignal(
        page.status, timeout=10000, check_params_cb=lambda text: text.startswith("Exported")
    ) as said:
        page.files.export_calendar()
    assert said.args[0].startswith(f"Exported 17 events to {target}.")
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")

    other = open_journal(tmp_path / "other")
    try:
        empty = JournalServices.build(other.session_factory, hsct.clock)
        monkeypatch.setattr("ui.trip.trip_files.choose_ics_file", lambda _parent: target)
        second = open_timeline(qtbot, empty)
        with qtbot.waitSignal(
            second.status, timeout=10000, check_params_cb=lambda text: text.startswith("Imported")
        ) as said:
            second.files.import_calendar()
        assert said.args == ["Imported trip.ics: 17 added, 0 updated."]
        assert [i.details for i in empty.itinerary.items()] == [
            i.details for i in hsct.itinerary.items()
        ]
        assert second.agenda_model.rowCount() == len(day_headings(page))
    finally:
        other.close()


def test_a_broken_calendar_file_is_refused_with_its_reason(
    qtbot: QtBot, hsct: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = hsct.itinerary.items()
    broken = tmp_path / "broken.ics"
    broken.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:no-times@example.com\r\nSUMMARY:Clinic visit\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    monkeypatch.setattr("ui.trip.trip_files.choose_ics_file", lambda _parent: broken)
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.trip.trip_files.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    page = open_timeline(qtbot, hsct)
    with qtbot.waitSignal(
        page.status, timeout=10000, check_params_cb=lambda text: text == "Nothing was imported"
    ):
        page.files.import_calendar()
    assert len(warnings) == 1
    assert "Clinic visit" in warnings[0]  # names the event at fault
    assert "DTSTART" in warnings[0]  # and the property
    assert hsct.itinerary.items() == before


def test_an_empty_week_says_what_it_is_for_and_offers_to_add_an_item(
    qtbot: QtBot, services: JournalServices
) -> None:
    """Issue 19: a week with nothing in it was a bare grid."""
    page = open_timeline(qtbot, services)
    page.views.setCurrentIndex(1)
    assert page.week_empty.isVisible()
    assert page.week_empty_text.text().startswith("Nothing planned this week.")
    assert page.week.accessibleDescription().startswith("Nothing planned this week.")
    assert page.week_empty_add.text() == "Add an item… (Ctrl+N)"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        type_text(qtbot, "Fli")  # Flight
        tab(qtbot)
        type_text(qtbot, "Flight Toronto → Tijuana")
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(fill)
    qtbot.mouseClick(page.week_empty_add, Qt.MouseButton.LeftButton)

    assert [item.details.title for item in services.itinerary.items()] == [
        "Flight Toronto → Tijuana"
    ]
    assert not page.week_empty.isVisible()  # the week shows the flight now
    assert page.week.accessibleDescription() == ""
    qtbot.mouseClick(page.next_week, Qt.MouseButton.LeftButton)
    assert page.week_empty.isVisible()
