"""The doctor's report (SPEC §2.8): a PDF the patient takes to their neurologist.

``journey.report.gather`` collects what the report holds; this module words it (translated)
and lays it out as simple HTML that QTextDocument paginates well, each scale's chart an
``<img>`` drawn as vectors where it is printed (ui.report.chart). Black and white friendly:
tables carry the numbers, every mark is a word or a symbol as well as a colour, and the charts
tell their lines apart by style. Works without a window (``journey export pdf``) and on a
worker thread.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from journey.report import LOG_DAYS, LOG_ROWS, RED_FLAG_ROWS
from journey.timekeeping import shown_in
from ui.report.chart import paint_scale
from ui.widgets.pdf import Drawing, Paper, save_pdf
from ui.words.aftercare import (
    band_text,
    neda_lines,
    neda_rule_text,
    number_text,
    one_decimal,
    rating_counts_text,
    scale_name,
)
from ui.words.aftercare import signed as signed_text
from ui.words.blood_type import blood_type_text
from ui.words.data import red_flag_source, red_flag_text, symptom_text
from ui.words.itinerary import (
    day_heading,
    item_time,
    item_title,
    kind_text,
    status_text,
    when_text,
)
from ui.words.severity import severity_text
from ui.words.temperature import temperature_text, temperature_with_grade
from ui.words.time import date_text, moment_text, weekday_date_text
from ui.words.vocabulary import MS_TYPE_CHOICES, PROTOCOL_CHOICES, recorded_by_text, shown

if TYPE_CHECKING:
    from journey.aftercare import MedicationDetails
    from journey.dto import ProfileData
    from journey.report import ReportData, ScaleReport
    from journey.services import JournalServices
    from ui.aftercare.rating_chart import ScaleData

SUMMARY_RED_FLAGS = 5  # red flags listed on page 1; the rest are in the side-effects section
SCALES_PER_TABLE = 6  # columns of the all-ratings table, so that it fits a portrait page
TABLE = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
COMPACT_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="1" width="100%" style="font-size: 8pt">'
)
# Page filling for the quality-of-life pages, in points of an A4 or Letter page's text area
# (estimates: a scale's heading and summary, its chart, a compact table row).
PAGE_BUDGET_PT = 660
QOL_INTRO_PT = 80
CHART_WIDTH_PX = 330  # CSS pixels, 96 to the inch: 87 mm
CHART_HEIGHT_PX = 200
CHART_HEIGHT_PT = 150
ROW_PT = 11.5


def scale_block_height(table_rows: int) -> float:
    return 60 + max(CHART_HEIGHT_PT, (table_rows + 1) * ROW_PT)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(Exception):
    """The person cancelled while the report was being made; no file was written."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    compact: bool = False,
    widths: Sequence[int] = (),
) -> str:
    """A bordered table; a cell's first column never wraps (dates stay on one line).
    ``widths``: each column's share of the page, in per cent (else Qt's choice)."""
    head = "".join(
        f"<th align='left'{f' width={widths[n]}%' if n < len(widths) else ''}>{esc(h)}</th>"
        for n, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' nowrap' if n == 0 else ''}>{esc(cell)}</td>" for n, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    # <thead>: QTextDocument repeats the header row on each page the table continues on.
    return f"{COMPACT_TABLE if compact else TABLE}<thead><tr>{head}</tr></thead>{body}</table>"


# A pointer into Journey's own specification ("SPEC §2.5") or a shipped data file
# ("severity.json"): for its developers, not a citation a doctor can look up.
_SPEC = re.compile(r"\bSPEC\s*§\s*\d+(?:\.\d+)*")
_DATA_FILE = re.compile(r"\b[a-z_]+\.json\b\s*[;,]?\s*")


def _clauses(text: str) -> list[str]:
    """``text`` cut after each "; " or ". " outside brackets, each clause with its mark."""
    clauses, depth, start = [], 0, 0
    for n, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ".;" and depth == 0 and text[n + 1 : n + 2] in (" ", ""):
            clauses.append(text[start : n + 1].strip())
            start = n + 1
    if text[start:].strip():
        clauses.append(text[start:].strip())
    return clauses


def citation(source: str) -> str:
    """A rule's source as the report shows it: a clause that points into Journey's
    specification is left out, a data file's name is taken out of its clause, the published
    references are kept. A source with nothing else says it is Journey's own default."""
    kept = []
    for clause in _clauses(source):
        if _SPEC.search(clause):
            continue
        clause = _DATA_FILE.sub("", clause).replace("()", "").replace(" )", ")")
        kept.append(re.sub(r"\s+([.;,])", r"\1", clause))
    text = " ".join(kept).strip()
    if not text:
        return _tr("Journey's own default rule (no published threshold).")
    if text.endswith(";"):
        text = text[:-1] + "."
    return text[0].upper() + text[1:]


def none_line(text: str) -> str:
    return f"<p><i>{esc(text)}</i></p>"


def chart_data(scale: ScaleReport, data: ReportData) -> ScaleData:
    """What the scale's chart shows (the screen's chart's arguments)."""
    return {
        "points": scale.points,
        "rolling": scale.rolling,
        "band": scale.band,
        "treatment": data.treatment,
        "relapses": [r.started for r in data.relapses],
        "mris": [m.on for m in data.mris],
        "low": scale.scale.details.low,
        "high": scale.scale.details.high,
        "zone": ZoneInfo(data.zone),
        "name": scale_name(scale.scale),
        "higher_is_better": scale.scale.details.higher_is_better,  # "better" drawn upward
    }


@dataclass(frozen=True)
class Report:
    """The laid-out report: its title, its HTML and the charts the HTML names as images,
    each drawn where it stands (ui.widgets.pdf ``Drawing``)."""

    title: str
    author: str
    html: str
    drawings: dict[str, Drawing]


def make_report(
    data: ReportData, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Report:
    """Word and lay out ``data``; each scale's chart is drawn later, where it is printed."""
    name = data.profile.name if data.profile else ""
    title = _tr("Journey report — %1").replace("%1", name) if name else _tr("Journey report")
    drawings: dict[str, Drawing] = {
        chart_name(scale): partial(paint_scale, data=chart_data(scale, data))
        for scale in data.scales
    }
    if cancelled is not None and cancelled():
        raise ReportCancelled
    details = [
        _profile(data),
        _timeline(data),
        _side_effects(data),
        _quality_of_life(data),
        _clinical(data),
        _medications(data),
        _all_ratings(data),
    ]
    details = [p for p in details if p]
    # The details start on page 2, after the one-page summary.
    details[0] = details[0].replace("<h2>", "<h2 style='page-break-before: always'>", 1)
    parts = [f"<h1>{esc(title)}</h1>", _period(data), _summary(data), *details]
    document = "<html><body style='font-size: 9.5pt'>" + "\n".join(parts) + "</body></html>"
    if progress is not None:
        progress(1, 1)
    return Report(title, name, document, drawings)


def chart_name(scale: ScaleReport) -> str:
    return f"chart-{scale.scale.id}"


def write_report(
    services: JournalServices,
    path: Path,
    first: date,
    last: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    paper: Paper | None = None,
) -> Path:
    """Gather, lay out and write the report for ``first``–``last`` to ``path`` (a PDF), on
    ``paper`` ("a4" or "letter"; None: the locale's)."""
    from journey.report import gather

    report = make_report(gather(services, first, last), progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise ReportCancelled
    save_pdf(
        report.html,
        path,
        report.title,
        author=report.author,
        drawings=report.drawings,
        paper=paper,
        fit_first_page=True,  # the summary is page 1, whole
    )
    return Path(path)


# --- sections --------------------------------------------------------------------------------


def _period(data: ReportData) -> str:
    made = moment_text(shown_in(data.made, data.zone))
    period = (
        _tr("From %1 to %2. Made on %3.")
        .replace("%1", weekday_date_text(data.first))
        .replace("%2", weekday_date_text(data.last))
        .replace("%3", made)
    )
    note = _tr(
        "Recorded by the patient (and companion) in Journey, a personal journal. Ratings are "
        "the patient's own; clinical values are as the patient's clinicians reported them. "
        "Journey is not a medical device and does not diagnose."
    )
    return f"<p><b>{esc(period)}</b></p><p><small>{esc(note)}</small></p>"


# --- page 1: the summary -----------------------------------------------------------------------


SUMMARY_HEADING = "<h3 style='margin-top: 6px; margin-bottom: 2px'>{}</h3>"


def summary_heading(text: str) -> str:
    """A heading of page 1, closer to its table than elsewhere so that the summary fits."""
    return SUMMARY_HEADING.format(esc(text))


def _summary(data: ReportData) -> str:
    """Page 1: what a neurologist reads in a minute. Figures only from what the detail pages
    show (the trends, NEDA-3, the CTCAE grades); the detail follows from page 2."""
    parts = [f"<h2>{esc(_tr('Summary'))}</h2>"]
    rows: list[tuple[str, str]] = []
    if data.profile is not None:
        rows.append((_tr("Patient"), data.profile.name))
        rows.append((_tr("MS type"), shown(MS_TYPE_CHOICES, data.profile.ms_type)))
        rows.extend(allergy_rows(data.profile))
    if data.course is not None:
        rows.append((_tr("Protocol"), shown(PROTOCOL_CHOICES, data.course.protocol)))
        zero = data.numbering.day_zero if data.numbering is not None else None
        if data.course.protocol == "hsct" and zero is not None:
            rows.append((_tr("Day 0 (reinfusion)"), weekday_date_text(zero)))
        else:
            start = weekday_date_text(data.course.treatment_start)
            rows.append((_tr("Treatment start"), start))
    if rows:  # the period covered is the line above the summary's heading
        parts.append(key_values(rows, pairs=2))
    parts.append(_summary_scales(data))
    parts.append(_summary_clinical(data))
    parts.append(_summary_side_effects(data))
    parts.append(_summary_medications(data))
    parts.append(_summary_follow_ups(data))
    return "".join(parts)


def allergy_rows(profile: ProfileData) -> list[tuple[str, str]]:
    """The allergies as entered ("not recorded" when empty: never "none"), and the blood type
    where entered."""
    rows = [(_tr("Allergies"), profile.allergies or _tr("not recorded"))]
    if profile.blood_type:
        rows.append((_tr("Blood type"), blood_type_text(profile.blood_type)))
    return rows


def key_values(rows: Sequence[tuple[str, str]], *, pairs: int = 1) -> str:
    """A table of labels and their values, ``pairs`` of them side by side on each row."""
    label = 30 // pairs
    cells = [f"<th align='left' width='{label}%'>{esc(k)}</th><td>{esc(v)}</td>" for k, v in rows]
    body = "".join(
        "<tr>" + "".join(cells[n : n + pairs]) + "</tr>" for n in range(0, len(cells), pairs)
    )
    return f"{COMPACT_TABLE}{body}</table>"


def change_text(scale: ScaleReport) -> str:
    """ "▼ −3.2, worse": the change from the baseline mean to the last 4 weeks', its arrow
    (the number's way) and its word (the scale's better end, journey.rating_trends)."""
    trend = scale.trend
    if not trend.enough or trend.change is None:
        return _tr("not enough ratings (%1)").replace("%1", rating_counts_text(trend))
    arrow = "▲ " if trend.change > 0 else "▼ " if trend.change < 0 else ""
    words = {
        "better": _tr("better"),
        "worse": _tr("worse"),
        "same": _tr("about the same"),
    }
    word = words.get(trend.direction, "")
    return f"{arrow}{signed_text(trend.change)}" + (f", {word}" if word else "")


def _summary_scales(data: ReportData) -> str:
    heading = summary_heading(_tr("Quality of life"))
    if not data.scales:
        return heading + none_line(_tr("No ratings in this period."))
    rows = []
    for scale in data.scales:
        trend = scale.trend
        better = (
            _tr("higher is better")
            if scale.scale.details.higher_is_better
            else _tr("lower is better")
        )
        rows.append(
            (
                f"{scale_name(scale.scale)} ({better})",
                "" if trend.baseline is None else one_decimal(trend.baseline),
                "" if trend.recent is None else one_decimal(trend.recent),
                change_text(scale),
            )
        )
    headers = (_tr("Scale"), _tr("Baseline mean"), _tr("Last 4 weeks"), _tr("Change"))
    return heading + table(headers, rows, compact=True, widths=(44, 12, 12, 32))


def _summary_clinical(data: ReportData) -> str:
    from journey.neda import CRITERIA

    parts = [summary_heading(_tr("NEDA-3 and clinical events"))]
    lines = neda_lines(data.neda)
    names = {"relapse": _tr("relapses"), "mri": _tr("MRI lesions"), "edss": _tr("EDSS")}
    assessed = [names[c] for c in CRITERIA if c not in data.neda.unassessed]
    lines.append(
        _tr("Assessed: %1.").replace("%1", ", ".join(assessed))
        if assessed
        else _tr("Assessed: nothing (no data in this period).")
    )
    rows: list[tuple[str, str]] = [(_tr("NEDA-3"), "\n".join(lines))]
    rows.append(
        (
            _tr("Relapses"),
            "; ".join(
                _tr("started %1").replace("%1", weekday_date_text(r.started)) for r in data.relapses
            )
            or _tr("none recorded"),
        )
    )
    reported = _tr("not reported")
    rows.append(
        (
            _tr("MRIs"),
            "; ".join(
                _tr("%1: new or enlarging T2 %2, enhancing %3")
                .replace("%1", weekday_date_text(m.on))
                .replace("%2", reported if m.new_t2 is None else str(m.new_t2))
                .replace("%3", reported if m.enhancing is None else str(m.enhancing))
                for m in data.mris
            )
            or _tr("none recorded"),
        )
    )
    rows.append(
        (
            _tr("EDSS reports"),
            "; ".join(
                _tr("%1 on %2")
                .replace("%1", one_decimal(e.score))
                .replace("%2", weekday_date_text(e.on))
                for e in data.edss
            )
            or _tr("none recorded"),
        )
    )
    parts.append(key_values(rows))
    return "".join(parts)


def _summary_side_effects(data: ReportData) -> str:
    parts = [summary_heading(_tr("Side effects"))]
    total = len(data.red_flags)
    if total:
        flags = (
            _tr("%1 raised, %2 acknowledged, %3 not acknowledged:")
            .replace("%1", str(total))
            .replace("%2", str(data.summary.red_flags_acknowledged))
            .replace("%3", str(total - data.summary.red_flags_acknowledged))
        )
        for flag, acknowledged in data.red_flags[:SUMMARY_RED_FLAGS]:
            seen = (
                _tr("acknowledged %1").replace("%1", when_text(acknowledged, data.zone, data.zone))
                if acknowledged is not None
                else _tr("not acknowledged")
            )
            flags += "\n⚑ " + (
                _tr("%1: %2 (%3)")
                .replace("%1", when_text(flag.at, flag.zone, data.zone))
                .replace("%2", red_flag_text(flag, data.temperature_unit))
                .replace("%3", seen)
            )
        if total > SUMMARY_RED_FLAGS:
            flags += "\n" + _tr("…and %1 more, listed under Side effects.").replace(
                "%1", str(total - SUMMARY_RED_FLAGS)
            )
    else:
        flags = _tr("none raised in this period")
    if data.red_flags_unchecked:
        flags += "\n⚠ " + _tr("Not every rule could be checked: this may be incomplete.")
    rows: list[tuple[str, str]] = [(_tr("Red flags"), flags)]
    fevers = []
    for window in data.summary.fevers:
        opened = when_text(window.opened_at, window.zone, data.zone)
        highest = (
            ""
            if window.celsius is None
            else temperature_text(window.celsius, data.temperature_unit)
        )
        grade = (
            _tr("grade %1").replace("%1", str(window.grade))
            if window.grade is not None
            else _tr("no fever")
        )
        fevers.append(
            _tr("%1 (from %2): %3, highest %4")
            .replace("%1", item_title(window.item) if window.item else window.title)
            .replace("%2", opened)
            .replace("%3", grade)
            .replace("%4", highest)
        )
    rows.append(
        (
            _tr("Highest fever grade per watch window (CTCAE v5.0)"),
            "\n".join(fevers) or _tr("no temperature logged in a watch window"),
        )
    )
    parts.append(key_values(rows))
    return "".join(parts)


def _summary_medications(data: ReportData) -> str:
    heading = summary_heading(_tr("Current medications"))
    current = data.summary.current_medications
    if not current:
        return heading + none_line(_tr("No current medication recorded."))
    doses = {(a.name, a.dose): a for a in data.adherence}
    rows = []
    for m in current:
        adherence = doses.get((m.name, m.dose))
        taken = (
            _tr("%1 on time, %2 late, %3 skipped, %4 missed")
            .replace("%1", number_text(adherence.taken))
            .replace("%2", number_text(adherence.late))
            .replace("%3", number_text(adherence.skipped))
            .replace("%4", number_text(adherence.missed))
            if adherence is not None
            else _tr("no dose schedule")
        )
        rows.append((m.name, m.dose, m.schedule, taken))
    headers = (_tr("Medication"), _tr("Dose"), _tr("Schedule"), _tr("Doses in this period"))
    return heading + table(headers, rows, compact=True, widths=(20, 12, 30, 38))


def _summary_follow_ups(data: ReportData) -> str:
    heading = summary_heading(_tr("Next follow-ups"))
    if not data.summary.follow_ups:
        return heading + none_line(_tr("No follow-up planned."))
    rows = [
        (weekday_date_text(item.details.start.date()), item_title(item.details))
        for item in data.summary.follow_ups
    ]
    return heading + table((_tr("Date"), _tr("What")), rows, compact=True, widths=(20, 80))


def _profile(data: ReportData) -> str:
    rows: list[tuple[str, str]] = []
    profile = data.profile
    if profile is not None:
        rows.append((_tr("Name"), profile.name))
        rows.append((_tr("MS type"), shown(MS_TYPE_CHOICES, profile.ms_type)))
        if profile.diagnosis_year:
            rows.append((_tr("Diagnosed"), str(profile.diagnosis_year)))
        if profile.edss is not None:
            edss = one_decimal(profile.edss)
            if profile.edss_date:
                edss = _tr("%1 (reported %2)").replace("%1", edss)
                edss = edss.replace("%2", weekday_date_text(profile.edss_date))
            rows.append((_tr("EDSS, last reported"), edss))
        if profile.dmt_history:
            rows.append((_tr("Disease-modifying therapies"), profile.dmt_history))
        if profile.last_mri_date or profile.last_mri_findings:
            mri = weekday_date_text(profile.last_mri_date) if profile.last_mri_date else ""
            rows.append((_tr("Last MRI before treatment"), f"{mri} {profile.last_mri_findings}"))
        rows.extend(allergy_rows(profile))
    course = data.course
    if course is not None:
        rows.append((_tr("Protocol"), shown(PROTOCOL_CHOICES, course.protocol)))
        clinic = ", ".join(p for p in (course.clinic_name, course.clinic_city) if p)
        rows.append((_tr("Clinic"), clinic))
        rows.append((_tr("Arrival"), weekday_date_text(course.arrival_date)))
        rows.append((_tr("Treatment start"), weekday_date_text(course.treatment_start)))
    discharge = data.discharge
    for label, text in (
        (_tr("Discharge instructions"), discharge.instructions),
        (_tr("Restrictions"), discharge.restrictions),
    ):
        if text:
            rows.append((label, text))
    if not rows:
        return ""
    body = "".join(f"<tr><th align='left'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f"<h2>{esc(_tr('Patient and treatment'))}</h2>{TABLE}{body}</table>"


def _timeline(data: ReportData) -> str:
    heading = f"<h2>{esc(_tr('Timeline'))}</h2>"
    if not data.items:
        return heading + none_line(_tr("Nothing on the itinerary in this period."))
    rows = []
    for item in data.items:
        details = item.details
        title = item_title(details)
        if details.status == "cancelled":
            title = _tr("%1 (cancelled)").replace("%1", title)
        rows.append(
            (
                number_kept(day_heading(details.start.date(), data.numbering)),
                item_time(item, data.zone),
                kind_text(details.kind),
                title,
                status_text(details.status),
            )
        )
    headers = (_tr("Day"), _tr("Time"), _tr("Kind"), _tr("What"), _tr("Status"))
    return heading + table(headers, rows)


def number_kept(text: str) -> str:
    """ "Sun 15 Nov 2026 · Day −10" with "Day −10" kept on one line (a narrow column broke
    it into "Day" and a lone "−10")."""
    return re.sub(r" (?=[−+-]?\d+$)", "\u00a0", text)


def _side_effects(data: ReportData) -> str:
    parts = [f"<h2>{esc(_tr('Side effects'))}</h2>"]
    rows: list[tuple[str, ...]]  # the red flags' table, then the log's: four columns, then six
    headers: tuple[str, ...]
    parts.append(f"<h3>{esc(_tr('Red flags'))}</h3>")
    if data.red_flags_unchecked:
        parts.append(
            "<p><b>⚠ "
            + esc(
                _tr(
                    "Journey could not check every red-flag rule for this period, so this "
                    "list may be incomplete."
                )
            )
            + "</b></p>"
        )
    if data.red_flags:
        rows = []
        listed = data.red_flags[-RED_FLAG_ROWS:]  # the latest; all are in the CSV
        if len(listed) < len(data.red_flags):
            parts.append(
                none_line(
                    _tr(
                        "%1 red flags in this period: the latest %2 are listed here. Every "
                        "one is in the red_flags column of side_effects.csv (%3)."
                    )
                    .replace("%1", number_text(len(data.red_flags)))
                    .replace("%2", number_text(len(listed)))
                    .replace("%3", csv_where())
                )
            )
        for flag, acknowledged in listed:
            seen = (
                when_text(acknowledged, data.zone, data.zone)
                if acknowledged is not None
                else _tr("not acknowledged")
            )
            rows.append(
                (
                    "⚑ " + when_text(flag.at, flag.zone, data.zone),
                    red_flag_text(flag, data.temperature_unit),
                    seen,
                    citation(red_flag_source(flag)),
                )
            )
        headers = (_tr("Logged"), _tr("Red flag"), _tr("Acknowledged"), _tr("Threshold source"))
        parts.append(table(headers, rows))
    else:
        parts.append(none_line(_tr("No red flag was raised in this period.")))
    parts.append(f"<h3>{esc(_tr('Side-effect log'))}</h3>")
    if data.log_days:
        parts.append(_log_by_day(data))
        return "".join(parts)
    if not data.entries:
        parts.append(none_line(_tr("No side effect was logged in this period.")))
        return "".join(parts)
    rows = []
    graded = False
    flagged = {flag.entry_id for flag, _ in data.red_flags}  # each keeps its ⚑ in the log
    for entry in data.entries:
        details = entry.details
        temperature = temperature_with_grade(details.celsius, data.temperature_unit)
        graded = graded or "·" in temperature
        symptom = symptom_text(details.symptom)
        rows.append(
            (
                when_text(details.at, details.zone, data.zone),
                f"⚑ {symptom}" if entry.id in flagged else symptom,
                severity_text(details.severity),
                temperature,
                recorded_by_text(details.recorded_by),
                details.notes,
            )
        )
    headers = (
        _tr("When"),
        _tr("Symptom"),
        _tr("Severity (0–10)"),
        _tr("Temperature"),
        _tr("Recorded by"),
        _tr("Notes"),
    )
    parts.append(table(headers, rows, compact=True))
    if graded:
        parts.append(
            "<p><small>"
            + esc(
                _tr(
                    "Fever grades: CTCAE version 5.0 (National Cancer Institute, 2017), for "
                    "reference; from a single reading, so grade 4 (above 40 °C for more than "
                    "24 hours) is not shown."
                )
            )
            + "</small></p>"
        )
    return "".join(parts)


def csv_where() -> str:
    """Where the CSV files are made, in the words of the window and of the command line."""
    return _tr("Report and data ▸ Export for a spreadsheet, or “journey export csv”")


def _log_by_day(data: ReportData) -> str:
    """A log longer than LOG_ROWS entries, a day a row: the latest LOG_DAYS days."""

    days = data.log_days[-LOG_DAYS:]
    note = (
        _tr(
            "%1 entries in this period, more than %2, so the log is shown a day a row. Every "
            "entry is in side_effects.csv (%3)."
        )
        .replace("%1", number_text(data.entry_count))
        .replace("%2", number_text(LOG_ROWS))
        .replace("%3", csv_where())
    )
    if len(days) < len(data.log_days):
        note += " " + _tr("The %1 earlier days with entries are there too.").replace(
            "%1", number_text(len(data.log_days) - len(days))
        )
    rows = [
        (
            weekday_date_text(day.day),
            number_text(day.entries),
            ", ".join(f"{symptom_text(name)} ({number_text(n)})" for name, n in day.symptoms),
            severity_text(day.severity),
            temperature_with_grade(day.celsius, data.temperature_unit),
            f"⚑ {number_text(day.flagged)}" if day.flagged else "",
        )
        for day in days
    ]
    headers = (
        _tr("Day"),
        _tr("Entries"),
        _tr("Most logged"),
        _tr("Highest severity (0–10)"),
        _tr("Highest temperature"),
        _tr("Entries with a red flag"),
    )
    # Widths that keep a day to one line (a row of one line never runs over a page).
    return none_line(note) + table(headers, rows, compact=True, widths=(15, 8, 33, 13, 19, 12))


def _quality_of_life(data: ReportData) -> str:
    parts = [f"<h2 style='page-break-before: always'>{esc(_tr('Quality of life'))}</h2>"]
    if not data.scales:
        parts.append(none_line(_tr("No ratings in this period.")))
        return "".join(parts)
    parts.append(
        "<p><small>"
        + esc(
            _tr(
                "The patient's own ratings. Chart: each rating (solid line with dots), the "
                "4-week average (thick dashes), the baseline range (hatched band), the treatment "
                "(solid vertical line), relapses (dotted, ▼) and MRIs (dash-dot, ■). The table "
                "beside it gives each month's ratings."
            )
        )
        + "</small></p>"
    )
    used: float = QOL_INTRO_PT  # the heading and the note above
    for scale in data.scales:
        # Keep a scale's heading, chart and table on one page: start a new page when the
        # estimated height would not fit what is left of this one.
        height = scale_block_height(len(scale.months))
        breaks = used + height > PAGE_BUDGET_PT
        used = height if breaks else used + height
        style = " style='page-break-before: always'" if breaks else ""
        name = scale_name(scale.scale)
        parts.append(f"<h3{style}>{esc(name)}</h3>")
        parts.append(f"<p>{esc(_scale_summary(scale))}</p>")
        months = table(
            (_tr("Month"), _tr("Mean"), _tr("Range"), _tr("n")),
            (
                (
                    date_text(m.month, "MMM yyyy"),
                    one_decimal(m.mean),
                    f"{number_text(m.low)}–{number_text(m.high)}",
                    str(m.count),
                )
                for m in scale.months
            ),
            compact=True,
        )
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='62%' valign='top'><img src='{chart_name(scale)}' "
            f"width='{CHART_WIDTH_PX}' height='{CHART_HEIGHT_PX}'></td>"
            f"<td width='38%' valign='top'>{months}</td></tr></table>"
        )
    parts.append(_changes(data))
    return "".join(parts)


def _scale_summary(scale: ScaleReport) -> str:
    details = scale.scale.details
    direction = _tr("higher is better") if details.higher_is_better else _tr("lower is better")
    text = (
        _tr("Scale %1–%2, %3.")
        .replace("%1", number_text(details.low))
        .replace("%2", number_text(details.high))
        .replace("%3", direction)
    )
    trend = scale.trend
    if trend.baseline is not None:
        text += " " + _tr("Baseline mean %1.").replace("%1", one_decimal(trend.baseline))
    if trend.recent is not None and trend.change is not None:
        text += " " + (
            _tr("Last 4 weeks %1 (%2).")
            .replace("%1", one_decimal(trend.recent))
            .replace("%2", signed_text(trend.change))
        )
    elif trend.baseline is not None and trend.recent is not None:
        # Fewer than three ratings in a window: no comparison (a single rating is not a trend).
        text += " " + _tr("Not enough ratings to compare with the baseline (%1).").replace(
            "%1", rating_counts_text(trend)
        )
    return text


def _changes(data: ReportData) -> str:
    """Change from baseline: one row per scale, one column per band of months."""
    bands = sorted({c.label_months for s in data.scales for c in s.changes}, key=lambda b: b[0])
    heading = f"<h3>{esc(_tr('Change from baseline'))}</h3>"
    if not bands:
        return heading + none_line(_tr("No ratings since the treatment started in this period."))
    rows = []
    for scale in data.scales:
        by_band = {c.label_months: c for c in scale.changes}
        cells = [scale_name(scale.scale)]
        for band in bands:
            change = by_band.get(band)
            if change is None:
                cells.append("")
            elif change.change is None:
                cells.append(one_decimal(change.mean))
            else:
                cells.append(f"{one_decimal(change.mean)} ({signed_text(change.change)})")
        rows.append(cells)
    headers = [_tr("Scale")] + [band_text(band) for band in bands]
    note = _tr(
        "Mean of the ratings in each band of months after the treatment start; in brackets, "
        "the difference from the baseline mean."
    )
    return heading + table(headers, rows) + f"<p><small>{esc(note)}</small></p>"


def _clinical(data: ReportData) -> str:
    parts = [f"<h2>{esc(_tr('Clinical events'))}</h2>"]
    parts.append(f"<h3>{esc(_tr('NEDA-3'))}</h3>")
    parts.append("".join(f"<p>{esc(line)}</p>" for line in neda_lines(data.neda)))
    parts.append(f"<p><small>{esc(neda_rule_text())}</small></p>")
    parts.append(f"<h3>{esc(_tr('Relapses'))}</h3>")
    if data.relapses:
        rows: list[tuple[str, ...]] = [
            (
                weekday_date_text(r.started),
                weekday_date_text(r.ended) if r.ended else _tr("not recorded"),
                r.symptoms,
                r.steroids,
            )
            for r in data.relapses
        ]
        headers = (_tr("Started"), _tr("Ended"), _tr("Symptoms"), _tr("Steroids"))
        parts.append(table(headers, rows))
    else:
        parts.append(none_line(_tr("No relapse recorded in this period.")))
    parts.append(f"<h3>{esc(_tr('MRI results'))}</h3>")
    if data.mris:
        reported = _tr("not reported")
        rows = [
            (
                weekday_date_text(m.on),
                reported if m.new_t2 is None else str(m.new_t2),
                reported if m.enhancing is None else str(m.enhancing),
                m.report,
            )
            for m in data.mris
        ]
        headers = (
            _tr("Date"),
            _tr("New or enlarging T2"),
            _tr("Enhancing (Gd+)"),
            _tr("Report"),
        )
        parts.append(table(headers, rows))
    else:
        parts.append(none_line(_tr("No MRI recorded in this period.")))
    parts.append(f"<h3>{esc(_tr('EDSS reports'))}</h3>")
    if data.edss:
        rows = [(weekday_date_text(e.on), one_decimal(e.score), e.reported_by) for e in data.edss]
        parts.append(table((_tr("Date"), _tr("EDSS"), _tr("Reported by")), rows))
    else:
        parts.append(none_line(_tr("No EDSS report recorded in this period.")))
    return "".join(parts)


def stopped_text(medication: MedicationDetails, data: ReportData) -> str:
    """When the medicine stopped: its stop date, the neutrophils' recovery that ended it (as
    page 1 and the wallet card count it), or "ongoing"."""
    if medication.stopped:
        return weekday_date_text(medication.stopped)
    ended = data.medications_ended.get((medication.name, medication.started))
    if ended is not None:
        day = weekday_date_text(shown_in(ended, data.zone).date())
        return _tr("ended with the counts' recovery, %1").replace("%1", day)
    return _tr("ongoing")


def _medications(data: ReportData) -> str:
    heading = f"<h2>{esc(_tr('Medications'))}</h2>"
    if not data.medications:
        return heading + none_line(_tr("No medication recorded for this period."))
    rows = [
        (
            m.name,
            m.dose,
            m.schedule,
            weekday_date_text(m.started),
            stopped_text(m, data),
            m.notes,
        )
        for m in data.medications
    ]
    headers = (
        _tr("Medication"),
        _tr("Dose"),
        _tr("Schedule"),
        _tr("Started"),
        _tr("Stopped"),
        _tr("Notes"),
    )
    return heading + table(headers, rows) + _adherence(data)


def _adherence(data: ReportData) -> str:
    """The doses of each medication with a schedule, as recorded: a short table."""
    if not data.adherence:
        return ""
    from journey.medications import missed_after

    minutes = missed_after().total_seconds() / 60
    rows = [
        (
            f"{a.name} {a.dose}".strip(),
            number_text(a.taken),
            number_text(a.late),
            number_text(a.skipped),
            number_text(a.missed),
            number_text(a.pending),
        )
        for a in data.adherence
    ]
    headers = (
        _tr("Medication"),
        _tr("Taken on time"),
        _tr("Taken late"),
        _tr("Skipped"),
        _tr("Missed"),
        _tr("Not yet recorded"),
    )
    note = _tr(
        "Doses as recorded in Journey. A dose counts as missed when nothing was recorded "
        "%1 minutes after it was due; “not yet recorded” doses were due less than that ago."
    ).replace("%1", number_text(minutes))
    return f"<h3>{esc(_tr('Doses taken'))}</h3>" + table(headers, rows) + none_line(note)


def _all_ratings(data: ReportData) -> str:
    """Every rating in the period, a column per scale (a few scales to a table)."""
    if not data.scales:
        return ""
    parts = [f"<h2 style='page-break-before: always'>{esc(_tr('All ratings in this period'))}</h2>"]
    zone = ZoneInfo(data.zone)
    scales = [s.scale for s in data.scales]
    for start in range(0, len(scales), SCALES_PER_TABLE):
        chunk = scales[start : start + SCALES_PER_TABLE]
        headers = [_tr("Date")] + [scale_name(s) for s in chunk] + [_tr("Baseline")]
        rows = []
        for rating in data.ratings:
            values = [rating.value(s.id) for s in chunk]
            if all(v is None for v in values):
                continue
            day = shown_in(rating.details.at, zone).date()
            cells = [date_text(day)]
            cells += ["" if v is None else number_text(v) for v in values]
            cells.append("✓" if rating.is_baseline else "")
            rows.append(cells)
        parts.append(table(headers, rows, compact=True))
        parts.append("<p></p>")
    return "".join(parts)
