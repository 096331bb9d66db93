"""The composition root and command line: ``journey``.

Start-up order is chosen for speed: parse the command line, claim the journal folder (standard
library only: a bad or busy journal is refused here, untouched), start Qt, show the window,
and only then import SQLAlchemy, open the database and build the services and pages.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from journey import __version__
from journey.dto import LANGUAGES
from journey.errors import JournalError, NotAJournal, RealJournalNotDemo
from journey.lifecycle import ENV_DATA_DIR, JournalClaim, claim_journal, resolve_folder
from journey.settings import preferences_from

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from journey.lifecycle import Backup, Journal
    from ui.shell.main_window import MainWindow
    from ui.widgets.themes import Appearance

# Set by benchmarks/startup.py: print when the window is first shown and when Today has data.
PROBE_ENV = "JOURNEY_STARTUP_PROBE"
# ``--lang``: the stored choices (journey.dto.LANGUAGES) and ui.i18n's pseudo-locale, named
# here so that parsing the command line loads no Qt.
LANGUAGE_CHOICES = (*LANGUAGES, "pseudo")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line. The subcommands are added when ``argv`` (default: sys.argv) has a
    word other than the window's options (a command, or a misspelt one) or asks for help:
    ``journey --demo`` opens the window without loading them."""
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
    parser.add_argument(
        "--minimised",
        "--minimized",
        dest="minimised",
        action="store_true",
        help="start with the window hidden in the notification area (minimised where the "
        "desktop has none), to remind you of what is due",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        help="the interface's language for this run, instead of the one chosen in Settings "
        "(system: the computer's; pseudo: every text lengthened by about 40 %%, to find "
        "clipped layouts); also the language of `export pdf`",
    )
    if _names_a_command(sys.argv[1:] if argv is None else argv):
        from ui.shell import cli

        cli.add_commands(parser)
    else:
        parser.set_defaults(command=None)
    return parser


def _names_a_command(words: Sequence[str]) -> bool:
    taking_value = False
    for word in words:
        if taking_value:
            taking_value = False
        elif word in ("--data-dir", "--lang"):
            taking_value = True
        elif word in ("-h", "--help") or not word.startswith("-"):
            return True
    return False


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
    args = build_parser(argv).parse_args(argv)
    if args.command is not None:
        from ui.shell import cli

        return cli.run(args)  # headless: no display needed, Qt never imported
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # Whatever goes wrong from here on is one line on stderr too (ui.shell.cli.explain): what
    # Journey knows in words, anything else written to a log file that the line names.
    folder: Path | None = None

    def unforeseen(kind: type[BaseException], error: BaseException, trace: object) -> None:
        """An exception that no slot caught (Qt hands it to sys.excepthook): one line, and
        the log; the window goes on. Ctrl+C closes the window as Quit does."""
        if isinstance(error, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            QApplication.closeAllWindows()
            return
        from ui.shell import cli

        cli.tell(error, folder, "the window")

    previous_hook, sys.excepthook = sys.excepthook, unforeseen
    try:
        if args.lang is not None:
            from ui import i18n

            i18n.set_command_line_language(args.lang)
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
            return run_app(claim, demo=args.demo, minimised=args.minimised)
        finally:
            claim.release()
    except KeyboardInterrupt:
        print("journey: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from ui.shell import cli

        why = cli.explain(exc, folder, "the window")
        try:
            return _refuse(why)
        except Exception:  # not even a message box: the line is on stderr
            return 1
    finally:
        sys.excepthook = previous_hook


def ask_to_recover(problem: str, backup: Backup) -> bool:
    """Offer the newest good backup in place of a journal that cannot be read (tests replace
    this)."""
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        return False  # no screen: nobody is there to answer
    from PySide6.QtCore import QDateTime, QLocale
    from PySide6.QtWidgets import QMessageBox

    app = _application()
    taken = QDateTime.fromSecsSinceEpoch(int(backup.taken.timestamp()))  # this computer's time
    from ui.words.time import TIME_FORMAT

    when = QLocale().toString(taken, f"d MMM yyyy, {TIME_FORMAT}")
    answer = QMessageBox.question(
        None,
        app.translate("app", "Your journal cannot be opened"),
        app.translate(
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
    from journey.lifecycle import recover_from_backup

    recovered = recover_from_backup(folder, lambda backup: ask_to_recover(str(error), backup))
    if recovered is None:
        return None
    print(
        f"journey: {error} It is now {recovered.aside}; restored {recovered.backup}.",
        file=sys.stderr,
    )
    return recovered.claim


def _refuse(message: str) -> int:
    """Say why on stderr and, where a person is looking at a screen, in a message box."""
    print(f"journey: {message}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        from PySide6.QtWidgets import QMessageBox

        app = _application()
        QMessageBox.critical(None, app.translate("app", "Journey"), message)
    return 1


def _application() -> QApplication:
    """The QApplication, made on first use in the language given with --lang, else the
    computer's (run_app puts in the journal's own choice once it can read it)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    i18n.install(app, "system")
    return app


def run_app(claim: JournalClaim, *, demo: bool, minimised: bool = False) -> int:
    """One window's session after another on the journal: each ends with the window's
    outcome (quit, or close to restore a backup, to encrypt, to lock), which says whether the
    journal opens again and how. Returns the exit code."""
    # No garbage collection while the window and Today are built: start-up makes long-lived
    # objects (modules, classes, widgets), hardly any garbage, and the collector would walk
    # them some 170 times, about 45 ms (benchmarks/startup.py). It runs again once the event
    # loop is idle after Today shows, or as soon as a dialog waits for a person (onboarding).
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from ui.shell.startup import quicken_pyside_import_hook

    quicken_pyside_import_hook()
    from ui.widgets.themes import Appearance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Journey")
    app.setApplicationVersion(__version__)
    session = Session(app, Appearance(app), demo=demo, minimised=minimised)
    current: JournalClaim | None = claim
    while current is not None:
        try:
            following = session.run(current)
        finally:
            if current is not claim:  # main() releases the first
                current.release()
        current = following
    return session.exit_code


class Session:
    """The app's side of one journal window after another (``run``)."""

    def __init__(
        self, app: QApplication, appearance: Appearance, *, demo: bool, minimised: bool = False
    ) -> None:
        self.app = app
        self.appearance = appearance
        self.demo = demo
        self.minimised = minimised  # the first window only: ``journey --minimised``
        self.exit_code = 0

    def run(self, claim: JournalClaim) -> JournalClaim | None:
        """Open ``claim``'s journal in a window until it closes; the claim to open next
        (restored, encrypted, locked), or None when Journey quits."""
        from PySide6.QtCore import QTimer

        from ui import i18n
        from ui.shell.main_window import Encrypt, Lock, MainWindow, Quit, Restore

        app, appearance = self.app, self.appearance
        settings = preferences_from(claim.stored_settings())
        appearance.apply(settings, first_window=True)
        # Before any window or dialog is built: Qt cannot translate widgets afterwards.
        i18n.install(app, settings.language)
        if claim.locked:  # an encrypted journal: its passphrase first (ui.widgets.passphrase)
            gc.enable()  # a person is typing
            from ui.widgets.passphrase import ask_to_unlock

            try:
                if not ask_to_unlock(claim):
                    return None
            except NotAJournal as exc:  # the right key, a damaged journal: its good backup
                if not recover_damaged_journal(claim, exc):
                    self.exit_code = _refuse(str(exc))
                    return None
            except JournalError as exc:
                self.exit_code = _refuse(str(exc))
                return None
            settings = preferences_from(claim.stored_settings())
            appearance.apply(settings)
            i18n.install(app, settings.language)

        window = MainWindow(appearance)
        if self.minimised:  # started at login: in the tray (ui.shell.notifications)
            self.minimised = False
            from ui.shell.notifications import tray_available

            if not tray_available():
                window.showMinimized()  # no tray to come back from: the taskbar's button
        else:
            window.show()
        # A language chosen in Settings: the window is built again in it, on the same page.
        windows = [window]
        stop_following = i18n.on_language_change(lambda: windows.append(reopen_window(windows[-1])))
        probe = os.environ.get(PROBE_ENV)
        if probe:
            QTimer.singleShot(0, lambda: _probe("shown"))
        QTimer.singleShot(0, appearance.follow_system)  # "system" read exactly, once shown

        opened: list[Journal] = []

        def stop() -> None:
            """End the session from inside the event loop: the window goes first, as when it
            is closed (quitting with it still shown leaves Qt unable to activate a window
            later in the same process: the tests' next window)."""
            windows[-1].hide()
            app.quit()

        def open_journal_and_build() -> None:
            try:
                opened.append(claim.open())
            except JournalError as exc:  # e.g. a read-only journal that needs an upgrade
                self.exit_code = _refuse(str(exc))
                stop()
                return
            code = attach_journal(window, opened[0], demo=self.demo)
            if code is not None:
                self.exit_code = code
                stop()
            elif probe:
                _probe("today")
                if probe == "quit":
                    QTimer.singleShot(0, app.quit)

        QTimer.singleShot(0, open_journal_and_build)
        QTimer.singleShot(0, gc.enable)
        from ui.shell import storage_net

        remove_net = storage_net.install()  # a save the disk refuses, outside a dialog: said
        stop_hearing_logout = quit_on_logout(app)
        code = app.exec()
        stop_hearing_logout()
        if not self.exit_code:
            self.exit_code = code
        remove_net()
        stop_following()
        outcome = windows[-1].outcome
        windows[-1].hide()
        forget_windows(windows)
        if not opened:
            return None
        journal = opened[0]
        if isinstance(outcome, Restore):
            restore_backup(journal, outcome.backup)
        else:
            sync_on_close(journal)
            back_up_on_close(journal)
        journal.close()
        if isinstance(outcome, Quit):
            return None
        # Restored, encrypted or locked: the journal opens again (locked: the passphrase first).
        again = claim_journal(journal.folder)
        key = journal.key
        if isinstance(outcome, Encrypt):
            key = encrypt_journal(again, outcome.passphrase) or key
        if again.locked and key is not None and not isinstance(outcome, Lock):
            again.use_key(key)
        return again


def quit_on_logout(app: QApplication) -> Callable[[], None]:
    """Logging out or shutting down sends SIGTERM: Journey then closes as Quit does, so the
    closing backup is taken and drafts are kept. Python runs a signal handler only between
    its own bytecodes, so a timer wakes it twice a second while Qt's loop runs. Returns the
    call that puts things back."""
    import signal

    from PySide6.QtCore import QTimer

    if not hasattr(signal, "SIGTERM"):
        return lambda: None
    previous = signal.signal(signal.SIGTERM, lambda _number, _frame: app.closeAllWindows())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(500)

    def put_back() -> None:
        wake.stop()
        signal.signal(signal.SIGTERM, previous)

    return put_back


def forget_windows(windows: list[MainWindow]) -> None:
    """Destroy the closed windows now: nothing of the journal stays on screen or in memory
    (a locked journal's views are cleared), and no page's timer reads it again."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        window.stop_listening()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def recover_damaged_journal(claim: JournalClaim, error: NotAJournal) -> bool:
    """The right passphrase opened the keys of a damaged encrypted journal: offer its newest
    good backup (opened with the same key, ``ask_to_recover``); True when it was put in place
    and the claim is unlocked (journey.lifecycle.recover_damaged: the damaged file is moved
    aside, nothing is deleted)."""
    from journey.lifecycle import recover_damaged

    try:
        recovered = recover_damaged(claim, lambda backup: ask_to_recover(str(error), backup))
    except JournalError as exc:
        print(f"journey: the backup was not restored: {exc}", file=sys.stderr)
        return False
    if recovered is None:
        return False
    print(
        f"journey: {error} It is now {recovered.aside}; restored {recovered.backup}.",
        file=sys.stderr,
    )
    return True


def encrypt_journal(claim: JournalClaim, passphrase: str) -> bytes | None:
    """Encrypt the closed journal and its backups (journey.lifecycle.encrypt), then show the
    recovery key until the person ticks that it is kept (then confirmed: until then, and
    after a crash, the next unlock shows it again); returns the new key, or None when it
    failed (said in a message; the journal is then as it was, plain)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from journey.lifecycle import confirm_recovery_key, encrypt
    from ui.widgets.passphrase import show_recovery_key

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        recovery, key = encrypt(claim, passphrase)
    except JournalError as exc:
        title = QCoreApplication.translate("app", "The journal was not encrypted")
        QMessageBox.warning(None, title, str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if show_recovery_key(recovery) is not False:
        try:
            confirm_recovery_key(claim)
        except JournalError as exc:  # shown again at the next unlock
            print(f"journey: {exc}", file=sys.stderr)
    return key


def restore_backup(journal: Journal, backup: Path) -> None:
    """Put ``backup`` in place of the closed journal (journey.lifecycle, which keeps the
    journal as it was); a refusal is shown and the journal opens again unchanged."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from journey.lifecycle import restore_into

    try:
        safety = restore_into(journal, backup)
    except JournalError as exc:
        title = QCoreApplication.translate("app", "The backup was not restored")
        QMessageBox.warning(None, title, str(exc))
        return
    print(f"journey: restored {backup}; the journal as it was is in {safety.path}")


def sync_on_close(journal: Journal) -> None:
    """A shared journal's last changes go into the shared folder as it closes (issue 16):
    the other computer has them even if this one stays shut for a week. A problem here is
    said at the next opening, by the first pass."""
    if journal.read_only:
        return
    from journey.sync.service import SharingError, SharingService

    sharing = SharingService(journal.session_factory, journal_folder=journal.folder)
    try:
        if sharing.is_shared():
            sharing.sync()
    except (SharingError, JournalError, OSError):
        pass


def back_up_on_close(journal: Journal) -> None:
    """An automatic backup if something changed since the newest one (journey.backup); a
    failure is said on stderr and never stops the app from closing."""
    from journey.lifecycle import back_up

    try:
        back_up(journal, closing=True)
    except JournalError as exc:
        print(f"journey: no backup was taken on closing: {exc}", file=sys.stderr)


def reopen_window(old: MainWindow) -> MainWindow:
    """The same journal in a new window, built in the language just installed (Qt cannot
    translate widgets already built): same place and size, same page; the old one goes."""
    from PySide6.QtCore import QCoreApplication

    from ui.shell.main_window import MainWindow

    services = old.services
    if services is None:  # still opening: its pages are built in the new language anyway
        return old
    old.stop_listening()
    new = MainWindow(old.appearance)
    new.restoreGeometry(old.saveGeometry())
    new.attach(services, demo=services.settings.is_demo())
    new.notifier.book = old.notifier.book  # what was told stays told
    new.show()
    new.activateWindow()
    new.sidebar.setCurrentRow(old.sidebar.currentRow())
    language_box = getattr(new.pages.currentWidget(), "language", None)
    if language_box is not None:  # Settings, where the language was chosen
        language_box.setFocus()
    # Said in the new language (its translation names the language it is in).
    new.say(QCoreApplication.translate("app", "Journey is now in English."))
    old.hide()
    old.deleteLater()
    return new


def attach_journal(window: MainWindow, journal: Journal, *, demo: bool) -> int | None:
    """Build the services, seed the demo or onboard if needed, and give the window its pages.

    Returns an exit code when the app must stop, or None when the window is ready.
    """
    from journey.services import JournalServices
    from journey.timekeeping import Clock

    services = JournalServices.of(journal, Clock(system_zone()))
    if demo and journal.created:
        from journey.demo import seed_demo
        from ui.words.data import demo_wording

        seed_demo(services, demo_wording())
    # A read-only journal (its file cannot be written) opens as it is: a first run's answers
    # could not be kept, so none are asked for; the window says it is read-only (attach).
    if not journal.read_only and not services.onboarding.is_complete():
        from ui.shell.onboarding import OnboardingWizard

        first_run = OnboardingWizard.ask(services, window)
        if not isinstance(first_run, bool):
            # "Restore from a backup…": the window closes as Settings' restore closes it;
            # Session.run restores the backup (checked; a refusal is shown, and the first
            # run begins again) and opens the journal, upgraded if it must be.
            from ui.shell.main_window import Restore

            window.outcome = Restore(first_run)
            return 0
        if not first_run:
            return 0
    window.attach(services, demo=demo)
    return None


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
