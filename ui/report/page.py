"""Report and data: the doctor's report for a period (a preview, then a PDF), and the journal's
data out and back in (JSON for everything, CSV for a spreadsheet).

Making the report, exporting and importing run off the GUI thread behind a progress dialog
with Cancel (ui.widgets.operations.run_with_progress); the window stays responsive meanwhile.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journey.errors import JournalError
from journey.report import default_range
from ui.widgets import file_dialogs
from ui.widgets.forms import (
    FieldLabel,
    date_box,
    name_for_screen_readers,
    read_date,
    take_typed_dates,
    write_date,
)
from ui.widgets.operations import Operation, Progress, run_with_progress
from ui.widgets.page import Page
from ui.widgets.pdf import draw_images
from ui.widgets.tables import big_button
from ui.words.spreadsheet import csv_wording

if TYPE_CHECKING:
    from journey.services import JournalServices
    from ui.report.document import Report


def choose_save_path(parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
    """Ask where to save a file (tests replace this); the report and the JSON export each
    open where they were last saved."""
    purpose = file_dialogs.REPORT_PDF if kinds.startswith("PDF") else file_dialogs.EXPORT_JSON
    return file_dialogs.save_file(parent, purpose, title, suggested, kinds)


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """Ask for a folder (tests replace this)."""
    return file_dialogs.folder(parent, file_dialogs.EXPORT_CSV, title)


def choose_open_path(parent: QWidget, title: str, kinds: str) -> Path | None:
    """Ask which file to read (tests replace this)."""
    return file_dialogs.open_file(parent, file_dialogs.IMPORT_JSON, title, kinds)


def confirm_merge(parent: QWidget, name: str) -> bool:
    """Ask before merging into a journal that has entries (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReportPage", "Merge into this journal?"),
        QCoreApplication.translate(
            "ReportPage",
            "This journal already has entries. Add what %1 holds that this journal does not "
            "have yet? Nothing is added twice, and nothing here is changed or removed.",
        ).replace("%1", name),
    )
    return answer == QMessageBox.StandardButton.Yes


class ReportPage(Page):
    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_heading(self.tr("Report and data"))
        self.title.setVisible(False)  # each of its two boxes has its own title
        self.services = services
        self.operation: Operation | None = None
        self.shown_report: Report | None = None  # in the preview
        layout = self.layout_

        report_box = QGroupBox(self.tr("Report for your neurologist"))
        report_layout = QVBoxLayout(report_box)
        intro = QLabel(
            self.tr(
                "A PDF of the period you choose: your profile and treatment, the timeline, "
                "side effects and red flags, your ratings with charts and tables, clinical "
                "events, NEDA-3 and medications."
            )
        )
        intro.setWordWrap(True)
        report_layout.addWidget(intro)
        period = QHBoxLayout()
        first, last = default_range(services)
        self.first = date_box()
        self.last = date_box()
        write_date(self.first, first)
        write_date(self.last, last)
        for text, name, box in (
            (self.tr("Fro&m"), self.tr("Report from"), self.first),
            (self.tr("&To"), self.tr("Report to"), self.last),
        ):
            label = FieldLabel(text)  # a character of slack: "To" is never clipped
            label.setBuddy(box)
            name_for_screen_readers(box, name)
            period.addWidget(label)
            period.addWidget(box)
        period.addStretch(1)
        report_layout.addLayout(period)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setVisible(False)
        report_layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.preview_button = big_button(self.tr("Show &preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = big_button(
            self.tr("&Save as PDF… (Ctrl+E)"), self.tr("Save the report as a PDF")
        )
        self.save_button.clicked.connect(self.save_report)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        report_layout.addLayout(buttons)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setPlaceholderText(self.tr("Press “Show preview” to read the report here."))
        report_layout.addWidget(self.preview, 1)
        layout.addWidget(report_box, 1)
        QShortcut(QKeySequence("Ctrl+E"), self, self.save_report)

        data_box = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data_box)
        note = QLabel(
            self.tr(
                "Everything as one JSON file, to keep or to move to another computer; CSV "
                "files to open in a spreadsheet. Files stay where you save them."
            )
        )
        note.setWordWrap(True)
        data_layout.addWidget(note)
        row = QGridLayout()
        self.json_button = big_button(self.tr("Export everything (&JSON)…"))
        self.json_button.clicked.connect(self.export_json)
        self.csv_button = big_button(self.tr("Export for a spreads&heet (CSV)…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.import_button = big_button(self.tr("&Import from JSON…"))
        self.import_button.clicked.connect(self.import_json)
        for n, button in enumerate((self.json_button, self.csv_button, self.import_button)):
            row.addWidget(button, n // 2, n % 2)  # two a line: fits 1280 px at 200 % text
        row.setColumnStretch(2, 1)
        data_layout.addLayout(row)
        layout.addWidget(data_box)

    # --- the report -----------------------------------------------------------------------

    def period(self) -> tuple[Any, Any] | None:
        """The chosen period, or None (with a message beside it) when it runs backwards or a
        date typed was refused (never a report for the dates the boxes held before)."""
        if not take_typed_dates((self.first, self.last)):
            self.problem.setVisible(False)  # what is wrong is said beside the box
            return None
        first, last = read_date(self.first), read_date(self.last)
        if first is None or last is None or first > last:
            self.problem.setText(self.tr("⚠ The period ends before it starts."))
            self.problem.setVisible(True)
            return None
        self.problem.setVisible(False)
        return first, last

    def show_preview(self) -> None:
        period = self.period()
        if period is None:
            return
        services = self.services

        def work(progress: Progress) -> Report:
            from journey.report import gather
            from ui.report.document import make_report

            data = gather(services, *period)
            return make_report(data, progress=progress.report, cancelled=progress.cancelled)

        self._run(self.tr("Making the report…"), work, self._show_report, self.tr("No preview"))

    def _show_report(self, report: Report) -> None:
        self.shown_report = report
        self._fill_preview(report)
        self.status.emit(self.tr("The report is ready to read below."))

    def _fill_preview(self, report: Report) -> None:
        document = QTextDocument(self.preview)
        draw_images(document, report.drawings)
        # The report is laid out in print sizes; the preview reads at the chosen text size.
        scale = self.services.settings.preferences().text_size / 100
        document.setHtml(
            re.sub(
                r"font-size: ?([\d.]+)pt",
                lambda size: f"font-size: {float(size[1]) * scale:.1f}pt",
                report.html,
            )
        )
        self.preview.setDocument(document)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.shown_report is not None:
            self._fill_preview(self.shown_report)  # the new text size, at once

    def save_report(self) -> None:
        period = self.period()
        if period is None:
            return
        name = self.tr("Journey report %1.pdf").replace("%1", period[1].isoformat())
        path = choose_save_path(self, self.tr("Save the report"), name, "PDF (*.pdf)")
        if path is None:
            return
        services = self.services

        def work(progress: Progress) -> Path:
            from ui.report.document import write_report

            return write_report(
                services, path, *period, progress=progress.report, cancelled=progress.cancelled
            )

        self._run(
            self.tr("Making the report…"),
            work,
            lambda saved: self.status.emit(
                self.tr("Saved the report to %1.").replace("%1", str(saved))
            ),
            self.tr("The report was not saved"),
        )

    # --- data out and in ------------------------------------------------------------------

    def export_json(self) -> None:
        name = self.tr("Journey %1.json").replace("%1", self.services.clock.today().isoformat())
        path = choose_save_path(self, self.tr("Export everything"), name, "JSON (*.json)")
        if path is None:
            return
        exchange = self.services.exchange

        def work(progress: Progress) -> Any:
            return exchange.export_json(
                path, now=datetime.now(UTC), progress=progress.report, cancelled=progress.cancelled
            )

        self._run(
            self.tr("Exporting…"),
            work,
            lambda result: self.status.emit(
                self.tr("Exported %1 records to %2.")
                .replace("%1", str(result.records))
                .replace("%2", str(result.path))
            ),
            self.tr("Not exported"),
        )

    def export_csv(self) -> None:
        folder = choose_folder(self, self.tr("Choose a folder for the CSV files"))
        if folder is None:
            return
        exchange = self.services.exchange
        wording = csv_wording()  # the interface's language, gathered on this thread

        def work(progress: Progress) -> Any:
            return exchange.export_csv(
                folder, progress=progress.report, cancelled=progress.cancelled, wording=wording
            )

        self._run(
            self.tr("Exporting…"),
            work,
            lambda result: self.status.emit(
                self.tr("Exported %1 CSV files to %2.")
                .replace("%1", str(len(result.files)))
                .replace("%2", str(result.folder))
            ),
            self.tr("Not exported"),
        )

    def import_json(self) -> None:
        path = choose_open_path(self, self.tr("Import from JSON"), "JSON (*.json)")
        if path is None:
            return
        exchange = self.services.exchange
        merge = not exchange.is_empty()
        if merge and not confirm_merge(self, path.name):
            return

        def work(progress: Progress) -> Any:
            return exchange.import_json(
                path, merge=merge, progress=progress.report, cancelled=progress.cancelled
            )

        def imported(result: Any) -> None:
            text = self.tr("Imported %1: %2 added.").replace("%1", path.name)
            text = text.replace("%2", str(result.added))
            if result.skipped:
                text += " " + self.tr("%1 were already here.").replace("%1", str(result.skipped))
            self.status.emit(text)

        self._run(self.tr("Importing…"), work, imported, self.tr("Nothing was imported"), path.name)

    # --- running ----------------------------------------------------------------------------

    def _run(self, label: str, work: Any, done: Any, failed_title: str, source: str = "") -> None:
        self.status.emit(label)
        self.operation = run_with_progress(
            self, label, work, done, lambda error: self._failed(failed_title, error, source)
        )

    def _failed(self, title: str, error: Exception, source: str = "") -> None:
        """Cancelled: say so quietly. A file or journal problem: say what, where the user is."""
        from journey.errors import Cancelled
        from ui.report.document import ReportCancelled

        if isinstance(error, (Cancelled, ReportCancelled)):
            self.status.emit(self.tr("Cancelled; nothing was written."))
            return
        if not isinstance(error, (JournalError, OSError)):
            raise error
        self.status.emit(title)
        QMessageBox.warning(self, title, f"{source}: {error}" if source else str(error))
