"""The headless subcommands: ``journey export {json,csv,ics,pdf}``,
``journey import {json,ics}``, ``journey backup``, ``journey restore`` and ``journey check``.

They need no display: they claim and open the journal as the app does (so a journal open in a
Journey window is refused), run one service call, and print one line. Success exits 0; a
failure prints ``journey: <reason>`` on stderr and exits 1. Only ``export pdf`` imports Qt (to
lay out the report, on the offscreen platform); the others never do (a test checks it).
SQLAlchemy and the services are imported inside the commands, so that ``ui.shell.app`` stays cheap
to import for the window's start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey.errors import CalendarFileError, JournalError, RealJournalNotDemo
from journey.lifecycle import JournalClaim, claim_journal, resolve_folder

if TYPE_CHECKING:
    from journey.services import JournalServices

ENV_PASSPHRASE = "JOURNEY_PASSPHRASE"  # an encrypted journal's passphrase, for scripts


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
        "Write itinerary.csv, side_effects.csv, ratings.csv, clinical_events.csv and "
        "expenses.csv (UTF-8, a header row, ISO 8601 times with their UTC offset) into "
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
        "baseline, clinical events, NEDA-3 and medications. Without --from/--to: the last "
        "year, or from 90 days before the treatment if that is earlier, to today.",
        output(folder=False),
        parents=(date_range,),
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
        "then put the backup in its place. Journey must be closed.",
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


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2027-03-01") from exc


def run(args: argparse.Namespace) -> int:
    """Run the subcommand ``args`` names; returns the exit code."""
    command: Callable[[argparse.Namespace], str] = args.run
    try:
        summary = command(args)
    except (CommandFailed, JournalError, CalendarFileError) as exc:
        sys.stderr.write(f"journey: {exc}\n")
        return 1
    sys.stdout.write(f"{summary}\n")
    return 0


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
            path = write_report(services, args.output, first, last)
        except OSError as exc:
            raise CommandFailed(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    return f"wrote the report for {first} to {last} to {path}"


def run_export_json(args: argparse.Namespace) -> str:
    from datetime import UTC, datetime

    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.exchange.export_json(args.output, now=datetime.now(UTC))
    return f"exported {plural(result.records, 'record')} to {result.path}"


def run_export_csv(args: argparse.Namespace) -> str:
    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.exchange.export_csv(args.output)
    files = plural(len(result.files), "file")
    return f"exported {plural(result.rows, 'row')} in {files} to {result.folder}"


def run_import_json(args: argparse.Namespace) -> str:
    from journey.services.exchange import ImportRefused

    with open_services(args.data_dir, demo=args.demo) as services:
        try:
            result = services.exchange.import_json(args.file, merge=args.merge)
        except ImportRefused as exc:
            raise CommandFailed(f"{args.file}: {exc}") from exc
    counts = f"{plural(result.added, 'record')} added"
    if result.skipped:
        counts += f", {result.skipped} already there"
    return f"imported {args.file}: {counts}"


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
    from journey.lifecycle import restore_claimed

    with claimed(args) as claim:
        if claim.revision is None:
            raise CommandFailed(f"there is no journal in {claim.folder} to restore into")
        safety = restore_claimed(claim, args.file)
    return f"restored {args.file}; the journal as it was is in {safety.path}"


def run_check(args: argparse.Namespace) -> str:
    from journey.lifecycle import check, journal_file

    folder = resolve_folder(args.data_dir, demo=args.demo)
    db = journal_file(folder)
    if not db.exists():
        raise CommandFailed(f"there is no journal in {folder}")
    problems = check(folder, lambda: passphrase(folder))
    if problems:
        raise CommandFailed(f"{db}: " + "; ".join(problems))
    return f"{db}: ok (quick_check and foreign_key_check found nothing wrong)"


@contextmanager
def claimed(args: argparse.Namespace) -> Iterator[JournalClaim]:
    """The journal's folder, locked (a journal open in a Journey window is refused)."""
    claim = claim_journal(resolve_folder(args.data_dir, demo=args.demo))
    try:
        if claim.locked:
            claim.unlock(passphrase(claim.folder))
        yield claim
    finally:
        claim.release()


def run_import_ics(args: argparse.Namespace) -> str:
    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.calendar.import_(args.file)
    counts = f"{result.added} added, {result.updated} updated"
    if result.unchanged:
        counts += f", {result.unchanged} unchanged"
    return f"imported {result.path}: {counts}"


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


@contextmanager
def open_services(data_dir: str | None, *, demo: bool) -> Iterator[JournalServices]:
    """The journal's services, opened as the app opens them (the demo seeded when created)."""
    folder = resolve_folder(data_dir, demo=demo)
    claim = claim_journal(folder)
    if claim.locked:
        try:
            claim.unlock(passphrase(folder))
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

    return getpass.getpass(f"Passphrase for the journal in {folder}: ")


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
