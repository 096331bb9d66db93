"""Spanish: every text of ui/ translated (resources/i18n/journey_es.ts, built into the .qm the
app loads), the app in Spanish on every page and in its dialogs, Qt's own buttons in Spanish,
the language chosen in Settings or on the command line, the PDF report in the language, and
the pseudo-locale that lengthens every text."""

from __future__ import annotations

import filecmp
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from journey.demo import seed_demo
from journey.dto import Settings
from journey.report import default_range
from journey.services import JournalServices
from journey.settings import preference_problems, preferences_from
from tests.ui.helpers import pdf_text
from tests.ui.keys import back_to, on_next_dialog, press, show_active
from ui import i18n
from ui.i18n.maintenance.ui_texts import (
    TRANSLATIONS,
    entries,
    live,
    misplaced_calls,
    missing_from,
    release,
    ts_file,
)
from ui.shell.app import build_parser, reopen_window
from ui.shell.main_window import MainWindow
from ui.today.watch_panel import WatchPanel
from ui.widgets.themes import Appearance
from ui.words.data import demo_wording

TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
# Qt's %1 and %n, and the {fields} of ui.words.messages.
PLACEHOLDER = re.compile(r"%L?\d|%n|\{\w+(?::[^{}]*)?\}")
MNEMONIC = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)\S")  # &x, not "&&" nor an entity (&amp;)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.c())  # as tests/ui/conftest.py leaves it


def without_mnemonics(text: str) -> str:
    return re.sub(r"&(&?)", r"\1", text)


# --- the translation files ------------------------------------------------------------------


def test_there_is_a_spanish_translation_of_the_interface() -> None:
    assert ts_file("es") in TS_FILES
    assert len(live(entries(ts_file("es")))) > 900


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_keeping_placeholders_and_mnemonics(ts: Path) -> None:
    faults = []
    for entry in live(entries(ts)):
        source, translation = entry.message.source, entry.translation
        where = f"{entry.where} [{entry.message.context}] {source!r}"
        if entry.state == "unfinished" or not translation.strip():
            faults.append(f"{where}: not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            faults.append(f"{where}: placeholders differ in {translation!r}")
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
            faults.append(f"{where}: the & shortcut is lost or doubled in {translation!r}")
    assert not faults, "\n".join(faults)


def test_every_text_in_the_sources_is_in_the_spanish_translation() -> None:
    missing = missing_from(ts_file("es"), "es")
    assert not missing, (
        "texts in ui/ that resources/i18n/journey_es.ts lacks (run `python -m ui.i18n update` "
        "and translate them):\n" + "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    )


def test_no_text_is_translated_under_a_context_qt_never_asks_for() -> None:
    """``parent.tr("…")`` is looked up under the parent's class at run time, but lupdate files
    it under "parent": its translation would never be found."""
    misplaced = misplaced_calls()
    assert not misplaced, "use self.tr, or QCoreApplication.translate with the class's name:\n" + (
        "\n".join(misplaced)
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_shipped_qm_is_built_from_the_ts(ts: Path, tmp_path: Path) -> None:
    rebuilt = tmp_path / ts.with_suffix(".qm").name
    release(ts, rebuilt)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run `python -m ui.i18n update`"
    assert filecmp.cmp(rebuilt, shipped, shallow=False), (
        f"{shipped.name} is older than {ts.name}: run `python -m ui.i18n update`"
    )


def test_the_translations_are_packaged() -> None:
    """Found through importlib.resources, as an installed Journey finds them."""
    from importlib.resources import files

    names = {entry.name for entry in files(i18n.TRANSLATIONS).iterdir()}
    assert "journey_es.qm" in names
    text = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.qm"' in text  # package-data: the .qm files go into the wheel


# --- what the app shows in Spanish ------------------------------------------------------------


def english_words() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every English text of journey_es.ts whose Spanish differs: as written, and, for one
    with placeholders, a pattern matching it filled in ("Day %1 of your stay")."""
    exact: set[str] = set()
    patterns = []
    for entry in live(entries(ts_file("es"))):
        source = without_mnemonics(entry.message.source).strip()
        if without_mnemonics(entry.translation).strip() == source:
            continue
        if not PLACEHOLDER.search(source):
            exact.add(source)
            continue
        words = re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub(" ", source))
        if len(words) >= 2:
            pieces = (re.escape(piece) for piece in PLACEHOLDER.split(source))
            patterns.append(re.compile(".+".join(pieces), re.DOTALL))
    return exact, patterns


def shown_texts(root: QWidget) -> list[str]:
    """Window titles, labels, buttons, group boxes, tabs, placeholders, list and combo items,
    tooltips, menus, table headers and the words of charts of ``root`` and everything in it."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found.append(widget.toolTip())
        if isinstance(widget, QLabel):
            found.append(re.sub(r"<[^>]+>", "\n", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(n) for n in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(n) for n in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            found += [widget.specialValueText(), widget.windowTitle()]
        if isinstance(widget, QListWidget):
            found += [widget.item(n).text() for n in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if not isinstance(widget, QListWidget) and hasattr(model, "columnCount"):
                try:
                    columns = model.columnCount()
                except TypeError:  # a list model: no header to read
                    columns = 0
                found += [
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(columns)
                ]
        figure = getattr(widget, "figure", None)  # a matplotlib chart: its words too
        if figure is not None and hasattr(figure, "findobj"):
            from matplotlib.text import Text

            found += [text.get_text() for text in figure.findobj(Text)]
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
            if action.menu() is not None:
                found += [a.text() for a in action.menu().actions()]  # type: ignore[union-attr]
    return found


def english_among(texts: list[str]) -> list[str]:
    exact, patterns = english_words()
    english = []
    for text in texts:
        for line in [text, *text.splitlines()]:
            shown = " ".join(without_mnemonics(line).split())
            if shown and (shown in exact or any(p.fullmatch(shown) for p in patterns)):
                english.append(shown)
    return sorted(set(english))


def texts_of_next_dialog(qtbot: QtBot, open_it: Callable[[], None]) -> list[str]:
    found: list[str] = []
    seen = on_next_dialog(lambda dialog: found.extend(shown_texts(dialog)))
    open_it()
    qtbot.waitUntil(lambda: bool(seen))
    return found


@pytest.fixture
def spanish_window(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, spanish: None
) -> MainWindow:
    """The demo as `journey --demo` makes it in Spanish: what it writes, in Spanish."""
    seed_demo(services, demo_wording())
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services, demo=True)
    return window


def test_the_app_started_in_spanish_shows_spanish_on_every_page(
    spanish_window: MainWindow,
) -> None:
    window = spanish_window
    assert window.windowTitle().startswith("Journey — Elena Ramírez (diario de demostración)")
    names = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert names[:3] == ["Hoy", "Mes", "Cronograma"]
    english: dict[str, list[str]] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        page = window.pages.currentWidget()
        for tabs in page.findChildren(QTabWidget):  # each tab shown, as a person would
            for n in range(tabs.count()):
                tabs.setCurrentIndex(n)
        found = english_among(shown_texts(window))
        if found:
            english[names[row]] = found
    assert not english, f"English on Spanish pages: {english}"


def test_the_check_for_english_finds_the_english_window(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    """The check above, run on the window in English, finds its English (it can fail)."""
    window = MainWindow(appearance)
    qtbot.addWidget(window)
    window.attach(demo_services, demo=True)
    found = english_among(shown_texts(window))
    assert {"Today", "Log a symptom (Ctrl+L)", "Side effects logged today"} <= set(found)
    assert "Journey — Elena Ramírez (demo journal)" in found  # "%1 (demo journal)" filled in
    window.sidebar.setCurrentRow(4)  # Aftercare: the chart's legend is read too
    # The chart follows the page's first paint; this window is never shown: drawn when asked.
    window.pages.currentWidget().chart.axes()  # type: ignore[attr-defined]
    assert "Your ratings" in english_among(shown_texts(window))


def test_the_main_dialogs_are_in_spanish(qtbot: QtBot, spanish_window: MainWindow) -> None:
    window = spanish_window
    from ui.aftercare.clinical_page import RecordsTab

    def on_page(row: int) -> QWidget:
        window.sidebar.setCurrentRow(row)
        return window.pages.currentWidget()

    def click(button: QAbstractButton) -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    openers: dict[str, Callable[[], None]] = {
        "quick log": lambda: press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
        "rating": lambda: press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
        "about": window.show_about,
        "itinerary item": lambda: click(on_page(2).add_button),  # type: ignore[attr-defined]
        "your scales": lambda: click(on_page(4).scales_button),  # type: ignore[attr-defined]
        "relapse": lambda: click(on_page(5).findChildren(RecordsTab)[0].add_button),
        "person": lambda: click(on_page(7).add_button),  # type: ignore[attr-defined]
        "cost": lambda: click(on_page(9).add_button),  # type: ignore[attr-defined]
        "watch window": lambda: click(_watch_panel(on_page(0)).start_button),
    }
    english = {}
    for name, open_it in openers.items():
        texts = texts_of_next_dialog(qtbot, open_it)
        back_to(qtbot, window)
        assert len(texts) > 3, f"the {name} dialog shows nothing"
        found = english_among(texts)
        if found:
            english[name] = found
    assert not english, f"English in Spanish dialogs: {english}"


def _watch_panel(page: QWidget) -> WatchPanel:
    panel = page.findChild(WatchPanel)
    assert panel is not None
    return panel


def test_the_welcome_wizard_is_in_spanish_with_qt_own_buttons(
    qtbot: QtBot, services: JournalServices, spanish: None
) -> None:
    from ui.shell.onboarding import OnboardingWizard

    wizard = OnboardingWizard(services)
    qtbot.addWidget(wizard)
    texts = shown_texts(wizard)
    for page_id in wizard.pageIds():
        texts += [wizard.page(page_id).title(), wizard.page(page_id).subTitle()]
        texts += shown_texts(wizard.page(page_id))
    assert wizard.windowTitle() == "Le damos la bienvenida a Journey"
    assert english_among(texts) == []
    buttons = {
        without_mnemonics(wizard.buttonText(b))
        for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)
    }
    assert buttons == {"Siguiente >", "< Atrás"}  # Qt's own, from qtbase_es.qm


def test_qt_own_message_box_and_dialog_buttons_are_in_spanish(qtbot: QtBot, spanish: None) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    assert {without_mnemonics(b.text()) for b in box.buttons()} == {"Sí", "No", "Cancelar"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Open
    )
    qtbot.addWidget(buttons)
    assert {without_mnemonics(b.text()) for b in buttons.buttons()} == {
        "Guardar",
        "Cerrar",
        "Abrir",
    }


def test_dates_and_numbers_follow_the_language(spanish: None) -> None:
    from datetime import date

    from ui.words.aftercare import one_decimal
    from ui.words.time import weekday_date_text

    assert QLocale().language() == QLocale.Language.Spanish
    assert "nov" in weekday_date_text(date(2026, 11, 25))
    assert one_decimal(3.5) == QLocale().toString(3.5, "f", 1)
    # matplotlib writes C's English months; the charts' ticks are put in the language.
    assert i18n.localised_months("25 Nov\n14:00") == "25 nov\n14:00"
    assert i18n.localised_months("2026-May") == "2026-may"


def test_each_problem_is_worded_once_and_the_window_speaks_it_in_spanish(
    qapp: QApplication,
) -> None:
    """journey.errors.ENGLISH is the one wording of each code: the window shows it as it is in
    English and translated in Spanish, its {fields} filled in either way."""
    from journey.errors import ENGLISH, Problem
    from ui.words.messages import problem_text

    words = ("zone", "time", "date", "title", "problem", "unit", "code", "name", "reason", "size")
    words += ("entered", "other", "converted")
    params = {"min": 1, "max": 1, "value": 1, "digits": 1, "currency": "X", "days": 1}
    params |= dict.fromkeys(words, "X")
    problems = [Problem("field", code, params) for code in ENGLISH]
    assert [problem_text(p) for p in problems] == [p.english() for p in problems]
    i18n.install(qapp, "es")
    try:
        spanish = {p.code: problem_text(p) for p in problems}
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale.c())
    assert spanish["edss_range"] == "La EDSS va de 0 a 10."
    assert spanish["rating_range"] == "Una calificación en esta escala va de 1 a 1."
    same = [p.code for p in problems if spanish[p.code] == p.english()]
    assert not same, f"shown in English in the Spanish window: {same}"


# --- choosing the language --------------------------------------------------------------------


def test_the_language_setting_is_stored_and_checked(demo_services: JournalServices) -> None:
    assert Settings().language == "system"
    saved = demo_services.settings.save_preferences(Settings(language="es"))
    assert demo_services.settings.preferences().language == "es" == saved.language
    assert [p.field for p in preference_problems(Settings(language="fr"))] == ["language"]
    assert preferences_from({"language": "fr", "theme": "dark"}) == Settings(theme="dark")
    assert preferences_from({"language": "es"}).language == "es"


def test_system_follows_the_computer_language() -> None:
    script = "from ui.i18n import spoken; print(spoken('system'), spoken('en'), spoken('es'))"
    answers = {}
    for name in ("es_MX.UTF-8", "en_CA.UTF-8"):
        env = {**os.environ, "LC_ALL": name, "LANG": name, "LANGUAGE": ""}
        run = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
        )
        answers[name] = run.stdout.strip()
    assert answers == {"es_MX.UTF-8": "es en es", "en_CA.UTF-8": "en en es"}


def test_choosing_spanish_in_settings_rebuilds_the_window_in_spanish(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, qapp: QApplication
) -> None:
    window = MainWindow(appearance)  # not given to qtbot: the switch deletes it
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach(demo_services, demo=True)
    current = [window]  # as ui.shell.app.run_app follows the window
    stop = i18n.on_language_change(lambda: current.append(reopen_window(current[-1])))
    try:
        settings_row = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
        window.sidebar.setCurrentRow(settings_row.index("Settings"))
        box = window.pages.currentWidget().language  # type: ignore[attr-defined]
        assert [box.itemText(n) for n in range(box.count())] == [
            "Follow the system",
            "English",
            "Español",
        ]
        box.setFocus()
        press(qtbot, Qt.Key.Key_End)  # Español, the last choice
        new = current[-1]
        assert new is not window
        assert demo_services.settings.preferences().language == "es"
        assert new.isVisible()
        assert not window.isVisible()
        assert new.sidebar.item(0).text() == "Hoy"
        assert new.windowTitle().endswith("(diario de demostración)")
        page = new.pages.currentWidget()
        assert page.language.currentData() == "es"  # type: ignore[attr-defined]
        qtbot.waitUntil(page.language.hasFocus)  # type: ignore[attr-defined]
        assert new.statusBar().currentMessage() == "Journey ahora está en español."
        assert english_among(shown_texts(new)) == []

        page.language.setFocus()  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Up)  # English
        again = current[-1]
        assert again.sidebar.item(0).text() == "Today"
        assert again.statusBar().currentMessage() == "Journey is now in English."
    finally:
        stop()
        for shown in current:
            if shiboken6.isValid(shown):
                shown.close()
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale.c())


def test_the_settings_page_alone_says_when_the_language_applies(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, qapp: QApplication
) -> None:
    """Without a window to build again, the page says plainly when the change shows."""
    from ui.settings.page import SettingsPage

    page = SettingsPage(demo_services, appearance)
    qtbot.addWidget(page)
    said: list[str] = []
    page.status.connect(said.append)
    try:
        page.language.setCurrentIndex(page.language.findData("es"))
        assert said == ["Idioma guardado. Se aplicará la próxima vez que abra Journey."]
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale.c())


def test_lang_on_the_command_line() -> None:
    parser = build_parser()
    for choice in ("system", "en", "es", "pseudo"):
        assert parser.parse_args(["--lang", choice]).lang == choice
    assert parser.parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "fr"])


def test_the_app_starts_in_the_stored_language_before_any_window(tmp_path: Path) -> None:
    """The journal says Spanish: the window is built in Spanish from the start, and --lang
    wins over the journal for one run."""
    folder = tmp_path / "demo"
    script = (
        "import sys\n"
        "import ui.shell.app\n"
        "from journey.dto import Settings\n"
        "shown = ui.shell.app.attach_journal\n"
        "def attach(window, journal, *, demo):\n"
        "    code = shown(window, journal, demo=demo)\n"
        "    if journal.created:  # the next runs find Spanish stored\n"
        "        window.services.settings.save_preferences(Settings(language='es'))\n"
        "    print('SEEN', window.sidebar.item(0).text(), window.log_button.text(), flush=True)\n"
        "    return code\n"
        "ui.shell.app.attach_journal = attach\n"
        "raise SystemExit(ui.shell.app.main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JOURNEY_STARTUP_PROBE": "quit"}

    def start(*args: str) -> str:
        run = subprocess.run(
            [sys.executable, "-c", script, "--demo", "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        seen = [line for line in run.stdout.splitlines() if line.startswith("SEEN ")]
        assert seen, run.stdout + run.stderr
        return seen[0].removeprefix("SEEN ")

    start()  # creates the demo journal and stores Spanish (its window was English)
    assert start() == "Hoy Anotar un síntoma (Ctrl+L)"
    assert start("--lang", "en") == "Today Log a symptom (Ctrl+L)"
    assert start("--lang", "pseudo").startswith("[Tódáý")


# --- the PDF report ---------------------------------------------------------------------------


def test_the_report_follows_the_language(
    demo_services: JournalServices, tmp_path: Path, spanish: None
) -> None:
    from ui.report.document import write_report

    first, last = default_range(demo_services)
    text = pdf_text(write_report(demo_services, tmp_path / "informe.pdf", first, last))
    for heading in (
        "Informe de Journey — Elena Ramírez",
        "Paciente y tratamiento",
        "Cronograma",
        "Efectos secundarios",
        "Señales de alarma",
        "Calidad de vida",
        "Eventos clínicos",
        "Medicamentos",
        "Tipo de EM",
    ):
        assert heading in text
    for english in ("Patient and treatment", "Side effects", "Quality of life", "MS type"):
        assert english not in text


def test_export_pdf_takes_lang(tmp_path: Path, demo_services: JournalServices) -> None:
    """``journey --lang es export pdf``: the headless report in Spanish."""
    from journey.backup import export_backup

    # The fixture's journal is open (locked) in this process: a copy of it is exported.
    copy = tmp_path / "copy"
    copy.mkdir()
    export_backup(demo_services.journal.folder, copy / "journal.sqlite3")
    target = tmp_path / "informe.pdf"
    script = (
        "import sys\nfrom ui.shell.app import main\n"
        f"raise SystemExit(main(['--lang', 'es', '--data-dir', {str(copy)!r}, "
        f"'export', 'pdf', '-o', {str(target)!r}]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    text = pdf_text(target)
    assert "Paciente y tratamiento" in text
    assert "Patient and treatment" not in text


# --- the pseudo-locale ------------------------------------------------------------------------


def test_pseudo_lengthens_every_text_and_keeps_what_code_reads() -> None:
    for text in ("Save", "Settings saved.", "Red-flag temperatures your clinic gave you"):
        assert len(i18n.pseudo(text)) >= 1.35 * len(text)
    assert i18n.pseudo("&Save").startswith("[&Sávé")
    assert "%1" in i18n.pseudo("Saved the report to %1.")
    assert "{max}" in i18n.pseudo("Keep this under {max} characters.")
    assert "<b>" in i18n.pseudo("<b>Journey</b> is not a medical device")
    assert "(*.ics)" in i18n.pseudo("Calendar files (*.ics)")
    assert i18n.pseudo("") == ""


def test_pseudo_locale_reaches_journey_and_qt_own_texts(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, qapp: QApplication
) -> None:
    """PySide6 calls a QTranslator subclass's translate() written in Python, for Journey's
    texts and for Qt's own."""
    i18n.install(qapp, "pseudo")
    try:
        window = MainWindow(appearance)
        qtbot.addWidget(window)
        window.attach(demo_services, demo=True)
        today = window.sidebar.item(0).text()
        assert today.startswith("[Tódáý")
        assert len(today) >= 1.35 * len("Today")
        # The label breaks between words where the sidebar is narrow for the longer words.
        assert " ".join(window.log_button.text().split()).startswith("[Lóg á šýmptóm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.buttons()[0].text().startswith("[Çáñçél")
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(QLocale.c())
