"""Appearance: Fusion with a light, dark or high-contrast palette, a stylesheet that gives
every control a border you can see and a thick focus frame, and a text size from 100 to 200 %,
applied live to every window.

"system" follows the system's colour scheme and, on Qt 6.10 or newer, its contrast preference
(high contrast wins over dark). Reading either answers a member of PySide's ``Qt`` namespace, and
the first use of any member builds all 94 of its enums (about 15 ms, a sixth of a bare window's
start-up). So the first window is themed from the system's palette, which as a rule tells the
same (``system_theme_from_palette``), and built without touching ``Qt`` (tests/cli/test_cli.py
checks); once it is shown, ``follow_system`` reads the system's wish exactly and applies it if
it differs.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from journey.dto import Settings

# Every colour pair a person reads is checked by tests/ui/test_themes.py with the WCAG 2.x
# relative-luminance formula, from the palette Qt is given:
# - body text (text on window, base, alternate base and button): at least 7:1, WCAG 2.x AAA
#   1.4.6 (light ≈ 14–17:1, dark ≈ 11–15:1, high contrast 17–21:1);
# - selected text on its highlight, links, error text, placeholder and disabled text: at least
#   4.5:1, WCAG 2.x AA 1.4.3 (7:1 in high contrast);
# - borders and the focus frame against what they sit on: at least 3:1, WCAG 2.1 AA 1.4.11.
LIGHT = {
    "window": "#f4f4f4",
    "base": "#ffffff",
    "alt_base": "#eef1f5",
    "text": "#1a1a1a",
    "button": "#e8e8e8",
    "highlight": "#1f5fbf",
    "highlighted_text": "#ffffff",
    "link": "#0b4fa8",
    "placeholder": "#5a5a5a",
    "disabled": "#5e5e5e",
    "error": "#a40e0e",
    "mid": "#b0b0b0",  # grid lines and other quiet decoration, never the only sign of anything
    "border": "#6b6b6b",
    "focus": "#1f5fbf",
}
DARK = {
    "window": "#262626",
    "base": "#1e1e1e",
    "alt_base": "#2c3038",
    "text": "#f2f2f2",
    "button": "#353535",
    "highlight": "#5c9cf5",
    "highlighted_text": "#000000",
    "link": "#8ab8ff",
    "placeholder": "#b4b4b4",
    "disabled": "#a6a6a6",
    "error": "#ff9e9e",
    "mid": "#5a5a5a",
    "border": "#9a9a9a",
    "focus": "#8ab8ff",
}
# Like Windows' high-contrast black: white on black, selections in cyan, links and the focus
# frame in yellow; every border white, links underlined, lines in charts white and told apart
# by their dashes and markers.
HIGH_CONTRAST = {
    "window": "#000000",
    "base": "#000000",
    "alt_base": "#1a1a1a",
    "text": "#ffffff",
    "button": "#000000",
    "highlight": "#1aebff",
    "highlighted_text": "#000000",
    "link": "#ffff00",
    "placeholder": "#d0d0d0",
    "disabled": "#a8a8a8",
    "error": "#ff8c8c",
    "mid": "#a8a8a8",
    "border": "#ffffff",
    "focus": "#ffff00",
    "chart_series": "#ffffff",  # black and white: series differ by line style and marker
    "chart_alert": "#ffffff",
}
THEMES = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}
MIN_TARGET = 32  # px: the least height of a push button (SPEC: large targets)
FOCUS_WIDTH = 3  # px: the focus frame, three times a resting border
# The design system (docs/design.md). Spacing: every gap is one of these, in px; sections are
# told apart by space and a hairline, never by boxes.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}
# Type: sizes relative to the body text (which the user sets from 100 to 200 %); weight
# marks headings, colour never does alone.
TYPE_SCALE = {"title": 1.5, "section": 1.15, "body": 1.0}
RADIUS = 6  # px: buttons, fields' popups, the selected section


def theme_colours(palette: QPalette) -> dict[str, str]:
    """The colours of the theme whose palette this is (a chart asks its own palette, so it
    follows the window it is in); a palette not made here counts as light or dark."""
    window = palette.color(QPalette.ColorRole.Window).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    for colours in THEMES.values():
        if colours["window"] == window and colours["text"] == text:
            return colours
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def build_palette(colours: dict[str, str]) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    pairs = {
        role.Window: "window",
        role.WindowText: "text",
        role.Base: "base",
        role.AlternateBase: "alt_base",
        role.Text: "text",
        role.Button: "button",
        role.ButtonText: "text",
        role.ToolTipBase: "base",
        role.ToolTipText: "text",
        role.Highlight: "highlight",
        role.HighlightedText: "highlighted_text",
        role.Link: "link",
        role.LinkVisited: "link",
        role.PlaceholderText: "placeholder",
        role.Mid: "mid",
        role.BrightText: "error",
    }
    if hasattr(role, "Accent"):  # Qt 6.6+: Fusion draws checked boxes and sliders in it
        pairs[role.Accent] = "highlight"
    for qt_role, key in pairs.items():
        palette.setColor(qt_role, QColor(colours[key]))
    for qt_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, qt_role, QColor(colours["disabled"]))
    return palette


def style_sheet(colours: dict[str, str], font_points: float, line_height: float) -> str:
    """The application's stylesheet: every control with a border of at least 3:1 against its
    background (Fusion draws its outlines in a shade of the window colour, which vanishes on
    black), a focus frame three times as thick in the focus colour (the width says it too, not
    the colour alone), disabled buttons and fields with a dashed border, and push buttons at
    least ``MIN_TARGET`` px tall at any text size. (Links are underlined by Qt itself.)"""
    c = colours
    rest = 1  # px, a resting border
    tone = "light" if QColor(c["text"]).lightness() > 127 else "dark"

    def icon(name: str) -> str:
        return Path(str(files("resources.icons") / f"{name}-{tone}.svg")).as_posix()

    # Padding that makes a one-line button MIN_TARGET px tall, whatever the font.
    pad = max(4, round((MIN_TARGET - line_height) / 2) - rest + 1)
    focus_pad = pad - (FOCUS_WIDTH - rest)
    return f"""
QLabel[role='error'] {{ color: {c["error"]}; font-weight: bold; }}
QLabel[role='headline'] {{
    font-size: {font_points * TYPE_SCALE["title"]:.1f}pt; font-weight: bold;
}}
QLabel[role='section'] {{
    font-size: {font_points * TYPE_SCALE["section"]:.1f}pt; font-weight: bold;
}}

/* The sections: words (and icons) on the window's colour; the one shown is a filled pill. */
QListWidget#sections {{
    background: transparent; border: {FOCUS_WIDTH}px solid transparent; padding: 0px;
}}
QListWidget#sections:focus {{ border-color: {c["focus"]}; border-radius: {RADIUS}px; }}
QListWidget#sections::item {{
    padding: {SPACE["s"]}px {SPACE["m"]}px; border-radius: {RADIUS}px; color: {c["text"]};
}}
QListWidget#sections[narrow="true"]::item {{ padding: {SPACE["xs"]}px {SPACE["m"]}px; }}
QListWidget#sections::item:hover {{ background-color: {c["alt_base"]}; }}
QListWidget#sections::item:selected {{
    background-color: {c["highlight"]}; color: {c["highlighted_text"]};
}}

QPushButton {{
    color: {c["text"]}; background-color: {c["button"]};
    border: {rest}px solid {c["border"]}; border-radius: {RADIUS}px;
    padding: {pad}px 12px;
}}
QPushButton:hover {{ background-color: {c["alt_base"]}; }}
QPushButton:pressed, QPushButton:checked {{
    color: {c["highlighted_text"]}; background-color: {c["highlight"]};
}}
QPushButton:disabled {{  /* no fill and a quiet edge: a shape that says "not now" */
    color: {c["disabled"]}; background-color: transparent; border-color: {c["mid"]};
}}
QPushButton:default {{ border-width: 2px; padding: {pad - 1}px 11px; }}
QPushButton:focus {{
    border: {FOCUS_WIDTH}px solid {c["focus"]}; padding: {focus_pad}px 10px;
}}
QPushButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: right center; right: 4px;
}}

QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView {{
    border: {rest}px solid {c["border"]}; padding: {FOCUS_WIDTH - rest + 1}px;
}}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus {{
    border: {FOCUS_WIDTH}px solid {c["focus"]}; padding: 1px;
}}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ border-style: dashed; }}
QComboBox {{ combobox-popup: 0; }}  /* a list below the box, up to maxVisibleItems rows */
QComboBox QAbstractItemView::item {{ min-height: 1.8em; padding: 0px 6px; }}  /* easy to hit */
QComboBox QAbstractItemView, QComboBox QAbstractItemView:focus {{
    /* A dropdown's list: Qt sizes its popup to the rows and the frame alone, so a padding
       here cut the last choice off (issue 19: "1½-3 rows" of a 4-choice list). */
    border: {rest}px solid {c["border"]}; padding: 0px;
}}
QCalendarWidget QAbstractItemView, QCalendarWidget QAbstractItemView:focus {{
    border: none; padding: 0px;  /* the days fill the popup; the chosen one is highlighted */
}}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 1.5em;
    border-left: {rest}px solid {c["border"]};
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url("{icon("arrow-down")}"); width: 0.7em; height: 0.7em;
}}
QAbstractSpinBox::up-arrow {{ image: url("{icon("arrow-up")}"); width: 0.7em; height: 0.7em; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 1.5em; border-left: {rest}px solid {c["border"]};
}}
QAbstractSpinBox::up-button {{
    subcontrol-position: top right; border-bottom: {rest}px solid {c["border"]};
}}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {{
    background-color: {c["highlight"]};
}}

QTabBar::scroller {{ width: 3.2em; }}  /* the arrows that scroll tabs too many for the page */
QTabBar QToolButton {{ border: {rest}px solid {c["border"]}; background-color: {c["button"]}; }}
QTabBar QToolButton::left-arrow {{ image: url("{icon("arrow-left")}"); }}
QTabBar QToolButton::right-arrow {{ image: url("{icon("arrow-right")}"); }}
QTabBar QToolButton::left-arrow, QTabBar QToolButton::right-arrow {{
    width: 0.8em; height: 0.8em;
}}

QCheckBox, QRadioButton {{
    border: {FOCUS_WIDTH}px solid transparent; border-radius: 4px; padding: 2px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c["focus"]}; }}
QCheckBox::indicator, QAbstractItemView::indicator {{
    width: 1em; height: 1em; border: 2px solid {c["border"]}; border-radius: 3px;
    background-color: {c["base"]};  /* a box as large as the text, seen in every theme */
}}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    image: url("{icon("check")}");
}}
QCheckBox::indicator:disabled {{ border-style: dashed; }}

QGroupBox {{  /* a section: its title in bold over a hairline, set apart by space */
    border: none; border-top: {rest}px solid {c["mid"]};
    margin-top: 1.6em; padding: {SPACE["m"]}px 0px 0px 0px; font-weight: bold;
}}
QGroupBox > QWidget {{ font-weight: normal; }}  /* the title only */
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 0px; padding: 0px;
}}
QTabWidget::pane {{ border: none; border-top: {rest}px solid {c["mid"]}; }}
QTabBar::tab {{
    color: {c["text"]}; background-color: transparent;
    border: none; border-bottom: {FOCUS_WIDTH}px solid transparent;
    padding: {SPACE["s"]}px {SPACE["m"]}px; margin-right: {SPACE["xs"]}px;
}}
QTabBar::tab:hover {{ background-color: {c["alt_base"]}; }}
QTabBar::tab:selected {{ border-bottom: {FOCUS_WIDTH}px solid {c["highlight"]}; }}
QTabBar:focus {{ border: {FOCUS_WIDTH}px solid {c["focus"]}; }}
QHeaderView::section {{
    color: {c["text"]}; background-color: {c["button"]};
    border: none; border-right: {rest}px solid {c["border"]};
    border-bottom: {rest}px solid {c["border"]}; padding: 0px 4px; min-height: 1.6em;
}}
QToolTip, QMenu {{ border: {rest}px solid {c["border"]}; }}
QSplitter::handle {{ background-color: {c["mid"]}; }}  /* a hairline that can be dragged */
QSplitter::handle:vertical {{ height: 4px; }}
QSplitter::handle:horizontal {{ width: 4px; }}
/* Thin scroll bars: a rounded handle in the border colour (3:1), no trough, no arrows. */
QScrollBar:vertical {{ width: 12px; }}
QScrollBar:horizontal {{ height: 12px; }}
QScrollBar {{ background: transparent; border: none; margin: 2px; }}
QScrollBar::handle {{
    background: {c["border"]}; border-radius: 4px; min-height: 32px; min-width: 32px;
}}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {c["text"]}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def system_theme_from_palette(palette: QPalette) -> str:
    """The theme a system's own palette asks for. Qt's palette is dark for a dark colour scheme:
    Windows, macOS and KDE give their own colours, and elsewhere its Fusion palette turns dark
    (#f0f0f0 on #323232; seen with Qt 6.12's GNOME theme). Windows' high-contrast themes are
    pure black and white."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if {window.name(), text.name()} == {"#000000", "#ffffff"}:
        return "high_contrast"
    return "dark" if window.lightness() < text.lightness() else "light"


class Appearance(QObject):
    """Owns the application's theme and text size; pages read ``colours`` for their accents."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self.settings = Settings()
        self.theme = "light"  # the theme on screen: "light", "dark" or "high_contrast"
        self._palette_theme = system_theme_from_palette(app.palette())  # before we set ours
        if app.style().name().casefold() != "fusion":  # often it is already: not built twice
            app.setStyle(QStyleFactory.create("Fusion"))
        # Both kept: PySide deletes the accessibility hints with a dropped style-hints wrapper.
        self._hints = QGuiApplication.styleHints()
        self._hints.colorSchemeChanged.connect(self.follow_system)
        # Qt 6.10+ reports the system's contrast preference; 6.8 and 6.9 do not.
        self._accessibility: Any = None
        if hasattr(self._hints, "accessibility"):
            self._accessibility = self._hints.accessibility()
            self._accessibility.contrastPreferenceChanged.connect(self.follow_system)

    def system_is_dark(self) -> bool:
        from PySide6.QtCore import Qt

        return self._hints.colorScheme() == Qt.ColorScheme.Dark

    def system_wants_high_contrast(self) -> bool:
        if self._accessibility is None:
            return False
        from PySide6.QtCore import Qt

        preference = self._accessibility.contrastPreference()
        return bool(preference == Qt.ContrastPreference.HighContrast)

    def system_theme(self) -> str:
        """What the system asks for, read exactly: more contrast wins over dark."""
        if self.system_wants_high_contrast():
            return "high_contrast"
        return "dark" if self.system_is_dark() else "light"

    @property
    def dark(self) -> bool:
        """Light text on a dark background (the dark and the high-contrast themes)."""
        return self.theme != "light"

    @property
    def colours(self) -> dict[str, str]:
        return THEMES[self.theme]

    def apply(self, settings: Settings, *, first_window: bool = False) -> None:
        """Theme and text size as ``settings`` say, on every window. ``first_window``: before
        the first window is shown, "system" is told from the system's palette (see above);
        call ``follow_system`` once it is shown."""
        self.settings = settings
        if settings.theme in THEMES:
            self.theme = settings.theme
        elif first_window:
            self.theme = self._palette_theme
        else:
            self.theme = self.system_theme()
        colours = self.colours
        self._app.setPalette(build_palette(colours))
        font = self._app.font()
        font.setPointSizeF(self._base_point_size * settings.text_size / 100)
        self._app.setFont(font)
        self._app.setStyleSheet(
            style_sheet(colours, font.pointSizeF(), QFontMetricsF(font).height())
        )

    def follow_system(self) -> None:
        """When following the system: its wish read exactly, and applied if it is not what is
        shown (the system changed, or its palette told otherwise at start-up)."""
        if self.settings.theme == "system" and self.system_theme() != self.theme:
            self.apply(self.settings)
