"""A small dialog around one Form, with Save and Cancel: the base of the contact and cost
dialogs. Save keeps the dialog open, with each problem beside its field, until it is right."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from journey.errors import Problem
from ui.forms import Form
from ui.tables import BUTTON_HEIGHT


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Wide enough for a hint or a message on one or two lines, at any text size.
        self.setMinimumWidth(max(460, self.fontMetrics().averageCharWidth() * 64))
        layout = QVBoxLayout(self)
        self.form = Form()
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_problems(self, problems: list[Problem]) -> bool:
        shown = self.form.show_problems(problems)
        # Once the messages are polished (bold, so wider): then their height is known.
        QTimer.singleShot(0, self, self.fit_height)
        return shown

    def fit_height(self) -> None:
        """Tall enough for every wrapped hint and message at this width (Qt sizes a window
        from its layout's minimum, which leaves wrapped labels a line short)."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        if layout is not None and layout.hasHeightForWidth():
            # QFormLayout keeps row heights measured before a message was polished bold.
            self.form.layout_.invalidate()
            layout.invalidate()
            height = max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
            self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()
