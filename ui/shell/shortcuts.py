"""The keys that work from every page of the main window, read back from its actions.

The main window owns the frequent actions (log a symptom, rate, add an itinerary item, save the
report as a PDF, help, go to a page) as window-wide QActions. ``shortcut_rows`` lists them for
the Help page straight from those actions, so the list cannot go stale. ``release_keys`` makes a
page give up a key the window owns: a page built on its own (in a test, say) keeps its
shortcut, but inside the window two owners of one key would make Qt run neither.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def keys_text(sequences: list[QKeySequence]) -> str:
    """ "Ctrl+0 or Ctrl+,": the keys as the platform writes them."""
    from PySide6.QtCore import QCoreApplication

    shown = [
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    ]
    return QCoreApplication.translate("shortcuts", " or ").join(shown)


def action_text(action: QAction) -> str:
    """An action's words without its mnemonic marker: "&Quit" is "Quit"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_actions(window: QMainWindow) -> list[QAction]:
    """The named actions with keys, of the window and of its menus, in the order added; not
    those hidden (locking, say, where the journal has no passphrase)."""
    found: list[QAction] = []

    def visit(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions())
            elif action.isVisible() and action.text() and action.shortcuts():
                if action not in found:
                    found.append(action)

    visit(window.actions())
    visit(window.menuBar().actions())
    return found


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for each of ``window_actions``."""
    return [(keys_text(a.shortcuts()), action_text(a)) for a in window_actions(window)]


def release_keys(page: QWidget, window: QMainWindow) -> None:
    """Clear the page's own shortcuts for keys that the window's actions already have."""
    owned = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window_actions(window)
        for key in action.shortcuts()
    }
    for action in page.findChildren(QAction):
        kept = [
            k
            for k in action.shortcuts()
            if k.toString(QKeySequence.SequenceFormat.PortableText) not in owned
        ]
        if len(kept) != len(action.shortcuts()):
            action.setShortcuts(kept)
    for shortcut in page.findChildren(QShortcut):
        if shortcut.key().toString(QKeySequence.SequenceFormat.PortableText) in owned:
            shortcut.setKey(QKeySequence())
