"""Form building blocks shared by the onboarding wizard, the Today page and dialogs.

Each form reads its widgets into a DTO plus the problems found while parsing (a number that
is not a number), shows problems beside their fields (a warning sign and words, never colour
alone) and keeps whatever the user typed.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable
from datetime import date, time
from importlib.resources import files
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journey.dto import BLOOD_TYPES, CompanionData, CourseData, ProfileData
from journey.errors import Problem
from journey.places import (
    place_zone,
    place_zones,
    placeless,
    plain,
    zone_label,
    zone_search_text,
    zone_typed,
)
from journey.timekeeping import EARLIEST_DATE, LATEST_DATE, date_problem, known_zones
from ui.words.blood_type import blood_type_text
from ui.words.messages import problem_text
from ui.words.vocabulary import MS_TYPE_CHOICES, PROTOCOL_CHOICES, translated

Day = date  # DateBox.date() hides the name inside the class
NOT_SET = QDate()  # what an optional date box holds while "Not set"

W = TypeVar("W", bound=QWidget)

if TYPE_CHECKING:
    _WidgetMixinBase = QWidget  # the mixins below are only ever mixed into widgets
else:
    _WidgetMixinBase = object


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("forms", text)


def name_for_screen_readers(widget: QWidget, name: str) -> None:
    """Name a field and the editors inside it (a date box or editable combo holds a line
    edit that takes the focus), so a screen reader says the same name wherever focus is."""
    widget.setAccessibleName(name)
    for inner in widget.findChildren(QLineEdit):
        inner.setAccessibleName(name)


class FieldLabel(QLabel):
    """A field's caption, with one character of slack in its size.

    On X11, Qt measures a caption whose mnemonic (&) is its first letter a few pixels short,
    clipping the last letter at large text sizes; the slack follows the current font.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self.fontMetrics().averageCharWidth(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ErrorLabel(QLabel):
    """The message under a field: hidden until there is a problem."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._field = field  # the row's widget; ``show_problem`` may name the field inside it
        self._described: QWidget | None = None  # the field describing the problem meanwhile
        self._own_description = ""  # its own description, back once the problem is gone
        self.hide()

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        """The problem under the row, and as the description of ``field`` (the one that
        takes the focus, which a screen reader reads), not of the row around it."""
        self.clear_problem()
        self.setText(f"⚠ {text}")
        self.setAccessibleName(text)
        described = field or self._field
        self._described, self._own_description = described, described.accessibleDescription()
        described.setAccessibleDescription(text)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        if self._described is not None:  # the field's hint comes back
            self._described.setAccessibleDescription(self._own_description)
            self._described = None
        self.hide()


class Form(QWidget):
    """A QFormLayout whose rows are named after the domain's field names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        # Labels above their fields: nothing is clipped at 200 % text or in longer languages.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, name: str, label: str, widget: W, hint: str = "") -> W:
        caption = FieldLabel(label)
        caption.setBuddy(widget)
        name_for_screen_readers(widget, label.replace("&", ""))
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        widget.setObjectName(name)
        self.layout_.addRow(caption, widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setEnabled(False)  # the palette's quieter, still ≥ 4.5:1, text colour
            self.layout_.addRow("", note)
        error = ErrorLabel(widget)
        self.layout_.addRow("", error)
        if isinstance(widget, DateBox):  # a date refused as typed says so here
            widget.use_error_label(error)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    def refused_dates(self) -> list[Problem]:
        """A problem for each date box among the fields that shows a typed date it refused,
        in the words already beside it (so the form is not read with the date held before)."""
        return [
            problem
            for name, field in self.fields.items()
            if isinstance(field, DateBox)
            and (problem := refused_date_problem(name, field)) is not None
        ]

    def show_problems(self, problems: list[Problem]) -> bool:
        """Show each problem beside its field, focus the first; True if any were ours. A date
        box's refusal stays beside it until its text is read or replaced."""
        for name, error in self.errors.items():
            field = self.fields[name]
            if not (isinstance(field, DateBox) and field.refusal()):
                error.clear_problem()
        first: tuple[QWidget, str] | None = None
        for problem in problems:
            if problem.field in self.errors:
                text, field = problem_text(problem), self.fields[problem.field]
                self.errors[problem.field].show_problem(text, field)
                first = first or (field, text)
        if first is None:
            return False
        field, text = first
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        # Heard as well as seen: a screen reader announces it at once (ui.widgets.announce).
        from ui.widgets.announce import announce

        announce(field, text, urgent=True)
        return True


# --- field widgets ------------------------------------------------------------------------


def line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


class NotesEdit(QPlainTextEdit):
    """Notes of any length: Enter saves, as in every other field; Shift+Enter starts a line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def notes_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(70)
    box.setMaximumHeight(140)
    return box


def widen_with_text(widget: QWidget, least: int, letters: int) -> None:
    """At least ``letters`` average letters of the widget's font wide (a dialog's width grows
    with the text size, so a hint or a message keeps to a line or two), and never under
    ``least`` px."""
    widget.setMinimumWidth(max(least, widget.fontMetrics().averageCharWidth() * letters))


def choice_box(options: list[tuple[str, str]]) -> QComboBox:
    """A combo box of (stored value, shown text) pairs. Its longest choice does not widen the
    form (a protocol's Spanish name is 80 letters): the box takes the form's width, and the
    list it opens shows every choice whole."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for value, shown in options:
        box.addItem(shown, value)
    return box


def set_choice(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


class TabLeaves(_WidgetMixinBase):
    """Tab moves to the next field, as everywhere else; Left and Right move between the
    day, month and year (Qt's date edits otherwise spend Tab on their own sections).
    Typing still advances through the sections by itself."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # PySide hands a key press over as a QKeyEvent
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                QWidget.focusNextPrevChild(self, forward)
                return True
        return super().event(event)


# --- dates: read exactly as typed, or refused with a message -------------------------------

SHOWN_FORMAT = "d MMM yyyy"  # day, month name, year: 04/05 is April to some, May to others
EARLIEST = QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day)
LATEST = QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day)
EXAMPLE = QDate(2026, 5, 10)  # the date in the messages' examples

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMBERS = re.compile(r"\d+")


def _four_digit_year(pattern: str) -> str:
    """A locale's format with the year in full: "yy" leaves the century to a guess."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_formats(locale: QLocale | None = None) -> list[tuple[QLocale, str]]:
    """The formats a typed date is read in, besides ISO 8601 (2026-05-10): the locale's own
    short format (its year in full) and long one, and "10 May 2026" in the locale and in
    English."""
    locale = locale or QLocale()
    english = QLocale.c()
    return [
        (locale, _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))),
        (locale, locale.dateFormat(QLocale.FormatType.LongFormat)),
        (locale, SHOWN_FORMAT),
        (locale, "d MMMM yyyy"),
        (english, SHOWN_FORMAT),
        (english, "d MMMM yyyy"),
    ]


def shown_date(value: QDate) -> str:
    """How a date box shows a date: "10 May 2026", in the user's language."""
    return QLocale().toString(value, SHOWN_FORMAT)


def _examples() -> tuple[str, str]:
    return shown_date(EXAMPLE), EXAMPLE.toString("yyyy-MM-dd")


def read_typed_date(text: str, locale: QLocale | None = None) -> tuple[date | None, str]:
    """The date ``text`` names, read exactly, or None and why it was refused (an empty
    ``text``: None and no reason). Never a guess: a day that does not exist, a year in two
    digits, text two formats read as different dates, or a date outside 1900–2200 is refused."""
    typed = " ".join(text.split())
    if not typed:
        return None, ""
    example, iso_example = _examples()
    found: set[date] = set()
    iso = _ISO.fullmatch(typed)
    if iso:
        with contextlib.suppress(ValueError):  # 2026-13-40: no such day
            found.add(date(*(int(part) for part in iso.groups())))
    else:
        numbers = _NUMBERS.findall(typed)
        if numbers and len(numbers[-1]) == 2 and all(len(n) <= 2 for n in numbers):
            return None, _tr("Type the year with all four digits, like %1.").replace("%1", example)
        for where, pattern in date_formats(locale):
            for candidate in {typed, typed.lower()}:  # "DE" is not the literal "de"
                parsed = where.toDate(candidate, pattern)
                if parsed.isValid():
                    found.add(cast(date, parsed.toPython()))  # stub: object
    if len(found) > 1:
        return None, _tr(
            "This could be more than one date, so it was not taken. Type it like %1 or %2."
        ).replace("%1", example).replace("%2", iso_example)
    if not found:
        return None, _tr(
            "Journey cannot read this as a date, so it was not taken. Type it like %1 or %2."
        ).replace("%1", example).replace("%2", iso_example)
    value = found.pop()
    problem = date_problem("date", value)
    return (None, problem_text(problem)) if problem is not None else (value, "")


def _calendar_icon(widget: QWidget) -> QIcon:
    tone = "light" if widget.palette().text().color().lightness() > 127 else "dark"
    return QIcon(str(files("resources.icons") / f"arrow-down-{tone}.svg"))


def _layout_holding(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return layout, index
        inner = item.layout()
        if inner is not None and (found := _layout_holding(inner, widget)) is not None:
            return found
    return None


class DateBox(QLineEdit):
    """A date read exactly as typed when the field is left or Enter is pressed: ISO 8601
    (2026-05-10), the locale's own short and long formats, or "10 May 2026" in the locale or
    in English. Anything else is refused with a message beside the field, the typed text kept
    and the date unchanged; Enter then stays in the field. A read date shows as
    "10 May 2026".

    Up and Down step a day (in "Not set", Up starts from ``start_from``, today unless given);
    F4 or Alt+Down opens the calendar. An optional date shows "Not set"; Delete or Backspace
    with all the text selected sets it back, and typing into it starts a date.
    """

    dateChanged = Signal(QDate)

    def __init__(self, start_from: QDate | None = None) -> None:
        super().__init__()
        self.start_from = start_from or QDate.currentDate()
        self._date = QDate()  # invalid: not set
        self._special = ""  # "Not set", for an optional date
        self._refusal = ""  # why the text shown was not taken, while it is
        self._error: ErrorLabel | None = None  # where the refusal shows
        self._calendar: QCalendarWidget | None = None
        self._open = QAction(_calendar_icon(self), _tr("Open the calendar (F4)"), self)
        self._open.setToolTip(_tr("Open the calendar (F4)"))
        self._open.triggered.connect(self.show_calendar)
        self.addAction(self._open, QLineEdit.ActionPosition.TrailingPosition)
        self.setDate(self.start_from)

    # --- the value ---------------------------------------------------------------------

    def date(self) -> QDate:
        """The date taken (an invalid QDate for "Not set")."""
        return QDate(self._date)

    def setDate(self, value: QDate | Day) -> None:
        if isinstance(value, Day):
            value = QDate(value.year, value.month, value.day)
        if not value.isValid():
            self.clear_date()
            return
        changed = value != self._date
        self._date = QDate(value)
        self.setText(shown_date(value))
        self._clear_refusal()
        if changed:
            self.dateChanged.emit(QDate(value))

    def clear_date(self) -> None:
        """ "Not set" (an optional date)."""
        changed = self._date.isValid()
        self._date = QDate()
        self.setText(self._special)
        self._clear_refusal()
        if changed:
            self.dateChanged.emit(QDate())

    def specialValueText(self) -> str:
        return self._special

    def setSpecialValueText(self, text: str) -> None:
        """Makes the date optional, shown as ``text`` while not set."""
        self._special = text
        if not self._date.isValid():
            self.setText(text)

    def refusal(self) -> str:
        """Why the text shown was not taken as a date ("" once it was)."""
        return self._refusal

    def take_typed(self, say: bool = True) -> bool:
        """Read what is typed: True if it is the date now (or "Not set"), False if refused
        (shown beside the field and, if ``say``, announced; the text and the date as they
        were)."""
        typed = " ".join(self.text().split())
        if self._date.isValid() and typed == shown_date(self._date):
            self._clear_refusal()
            return True
        if self._special and typed in ("", self._special):
            self.clear_date()
            return True
        value, problem = read_typed_date(typed)
        if value is None:
            example, iso_example = _examples()
            empty = _tr("Type a date, like %1 or %2.").replace("%1", example)
            self._refuse(problem or empty.replace("%2", iso_example), say)
            return False
        self.setDate(value)
        return True

    # --- the message beside the field --------------------------------------------------

    def use_error_label(self, label: ErrorLabel) -> None:
        """Show refusals in ``label`` (the row's own, in a Form)."""
        self._error = label

    def _refuse(self, text: str, say: bool = True) -> None:
        self._refusal = text
        if self._error is None:
            self._error = ErrorLabel(self)
            self._place(self._error)
        self._error.show_problem(text, self)
        if say:
            from ui.widgets.announce import announce

            announce(self, text, urgent=True)

    def _clear_refusal(self) -> None:
        if self._refusal and self._error is not None:
            self._error.clear_problem()
        self._refusal = ""

    def _place(self, label: QLabel) -> None:
        """Put ``label`` just after this box: the next row of a form, the next place in a
        row or column; else just under the box."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        found = _layout_holding(layout, self) if layout is not None else None
        if found is not None:
            holder, index = found
            if isinstance(holder, QFormLayout):
                # Qt's stub says object: it is (row, role).
                row, _role = cast(tuple[int, object], holder.getWidgetPosition(self))
                holder.insertRow(row + 1, "", label)
                return
            if isinstance(holder, QBoxLayout):
                holder.insertWidget(index + 1, label)
                return
            if isinstance(holder, QGridLayout):  # the box's cell holds the box, then this
                # Qt's stub says object: it is (row, column, row span, column span).
                cell = cast(tuple[int, int, int, int], holder.getItemPosition(index))
                holder.removeWidget(self)
                column = QVBoxLayout()
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(self)
                column.addWidget(label)
                holder.addLayout(column, *cell)
                return
        label.setParent(parent or self)  # a box on its own: its tooltip and description say it
        if parent is not None:
            label.move(self.geometry().bottomLeft())
            label.raise_()

    # --- keys, focus and the calendar --------------------------------------------------

    def _not_set_shown(self) -> bool:
        return bool(self._special) and not self._date.isValid() and self.text() == self._special

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.take_typed():
                event.accept()  # refused: the form stays, with the message
                return
            super().keyPressEvent(event)  # the dialog's default button (Save) takes it
            return
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier
        ):
            event.accept()
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            event.accept()
            self._step(1 if key == Qt.Key.Key_Up else -1)
            return
        everything = self.hasSelectedText() and self.selectedText() == self.text()
        if self._special and everything and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            self.clear_date()
            self.selectAll()
            return
        if self._not_set_shown() and text and text.isprintable():
            self.setText("")  # typing into "Not set" starts a date
        super().keyPressEvent(event)

    def _step(self, days: int) -> None:
        if not self._date.isValid() and self._not_set_shown():
            self.setDate(self.start_from)
        elif self.take_typed() and self._date.isValid():
            stepped = self._date.addDays(days)
            if EARLIEST <= stepped <= LATEST:
                self.setDate(stepped)
        self.selectAll()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # typing replaces the date, as in every other date field

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason and self.isVisible():
            self.take_typed()
        super().focusOutEvent(event)

    def calendarWidget(self) -> QCalendarWidget:
        """The calendar that F4 opens (made the first time)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setDateRange(EARLIEST, LATEST)
            # Qt writes weekends in pure red, 4:1 on white: below the theme's contrast. They
            # take the theme's text colour; the column headings still say Sat and Sun.
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                calendar.setWeekdayTextFormat(day, QTextCharFormat())
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            calendar.setAccessibleName(self.accessibleName())
            self._calendar = calendar
        return self._calendar

    def show_calendar(self) -> None:
        calendar = self.calendarWidget()
        shown = self._date if self._date.isValid() else self.start_from
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.calendarWidget().hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class TimeBox(TabLeaves, QTimeEdit):
    pass


def date_box(optional: bool = False, start_from: date | None = None) -> DateBox:
    start = None if start_from is None else QDate(start_from.year, start_from.month, start_from.day)
    box = DateBox(start)
    if optional:
        box.setSpecialValueText(_tr("Not set"))
        box.clear_date()
    return box


def read_date(box: DateBox) -> date | None:
    value = box.date()
    # QDate.toPython gives a datetime.date; Qt's stub says only ``object``.
    return cast(date, value.toPython()) if value.isValid() else None


def write_date(box: DateBox, value: date | None) -> None:
    if value is None:
        box.clear_date()
    else:
        box.setDate(value)


def refused_date_problem(field: str, box: DateBox) -> Problem | None:
    """A problem for ``field`` while ``box`` shows a typed date it refused (so a form is not
    saved with the date it held before); its words are the message already beside it."""
    if not box.refusal():
        return None
    return Problem(field, "{message}", {"message": box.refusal()})  # Problem.english fills it


def take_typed_dates(within: QWidget | Iterable[DateBox]) -> bool:
    """Before a form is stored or acted on: every date box ``within`` (a dialog, a form, or
    the boxes themselves) reads what is typed in it, a date typed but not yet left included,
    so that nothing is stored or shown for the date a box held before. True if each took its
    text; else False, every refusal beside its box, the first refused box focused and its
    message said (ui.widgets.announce)."""
    boxes = within.findChildren(DateBox) if isinstance(within, QWidget) else list(within)
    refused = [box for box in boxes if not box.take_typed(say=False)]
    if not refused:
        return True
    first = refused[0]
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    from ui.widgets.announce import announce

    announce(first, first.refusal(), urgent=True)
    return False


def time_box() -> QTimeEdit:
    from ui.words.time import TIME_FORMAT

    box = TimeBox()
    box.setDisplayFormat(TIME_FORMAT)  # as every list and the PDF write a time
    return box


@functools.cache
def _zone_rows(language: str) -> tuple[tuple[str, str], ...]:
    """(shown place, IANA zone) for each zone offered as a place, by place name."""
    rows = [(zone_label(zone, language), zone) for zone in place_zones()]
    return tuple(sorted(rows, key=lambda row: plain(row[0])))


class _ZoneList(QAbstractListModel):
    """The zone box's choices: each zone's place as text, its IANA name as the item's data.
    A model of its own, not 400 ``addItem`` calls, so a form opens without delay."""

    def __init__(self, rows: Iterable[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        label, zone = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return zone
        return None

    def put_first(self, label: str, zone: str) -> None:
        """A choice not offered as a place (UTC, a link such as "US/Pacific"), at the top."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, (label, zone))
        self.endInsertRows()


class _ZoneMatches(QSortFilterProxyModel):
    """The zones whose names hold what is typed (without accents or case, in English or
    Spanish, or the IANA name), and the zone of the city typed when Journey knows it."""

    def __init__(self, zones: _ZoneList, parent: QWidget) -> None:
        super().__init__(parent)
        self._zones = zones
        self._typed = ""
        self._zone: str | None = None
        self.setSourceModel(zones)

    def find(self, text: str) -> None:
        typed = plain(text)
        found = zone_typed(text) if typed else None
        self._typed, self._zone = typed, None if found is None else (place_zone(found) or found)
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._typed or not 0 <= source_row < len(self._zones.rows):
            return False
        zone = self._zones.rows[source_row][1]
        return zone == self._zone or self._typed in zone_search_text(zone)


class ZoneBox(QComboBox):
    """A time zone shown as a place in the user's language ("Tijuana (Mexico)", "Ciudad de
    México (México)"), typed as a city (any part of it, with or without accents, in English or
    Spanish), as an IANA name, or picked from the list. ``zone()`` is the IANA name;
    ``set_zone`` shows its place. UTC and the Etc/ zones are not offered: a zone stored as
    one reads "UTC (no place)", never "Etc/UTC". Text that names no zone is kept as typed,
    for the form to refuse with its words."""

    def __init__(self, zone: str = "") -> None:
        super().__init__()
        from ui.i18n import current_language

        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The longest place ("South Georgia (South Georgia and the South Sandwich Islands)")
        # does not widen the form; the list it opens shows each place whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._language = current_language()
        self._zones = _ZoneList(_zone_rows(self._language), self)
        self.setModel(self._zones)
        self._matches = _ZoneMatches(self._zones, self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # editable
        edit.textEdited.connect(self._typed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.set_zone(zone)

    def zone(self) -> str:
        """The IANA name of the zone shown or typed; what was typed when it names none."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            index = self.findText(self.currentText())
        if index >= 0:
            return str(self.itemData(index))
        found = zone_typed(text)
        return text if found is None else found

    def set_zone(self, zone: str) -> None:
        """Show ``zone`` as its place; a zone that is no place, or not offered (a link such
        as "US/Pacific"), is shown and kept as it is; text that is no zone, as typed."""
        if not zone.strip():
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(zone)
        if index < 0 and zone in known_zones():
            label = zone_label(zone, self._language)
            if placeless(zone):
                label = _tr("%1 (no place)").replace("%1", label)
            self._zones.put_first(label, zone)
            index = 0
        if index < 0:
            self.setEditText(zone)
            return
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))

    def _typed(self, text: str) -> None:
        self._matches.find(text)
        completer = self.completer()
        if completer is None:
            return
        if self._matches.rowCount():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._settle()  # then Enter goes on to the form's default button, as anywhere
        super().keyPressEvent(event)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focus left the box for another field (Tab, a click): it settles. Watched on
        the application, as the box hears no focus-out while its list of matches is open."""
        mine = (self, self.lineEdit())
        if old in mine and new is not None and new not in mine:
            self._settle()

    def _settle(self) -> None:
        """Once the field is left (or Enter pressed), a city or zone typed shows as its
        place: "cancun" becomes "Cancun (Mexico)"."""
        text = self.currentText()
        if not text.strip() or self.findText(text) >= 0:
            return
        found = zone_typed(text)
        if found is not None:
            self.set_zone(place_zone(found) or found)


def parse_number(field: str, text: str) -> tuple[float | None, Problem | None]:
    """A number typed in the user's locale (or with a dot); empty means not given."""
    text = text.strip()
    if not text:
        return None, None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None, Problem(field, "not_a_number")
    return value, None


def parse_year(field: str, text: str) -> tuple[int | None, Problem | None]:
    text = text.strip()
    if not text:
        return None, None
    if not (text.isdigit() and len(text) == 4):
        return None, Problem(field, "not_a_year")
    return int(text), None


# --- the three forms ----------------------------------------------------------------------


class ProfileForm(Form):
    """The patient. ``full=False`` keeps to what onboarding asks."""

    def __init__(self, *, full: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self.add("name", _tr("Your &name"), line())
        self.ms_type = self.add(
            "ms_type", _tr("&Type of MS"), choice_box(translated(MS_TYPE_CHOICES))
        )
        self.diagnosis_year = self.add(
            "diagnosis_year", _tr("&Year of diagnosis"), line(placeholder=_tr("for example 2015"))
        )
        self.edss = self.add(
            "edss",
            _tr("&EDSS"),
            line(placeholder=_tr("for example 3.5")),
            _tr("As a neurologist last reported it, 0 to 10. Journey never works it out."),
        )
        self.edss_date = self.add("edss_date", _tr("EDSS &date"), date_box(optional=True))
        self.full = full
        if full:
            self.dmt_history = self.add(
                "dmt_history", _tr("&Disease-modifying therapies so far"), notes_box()
            )
            self.last_mri_date = self.add(
                "last_mri_date", _tr("Date of last &MRI"), date_box(optional=True)
            )
            self.last_mri_findings = self.add(
                "last_mri_findings", _tr("Last MRI &findings"), notes_box()
            )
            self.allergies = self.add(
                "allergies",
                _tr("Aller&gies"),
                notes_box(),
                _tr(
                    "Medicines, foods or materials, and what happens — for the wallet card "
                    "and the report"
                ),
            )
            # Stored in ASCII ("O-"), shown with a true minus sign ("O−").
            self.blood_type = self.add(
                "blood_type",
                _tr("Bl&ood type"),
                choice_box(
                    [("", _tr("Not entered"))]
                    + [(code, blood_type_text(code)) for code in BLOOD_TYPES]
                ),
            )

    def read(self) -> tuple[ProfileData, list[Problem]]:
        edss, edss_problem = parse_number("edss", self.edss.text())
        year, year_problem = parse_year("diagnosis_year", self.diagnosis_year.text())
        data = ProfileData(
            name=self.name.text(),
            ms_type=self.ms_type.currentData(),
            diagnosis_year=year,
            edss=edss,
            edss_date=read_date(self.edss_date),
            dmt_history=self.dmt_history.toPlainText() if self.full else "",
            last_mri_date=read_date(self.last_mri_date) if self.full else None,
            last_mri_findings=self.last_mri_findings.toPlainText() if self.full else "",
            allergies=self.allergies.toPlainText() if self.full else "",
            blood_type=self.blood_type.currentData() if self.full else "",
        )
        problems = [p for p in (edss_problem, year_problem) if p is not None]
        return data, problems + self.refused_dates()

    def write(self, data: ProfileData) -> None:
        self.name.setText(data.name)
        set_choice(self.ms_type, data.ms_type)
        self.diagnosis_year.setText("" if data.diagnosis_year is None else str(data.diagnosis_year))
        self.edss.setText("" if data.edss is None else QLocale().toString(data.edss, "f", 1))
        write_date(self.edss_date, data.edss_date)
        if self.full:
            self.dmt_history.setPlainText(data.dmt_history)
            write_date(self.last_mri_date, data.last_mri_date)
            self.last_mri_findings.setPlainText(data.last_mri_findings)
            self.allergies.setPlainText(data.allergies)
            set_choice(self.blood_type, data.blood_type)


class CourseForm(Form):
    """The treatment course and travel dates, and where the clinic is. ``ask_number`` adds
    the clinic's 24-hour number (onboarding: it is stored as a contact, not with the course),
    which may be left empty until the person has it."""

    def __init__(
        self,
        home_zone: str,
        today: date,
        parent: QWidget | None = None,
        *,
        ask_number: bool = False,
    ) -> None:
        super().__init__(parent)
        self.protocol = self.add(
            "protocol", _tr("&Protocol"), choice_box(translated(PROTOCOL_CHOICES))
        )
        self.clinic_name = self.add("clinic_name", _tr("&Clinic"), line())
        self.clinic_city = self.add(
            "clinic_city", _tr("C&ity"), line(placeholder=_tr("for example Puebla, Mexico"))
        )
        self.destination_zone = self.add(
            "destination_zone",
            _tr("Time &zone there"),
            ZoneBox("America/Mexico_City"),
            _tr("Found from the city when Journey knows it; or type part of a city's name."),
        )
        self.arrival_date = self.add("arrival_date", _tr("&Arrival date"), date_box())
        self.arrival_time = self.add(
            "arrival_time", _tr("Arrival &time (local time there)"), time_box()
        )
        self.treatment_start = self.add("treatment_start", _tr("&Treatment starts on"), date_box())
        self.clinic_address = self.add(
            "clinic_address",
            _tr("Clinic's a&ddress"),
            line(placeholder=_tr("street and number, as the clinic writes it")),
        )
        self.clinic_phone: QLineEdit | None = None
        if ask_number:
            self.clinic_phone = self.add(
                "clinic_phone",
                _tr("Clinic's &24-hour number"),
                line(placeholder=_tr("for example +52 664 555 0101")),
                _tr(
                    "The number to call day and night. Leave it empty if you do not have it "
                    "yet: Today will ask for it."
                ),
            )
        self.home_zone = self.add("home_zone", _tr("Time zone at &home"), ZoneBox(home_zone))
        write_date(self.arrival_date, today)
        write_date(self.treatment_start, today)
        self.arrival_time.setTime(QTime(12, 0))
        # The zone follows the city typed (journey.places) until the person picks one; the
        # treatment start keeps its distance from the arrival when the arrival moves.
        self.zone_chosen = False
        self.clinic_city.textEdited.connect(self._zone_from_city)
        self.destination_zone.activated.connect(self._zone_picked)
        line_edit = self.destination_zone.lineEdit()
        if line_edit is not None:
            line_edit.textEdited.connect(self._zone_picked)
        self._arrival = today
        self.arrival_date.dateChanged.connect(self._move_treatment_start)

    def _zone_picked(self, *_: object) -> None:
        self.zone_chosen = True

    def _zone_from_city(self, text: str) -> None:
        from journey.places import zone_for_place

        zone = zone_for_place(text)
        if zone is not None and not self.zone_chosen:
            self.destination_zone.set_zone(zone)

    def _move_treatment_start(self) -> None:
        arrival = cast(date, self.arrival_date.date().toPython())
        start = cast(date, self.treatment_start.date().toPython())
        moved = start + (arrival - self._arrival)
        self._arrival = arrival
        if EARLIEST_DATE <= moved <= LATEST_DATE:
            write_date(self.treatment_start, moved)

    def read(self) -> tuple[CourseData, list[Problem]]:
        data = CourseData(
            protocol=self.protocol.currentData(),
            clinic_name=self.clinic_name.text(),
            clinic_city=self.clinic_city.text(),
            arrival_date=cast(date, self.arrival_date.date().toPython()),  # stub: object
            arrival_time=time(self.arrival_time.time().hour(), self.arrival_time.time().minute()),
            destination_zone=self.destination_zone.zone(),
            treatment_start=cast(date, self.treatment_start.date().toPython()),
            home_zone=self.home_zone.zone(),
            clinic_address=self.clinic_address.text(),
        )
        return data, self.refused_dates()

    def clinic_number(self) -> str:
        """The clinic's 24-hour number as typed ("" when not asked or not given yet)."""
        return "" if self.clinic_phone is None else self.clinic_phone.text().strip()

    def write(self, data: CourseData) -> None:
        set_choice(self.protocol, data.protocol)
        self.clinic_name.setText(data.clinic_name)
        self.clinic_city.setText(data.clinic_city)
        self.destination_zone.set_zone(data.destination_zone)
        self.zone_chosen = True  # stored: the person's, whatever the city says
        self._arrival = data.arrival_date  # the stored start is not moved by writing it
        write_date(self.arrival_date, data.arrival_date)
        self.arrival_time.setTime(QTime(data.arrival_time.hour, data.arrival_time.minute))
        write_date(self.treatment_start, data.treatment_start)
        self.clinic_address.setText(data.clinic_address)
        self.home_zone.set_zone(data.home_zone)


class CompanionForm(Form):
    """The companion; all empty means travelling alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self.add("companion_name", _tr("Companion's &name"), line())
        self.phone = self.add("companion_phone", _tr("&Phone"), line())
        self.email = self.add("companion_email", _tr("&E-mail"), line())

    def read(self) -> tuple[CompanionData | None, list[Problem]]:
        if not any(w.text().strip() for w in (self.name, self.phone, self.email)):
            return None, []
        return CompanionData(self.name.text(), self.phone.text(), self.email.text()), []

    def write(self, data: CompanionData | None) -> None:
        data = data or CompanionData("")
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
