"""Enter saves a form from any field, whatever had the focus before (issue 21, part 12).

Found with a screen-reader client: after one Tab round past Cancel, Cancel stayed the default
button, and Enter in a field closed the quick log or the rating form without saving what was
typed. Each dialog is driven round by Tab, back into a field, then Enter; what is stored says
whether Enter saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.keys import focused, press, put_away, show_active, tab, type_text
from ui.aftercare.rating_dialog import RatingDialog
from ui.side_effects.quick_log import QuickLogDialog


def round_past_cancel_to(qtbot: QtBot, dialog: QDialog, field: QWidget) -> None:
    """Tab through every control, past Cancel, until ``field`` has the focus again."""
    cancel = next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel"
    )
    seen_cancel = False
    for _ in range(60):
        tab(qtbot)
        seen_cancel = seen_cancel or focused() is cancel
        if seen_cancel and focused() is field:
            return
    raise AssertionError("Tab never went past Cancel and back to the field")


def test_enter_in_the_quick_log_saves_after_a_tab_round(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    dialog.symptom.setText("Headache")
    dialog.severity.setFocus()
    type_text(qtbot, "4")
    round_past_cancel_to(qtbot, dialog, dialog.severity)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (entry,) = services.side_effects.entries()
    assert (entry.details.symptom, entry.details.severity) == ("Headache", 4)


def test_enter_in_the_rating_form_saves_after_a_tab_round(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    first = next(iter(dialog.values.values()))
    assert isinstance(first, QLineEdit)
    first.setFocus()
    type_text(qtbot, "6")
    round_past_cancel_to(qtbot, dialog, first)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (rating,) = services.ratings.ratings()
    assert 6 in [value for _, value in rating.details.values]


def test_save_stays_the_default_button_of_every_form_dialog(
    qtbot: QtBot, services: JournalServices
) -> None:
    for dialog in (QuickLogDialog(services), RatingDialog(services)):
        show_active(qtbot, dialog)
        for _ in range(40):
            tab(qtbot)
            defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
            assert defaults == [dialog.save_button], [b.text() for b in defaults]
        put_away(dialog)
