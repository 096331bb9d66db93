"""Themes and text size: every colour pair a person reads has the contrast WCAG asks for, the
theme follows the system or the user's choice and changes live (charts too), the focus shows
as a thick frame, buttons are large targets, and at 200 % text nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.keys import press, show_active
from tests.ui.layout_checks import clipped, each_page, sideways
from ui.aftercare.page import AftercarePage
from ui.aftercare.rating_chart import ScaleChart
from ui.report.page import ReportPage
from ui.settings.page import SettingsPage
from ui.shell.main_window import MainWindow
from ui.side_effects.page import SideEffectsPage
from ui.widgets.themes import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    THEMES,
    Appearance,
    system_theme_from_palette,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

AAA = 7.0  # WCAG 2.x success criterion 1.4.6 Contrast (Enhanced), level AAA: body text
AA = 4.5  # WCAG 2.x success criterion 1.4.3 Contrast (Minimum), level AA: other text
NON_TEXT = 3.0  # WCAG 2.1 success criterion 1.4.11 Non-text Contrast: borders, focus frame

# (what is read, on what, least ratio): body text at AAA, the rest at AA. High contrast asks
# AAA of everything.
PAIRS = [
    ((Group.Active, Role.WindowText), Role.Window, AAA),
    ((Group.Active, Role.Text), Role.Base, AAA),
    ((Group.Active, Role.Text), Role.AlternateBase, AAA),
    ((Group.Active, Role.ButtonText), Role.Button, AAA),
    ((Group.Active, Role.ToolTipText), Role.ToolTipBase, AAA),
    ((Group.Active, Role.HighlightedText), Role.Highlight, AA),
    ((Group.Active, Role.Link), Role.Base, AA),
    ((Group.Active, Role.Link), Role.Window, AA),
    ((Group.Active, Role.BrightText), Role.Window, AA),  # error text
    ((Group.Active, Role.BrightText), Role.Base, AA),
    ((Group.Active, Role.PlaceholderText), Role.Base, AA),
    ((Group.Disabled, Role.WindowText), Role.Window, AA),  # quieter notes are disabled labels
    ((Group.Disabled, Role.Text), Role.Base, AA),
    ((Group.Disabled, Role.ButtonText), Role.Button, AA),
]


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_wcag_formula_gives_the_known_ratios() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#595959"), QColor("#ffffff")) == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_colour_has_wcag_contrast_on_its_background(
    qapp: QApplication, appearance: Appearance, theme: str
) -> None:
    appearance.apply(Settings(theme=theme))
    palette = qapp.palette()
    assert palette.color(Role.Window).name() == THEMES[theme]["window"]
    failures = []
    for (group, text_role), background_role, least in PAIRS:
        if theme == "high_contrast":
            least = AAA
        text = palette.color(group, text_role)
        background = palette.color(Group.Active, background_role)
        ratio = contrast(text, background)
        if ratio < least:
            failures.append(f"{group.name} {text_role.name} on {background_role.name}: {ratio:.2f}")
    assert failures == []


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_error_text_borders_and_focus_frame_stand_out(
    qtbot: QtBot, qapp: QApplication, appearance: Appearance, theme: str
) -> None:
    appearance.apply(Settings(theme=theme))
    error = QLabel("The date is not valid.")
    error.setProperty("role", "error")
    qtbot.addWidget(error)
    error.ensurePolished()
    shown = error.palette().color(Role.WindowText)
    window = qapp.palette().color(Role.Window)
    assert shown.name() == THEMES[theme]["error"]  # the stylesheet's colour reaches the label
    assert contrast(shown, window) >= (AAA if theme == "high_contrast" else AA)
    colours = THEMES[theme]
    for key in ("border", "focus"):
        for background in ("window", "base", "button"):
            ratio = contrast(QColor(colours[key]), QColor(colours[background]))
            assert ratio >= NON_TEXT, f"{key} on {background}: {ratio:.2f}"


def window_colour(app: QApplication) -> str:
    return app.palette().color(Role.Window).name()


def test_high_contrast_is_chosen_in_settings_by_keyboard_and_persists(
    qtbot: QtBot, qapp: QApplication, services: JournalServices, appearance: Appearance
) -> None:
    services.settings.save_preferences(Settings(theme="dark"))
    appearance.apply(Settings(theme="dark"))
    page = SettingsPage(services, appearance)
    show_active(qtbot, page)
    assert window_colour(qapp) == DARK["window"]

    page.theme.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Dark → High contrast

    assert page.theme.currentText() == "High contrast"
    assert window_colour(qapp) == HIGH_CONTRAST["window"]
    assert qapp.palette().color(Role.Highlight).name() == HIGH_CONTRAST["highlight"]
    assert services.settings.preferences().theme == "high_contrast"
    again = SettingsPage(services, appearance)
    show_active(qtbot, again)
    assert again.theme.currentData() == "high_contrast"

    again.theme.setFocus()
    press(qtbot, Qt.Key.Key_Home)  # back to "Follow the system": light on this test machine
    assert services.settings.preferences().theme == "system"
    assert window_colour(qapp) == LIGHT["window"]


@pytest.fixture
def system(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """What the system says: a dark colour scheme, a wish for more contrast."""
    # Appearances other tests left behind would answer the system's signals too: they stop
    # following it (the app has one; this test's own is set by its apply calls).
    for left in qapp.findChildren(Appearance):
        left.settings = Settings(theme="light")
    says = {"dark": False, "high_contrast": False}
    monkeypatch.setattr(Appearance, "system_is_dark", lambda self: says["dark"])
    monkeypatch.setattr(
        Appearance, "system_wants_high_contrast", lambda self: says["high_contrast"]
    )
    return says


def test_following_the_system_takes_its_scheme_and_contrast_preference(
    qapp: QApplication, appearance: Appearance, system: dict[str, bool]
) -> None:
    appearance.apply(Settings(theme="system"))
    assert window_colour(qapp) == LIGHT["window"]

    system["dark"] = True
    appearance.apply(Settings(theme="system"))
    assert window_colour(qapp) == DARK["window"]

    system["high_contrast"] = True  # more contrast wins over dark
    appearance.apply(Settings(theme="system"))
    assert window_colour(qapp) == HIGH_CONTRAST["window"]

    appearance.apply(Settings(theme="light"))  # a choice of one's own wins over the system
    assert window_colour(qapp) == LIGHT["window"]


def test_a_change_in_the_system_applies_at_once_when_following_it(
    qapp: QApplication, appearance: Appearance, system: dict[str, bool]
) -> None:
    hints = QApplication.styleHints()
    appearance.apply(Settings(theme="system"))
    assert window_colour(qapp) == LIGHT["window"]

    system["dark"] = True
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(qapp) == DARK["window"]

    if hasattr(hints, "accessibility"):  # Qt 6.10+: the system's contrast preference
        system["high_contrast"] = True
        contrast_preference = Qt.ContrastPreference.HighContrast  # type: ignore[attr-defined]
        hints.accessibility().contrastPreferenceChanged.emit(contrast_preference)
        assert window_colour(qapp) == HIGH_CONTRAST["window"]
    else:  # Qt 6.8 and 6.9 know no contrast preference: never high contrast by themselves
        assert Appearance.system_wants_high_contrast.__name__ == "<lambda>"

    appearance.apply(Settings(theme="light"))
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(qapp) == LIGHT["window"]  # not following the system: stays light


def palette_of(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(Role.Window, QColor(window))
    palette.setColor(Role.WindowText, QColor(text))
    return palette


@pytest.mark.parametrize(
    ("window", "text", "theme"),
    [
        ("#efefef", "#000000", "light"),  # Qt's Fusion palette
        ("#323232", "#f0f0f0", "dark"),  # the same for a dark colour scheme (Qt 6.12)
        ("#000000", "#ffffff", "high_contrast"),  # Windows' High Contrast Black
        ("#ffffff", "#000000", "high_contrast"),  # and White
    ],
)
def test_the_systems_palette_tells_its_theme(window: str, text: str, theme: str) -> None:
    assert system_theme_from_palette(palette_of(window, text)) == theme


def test_the_first_window_takes_the_systems_palette_until_the_system_is_asked(
    qapp: QApplication, appearance: Appearance, system: dict[str, bool]
) -> None:
    """Before the first window shows, "system" is told from the system's palette; once it is
    shown, what the system says wins (here it says light while its palette looked dark)."""
    qapp.setPalette(palette_of("#323232", "#f0f0f0"))  # a system palette, before ours
    starting = Appearance(qapp)
    try:
        starting.apply(Settings(theme="system"), first_window=True)
        assert window_colour(qapp) == DARK["window"]
        assert starting.colours == DARK  # what the pages read for their accents

        starting.follow_system()
        assert window_colour(qapp) == LIGHT["window"]
        assert starting.colours == LIGHT

        system["dark"] = True  # then it changes: followed as ever
        starting.follow_system()
        assert window_colour(qapp) == DARK["window"]
    finally:
        starting.settings = Settings(theme="light")  # answers the system's signals no more
        starting.deleteLater()


def test_the_real_system_preferences_can_be_read(appearance: Appearance) -> None:
    """Offscreen, the system asks for neither a dark scheme nor more contrast."""
    assert appearance.system_is_dark() is False
    assert appearance.system_wants_high_contrast() is False
    assert appearance.theme == "light"


# --- the main window at 200 % ---------------------------------------------------------------


def open_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    window.resize(1280, 800)
    show_active(qtbot, window)
    window.attach(services)
    return window


def test_at_200_percent_every_page_fits_1280_by_800_without_clipping(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, language: str
) -> None:
    appearance.apply(Settings(theme="high_contrast", text_size=200))
    window = open_window(qtbot, demo_services, appearance)
    pages = 0
    for name, page in each_page(qtbot, window):
        if isinstance(page, SideEffectsPage):  # with a watch window's chart and table open
            page.window_filter.setCurrentIndex(1)
            assert page.panel.isVisible()
            # The tables refit once the panel has its size (ui/widgets/reflow.py), and Qt sets
            # a scroll bar's range once the header has its sections: a bar still there after
            # the wait is one the reader would have to use.
            bar = page.panel.readings.horizontalScrollBar()
            qtbot.waitUntil(lambda: bar.maximum() == 0)  # noqa: B023
        assert (window.width(), window.height()) == (1280, 800), name  # not pushed larger
        assert clipped(window) == [], name
        assert sideways(page) == [], name
        pages += 1
    assert pages == window.sidebar.count() >= 10


@pytest.mark.parametrize(("theme", "size"), [("light", 100), ("high_contrast", 100)])
def test_every_push_button_on_every_page_is_at_least_32_px_tall(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, theme: str, size: int
) -> None:
    appearance.apply(Settings(theme=theme, text_size=size))
    window = open_window(qtbot, demo_services, appearance)
    seen = 0
    for name, _page in each_page(qtbot, window):
        for button in window.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 32, f"{name}: {button.text()!r} {button.height()} px"
                seen += 1
    assert seen >= 20


def frame_pixels(widget: QWidget, colour: str) -> int:
    """How many pixels of ``colour`` run down from the top edge, a third of the way along
    (clear of rounded corners, a text cursor and a drop-down button)."""
    image = widget.grab().toImage()
    x = image.width() // 3
    run = 0
    while run < image.height() and image.pixelColor(QPoint(x, run)).name() == colour:
        run += 1
    return run


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_focus_shows_as_a_thick_frame_in_the_focus_colour(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, theme: str
) -> None:
    appearance.apply(Settings(theme=theme))
    page = SettingsPage(services, appearance)
    show_active(qtbot, page)
    focus = THEMES[theme]["focus"]
    button = next(b for b in page.findChildren(QPushButton) if b.isVisible())
    assert frame_pixels(button, focus) == 0
    for widget in (button, page.theme, page.text_size):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert frame_pixels(widget, focus) >= 3, type(widget).__name__
    # The frame leaves with the focus (now on the text size).
    assert frame_pixels(button, focus) == 0
    assert frame_pixels(page.theme, focus) == 0


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_check_box_shows_a_box_as_tall_as_its_text_and_a_tick_once_checked(
    qtbot: QtBot, appearance: Appearance, theme: str
) -> None:
    """Fusion's own box is 13 px at any text size and vanishes on black; ours grows with the
    text and has the themes' 3:1 border."""
    appearance.apply(Settings(theme=theme, text_size=200))
    box = QCheckBox("I have written it down")
    show_active(qtbot, box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    area = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert area.height() >= box.fontMetrics().height() * 0.8
    border = QColor(THEMES[theme]["border"])

    def indicator() -> list[QColor]:
        image = box.grab().toImage().copy(area)
        return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]

    empty = indicator()
    assert sum(pixel == border for pixel in empty) >= 4 * area.height()  # its four sides
    box.setChecked(True)
    ticked = indicator()
    assert sum(a != b for a, b in zip(empty, ticked, strict=True)) >= area.height() * 2


# --- charts -----------------------------------------------------------------------------------


def aftercare_chart(qtbot: QtBot, window: MainWindow) -> ScaleChart:
    for _name, page in each_page(qtbot, window):
        if isinstance(page, AftercarePage):
            break
    chart = page.findChild(ScaleChart)
    assert chart is not None
    qtbot.waitUntil(lambda: chart.axes() is not None)
    return chart


def test_charts_redraw_in_the_new_theme_and_text_size_at_once(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    from matplotlib.colors import to_hex

    appearance.apply(Settings(theme="light"))
    window = open_window(qtbot, demo_services, appearance)
    chart = aftercare_chart(qtbot, window)
    ax = chart.axes()
    assert ax is not None
    assert to_hex(chart.figure.get_facecolor()) == LIGHT["window"]
    assert to_hex(ax.get_facecolor()) == LIGHT["base"]
    points = QApplication.font().pointSizeF()
    assert ax.title.get_fontsize() == pytest.approx(points * 1.2, rel=0.01)  # "large"

    appearance.apply(Settings(theme="high_contrast", text_size=200))

    ax = chart.axes()
    assert ax is not None
    assert to_hex(chart.figure.get_facecolor()) == HIGH_CONTRAST["window"]
    assert to_hex(ax.get_facecolor()) == HIGH_CONTRAST["base"]
    assert ax.title.get_fontsize() == pytest.approx(points * 2 * 1.2, rel=0.01)
    assert ax.xaxis.get_ticklabels()[0].get_fontsize() == pytest.approx(points * 2, rel=0.01)
    # Black and white: each series in white, told apart by its line style and marker.
    lines = {line.get_gid(): line for line in ax.lines if line.get_gid()}
    assert to_hex(lines["ratings"].get_color()) == "#ffffff"
    assert to_hex(lines["rolling"].get_color()) == "#ffffff"
    looks = {(lines[g].get_linestyle(), lines[g].get_marker()) for g in ("ratings", "rolling")}
    assert len(looks) == 2
    assert to_hex(ax.title.get_color()) == HIGH_CONTRAST["text"]

    appearance.apply(Settings(theme="dark", text_size=100))
    ax = chart.axes()
    assert ax is not None
    assert to_hex(ax.get_facecolor()) == DARK["base"]
    assert to_hex(ax.lines[0].get_color()) == DARK["highlight"]


def test_the_report_preview_reads_at_the_chosen_text_size_live(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    page = ReportPage(demo_services)
    page.resize(1100, 800)
    show_active(qtbot, page)
    said: list[str] = []
    page.status.connect(said.append)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The report is ready to read below." in said, timeout=30000)

    def points(text: str) -> float:
        found = page.preview.document().find(text)
        assert not found.isNull(), text
        return float(found.charFormat().font().pointSizeF())

    body, table = points("From Tue 25 Nov 2025"), points("Reinfusion of your stem cells")
    demo_services.settings.save_preferences(Settings(text_size=200))  # as the Settings page does
    appearance.apply(demo_services.settings.preferences())

    assert points("From Tue 25 Nov 2025") == pytest.approx(2 * body, abs=0.1)
    assert points("Reinfusion of your stem cells") == pytest.approx(2 * table, abs=0.1)


def test_calendar_weekends_are_written_in_the_themes_text_colour(
    qtbot: QtBot, appearance: Appearance
) -> None:
    """Qt's own weekend red is 4:1 on white, below AA; the theme's text colour replaces it."""
    from PySide6.QtGui import QTextFormat

    from ui.widgets.forms import date_box

    appearance.apply(Settings(theme="light"))
    box = date_box()
    show_active(qtbot, box)
    box.setFocus()
    press(qtbot, Qt.Key.Key_F4)  # opens the calendar
    calendar = box.calendarWidget()
    saturday = Qt.DayOfWeek.Saturday

    def weekend_plain() -> bool:
        colour = QTextFormat.Property.ForegroundBrush
        return not calendar.weekdayTextFormat(saturday).hasProperty(colour)

    qtbot.waitUntil(weekend_plain)
    calendar.window().close()
