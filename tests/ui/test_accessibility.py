"""Every focusable widget on every page and dialog has a name a screen reader can say, in every
theme and in English and Spanish; fields whose meaning is not obvious are described; the main
buttons are large targets (at least 32 px)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import HOME_ZONE, NOW, unnamed_focusable
from tests.ui.keys import press, show_active, tab, type_text
from ui.shell.main_window import MainWindow, about_box
from ui.shell.onboarding import OnboardingWizard
from ui.today.page import TodayPage
from ui.widgets.themes import Appearance

THEMES = ["light", "dark", "high_contrast"]
LARGE = 32  # px: the least height of a main action's button (issue 8)


def in_language(language: str, english: str, spanish: str) -> str:
    return spanish if language == "es" else english


def small_buttons(root: QWidget) -> list[str]:
    """The visible push buttons under ``root`` less than LARGE px high."""
    return [
        f"{button.text()} ({button.height()} px)"
        for button in root.findChildren(QPushButton)
        if button.isVisible() and button.height() < LARGE
    ]


def walk_tabs(root: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget under ``root`` in turn; yields what is shown."""
    yield ""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def raise_a_red_flag(services: JournalServices) -> None:
    """A fever during the isolation: the banner shows above every page."""
    services.side_effects.log(
        EntryDetails(
            symptom="Fever",
            severity=5,
            at=NOW,
            zone=HOME_ZONE,
            recorded_by="patient",
            celsius=39.2,
            notes="",
        )
    )


@pytest.mark.parametrize("theme", THEMES)
def test_every_page_of_the_main_window_is_named(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    theme: str,
    language: str,
) -> None:
    appearance.apply(Settings(theme=theme, text_size=200))
    raise_a_red_flag(demo_services)
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(demo_services)
    assert window.sidebar.item(0).text() == in_language(language, "Today", "Hoy")
    assert window.banner is not None
    assert window.banner.isVisible()
    checked = 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda r=row: window.pages.currentIndex() == r)
        for shown in walk_tabs(window.pages.currentWidget()):
            where = f"{window.sidebar.item(row).text()} {shown}"
            assert unnamed_focusable(window) == [], where
            assert small_buttons(window) == [], where
        checked += 1
    assert checked == window.sidebar.count() == 12  # Today, Month … Settings, Help

    window.sidebar.setCurrentRow(0)
    today = window.page(0)
    assert isinstance(today, TodayPage)
    today.open_profile_editor()
    assert today.profile_form is not None
    assert today.profile_form.isVisible()
    assert unnamed_focusable(window) == [], "Today, editing the profile"


@pytest.mark.parametrize("theme", THEMES)
def test_every_onboarding_page_is_named(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, theme: str, language: str
) -> None:
    appearance.apply(Settings(theme=theme))
    wizard = OnboardingWizard(services)
    show_active(qtbot, wizard)
    try:
        for page_id in wizard.pageIds():
            while wizard.currentId() != page_id:
                wizard.next()  # the wizard refuses empty pages, so jump straight there
                if wizard.currentId() != page_id:
                    wizard.setStartId(page_id)
                    wizard.restart()
            assert unnamed_focusable(wizard) == [], wizard.currentPage().title()
            assert small_buttons(wizard) == [], wizard.currentPage().title()
    finally:
        # Gone now, not at the next event loop: a QWizard left for later crashes in Qt
        # when the next test's Appearance sets the Fusion style again, then the font.
        wizard.close()
        shiboken6.delete(wizard)


def test_about_box_is_named_and_says_not_a_medical_device(qtbot: QtBot) -> None:
    box = about_box()
    show_active(qtbot, box)
    assert unnamed_focusable(box) == []
    assert "not a medical device" in box.text()
    assert "no network connections" in box.text()


def test_about_box_is_named_in_spanish(qtbot: QtBot, language: str) -> None:
    box = about_box()
    show_active(qtbot, box)
    assert unnamed_focusable(box) == []
    assert small_buttons(box) == []
    assert in_language(language, "not a medical device", "no es un dispositivo médico") in (
        box.text()
    )


def _dialogs(services: JournalServices) -> dict[str, Callable[[], QWidget]]:
    """Every dialog of Journey's own, and Qt's that Journey shows, as it opens."""
    from ui.aftercare.clinical_dialogs import EdssDialog, MedicationDialog, MriDialog, RelapseDialog
    from ui.aftercare.prophylaxis_dialog import ProphylaxisDialog
    from ui.aftercare.rating_dialog import RatingDialog
    from ui.aftercare.scales_dialog import ScaleDialog, ScalesDialog
    from ui.side_effects.blood_counts import (
        BloodCountsWindow,
        CountDialog,
        RecoveredDialog,
        TransfusionDialog,
    )
    from ui.side_effects.entry_dialog import EntryDialog
    from ui.side_effects.quick_log import QuickLogDialog
    from ui.today.watch_panel import StartWindowDialog
    from ui.trip.expense_dialog import ExpenseDialog
    from ui.trip.item_dialog import ItemDialog, ProtocolDialog
    from ui.trip.people import ContactDialog
    from ui.trip.shift_dialog import ShiftDialog
    from ui.widgets.passphrase import PassphraseDialog, RecoveryKeyDialog, UnlockDialog

    today = services.clock.today()
    zone = "America/Tijuana"
    entry = services.side_effects.entries()[0]
    count = services.blood_counts.counts()[0]
    transfusion = services.blood_counts.transfusions()[0]
    offer = services.clinical.doses.offer()
    assert offer is not None  # the demo is an HSCT: its source's prophylaxis is offered
    rating = services.ratings.ratings()[-1]
    scale = next(s for s in services.ratings.scales() if not s.built_in)

    def input_dialog() -> QWidget:  # as QInputDialog.getInt and getText show themselves
        dialog = QInputDialog()
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setLabelText("Hours:")
        return dialog

    def question() -> QWidget:  # as QMessageBox.question shows itself
        return QMessageBox(
            QMessageBox.Icon.Question,
            "Journey",
            "Merge?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )

    return {
        "quick log": lambda: QuickLogDialog(services),
        "rating": lambda: RatingDialog(services),
        "rating, edited": lambda: RatingDialog(services, rating=rating),
        "itinerary item": lambda: ItemDialog(services.itinerary.check, zone, today),
        "shift": lambda: ShiftDialog("Flight", lambda _delta: [], lambda _delta, _ids: []),
        "protocol": lambda: ProtocolDialog(services.itinerary.protocols(), today, zone),
        "watch window": lambda: StartWindowDialog(services),
        "scales": lambda: ScalesDialog(services),
        "scale, new": lambda: ScaleDialog(services),
        "scale, edited": lambda: ScaleDialog(services, scale),
        "cost": lambda: ExpenseDialog(services.expenses),
        "side effect": lambda: EntryDialog(services.side_effects.check, entry.details, "C"),
        "person": lambda: ContactDialog(services.contacts),
        "relapse": lambda: RelapseDialog(services.clinical.relapses, today),
        "MRI": lambda: MriDialog(services.clinical.mris, today),
        "EDSS": lambda: EdssDialog(services.clinical.edss, today),
        "medication": lambda: MedicationDialog(services.clinical.medications, today),
        "prophylaxis": lambda: ProphylaxisDialog(services, offer),
        "blood counts": lambda: BloodCountsWindow(services),
        "blood count": lambda: CountDialog(services),
        "blood count, edited": lambda: CountDialog(services, entry=count),
        "transfusion": lambda: TransfusionDialog(services),
        "transfusion, edited": lambda: TransfusionDialog(services, record=transfusion),
        "counts recovered": lambda: RecoveredDialog(services),
        "input": input_dialog,
        "question": question,
        "progress": lambda: QProgressDialog("Making the report…", "Cancel", 0, 0),
        "about": about_box,
        # An encrypted journal's (ui.widgets.passphrase): the unlock dialog reads only the
        # claim's folder.
        "unlock": lambda: UnlockDialog(
            SimpleNamespace(folder=Path.home() / "Journey", keys_lost=False)
        ),  # type: ignore[arg-type]
        "new passphrase": lambda: PassphraseDialog(
            "Encrypt the journal", intro="Choose a passphrase.", check_current=lambda _: True
        ),
        "recovery key": lambda: RecoveryKeyDialog("ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-ABCDE"),
    }


@pytest.mark.parametrize("theme", THEMES)
def test_every_dialog_is_named(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    theme: str,
    language: str,
) -> None:
    appearance.apply(Settings(theme=theme, text_size=200))
    problems = {}
    for name, make in _dialogs(demo_services).items():
        dialog = make()
        show_active(qtbot, dialog)
        found = unnamed_focusable(dialog) + small_buttons(dialog)
        if found:
            problems[name] = found
        dialog.close()  # pytest-qt deletes it after the test
    assert problems == {}


def test_at_200_percent_every_dialog_fits_a_1280_by_800_screen_and_reads_without_sideways_scrolling(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, language: str
) -> None:
    appearance.apply(Settings(theme="high_contrast", text_size=200))
    problems = {}
    for name, make in _dialogs(demo_services).items():
        dialog = make()
        show_active(qtbot, dialog)
        QApplication.processEvents()
        found = [
            f"{area.accessibleName() or type(area).__name__} scrolls sideways"
            for area in dialog.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0
        ]
        if dialog.width() > 1280 or dialog.height() > 800:
            found.append(f"{dialog.width()}×{dialog.height()} px")
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}


def test_fields_whose_meaning_is_not_obvious_are_described(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    """Each rating scale says what its two ends mean; the quick log says what Enter does; a
    problem's words stand in for a field's description while it stands, then the hint is back."""
    from ui.aftercare.rating_dialog import RatingDialog
    from ui.side_effects.quick_log import QuickLogDialog

    rating = RatingDialog(demo_services)
    show_active(qtbot, rating)
    for scale_id, field in rating.values.items():
        scale = rating.scales[scale_id]
        assert field.accessibleDescription(), scale.details.name
    energy = next(iter(rating.values.values()))
    assert "0" in energy.accessibleDescription()
    assert "10" in energy.accessibleDescription()
    rating.close()

    log = QuickLogDialog(demo_services)
    show_active(qtbot, log)
    assert log.symptom.accessibleDescription() == (
        "Type a few letters; Enter takes the first suggestion and moves on."
    )
    assert log.severity.accessibleDescription() == "A number from 0 to 10; Enter saves."
    hint = log.notes.accessibleDescription()
    assert hint == "Enter saves; Shift+Enter starts a new line."
    # A temperature that is not a number and no severity: two problems, the form stays.
    type_text(qtbot, "head")
    press(qtbot, Qt.Key.Key_Return)
    tab(qtbot)  # past the severity, left empty, to the temperature
    type_text(qtbot, "hot")
    tab(qtbot)  # the notes
    press(qtbot, Qt.Key.Key_Return)
    assert log.isVisible()
    notes_error = log.form.errors["notes"]
    assert not notes_error.isVisible()
    assert log.notes.accessibleDescription() == hint
    temperature = log.form.errors["temperature"]
    assert temperature.isVisible()
    assert temperature.text().startswith("⚠ ")  # a sign and words, not colour alone
    log.close()


def test_each_chart_sits_beside_its_table_and_says_what_it_shows(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    """A chart is an image to a screen reader: beside it, a table of the same numbers, and a
    sentence, which the chart and the table both carry as their description."""
    from ui.aftercare.page import AftercarePage
    from ui.side_effects.page import SideEffectsPage

    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(demo_services)

    window.sidebar.setCurrentRow(4)  # Aftercare
    aftercare = window.pages.currentWidget()
    assert isinstance(aftercare, AftercarePage)
    for index in range(aftercare.scale_box.count()):
        aftercare.scale_box.setCurrentIndex(index)
        scale = aftercare.scale_box.currentText()
        sentence = aftercare.summary.text()
        assert sentence, scale
        assert aftercare.chart.accessibleName() == f"Chart of {scale}"
        assert aftercare.chart.accessibleDescription() == sentence
        assert aftercare.table.accessibleDescription() == sentence
        axes = aftercare.chart.axes()
        assert axes is not None
        (ratings,) = [line for line in axes.lines if line.get_gid() == "ratings"]
        assert len(ratings.get_xydata()) == aftercare.rows.rowCount(), scale

    window.sidebar.setCurrentRow(3)  # Side effects
    side_effects = window.pages.currentWidget()
    assert isinstance(side_effects, SideEffectsPage)
    box = side_effects.window_filter
    box.setCurrentIndex(box.findText("Reinfusion", Qt.MatchFlag.MatchStartsWith))
    panel = side_effects.panel
    assert panel.isVisible()
    sentence = panel.summary.text()
    assert sentence.startswith("Highest ")
    assert panel.chart.accessibleDescription() == sentence
    assert panel.readings.accessibleDescription() == sentence
    axes = panel.chart.axes()
    assert axes is not None
    readings = axes.lines[0]  # the temperatures, then the fevers again, then the thresholds
    assert len(readings.get_xydata()) == panel.readings.rows_model.rowCount() > 0
