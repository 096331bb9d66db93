"""The headless subcommands: ``journey export ics`` and ``journey import ics``.

They need no display and never import Qt (a test checks it): they claim and open the journal
as the app does (so a journal open in a Journey window is refused), run one service call, and
print one line. Success exits 0; a failure prints ``journey: <reason>`` on stderr and exits 1.
SQLAlchemy and the services are imported inside the commands, so that ``ui.app`` stays cheap
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
from typing import TYPE_CHECKING

from journey.errors import CalendarFileError, JournalError, RealJournalNotDemo
from journey.journal import claim_journal, resolve_folder

if TYPE_CHECKING:
    from journey.services import JournalServices


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
    export_ics = export_formats.add_parser(
        "ics",
        parents=[journal_options],
        help="the itinerary as a calendar file (.ics) for a phone or calendar app",
        description=(
            "Write the itinerary as an iCalendar file (.ics). Importing it again into a "
            "calendar app updates the events instead of adding copies."
        ),
    )
    export_ics.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        type=Path,
        help="the file to write (replaced whole if it exists; never left half-written)",
    )
    export_ics.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        type=iso_date,
        help="only items starting on or after DATE (YYYY-MM-DD, where each item happens)",
    )
    export_ics.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        type=iso_date,
        help="only items starting on or before DATE (YYYY-MM-DD)",
    )
    export_ics.set_defaults(run=run_export_ics)

    import_ = commands.add_parser(
        "import", help="read a file into the journal", description="Read a file."
    )
    import_formats = import_.add_subparsers(dest="format", metavar="FORMAT", required=True)
    import_ics = import_formats.add_parser(
        "ics",
        parents=[journal_options],
        help="add or update itinerary items from a calendar file (.ics)",
        description=(
            "Add itinerary items from an iCalendar file (.ics); an event whose UID is already "
            "in the itinerary updates that item. All or nothing: a file with an error "
            "changes nothing."
        ),
    )
    import_ics.add_argument("file", metavar="FILE", type=Path, help="the .ics file to read")
    import_ics.set_defaults(run=run_import_ics)


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


def run_export_ics(args: argparse.Namespace) -> str:
    if args.first and args.last and args.first > args.last:
        raise CommandFailed(f"--from {args.first} is after --to {args.last}")
    with open_services(args.data_dir, demo=args.demo) as services:
        result = services.calendar.export(args.output, args.first, args.last)
    return f"exported {plural(result.events, 'event')} to {result.path}"


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
    if demo and claim.revision is not None and not claim.is_demo():
        claim.release()
        raise RealJournalNotDemo(folder)
    journal = claim.open()
    try:
        from journey.services import JournalServices
        from journey.timekeeping import Clock

        services = JournalServices.build(journal.session_factory, Clock(system_zone()))
        if demo and journal.created:
            from journey.demo import seed_demo

            seed_demo(services)
        yield services
    finally:
        journal.close()


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
