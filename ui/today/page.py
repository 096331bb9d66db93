"""Today: where the journey stands (countdown or day of the stay), the open watch windows and
today's side effects, the companion, the profile.

The profile is shown as a short summary; "Edit profile" opens its form in place (built on
first use, so the page opens fast and stays calm).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.dto import CompanionData, CourseData, ProfileData
from journey.errors import InvalidInput
from journey.itinerary import Item
from journey.today import CourseGlance, course_glance
from ui.widgets.page import Page
from ui.words.itinerary import day_heading, item_line, moved_time, zone_time
from ui.words.time import LONG, clock_text, date_text
from ui.words.vocabulary import MS_TYPE_CHOICES, PROTOCOL_CHOICES, shown

if TYPE_CHECKING:
    from journey.services import JournalServices
    from ui.widgets.forms import ProfileForm


DAY_CHECK_MS = 60_000  # how often Today looks whether the day or the place changed


def format_moment(moment: datetime) -> str:
    day = date_text(moment.date(), LONG)
    return f"{day}, {clock_text(moment.time())}"


def format_day(day: date) -> str:
    return date_text(day)


def wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TodayPage(Page):
    """The page a user lands on. Reads through the services; writes only on Save."""

    shows = Change.EVERYTHING & ~(Change.DOCUMENTS | Change.COSTS)  # red flags: the ⚑ marks

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(self.tr("Today"))
        from ui.today.aftercare_panel import AftercarePanel
        from ui.today.clinic_number_panel import ClinicNumberPanel
        from ui.today.doses_panel import DosesPanel
        from ui.today.watch_panel import TodayEntries, WatchPanel

        self.services = services
        layout = self.layout_
        layout.setSpacing(14)
        self.date_line = self.title  # "Today is …", set in refresh
        from ui.today.here_panel import HerePanel

        self.here = HerePanel(services)  # whose days and times: where the user is
        self.here.status.connect(self.status)
        layout.addWidget(self.here)
        # Open overnight (in isolation, often), or when a flight lands: a new day, or a new
        # place's day, shows without waiting for a change to the journal.
        self._day: tuple[date, str] | None = None
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_the_day)
        self.day_timer.start()

        self.watch = WatchPanel(services)
        self.watch.status.connect(self.status)
        layout.addWidget(self.watch)
        self.entries = TodayEntries(services)
        layout.addWidget(self.entries)
        self.aftercare = AftercarePanel(services)
        self.aftercare.status.connect(self.status)
        layout.addWidget(self.aftercare)
        self.doses = DosesPanel(services)  # today's doses, Taken / Skipped (issue 18)
        self.doses.status.connect(self.status)
        layout.addWidget(self.doses)
        self.clinic_number = ClinicNumberPanel(services)  # asks until the number is in
        self.clinic_number.status.connect(self.status)
        layout.addWidget(self.clinic_number)

        course_box = QGroupBox(self.tr("Your treatment"))
        course_layout = QVBoxLayout(course_box)
        self.where_line = wrapped_label()
        self.where_line.setProperty("role", "headline")
        self.protocol_day_line = wrapped_label()
        self.protocol_day_line.setProperty("role", "headline")
        self.treatment_line = wrapped_label()
        self.protocol_line = wrapped_label()
        self.arrival_line = wrapped_label()
        # Blood counts (issue 18): the latest counts and the neutropenic period, when any.
        self.counts_line = wrapped_label()
        self.counts_line.setAccessibleName(self.tr("Blood counts"))
        for label in (
            self.where_line,
            self.protocol_day_line,
            self.counts_line,
            self.treatment_line,
            self.protocol_line,
            self.arrival_line,
        ):
            course_layout.addWidget(label)
        layout.addWidget(course_box)

        plan_box = QGroupBox(self.tr("Today and tomorrow"))
        plan_layout = QVBoxLayout(plan_box)
        self.today_heading = QLabel()
        self.today_items = wrapped_label()
        self.tomorrow_heading = QLabel()
        self.tomorrow_items = wrapped_label()
        for label in (self.today_heading, self.tomorrow_heading):
            label.setStyleSheet("font-weight: bold")
        for label in (
            self.today_heading,
            self.today_items,
            self.tomorrow_heading,
            self.tomorrow_items,
        ):
            plan_layout.addWidget(label)
        layout.addWidget(plan_box)

        companion_box = QGroupBox(self.tr("Travelling with"))
        companion_row = QHBoxLayout(companion_box)
        self.companion_line = wrapped_label()
        self.copy_phone = QPushButton(self.tr("&Copy number"))
        self.copy_phone.setMinimumHeight(36)
        self.copy_phone.setAccessibleName(self.tr("Copy the companion's phone number"))
        self.copy_phone.clicked.connect(self._copy_phone)
        companion_row.addWidget(self.companion_line, 1)
        companion_row.addWidget(self.copy_phone)
        layout.addWidget(companion_box)

        profile_box = QGroupBox(self.tr("Your profile"))
        self.profile_layout = QVBoxLayout(profile_box)
        self.profile_summary = wrapped_label()
        self.edit_profile = QPushButton(self.tr("&Edit profile"))
        self.edit_profile.setMinimumHeight(36)
        self.edit_profile.clicked.connect(self.open_profile_editor)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Profile save status"))
        row = QHBoxLayout()
        row.addWidget(self.edit_profile)
        row.addWidget(self.saved_note, 1)
        self.profile_layout.addWidget(self.profile_summary)
        self.profile_layout.addLayout(row)
        layout.addWidget(profile_box)
        layout.addStretch(1)

        self.profile_form: ProfileForm | None = None
        self._editor: QWidget | None = None
        self._companion: CompanionData | None = None
        self._profile: ProfileData | None = None
        self.refresh()

    @property
    def profile(self) -> ProfileData | None:
        """The profile as last read (the window's title shows the name)."""
        return self._profile

    def check_the_day(self) -> None:
        """Refresh when the date or the place where the user is has changed since last shown."""
        clock = self.services.clock
        if self._day != (clock.today(), clock.zone):
            self.refresh()

    def refresh(self) -> None:
        clock = self.services.clock
        self._day = (clock.today(), clock.zone)
        today = date_text(clock.today(), LONG)
        self.date_line.setText(self.tr("Today is %1").replace("%1", today))
        self.here.refresh()
        course = self.services.course.get()
        if course is not None:
            self._show_course(course, course_glance(course, clock))
        self._show_plan()
        self._show_counts()
        self.watch.refresh()
        self.entries.refresh()
        self.aftercare.refresh()
        self.doses.refresh()
        self.clinic_number.refresh()
        self._companion = self.services.companion.get()
        self._show_companion(self._companion)
        self._profile = self.services.profile.get()
        self._show_profile(self._profile)

    # --- the course -----------------------------------------------------------------------

    def _show_course(self, course: CourseData, glance: CourseGlance) -> None:
        place = course.clinic_city or course.clinic_name
        where = self._where(glance)
        self.where_line.setText(f"{where} — {place}" if place else where)
        self.treatment_line.setText(self._treatment(glance.days_until_treatment))
        self.protocol_line.setText(
            self.tr("%1 at %2")
            .replace("%1", shown(PROTOCOL_CHOICES, course.protocol))
            .replace("%2", course.clinic_name)
        )
        there = glance.arrival_at_destination
        arrival = format_moment(there)
        if glance.zone_differs:  # also where the user is now, the next day or the day before
            here = glance.arrival_here
            arrival = (
                self.tr("%1 (%2)")
                .replace("%1", zone_time(arrival, course.destination_zone))
                .replace("%2", zone_time(moved_time(here, there.date()), self.services.clock.zone))
            )
        self.arrival_line.setText(self.tr("Arrival: %1").replace("%1", arrival))

    def _show_counts(self) -> None:
        """The latest counts and whether the neutropenic period is open, in two calm lines;
        hidden while there are no counts and no period."""
        from ui.words.blood_counts import latest_text, neutropenia_text

        counts = self.services.blood_counts
        latest = counts.latest()
        state = counts.neutropenia()
        self.counts_line.setVisible(bool(latest or state.periods))
        if latest or state.periods:
            numbering = self.services.itinerary.numbering()
            self.counts_line.setText(
                latest_text(latest, numbering)
                + "\n"
                + neutropenia_text(state, self.services.clock.zone)
            )

    def _show_plan(self) -> None:
        """Today's and tomorrow's itinerary items, with the protocol day of each date."""
        today = self.services.clock.today()
        tomorrow = today + timedelta(days=1)
        numbering = self.services.itinerary.numbering()
        items = self.services.itinerary.on_days(today, tomorrow)
        label = numbering.label(today) if numbering else None
        self.protocol_day_line.setVisible(label is not None)
        if label is not None:
            self.protocol_day_line.setText(self.tr("Protocol day %1").replace("%1", label))
        zone = self.services.clock.zone
        for day, heading, lines, word in (
            (today, self.today_heading, self.today_items, self.tr("Today")),
            (tomorrow, self.tomorrow_heading, self.tomorrow_items, self.tr("Tomorrow")),
        ):
            heading.setText(f"{word}: {day_heading(day, numbering)}")
            todays = [item_line(item, zone) for item in items if _on(item, day)]
            lines.setText("\n".join(todays) if todays else self.tr("Nothing planned."))

    def _where(self, glance: CourseGlance) -> str:
        days = glance.days_until_arrival
        if days > 1:
            return self.tr("You arrive in %1 days").replace("%1", str(days))
        if days == 1:
            return self.tr("You arrive tomorrow")
        if days == 0:
            return self.tr("Arrival day")
        return self.tr("Day %1 of your stay").replace("%1", str(glance.day_of_stay))

    def _treatment(self, days: int) -> str:
        if days > 1:
            return self.tr("Treatment starts in %1 days.").replace("%1", str(days))
        if days == 1:
            return self.tr("Treatment starts tomorrow.")
        if days == 0:
            return self.tr("Treatment starts today.")
        if days == -1:
            return self.tr("Treatment started yesterday.")
        return self.tr("Treatment started %1 days ago.").replace("%1", str(-days))

    # --- the companion --------------------------------------------------------------------

    def _show_companion(self, companion: CompanionData | None) -> None:
        if companion is None:
            self.companion_line.setText(self.tr("You travel alone."))
            self.copy_phone.setVisible(False)
            return
        parts = (companion.name, companion.phone, companion.email)
        self.companion_line.setText(" · ".join(part for part in parts if part))
        self.copy_phone.setVisible(bool(companion.phone))

    def _copy_phone(self) -> None:
        if self._companion and self._companion.phone:
            QGuiApplication.clipboard().setText(self._companion.phone)
            self.status.emit(self.tr("Copied %1").replace("%1", self._companion.phone))

    # --- the profile ----------------------------------------------------------------------

    def _show_profile(self, profile: ProfileData | None) -> None:
        if profile is None:
            self.profile_summary.setText("")
            return
        lines = [f"<b>{_escape(profile.name)}</b> — {shown(MS_TYPE_CHOICES, profile.ms_type)}"]
        if profile.diagnosis_year is not None:
            lines.append(self.tr("Diagnosed in %1").replace("%1", str(profile.diagnosis_year)))
        if profile.edss is not None:
            edss = self.tr("EDSS %1, as reported by a clinician").replace(
                "%1", QLocale().toString(profile.edss, "f", 1)
            )
            if profile.edss_date is not None:
                edss += f" ({format_day(profile.edss_date)})"
            lines.append(edss)
        if profile.last_mri_date is not None:
            mri = self.tr("Last MRI %1").replace("%1", format_day(profile.last_mri_date))
            if profile.last_mri_findings:
                mri += f": {profile.last_mri_findings}"
            lines.append(_escape(mri))
        self.profile_summary.setText("<br>".join(lines))

    def open_profile_editor(self) -> None:
        """Show the profile's form in place of the summary, focused on the first field."""
        if self._editor is None:
            self._editor = self._build_editor()
            self.profile_layout.insertWidget(1, self._editor)
        assert self.profile_form is not None
        if self._profile is not None:
            self.profile_form.write(self._profile)
        self.profile_form.show_problems([])
        self._editor.show()
        self.edit_profile.hide()
        self.profile_summary.hide()
        self.saved_note.setText("")
        self.profile_form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_editor(self) -> QWidget:
        from ui.widgets.forms import ProfileForm

        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        self.profile_form = ProfileForm(full=True)
        column.addWidget(self.profile_form)
        buttons = QHBoxLayout()
        self.save_profile = QPushButton(self.tr("&Save profile"))
        self.cancel_profile = QPushButton(self.tr("Ca&ncel"))
        for button in (self.save_profile, self.cancel_profile):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.save_profile.clicked.connect(self._save_profile)
        self.cancel_profile.clicked.connect(self._close_editor)
        return editor

    def _close_editor(self) -> None:
        if self._editor is not None:
            self._editor.hide()
        self.profile_summary.show()
        self.edit_profile.show()
        self.edit_profile.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_profile(self) -> None:
        from ui.widgets.forms import take_typed_dates

        assert self.profile_form is not None
        if not take_typed_dates(self.profile_form):  # a date typed is read first
            self.status.emit(self.tr("Profile not saved: see the marked fields."))
            return
        data, problems = self.profile_form.read()  # a date refused is among the problems
        problems += self.services.profile.check(data)
        if self.profile_form.show_problems(problems):
            self.status.emit(self.tr("Profile not saved: see the marked fields."))
            return
        try:
            self._profile = self.services.profile.save(data)
        except InvalidInput as exc:
            self.profile_form.show_problems(list(exc.problems))
            return
        self._show_profile(self._profile)
        self._close_editor()
        self.saved_note.setText(self.tr("Profile saved."))
        self.status.emit(self.tr("Profile saved."))


def _on(item: Item, day: date) -> bool:
    """The item starts on ``day`` or is still going on then (an isolation, daily injections)."""
    end = item.details.end
    return item.day == day or (item.day < day and end is not None and end.date() >= day)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
