"""The main window: a sidebar of the journey's areas beside the page that is shown.

It wires pages together and holds no behaviour of its own. It appears before the journal is
opened (with a short "opening" note) and gets its pages in ``attach``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

BACKUP_CHECK_MS = 30 * 60 * 1000  # journey.backup takes one when due (every 3 hours at most)

if TYPE_CHECKING:  # at run time these load after the window is shown (start-up speed)
    from collections.abc import Callable
    from pathlib import Path

    from journey.services import JournalServices
    from ui.operations import Operation
    from ui.red_flag_banner import RedFlagBanner
    from ui.themes import Appearance


def about_text() -> str:
    from PySide6.QtCore import QCoreApplication

    from journey import __version__

    return QCoreApplication.translate(
        "about",
        "<h3>Journey %1</h3>"
        "<p>A private journal for people with multiple sclerosis who travel for stem-cell "
        "therapy, and for the companions who travel with them.</p>"
        "<p><b>Journey is not a medical device.</b> It records, reminds and shows the "
        "thresholds your care team gave you. It does not diagnose, and it does not recommend "
        "treatments or clinics. In an emergency, call your clinic or local emergency "
        "services.</p>"
        "<p>Your journal stays on this computer. Journey makes no network connections.</p>",
    ).replace("%1", __version__)


class MainWindow(QMainWindow):
    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.services: JournalServices | None = None
        self.setWindowTitle(self.tr("Journey"))
        self.resize(1100, 740)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sections")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setSpacing(4)
        self.pages = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your journal…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)
        self.sidebar.currentRowChanged.connect(self._show_row)

        # The quick log (Ctrl+L from anywhere) sits above the sections, always in reach.
        self.log_button = QPushButton(self.tr("Log a symptom (Ctrl+L)"))
        self.log_button.setMinimumHeight(44)
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self.quick_log)
        self.log_action = QAction(self.tr("Log a symptom"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setEnabled(False)
        self.log_action.triggered.connect(self.quick_log)
        self.addAction(self.log_action)
        self.rate_action = QAction(self.tr("Rate your week"), self)
        self.rate_action.setShortcut(QKeySequence("Ctrl+R"))
        self.rate_action.setEnabled(False)
        self.rate_action.triggered.connect(self.rate)
        self.addAction(self.rate_action)
        self.banner: RedFlagBanner | None = None
        self._backup: Operation | None = None
        self.restore_from: Path | None = None  # set to restore a backup when the window closes

        body = QWidget()
        self.column = QVBoxLayout(body)
        row = QHBoxLayout()
        side = QVBoxLayout()
        side.addWidget(self.log_button)
        side.addWidget(self.sidebar, 1)
        row.addLayout(side)
        row.addWidget(self.pages, 1)
        self.column.addLayout(row, 1)
        self.setCentralWidget(body)
        self._build_menu()
        self.statusBar()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Journey"))
        about = QAction(self.tr("&About Journey"), self)
        about.triggered.connect(self.show_about)
        menu.addAction(about)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def attach(self, services: JournalServices, *, demo: bool = False) -> None:
        """Give the window the pages of an open journal; each is built when first shown."""
        # Each page's module is imported when the page is first shown: start-up pays for Today.
        from ui.pages.today import TodayPage
        from ui.red_flag_banner import RedFlagBanner

        def timeline() -> QWidget:
            from ui.pages.timeline import TimelinePage

            return TimelinePage(services)

        def side_effects() -> QWidget:
            from ui.pages.side_effects import SideEffectsPage

            return SideEffectsPage(services)

        def aftercare() -> QWidget:
            from ui.pages.aftercare import AftercarePage

            return AftercarePage(services)

        def clinical() -> QWidget:
            from ui.pages.clinical import ClinicalPage

            return ClinicalPage(services)

        def report() -> QWidget:
            from ui.pages.report import ReportPage

            return ReportPage(services)

        def people() -> QWidget:
            from ui.pages.people import PeoplePage

            return PeoplePage(services.contacts)

        def documents() -> QWidget:
            from ui.pages.documents import DocumentsPage

            return DocumentsPage(services.documents, services.due_diligence)

        def costs() -> QWidget:
            from ui.pages.costs import CostsPage

            return CostsPage(services.expenses)

        def settings() -> QWidget:
            from ui.pages.settings import SettingsPage

            return SettingsPage(services, self.appearance)

        self.services = services
        sections: list[tuple[str, Callable[[], QWidget]]] = [
            (self.tr("Today"), lambda: TodayPage(services)),
            (self.tr("Timeline"), timeline),
            (self.tr("Side effects"), side_effects),
            (self.tr("Aftercare"), aftercare),
            (self.tr("Clinical events"), clinical),
            (self.tr("Report and data"), report),
            (self.tr("People"), people),
            (self.tr("Documents"), documents),
            (self.tr("Costs"), costs),
            (self.tr("Settings"), settings),
        ]
        self._builders: list[Callable[[], QWidget] | None] = [build for _, build in sections]
        for number, (name, _) in enumerate(sections, start=1):
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            self.sidebar.addItem(name)
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))  # the tenth is Ctrl+0
            go.triggered.connect(lambda _=False, n=number - 1: self.sidebar.setCurrentRow(n))
            self.addAction(go)
        from PySide6.QtCore import QTimer

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.back_up_if_due)
        self.backup_timer.start()
        self.banner = RedFlagBanner(services)
        self.banner.status.connect(self.say)
        self.column.insertWidget(0, self.banner)
        self.log_button.setEnabled(True)
        self.log_action.setEnabled(True)
        self.rate_action.setEnabled(True)
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.sidebar.setCurrentRow(0)
        profile = self.page(0).profile  # type: ignore[attr-defined]  # Today has read it
        title = self.tr("Journey")
        if profile is not None:
            title = f"{title} — {profile.name}"
        if demo:
            title = self.tr("%1 (demo journal)").replace("%1", title)
        self.setWindowTitle(title)
        self.banner.refresh()

    def restore_backup(self, path: Path) -> None:
        """Close; ui.app then restores ``path`` in place of the journal and opens it again."""
        self.restore_from = path
        self.close()

    def back_up_if_due(self) -> None:
        """Every half hour: an automatic backup, off the GUI thread, when one is due."""
        from datetime import UTC, datetime

        from journey.backup import automatic_backup
        from journey.services import journal_folder
        from ui.operations import run_in_background

        if self.services is None:
            return
        folder = journal_folder(self.services.session_factory)
        self._backup = run_in_background(
            self,
            lambda: automatic_backup(folder, datetime.now(UTC)),
            lambda _taken: None,
            lambda error: self.say(self.tr("No backup was taken: %1").replace("%1", str(error))),
        )

    def quick_log(self) -> None:
        """Ctrl+L: log a symptom; announce it, and refresh what shows side effects."""
        from ui.quick_log import log_symptom

        if self.services is None:
            return
        said = log_symptom(self.services, self)
        if said is not None:
            self.say(said)
            self._journal_changed()

    def rate(self) -> None:
        """Ctrl+R: the rating form, from anywhere; announce it and refresh what shows it."""
        from ui.rating_dialog import RatingDialog, rated_message

        if self.services is None:
            return
        stored = RatingDialog.ask(self.services, self)
        if stored is not None:
            self.say(rated_message(stored))
            self._journal_changed()

    def page(self, row: int) -> QWidget:
        """The page at ``row`` of the sidebar, built on first use."""
        build = self._builders[row]
        if build is not None:
            self._builders[row] = None
            page = build()
            page.status.connect(self.say)  # type: ignore[attr-defined]
            if hasattr(page, "changed"):
                page.changed.connect(self._journal_changed)
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.pages.widget(row)

    def _journal_changed(self) -> None:
        """Refresh the pages already built that show what another page changed."""
        for row in range(self.pages.count()):
            page = self.pages.widget(row)
            if self._builders[row] is None and hasattr(page, "refresh"):
                page.refresh()
        if self.banner is not None:
            self.banner.refresh()

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(row))

    def say(self, message: str) -> None:
        """Status text, also announced to screen readers."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.statusBar().showMessage(message, 8000)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.statusBar(), message))

    def show_about(self) -> None:
        about_box(self).exec()


def about_box(parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(box.tr("About Journey"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
