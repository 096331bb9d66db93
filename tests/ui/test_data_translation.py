"""Spanish for the texts that come from the data files (symptoms, scales, red flags, protocols,
the follow-up plan, documents, clinic checks, prices, currencies): every one is in
resources/i18n/journey_data_es.ts with a finished translation, the .qm holds them, and with
the Spanish translator installed the pages show them in Spanish, while what is stored stays
as it was and what the user typed stays as typed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journey.aftercare import rating_field
from journey.changes import Change
from journey.dto import CourseData, ProfileData
from journey.journal import open_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, catalogue, symptom_key
from tests.ui.helpers import NOW, neutropenic_now, reinfusion_done
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
from ui.aftercare.page import AftercarePage
from ui.aftercare.rating_dialog import RatingDialog
from ui.i18n.maintenance import data_texts as data_strings
from ui.i18n.maintenance.data_texts import (
    DATA_TEXTS,
    QM_FILE,
    RESOURCES,
    TS_FILE,
    DataText,
    Translation,
    data_files,
    extract,
    missing,
    read_ts,
    render_ts,
    texts_at,
)
from ui.shell.app import attach_journal
from ui.shell.main_window import MainWindow
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.table import SideEffectModel
from ui.today.page import TodayPage
from ui.trip.costs import CostsPage
from ui.trip.documents import DocumentsPage
from ui.trip.item_dialog import ProtocolDialog
from ui.trip.timeline import TimelinePage
from ui.widgets.themes import Appearance
from ui.words.data import symptom_text, tr_data
from ui.words.money import CurrencyBox


@contextmanager
def spanish_texts() -> Iterator[None]:
    """The data texts' Spanish translator installed, as the app installs every *_es.qm."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), QM_FILE
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    with spanish_texts():
        yield


# --- the catalogue: every shown data text, translated -------------------------------------


def test_every_data_file_says_which_of_its_texts_are_shown() -> None:
    files = data_files()  # raises, naming any data file DATA_TEXTS does not list
    assert RESOURCES / "side_effects" / "red_flags.json" in files
    for pattern in DATA_TEXTS:
        assert any(path.relative_to(RESOURCES).match(pattern) for path in files), pattern
    # A path that finds nothing is a field renamed in the data file and lost to translation.
    for path, paths in files.items():
        data = json.loads(path.read_text(encoding="utf-8"))
        for field in paths:
            if field == "steps[].notes":
                continue  # optional: a protocol may have no step that needs a note
            assert texts_at(data, field), f"{path.relative_to(RESOURCES)}: {field} finds nothing"


def test_the_committed_spanish_ts_has_every_shown_data_text() -> None:
    texts = extract()
    assert len(texts) > 150
    known = read_ts()
    lacking = [t.source for t in texts if t.source not in known]
    assert not lacking, (
        "not in journey_data_es.ts (run python -m ui.i18n.maintenance.data_texts):\n"
        + "\n".join(lacking)
    )
    committed = TS_FILE.read_text(encoding="utf-8")
    assert render_ts(texts, known) == committed, (
        "journey_data_es.ts is behind the data files: run python -m ui.i18n.maintenance.data_texts"
    )


def test_every_shown_data_text_has_a_finished_spanish_translation() -> None:
    untranslated = missing(extract(), read_ts())
    assert not untranslated, "no finished Spanish translation:\n" + "\n".join(untranslated)


NUMBER = re.compile(r"\d+(?:\.\d+)?")
AUTHOR = re.compile(r"\b[A-Z][a-z]+ [A-Z]{1,2},? et al\b")  # "Sharrack B, et al", "Burt RK et al"
PLACEHOLDER = re.compile(r"\{\w+\}")


def test_translations_keep_their_placeholders_numbers_and_citations() -> None:
    """A threshold, a dose interval or a citation is never lost or changed in translation."""
    wrong = []
    for source, message in read_ts().items():
        spanish = message.translation
        for pattern in (PLACEHOLDER, NUMBER, AUTHOR):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(spanish)):
                wrong.append(f"{source!r} → {spanish!r}: {pattern.findall(source)}")
        if spanish.strip() != spanish or spanish == "":
            wrong.append(f"{source!r}: blank or padded translation")
    assert not wrong, "\n".join(wrong)


def test_the_committed_qm_gives_every_translation_of_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    known = read_ts()
    assert known
    # A vanished text (no longer in any data file) keeps its words in the .ts, not the .qm.
    wrong = [
        source
        for source, message in known.items()
        if translator.translate("data", source)
        != ("" if message.kind == "vanished" else message.translation)
    ]
    assert not wrong, (
        "journey_data_es.qm is stale (run python -m ui.i18n.maintenance.data_texts):\n"
        + "\n".join(wrong)
    )


def test_the_apps_spanish_translators_include_the_data_texts(qapp: QApplication) -> None:
    """What ui.i18n loads for Spanish (every *_es.qm shipped in resources.i18n) brings the
    data texts with it."""
    from ui.i18n import _journey_translators

    translators = _journey_translators(qapp, "es")
    assert any(t.filePath().endswith("journey_data_es.qm") for t in translators)
    for translator in translators:
        qapp.installTranslator(translator)
    try:
        assert tr_data("Shortness of breath") == "Falta de aire"
        assert symptom_text("Headache") == "Dolor de cabeza"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert tr_data("Shortness of breath") == "Shortness of breath"


def test_shipped_symptoms_and_currencies_stay_distinct_in_spanish(spanish: None) -> None:
    """A typed Spanish name must lead back to one shipped symptom, never to another one."""
    names = [name for _, name in catalogue()]
    spanish_keys = [symptom_key(tr_data(name)) for name in names]
    assert len(set(spanish_keys)) == len(names)
    english_keys = {symptom_key(name) for name in names}
    for name, key in zip(names, spanish_keys, strict=True):
        assert key == symptom_key(name) or key not in english_keys, name
    box = CurrencyBox()
    labels = [box.itemText(i) for i in range(box.count())]
    assert len({label.split(" — ", 1)[1].casefold() for label in labels}) == len(labels)
    box.deleteLater()


def test_updating_keeps_made_translations_and_keeps_a_gone_text_as_vanished(
    tmp_path: Path,
) -> None:
    ts = tmp_path / "data_es.ts"
    first = [DataText("Fever", "side_effects/symptoms.json: symptoms[].name")]
    ts.write_text(render_ts(first, {}), encoding="utf-8")
    assert missing(first, read_ts(ts)) == ["Fever"]  # new: unfinished
    made = {"Fever": Translation("Fever", "Fiebre", True)}
    ts.write_text(render_ts(first, made), encoding="utf-8")
    assert read_ts(ts)["Fever"] == Translation("Fever", "Fiebre", True)
    # The data file changes: the new text waits for a translator, the old one is not lost.
    second = [DataText("High fever", "side_effects/symptoms.json: symptoms[].name")]
    ts.write_text(render_ts(second, read_ts(ts)), encoding="utf-8")
    again = read_ts(ts)
    assert missing(second, again) == ["High fever"]
    assert again["Fever"].translation == "Fiebre"
    assert again["Fever"].kind == "vanished"
    assert not again["Fever"].finished


def test_the_check_command_fails_while_the_ts_is_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert data_strings.main(["--check"]) == 0
    stale = tmp_path / "journey_data_es.ts"
    text = TS_FILE.read_text(encoding="utf-8")
    stale.write_text(text.replace("<source>Chills</source>", "<source>Shivers</source>"))
    monkeypatch.setattr(data_strings, "TS_FILE", stale)
    assert data_strings.main(["--check"]) == 1
    assert "untranslated: Chills" in capsys.readouterr().out


# --- on screen, in Spanish ------------------------------------------------------------------


def open_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    return window


def test_a_fever_typed_in_spanish_is_the_catalogues_and_its_red_flag_reads_in_spanish(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, spanish: None
) -> None:
    neutropenic_now(demo_services)  # the demo engrafted on day +8: the strict rule needs it
    window = open_window(qtbot, demo_services, appearance)
    banner = window.banner
    assert banner is not None

    def log(dialog: QWidget) -> None:
        type_text(qtbot, "fieb")
        press(qtbot, Qt.Key.Key_Return)  # takes the suggestion
        assert dialog.symptom.text() == "Fiebre"  # type: ignore[attr-defined]
        assert focused() is dialog.severity  # type: ignore[attr-defined]
        type_text(qtbot, "5")
        tab(qtbot)
        type_text(qtbot, "38.6")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(log)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen
    back_to(qtbot, window)
    newest = demo_services.side_effects.entries(limit=1)[0]
    # Stored as the catalogue's fever (its red-flag rules apply), in its stored words.
    assert newest.symptom_key == "fever"
    assert newest.details.symptom == "Fever"
    assert newest.details.celsius == 38.6
    assert "Fiebre" not in demo_services.side_effects.symptoms()
    assert banner.isVisible()
    # One banner for the reading, both rules in Spanish, each with its source in Spanish (the
    # window's own words come from journey_es.qm, not installed here).
    message = banner.message.accessibleName()
    assert message.startswith(
        "Una temperatura de 38.0 °C o más durante la neutropenia: "
        "llame ahora mismo al equipo de trasplante. "
        "Una temperatura de 38.3 °C o más: llame a la línea de 24 horas de la clínica. "
    )
    assert "temperature" not in message
    assert banner.message.text().count("Source: ") == 2
    assert "neutropenia febril según la IDSA" in banner.message.toolTip()  # the whole source
    qtbot.mouseClick(banner.seen_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_side_effects_page_shows_shipped_symptoms_in_spanish_and_own_ones_as_typed(
    qtbot: QtBot, demo_services: JournalServices, spanish: None
) -> None:
    demo_services.side_effects.log(
        EntryDetails(symptom="Hiccups", severity=2, at=NOW - timedelta(minutes=5), zone="UTC")
    )
    page = SideEffectsPage(demo_services)
    page.resize(1200, 850)
    show_active(qtbot, page)
    model = page.model
    symptoms = [model.index(r, SideEffectModel.SYMPTOM).data() for r in range(model.rowCount())]
    assert symptoms[0] == "Hiccups"  # the user's own, as typed
    assert {"Náuseas", "Dolor de cabeza", "Escalofríos", "Fatiga", "Llagas en la boca"} <= set(
        symptoms
    )
    assert not {"Nausea", "Headache", "Chills", "Fatigue"} & set(symptoms)
    box = page.symptom
    listed = [box.itemText(i) for i in range(box.count())]
    assert "Falta de aire" in listed
    assert "Hiccups" in listed
    box.setCurrentIndex(box.findText("Escalofríos"))
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    shown = [model.index(r, SideEffectModel.SYMPTOM).data() for r in range(model.rowCount())]
    assert shown == ["Escalofríos", "⚑ Escalofríos (red flag seen)"]
    assert all(e.symptom_key == "chills" for e in model.entries())
    page.close()


def test_today_lists_the_expected_effects_in_spanish(
    qtbot: QtBot, services: JournalServices, spanish: None
) -> None:
    reinfusion_done(services, hours_ago=45)  # the demo's reinfusion window closed on day +2
    page = TodayPage(services)
    show_active(qtbot, page)
    text = page.watch.windows_text.text()
    assert "Los efectos que su equipo de trasplante le dijo que podía esperar" in text
    assert "cualquier temperatura de 38.0 °C o más es una señal de alarma" in text
    assert "The effects your transplant team told you to expect" not in text
    page.close()


def test_the_aftercare_page_and_the_rating_form_name_the_built_in_scales_in_spanish(
    qtbot: QtBot, demo_services: JournalServices, spanish: None
) -> None:
    page = AftercarePage(demo_services)
    page.resize(1200, 900)
    show_active(qtbot, page)
    names = [page.scale_box.itemText(i) for i in range(page.scale_box.count())]
    assert names[:3] == ["Energía", "Fatiga", "Claridad mental"]
    assert "Calidad de vida en general" in names
    assert "SDMT score (from my neurologist)" in names  # the user's own scale, as typed
    assert page.summary.text().startswith("Energía:")
    assert "Havrdova E, et al. Lancet Neurol." in page.neda_rule.text()
    assert "sin progresión confirmada de la EDSS" in page.neda_rule.text()
    page.close()

    energy = next(s for s in demo_services.ratings.scales() if s.key == "energy")
    dialog = RatingDialog(demo_services)
    try:
        hint = dialog.form.fields[rating_field(energy.id)].accessibleDescription()
        # The anchors in Spanish; the better end's mark ("▲ better") follows them.
        assert hint.startswith("0 = Nada de energía · 10 = Con toda la energía")
    finally:
        dialog.deleteLater()


def test_documents_clinic_checks_and_prices_read_in_spanish(
    qtbot: QtBot, demo_services: JournalServices, spanish: None
) -> None:
    page = DocumentsPage(demo_services.documents, demo_services.due_diligence)
    page.resize(1000, 900)
    show_active(qtbot, page)
    rows = page.checklist.table.model()
    titles = [rows.index(r, c).data() for r in range(rows.rowCount()) for c in range(3)]
    assert "Pasaporte" in titles
    assert "Passport" not in titles
    checks = page.clinic.table.model()
    questions = [checks.index(r, 1).data() for r in range(checks.rowCount())]
    assert "Número de licencia sanitaria visto y anotado (en México, de la COFEPRIS)" in questions
    page.close()

    costs = CostsPage(demo_services.expenses)
    show_active(qtbot, costs)
    assert "TACMH" in costs.reference_table.text()
    assert "Consulta y revisión de la resonancia magnética" in costs.reference_table.text()
    assert "solo como contexto" in costs.reference_source.text()
    costs.close()
    box = CurrencyBox("MXN")
    assert box.currentText() == "MXN — Peso mexicano"
    box.setCurrentText("Dólar canadiense")  # typed by its Spanish name
    assert box.code() == "CAD"
    box.deleteLater()


def onboard_custom(services: JournalServices) -> None:
    arrival = date(2027, 3, 1)
    services.onboarding.complete(
        ProfileData(name="Ana", ms_type="RRMS"),
        CourseData(
            "custom",
            "Clínica",
            "",
            arrival,
            time(9, 0),
            "America/Tijuana",
            arrival,
            "America/Toronto",
        ),
        None,
    )


def test_a_protocol_laid_out_in_spanish_writes_its_steps_in_spanish(
    qtbot: QtBot, services: JournalServices, spanish: None
) -> None:
    onboard_custom(services)
    page = TimelinePage(services)
    show_active(qtbot, page)
    about: list[str] = []

    def choose_msc(dialog: QWidget) -> None:
        assert isinstance(dialog, ProtocolDialog)
        type_text(qtbot, "C")  # "Células madre mesenquimales (CMM), unos días"
        assert dialog.choice.currentText() == "Células madre mesenquimales (CMM), unos días"
        about.append(dialog.about.text())
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(choose_msc)
    page.lay_out_protocol()
    assert about
    assert about[0].startswith("Un ejemplo de calendario para empezar.")
    titles = [item.details.title for item in services.itinerary.items()]
    assert "Inyección intratecal (punción lumbar)" in titles
    assert "Infusión intravenosa de células madre" in titles
    assert "IV infusion of stem cells" not in titles
    lumbar = next(
        i for i in services.itinerary.items() if i.details.kind == "intrathecal_injection"
    )
    assert lumbar.details.notes.startswith("Pregunte en la clínica")
    page.close()


def test_onboarding_in_spanish_lays_out_the_built_in_protocol_in_spanish(
    qtbot: QtBot, services: JournalServices, spanish: None
) -> None:
    from ui.shell.onboarding import OnboardingWizard

    wizard = OnboardingWizard(services)
    show_active(qtbot, wizard)
    wizard.profile_form.name.setFocus()
    type_text(qtbot, "Ana López")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is wizard.course_form.protocol
    assert wizard.course_form.protocol.currentData() == "hsct"
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot, 2)
    replace_text(qtbot, "America/Tijuana")
    tab(qtbot, 3)  # arrival today; its time as offered; the treatment start:
    press(qtbot, Qt.Key.Key_Up)  # one day later
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # no companion
    assert wizard.result() == OnboardingWizard.DialogCode.Accepted
    titles = [item.details.title for item in services.itinerary.items()]
    assert "Reinfusión de sus células madre" in titles
    assert "Biometría hemática: revisión del injerto" in titles
    assert "Reinfusion of your stem cells" not in titles
    wizard.close()


def onboard_hsct(services: JournalServices) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana", ms_type="RRMS"),
        CourseData(
            "hsct",
            "Clínica",
            "",
            date(2026, 8, 20),
            time(9, 0),
            "America/Tijuana",
            date(2026, 8, 25),
            "America/Toronto",
        ),
        None,
    )


def add_follow_up_plan(qtbot: QtBot, services: JournalServices) -> list[str]:
    """Click "Add the follow-up plan" on the Aftercare page and accept the steps shown; what
    the message box showed (steps, sources)."""
    shown: list[str] = []

    def add(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.extend([box.informativeText(), box.detailedText()])
        press(qtbot, Qt.Key.Key_Return)

    page = AftercarePage(services)
    show_active(qtbot, page)
    seen = on_next_dialog(add)
    changes: list[Change] = []
    services.changes.subscribe(changes.append)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert seen
    assert changes  # the plan's items were added …
    assert all(change & Change.ITINERARY for change in changes)  # … to the itinerary
    page.close()
    return shown


def test_the_follow_up_plan_is_shown_and_added_in_spanish(
    qtbot: QtBot, services: JournalServices, spanish: None
) -> None:
    onboard_hsct(services)
    before = len(services.itinerary.items())
    steps, sources = add_follow_up_plan(qtbot, services)
    # Counted from day 0 (the reinfusion), not the treatment start.
    assert steps.splitlines()[0] == "• Thu 3 Dec 2026 — Revisión de la EDSS con su neurólogo"
    assert "Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306" in sources
    assert "según las guías de la EBMT" in sources
    added = services.itinerary.items()[before:]
    assert len(services.itinerary.items()) == before + 9
    titles = {i.details.title for i in services.itinerary.items()}
    assert (
        "Pregunte a su equipo si son posibles las vacunas de virus vivos atenuados (no antes de "
        "24 meses, solo sin inmunosupresión) — según lo decida su equipo"
    ) in titles
    assert "EDSS review with your neurologist" not in titles
    assert added


def test_a_follow_up_plan_added_in_english_is_not_added_again_in_spanish(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard_hsct(services)
    add_follow_up_plan(qtbot, services)
    count = len(services.itinerary.items())
    with spanish_texts():
        page = AftercarePage(services)
        show_active(qtbot, page)
        with qtbot.waitSignal(page.status) as said:
            qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
        page.close()
    assert said.args[0] == "The follow-up reminders are already in your timeline."
    assert len(services.itinerary.items()) == count


def test_without_the_translator_everything_reads_as_the_data_files_say(qapp: QApplication) -> None:
    assert symptom_text("Headache") == "Headache"
    assert symptom_text("Hiccups") == "Hiccups"
    assert tr_data("Passport") == "Passport"


def test_the_demo_made_in_spanish_has_its_protocol_and_follow_up_plan_in_spanish(
    qtbot: QtBot, tmp_path: Path, appearance: Appearance, spanish: None
) -> None:
    """`journey --demo --lang es` on a new demo journal: its treatment days and reminders are
    written in Spanish, as onboarding would write them."""
    journal = open_journal(tmp_path / "new demo")  # created now, as --demo's first run
    window = MainWindow(appearance)
    show_active(qtbot, window)
    assert journal.created
    assert attach_journal(window, journal, demo=True) is None
    assert window.services is not None
    titles = {item.details.title for item in window.services.itinerary.items()}
    assert "Reinfusión de sus células madre" in titles
    assert "Revisión de la EDSS con su neurólogo" in titles
    assert "Reinfusion of your stem cells" not in titles
    assert "EDSS review with your neurologist" not in titles
    window.close()
    journal.close()
