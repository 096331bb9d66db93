"""The ``journey`` command: options, refusals with one clear line, and the demo journal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journey import __version__
from journey.journal import JOURNAL_FILE, claim_journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.cli.helpers import QUIT_WHEN_READY, one_line, run_journey


def run_headless_start_up(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (which starts the window through ui.shell.app.main) in a fresh Python,
    offscreen, quitting once Today shows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **QUIT_WHEN_READY}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


def test_version_and_help() -> None:
    version = run_journey("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"journey {__version__}")
    shown = run_journey("--help")
    assert shown.returncode == 0
    assert "--demo" in shown.stdout
    assert "--data-dir" in shown.stdout
    for command in ("export", "import", "backup", "restore", "check"):
        assert f"\n    {command} " in shown.stdout


def test_the_window_s_command_line_needs_no_commands_and_a_misspelt_one_is_named() -> None:
    """``journey --demo`` opens the window without loading ui.shell.cli; a command, or a word
    that is not one, gets the commands' own parsing and message."""
    from ui.shell import app

    window = ["--demo", "--data-dir", "export", "--lang", "es"]  # a folder named "export"
    assert app.build_parser(window).parse_args(window).command is None
    assert app.build_parser(window).parse_args(window).data_dir == "export"
    assert app.build_parser(["check"]).parse_args(["check"]).command == "check"
    misspelt = run_journey("exprot", "json")
    assert misspelt.returncode == 2
    assert "invalid choice: 'exprot'" in misspelt.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY only decides this on Linux")
def test_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    result = run_journey(
        "--data-dir", str(tmp_path / "j"), drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "no display found" in line
    assert "QT_QPA_PLATFORM=offscreen" in line
    assert not (tmp_path / "j").exists()


def test_a_file_that_is_not_a_journal_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    db = folder / JOURNAL_FILE
    db.write_bytes(b"my holiday notes, not a database" * 100)
    before = db.read_bytes()

    result = run_journey("--data-dir", str(folder))

    assert result.returncode == 1
    line = one_line(result.stderr)
    assert str(db) in line
    assert "not a readable Journey journal" in line
    assert db.read_bytes() == before


def test_a_journal_from_a_newer_version_is_refused_untouched(real_journal: Path) -> None:
    db = real_journal / JOURNAL_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = db.read_bytes()

    result = run_journey("--data-dir", str(real_journal))

    assert result.returncode == 1
    assert "newer version of Journey" in one_line(result.stderr)
    assert db.read_bytes() == before


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    result = run_journey("--data-dir", str(not_a_folder))
    assert result.returncode == 1
    assert "it is a file, not a folder" in one_line(result.stderr)
    assert not_a_folder.read_text() == "keep me"


def test_a_second_journey_on_the_same_journal_says_it_is_open(real_journal: Path) -> None:
    first = claim_journal(real_journal)
    try:
        result = run_journey("--data-dir", str(real_journal), env=QUIT_WHEN_READY)
    finally:
        first.release()
    assert result.returncode == 1
    assert "already in use by Journey: a window that is open, or a command" in one_line(
        result.stderr
    )


def test_demo_is_created_once_and_opens(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    first = run_journey("--demo", "--data-dir", str(folder), env=QUIT_WHEN_READY)
    assert first.returncode == 0, first.stderr
    assert [line.split()[0] for line in first.stdout.splitlines()] == ["shown", "today"]
    second = run_journey("--demo", "--data-dir", str(folder), env=QUIT_WHEN_READY)
    assert second.returncode == 0, second.stderr

    journal = open_journal(folder)
    try:
        services = JournalServices.build(journal.session_factory, Clock())
        assert services.settings.is_demo()
        profile = services.profile.get()
        course = services.course.get()
        assert profile is not None
        assert course is not None
        assert course.protocol == "hsct"
        assert course.destination_zone == "America/Tijuana"
        # The HSCT template's steps, the travel (the hotel one stay) and the follow-up
        # plan's reminders.
        assert len(services.itinerary.items()) == 30
        assert services.companion.get() is not None
    finally:
        journal.close()


def test_demo_never_opens_a_real_journal(real_journal: Path) -> None:
    db = real_journal / JOURNAL_FILE
    before = db.read_bytes()
    result = run_journey("--demo", "--data-dir", str(real_journal), env=QUIT_WHEN_READY)
    assert result.returncode == 1
    assert "holds a real journal" in one_line(result.stderr)
    assert db.read_bytes() == before


def test_journey_data_dir_chooses_the_journal(real_journal: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_journey(
        env={
            **QUIT_WHEN_READY,
            "JOURNEY_DATA_DIR": str(real_journal),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
        }
    )
    assert result.returncode == 0, result.stderr
    assert "today" in result.stdout
    assert not home.exists()  # the platform's default folder was never created


def test_start_up_does_not_import_matplotlib_or_the_calendar_libraries(tmp_path: Path) -> None:
    """Charts, calendar files and publishing load when first used, not with the window."""
    script = (
        "import sys\n"
        "from ui.shell.app import main\n"
        f"code = main(['--demo', '--data-dir', {str(tmp_path / 'demo')!r}])\n"
        "print([m for m in ('matplotlib', 'icalendar', 'caldav') if m in sys.modules], code)\n"
    )
    result = run_headless_start_up(script)
    assert result.stdout.splitlines()[-1] == "[] 0", result.stderr


def test_the_first_window_shows_before_pysides_qt_namespace_is_built(tmp_path: Path) -> None:
    """The first use of any member of PySide6.QtCore.Qt builds all 94 of its enums, about
    15 ms, a sixth of a bare window's start-up: the window is themed and shown without one, and
    the namespace is built once it is up (ui.widgets.themes)."""
    script = (
        "import PySide6.QtCore\n"
        "from ui.shell.main_window import MainWindow\n"
        "from ui.shell.app import main\n"
        "show = MainWindow.show\n"
        "built = []\n"
        "def show_and_look(window):\n"
        "    show(window)\n"
        "    built.append('Qt' in vars(PySide6.QtCore))\n"
        "MainWindow.show = show_and_look\n"
        f"code = main(['--demo', '--data-dir', {str(tmp_path / 'demo')!r}])\n"
        "print(built, 'Qt' in vars(PySide6.QtCore), code)\n"
    )
    result = run_headless_start_up(script)
    assert result.stdout.splitlines()[-1] == "[False] True 0", result.stderr


def test_garbage_is_collected_again_once_today_shows_or_the_onboarding_waits(
    tmp_path: Path,
) -> None:
    """Start-up pauses Python's garbage collector (ui.shell.app.run_app); it must run again once
    Today shows, and while the onboarding waits for a person, or memory would only grow."""
    script = (
        "import gc\n"
        "from ui.shell.app import main\n"
        "from ui.shell.onboarding import OnboardingWizard\n"
        "while_asked = []\n"
        "def ask(services, parent=None):\n"
        "    from PySide6.QtCore import QEventLoop, QTimer\n"
        "    waiting = QEventLoop()\n"
        "    QTimer.singleShot(0, waiting.quit)\n"
        "    waiting.exec()  # as the wizard's exec() waits\n"
        "    while_asked.append(gc.isenabled())\n"
        "    return False\n"
        "OnboardingWizard.ask = ask\n"
        f"shown = main(['--demo', '--data-dir', {str(tmp_path / 'demo')!r}])\n"
        "after_today = gc.isenabled()\n"
        f"onboarded = main(['--data-dir', {str(tmp_path / 'new')!r}])\n"
        "print(shown, after_today, onboarded, while_asked)\n"
    )
    result = run_headless_start_up(script)
    assert result.stdout.splitlines()[-1] == "0 True 0 [True]", result.stderr


def test_what_runs_before_the_window_shows_does_not_load_sqlalchemy() -> None:
    """The window appears before the database opens; SQLAlchemy costs ~0.3 s to import. The
    commands and the key wrapping are not loaded either."""
    script = (
        "import sys\n"
        "import ui.shell.app, ui.shell.main_window, ui.widgets.themes\n"
        "ui.shell.app.build_parser(['--demo', '--data-dir', 'folder']).parse_args([])\n"
        "heavy = ('sqlalchemy', 'alembic', 'matplotlib', 'ui.shell.cli', 'journey.cipher')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_the_quickened_pyside_check_answers_as_pyside_does() -> None:
    """PySide6 asks of every module imported after it whether it uses PySide6; the quicker
    check the app installs must give PySide6's own answer, or ``__feature__`` would break."""
    script = (
        "import sys\n"
        "import PySide6.QtCore\n"
        "import journey.dto, ui.widgets.themes, json, sqlalchemy.orm\n"
        "from ui.shell.startup import quicken_pyside_import_hook\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "own = feature._mod_uses_pyside\n"
        "quicken_pyside_import_hook()\n"
        "quick = feature._mod_uses_pyside\n"
        "modules = [journey.dto, ui.widgets.themes, json, sys, PySide6.QtCore, sqlalchemy.orm]\n"
        "print(quick is not own, [own(m) for m in modules] == [quick(m) for m in modules],"
        " quick(ui.widgets.themes), quick(journey.dto))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "True True True False", result.stderr
