"""The domain runs without Qt, and its start-up path does not load SQLAlchemy (STYLE.md).

Each check runs in a fresh interpreter, so what this test process has already imported (pytest
plugins, other tests) cannot hide or fake an import.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from journey.dto import Settings
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock

BLOCK_QT = textwrap.dedent(
    """
    import importlib.abc
    import sys

    BLOCKED = {"PySide6", "shiboken6", "matplotlib", "ui"}

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ImportError(f"{name} is not available: the domain must not need it")
            return None

    sys.meta_path.insert(0, Blocker())
    """
)


def run_python(script: str, *args: str, cwd: Path) -> dict[str, Any]:
    """Run ``script`` in a fresh interpreter; it prints one JSON document as its last line."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def heavy_modules_in(modules: list[str], roots: set[str]) -> list[str]:
    return [name for name in modules if name.partition(".")[0] in roots]


def test_every_domain_module_imports_and_runs_without_qt_matplotlib_or_ui(
    tmp_path: Path,
) -> None:
    script = BLOCK_QT + textwrap.dedent(
        """
        import importlib
        import json
        import pkgutil
        from datetime import UTC, datetime
        from pathlib import Path

        try:
            import PySide6  # noqa: F401
            blocker_works = False
        except ImportError:
            blocker_works = True

        import journey

        imported = []
        for info in pkgutil.walk_packages(journey.__path__, "journey."):
            if info.name == "journey.migrations.env":
                continue  # Alembic's environment script; it runs below, during the migration
            importlib.import_module(info.name)
            imported.append(info.name)

        from journey.demo import seed_demo
        from journey.journal import head_revision, open_journal, read_revision
        from journey.services import JournalServices
        from journey.timekeeping import Clock
        from journey.today import course_glance

        clock = Clock("America/Toronto", fixed_now=datetime(2026, 5, 10, 14, tzinfo=UTC))
        journal = open_journal(Path("journal"), now=clock.now())
        services = JournalServices.build(journal.session_factory, clock)
        seed_demo(services)
        glance = course_glance(services.course.get(), clock)
        journal.close()
        at_head = read_revision(journal.db_path) == head_revision()

        print(json.dumps({
            "blocker_works": blocker_works,
            "imported": imported,
            "day_of_stay": glance.day_of_stay,
            "created_at_head": journal.created and at_head,
            "modules": sorted(sys.modules),
        }))
        """
    )
    report = run_python(script, cwd=tmp_path)

    assert report["blocker_works"]
    assert {
        "journey.db",
        "journey.demo",
        "journey.journal",
        "journey.models",
        "journey.services.profile",
        "journey.services.settings",
        "journey.today",
        "journey.validation",
        "journey.migrations.versions.0001_journal_core",
    } <= set(report["imported"])
    assert report["created_at_head"]  # Alembic's migrations ran under the blocker
    # 07:00 in Tijuana, after the clinic's 06:30 count: the demo arrived 24 days ago.
    assert report["day_of_stay"] == 25
    assert heavy_modules_in(report["modules"], {"PySide6", "shiboken6", "matplotlib", "ui"}) == []


def test_the_start_up_path_does_not_load_sqlalchemy(
    journal_folder: Path, clock: Clock, tmp_path: Path
) -> None:
    # Before the window shows, the app claims the journal, reads its settings (for the theme)
    # and may describe the course; none of it may pay for importing SQLAlchemy or Alembic.
    opened = open_journal(journal_folder, now=clock.now())
    JournalServices.build(opened.session_factory, clock).settings.save_preferences(
        Settings(temperature_unit="F", theme="dark", text_size=150)
    )
    opened.close()

    script = BLOCK_QT + textwrap.dedent(
        """
        import json
        import sys
        from datetime import date, time
        from pathlib import Path

        import journey.journal
        import journey.today
        import journey.validation

        after_import = sorted(sys.modules)

        from journey.dto import CourseData
        from journey.timekeeping import Clock

        claim = journey.journal.claim_journal(Path(sys.argv[1]))
        settings = journey.settings.preferences_from(claim.stored_settings())
        revision = claim.revision
        claim.release()
        course = CourseData("hsct", "Clínica", "Puebla", date(2026, 5, 20), time(15, 40),
                            "America/Mexico_City", date(2026, 5, 21), "America/Toronto")
        journey.today.course_glance(course, Clock("America/Toronto"))

        print(json.dumps({
            "after_import": after_import,
            "after_use": sorted(sys.modules),
            "settings": [settings.temperature_unit, settings.theme, settings.text_size],
            "revision": revision,
        }))
        """
    )
    report = run_python(script, str(journal_folder), cwd=tmp_path)

    heavy = {"sqlalchemy", "alembic"}
    assert heavy_modules_in(report["after_import"], heavy) == []
    assert heavy_modules_in(report["after_use"], heavy) == []
    assert report["settings"] == ["F", "dark", 150]
    assert report["revision"] is not None
