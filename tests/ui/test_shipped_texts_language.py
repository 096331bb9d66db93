"""A journal set up in one language shows its protocol steps in the interface's language after
a switch (issue 19, part 9): "Reinfusion of your stem cells" reads "Reinfusión de sus células
madre" in Spanish, while a title the user typed stays exactly as typed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.services import JournalServices
from tests.ui.helpers import NOW
from tests.ui.keys import on_next_dialog, press, replace_text, show_active
from ui.trip.item_dialog import ItemDialog
from ui.trip.itinerary_print import itinerary_html
from ui.trip.timeline import TimelinePage
from ui.trip.trip_files import calendar_wording
from ui.words.data import protocol_template

REINFUSION = "Reinfusion of your stem cells"
REINFUSION_ES = "Reinfusión de sus células madre"
ISOLATION_NOTE_ES = "El día +8 es solo la mediana"


@contextmanager
def interface_in(language: str) -> Iterator[None]:
    """The interface switched to ``language`` (as Settings does; the window is built again),
    then English and C's formats again for the next test."""
    from ui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, language)
    try:
        yield
    finally:
        i18n.install(app, "en")
        QLocale.setDefault(QLocale.c())


def set_up_in_english(services: JournalServices) -> None:
    arrival = date(2027, 3, 1)
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=arrival,
            arrival_time=time(14, 0),
            destination_zone="America/Tijuana",
            treatment_start=arrival + timedelta(days=3),
            home_zone="America/Toronto",
        ),
        None,
        protocol_template,  # as the wizard does, with the English interface
    )


def agenda_texts(page: TimelinePage) -> str:
    model = page.agenda_model
    texts = []
    for row in range(model.rowCount()):
        day = model.index(row, 0)
        texts += [model.index(r, 1, day).data() or "" for r in range(model.rowCount(day))]
    return "\n".join(texts)


def open_timeline(qtbot: QtBot, services: JournalServices) -> TimelinePage:
    page = TimelinePage(services)
    show_active(qtbot, page)
    return page


def reinfusion_id(services: JournalServices) -> int:
    return next(i.id for i in services.itinerary.items() if i.details.kind == "reinfusion")


def test_steps_set_up_in_english_read_in_spanish_after_the_switch(
    qtbot: QtBot, services: JournalServices
) -> None:
    set_up_in_english(services)
    page = open_timeline(qtbot, services)
    assert REINFUSION in agenda_texts(page)
    page.close()

    with interface_in("es"):
        page = open_timeline(qtbot, services)
        shown = agenda_texts(page)
        assert REINFUSION_ES in shown
        assert REINFUSION not in shown
        page.select_item(
            next(i.id for i in services.itinerary.items() if i.details.kind == "isolation")
        )
        tooltip = page.agenda.currentIndex().siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith(ISOLATION_NOTE_ES)

        # Opened and saved with its title as shown: it goes on following the language.
        page.select_item(reinfusion_id(services))
        seen: list[str] = []

        def save_as_is(dialog: QWidget) -> None:
            assert isinstance(dialog, ItemDialog)
            seen.append(dialog.form.title.text())
            dialog.form.status.setFocus()
            press(qtbot, Qt.Key.Key_Down)  # planned → done
            press(qtbot, Qt.Key.Key_Return)

        on_next_dialog(save_as_is)
        page.agenda.setFocus()
        press(qtbot, Qt.Key.Key_Return)  # Enter on the selected row edits it
        assert seen == [REINFUSION_ES]
        saved = services.itinerary.get(reinfusion_id(services)).details
        assert (saved.status, saved.title, saved.text_key) == ("done", REINFUSION, REINFUSION)
        page.close()

    page = open_timeline(qtbot, services)
    assert REINFUSION in agenda_texts(page)  # back in English, the step's English words
    page.close()


def test_a_title_the_user_edited_stays_as_typed_in_every_language(
    qtbot: QtBot, services: JournalServices
) -> None:
    set_up_in_english(services)
    with interface_in("es"):
        page = open_timeline(qtbot, services)
        page.select_item(reinfusion_id(services))

        def rename(dialog: QWidget) -> None:
            assert isinstance(dialog, ItemDialog)
            dialog.form.title.setFocus()
            replace_text(qtbot, "Día 0 con la Dra. Ruiz")
            press(qtbot, Qt.Key.Key_Return)

        on_next_dialog(rename)
        page.agenda.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        shown = agenda_texts(page)
        assert "Día 0 con la Dra. Ruiz" in shown
        assert "Revisión de aptitud para volar" in shown  # a step left alone: in Spanish
        page.close()

    page = open_timeline(qtbot, services)
    shown = agenda_texts(page)
    assert "Día 0 con la Dra. Ruiz" in shown  # in English too: their words
    assert REINFUSION not in shown
    assert "Fit-to-fly check" in shown
    page.close()


def test_the_printed_itinerary_and_the_calendar_file_read_in_spanish(
    qtbot: QtBot, services: JournalServices, tmp_path: Path
) -> None:
    set_up_in_english(services)
    with interface_in("es"):
        items = services.itinerary.items()
        printed = itinerary_html("Ana López", None, items, None, [], "America/Toronto", NOW)
        path = tmp_path / "viaje.ics"
        services.calendar.export(path, wording=calendar_wording())
    assert escape(REINFUSION_ES) in printed
    assert REINFUSION not in printed
    calendar = path.read_text(encoding="utf-8")
    assert "SUMMARY:Reinfusión de sus células madre" in calendar.replace("\r\n ", "")
    assert f"SUMMARY:{REINFUSION}" not in calendar


def test_the_report_shows_shipped_steps_in_the_interfaces_language(
    services: JournalServices,
) -> None:
    from journey.report import gather
    from ui.report.document import _timeline

    set_up_in_english(services)
    data = gather(services, date(2027, 2, 1), date(2027, 4, 30))
    with interface_in("es"):
        timeline = _timeline(data)
    assert escape(REINFUSION_ES) in timeline
    assert escape(REINFUSION) not in timeline


def test_the_reports_fever_grades_name_the_watch_window_in_the_interfaces_language(
    demo_services: JournalServices,
) -> None:
    from journey.report import default_range, gather
    from ui.report.document import _summary_side_effects

    data = gather(demo_services, *default_range(demo_services))
    assert any(fever.title == REINFUSION for fever in data.summary.fevers)
    with interface_in("es"):
        summary = _summary_side_effects(data)
    assert escape(REINFUSION_ES) + " (desde" in summary
    assert escape(REINFUSION) not in summary
