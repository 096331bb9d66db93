"""Line icons (Tabler Icons, MIT: resources/icons/sections/) drawn in a colour and at a size.

The files draw in ``currentColor``; here it becomes the colour asked for (the theme's text
colour, so an icon has the text's contrast in every theme) and the icon is rendered at the
size asked for, sharp at any text size and on high-density screens.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def _svg(name: str) -> str:
    return (files("resources.icons.sections") / f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    data = QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def line_icon(
    name: str, colour: str, size: int, ratio: float = 1.0, selected: str | None = None
) -> QIcon:
    """The icon ``name`` (a file in resources/icons/sections) in ``colour``, ``size`` px; in
    ``selected`` where it sits on a selection (the selected text's colour)."""
    icon = QIcon(_pixmap(name, colour, size, ratio))
    if selected is not None:
        icon.addPixmap(_pixmap(name, selected, size, ratio), QIcon.Mode.Selected)
    return icon
