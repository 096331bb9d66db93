"""Summaries that claim no more than the data (issue 18, parts 7 and 8), as the Aftercare
page, the report and the follow-up dialog show them: NEDA-3 shows ✓ only when every criterion
was assessed, names what is missing and an increase pending confirmation; for HSCT its period
starts at the re-baseline MRI; a trend sentence needs three ratings in each window and agrees
with the table beside it; the follow-up plan says what it counts from."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journey.aftercare import EdssDetails, MriDetails, RatingDetails
from journey.dto import CourseData, ProfileData
from journey.report import gather
from journey.services import JournalServices
from tests.ui.helpers import HOME_ZONE, NOW
from tests.ui.keys import on_next_dialog, press, show_active
from ui.aftercare.page import AftercarePage
from ui.report.document import make_report

# NOW is Wed 25 Nov 2026. A treatment start of 1 Jan: arrival 30 Dec, the reinfusion (day 15
# of the HSCT template) on Tue 13 Jan = day 0; the re-baseline MRI is due on Mon 13 Jul, and
# an MRI from 13 Apr to 13 Oct (3–9 months) would be taken as that scan.
TREATMENT = date(2026, 1, 1)
REBASELINE = "Mon 13 Jul 2026"
PERIOD = f"from {REBASELINE} to Wed 25 Nov 2026"


def onboard(services: JournalServices, treatment: date, protocol: str = "hsct") -> None:
    services.onboarding.complete(
        ProfileData(name="Ana Souza", ms_type="RRMS"),
        CourseData(
            protocol=protocol,
            clinic_name="Clínica de Prueba",
            clinic_city="Puebla",
            arrival_date=date.fromordinal(treatment.toordinal() - 2),
            arrival_time=time(15, 0),
            destination_zone="America/Mexico_City",
            treatment_start=treatment,
            home_zone=HOME_ZONE,
        ),
        None,
    )


def show_page(qtbot: QtBot, services: JournalServices) -> AftercarePage:
    page = AftercarePage(services)
    page.resize(1200, 900)
    show_active(qtbot, page)
    return page


def report_text(services: JournalServices, first: date, last: date) -> str:
    document = QTextDocument()
    document.setHtml(make_report(gather(services, first, last)).html)
    return document.toPlainText()


def remove_reinfusion(services: JournalServices) -> None:
    for item in services.itinerary.items():
        if item.details.kind == "reinfusion":
            services.itinerary.delete(item.id)


# --- NEDA-3 ---------------------------------------------------------------------------------

NOT_ENOUGH = f"Not enough information to say whether NEDA-3 holds {PERIOD}."
REFERENCE = EdssDetails(date(2026, 6, 1), 3.0)  # before the period: the reference
CLEAN = MriDetails(date(2026, 11, 2), 0, 0)

NEDA_CASES = {
    # id: (MRIs, EDSS reports, the lines shown)
    "nothing entered": (
        [],
        [],
        [NOT_ENOUGH, "Missing: no MRI in this period.", "Missing: no EDSS score in this period."],
    ),
    "an MRI without lesion counts": (
        [MriDetails(date(2026, 11, 2))],
        [REFERENCE, EdssDetails(date(2026, 11, 1), 3.0)],
        [
            NOT_ENOUGH,
            "Missing: no MRI with lesion counts in this period (new or enlarging T2 lesions, "
            "enhancing lesions).",
        ],
    ),
    "no EDSS in the period": (
        [CLEAN],
        [REFERENCE],
        [NOT_ENOUGH, "Missing: no EDSS score in this period."],
    ),
    "an increase pending confirmation": (
        [CLEAN],
        [REFERENCE, EdssDetails(date(2026, 11, 1), 4.0)],
        [
            NOT_ENOUGH,
            "EDSS rose from 3.0 (Mon 1 Jun 2026) to 4.0 on Sun 1 Nov 2026: pending "
            "confirmation until Sun 18 Apr 2027. A report from that day on, still at 4.0 or "
            "more, would confirm it.",
        ],
    ),
    "every criterion assessed": (
        [CLEAN],
        [REFERENCE, EdssDetails(date(2026, 11, 1), 3.0)],
        [
            f"✓ NEDA-3 holds {PERIOD}: no relapse, no new or enlarging T2 or enhancing lesion, "
            "no confirmed EDSS progression in what was entered."
        ],
    ),
}


@pytest.mark.parametrize(("mris", "edss", "lines"), NEDA_CASES.values(), ids=NEDA_CASES.keys())
def test_neda3_shows_a_tick_only_when_every_criterion_was_assessed(
    qtbot: QtBot,
    services: JournalServices,
    mris: list[MriDetails],
    edss: list[EdssDetails],
    lines: list[str],
) -> None:
    onboard(services, TREATMENT)
    for mri in mris:
        services.clinical.mris.add(mri)
    for report in edss:
        services.clinical.edss.add(report)
    page = show_page(qtbot, services)
    shown = page.neda_result.text()
    assert shown.splitlines() == lines
    assessed = len(lines) == 1
    assert ("✓" in shown) is assessed
    # The doctor's report over the same period says the same, and no ✓ without the data.
    text = report_text(services, date(2026, 7, 13), date(2026, 11, 25))
    for line in lines:
        assert line in text
    assert ("✓ NEDA-3 holds" in text) is assessed
    page.close()


def test_the_hsct_period_starts_at_the_rebaseline_mri_and_can_be_changed(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, TREATMENT)
    services.clinical.mris.add(MriDetails(date(2026, 3, 20), 2, 1))  # before the re-baseline
    services.clinical.mris.add(CLEAN)
    page = show_page(qtbot, services)
    assert page.neda_period() == (date(2026, 7, 13), date(2026, 11, 25))
    note = page.neda_period_note.text()
    assert note.startswith(
        "For HSCT, the period starts by default at the re-baseline MRI, due about 6 months "
        f"after day 0, the reinfusion on Tue 13 Jan 2026: {REBASELINE}. Change “From” to "
        "count from another day."
    )
    assert "Burt RK" in note
    assert "Muraro PA" in note
    assert page.neda_period_note.isVisible()
    assert "MRI of Fri 20 Mar 2026" not in page.neda_result.text()
    # The user counts from day 0 instead: the MRI of March is in the period now.
    page.neda_from.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(page.neda_from, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.neda_from, "2026-01-13")
    press(qtbot, Qt.Key.Key_Tab)
    assert page.neda_period()[0] == date(2026, 1, 13)
    assert page.neda_result.text().splitlines()[:2] == [
        "✗ NEDA-3 does not hold from Tue 13 Jan 2026 to Wed 25 Nov 2026:",
        "✗ MRI of Fri 20 Mar 2026: new or enlarging T2 lesions 2, enhancing lesions 1.",
    ]
    page.close()


def test_a_recorded_rebaseline_mri_starts_the_period_the_day_after_it(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, TREATMENT)
    services.clinical.mris.add(MriDetails(date(2026, 7, 10), 3, 0))  # the new reference
    page = show_page(qtbot, services)
    assert page.neda_period()[0] == date(2026, 7, 11)
    assert page.neda_period_note.text().startswith(
        "For HSCT, the period starts by default after the re-baseline MRI of Fri 10 Jul 2026, "
        "about 6 months after day 0, the reinfusion on Tue 13 Jan 2026."
    )
    assert "✗" not in page.neda_result.text()  # its lesions are the reference, not activity
    page.close()


def test_without_a_reinfusion_the_period_counts_from_the_treatment_start_and_says_so(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, TREATMENT)
    remove_reinfusion(services)
    page = show_page(qtbot, services)
    assert page.neda_period()[0] == date(2026, 7, 1)  # 1 Jan + 6 months
    assert (
        "the treatment start (Thu 1 Jan 2026): there is no reinfusion in your timeline, so day 0 "
        "is not known" in page.neda_period_note.text()
    )
    page.close()


def test_an_msc_period_starts_at_the_treatment_with_nothing_to_explain(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, TREATMENT, protocol="msc")
    page = show_page(qtbot, services)
    assert page.neda_period() == (TREATMENT, date(2026, 11, 25))
    assert page.neda_period_note.text() == ""
    assert not page.neda_period_note.isVisible()
    page.close()


# --- the trend sentence ---------------------------------------------------------------------


def rate(services: JournalServices, day: date, value: float, key: str = "energy") -> None:
    scale = next(s for s in services.ratings.scales() if s.key == key)
    at = datetime.combine(day, time(17, 0), NOW.tzinfo)
    services.ratings.record(RatingDetails(at, HOME_ZONE, ((scale.id, value),)))


BASELINE_DAYS = [date(2026, 11, 1), date(2026, 11, 4), date(2026, 11, 7)]
AFTER_DAYS = [date(2026, 11, 20), date(2026, 11, 22), date(2026, 11, 24)]

TREND_CASES = {
    # id: (baseline values, values after the treatment, the sentence)
    "one rating after: the issue's case": (
        [4, 4, 4],
        [1],
        "Energy: not enough ratings yet to compare with your baseline (1 of 3 in the last "
        "4 weeks).",
    ),
    "two ratings after": (
        [4, 4, 4],
        [1, 2],
        "Energy: not enough ratings yet to compare with your baseline (2 of 3 in the last "
        "4 weeks).",
    ),
    "three after": (
        [4, 4, 4],
        [1, 2, 3],
        "Energy: last 4 weeks average 2.0, −2.0 against your baseline of 4.0 — worse, by your "
        "own ratings.",
    ),
    "a baseline of two": (
        [4, 5],
        [1, 2, 3],
        "Energy: not enough ratings yet to compare with your baseline (2 of 3 baseline ratings).",
    ),
    "one of each": (
        [4],
        [1],
        "Energy: not enough ratings yet to compare with your baseline (1 of 3 in the last "
        "4 weeks; 1 of 3 baseline ratings).",
    ),
}


@pytest.mark.parametrize(
    ("baseline", "after", "sentence"), TREND_CASES.values(), ids=TREND_CASES.keys()
)
def test_a_trend_needs_three_ratings_in_each_window(
    qtbot: QtBot,
    services: JournalServices,
    baseline: list[float],
    after: list[float],
    sentence: str,
) -> None:
    onboard(services, date(2026, 11, 15))  # the ratings before it are the baseline
    for day, value in zip(BASELINE_DAYS, baseline, strict=False):
        rate(services, day, value)
    for day, value in zip(AFTER_DAYS, after, strict=False):
        rate(services, day, value)
    page = show_page(qtbot, services)
    assert page.scale_box.currentText() == "Energy"
    assert page.summary.text() == sentence
    # The table's newest row: the last 4 weeks' average of the ratings since the treatment
    # only (before the fix it mixed in the baseline: 3.0 beside a headline of 1.0).
    newest_average = page.rows.index(0, 2).data()
    assert newest_average == f"{sum(after) / len(after):.1f}"
    page.close()


def test_the_headline_numbers_are_the_tables(qtbot: QtBot, services: JournalServices) -> None:
    """The sentence's "last 4 weeks average", baseline and change, read back from the table
    beside it on the same data: the newest row's 4-week average, the mean of the rows marked
    baseline, and their difference as shown."""
    onboard(services, date(2026, 11, 15))
    for day, value in zip(BASELINE_DAYS, [4, 5, 5], strict=True):
        rate(services, day, value)
    for day, value in zip([date(2026, 10, 20), *AFTER_DAYS], [9, 7, 6, 6], strict=True):
        rate(services, day, value)  # 20 Oct is before the treatment, but not within 4 weeks
    page = show_page(qtbot, services)
    found = re.fullmatch(
        r"Energy: last 4 weeks average (\S+), (\S+) against your baseline of (\S+) — .*",
        page.summary.text(),
    )
    assert found is not None, page.summary.text()
    average, change, baseline = found.groups()
    rows = [[page.rows.index(r, c).data() for c in range(4)] for r in range(page.rows.rowCount())]
    assert average == rows[0][2] == "6.3"  # (7 + 6 + 6) / 3
    marked = [float(row[1]) for row in rows if row[3] == "✓ yes"]
    assert baseline == f"{sum(marked) / len(marked):.1f}" == "5.8"  # (9 + 4 + 5 + 5) / 4
    assert change == "+0.5"  # 6.3 − 5.8, as shown
    assert page.summary.text().endswith("better, by your own ratings.")
    page.close()


# --- the follow-up plan ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reinfusion", "counted_from", "first_step", "live_vaccines"),
    [
        (True, "Counted from day 0, the reinfusion on Sun 6 Sep 2026.", "Sun 6 Dec 2026", 2028),
        (
            False,
            "Counted from the treatment start, Tue 25 Aug 2026: there is no reinfusion in your "
            "timeline, so day 0 is not known. Add the reinfusion to count from day 0.",
            "Wed 25 Nov 2026",
            2028,
        ),
    ],
)
def test_the_follow_up_dialog_says_what_the_plan_counts_from(
    qtbot: QtBot,
    services: JournalServices,
    reinfusion: bool,
    counted_from: str,
    first_step: str,
    live_vaccines: int,
) -> None:
    onboard(services, date(2026, 8, 25))  # arrival 23 Aug; the reinfusion on 6 Sep
    if not reinfusion:
        remove_reinfusion(services)
    page = show_page(qtbot, services)
    shown: list[str] = []

    def add(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.extend([box.text(), box.informativeText(), box.detailedText()])
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(add)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert seen
    text, steps, sources = shown
    assert text.endswith(counted_from)
    assert steps.splitlines()[0] == f"• {first_step} — EDSS review with your neurologist"
    live = [line for line in steps.splitlines() if "live vaccines" in line]
    assert len(live) == 1
    assert str(live_vaccines) in live[0]
    assert "as your team decides" in live[0]
    assert "Majhail NS" in sources
    assert "Rubin LG" in sources
    page.close()
