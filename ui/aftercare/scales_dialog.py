"""Your scales: which ones the rating form shows (tick or untick; ratings already made stay),
and your own scales — a name, a range, what a high value means and a note. A custom scale can
hold a score obtained elsewhere (licensed questionnaires are not reproduced, SPEC §2.7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journey.aftercare import Scale, ScaleDetails
from journey.errors import InvalidInput, Problem
from ui.aftercare.rating_dialog import scale_hint
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import choice_box, line, notes_box, parse_number, set_choice
from ui.widgets.tables import BUTTON_HEIGHT, Column, RowsModel, RowsTable, big_button
from ui.words.aftercare import number_text, scale_name

if TYPE_CHECKING:
    from journey.services import JournalServices


def _tr(text: str) -> str:
    return QCoreApplication.translate("scales_dialog", text)


class ScaleDialog(FormDialog):
    """Add or edit one custom scale; problems beside their fields, what was typed kept."""

    def __init__(
        self, services: JournalServices, scale: Scale | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(_tr("Add a scale") if scale is None else _tr("Edit a scale"), parent)
        self.services = services
        self.scale = scale
        self.stored: Scale | None = None
        add = self.form.add
        self.name = add(
            "name",
            _tr("&Name"),
            line(placeholder=_tr("for example Tingling, or SDMT score from my neurologist")),
            _tr(
                "Licensed questionnaires are not shown here; you can record a score you "
                "obtained elsewhere."
            ),
        )
        self.low = add("low", _tr("&Lowest value"), line("0"))
        self.high = add("high", _tr("&Highest value"), line("10"))
        self.direction = add(
            "higher_is_better",
            _tr("A high value &means"),
            choice_box([("better", _tr("Better")), ("worse", _tr("Worse"))]),
        )
        self.note = add("note", _tr("N&ote (optional)"), notes_box())
        if scale is not None:
            self.name.setText(scale.name)
            self.low.setText(number_text(scale.details.low))
            self.high.setText(number_text(scale.details.high))
            set_choice(self.direction, "better" if scale.details.higher_is_better else "worse")
            self.note.setPlainText(scale.details.note)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        problems: list[Problem] = []
        low, problem = parse_number("low", self.low.text())
        problems += [problem] if problem else []
        high, problem = parse_number("high", self.high.text())
        problems += [problem] if problem else []
        for field, value in (("low", low), ("high", high)):
            if value is None and not any(p.field == field for p in problems):
                problems.append(Problem(field, "required"))
        details = ScaleDetails(
            name=self.name.text(),
            low=low if low is not None else 0,
            high=high if high is not None else 0,
            higher_is_better=self.direction.currentData() == "better",
            note=self.note.toPlainText(),
        )
        seen = {p.field for p in problems}
        scale_id = self.scale.id if self.scale else None
        if not problems:
            problems += self.services.ratings.check_scale(details, scale_id)
        else:
            problems += [
                p
                for p in self.services.ratings.check_scale(details, scale_id)
                if p.field not in seen and p.field not in ("low", "high")
            ]
        if self.show_problems(problems):
            return
        try:
            if self.scale is None:
                self.stored = self.services.ratings.add_scale(details)
            else:
                self.stored = self.services.ratings.update_scale(self.scale.id, details)
        except InvalidInput as exc:
            self.show_problems(list(exc.problems))
            return
        super().accept()


class ScalesDialog(QDialog):
    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Your scales"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Untick a scale to leave it out of the form and the charts; its ratings stay. "
                "Space ticks or unticks the chosen scale."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        def hide(scale: Scale, shown: bool) -> Scale:
            return services.ratings.set_hidden(scale.id, not shown)

        self.model = RowsModel(
            [
                Column(self.tr("Shown"), lambda s: "", checked=lambda s: not s.hidden),
                Column(self.tr("Scale"), scale_name),
                Column(self.tr("What the values mean"), scale_hint),
                Column(
                    self.tr("Kind"),
                    lambda s: self.tr("Built in") if s.built_in else self.tr("Yours"),
                ),
            ],
            key=lambda s: s.id,
            on_check=hide,
            parent=self,
        )
        self.table = RowsTable(self.model, self.tr("Rating scales"))
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = big_button(self.tr("&Add a scale…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = big_button(self.tr("&Edit…"))
        self.edit_button.setToolTip("F2")
        self.edit_button.clicked.connect(self.edit)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in close.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.edit)
        self.resize(max(720, self.fontMetrics().averageCharWidth() * 100), 520)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        self.table.reload(self.services.ratings.scales(), keep)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        scale = self.table.current()
        if scale is None:
            return
        if scale.built_in:
            self.message.setText(self.tr("A built-in scale keeps its wording; you can untick it."))
            return
        self._open(scale)

    def _open(self, scale: Scale | None) -> None:
        dialog = ScaleDialog(self.services, scale, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.stored is not None:
                self.reload(dialog.stored.id)
                self.message.setText(self.tr("Saved “%1”.").replace("%1", dialog.stored.name))
        finally:
            dialog.deleteLater()
