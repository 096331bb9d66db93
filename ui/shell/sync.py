"""Keeping a shared journal in step while the window is open (issue 16, part 6): a sync pass
on start, whenever the shared folder changes (the sync tool brought a file) and every minute,
at most one pass every few seconds, on demand, and one last pass on quit (ui.shell.app). The
pass runs off the GUI thread (ui.widgets.operations); what it applied reaches the pages
through the journal's change feed, and the window shows the state in words.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.operations import Operation, run_in_background

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.sync.service import Status, SyncReport

QUIET_MS = 3000  # a pass at most every 3 s: a sync tool writing ten files makes one pass
EVERY_MS = 60_000  # and one a minute, for a folder whose changes the system does not tell
STALE_DAYS = 3  # "Carlos's laptop has not synced for 3 days"


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def _count(n: int, one: str, many: str) -> str:
    """``one`` for 1, ``many`` (with %1 for the number) otherwise, each given marked with
    QT_TRANSLATE_NOOP: English and Spanish both have these two forms."""
    return _tr(one) if n == 1 else _tr(many).replace("%1", str(n))


def ago(then: datetime, now: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        return _count(
            seconds // 60,
            QT_TRANSLATE_NOOP("sync", "a minute ago"),
            QT_TRANSLATE_NOOP("sync", "%1 minutes ago"),
        )
    if seconds < 86400:
        return _count(
            seconds // 3600,
            QT_TRANSLATE_NOOP("sync", "an hour ago"),
            QT_TRANSLATE_NOOP("sync", "%1 hours ago"),
        )
    return _count(
        seconds // 86400,
        QT_TRANSLATE_NOOP("sync", "a day ago"),
        QT_TRANSLATE_NOOP("sync", "%1 days ago"),
    )


def status_words(status: Status, now: datetime, problem: str = "") -> str:
    """The sharing's state in words, what matters first: a choice to make, a problem, then
    each other computer: "Up to date with Carlos's laptop · 2 minutes ago"."""
    if status.conflicts:
        return _count(
            status.conflicts,
            QT_TRANSLATE_NOOP("sync", "1 change needs a choice"),
            QT_TRANSLATE_NOOP("sync", "%1 changes need a choice"),
        )
    if problem:
        return problem
    if not status.peers:
        return _tr("Shared · waiting for the other computer to join")
    words = []
    for peer in status.peers:
        name = peer.card.name
        if peer.last_heard is None:
            words.append(_tr("Waiting for %1's first changes").replace("%1", name))
            continue
        heard = datetime.fromisoformat(peer.last_heard)
        days = (now - heard).days
        if days >= STALE_DAYS:
            words.append(
                _tr("%1 has not synced for %2 days").replace("%1", name).replace("%2", str(days))
            )
        else:
            text = _tr("Up to date with %1 · %2").replace("%1", name)
            words.append(text.replace("%2", ago(heard, now)))
    return "; ".join(words)


class SyncKeeper(QObject):
    """Runs the sync passes of one open journal and says how it stands (``state``)."""

    state = Signal(str)  # the words for the status line
    warned = Signal(str)  # a pass's warning, for the status bar (said once)
    # Another computer's batch kept back for deleting much here: (who, kind, count, rows)
    # each; the window asks whether to apply it (asked once a session for each).
    deletions_held = Signal(list)

    def __init__(self, services: JournalServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sharing = services.sharing
        self.words = ""
        self.problem = ""  # the last pass's failure, until one succeeds
        self.last_report: SyncReport | None = None
        self._running: Operation | None = None
        self._again = False
        self._asked: set[tuple[str, str, int, int]] = set()
        self._watcher: QFileSystemWatcher | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(QUIET_MS)
        self._soon.timeout.connect(self.sync_now)
        self._minute = QTimer(self)
        self._minute.setInterval(EVERY_MS)
        self._minute.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Begin keeping in step, if the journal is shared (after Share or Join too)."""
        if not self.sharing.is_shared():
            return
        self._watch()
        self._minute.start()
        self.sync_now()

    def stop(self) -> None:
        self._soon.stop()
        self._minute.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def soon(self) -> None:
        """Something changed in the folder: a pass once it has been quiet for a moment."""
        self._soon.start()

    def sync_now(self, allow_deletions: bool = False, keep_deleted: bool = False) -> None:
        """A pass now (or right after the one running). ``allow_deletions`` and
        ``keep_deleted``: the person's answer about a large deletion (SharingService.sync)."""
        if self._running is not None:
            self._again = True  # one more once this one ends
            return

        def work() -> SyncReport:
            return self.sharing.sync(allow_deletions=allow_deletions, keep_deleted=keep_deleted)

        self._running = run_in_background(self, work, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self._running = None
        self.last_report = report
        self.problem = ""
        held = [each for each in report.held if each not in self._asked]
        for warning in report.warnings:
            if not (report.held and "--allow-deletions" in warning):  # the window asks instead
                self.warned.emit(warning)
        if held:
            self._asked.update(held)
            self.deletions_held.emit(held)
        self._after()

    def _failed(self, error: Exception) -> None:
        from journey.errors import JournalError
        from journey.sync.service import SharingError

        self._running = None
        if not isinstance(error, SharingError | JournalError | OSError):
            raise error
        self.problem = _tr("Sharing stopped: %1").replace("%1", str(error))
        self._after()

    def _after(self) -> None:
        self._watch()  # a device folder that appeared since is watched too
        self.refresh()
        if self._again:
            self._again = False
            self.soon()

    def refresh(self) -> None:
        """Say the state again (a conflict chosen, a device removed, time passing)."""
        from journey.sync.service import SharingError

        try:
            status = self.sharing.status()
        except SharingError:
            return
        self.words = status_words(status, datetime.now(UTC), self.problem)
        self.state.emit(self.words)

    def _watch(self) -> None:
        from journey.sync.service import SharingError

        try:
            folder = self.sharing.status().folder / "Journey" / "devices"
        except SharingError:  # not shared: nothing to watch
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(lambda _path: self.soon())
        wanted = [folder, *sorted(p for p in _children(folder))]
        watched = set(self._watcher.directories())
        new = [str(p) for p in wanted if str(p) not in watched and p.is_dir()]
        if new:
            self._watcher.addPaths(new)


def _children(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir()]
    except OSError:  # the folder unmounted: the next pass says so
        return []
