"""Settings → Sharing as a person uses it (issue 16): pairing two computers by keyboard and
comparing fingerprints, the status line, choosing between values changed on both computers,
and bringing back a deleted item."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journey.itinerary import ItemDetails
from journey.journal import Journal, open_journal
from journey.outbox import DEVICE_KEY, new_device_id, write_state
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW, open_main_window
from tests.ui.keys import show_active
from ui.settings.page import SettingsPage
from ui.settings.sharing_dialogs import ConflictsDialog, DeletedDialog, JoinDialog, ShareDialog
from ui.widgets.themes import Appearance

FLIGHT = ItemDetails(
    kind="flight",
    title="Return flight AC 1927",
    start=datetime(2026, 6, 1, 8, 15),
    zone="America/Toronto",
    responsible="companion",
)


def _own_device(journal: Journal) -> None:
    """Copies of one template journal would share a device id; two computers never do."""
    with journal.session_factory.begin() as session:
        write_state(session.connection(), DEVICE_KEY, new_device_id())


@pytest.fixture
def patient(demo_services: JournalServices, journal: Journal) -> JournalServices:
    _own_device(journal)
    return demo_services


@pytest.fixture
def companion(empty_template: Path, tmp_path: Path) -> Iterator[JournalServices]:
    shutil.copytree(empty_template, tmp_path / "companion")
    opened = open_journal(tmp_path / "companion")
    _own_device(opened)
    yield JournalServices.build(opened.session_factory, Clock(HOME_ZONE, fixed_now=NOW))
    opened.close()


def _type(qtbot: QtBot, text: str) -> None:
    """Type into the focused field, as a person would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def _shown(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def _share_by_keyboard(qtbot: QtBot, services: JournalServices, folder: Path) -> tuple[str, str]:
    """Share with the keyboard alone; returns the code and the fingerprint shown."""
    dialog = ShareDialog(services)
    show_active(qtbot, dialog)
    dialog.form.folder.setFocus()
    _type(qtbot, str(folder))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Choose…
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the name
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    _type(qtbot, "Elena's laptop")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.findChild(QLineEdit, "invitation") is not None, timeout=20000)
    code = dialog.findChild(QLineEdit, "invitation").text()  # type: ignore[union-attr]
    fingerprint = services.sharing.status().fingerprint
    qtbot.waitUntil(lambda: fingerprint in _shown(dialog))  # shown, to compare aloud
    assert code.startswith("JRNY1-")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Close
    assert not dialog.isVisible()
    return code, fingerprint


def _join_by_keyboard(qtbot: QtBot, services: JournalServices, folder: Path, code: str) -> str:
    dialog = JoinDialog(services)
    show_active(qtbot, dialog)
    dialog.form.folder.setFocus()
    _type(qtbot, str(folder))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Choose…
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the code
    _type(qtbot, code)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the name
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    _type(qtbot, "Carlos's laptop")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # whose computer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the companion's
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: services.sharing.is_shared() and dialog.buttons.isEnabled(), timeout=20000
    )
    qtbot.waitUntil(lambda: "Joined." in _shown(dialog))
    said = _shown(dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Close
    return said


def _paired(
    qtbot: QtBot, patient: JournalServices, companion: JournalServices, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"  # one folder: the sync tool is instant here
    folder.mkdir()
    code, fingerprint = _share_by_keyboard(qtbot, patient, folder)
    said = _join_by_keyboard(qtbot, companion, folder, code)
    mine = companion.sharing.status().fingerprint
    assert fingerprint in said
    assert mine in said
    assert companion.profile.get().name == patient.profile.get().name
    (peer,) = companion.sharing.status().peers
    assert (peer.card.name, peer.card.person) == ("Elena's laptop", "patient")
    assert companion.sharing.status().me.person == "companion"
    patient.sharing.sync()  # meets the companion


def test_pairing_by_keyboard_shows_matching_fingerprints_on_both(
    qtbot: QtBot, patient: JournalServices, companion: JournalServices, tmp_path: Path
) -> None:
    _paired(qtbot, patient, companion, tmp_path)
    (peer,) = patient.sharing.status().peers
    assert (peer.card.name, peer.card.person) == ("Carlos's laptop", "companion")
    assert peer.fingerprint == companion.sharing.status().fingerprint


def test_a_wrong_code_is_said_in_the_dialog_and_nothing_is_joined(
    qtbot: QtBot, companion: JournalServices, tmp_path: Path
) -> None:
    dialog = JoinDialog(companion)
    qtbot.addWidget(dialog)
    dialog.form.folder.setText(str(tmp_path))
    dialog.form.code.setText("JRNY1-NOT-A-CODE")
    dialog.go()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20000)
    assert "Not done" in dialog.problem.text()
    assert "invitation code" in dialog.problem.text()
    assert dialog.form.code.text() == "JRNY1-NOT-A-CODE"  # kept, to correct
    assert not companion.sharing.is_shared()


def test_the_status_line_says_who_is_up_to_date_and_leads_to_the_choice(
    qtbot: QtBot,
    patient: JournalServices,
    companion: JournalServices,
    appearance: Appearance,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _paired(qtbot, patient, companion, tmp_path)
    flight = companion.itinerary.add(FLIGHT)
    companion.sharing.sync()
    window = open_main_window(qtbot, patient, appearance)
    qtbot.waitUntil(lambda: window.sync_state.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: "Up to date with Carlos's laptop" in window.sync_state.text())
    assert window.sync_state.text().endswith("just now")
    assert FLIGHT.title in [i.details.title for i in patient.itinerary.items()]
    # both edit the flight's notes while apart: the line asks for a choice
    (mine,) = [i for i in patient.itinerary.items() if i.details.title == FLIGHT.title]
    patient.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.itinerary.update(flight.id, replace(flight.details, notes="Gate 34"))
    companion.sharing.sync()
    window.sync_keeper.sync_now()
    qtbot.waitUntil(lambda: window.sync_state.text() == "1 change needs a choice", timeout=10000)
    chosen: list[str] = []
    monkeypatch.setattr(ConflictsDialog, "exec", lambda self: chosen.append("shown") or 0)
    qtbot.mouseClick(window.sync_state, Qt.MouseButton.LeftButton)
    assert chosen == ["shown"]
    assert isinstance(window.pages.currentWidget(), SettingsPage)
    window.close()


def test_choosing_the_other_value_keeps_it_and_sends_it(
    qtbot: QtBot, patient: JournalServices, companion: JournalServices, tmp_path: Path
) -> None:
    _paired(qtbot, patient, companion, tmp_path)
    flight = companion.itinerary.add(FLIGHT)
    companion.sharing.sync()
    patient.sharing.sync()
    (mine,) = [i for i in patient.itinerary.items() if i.details.title == FLIGHT.title]
    patient.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.itinerary.update(flight.id, replace(flight.details, notes="Gate 34"))
    companion.sharing.sync()
    patient.sharing.sync()
    kept = next(i for i in patient.itinerary.items() if i.id == mine.id).details.notes
    other = {"Seat 12A", "Gate 34"} - {kept}
    dialog = ConflictsDialog(patient)
    show_active(qtbot, dialog)
    (keep, use) = dialog.choices[0]
    assert (keep.action, keep.value) == ("Keep this (shown now)", f"“{kept}”")
    assert (use.action, use.value) == ("Use this instead", f"“{other.pop()}”")
    who = {
        "Seat 12A": "Elena's laptop (the patient)",
        "Gate 34": "Carlos's laptop (the companion)",
    }
    assert keep.made.startswith(who[kept])
    assert keep.label.isVisible()
    use.setFocus()
    qtbot.keyClick(use, Qt.Key.Key_Space)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Nothing left to choose." in texts
    taken = next(i for i in patient.itinerary.items() if i.id == mine.id).details.notes
    assert taken != kept
    patient.sharing.sync()
    companion.sharing.sync()
    assert [i.details.notes for i in companion.itinerary.items() if i.id == flight.id] == [taken]
    assert companion.sharing.status().conflicts == 0


def test_a_deleted_item_comes_back_with_enter(
    qtbot: QtBot, patient: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = patient.itinerary.add(FLIGHT)
    patient.itinerary.delete(added.id)
    dialog = DeletedDialog(patient)
    show_active(qtbot, dialog)
    first = dialog.list.item(0).text()
    assert first.startswith(f"Itinerary item: {FLIGHT.title} — deleted ")
    assert first.endswith("on this computer")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert FLIGHT.title in [i.details.title for i in patient.itinerary.items()]
    assert dialog.restored == 1
    assert FLIGHT.title not in " ".join(
        dialog.list.item(n).text() for n in range(dialog.list.count())
    )


def test_settings_offers_to_share_and_then_shows_the_computers(
    qtbot: QtBot,
    patient: JournalServices,
    companion: JournalServices,
    appearance: Appearance,
    tmp_path: Path,
) -> None:
    page = SettingsPage(patient, appearance)
    qtbot.addWidget(page)
    assert page.sharing.share_button.isVisibleTo(page)
    assert not page.sharing.join_button.isEnabled()  # this journal already holds a journey
    assert page.sharing.state.text() == "This journal is only on this computer."
    _paired(qtbot, patient, companion, tmp_path)
    page.sharing.refresh()
    assert not page.sharing.share_button.isVisibleTo(page)
    assert page.sharing.devices.count() == 1
    assert page.sharing.devices.item(0).text().startswith("Carlos's laptop (the companion)")
    assert "fingerprint " + patient.sharing.status().fingerprint in page.sharing.state.text()
    buttons = {b.text() for b in page.sharing.findChildren(QPushButton) if b.isVisibleTo(page)}
    assert {"S&ync now", "&Invite another computer…"} <= buttons


def test_the_status_line_words_for_each_state() -> None:
    from datetime import UTC, timedelta

    from journey.sync.crypto import DeviceKeys
    from journey.sync.service import Peer, Status
    from ui.shell.sync import status_words

    now = datetime(2026, 12, 6, 15, 0, tzinfo=UTC)
    me = DeviceKeys.generate("Elena's laptop", "patient").card()
    carlos = DeviceKeys.generate("Carlos's laptop", "companion").card()

    def status(heard: datetime | None, conflicts: int = 0, peers: bool = True) -> Status:
        peer = Peer(carlos, "AAAA-BBBB-CCCC", None if heard is None else heard.isoformat())
        return Status(Path("/shared"), me, "DDDD-EEEE-FFFF", (peer,) if peers else (), conflicts)

    assert status_words(status(now - timedelta(minutes=2)), now) == (
        "Up to date with Carlos's laptop · 2 minutes ago"
    )
    assert status_words(status(now - timedelta(seconds=20)), now) == (
        "Up to date with Carlos's laptop · just now"
    )
    assert status_words(status(now - timedelta(days=3, hours=2)), now) == (
        "Carlos's laptop has not synced for 3 days"
    )
    assert status_words(status(None), now) == "Waiting for Carlos's laptop's first changes"
    assert status_words(status(None, peers=False), now) == (
        "Shared · waiting for the other computer to join"
    )
    assert status_words(status(now, conflicts=2), now) == "2 changes need a choice"
    assert status_words(status(now), now, "Sharing stopped: the disk is full") == (
        "Sharing stopped: the disk is full"
    )


def test_the_first_run_wizard_joins_a_shared_journey_instead(
    qtbot: QtBot,
    patient: JournalServices,
    companion: JournalServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The companion's first start: "Join a shared journey…" on the wizard's first page; once
    joined, the wizard ends as set up, with the patient's journey."""
    from PySide6.QtWidgets import QDialog

    from ui.shell.onboarding import OnboardingWizard

    folder = tmp_path / "shared"
    folder.mkdir()
    code, _ = patient.sharing.init(folder, "Elena's laptop", "patient")

    def join(dialog: JoinDialog) -> int:  # what the person types and confirms
        dialog.form.folder.setText(str(folder))
        dialog.form.code.setText(code)
        dialog.go()
        qtbot.waitUntil(companion.sharing.is_shared, timeout=20000)
        qtbot.waitUntil(dialog.buttons.isEnabled)
        return 1

    monkeypatch.setattr(JoinDialog, "exec", join)
    wizard = OnboardingWizard(companion)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.join_button.isVisible()
    wizard.join_button.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not wizard.isVisible()
    assert companion.onboarding.is_complete()
    assert companion.profile.get().name == patient.profile.get().name


@pytest.mark.parametrize("answer", [True, False])
def test_a_large_deletion_from_the_other_computer_is_asked_about(
    qtbot: QtBot,
    patient: JournalServices,
    companion: JournalServices,
    appearance: Appearance,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    from journey.services.people import ContactDetails
    from ui.shell import main_window

    _paired(qtbot, patient, companion, tmp_path)
    before = len(patient.contacts.contacts())
    for name in ("Lupita", "Jorge", "Hotel Ejemplo", "Dr. Molina"):
        patient.contacts.add(ContactDetails(name=name, role="other"))
    patient.sharing.sync()
    companion.sharing.sync()
    for contact in companion.contacts.contacts():
        companion.contacts.delete(contact.id)
    companion.sharing.sync()
    asked: list[list[tuple[str, str, int, int]]] = []
    monkeypatch.setattr(
        main_window, "confirm_deletions", lambda parent, held: asked.append(held) or answer
    )
    window = open_main_window(qtbot, patient, appearance)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    ((who, kind, count, rows),) = asked[0]
    assert (who, kind, count, rows) == ("Carlos's laptop", "contact", before + 4, before + 4)
    left = before + 4 if not answer else 0
    qtbot.waitUntil(lambda: len(patient.contacts.contacts()) == left, timeout=10000)
    window.close()
