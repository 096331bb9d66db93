"""Form building blocks shared by the onboarding wizard, the Today page and dialogs.

Each form reads its widgets into a DTO plus the problems found while parsing (a number that
is not a number), shows problems beside their fields (a warning sign and words, never colour
alone) and keeps whatever the user typed.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import (
    QChildEvent,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from journey.dto import CompanionData, CourseData, ProfileData
from journey.errors import Problem
from journey.timekeeping import known_zones
from ui.words.messages import problem_text
from ui.words.vocabulary import MS_TYPE_CHOICES, PROTOCOL_CHOICES, translated

NOT_SET = QDate(1900, 1, 1)

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
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    def show_problems(self, problems: list[Problem]) -> bool:
        """Show each problem beside its field, focus the first; True if any were ours."""
        for error in self.errors.values():
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


class DateBox(TabLeaves, QDateEdit):
    """A date typed as people type it; an optional one shows "Not set".

    Qt's date edit moves on to the month by itself after a day like "9", and then the space
    typed next skipped the month too ("9 Jun 2026" became 9 Nov 2026): a separator right after
    Qt moved on is swallowed here. Typing into "Not set" starts from ``start_from`` (today
    unless given), and Delete or Backspace with all the text selected sets it back.
    """

    def __init__(self, start_from: QDate | None = None) -> None:
        super().__init__()
        self.start_from = start_from or QDate.currentDate()
        self._moved_on = False

    def stepBy(self, steps: int) -> None:
        if self._unset():
            self.setDate(self.start_from)
            return
        super().stepBy(steps)

    def _unset(self) -> bool:
        return bool(self.specialValueText()) and self.date() == NOT_SET

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        everything = self.lineEdit().selectedText() == self.text()
        if self._unset() and text and text.isalnum():
            self.setDate(self.start_from)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        elif (
            self.specialValueText()
            and everything
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.setDate(NOT_SET)
            return
        if text and text in DATE_SEPARATORS and self._moved_on:
            self._moved_on = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isalnum() and self.currentSection() != before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._unset():
            self.calendarWidget().setCurrentPage(self.start_from.year(), self.start_from.month())
        return super().eventFilter(watched, event)

    def watch_calendar(self) -> None:
        self.calendarWidget().installEventFilter(self)

    def childEvent(self, event: QChildEvent) -> None:
        """Qt writes weekends in pure red, 4:1 on white: below the theme's contrast. Once the
        calendar's popup is made (it is this box's only child window), they take the theme's
        text colour; the column headings still say Sat and Sun."""
        super().childEvent(event)
        popup = event.child()
        added = event.type() == QEvent.Type.ChildAdded
        if added and isinstance(popup, QWidget) and popup.isWindow():
            QTimer.singleShot(0, self, self._plain_weekends)  # the popup is being built

    def _plain_weekends(self) -> None:
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendarWidget().setWeekdayTextFormat(day, QTextCharFormat())


DATE_SEPARATORS = " /.-,"


class TimeBox(TabLeaves, QTimeEdit):
    pass


def date_box(optional: bool = False, start_from: date | None = None) -> DateBox:
    start = None if start_from is None else QDate(start_from.year, start_from.month, start_from.day)
    box = DateBox(start)
    box.setCalendarPopup(True)
    # Day, month name, year: 04/05 means April to some travellers and May to others.
    box.setDisplayFormat("d MMM yyyy")
    if optional:
        box.setMinimumDate(NOT_SET)
        box.setSpecialValueText(_tr("Not set"))
        box.setDate(NOT_SET)
        box.watch_calendar()
    return box


def read_date(box: QDateEdit) -> date | None:
    value = box.date()
    # QDate.toPython gives a datetime.date; Qt's stub says only ``object``.
    return None if value == NOT_SET and box.specialValueText() else cast(date, value.toPython())


def write_date(box: QDateEdit, value: date | None) -> None:
    box.setDate(NOT_SET if value is None else QDate(value.year, value.month, value.day))


def time_box() -> QTimeEdit:
    box = TimeBox()
    box.setDisplayFormat("HH:mm")
    return box


class ZoneBox(QComboBox):
    """An IANA time zone, typed with completion (any part of the name) or picked."""

    def __init__(self, zone: str = "") -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(sorted(known_zones()))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.set_zone(zone)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(zone)


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
            _tr("As last reported by your neurologist, 0 to 10. Journey never works it out."),
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
        )
        return data, [p for p in (edss_problem, year_problem) if p is not None]

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


class CourseForm(Form):
    """The treatment course and travel dates."""

    def __init__(self, home_zone: str, today: date, parent: QWidget | None = None) -> None:
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
            _tr("Type part of a city's name, for example Mexico_City or Tijuana."),
        )
        self.arrival_date = self.add("arrival_date", _tr("&Arrival date"), date_box())
        self.arrival_time = self.add(
            "arrival_time", _tr("Arrival &time (local time there)"), time_box()
        )
        self.treatment_start = self.add("treatment_start", _tr("&Treatment starts on"), date_box())
        self.home_zone = self.add("home_zone", _tr("Time zone at &home"), ZoneBox(home_zone))
        write_date(self.arrival_date, today)
        write_date(self.treatment_start, today)
        self.arrival_time.setTime(QTime(12, 0))

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
        )
        return data, []

    def write(self, data: CourseData) -> None:
        set_choice(self.protocol, data.protocol)
        self.clinic_name.setText(data.clinic_name)
        self.clinic_city.setText(data.clinic_city)
        self.destination_zone.set_zone(data.destination_zone)
        write_date(self.arrival_date, data.arrival_date)
        self.arrival_time.setTime(QTime(data.arrival_time.hour, data.arrival_time.minute))
        write_date(self.treatment_start, data.treatment_start)
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
