"""The composition root and command line: ``journey``.

Start-up order is chosen for speed: parse the command line, claim the journal folder (standard
library only: a bad or busy journal is refused here, untouched), start Qt, show the window,
and only then import SQLAlchemy, open the database and build the services and pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from journey import __version__
from journey.errors import JournalError, NotAJournal, RealJournalNotDemo
from journey.journal import ENV_DATA_DIR, JournalClaim, claim_journal, resolve_folder
from journey.validation import settings_from_stored
from ui import cli

if TYPE_CHECKING:
    from pathlib import Path

    from journey.backup import Backup
    from journey.journal import Journal
    from ui.main_window import MainWindow

# Set by benchmarks/startup.py: print when the window is first shown and when Today has data.
PROBE_ENV = "JOURNEY_STARTUP_PROBE"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey",
        description=(
            "Journey: a private journal for a stem-cell therapy trip and the months after. "
            "Everything stays in one folder on this computer."
        ),
    )
    parser.add_argument("--version", action="version", version=f"journey {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the journal's folder (default: ${ENV_DATA_DIR}, else the platform's data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo journal (an HSCT journey, created when missing); "
        "never touches your real journal",
    )
    cli.add_commands(parser)
    return parser


def display_problem() -> str | None:
    """One line saying why Qt could not show a window here, or None if it can try."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "journey: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "to run without a screen use QT_QPA_PLATFORM=offscreen or xvfb-run journey"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)  # headless: no display needed, Qt never imported
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    folder = resolve_folder(args.data_dir, demo=args.demo)
    try:
        claim = claim_journal(folder)
    except NotAJournal as exc:
        recovered = offer_recovery(folder, exc)
        if recovered is None:
            return _refuse(str(exc))
        claim = recovered
    except JournalError as exc:
        return _refuse(str(exc))
    if args.demo and claim.revision is not None and not claim.is_demo():
        claim.release()
        return _refuse(str(RealJournalNotDemo(folder)))
    try:
        return run_app(claim, demo=args.demo)
    finally:
        claim.release()


def ask_to_recover(problem: str, backup: Backup) -> bool:
    """Offer the newest good backup in place of a journal that cannot be read (tests replace
    this)."""
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        return False  # no screen: nobody is there to answer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    when = backup.taken.astimezone().strftime("%d %b %Y, %H:%M")
    answer = QMessageBox.question(
        None,
        app.translate("app", "Your journal cannot be opened"),  # type: ignore[attr-defined]
        app.translate(  # type: ignore[attr-defined]
            "app",
            "%1\n\nJourney can move the damaged file aside (nothing is deleted) and open "
            "your newest good backup, from %2, in its place. Entries made after it are only "
            "in the damaged file. Restore the backup?",
        )
        .replace("%1", problem)
        .replace("%2", when),
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_recovery(folder: Path, error: NotAJournal) -> JournalClaim | None:
    """When the journal file cannot be read and a backup that passes a check exists, offer it;
    if the person accepts, move the file aside, restore the backup and claim the journal."""
    from datetime import UTC, datetime

    from journey.backup import newest_good_backup, recover
    from journey.journal import LOCK_FILE, JournalLock

    backup = newest_good_backup(folder)
    if backup is None or not ask_to_recover(str(error), backup):
        return None
    lock = JournalLock(folder / LOCK_FILE)
    lock.acquire()
    try:
        aside = recover(folder, backup, datetime.now(UTC))
    finally:
        lock.release()
    print(f"journey: {error} It is now {aside}; restored {backup.path}.", file=sys.stderr)
    return claim_journal(folder)


def _refuse(message: str) -> int:
    """Say why on stderr and, where a person is looking at a screen, in a message box."""
    print(f"journey: {message}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, app.translate("app", "Journey"), message)  # type: ignore[attr-defined]
    return 1


def run_app(claim: JournalClaim, *, demo: bool) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    quicken_pyside_import_hook()
    from ui.main_window import MainWindow
    from ui.themes import Appearance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Journey")
    app.setApplicationVersion(__version__)
    appearance = Appearance(app)  # type: ignore[arg-type]
    appearance.apply(settings_from_stored(claim.stored_settings()))

    window = MainWindow(appearance)
    window.show()
    probe = os.environ.get(PROBE_ENV)
    if probe:
        QTimer.singleShot(0, lambda: _probe("shown"))

    opened: list[Journal] = []
    outcome: list[int] = []

    def open_journal_and_build() -> None:
        try:
            opened.append(claim.open())
        except JournalError as exc:
            outcome.append(_refuse(str(exc)))
            app.quit()
            return
        code = attach_journal(window, opened[0], demo=demo)
        if code is not None:
            outcome.append(code)
            app.quit()
        elif probe:
            _probe("today")
            if probe == "quit":
                QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, open_journal_and_build)
    exit_code = app.exec()
    window.hide()
    for journal in opened:
        if window.restore_from is None:
            back_up_on_close(journal)
        else:
            restore_backup(journal, window.restore_from)
        journal.close()
    if window.restore_from is not None and opened:
        again = claim_journal(opened[0].folder)  # the journal, restored, opens again
        try:
            return run_app(again, demo=demo)
        finally:
            again.release()
    return outcome[0] if outcome else exit_code


def restore_backup(journal: Journal, backup: Path) -> None:
    """Put ``backup`` in place of the closed journal (journey.backup.restore, which keeps the
    journal as it was); a refusal is shown and the journal opens again unchanged."""
    import sqlite3
    from datetime import UTC, datetime

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from journey.backup import restore

    journal.engine.dispose()
    try:
        safety = restore(journal.folder, backup, datetime.now(UTC))
    except (OSError, sqlite3.Error, JournalError) as exc:
        title = QCoreApplication.translate("app", "The backup was not restored")
        QMessageBox.warning(None, title, str(exc))
        return
    print(f"journey: restored {backup}; the journal as it was is in {safety.path}")


def back_up_on_close(journal: Journal) -> None:
    """An automatic backup if something changed since the newest one (journey.backup); a
    failure is said on stderr and never stops the app from closing."""
    import sqlite3
    from datetime import UTC, datetime

    from journey.backup import automatic_backup

    journal.engine.dispose()  # every connection closed: the copy sees all that was saved
    try:
        automatic_backup(journal.folder, datetime.now(UTC), closing=True)
    except (OSError, sqlite3.Error, JournalError) as exc:
        print(f"journey: no backup was taken on closing: {exc}", file=sys.stderr)


def attach_journal(window: MainWindow, journal: Journal, *, demo: bool) -> int | None:
    """Build the services, seed the demo or onboard if needed, and give the window its pages.

    Returns an exit code when the app must stop, or None when the window is ready.
    """
    from journey.services import JournalServices
    from journey.timekeeping import Clock

    services = JournalServices.build(journal.session_factory, Clock(system_zone()))
    if demo and journal.created:
        from journey.demo import seed_demo

        seed_demo(services)
    if not services.onboarding.is_complete():
        from ui.onboarding import OnboardingWizard

        if not OnboardingWizard.ask(services, window):
            return 0
    window.attach(services, demo=demo)
    return None


def quicken_pyside_import_hook() -> None:
    """Let modules imported after PySide6 load at their normal speed.

    PySide6 checks every module imported after it for the word "PySide6" (its ``__feature__``
    switch, PYSIDE-2029) with ``inspect.getsource``: about half a millisecond a module, over
    100 ms for SQLAlchemy and the journal's own modules. Looking for the same bytes in the
    module's file gives the same answer several times faster. This reaches into PySide6's
    private ``shibokensupport.feature``; anything unexpected leaves PySide6's own check alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if pyside_check is None or getattr(pyside_check, "quickened", False):
        return

    def mod_uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(pyside_check(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(pyside_check(module))

    mod_uses_pyside.quickened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]


def system_zone() -> str:
    """The computer's IANA zone name as Qt knows it, or UTC if it has none."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from PySide6.QtCore import QTimeZone

    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        ZoneInfo(zone)  # loads one file; listing every known zone would walk all of tzdata
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC"
    return zone


def _probe(event: str) -> None:
    # Wall-clock time, so the benchmark can subtract the moment it started the process.
    print(f"{event} {time.time():.6f}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
