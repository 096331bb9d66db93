"""Appearance: Fusion with a light or dark palette (following the system by default) and a
text size from 100 to 200 %, applied live to every window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from journey.dto import Settings

# Body text on its background is at least 7:1 (WCAG 2 AAA) in both palettes:
# light #1a1a1a on #ffffff ≈ 17.4:1, dark #f2f2f2 on #1e1e1e ≈ 15.3:1.
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
    "disabled": "#6e6e6e",
    "error": "#a40e0e",
    "mid": "#b0b0b0",
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
    "disabled": "#9a9a9a",
    "error": "#ff9e9e",
    "mid": "#5a5a5a",
}


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
        role.PlaceholderText: "placeholder",
        role.Mid: "mid",
        role.BrightText: "error",
    }
    for qt_role, key in pairs.items():
        palette.setColor(qt_role, QColor(colours[key]))
    for qt_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, qt_role, QColor(colours["disabled"]))
    return palette


class Appearance(QObject):
    """Owns the application's theme and text size; pages read ``colours`` for their accents."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        self.settings = Settings()
        app.setStyle(QStyleFactory.create("Fusion"))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    @property
    def dark(self) -> bool:
        if self.settings.theme == "system":
            return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.settings.theme == "dark"

    @property
    def colours(self) -> dict[str, str]:
        return DARK if self.dark else LIGHT

    def apply(self, settings: Settings) -> None:
        self.settings = settings
        self._app.setPalette(build_palette(self.colours))
        font = self._app.font()
        font.setPointSizeF(self._base_point_size * settings.text_size / 100)
        self._app.setFont(font)
        # Error texts and focus frames use palette colours, restyled here for every widget.
        self._app.setStyleSheet(
            f"QLabel[role='error'] {{ color: {self.colours['error']}; font-weight: bold; }}"
            f"QLabel[role='headline'] {{ font-size: {font.pointSizeF() * 1.35:.1f}pt; "
            "font-weight: bold; }"
            "QListWidget#sections::item { padding: 8px 6px; }"
        )

    def _system_scheme_changed(self) -> None:
        if self.settings.theme == "system":
            self.apply(self.settings)
