"""The rating form (SPEC §2.7): about a minute, keyboard first — a digit, Tab, a digit…

One line per shown scale with its anchors in words ("0 = No energy at all · 10 = Full of
energy"); a scale left empty is skipped. Enter saves. A value outside its scale gets a message
beside it and nothing is stored; what was typed stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from journey.aftercare import RatingDetails, RatingSet, Scale, rating_field
from journey.errors import Problem
from journey.settings import RECORDED_BY
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.form_dialog import ScrollingFormDialog
from ui.widgets.forms import choice_box, line, parse_number, set_choice, widen_with_text
from ui.widgets.moment import MomentFields
from ui.words.aftercare import number_text, scale_name
from ui.words.data import tr_data

if TYPE_CHECKING:
    from journey.services import JournalServices


def _tr(text: str) -> str:
    return QCoreApplication.translate("ratings", text)


def scale_hint(scale: Scale) -> str:
    """The anchors, or for a custom scale its range, direction and note."""
    low, high = number_text(scale.details.low), number_text(scale.details.high)
    if scale.built_in:
        return (
            _tr("%1 = %2 · %3 = %4")
            .replace("%1", low)
            .replace("%2", tr_data(scale.low_words))
            .replace("%3", high)
            .replace("%4", tr_data(scale.high_words))
        )
    better = _tr("higher is better") if scale.details.higher_is_better else _tr("higher is worse")
    hint = _tr("%1 to %2, %3").replace("%1", low).replace("%2", high).replace("%3", better)
    return f"{hint}. {scale.details.note}" if scale.details.note else hint


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
        for scale in shown:
            edit = line(placeholder=self.tr("skip"))
            edit.setMaxLength(12)
            name = scale_name(scale)
            self.form.add(rating_field(scale.id), f"&{name}", edit, scale_hint(scale))
            self.values[scale.id] = edit

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

        widen_with_text(self, 460, 64)
        if rating is not None:
            self._show(rating)
        else:
            self.keep_draft(services.drafts, DRAFT, self.moment)
        if self.values:
            next(iter(self.values.values())).setFocus(Qt.FocusReason.OtherFocusReason)

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
