"""The rating form (SPEC §2.7): about a minute, keyboard first — a digit, Tab, a digit…

One row per shown scale: its name, the box for the number and its anchors in words, the
better end marked with a word and a symbol ("0 = No energy at all · 10 = Full of energy
▲ better"). Up and Down step the number by one within the scale. A scale left empty is
skipped. Enter saves. A value outside its scale gets a message beside it and nothing is
stored; what was typed stays. The scales scroll; Save and Cancel stay in view below them
(issue 19, part 4: the form was taller than a 1366×768 screen).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from journey.aftercare import RatingDetails, RatingSet, Scale, rating_field
from journey.errors import Problem
from journey.settings import RECORDED_BY
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.form_dialog import ScrollingFormDialog
from ui.widgets.forms import (
    ErrorLabel,
    FieldLabel,
    choice_box,
    name_for_screen_readers,
    parse_number,
    set_choice,
    widen_with_text,
)
from ui.widgets.moment import MomentFields
from ui.words.aftercare import number_text, scale_name
from ui.words.data import tr_data

if TYPE_CHECKING:
    from journey.services import JournalServices


def _tr(text: str) -> str:
    return QCoreApplication.translate("ratings", text)


def scale_hint(scale: Scale) -> str:
    """The anchors, the better end marked "▲ better" (a word and a symbol, not colour: the
    chart draws that end up); for a custom scale its range, direction and note."""
    low, high = number_text(scale.details.low), number_text(scale.details.high)
    better = _tr("▲ better").replace(" ", "\u00a0")  # never split over two lines
    if scale.built_in:
        low_words, high_words = tr_data(scale.low_words), tr_data(scale.high_words)
        if scale.details.higher_is_better:
            high_words = f"{high_words} {better}"
        else:
            low_words = f"{low_words} {better}"
        return (
            _tr("%1 = %2 · %3 = %4")
            .replace("%1", low)
            .replace("%2", low_words)
            .replace("%3", high)
            .replace("%4", high_words)
        )
    direction = (
        _tr("higher is better") if scale.details.higher_is_better else _tr("higher is worse")
    )
    better_end = _tr("%1 at %2").replace("%1", better)
    better_end = better_end.replace("%2", high if scale.details.higher_is_better else low)
    hint = (
        _tr("%1 to %2, %3").replace("%1", low).replace("%2", high).replace("%3", direction)
        + f" ({better_end})"
    )
    return f"{hint}. {scale.details.note}" if scale.details.note else hint


class ScaleEdit(QLineEdit):
    """The box for one scale's number: typed, or stepped by one with Up and Down within the
    scale (from empty, Up or Down starts in the middle). Nothing else changes: a word or a
    number outside the scale typed here stays, for the message beside it."""

    def __init__(self, scale: Scale) -> None:
        super().__init__()
        self.low, self.high = scale.details.low, scale.details.high
        self.setPlaceholderText(QCoreApplication.translate("RatingDialog", "skip"))
        self.setMaxLength(12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
            return
        text = self.text().strip().replace("−", "-").replace(",", ".")
        if not text:
            value = float(round((self.low + self.high) / 2))
        else:
            try:
                value = float(text) + step
            except ValueError:
                return  # not a number: left as typed, for its message
        self.setText(number_text(min(self.high, max(self.low, value))))


DRAFT = "rating"  # its draft's name (ui.widgets.drafts)

BASELINE_CHOICES = [
    ("auto", QT_TRANSLATE_NOOP("ratings", "By date: before the treatment starts")),
    ("yes", QT_TRANSLATE_NOOP("ratings", "Yes, part of my baseline")),
    ("no", QT_TRANSLATE_NOOP("ratings", "No")),
]
_BASELINE_VALUES = {"auto": None, "yes": True, "no": False}


class RatingDialog(ScrollingFormDialog):
    extra_height = 96  # the introduction above the form

    def __init__(
        self,
        services: JournalServices,
        parent: QWidget | None = None,
        rating: RatingSet | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.editing = rating
        self.stored: RatingSet | None = None
        self.zone = rating.details.zone if rating else services.clock.zone
        self.setWindowTitle(self.tr("Edit a rating") if rating else self.tr("Rate your week"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Type a number for each, then Tab to the next. Leave one empty to skip it. "
                "Enter saves."
            )
        )
        intro.setWordWrap(True)
        self.column.insertWidget(0, intro)
        shown = [s for s in services.ratings.scales() if not s.hidden]
        if rating is not None:  # a hidden scale with a value in this rating stays editable
            rated = {scale_id for scale_id, _ in rating.details.values}
            shown = [s for s in services.ratings.scales() if not s.hidden or s.id in rated]
        self.scales = {scale.id: scale for scale in shown}
        self.values: dict[int, QLineEdit] = {}
        self._add_scales(shown)

        self.notes = self.add_notes()
        self.baseline = choice_box(
            [(v, QCoreApplication.translate("ratings", t)) for v, t in BASELINE_CHOICES]
        )
        self.form.add("baseline", self.tr("Part of the &baseline?"), self.baseline)
        self.recorded_by = choice_box(
            [("patient", self.tr("The patient")), ("companion", self.tr("The companion"))]
        )
        set_choice(self.recorded_by, services.settings.get(RECORDED_BY))
        self.form.add("recorded_by", self.tr("&Recorded by"), self.recorded_by)
        self.moment = MomentFields(services.clock.now(), self.zone)
        self.moment.add_to(self.form)

        widen_with_text(self, 460, 96)  # a scale to a line, mostly (1366 px wide at 200 %)
        if rating is not None:
            self._show(rating)
        else:
            self.keep_draft(services.drafts, DRAFT, self.moment)
        if self.values:
            next(iter(self.values.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_scales(self, shown: list[Scale]) -> None:
        """One compact row per scale (name, box, anchors), its message under it: the scales
        take about half the height they took as label, box and hint on lines of their own."""
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        box_width = self.fontMetrics().averageCharWidth() * 7
        for n, scale in enumerate(shown):
            field = rating_field(scale.id)
            name = scale_name(scale)
            hint = scale_hint(scale)
            edit = ScaleEdit(scale)
            edit.setObjectName(field)
            edit.setFixedWidth(box_width)
            name_for_screen_readers(edit, name)
            edit.setToolTip(hint)
            edit.setAccessibleDescription(hint)
            caption = FieldLabel(f"&{name}")
            caption.setBuddy(edit)
            anchors = QLabel(hint)
            anchors.setWordWrap(True)
            anchors.setEnabled(False)  # the palette's quieter, still ≥ 4.5:1, text colour
            error = ErrorLabel(edit)
            grid.addWidget(caption, 2 * n, 0)
            grid.addWidget(edit, 2 * n, 1)
            grid.addWidget(anchors, 2 * n, 2)
            grid.addWidget(error, 2 * n + 1, 0, 1, 3)
            # Registered as the form's own fields: problems, drafts and order find them.
            self.form.fields[field] = edit
            self.form.errors[field] = error
            self.values[scale.id] = edit
        self.form.layout_.addRow(rows)

    def _show(self, rating: RatingSet) -> None:
        for scale_id, value in rating.details.values:
            if scale_id in self.values:
                self.values[scale_id].setText(number_text(value))
        self.notes.setPlainText(rating.details.notes)
        mark = {None: "auto", True: "yes", False: "no"}[rating.details.baseline]
        set_choice(self.baseline, mark)
        set_choice(self.recorded_by, rating.details.recorded_by)
        self.moment.offer(rating.details.at)

    def read(self) -> tuple[RatingDetails, list[Problem]]:
        problems: list[Problem] = []
        pairs: list[tuple[int, float]] = []
        for scale_id, edit in self.values.items():
            value, problem = parse_number(rating_field(scale_id), edit.text().replace("−", "-"))
            if problem is not None:
                problems.append(problem)
            elif value is not None:
                pairs.append((scale_id, value))
        at, moment_problems = self.moment.read()
        problems += moment_problems
        details = RatingDetails(
            at=at,
            zone=self.zone,
            values=tuple(pairs),
            recorded_by=str(self.recorded_by.currentData()),
            notes=self.notes.toPlainText(),
            baseline=_BASELINE_VALUES[str(self.baseline.currentData())],
        )
        return details, problems

    def save(self) -> None:
        details, problems = self.read()
        seen = {p.field for p in problems}
        problems += [p for p in self.services.ratings.check(details) if p.field not in seen]
        if self.values:  # "rate at least one": said beside the first scale, which takes focus
            first = rating_field(next(iter(self.values)))
            problems = [replace(p, field=first) if p.field == "values" else p for p in problems]
        if self.show_in_order(problems):
            return
        ratings = self.services.ratings
        editing = self.editing
        self.stored = self.stored_or_kept(
            lambda: (
                ratings.record(details) if editing is None else ratings.update(editing.id, details)
            )
        )
        if self.stored is None:
            return
        self.accept()  # "recorded by" stays this computer's person for the next rating

    @classmethod
    def ask(
        cls,
        services: JournalServices,
        parent: QWidget | None = None,
        rating: RatingSet | None = None,
    ) -> RatingSet | None:
        """Show the form; the stored rating, or None if the user cancelled."""
        dialog = cls(services, parent, rating)
        try:
            return dialog.stored if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def rated_message(rating: RatingSet) -> str:
    """What the status bar and a screen reader say after a save."""
    count = len(rating.details.values)
    if count == 1:
        return _tr("Rating saved: 1 scale.")
    return _tr("Rating saved: %1 scales.").replace("%1", str(count))
