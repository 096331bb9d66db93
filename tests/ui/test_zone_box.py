"""Time zones as places (issue 17): the zone box shows "Tijuana (Mexico)", in Spanish
"Ciudad de México (México)", finds a city typed with or without accents in either language,
and never shows "Etc/UTC"; what it gives the form is still the IANA name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keys import focused, press, replace_text, show_active, tab, type_text
from ui.widgets.forms import ZoneBox


class Field(QWidget):
    """A zone box and a field after it, to Tab to."""

    def __init__(self, zone: str = "") -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.box = ZoneBox(zone)
        self.after = QLineEdit()
        column.addWidget(self.box)
        column.addWidget(self.after)


_shown: list[Field] = []  # the field shown, kept by Python for the test


@pytest.fixture(autouse=True)
def _put_away() -> Iterator[None]:
    yield
    for field in _shown:
        field.close()
        field.deleteLater()
    _shown.clear()


def show_field(qtbot: QtBot, zone: str = "") -> ZoneBox:
    field = Field(zone)
    _shown.append(field)
    show_active(qtbot, field)
    field.box.setFocus()
    return field.box


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from ui import i18n

    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.c())


def shown(box: ZoneBox) -> list[str]:
    return [box.itemText(row) for row in range(box.count())]


def test_the_list_is_places_with_their_country(qtbot: QtBot) -> None:
    box = show_field(qtbot, "America/Tijuana")
    assert box.currentText() == "Tijuana (Mexico)"
    assert box.zone() == "America/Tijuana"
    places = shown(box)
    for place in ("Tijuana (Mexico)", "Toronto (Canada)", "Mexico City (Mexico)"):
        assert place in places
    assert not [place for place in places if "/" in place or "_" in place or "Etc" in place]
    assert not [place for place in places if place.startswith("UTC")]  # UTC is no place


def test_in_spanish_the_places_are_in_spanish(qtbot: QtBot, spanish: None) -> None:
    box = show_field(qtbot, "America/Mexico_City")
    assert box.currentText() == "Ciudad de México (México)"
    assert box.zone() == "America/Mexico_City"
    places = shown(box)
    assert "Toronto (Canadá)" in places
    assert "Nueva York (Estados Unidos)" in places
    replace_text(qtbot, "cancun")
    tab(qtbot)
    assert box.currentText() == "Cancún (México)"
    assert box.zone() == "America/Cancun"


@pytest.mark.parametrize(
    ("typed", "zone", "place"),
    [
        ("cancun", "America/Cancun", "Cancun (Mexico)"),
        ("Mérida", "America/Merida", "Merida (Mexico)"),
        ("merida", "America/Merida", "Merida (Mexico)"),
        ("Mexico City", "America/Mexico_City", "Mexico City (Mexico)"),
        ("Ciudad de Mexico", "America/Mexico_City", "Mexico City (Mexico)"),
        ("Guadalajara", "America/Mexico_City", "Mexico City (Mexico)"),
        ("America/Tijuana", "America/Tijuana", "Tijuana (Mexico)"),
    ],
)
def test_a_city_typed_is_its_zone_and_shows_as_its_place(
    qtbot: QtBot, typed: str, zone: str, place: str
) -> None:
    box = show_field(qtbot, "America/Toronto")
    replace_text(qtbot, typed)
    assert box.zone() == zone  # read as typed, before the field is left
    tab(qtbot)
    assert box.zone() == zone
    assert box.currentText() == place


def test_part_of_a_name_lists_the_places_to_pick_from(qtbot: QtBot) -> None:
    box = show_field(qtbot, "America/Toronto")
    replace_text(qtbot, "canc")  # no accent, part of the name
    popup = box.completer().popup()
    assert popup.isVisible()
    listed = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert listed == ["Cancun (Mexico)"]
    # The list has the keyboard while it is open: Down picks the first, Enter takes it.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert box.currentText() == "Cancun (Mexico)"
    assert box.zone() == "America/Cancun"


def test_a_country_typed_lists_its_places(qtbot: QtBot) -> None:
    box = show_field(qtbot)
    type_text(qtbot, "méxico")
    popup = box.completer().popup()
    listed = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert "Tijuana (Mexico)" in listed
    assert "Mexico City (Mexico)" in listed
    assert "Toronto (Canada)" not in listed


@pytest.mark.parametrize("zone", ["Etc/UTC", "UTC", "Etc/GMT"])
def test_utc_reads_as_no_place_never_etc_utc(qtbot: QtBot, zone: str) -> None:
    box = show_field(qtbot)
    box.set_zone(zone)
    assert box.currentText() == "UTC (no place)"
    assert "Etc" not in box.currentText()
    assert box.zone() == zone  # kept as stored


def test_a_link_stored_keeps_its_name_and_shows_its_place(qtbot: QtBot) -> None:
    box = show_field(qtbot, "US/Pacific")
    assert box.currentText() == "Los Angeles (United States)"
    assert box.zone() == "US/Pacific"


def test_text_that_names_no_zone_is_kept_for_the_form_to_refuse(qtbot: QtBot) -> None:
    box = show_field(qtbot, "America/Toronto")
    replace_text(qtbot, "Atlantis")
    tab(qtbot)
    assert box.currentText() == "Atlantis"
    assert box.zone() == "Atlantis"
    box.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    tab(qtbot)
    assert box.zone() == ""  # empty stays empty (an item's end zone: "the same")
    assert focused() is not box


def test_an_itinerary_time_names_the_place_in_spanish(spanish: None) -> None:
    from ui.words.itinerary import place_of

    assert place_of("America/Mexico_City") == "Ciudad de México"
    assert place_of("America/Los_Angeles") == "Los Ángeles"
    assert place_of("Etc/UTC") == "UTC"


def test_an_itinerary_time_names_the_place_in_english() -> None:
    from ui.words.itinerary import place_of

    assert place_of("America/Mexico_City") == "Mexico City"
    assert place_of("America/Tijuana") == "Tijuana"
    assert place_of("Etc/UTC") == "UTC"
