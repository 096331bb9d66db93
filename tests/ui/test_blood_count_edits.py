"""Blood counts and transfusions changed and deleted in the counts window as a person would:
Enter or F2 on a row opens it, Delete removes it with Undo (Ctrl+Z) bringing it back, and a
transfusion is recorded from its own button (issue 18)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.blood_counts import CountDetails
from tests.ui.helpers import HOME_ZONE, NOW
from tests.ui.keys import back_to, focused, on_next_dialog, press, replace_text, show_active, tab
from ui.side_effects.blood_counts import BloodCountsPanel, CountDialog, TransfusionDialog

YESTERDAY = NOW - timedelta(days=1)


def _panel(qtbot: QtBot, services: JournalServices) -> BloodCountsPanel:
    panel = BloodCountsPanel(services)
    show_active(qtbot, panel)
    panel.table.setFocus()
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the newest row
    return panel


def _shown(panel: BloodCountsPanel) -> list[tuple[str, str]]:
    return [
        (panel.model.item(row, 2).text(), panel.model.item(row, 3).text())
        for row in range(panel.model.rowCount())
    ]


def _count(services: JournalServices, value: float, at: datetime = YESTERDAY) -> None:
    services.blood_counts.add(
        CountDetails("neutrophils", value, "e9_per_l", at, HOME_ZONE, source="clinic lab")
    )


def test_enter_on_a_count_changes_it_in_place(qtbot: QtBot, services: JournalServices) -> None:
    _count(services, 0.3)
    (before,) = services.blood_counts.counts()
    panel = _panel(qtbot, services)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, CountDialog)
        assert dialog.windowTitle() == "Change a blood count"
        assert dialog.value.text() == "0.3"
        assert dialog.source.text() == "clinic lab"
        tab(qtbot)  # from the count to the value
        replace_text(qtbot, "0.8")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(change)
    press(qtbot, Qt.Key.Key_Return)
    assert seen
    (after,) = services.blood_counts.counts()
    assert (after.id, after.value, after.at, after.source) == (
        before.id,
        0.8,
        YESTERDAY,
        "clinic lab",
    )
    assert _shown(panel) == [("Neutrophils (ANC)", "0.8 ×10⁹/L")]


def test_a_change_refused_keeps_the_stored_count(qtbot: QtBot, services: JournalServices) -> None:
    _count(services, 0.3)
    panel = _panel(qtbot, services)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, CountDialog)
        tab(qtbot)
        replace_text(qtbot, "1500")  # possible only per µL: questioned, not guessed
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "did you mean 1500/µL" in dialog.form.errors["value"].text()
        dialog.done(0)

    on_next_dialog(change)
    press(qtbot, Qt.Key.Key_F2)
    assert [c.value for c in services.blood_counts.counts()] == [0.3]
    assert _shown(panel) == [("Neutrophils (ANC)", "0.3 ×10⁹/L")]


def test_delete_then_ctrl_z_brings_the_count_back(qtbot: QtBot, services: JournalServices) -> None:
    _count(services, 0.3, YESTERDAY - timedelta(days=1))
    _count(services, 0.6)
    kept, deleted = sorted(services.blood_counts.counts(), key=lambda c: c.at)
    panel = _panel(qtbot, services)  # on the newest: 0.6
    press(qtbot, Qt.Key.Key_Delete)
    assert [c.id for c in services.blood_counts.counts()] == [kept.id]
    assert _shown(panel) == [("Neutrophils (ANC)", "0.3 ×10⁹/L")]
    assert panel.undo_bar.isVisible()
    assert panel.undo_bar.message.text().startswith("Deleted Neutrophils (ANC) 0.6 ×10⁹/L (")

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(c.id for c in services.blood_counts.counts()) == sorted([kept.id, deleted.id])
    assert _shown(panel) == [
        ("Neutrophils (ANC)", "0.6 ×10⁹/L"),
        ("Neutrophils (ANC)", "0.3 ×10⁹/L"),
    ]
    assert not panel.undo_bar.isVisible()


def test_a_transfusion_is_recorded_shown_and_stops_platelet_engraftment(
    qtbot: QtBot, services: JournalServices
) -> None:
    # A low of 15, then three days at 25 ×10⁹/L up to this morning: engrafted, unless a
    # platelet transfusion falls inside the run (or the seven days before it).
    for days, value in ((5, 15), (2, 25), (1, 25), (0, 25)):
        at = NOW - timedelta(days=days, hours=1)
        services.blood_counts.add(CountDetails("platelets", value, "e9_per_l", at, HOME_ZONE))
    panel = _panel(qtbot, services)
    assert "Platelets engrafted on" in panel.state.text()

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, TransfusionDialog)
        assert focused() is dialog.product
        assert dialog.product.currentText() == "Platelet transfusion"
        dialog.notes.setFocus()
        qtbot.keyClicks(dialog.notes, "One unit.")
        tab(qtbot)  # out of the notes, where Enter starts a new line
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(record)
    qtbot.mouseClick(panel.transfusion_button, Qt.MouseButton.LeftButton)
    assert seen
    (stored,) = services.blood_counts.transfusions()
    assert (stored.product, stored.at, stored.notes) == ("platelets", NOW, "One unit.")
    assert _shown(panel)[0] == ("Platelet transfusion", "")
    assert panel.model.item(0, 4).text() == "One unit."
    assert "Platelets engrafted on" not in panel.state.text()


def test_a_transfusion_is_changed_deleted_and_brought_back(
    qtbot: QtBot, services: JournalServices
) -> None:
    first = services.blood_counts.add_transfusion("platelets", YESTERDAY, HOME_ZONE, "companion")
    panel = _panel(qtbot, services)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, TransfusionDialog)
        assert focused() is dialog.product
        assert dialog.windowTitle() == "Change a transfusion"
        assert dialog.recorded_by.currentData() == "companion"
        press(qtbot, Qt.Key.Key_Down)  # platelets → red cells
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(change)
    press(qtbot, Qt.Key.Key_F2)
    (changed,) = services.blood_counts.transfusions()
    assert (changed.id, changed.product, changed.at, changed.recorded_by) == (
        first.id,
        "red_cells",
        YESTERDAY,
        "companion",
    )
    assert _shown(panel) == [("Red-cell transfusion", "")]

    back_to(qtbot, panel)  # the dialog closed: the keyboard is back in the table
    panel.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert services.blood_counts.transfusions() == []
    assert panel.model.rowCount() == 0
    assert panel.undo_bar.message.text().startswith("Deleted Red-cell transfusion (")
    qtbot.mouseClick(panel.undo_bar.button, Qt.MouseButton.LeftButton)
    assert services.blood_counts.transfusions() == [changed]
    assert _shown(panel) == [("Red-cell transfusion", "")]
