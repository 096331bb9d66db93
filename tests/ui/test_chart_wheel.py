"""The mouse wheel over a chart scrolls the page it is on (issue 19, part 5): matplotlib's
canvas kept the wheel, so a page stopped scrolling wherever a chart passed under the pointer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.charts import TemperatureChart


def wheel_down(widget: QWidget) -> QWheelEvent:
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: the page goes down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    event.setAccepted(True)
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot) -> None:
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(QLabel("A long page"))
    chart = TemperatureChart()
    column.addWidget(chart)
    for n in range(40):
        column.addWidget(QLabel(f"Row {n}"))
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(600, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    start = datetime(2027, 1, 20, 8, tzinfo=UTC)
    chart.show_readings([(start + timedelta(hours=h), 37.0 + h / 10) for h in range(6)], [], "C")
    assert chart.canvas is not None
    bar = area.verticalScrollBar()
    assert bar.value() == 0

    # The canvas leaves the wheel alone; Qt then hands a real (spontaneous) wheel to the
    # widgets around it, up to the scroll area, which scrolls. A test's event is not passed
    # on by Qt, so the scroll area gets it as Qt would give it.
    assert not wheel_down(chart.canvas).isAccepted()
    wheel_down(area.viewport())
    assert bar.value() > 0
