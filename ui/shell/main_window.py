"""The main window: a sidebar of the journey's areas beside the page that is shown.

It wires pages together and holds no behaviour of its own. It appears before the journal is
opened (with a short "opening" note) and gets its pages in ``attach``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QPalette, QResizeEvent
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

from journey.changes import Change
from ui.widgets.themes import FOCUS_WIDTH, SPACE  # loaded with the Appearance, before this


@dataclass(frozen=True)
class Quit:
    """The window closed: Journey quits."""


@dataclass(frozen=True)
class Restore:
    """Put this backup in place of the journal, then open it again."""

    backup: Path


@dataclass(frozen=True)
class Encrypt:
    """Encrypt the journal with this passphrase, show the recovery key, open it again."""

    passphrase: str = field(repr=False)


@dataclass(frozen=True)
class Lock:
    """Forget the journal's key; ask for the passphrase again."""


Outcome = Quit | Restore | Encrypt | Lock


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with a line break between words wherever the next word would pass
    ``width`` (a push button's label does not wrap by itself)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


# Page modules imported once the window is idle after Today shows (start-up pays for Today
# alone: benchmarks/startup.py), the most opened first.
WARM_MODULES = ("ui.aftercare.page", "ui.side_effects.page", "ui.trip.timeline", "ui.month.page")
WARM_UP_AFTER_MS = 1500
WARM_UP_TICK_MS = 200
ACCESSIBLE_TEXT = 11  # Qt.ItemDataRole.AccessibleTextRole, without building Qt's enums

# Each section's icon (resources/icons/sections), by the name of the function that builds it.
SECTION_ICONS = {
    "today": "today",
    "month": "month",
    "timeline": "timeline",
    "side_effects": "side_effects",
    "aftercare": "aftercare",
    "clinical": "clinical",
    "report": "report",
    "people": "people",
    "documents": "documents",
    "costs": "costs",
    "settings": "settings",
    "help_page": "help",
}
BACKUP_CHECK_MS = 30 * 60 * 1000  # journey.backup takes one when due (every 3 hours at most)

if TYPE_CHECKING:  # at run time these load after the window is shown (start-up speed)
    from collections.abc import Callable

    from journey.services import JournalServices
    from journey.services.people import ContactDetails
    from ui.shell.idle_lock import IdleLock
    from ui.side_effects.red_flag_banner import RedFlagBanner
    from ui.widgets.operations import Operation
    from ui.widgets.page import Page
    from ui.widgets.themes import Appearance


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
    # What a write changed (journey.changes), from whichever thread wrote it: Qt queues it to
    # this, the GUI thread, where the pages that show it refresh.
    journal_changed = Signal(object)

    def __init__(self, appearance: Appearance) -> None:
        super().__init__()
        self.appearance = appearance
        self.services: JournalServices | None = None
        self.setWindowTitle(self.tr("Journey"))
        self.resize(1100, 740)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sections")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.sidebar.setSpacing(4)
        self.pages = QStackedWidget()
        # Until attach, "Opening your journal…" in the middle of the page: centred by stretches,
        # as the first window touches no member of PySide's Qt namespace (see ui.widgets.themes).
        self.opening = QWidget()
        across = QHBoxLayout(self.opening)
        across.addStretch()
        across.addWidget(QLabel(self.tr("Opening your journal…")))
        across.addStretch()
        self.pages.addWidget(self.opening)
        self.sidebar.currentRowChanged.connect(self._show_row)

        # The quick log (Ctrl+L from anywhere) sits above the sections, always in reach.
        self.log_button = QPushButton(self.tr("Log a symptom (Ctrl+L)"))
        self.log_button.setMinimumHeight(44)
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self.quick_log)
        # setShortcuts, not setShortcut: choosing among the latter's overloads builds PySide's
        # Qt namespace, which the first window does without (ui.widgets.themes).
        self.log_action = QAction(self.tr("Log a symptom"), self)
        self.log_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.log_action.setEnabled(False)
        self.log_action.triggered.connect(self.quick_log)
        self.addAction(self.log_action)
        self.rate_action = QAction(self.tr("Rate your week"), self)
        self.rate_action.setShortcuts([QKeySequence("Ctrl+R")])
        self.rate_action.setEnabled(False)
        self.rate_action.triggered.connect(self.rate)
        self.addAction(self.rate_action)
        self.banner: RedFlagBanner | None = None
        self.read_only_banner: QLabel | None = None  # a journal whose file cannot be written
        self._backup: Operation | None = None
        # What the composition root does once the window closes (ui.shell.app).
        self.outcome: Outcome = Quit()
        self.idle_lock: IdleLock | None = None
        self._stop_listening: Callable[[], None] | None = None
        self._builders: list[Callable[[], Page] | None] = []
        self._pending = Change.NONE  # changes not yet shown (_route_change)
        self.journal_changed.connect(self._route_change)

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
        self.sync_state = QPushButton()
        self.sync_state.setObjectName("sync_state")
        self.sync_state.setFlat(True)
        self.sync_state.setAccessibleName(self.tr("Sharing"))
        self.sync_state.hide()
        self.sync_state.clicked.connect(self.open_sharing)
        self.statusBar().addPermanentWidget(self.sync_state)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Journey"))
        about = QAction(self.tr("&About Journey"), self)
        about.triggered.connect(self.show_about)
        menu.addAction(about)
        # Shown once an encrypted journal is open (attach).
        self.lock_action = QAction(self.tr("&Lock the journal"), self)
        self.lock_action.setShortcuts([QKeySequence("Ctrl+Shift+L")])
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setVisible(False)
        self.lock_action.setEnabled(False)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # Once every child has the new font and palette: they hear of it after the window.
            QTimer.singleShot(0, self, self.paint_icons)
            QTimer.singleShot(0, self, self.fit_side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_side()

    def fit_side(self) -> None:
        """The sections take the room of their names while that is at most a fifth of the
        window; when it is more (large text, a small screen), each name breaks between its
        words, and so does the quick log's label (issue 19: at 200 % the sidebar kept 30 %
        of the width). A list's own word wrap is not used: with padded items Qt measures
        some names on one line and then elides them."""
        names = getattr(self, "_section_names", [])
        if not names:
            return
        label = self.tr("Log a symptom (Ctrl+L)")
        metrics = self.sidebar.fontMetrics()
        # An item's padding, its icon and the gap after it, the focus frame, a scroll bar.
        chrome = 2 * SPACE["m"] + self.sidebar.iconSize().width() + SPACE["s"]
        chrome += 2 * FOCUS_WIDTH + 2 * SPACE["m"] + 2 * SPACE["xs"] + SPACE["s"]
        whole = max(metrics.horizontalAdvance(name) for name in names) + chrome
        narrow = whole > self.width() // 5
        words = max(metrics.horizontalAdvance(w) for name in names for w in name.split())
        for row, name in enumerate(names):
            item = self.sidebar.item(row)
            item.setText(wrap_words(name, metrics, words) if narrow else name)
            item.setData(ACCESSIBLE_TEXT, name)  # read as one name, wherever it breaks
        self.sidebar.setFixedWidth((words if narrow else whole - chrome) + chrome)
        # Narrow means large text: rows closer together, so that every section shows.
        self.sidebar.setSpacing(0 if narrow else 4)
        if bool(self.sidebar.property("narrow")) != narrow:
            self.sidebar.setProperty("narrow", narrow)
            self.sidebar.style().unpolish(self.sidebar)
            self.sidebar.style().polish(self.sidebar)
        # The quick log's label without its keys when narrow (they stay in its tooltip and
        # in what a screen reader says): two lines, not three.
        label = self.tr("Log a symptom") if narrow else label
        self.log_button.setToolTip("Ctrl+L")
        self.log_button.setAccessibleName(self.tr("Log a symptom (Ctrl+L)"))
        # The quick log's label beside its icon, inside the button's padding and frame.
        icon = self.log_button.iconSize().width() + SPACE["xs"]
        button_room = words + chrome - icon - 2 * SPACE["m"] - 2 * FOCUS_WIDTH - SPACE["l"]
        button_room = button_room if narrow else 16_777_215
        self.log_button.setText(wrap_words(label, self.log_button.fontMetrics(), button_room))

    def _warm_up(self) -> None:
        """While the window waits for its person, the code of the pages most opened, one
        module a tick: the first click on one then builds the page without importing it
        (benchmarks/aftercare.py: Aftercare on screen 164 ms cold, 98 ms warm; target 150)."""
        import importlib
        import sys

        pending = [name for name in WARM_MODULES if name not in sys.modules]
        if pending:
            importlib.import_module(pending[0])
            QTimer.singleShot(WARM_UP_TICK_MS, self, self._warm_up)

    def paint_icons(self) -> None:
        """The sections' and the quick log's icons, in the text's colour and size."""
        from ui.widgets.icons import line_icon

        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        chosen = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        size = round(self.sidebar.fontMetrics().height() * 1.15)
        ratio = self.devicePixelRatioF()
        self.sidebar.setIconSize(QSize(size, size))
        self.log_button.setIconSize(QSize(size, size))
        self.log_button.setIcon(line_icon("log", colour, size, ratio))
        for row, name in enumerate(getattr(self, "_icons", [])):
            item = self.sidebar.item(row)
            if name and item is not None:
                item.setIcon(line_icon(name, colour, size, ratio, selected=chosen))

    def attach(self, services: JournalServices, *, demo: bool = False) -> None:
        """Give the window the pages of an open journal; each is built when first shown."""
        # Each page's module is imported when the page is first shown: start-up pays for Today.
        from ui.side_effects.red_flag_banner import RedFlagBanner
        from ui.today.page import TodayPage

        def today() -> Page:
            return TodayPage(services)

        def month() -> Page:
            from ui.month.page import MonthPage

            return MonthPage(services)

        def timeline() -> Page:
            from ui.trip.timeline import TimelinePage

            return TimelinePage(services)

        def side_effects() -> Page:
            from ui.side_effects.page import SideEffectsPage

            return SideEffectsPage(services)

        def aftercare() -> Page:
            from ui.aftercare.page import AftercarePage

            return AftercarePage(services)

        def clinical() -> Page:
            from ui.aftercare.clinical_page import ClinicalPage

            return ClinicalPage(services)

        def report() -> Page:
            from ui.report.page import ReportPage

            return ReportPage(services)

        def people() -> Page:
            from ui.trip.people import PeoplePage

            return PeoplePage(services.contacts)

        def documents() -> Page:
            from ui.trip.documents import DocumentsPage

            return DocumentsPage(services.documents, services.due_diligence)

        def costs() -> Page:
            from ui.trip.costs import CostsPage

            return CostsPage(services.expenses)

        def settings() -> Page:
            from ui.settings.page import SettingsPage

            page = SettingsPage(services, self.appearance)
            # What only the window can do: close the journal to restore, encrypt or lock it.
            page.backups.restore_requested.connect(self.restore_backup)
            page.encryption.encrypt_requested.connect(self.encrypt)
            page.encryption.lock_requested.connect(self.lock)
            page.encryption.lock_after_chosen.connect(self.watch_for_idle)
            page.sharing.shared.connect(self.sync_keeper.start)
            page.sharing.sync_requested.connect(self.sync_keeper.sync_now)
            self.sync_keeper.state.connect(page.sharing.refresh)
            return page

        def help_page() -> Page:
            from ui.shell.help import HelpPage
            from ui.shell.shortcuts import shortcut_rows

            return HelpPage(lambda: shortcut_rows(self), services.journal.folder)

        self.services = services
        from ui.shell.sync import SyncKeeper

        # A shared journal keeps in step with the other computers (issue 16); the status bar
        # says how it stands, and a click there goes to what needs the person.
        self.sync_keeper = SyncKeeper(services, self)
        self.sync_keeper.state.connect(self.show_sync_state)
        self.sync_keeper.warned.connect(self.say)
        self.sync_keeper.deletions_held.connect(self.ask_about_deletions)
        from ui.shell.publish_keeper import PublishKeeper

        # Once turned on, the itinerary follows each change to the user's calendar server.
        self.publish_keeper = PublishKeeper(services, self)
        self.publish_keeper.said.connect(self.say)
        self.journal_changed.connect(self.publish_keeper.changed)
        sections: list[tuple[str, Callable[[], Page]]] = [
            (self.tr("Today"), today),
            (self.tr("Month"), month),
            (self.tr("Timeline"), timeline),
            (self.tr("Side effects"), side_effects),
            (self.tr("Aftercare"), aftercare),
            (self.tr("Clinical events"), clinical),
            (self.tr("Report and data"), report),
            (self.tr("People"), people),
            (self.tr("Documents"), documents),
            (self.tr("Costs"), costs),
            (self.tr("Settings"), settings),
            (self.tr("Help"), help_page),
        ]
        self._builders = [build for _, build in sections]
        row_of = {build: row for row, (_, build) in enumerate(sections)}
        self._settings_row = row_of[settings]

        # The frequent actions work from every page: each opens its page, then acts.
        def add_item(page: Page) -> None:
            from ui.trip.timeline import TimelinePage

            if isinstance(page, TimelinePage):
                page.add_item()

        def save_report(page: Page) -> None:
            from ui.report.page import ReportPage

            if isinstance(page, ReportPage):
                page.save_report()

        self.window_action(self.tr("Add an itinerary item"), ["Ctrl+N"], row_of[timeline], add_item)
        self.window_action(
            self.tr("Save the report as a PDF"), ["Ctrl+E"], row_of[report], save_report
        )
        self.window_action(self.tr("Help and keyboard shortcuts"), ["F1"], row_of[help_page])
        self._icons = [SECTION_ICONS.get(build.__name__, "") for _, build in sections]
        self._section_names = [name for name, _ in sections]
        for number, (name, build) in enumerate(sections, start=1):
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            self.sidebar.addItem(name)
            # Ctrl+1 … Ctrl+9 the first nine pages; Settings Ctrl+0 or Ctrl+, wherever it is
            # listed; Help has F1. The pages between have the list (and its arrow keys).
            keys = [f"Ctrl+{number}"] if number <= 9 else []
            if build is settings:
                keys = ["Ctrl+0", "Ctrl+,"]
            if keys:
                self.window_action(self.tr("Go to %1").replace("%1", name), keys, number - 1)

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.back_up_if_due)
        self.backup_timer.start()
        from ui.shell.notifications import Notifier

        # Check-ins, ratings, follow-ups and doses told on the desktop once each, never modal
        # (issues 18 and 19); the tray's menu logs, rates and opens the window.
        self.notifier = Notifier(services, self, log=self.quick_log, rate=self.rate)
        self.notifier.start()
        self.sync_keeper.start()
        if services.journal.encrypted:
            from journey.settings import LOCK_AFTER_MINUTES

            self.lock_action.setVisible(True)
            self.lock_action.setEnabled(True)
            self.addAction(self.lock_action)
            self.watch_for_idle(services.settings.get(LOCK_AFTER_MINUTES))
        self._stop_listening = services.changes.subscribe(_teller(self))
        from ui.widgets import file_dialogs

        file_dialogs.remember_folders_in(services.settings)  # each chooser's last folder
        if services.journal.read_only:
            self.read_only_banner = read_only_banner()
            self.column.insertWidget(0, self.read_only_banner)  # below the red flag's, on top
        self.banner = RedFlagBanner(services)
        self.banner.status.connect(self.say)
        self.banner.alarm.connect(lambda message: self.say(message, urgent=True))
        self.banner.add_clinic_number.connect(self.add_clinic_number)
        self.column.insertWidget(0, self.banner)
        self.paint_icons()
        self.fit_side()
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)
        self.log_button.setEnabled(True)
        self.log_action.setEnabled(True)
        self.rate_action.setEnabled(True)
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.sidebar.setCurrentRow(0)
        first = self.page(0)
        assert isinstance(first, TodayPage)
        profile = first.profile  # Today has read it
        title = self.tr("Journey")
        if profile is not None:
            title = f"{title} — {profile.name}"
        if demo:
            title = self.tr("%1 (demo journal)").replace("%1", title)
        if self.read_only_banner is not None:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        self.banner.refresh()
        if self.read_only_banner is not None:
            self.say(self.read_only_banner.text())

    def show_sync_state(self, words: str) -> None:
        self.sync_state.setText(words)
        self.sync_state.setToolTip(words)
        self.sync_state.show()

    def ask_about_deletions(self, held: list[tuple[str, str, int, int]]) -> None:
        """Another computer's changes would delete much here (issue 16: more than about 30 %
        of a kind of record): apply them only if the person says so."""
        if confirm_deletions(self, held):
            self.sync_keeper.sync_now(allow_deletions=True)
        else:  # kept here, and put back on the other computer
            self.sync_keeper.sync_now(keep_deleted=True)

    def open_sharing(self) -> None:
        """The status line clicked: the changes to choose if there are some, else Settings'
        sharing."""
        from ui.settings.page import SettingsPage

        self.open_page(self._settings_row)
        page = self.page(self._settings_row)
        assert isinstance(page, SettingsPage)
        if page.scroll_area is not None:
            page.scroll_area.ensureWidgetVisible(page.sharing)
        if page.sharing.conflicts_button.isVisible():
            page.sharing.choose()

    def restore_backup(self, path: Path) -> None:
        """Close; ui.shell.app then restores ``path`` in place of the journal and opens it again."""
        self.outcome = Restore(path)
        self.close()

    def encrypt(self, passphrase: str) -> None:
        """Close; ui.shell.app then encrypts the journal, shows the recovery key and opens it
        again."""
        self.outcome = Encrypt(passphrase)
        self.close()

    def lock(self) -> None:
        """Close the journal and forget its key; ui.shell.app asks for the passphrase again. Open
        dialogs are closed the way closing the window closes them (forms keep their drafts)."""
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.close()
        self.outcome = Lock()
        self.close()

    def watch_for_idle(self, minutes: int) -> None:
        """Lock an encrypted journal after ``minutes`` without a key press or click (0: never)."""
        from ui.shell.idle_lock import IdleLock

        if self.idle_lock is None:
            self.idle_lock = IdleLock(self, self.lock)
        self.idle_lock.set_minutes(minutes)

    def back_up_if_due(self) -> None:
        """Every half hour: an automatic backup, off the GUI thread, when one is due."""
        from datetime import UTC, datetime

        from ui.widgets.operations import run_in_background

        if self.services is None:
            return
        backups = self.services.backups
        self._backup = run_in_background(
            self,
            lambda: backups.automatic(datetime.now(UTC)),
            lambda _taken: None,
            lambda error: self.say(self.tr("No backup was taken: %1").replace("%1", str(error))),
        )

    def quick_log(self) -> None:
        """Ctrl+L: log a symptom; announce it, and refresh what shows side effects."""
        from ui.side_effects.quick_log import log_symptom

        if self.services is None:
            return
        said = log_symptom(self.services, self)
        if said is not None:
            self.say(said)

    def rate(self) -> None:
        """Ctrl+R: the rating form, from anywhere; announce it and refresh what shows it."""
        from ui.aftercare.rating_dialog import RatingDialog, rated_message

        if self.services is None:
            return
        stored = RatingDialog.ask(self.services, self)
        if stored is not None:
            self.say(rated_message(stored))

    def window_action(
        self, text: str, keys: list[str], row: int, act: Callable[[Page], None] | None = None
    ) -> QAction:
        """Keys that work from every page: show the page at ``row``, then ``act`` on it."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda: self.open_page(row, act))
        self.addAction(action)
        return action

    def open_page(self, row: int, act: Callable[[Page], None] | None = None) -> None:
        self.sidebar.setCurrentRow(row)
        if act is not None:
            act(self.page(row))

    def page(self, row: int) -> Page:
        """The page at ``row`` of the sidebar, built on first use."""
        from ui.widgets.page import Page

        build = self._builders[row]
        if build is not None:
            self._builders[row] = None
            page = build()
            from ui.shell.shortcuts import release_keys

            release_keys(page, self)  # the window's actions have these keys on every page
            page.status.connect(self.say)
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
        built = self.pages.widget(row)
        assert isinstance(built, Page)
        return built

    def built_pages(self) -> list[Page]:
        return [self.page(row) for row, build in enumerate(self._builders) if build is None]

    def _route_change(self, change: Change) -> None:
        """Gather what writes changed; the pages hear of it once the event that made them is
        handled (a dialog closed, its message said), so a red flag is said last and stays."""

        if not self._pending:
            QTimer.singleShot(0, self._refresh_pages)
        self._pending |= change

    def _refresh_pages(self) -> None:
        """Refresh the pages already built that show what a write changed, and the banner."""
        change, self._pending = self._pending, Change.NONE
        for page in self.built_pages():
            if page.cares_about(change):
                page.refresh()
        if self.banner is not None and self.banner.cares_about(change):
            self.banner.refresh()

    def stop_listening(self) -> None:
        """The journal's changes no longer reach this window (it is being replaced)."""
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(row))

    def add_clinic_number(self) -> None:
        """The red-flag banner's "Add the clinic's number…": the contact form, as the People
        page opens it, started as the clinic's 24-hour line."""
        from ui.trip.people import ContactDialog

        services = self.services
        if services is None:
            return
        added = ContactDialog.ask(
            services.contacts, services.contacts.add, _clinic_contact(services), parent=self
        )
        if added is not None:
            self.say(self.tr("Added %1.").replace("%1", added.details.name))

    def say(self, message: str, *, urgent: bool = False) -> None:
        """Status text, also announced to screen readers (ui.widgets.announce)."""
        from ui.widgets.announce import announce

        announce(self, message, urgent=urgent)

    def show_about(self) -> None:
        about_box(self).exec()


def confirm_deletions(parent: QWidget, held: list[tuple[str, str, int, int]]) -> bool:
    """Ask before applying another computer's large deletion (tests replace this)."""
    from ui.settings.sharing_dialogs import kind_words

    lines = [
        QCoreApplication.translate(
            "MainWindow", "%1's changes would delete %2 of the %3 entries of “%4” here."
        )
        .replace("%1", who)
        .replace("%2", str(count))
        .replace("%3", str(rows))
        .replace("%4", kind_words(tbl))
        for who, tbl, count, rows in held
    ]
    lines.append(
        QCoreApplication.translate(
            "MainWindow",
            "Yes deletes them here too. No keeps them, and puts them back on the other "
            "computer as well.",
        )
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Delete these entries here too?"),
        "\n\n".join(lines),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _teller(window: MainWindow) -> Callable[[Change], None]:
    """What the journal's feed calls: the window's signal while the window lives. The feed
    holds no reference to the window itself, whose C++ side may be gone before the services."""
    import weakref

    from shiboken6 import isValid

    reference = weakref.ref(window)

    def tell(change: Change) -> None:
        alive = reference()
        if alive is not None and isValid(alive):
            alive.journal_changed.emit(change)

    return tell


def _clinic_contact(services: JournalServices) -> ContactDetails:
    """The contact form's start for the clinic's 24-hour line: the clinic's name, if known."""
    from journey.services.people import ContactDetails

    course = services.course.get()
    return ContactDetails(name=course.clinic_name if course else "", role="clinic_24h")


def read_only_banner() -> QLabel:
    """The calm note at the top of a window whose journal file cannot be written: everything
    reads as usual, and a save that is tried says why it cannot be kept (journey.db)."""
    from PySide6.QtCore import Qt

    from journey.lifecycle import JOURNAL_FILE

    text = QCoreApplication.translate(
        "read_only",
        "This journal is read-only: you can read everything, but nothing new can be saved. "
        "The file %1 cannot be written. Check its permissions, or copy it somewhere you "
        "can write.",
    ).replace("%1", JOURNAL_FILE)
    banner = QLabel(text)
    banner.setObjectName("read_only_banner")
    banner.setAccessibleName(QCoreApplication.translate("read_only", "Read-only journal"))
    banner.setWordWrap(True)
    banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A quiet frame, not the red flag's error colour: nothing is wrong with the entries.
    banner.setStyleSheet(
        "QLabel#read_only_banner { border: 2px solid palette(mid); border-radius: 6px;"
        " background: palette(alternate-base); padding: 10px 12px; }"
    )
    return banner


def about_box(parent: QWidget | None = None) -> QMessageBox:
    from PySide6.QtCore import Qt

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("about", "About Journey"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
