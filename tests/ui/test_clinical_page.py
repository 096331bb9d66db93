"""The Clinical page: relapses, MRI results, EDSS reports and medications in tables with
Add, Edit and Delete (with Undo), and the discharge packet. Typed numbers are read here;
problems show beside their fields and nothing is stored until the input is right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from journey.aftercare import (
    DischargeDetails,
    EdssDetails,
    MedicationDetails,
    MriDetails,
    RelapseDetails,
)
from journey.changes import Change
from journey.services import JournalServices
from tests.ui.helpers import unnamed_focusable
from tests.ui.keys import (
    focused,
    on_next_dialog,
    press,
    put_away,
    replace_text,
    show_active,
    tab,
    type_text,
)
from ui.aftercare.clinical_dialogs import EdssDialog, MedicationDialog, MriDialog, RelapseDialog
from ui.aftercare.clinical_page import ClinicalPage, RecordsTab

TODAY = date(2026, 11, 25)  # the fixtures' clock
ACICLOVIR = MedicationDetails("Aciclovir", date(2026, 6, 1), None, "400 mg", "twice a day")
COTRIM = MedicationDetails("Co-trimoxazole", date(2026, 6, 1), date(2026, 9, 1), "960 mg")


def show_page(qtbot: QtBot, services: JournalServices) -> ClinicalPage:
    page = ClinicalPage(services)
    page.resize(1060, 720)  # a 1280×800 window less its sidebar
    show_active(qtbot, page)
    return page


def cells(tab_: RecordsTab) -> list[list[str]]:
    model = tab_.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    click(qtbot, buttons.button(buttons.StandardButton.Save))


# --- relapses -------------------------------------------------------------------------------


def test_add_a_relapse_with_the_keyboard(qtbot: QtBot, services: JournalServices) -> None:
    page = show_page(qtbot, services)
    changed: list[Change] = []
    services.changes.subscribe(changed.append)

    def fill(dialog: RelapseDialog) -> None:
        assert focused() is dialog.started
        type_text(qtbot, "3 Oct 2026")
        tab(qtbot)
        assert focused() is dialog.ended
        type_text(qtbot, "20 Oct 2026")  # into "Not set": typing starts a date
        tab(qtbot)
        type_text(qtbot, "Numb left leg")
        tab(qtbot)
        type_text(qtbot, "IV methylprednisolone")
        press(qtbot, Qt.Key.Key_Return)  # Save

    on_next_dialog(fill)
    with qtbot.waitSignal(page.status) as said:
        click(qtbot, page.relapses.add_button)

    stored = services.clinical.relapses.all()
    assert [r.details for r in stored] == [
        RelapseDetails(
            date(2026, 10, 3), date(2026, 10, 20), "Numb left leg", "IV methylprednisolone"
        )
    ]
    assert cells(page.relapses) == [
        ["Sat 3 Oct 2026", "Tue 20 Oct 2026", "Numb left leg", "IV methylprednisolone"]
    ]
    assert page.relapses.table.current() == stored[0]
    assert said.args == ["Added the relapse that started Sat 3 Oct 2026."]
    assert changed == [Change.CLINICAL]


def test_a_relapse_ending_before_it_starts_is_refused_beside_end(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = show_page(qtbot, services)
    seen: dict[str, object] = {}

    def fill(dialog: RelapseDialog) -> None:
        type_text(qtbot, "10 Oct 2026")
        tab(qtbot)
        type_text(qtbot, "2 Oct 2026")
        tab(qtbot)
        type_text(qtbot, "Tingling in both hands")
        save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["end"] = dialog.form.errors["ended"].text()
        seen["start shown"] = dialog.form.errors["started"].isVisible()
        seen["symptoms"] = dialog.symptoms.toPlainText()
        seen["end kept"] = dialog.ended.text()
        seen["focus"] = focused() is dialog.ended
        seen["described"] = dialog.ended.accessibleDescription()

    on_next_dialog(fill)
    click(qtbot, page.relapses.add_button)

    assert seen == {
        "open": True,
        "end": "⚠ The end is before the start.",
        "start shown": False,
        "symptoms": "Tingling in both hands",  # what was typed stays
        "end kept": "2 Oct 2026",
        "focus": True,
        "described": "The end is before the start.",  # a screen reader hears it too
    }
    assert services.clinical.relapses.all() == []
    assert cells(page.relapses) == []


def test_an_ongoing_relapse_says_so_and_an_end_can_be_cleared(
    qtbot: QtBot, services: JournalServices
) -> None:
    services.clinical.relapses.add(RelapseDetails(date(2026, 3, 3), date(2026, 3, 20), "Vision"))
    services.clinical.relapses.add(RelapseDetails(date(2026, 10, 2), None, "Balance"))
    page = show_page(qtbot, services)
    assert [row[:3] for row in cells(page.relapses)] == [  # newest first
        ["Fri 2 Oct 2026", "ongoing", "Balance"],
        ["Tue 3 Mar 2026", "Fri 20 Mar 2026", "Vision"],
    ]

    def clear_end(dialog: RelapseDialog) -> None:
        assert dialog.ended.text() == "20 Mar 2026"
        dialog.ended.setFocus()
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, Qt.Key.Key_Delete)
        assert dialog.ended.text() == "Not set"
        press(qtbot, Qt.Key.Key_Return)

    page.relapses.table.setFocus()
    page.relapses.table.selectRow(1)
    on_next_dialog(clear_end)
    press(qtbot, Qt.Key.Key_F2)

    assert [r.details.ended for r in services.clinical.relapses.all()] == [None, None]
    assert [row[1] for row in cells(page.relapses)] == ["ongoing", "ongoing"]


# --- EDSS -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("7.3", "⚠ EDSS goes in steps of 0.5, for example 3.5 or 4.0."),
        ("10.5", "⚠ EDSS goes from 0 to 10."),
        ("abc", "⚠ Enter a number, for example 3.5."),
        ("", "⚠ This is required."),
    ],
)
def test_an_edss_score_off_the_scale_is_refused_beside_score(
    qtbot: QtBot, services: JournalServices, typed: str, message: str
) -> None:
    dialog = EdssDialog(services.clinical.edss, TODAY)
    show_active(qtbot, dialog)
    tab(qtbot)  # from the date to the score
    assert focused() is dialog.score
    type_text(qtbot, typed)
    tab(qtbot)
    type_text(qtbot, "Dr. Ruiz")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.details is None
    assert dialog.form.errors["score"].text() == message
    assert dialog.form.errors["on"].isHidden()
    assert dialog.score.text() == typed
    assert dialog.reported_by.text() == "Dr. Ruiz"
    assert services.clinical.edss.all() == []
    put_away(dialog)


def test_an_edss_score_with_a_decimal_comma_is_read_and_shown_with_one_decimal(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.edss)

    def fill(dialog: EdssDialog) -> None:
        type_text(qtbot, "1 Aug 2026")
        tab(qtbot)
        type_text(qtbot, "3,5")
        tab(qtbot)
        type_text(qtbot, "Dr. Ruiz")
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(fill)
    click(qtbot, page.edss.add_button)
    services.clinical.edss.add(EdssDetails(date(2026, 11, 1), 3.0))
    page.refresh()

    assert [r.details for r in services.clinical.edss.all()] == [
        EdssDetails(date(2026, 8, 1), 3.5, "Dr. Ruiz"),
        EdssDetails(date(2026, 11, 1), 3.0),
    ]
    assert cells(page.edss) == [
        ["Sun 1 Nov 2026", "3.0", ""],
        ["Sat 1 Aug 2026", "3.5", "Dr. Ruiz"],
    ]


def test_an_edss_date_in_the_future_is_refused_beside_the_date(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = EdssDialog(services.clinical.edss, TODAY)
    show_active(qtbot, dialog)
    type_text(qtbot, "1 Dec 2026")
    tab(qtbot)
    type_text(qtbot, "3")
    save(qtbot, dialog)
    assert dialog.form.errors["on"].text() == "⚠ This date is in the future."
    assert dialog.form.errors["score"].isHidden()
    assert services.clinical.edss.all() == []
    put_away(dialog)


# --- MRI ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "⚠ Enter a whole number, for example 0 or 2."),
        ("2.5", "⚠ Enter a whole number, for example 0 or 2."),
        ("-1", "⚠ A count is 0 or more."),
    ],
)
def test_a_lesion_count_that_is_not_a_count_is_refused(
    qtbot: QtBot, services: JournalServices, typed: str, message: str
) -> None:
    dialog = MriDialog(services.clinical.mris, TODAY)
    show_active(qtbot, dialog)
    type_text(qtbot, "2 Nov 2026")
    tab(qtbot)
    type_text(qtbot, "1")
    tab(qtbot)
    assert focused() is dialog.enhancing
    type_text(qtbot, typed)
    tab(qtbot)
    type_text(qtbot, "Stable apart from one lesion")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.details is None
    assert dialog.form.errors["enhancing"].text() == message
    assert dialog.form.errors["new_t2"].isHidden()
    assert dialog.enhancing.text() == typed
    assert dialog.report.toPlainText() == "Stable apart from one lesion"
    assert services.clinical.mris.all() == []

    dialog.enhancing.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)  # empty: the report does not say
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.details == MriDetails(date(2026, 11, 2), 1, None, "Stable apart from one lesion")


def test_with_two_counts_wrong_the_focus_goes_to_the_first(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = MriDialog(services.clinical.mris, TODAY)
    show_active(qtbot, dialog)
    tab(qtbot)
    type_text(qtbot, "abc")
    tab(qtbot)
    type_text(qtbot, "-1")
    save(qtbot, dialog)
    assert dialog.form.errors["new_t2"].text() == "⚠ Enter a whole number, for example 0 or 2."
    assert dialog.form.errors["enhancing"].text() == "⚠ A count is 0 or more."
    assert focused() is dialog.new_t2
    assert services.clinical.mris.all() == []
    put_away(dialog)


def test_edit_an_mri_with_f2(qtbot: QtBot, services: JournalServices) -> None:
    old = services.clinical.mris.add(MriDetails(date(2026, 5, 12), 0, 0, "Stable."))
    services.clinical.mris.add(MriDetails(date(2026, 11, 2), None, None, "Not read yet"))
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.mris)
    assert cells(page.mris) == [
        ["Mon 2 Nov 2026", "not reported", "not reported", "Not read yet"],
        ["Tue 12 May 2026", "0", "0", "Stable."],
    ]
    changed: list[Change] = []
    services.changes.subscribe(changed.append)

    def change(dialog: MriDialog) -> None:
        assert dialog.new_t2.text() == "0"
        tab(qtbot)
        assert focused() is dialog.new_t2
        replace_text(qtbot, "2")
        tab(qtbot, 2)
        replace_text(qtbot, "Two new T2 lesions.")
        save(qtbot, dialog)

    page.mris.table.setFocus()
    page.mris.table.selectRow(1)
    on_next_dialog(change)
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_F2)

    details = {r.id: r.details for r in services.clinical.mris.all()}
    assert details[old.id] == MriDetails(date(2026, 5, 12), 2, 0, "Two new T2 lesions.")
    assert cells(page.mris)[1] == ["Tue 12 May 2026", "2", "0", "Two new T2 lesions."]
    assert page.mris.table.current().id == old.id
    assert said.args == ["Saved the MRI of Tue 12 May 2026."]
    assert changed == [Change.CLINICAL]


# --- medications ----------------------------------------------------------------------------


def test_a_medication_stopped_before_it_started_is_refused(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = MedicationDialog(services.clinical.medications, TODAY)
    show_active(qtbot, dialog)
    assert focused() is dialog.name
    type_text(qtbot, "Valaciclovir")
    tab(qtbot)
    type_text(qtbot, "500 mg")
    tab(qtbot)
    type_text(qtbot, "twice a day")
    tab(qtbot)
    type_text(qtbot, "1 Jun 2026")
    tab(qtbot)
    type_text(qtbot, "1 May 2026")
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.form.errors["stopped"].text() == "⚠ The end is before the start."
    assert dialog.form.errors["started"].isHidden()
    assert (dialog.name.text(), dialog.dose.text()) == ("Valaciclovir", "500 mg")
    assert (dialog.started.text(), dialog.stopped.text()) == ("1 Jun 2026", "1 May 2026")
    assert services.clinical.medications.all() == []
    put_away(dialog)


def test_a_medication_needs_a_name(qtbot: QtBot, services: JournalServices) -> None:
    dialog = MedicationDialog(services.clinical.medications, TODAY)
    show_active(qtbot, dialog)
    save(qtbot, dialog)
    assert dialog.form.errors["name"].text() == "⚠ This is required."
    assert dialog.details is None
    put_away(dialog)


def test_delete_a_medication_then_undo_brings_it_back(
    qtbot: QtBot, services: JournalServices
) -> None:
    aciclovir = services.clinical.medications.add(ACICLOVIR)
    services.clinical.medications.add(COTRIM)
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.medications)
    names = [row[0] for row in cells(page.medications)]
    assert names == ["Co-trimoxazole", "Aciclovir"]  # same start: the later entry first
    assert cells(page.medications)[0][3:] == ["Mon 1 Jun 2026", "Tue 1 Sep 2026"]
    assert cells(page.medications)[1][3:] == ["Mon 1 Jun 2026", "ongoing"]
    changed: list[Change] = []
    services.changes.subscribe(changed.append)

    page.medications.table.setFocus()
    page.medications.table.selectRow(1)
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_Delete)
    assert said.args == ["Deleted Aciclovir. Press Undo or Ctrl+Z to bring it back."]
    assert [r.details for r in services.clinical.medications.all()] == [COTRIM]
    assert [row[0] for row in cells(page.medications)] == ["Co-trimoxazole"]
    undo = page.medications.undo_bar
    assert undo.isVisible()
    assert undo.message.text() == "Deleted Aciclovir."

    with qtbot.waitSignal(page.status) as said:
        click(qtbot, undo.button)
    assert said.args == ["Brought back Aciclovir."]
    assert aciclovir in services.clinical.medications.all()  # the same id and details
    assert [row[0] for row in cells(page.medications)] == ["Co-trimoxazole", "Aciclovir"]
    assert not undo.isVisible()
    assert changed == [Change.CLINICAL, Change.CLINICAL]  # deleted, brought back


def test_ctrl_z_undoes_a_deletion_on_the_tab(qtbot: QtBot, services: JournalServices) -> None:
    services.clinical.edss.add(EdssDetails(date(2026, 8, 1), 3.5))
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.edss)
    page.edss.table.setFocus()
    page.edss.table.selectRow(0)
    click(qtbot, page.edss.delete_button)
    assert cells(page.edss) == []
    page.edss.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells(page.edss) == [["Sat 1 Aug 2026", "3.5", ""]]
    assert len(services.clinical.edss.all()) == 1


# --- the discharge packet -------------------------------------------------------------------


def test_the_discharge_packet_is_saved_with_ctrl_s_and_shown_again(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.discharge)
    packet = page.discharge
    packet.instructions.setFocus()
    type_text(qtbot, "Temperature twice a day.")
    tab(qtbot)
    type_text(qtbot, "No crowds for 3 months.")
    tab(qtbot)
    type_text(qtbot, "Clinic line +52 664 555 0199")
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = DischargeDetails(
        "Temperature twice a day.", "No crowds for 3 months.", "Clinic line +52 664 555 0199"
    )
    assert said.args == ["Discharge packet saved."]
    assert services.clinical.discharge() == saved

    services.clinical.save_discharge(DischargeDetails("Changed elsewhere", "", ""))
    page.refresh()
    assert packet.instructions.toPlainText() == "Changed elsewhere"
    assert packet.who_to_call.toPlainText() == ""

    again = show_page(qtbot, services)  # a page built anew reads what is stored
    assert again.discharge.instructions.toPlainText() == "Changed elsewhere"


def test_a_refresh_keeps_discharge_text_not_saved_yet(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.discharge)
    page.discharge.restrictions.setFocus()
    type_text(qtbot, "No gardening")
    page.refresh()  # another page changed the journal
    assert page.discharge.restrictions.toPlainText() == "No gardening"
    assert services.clinical.discharge() == DischargeDetails()
    click(qtbot, page.discharge.save_button)
    assert services.clinical.discharge() == DischargeDetails("", "No gardening", "")


def test_a_discharge_text_too_long_is_refused_beside_its_field(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = show_page(qtbot, services)
    page.tabs.setCurrentWidget(page.discharge)
    page.discharge.who_to_call.setPlainText("x" * 100_000)
    click(qtbot, page.discharge.save_button)
    assert page.discharge.form.errors["who_to_call"].text().startswith("⚠ Keep this under")
    assert services.clinical.discharge() == DischargeDetails()


# --- accessibility --------------------------------------------------------------------------


def test_every_control_on_every_tab_and_dialog_is_named(
    qtbot: QtBot, services: JournalServices
) -> None:
    services.clinical.relapses.add(RelapseDetails(date(2026, 3, 3)))
    services.clinical.mris.add(MriDetails(date(2026, 5, 12), 0, 0))
    services.clinical.edss.add(EdssDetails(date(2026, 8, 1), 3.5))
    services.clinical.medications.add(ACICLOVIR)
    page = show_page(qtbot, services)
    assert page.accessibleName() == "Clinical events"
    tabs = [page.tabs.tabText(n).replace("&", "") for n in range(page.tabs.count())]
    assert tabs == [
        "Relapses",
        "MRI results",
        "EDSS reports",
        "Medications",
        "Discharge packet",
    ]
    for tab_ in page.record_tabs():
        page.tabs.setCurrentWidget(tab_)
        tab_.table.selectRow(0)
        click(qtbot, tab_.delete_button)  # the undo bar shows, with its button
        assert tab_.undo_bar.isVisible()
        assert unnamed_focusable(page) == [], tab_.kind.name
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert len(buttons) == 4
        assert all(b.height() >= 32 for b in buttons)
    page.tabs.setCurrentWidget(page.discharge)
    assert unnamed_focusable(page) == []
    assert page.discharge.save_button.height() >= 32

    records = services.clinical
    for dialog in (
        RelapseDialog(records.relapses, TODAY, RelapseDetails(date(2026, 3, 3))),
        MriDialog(records.mris, TODAY),
        EdssDialog(records.edss, TODAY),
        MedicationDialog(records.medications, TODAY, ACICLOVIR),
    ):
        show_active(qtbot, dialog)
        assert unnamed_focusable(dialog) == [], type(dialog).__name__
        put_away(dialog)


def test_the_table_models_keep_qts_contract(
    qtbot: QtBot, qtmodeltester: object, services: JournalServices
) -> None:
    services.clinical.relapses.add(RelapseDetails(date(2026, 3, 3), None, "Vision"))
    services.clinical.medications.add(ACICLOVIR)
    page = show_page(qtbot, services)
    for tab_ in (page.relapses, page.medications):
        qtmodeltester.check(tab_.table.rows_model)  # type: ignore[attr-defined]
        qtmodeltester.check(tab_.table.proxy)  # type: ignore[attr-defined]
    page.refresh()  # a reset while the tester watches
