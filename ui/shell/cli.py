"""The headless subcommands: ``journey export {json,csv,ics,pdf,card}``,
``journey import {json,ics}``, ``journey backup``, ``journey restore`` and ``journey check``.

They need no display: they claim and open the journal as the app does (so a journal open in a
Journey window is refused), run one service call, and print one line. Success exits 0; a
failure prints ``journey: <reason>`` on stderr and exits 1, whatever went wrong: the failures
Journey knows are said in plain words (``explain``), and an error nobody foresaw is written
with its traceback to a log file that the line names (``journey-errors.log`` in the journal's
folder, else in the platform's log folder): never a traceback on the terminal. Only ``export
pdf`` and ``export card`` import Qt (to lay out the report or draw the card, on the offscreen
platform); ``export csv`` in another language than English reads Journey's translation
files with QtCore (no application); the others never do (a test checks it).
SQLAlchemy and the services are imported inside the commands, so that ``ui.shell.app`` stays cheap
to import for the window's start-up.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey.errors import (
    STORAGE_REASONS,
    CalendarFileError,
    Cancelled,
    InvalidInput,
    JournalError,
    NewerJournal,
    NotAJournal,
    RealJournalNotDemo,
    StorageFailed,
)
from journey.lifecycle import JournalClaim, claim_journal, resolve_folder
from ui.shell.cli_words import in_language

if TYPE_CHECKING:
    from journey.services import JournalServices

ENV_PASSPHRASE = "JOURNEY_PASSPHRASE"  # an encrypted journal's passphrase, for scripts
ENV_RECOVERY_KEY = "JOURNEY_RECOVERY_KEY"  # its recovery key, with --recovery-key
ENV_CALDAV_PASSWORD = "JOURNEY_CALDAV_PASSWORD"  # the calendar server's, for ``publish``
# ``--recovery-key`` was given (it is read by the commands' unlocking, ``unlock``).
_recovery_key_wanted = False
ERRORS_LOG = "journey-errors.log"  # the traceback of an error nobody foresaw
LOG_APP_NAME = "Journey"  # the platform's log folder for it when the journal's is unknown


class CommandFailed(Exception):
    """A command cannot do what was asked; the message is the one line the user sees."""


def add_commands(parser: argparse.ArgumentParser) -> None:
    """``export``/``import`` and their formats, each also taking --data-dir and --demo."""
    # Repeated on the subcommands so that they may come after it too; SUPPRESS keeps a value
    # given before the subcommand when it is not given again after it.
    journal_options = argparse.ArgumentParser(add_help=False)
    journal_options.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the journal's folder"
    )
    journal_options.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="use the demo journal"
    )
    global _recovery_key_wanted
    _recovery_key_wanted = False
    recovery_help = (
        f"open an encrypted journal with its recovery key instead of its passphrase (from "
        f"${ENV_RECOVERY_KEY}, else typed at the terminal); used by itself when journal.keys "
        "is lost, and then a new passphrase is asked for and a new journal.keys written"
    )
    for where in (parser, journal_options):
        where.add_argument("--recovery-key", action=_WantRecoveryKey, nargs=0, help=recovery_help)

    parser.epilog = "Without a command, journey opens its window."
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands (no window needed)"
    )
    export = commands.add_parser(
        "export", help="write part of the journal to a file", description="Write a file."
    )
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    date_range = argparse.ArgumentParser(add_help=False)
    date_range.add_argument(
        "--from", dest="first", metavar="DATE", type=iso_date, help="from DATE (YYYY-MM-DD)"
    )
    date_range.add_argument(
        "--to", dest="last", metavar="DATE", type=iso_date, help="to DATE, inclusive"
    )

    def add(
        where: Any,
        name: str,
        run: Callable[[argparse.Namespace], str],
        summary: str,
        description: str,
        *arguments: tuple[tuple[str, ...], dict[str, Any]],
        parents: tuple[argparse.ArgumentParser, ...] = (),
    ) -> None:
        """One subcommand: its words, its arguments, and the function that runs it."""
        command = where.add_parser(
            name, parents=[journal_options, *parents], help=summary, description=description
        )
        for names, options in arguments:
            command.add_argument(*names, **options)
        command.set_defaults(run=run)

    def output(folder: bool) -> tuple[tuple[str, ...], dict[str, Any]]:
        where = (
            "the folder to write into (created if missing; its files are written whole or not "
            "at all)"
            if folder
            else "the file to write (replaced whole if it exists; never left half-written)"
        )
        meta = "DIR" if folder else "FILE"
        return ("-o", "--output"), {"required": True, "metavar": meta, "type": Path, "help": where}

    def file(what: str) -> tuple[tuple[str, ...], dict[str, Any]]:
        return ("file",), {"metavar": "FILE", "type": Path, "help": what}

    add(
        export_formats,
        "json",
        run_export_json,
        "the whole journal as one JSON document (to restore or move it)",
        "Write every record of the journal to one versioned JSON document, described by "
        "the JSON Schema shipped with Journey. `journey import json` reads it back.",
        output(folder=False),
    )
    add(
        export_formats,
        "csv",
        run_export_csv,
        "CSV files for a spreadsheet, one per kind of record",
        "Write itinerary.csv, side_effects.csv, ratings.csv, clinical_events.csv, "
        "expenses.csv, blood_counts.csv, people.csv and documents.csv (UTF-8 with a "
        "byte-order mark, so spreadsheets open them by double-click; a header row in the "
        "language of --lang or of the app; ISO 8601 times with their UTC offset beside the "
        "local date and time; words beside codes) into "
        "the folder given with -o (created if missing).",
        output(folder=True),
    )
    add(
        export_formats,
        "ics",
        run_export_ics,
        "the itinerary as a calendar file (.ics) for a phone or calendar app",
        "Write the itinerary as an iCalendar file (.ics). Importing it again into a "
        "calendar app updates the events instead of adding copies. --from/--to pick the "
        "items starting in that range, where each item happens.",
        output(folder=False),
        parents=(date_range,),
    )
    add(
        export_formats,
        "pdf",
        run_export_pdf,
        "the report for your neurologist (PDF)",
        "Write the doctor's report as a PDF: profile and protocol, the timeline, side "
        "effects and red flags, quality-of-life charts with their tables, change from "
        "baseline, clinical events, NEDA-3 and medications, after a one-page summary. "
        "Without --from/--to: the last year, or from 90 days before the treatment if that is "
        "earlier, to today.",
        output(folder=False),
        (
            ("--paper",),
            {
                "choices": ("a4", "letter"),
                "default": None,
                "help": "the paper size (default: US Letter where the language's country uses "
                "it, else A4)",
            },
        ),
        (
            ("--lang",),
            {
                "choices": ("system", "en", "es"),
                "default": argparse.SUPPRESS,
                "help": "the report's language, whatever the interface's (as `journey --lang`)",
            },
        ),
        parents=(date_range,),
    )
    add(
        export_formats,
        "card",
        run_export_card,
        "the wallet card to print, cut and fold (PDF)",
        "Write the wallet card as a one-page PDF: two card-size cards, each English on one "
        "side and Spanish on the other, for the border, a pharmacy or an emergency room: the "
        "patient's name, the stem-cell treatment with its protocol and day 0, the clinic with "
        "its 24-hour number and address, the medications taken now with their doses, and the "
        "companion's number.",
        output(folder=False),
    )

    import_ = commands.add_parser(
        "import", help="read a file into the journal", description="Read a file."
    )
    import_formats = import_.add_subparsers(dest="format", metavar="FORMAT", required=True)
    add(
        import_formats,
        "json",
        run_import_json,
        "restore or merge a JSON document written by `journey export json`",
        "Read a JSON document written by `journey export json`. Into an empty journal it "
        "is a restore; a journal that already has entries is refused unless --merge is "
        "given, and merging never adds an entry twice. All or nothing: a file with an "
        "error changes nothing, and the error names the place in the file at fault.",
        file("the .json file to read"),
        (
            ("--merge",),
            {
                "action": "store_true",
                "help": "add what this journal does not have yet to a journal that has entries",
            },
        ),
    )
    add(
        import_formats,
        "ics",
        run_import_ics,
        "add or update itinerary items from a calendar file (.ics)",
        "Add itinerary items from an iCalendar file (.ics); an event whose UID is already "
        "in the itinerary updates that item. All or nothing: a file with an error "
        "changes nothing.",
        file("the .ics file to read"),
        (
            ("--repeats",),
            {
                "choices": ("each", "span"),
                "default": "each",
                "help": "a repeating event becomes an item per occurrence (each, the default) "
                "or one item from its first start to its last end (span)",
            },
        ),
        (
            ("--duplicates",),
            {
                "choices": ("add", "update"),
                "default": "add",
                "help": "an event that looks like an item already there (the same flight "
                "number or title at the same time) is added anyway (add, the default) or "
                "updates that item (update)",
            },
        ),
    )
    add(
        commands,
        "backup",
        run_backup,
        "copy the journal (into its backups/ folder, or to -o FILE)",
        "Take a consistent copy of the journal with SQLite's VACUUM INTO: into the "
        "journal's backups/ folder, or to the file given with -o. Journey also backs up "
        "by itself when it closes and every few hours while something changed.",
        (
            ("-o", "--output"),
            {"metavar": "FILE", "type": Path, "help": "write the copy here instead"},
        ),
    )
    add(
        commands,
        "restore",
        run_restore,
        "put a backup in place of the journal (backing up the journal first)",
        "Check the backup (a Journey journal this version can read, passing SQLite's "
        "quick_check and foreign_key_check), copy the current journal into backups/, and "
        "then put the backup in its place. Journey must be closed. Into a folder with no "
        "journal (a new computer; created if missing) the backup becomes its journal; an "
        "encrypted one needs its journal.keys copied into that folder, and its passphrase.",
        file("the backup to restore"),
    )
    add(
        commands,
        "check",
        run_check,
        "check the journal's database for damage",
        "Run SQLite's quick_check and foreign_key_check on the journal and say what they "
        "found. Exit status 0 when the journal is sound, 1 otherwise.",
    )

    share = commands.add_parser(
        "share",
        help="share this journey with another computer through a synced folder",
        description="Share one journey between the patient's and the companion's computers "
        "through a folder your own sync tool moves (Syncthing, Nextcloud, Dropbox, a USB "
        "stick). Journey writes only encrypted, signed files there, never the journal.",
    )
    share_commands = share.add_subparsers(dest="share", metavar="STEP", required=True)
    who = (
        (("--name",), {"help": "this computer's name, for example \"Carlos's laptop\""}),
        (
            ("--person",),
            {"choices": ("patient", "companion"), "help": "whose computer this is"},
        ),
    )
    shared_folder = (("--folder",), {"required": True, "type": Path, "metavar": "DIR"})
    add(
        share_commands,
        "init",
        run_share_init,
        "share this journal through DIR; prints the invitation code last",
        "Set up DIR for sharing and print an invitation code for the other computer (its "
        "last line), with this computer's fingerprint to compare aloud.",
        shared_folder,
        *who,
    )
    add(
        share_commands,
        "join",
        run_share_join,
        "make a new journal the shared journey, with the invitation code",
        "Join the journey shared in DIR: this (new) journal becomes a copy of it. Run it "
        "once the sync tool has brought the other computer's files into DIR.",
        shared_folder,
        (("--invitation",), {"required": True, "metavar": "CODE"}),
        *who,
    )
    add(
        share_commands,
        "status",
        run_share_status,
        "where the journey is shared, with whom, and when each last synced",
        "Say which folder the journey is shared through, this computer's and the other "
        "computers' fingerprints, when each was last heard from, and the changes that need "
        "a choice.",
    )
    add(
        share_commands,
        "remove",
        run_share_remove,
        "stop sharing with a device (a lost laptop), by its name or fingerprint",
        "Stop sharing with a device: this computer's later batches are no longer encrypted "
        "to it, and its batches are no longer applied here. Do it on every computer that "
        "remains.",
        (("device",), {"metavar": "DEVICE", "help": "its name or fingerprint"}),
    )
    add(
        commands,
        "sync",
        run_sync,
        "send this computer's changes and apply the others' (one line)",
        "One sync pass through the shared folder: this computer's new changes go out as one "
        "encrypted batch, the other computers' come in. Prints what came in, what went out "
        "and what needs a choice. A batch that would delete more than about 30 % of a kind "
        "of record here is kept back, and said, unless --allow-deletions is given.",
        (
            ("--allow-deletions",),
            {"action": "store_true", "help": "apply batches that delete many records"},
        ),
    )
    add(
        commands,
        "publish",
        run_publish,
        "send the itinerary's changes to your own calendar server (CalDAV; one line)",
        "Publish the itinerary, follow-up reminders included, to a calendar on your own "
        "CalDAV server (Nextcloud, Radicale, Fastmail, iCloud with an app-specific password), "
        "so that it shows on your phones: only what changed since the last publish. Without "
        "--url, the server set in Settings → Calendar, when publishing is turned on there. "
        f"The password comes from ${ENV_CALDAV_PASSWORD}, else from the system's keyring. "
        "This is the only network connection Journey makes: to that server alone, over "
        "https except to this computer.",
        (("--url",), {"metavar": "URL", "help": "the calendar server's address (https://…)"}),
        (("--user",), {"metavar": "USER", "help": "your user name on that server"}),
    )


class _WantRecoveryKey(argparse.Action):
    """``--recovery-key``: the commands unlock with the recovery key (``unlock``)."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        global _recovery_key_wanted
        _recovery_key_wanted = True
        namespace.recovery_key = True


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2027-03-01") from exc


def run(args: argparse.Namespace) -> int:
    """Run the subcommand ``args`` names; returns the exit code. Whatever stops it ends in one
    line on stderr (``explain``) and exit code 1 (130 when interrupted)."""
    command: Callable[[argparse.Namespace], str] = args.run
    language = getattr(args, "lang", None)  # ``--lang es``: the line in Spanish
    try:
        summary = command(args)
    except KeyboardInterrupt:
        sys.stderr.write(f"journey: {in_language('interrupted', language)}\n")
        return 130
    except Exception as exc:
        what = " ".join(str(word) for word in (args.command, getattr(args, "format", None)) if word)
        tell(exc, folder_of(args), what, language)
        return 1
    return say(in_language(summary, language))


def tell(
    error: BaseException, folder: Path | None, what: str = "", language: str | None = None
) -> None:
    """``journey: <why>`` on stderr, in one line (``explain``), in ``language`` if given."""
    sys.stderr.write(f"journey: {in_language(explain(error, folder, what), language)}\n")
    sys.stderr.flush()


def say(summary: str) -> int:
    """The command's one line on stdout; 0, or 1 when it cannot be written there."""
    try:
        try:
            sys.stdout.write(f"{summary}\n")
        except UnicodeEncodeError:  # a file name that is not text in the terminal's encoding
            encoding = sys.stdout.encoding or "utf-8"
            try:
                data = f"{summary}\n".encode(encoding, "surrogateescape")  # the name's own bytes
            except UnicodeEncodeError:
                data = f"{summary}\n".encode(encoding, "backslashreplace")
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more
        if isinstance(exc, BrokenPipeError):
            return 0  # the reader stopped reading (``journey check | head -0``): done anyway
        sys.stderr.write(f"journey: the result could not be written ({os_words(exc)})\n")
        return 1
    return 0


def folder_of(args: argparse.Namespace) -> Path | None:
    """The journal's folder the command names, or None when even that cannot be told."""
    try:
        return resolve_folder(getattr(args, "data_dir", None), demo=bool(getattr(args, "demo", 0)))
    except Exception:
        return None


def explain(error: BaseException, folder: Path | None, what: str = "") -> str:
    """Why ``error`` stopped a command (or the window) in plain words, in one line, without the
    leading ``journey:``. The failures Journey knows are said as such; any other error is
    written with its traceback to a log file (``write_log``), and the line says where.
    ``folder``: the journal's folder, when known; ``what``: the command, for the log."""
    why = _explain(error, folder, what)
    return why.replace("\r", "\\r").replace("\n", "\\n")  # a file name may hold one


def _explain(error: BaseException, folder: Path | None, what: str) -> str:
    try:
        if isinstance(error, StorageFailed):
            return storage_words(error.reason, folder)
        if isinstance(error, JournalError) and not isinstance(error, NotAJournal | NewerJournal):
            # A backup or restore the disk refused: the disk's reason, not SQLite's words.
            reason = failure_reason(error.__cause__)
            if reason in STORAGE_REASONS:
                words = storage_words(reason, folder)
                return words if words != STORAGE_REASONS[reason] else f"{error.path}: {words}"
        if isinstance(error, CommandFailed | JournalError | CalendarFileError | InvalidInput):
            return one_line(str(error))
        if isinstance(error, Cancelled):
            return "cancelled; nothing was changed"
        if isinstance(error, UnicodeError):
            return unicode_words(error)
        if isinstance(error, OSError):
            return os_words(error)
        reason = failure_reason(error)
        if reason == "damaged":
            return f"the journal's database is damaged ({one_line(str(error))}); run journey check"
        if reason is not None:
            return storage_words(reason, folder)
    except Exception:  # explaining must never fail: the error is logged below instead
        pass
    return logged(error, folder, what)


def failure_reason(error: BaseException | None) -> str | None:
    """The disk's reason for a driver error (journey.lifecycle.failure_reason), or None."""
    if error is None:
        return None
    from journey.lifecycle import failure_reason as reason_of

    return reason_of(error)


def storage_words(reason: str, folder: Path | None) -> str:
    """A write the disk refused (journey.errors.STORAGE_REASONS), naming the read-only file
    when one of the journal's files is (journey.lifecycle.is_read_only: root included), and
    the folder only when it is the one that cannot be written."""
    if reason in ("read_only", "read_only_journal") and folder is not None:
        from journey.lifecycle import is_read_only, journal_file

        db = journal_file(folder)
        if reason == "read_only_journal":
            return f"{db} is read-only, so nothing was saved."
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            if is_read_only(path):
                return f"{path} is read-only, so nothing was saved."
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return f"The journal's folder {folder} cannot be written to, so nothing was saved."
    return STORAGE_REASONS[reason]


def os_words(error: OSError) -> str:
    """What the operating system refused, naming the path."""
    import errno

    name = error.filename
    path = os.fsdecode(name) if isinstance(name, str | bytes) else None
    if isinstance(error, PermissionError) and path:
        from journey.lifecycle import blocking_folder

        blocker = blocking_folder(Path(path))
        if blocker is None:  # the file itself (or it cannot be told: root enters every folder)
            return f"permission denied: this user may not use {path}"
        if blocker == Path(path).absolute():
            return f"permission denied: this user may not enter {path}"
        return f"permission denied: this user may not enter {blocker}, on the way to {path}"
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        where = f" (writing {path})" if path else ""
        return f"the disk is full{where}; free some space and try again"
    if error.errno == errno.EROFS:
        return f"{path or 'the file'} is on a read-only disk"
    reason = error.strerror or str(error) or type(error).__name__
    reason = reason[:1].lower() + reason[1:]
    return f"{path}: {reason}" if path else reason


def unicode_words(error: UnicodeError) -> str:
    """A text that cannot be stored or written, or bytes that are not text."""
    if isinstance(error, UnicodeEncodeError):
        return f"a text holds {escaped(error)}, {not_a_character(error)}"
    if isinstance(error, UnicodeDecodeError):
        return f"a text is not {error.encoding} (byte {error.start} cannot be read)"
    return one_line(str(error))


def escaped(error: UnicodeEncodeError) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in error.object[error.start : error.end][:4])


def not_a_character(error: UnicodeEncodeError) -> str:
    bad = error.object[error.start : error.end]
    if bad and all(0xD800 <= ord(c) <= 0xDFFF for c in bad):
        return "half of a UTF-16 pair and not a character, so it cannot be stored"
    return f"which cannot be written as {error.encoding}"


def logged(error: BaseException, folder: Path | None, what: str) -> str:
    """The line for an error nobody foresaw: its kind, and where its traceback is."""
    summary = one_line(f"{type(error).__name__}: {error}".removesuffix(": "))
    if len(summary) > 160:
        summary = summary[:159] + "…"
    log = write_log(error, folder, what)
    if log is None:
        return f"something unexpected went wrong ({summary}); its details could not be saved"
    return f"something unexpected went wrong ({summary}); the details are in {log}"


def write_log(error: BaseException, folder: Path | None, what: str = "") -> Path | None:
    """Append ``error``'s traceback to ``journey-errors.log``: in the journal's folder when it
    is there, else in the platform's log folder; created private (0600). Returns the file,
    or None when neither could be written.

    Only where it happened and the kind of error are written, never the error's message: a
    message can quote what was typed (health data), and the log is plain text, maybe outside
    the journal's folder, even for an encrypted journal."""
    import traceback
    from datetime import UTC, datetime

    from journey import __version__

    when = datetime.now(UTC).isoformat(timespec="seconds")
    heading = f"--- {when} journey {__version__}" + (f": {what}" if what else "")
    frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    entry = f"{heading}\nTraceback (most recent call last):\n{frames}{type(error).__name__}\n\n"
    for log in log_places(folder):
        try:
            log.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with open(descriptor, "a", encoding="utf-8", errors="backslashreplace") as file:
                file.write(entry)
        except OSError:
            continue
        return log
    return None


def log_places(folder: Path | None) -> list[Path]:
    places = []
    with contextlib.suppress(OSError):
        if folder is not None and folder.is_dir():
            places.append(folder / ERRORS_LOG)
    try:
        from platformdirs import user_log_path

        places.append(user_log_path(LOG_APP_NAME, appauthor=False) / ERRORS_LOG)
    except Exception:
        pass
    return places


def one_line(text: str) -> str:
    return " ".join(text.split())


def checked_range(args: argparse.Namespace) -> None:
    if args.first and args.last and args.first > args.last:
        raise CommandFailed(f"--from {args.first} is after --to {args.last}")


def run_export_ics(args: argparse.Namespace) -> str:
    checked_range(args)
    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.calendar.export(args.output, args.first, args.last)
    return f"exported {plural(result.events, 'event')} to {result.path}"


def run_export_pdf(args: argparse.Namespace) -> str:
    checked_range(args)
    # Qt lays the report out; a command needs no screen, so it draws offscreen.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from journey.report import default_range
    from ui import i18n
    from ui.report.document import write_report

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with open_services(args.data_dir, demo=args.demo) as services:
        # In the language of the app (or of --lang), dates and numbers in its locale.
        i18n.install(app, getattr(args, "lang", None) or services.settings.preferences().language)
        first, last = default_range(services)
        first, last = args.first or first, args.last or last
        if first > last:
            raise CommandFailed(f"the report would start on {first}, after it ends on {last}")
        try:
            path = write_report(services, args.output, first, last, paper=args.paper)
        except OSError as exc:
            raise CommandFailed(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    return f"wrote the report for {first} to {last} to {path}"


def run_export_card(args: argparse.Namespace) -> str:
    # Qt draws the card; a command needs no screen, so it draws offscreen.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from ui import i18n
    from ui.trip.card import save_wallet_card

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with open_services(args.data_dir, demo=args.demo) as services:
        # The cards are English and Spanish; the page's instructions in the app's language.
        i18n.install(app, getattr(args, "lang", None) or services.settings.preferences().language)
        try:
            path = save_wallet_card(services, args.output)
        except OSError as exc:
            raise CommandFailed(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    return f"wrote the wallet card to {path}"


def run_export_json(args: argparse.Namespace) -> str:
    from datetime import UTC, datetime

    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.exchange.export_json(args.output, now=datetime.now(UTC))
    return f"exported {plural(result.records, 'record')} to {result.path}"


def run_export_csv(args: argparse.Namespace) -> str:
    with open_services(args.data_dir, demo=args.demo) as services:
        # In the language of the app (or of --lang): the header row and the labels.
        choice = getattr(args, "lang", None) or services.settings.preferences().language
        wording = None  # English: the domain's own words, without loading Qt
        if choice != "en":
            from ui.words.spreadsheet import csv_wording_in

            wording = csv_wording_in(choice)
        result = services.exchange.export_csv(args.output, wording=wording)
    files = plural(len(result.files), "file")
    return f"exported {plural(result.rows, 'row')} in {files} to {result.folder}"


def run_import_json(args: argparse.Namespace) -> str:
    from journey.services.exchange import ImportRefused

    with open_services(args.data_dir, demo=args.demo) as services:
        refuse_read_only(services)
        try:
            result = services.exchange.import_json(args.file, merge=args.merge)
        except ImportRefused as exc:
            raise CommandFailed(f"{args.file}: {exc}") from exc
        except UnicodeEncodeError as exc:  # valid JSON (\ud800), but no text SQLite can store
            place = json_place(args.file, exc)
            raise CommandFailed(
                f"{args.file}: {place}: the text holds {escaped(exc)}, {not_a_character(exc)}; "
                "nothing was imported"
            ) from exc
    counts = f"{plural(result.added, 'record')} added"
    if result.skipped:
        counts += f", {result.skipped} already there"
    return f"imported {args.file}: {counts}"


def json_place(document: Path, error: UnicodeEncodeError) -> str:
    """Where in the JSON ``document`` the text ``error`` could not encode is, as the import
    names places ($.journal.profile[0].name); "$" when it cannot be found."""
    import json

    try:
        data = json.loads(document.read_text(encoding="utf-8"))
        texts = list(_texts(data, "$"))
    except (OSError, ValueError, RecursionError):
        return "$"
    exact = (place for place, text in texts if text == error.object)
    unstorable = (place for place, text in texts if not _storable(text))
    return next(exact, None) or next(unstorable, "$")


def _texts(value: Any, place: str) -> Iterator[tuple[str, str]]:
    """Every string in a JSON value (object keys too), with its place, in document order."""
    if isinstance(value, str):
        yield place, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield place, key
            yield from _texts(item, f"{place}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{place}[{index}]")


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def run_backup(args: argparse.Namespace) -> str:
    from journey.lifecycle import copy_to, take

    with claimed(args) as claim:
        if claim.revision is None:
            raise CommandFailed(f"there is no journal in {claim.folder} yet")
        if args.output is not None:
            written = copy_to(claim, args.output)
            return f"backed up the journal to {written}"
        taken = take(claim)
    return f"backed up the journal to {taken.path}"


def run_restore(args: argparse.Namespace) -> str:
    """Restore into the journal; into a folder without one (a new computer: the folder is
    created, private, if missing) the backup becomes its journal, checked first, before
    anything is written there."""
    from journey.lifecycle import has_journal, restorable_into_new, restore_claimed

    folder = resolve_folder(args.data_dir, demo=args.demo)
    typed: list[str] = []

    def asked() -> str:  # asked once, though the backup is checked twice
        if not typed:
            typed.append(passphrase(folder))
        return typed[0]

    if not has_journal(folder):  # says so when the folder is a file, or cannot be reached
        restorable_into_new(folder, args.file, asked)  # a refusal leaves the folder as it was
    with claimed(args) as claim:
        safety = restore_claimed(claim, args.file, asked)
    if safety is None:
        return f"restored {args.file} as the journal in {claim.folder}"
    return f"restored {args.file}; the journal as it was is in {safety.path}"


def run_check(args: argparse.Namespace) -> str:
    from journey.lifecycle import check, has_journal, journal_file

    folder = resolve_folder(args.data_dir, demo=args.demo)
    if not has_journal(folder):  # says so when the folder is a file, or cannot be reached
        raise CommandFailed(f"there is no journal in {folder}")
    db = journal_file(folder)

    def recovery() -> str:  # asked for when --recovery-key was given or journal.keys is lost
        return typed_recovery_key(folder, db, keys_lost=not _recovery_key_wanted)

    problems = check(
        folder, lambda: passphrase(folder), recovery, use_recovery=_recovery_key_wanted
    )
    if problems:
        raise CommandFailed(f"{db}: " + "; ".join(problems))
    return f"{db}: ok (quick_check and foreign_key_check found nothing wrong)"


@contextmanager
def _shared(args: argparse.Namespace) -> Iterator[Any]:
    """The journal's sharing, opened; a sharing problem ends in its one line."""
    from journey.sync.service import SharingError

    with open_services(args.data_dir, demo=args.demo) as services:
        refuse_read_only(services)
        try:
            yield services.sharing
        except SharingError as exc:
            raise CommandFailed(str(exc)) from exc


def _this_computer(args: argparse.Namespace, person: str) -> tuple[str, str]:
    import getpass
    import platform

    name = args.name or f"{getpass.getuser()}'s {platform.node() or 'computer'}"
    return name, args.person or person


def run_share_init(args: argparse.Namespace) -> str:
    with _shared(args) as sharing:
        name, person = _this_computer(args, "patient")
        code, mine = sharing.init(args.folder.resolve(), name, person)
    return (
        f"Shared this journey through {args.folder}.\n"
        f"This computer: {name} ({person}), fingerprint {mine}.\n"
        "On the other computer: journey share join --folder DIR --invitation CODE, then "
        "compare fingerprints aloud. The invitation code:\n"
        f"{code}"
    )


def run_share_join(args: argparse.Namespace) -> str:
    with _shared(args) as sharing:
        name, person = _this_computer(args, "companion")
        theirs, mine = sharing.join(args.folder.resolve(), args.invitation, name, person)
    return (
        f"Joined the journey shared through {args.folder}.\n"
        f"Compare aloud: the other computer's fingerprint is {theirs}; this one's is {mine}."
    )


def run_share_status(args: argparse.Namespace) -> str:
    with _shared(args) as sharing:
        status = sharing.status()
    lines = [
        f"Shared through {status.folder}.",
        f"This computer: {status.me.name} ({status.me.person}), fingerprint {status.fingerprint}.",
    ]
    for peer in status.peers:
        heard = f"last synced {peer.last_heard}" if peer.last_heard else "not heard from yet"
        lines.append(
            f"{peer.card.name} ({peer.card.person}), fingerprint {peer.fingerprint}: {heard}."
        )
    if not status.peers:
        lines.append("No other computer shares this journey now.")
    if status.conflicts:
        lines.append(
            f"{plural(status.conflicts, 'field')} changed on both computers: choose which value "
            "to keep in the window, Settings → Sharing → Changes to choose."
        )
    return "\n".join(lines)


def run_share_remove(args: argparse.Namespace) -> str:
    with _shared(args) as sharing:
        card = sharing.remove(args.device)
    return f"Stopped sharing with {card.name}: later changes are no longer sent to it."


def run_sync(args: argparse.Namespace) -> str:
    with _shared(args) as sharing:
        report = sharing.sync(allow_deletions=args.allow_deletions)
    for warning in report.warnings:
        sys.stderr.write(f"journey: {warning}\n")
    return report.line()


def run_publish(args: argparse.Namespace) -> str:
    from journey.publishing import PublishError
    from journey.services.publish import saved_password

    with open_services(args.data_dir, demo=args.demo) as services:
        refuse_read_only(services, "nothing was published")
        publishing = services.publishing
        account = publishing.account()
        if args.url is None and not account.enabled:
            raise CommandFailed(PublishError("off").english())
        url = args.url if args.url is not None else account.url
        user = args.user if args.user is not None else account.user
        try:
            password = os.environ.get(ENV_CALDAV_PASSWORD) or (
                saved_password(url, user) if user.strip() else None
            )
            result = publishing.publish(password or "", url=url, user=user)
        except PublishError as exc:
            raise CommandFailed(str(exc)) from exc
    return result.line()


@contextmanager
def claimed(args: argparse.Namespace) -> Iterator[JournalClaim]:
    """The journal's folder, locked (a journal open in a Journey window is refused)."""
    claim = claim_journal(resolve_folder(args.data_dir, demo=args.demo))
    try:
        if claim.locked:
            unlock(claim)
        yield claim
    finally:
        claim.release()


def run_import_ics(args: argparse.Namespace) -> str:
    with open_services(args.data_dir, demo=args.demo) as services:
        refuse_read_only(services)
        result = services.calendar.import_(
            args.file, repeats=args.repeats, duplicates=args.duplicates
        )
    counts = f"{result.added} added, {result.updated} updated"
    if result.unchanged:
        counts += f", {result.unchanged} unchanged"
    return f"imported {result.path}: {counts}"


def refuse_read_only(services: JournalServices, outcome: str = "nothing was saved") -> None:
    """An import into a journal whose file cannot be written is refused before the file to
    import is read, naming the journal file (not its folder) as read-only."""
    if services.journal.read_only:
        from journey.lifecycle import journal_file, read_only_refusal

        raise read_only_refusal(journal_file(services.journal.folder), outcome)


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


@contextmanager
def open_services(data_dir: str | None, *, demo: bool) -> Iterator[JournalServices]:
    """The journal's services, opened as the app opens them (the demo seeded when created)."""
    folder = resolve_folder(data_dir, demo=demo)
    claim = claim_journal(folder)
    if claim.locked:
        try:
            unlock(claim)
        except BaseException:
            claim.release()
            raise
    if demo and claim.revision is not None and not claim.is_demo():
        claim.release()
        raise RealJournalNotDemo(folder)
    journal = claim.open()
    try:
        from journey.services import JournalServices
        from journey.timekeeping import Clock

        services = JournalServices.of(journal, Clock(system_zone()))
        if demo and journal.created:
            from journey.demo import seed_demo

            seed_demo(services)  # as the data files say: a command loads no Qt to translate
        yield services
    finally:
        journal.close()


def passphrase(folder: Path) -> str:
    """An encrypted journal's passphrase: $JOURNEY_PASSPHRASE, else typed at the terminal."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"the journal in {folder} is encrypted: set {ENV_PASSPHRASE} or run this in a "
            "terminal to type its passphrase"
        )
    import getpass

    try:
        return getpass.getpass(f"Passphrase for the journal in {folder}: ")
    except EOFError as exc:  # Ctrl+D
        raise CommandFailed(f"no passphrase was typed for the journal in {folder}") from exc


def unlock(claim: JournalClaim) -> None:
    """Unlock the claimed encrypted journal: with its passphrase (``passphrase``), or with its
    recovery key when --recovery-key was given or journal.keys is lost (``recovery_key``);
    without journal.keys, a new passphrase is then written into a new one."""
    from journey.errors import BadRecoveryKey

    if not (claim.keys_lost or _recovery_key_wanted):
        claim.unlock(passphrase(claim.folder))
        return
    try:
        claim.unlock_with_recovery(recovery_key(claim))
    except BadRecoveryKey as exc:
        raise CommandFailed(f"that is not the recovery key: {exc}") from exc
    if claim.keys_lost and claim.key is not None:
        from journey.lifecycle import change_passphrase, min_passphrase

        new = new_passphrase(claim.folder)
        if len(new) < min_passphrase():
            raise CommandFailed(
                f"a passphrase needs at least {min_passphrase()} characters; "
                "journal.keys was not written"
            )
        change_passphrase(claim.folder, claim.key, new)
        sys.stderr.write(f"journey: wrote a new journal.keys in {claim.folder}\n")
    elif claim.key is not None:
        from journey.lifecycle import confirm_recovery_key

        confirm_recovery_key(claim)  # typed: kept


def recovery_key(claim: JournalClaim) -> str:
    """The recovery key: $JOURNEY_RECOVERY_KEY, else typed at the terminal."""
    return typed_recovery_key(claim.folder, claim.db_path, keys_lost=claim.keys_lost)


def typed_recovery_key(folder: Path, db: Path, *, keys_lost: bool) -> str:
    """The recovery key of the journal ``db`` in ``folder``: $JOURNEY_RECOVERY_KEY, else typed
    at the terminal."""
    given = os.environ.get(ENV_RECOVERY_KEY)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        if keys_lost:  # or a damaged plain journal: said both ways
            raise CommandFailed(
                f"{db} is not a readable Journey journal (it is not a SQLite "
                f"database). If it is an encrypted journal whose journal.keys was lost, set "
                f"{ENV_RECOVERY_KEY} or run this in a terminal to type its recovery key"
            )
        raise CommandFailed(
            f"set {ENV_RECOVERY_KEY} or run this in a terminal to type the recovery key of "
            f"the journal in {folder}"
        )
    try:
        return input(f"Recovery key for the journal in {folder}: ")
    except EOFError as exc:  # Ctrl+D
        raise CommandFailed(f"no recovery key was typed for the journal in {folder}") from exc


def new_passphrase(folder: Path) -> str:
    """The passphrase a new journal.keys is written with: $JOURNEY_PASSPHRASE, else typed
    twice at the terminal."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"journal.keys is missing in {folder}: set {ENV_PASSPHRASE} to the passphrase to "
            "write a new one with, or run this in a terminal"
        )
    import getpass

    try:
        first = getpass.getpass(f"New passphrase for the journal in {folder}: ")
        again = getpass.getpass("Type it again: ")
    except EOFError as exc:
        raise CommandFailed("no new passphrase was typed; journal.keys was not written") from exc
    if first != again:
        raise CommandFailed("the two passphrases are not the same; journal.keys was not written")
    return first


def system_zone() -> str:
    """The computer's IANA zone without Qt: $TZ, else where /etc/localtime points, else
    /etc/timezone; UTC when none names a zone this computer knows (as on Windows)."""
    from journey.timekeeping import known_zones

    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    localtime = Path("/etc/localtime")
    try:
        if localtime.is_symlink():
            target = str(localtime.resolve())
            if "zoneinfo/" in target:
                candidates.append(target.split("zoneinfo/", 1)[1])
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    return next((zone for zone in candidates if zone in known_zones()), "UTC")
