"""UI tests: real services on a temporary journal, offscreen Qt, no leaked windows."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from journey.demo import seed_demo
from journey.dto import Settings
from journey.journal import Journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW
from ui.widgets.themes import Appearance

# Headless: read when pytest-qt creates the QApplication, after this module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _c_locale() -> None:
    """Dates and numbers on screen in one known format, whatever the machine's language."""
    QLocale.setDefault(QLocale.c())


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty journal at the newest schema, made once per session; never opened again."""
    folder = tmp_path_factory.mktemp("empty") / "journal"
    open_journal(folder).close()
    return folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal at the tests' fixed clock, made once per session (seeding it records
    some 900 writes); each test that wants it opens its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "journal"
    made = open_journal(folder)
    try:
        seed_demo(JournalServices.build(made.session_factory, Clock(HOME_ZONE, fixed_now=NOW)))
    finally:
        made.close()
    return folder


@pytest.fixture
def journal(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Journal]:
    """A journal of the test's own: a copy of the demo when the test asks for the demo, else
    of the empty one."""
    wanted = "demo_template" if "demo_services" in request.fixturenames else "empty_template"
    folder = tmp_path / "journal"
    shutil.copytree(request.getfixturevalue(wanted), folder)
    opened = open_journal(folder)
    yield opened
    opened.close()


@pytest.fixture
def services(journal: Journal) -> JournalServices:
    return JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW))


@pytest.fixture
def demo_services(services: JournalServices) -> JournalServices:
    """The services of the test's copy of the demo journal (see ``journal``)."""
    assert services.settings.is_demo()
    return services


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in each language in turn (ui.i18n's translators, Journey's and Qt's
    own), then English and C's formats again for the next test."""
    from ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    # Earlier tests' unreferenced widgets are destroyed here, at a safe point: a garbage
    # collection inside the style sheet's repolish below deletes widgets Qt is walking (a
    # segfault seen when the tests run in another order, as pytest-xdist's workers do).
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    look = Appearance(qapp)
    look.apply(Settings())
    yield look
    look.apply(Settings())  # leave the shared QApplication as the next test expects it
    look.deleteLater()


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind (napari's viewer fixture)."""
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    leaked: list[QWidget] = [
        w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before
    ]
    for widget in leaked:
        widget.close()
    assert not leaked, f"windows left open: {[type(w).__name__ for w in leaked]}"
