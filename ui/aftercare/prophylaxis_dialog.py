"""The prophylaxis the protocol's cited source lists (issue 18), offered to confirm one by one.

Each medicine starts unticked with its dose empty: the user ticks only what their team gave
them and types the dose their team gave (required before it is added). The source's doses are
never shown or filled in; the source itself is quoted above the list. What stops them is the
source's ("until granulocytes were greater than 0.5 x 10⁹/L": until neutrophils recover),
changeable afterwards in each medication's own dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from journey.aftercare import MedicationDetails
from journey.errors import Problem
from journey.medications import DoseSchedule, OfferedDrug, ProphylaxisOffer, parse_times
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import date_box, line, read_date, write_date
from ui.words.data import tr_data

if TYPE_CHECKING:
    from journey.services import JournalServices


class ProphylaxisDialog(FormDialog):
    scrolls = True  # four medicines, three fields each: taller than a screen at 200 % text

    def __init__(
        self,
        services: JournalServices,
        offer: ProphylaxisOffer,
        parent: QWidget | None = None,
        save: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(self.tr("Add the prophylaxis your clinic gave you"), parent, save)
        self.services = services
        self.offer = offer
        self.today = services.clock.today()
        intro = QLabel(
            self.tr(
                "Your protocol's source lists these medicines. Tick only those your team gave "
                "you, and enter the dose your team gave you: Journey never suggests one."
            )
        )
        intro.setWordWrap(True)
        source = QLabel(self.tr("Source: %1").replace("%1", tr_data(offer.source)))
        source.setWordWrap(True)
        source.setEnabled(False)  # the quieter colour, still readable
        note = QLabel(tr_data(offer.note))
        note.setWordWrap(True)
        for index, label in enumerate((intro, note, source)):
            self.form.layout_.insertRow(index, label)
        add = self.form.add
        self.rows: list[tuple[OfferedDrug, QCheckBox, QLineEdit, QLineEdit]] = []
        for index, drug in enumerate(offer.drugs):
            chosen = add(
                f"{index}:chosen",
                f"{drug.name} ({tr_data(drug.use)})",
                QCheckBox(self.tr("My team gave me this")),
            )
            # Short labels under the medicine's name (they fit at 200 % text); a screen reader
            # hears the name in each.
            dose = add(
                f"{index}:dose",
                self.tr("Dose your team gave you"),
                line(placeholder=self.tr("Enter the dose your team gave you")),
            )
            times = add(
                f"{index}:dose_times",
                self.tr("Times of day (optional, for reminders)"),
                line(placeholder=self.tr("for example 08:00 20:00")),
            )
            dose.setAccessibleName(
                self.tr("Dose of %1 your team gave you").replace("%1", drug.name)
            )
            times.setAccessibleName(
                self.tr("Times of day for %1 (optional, for reminders)").replace("%1", drug.name)
            )
            chosen.setAccessibleName(self.tr("%1: my team gave me this").replace("%1", drug.name))
            chosen.toggled.connect(lambda on, d=dose, t=times: (d.setEnabled(on), t.setEnabled(on)))
            dose.setEnabled(False)
            times.setEnabled(False)
            self.rows.append((drug, chosen, dose, times))
        self.started = add("started", self.tr("St&arted on"), date_box(start_from=self.today))
        write_date(self.started, self.today)
        self.rows[0][1].setFocus()

    def read(self) -> tuple[list[MedicationDetails], list[Problem]]:
        confirmed: list[MedicationDetails] = []
        typing: list[Problem] = []
        started = read_date(self.started) or self.today
        for drug, chosen, dose, times_box in self.rows:
            if not chosen.isChecked():
                continue
            times, problem = parse_times(f"{len(confirmed)}:dose_times", times_box.text())
            if problem is not None:
                typing.append(problem)
            confirmed.append(
                MedicationDetails(
                    name=drug.name,
                    started=started,
                    dose=dose.text(),
                    route=drug.route,
                    dose_schedule=DoseSchedule("times_a_day", times) if times else None,
                    stop_when=self.offer.stop_when,
                    notes=self.tr("From the protocol's source, confirmed with my team: %1").replace(
                        "%1", self.offer.source
                    ),
                )
            )
        return confirmed, typing

    def accept(self) -> None:
        confirmed, typing = self.read()
        # A problem names the confirmed medicine by its place among those ticked: the form's
        # field names count every offered one.
        ticked = [i for i, (_, chosen, _, _) in enumerate(self.rows) if chosen.isChecked()]
        problems = [
            Problem(f"{ticked[int(n)]}:{field}", p.code, p.params)
            for p in typing + self.services.clinical.doses.check_all_confirmed(confirmed)
            for n, field in [p.field.split(":", 1)]
        ]
        if not confirmed:
            problems = [Problem("0:chosen", "required")]
        if self.show_problems(problems):
            return
        self.finish(confirmed)

    @classmethod
    def ask(cls, services: JournalServices, parent: QWidget | None = None) -> list[Any]:
        """The (id, name) of each medicine added, or an empty list (cancelled, or no offer)."""
        offer = services.clinical.doses.offer()
        if offer is None:
            return []

        def save(confirmed: list[MedicationDetails]) -> list[tuple[int, str]]:
            ids = services.clinical.doses.add_confirmed(confirmed)
            return list(zip(ids, (d.name for d in confirmed), strict=True))

        return cls(services, offer, parent, save).run() or []
