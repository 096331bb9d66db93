"""Today: where the journey stands (countdown or day of the stay), the companion, the profile."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey.dto import CompanionData, CourseData
from journey.errors import InvalidInput
from journey.services import JournalServices
from journey.today import CourseGlance, course_glance
from ui.forms import PROTOCOL_CHOICES, ProfileForm


def format_moment(moment: datetime) -> str:
    locale = QLocale()
    return (
        locale.toString(moment.date(), QLocale.FormatType.LongFormat)
        + ", "
        + (locale.toString(moment.time(), QLocale.FormatType.ShortFormat))
    )


class TodayPage(QScrollArea):
    """The page a user lands on. Reads through the services; writes only on Save."""

    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Today"))
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setSpacing(14)

        self.date_line = QLabel()
        self.date_line.setProperty("role", "headline")
        layout.addWidget(self.date_line)

        course_box = QGroupBox(self.tr("Your treatment"))
        course_layout = QVBoxLayout(course_box)
        self.where_line = QLabel()
        self.where_line.setProperty("role", "headline")
        self.where_line.setWordWrap(True)
        self.treatment_line = QLabel()
        self.protocol_line = QLabel()
        self.arrival_line = QLabel()
        for label in (self.where_line, self.treatment_line, self.protocol_line, self.arrival_line):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            course_layout.addWidget(label)
        layout.addWidget(course_box)

        companion_box = QGroupBox(self.tr("Travelling with"))
        companion_row = QHBoxLayout(companion_box)
        self.companion_line = QLabel()
        self.companion_line.setWordWrap(True)
        self.copy_phone = QPushButton(self.tr("&Copy number"))
        self.copy_phone.setMinimumHeight(36)
        self.copy_phone.setAccessibleName(self.tr("Copy the companion's phone number"))
        self.copy_phone.clicked.connect(self._copy_phone)
        companion_row.addWidget(self.companion_line, 1)
        companion_row.addWidget(self.copy_phone)
        layout.addWidget(companion_box)
        self.companion_box = companion_box

        profile_box = QGroupBox(self.tr("Your profile"))
        profile_layout = QVBoxLayout(profile_box)
        self.profile_form = ProfileForm(full=True)
        profile_layout.addWidget(self.profile_form)
        buttons = QHBoxLayout()
        self.save_profile = QPushButton(self.tr("&Save profile"))
        self.save_profile.setMinimumHeight(36)
        self.save_profile.clicked.connect(self._save_profile)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Profile save status"))
        buttons.addWidget(self.save_profile)
        buttons.addWidget(self.saved_note, 1)
        profile_layout.addLayout(buttons)
        layout.addWidget(profile_box)
        layout.addStretch(1)
        self._companion: CompanionData | None = None
        self.refresh()

    def refresh(self) -> None:
        clock = self.services.clock
        self.date_line.setText(
            self.tr("Today is %1").replace(
                "%1", QLocale().toString(clock.today(), QLocale.FormatType.LongFormat)
            )
        )
        course = self.services.course.get()
        if course is not None:
            self._show_course(course, course_glance(course, clock))
        self._companion = self.services.companion.get()
        self._show_companion(self._companion)
        profile = self.services.profile.get()
        if profile is not None:
            self.profile_form.write(profile)

    def _show_course(self, course: CourseData, glance: CourseGlance) -> None:
        place = course.clinic_city or course.clinic_name
        self.where_line.setText(
            f"{self._where(glance)} — {place}" if place else self._where(glance)
        )
        self.treatment_line.setText(self._treatment(glance.days_until_treatment))

        protocol = dict(PROTOCOL_CHOICES).get(course.protocol, course.protocol)
        self.protocol_line.setText(
            self.tr("%1 at %2").replace("%1", self.tr(protocol)).replace("%2", course.clinic_name)
        )
        arrival = format_moment(glance.arrival_at_destination)
        if glance.zone_differs:
            arrival = (
                self.tr("%1 (%2 time), %3 here")
                .replace("%1", arrival)
                .replace("%2", course.destination_zone)
                .replace(
                    "%3",
                    QLocale().toString(glance.arrival_here.time(), QLocale.FormatType.ShortFormat),
                )
            )
        self.arrival_line.setText(self.tr("Arrival: %1").replace("%1", arrival))

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

    def _show_companion(self, companion: CompanionData | None) -> None:
        if companion is None:
            self.companion_line.setText(self.tr("You travel alone."))
            self.copy_phone.setVisible(False)
            return
        details = " · ".join(
            part for part in (companion.name, companion.phone, companion.email) if part
        )
        self.companion_line.setText(details)
        self.copy_phone.setVisible(bool(companion.phone))

    def _copy_phone(self) -> None:
        if self._companion and self._companion.phone:
            QGuiApplication.clipboard().setText(self._companion.phone)
            self.status.emit(self.tr("Copied %1").replace("%1", self._companion.phone))

    def _save_profile(self) -> None:
        data, problems = self.profile_form.read()
        problems += self.services.profile.check(data)
        if self.profile_form.show_problems(problems):
            self.saved_note.setText(self.tr("Not saved: see the marked fields."))
            return
        try:
            self.services.profile.save(data)
        except InvalidInput as exc:
            self.profile_form.show_problems(list(exc.problems))
            return
        self.saved_note.setText(self.tr("Profile saved."))
        self.status.emit(self.tr("Profile saved."))
