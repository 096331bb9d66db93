"""Aftercare in words, translated: when a rating is due, how a scale has moved since the
baseline, and NEDA-3 with the criterion that failed and when. Shared by Today, the Aftercare
page and the report. Words describe the user's own ratings and what clinicians reported;
they never diagnose."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ui.words.data import tr_data
from ui.words.time import weekday_date_text

if TYPE_CHECKING:  # Today imports this module; NEDA and trends load with the Aftercare page
    from journey.aftercare import FollowUpStart, RatingStatus, Scale
    from journey.neda import Neda3, Pending
    from journey.rating_trends import PeriodChange, Trend
    from journey.services.aftercare import NedaPeriod


def _tr(text: str) -> str:
    return QCoreApplication.translate("aftercare", text)


def one_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def signed(value: float) -> str:
    """ "+1.5", "−0.5", "0.0": the sign spelled out, a real minus."""
    text = one_decimal(abs(value))
    if round(value, 1) == 0:
        return text
    return f"+{text}" if value > 0 else f"\u2212{text}"


def due_text(status: RatingStatus, today: date) -> str:
    if status.baseline_needed:
        return _tr(
            "Before treatment starts, rate how you are now: these ratings become your baseline, "
            "the reference every later rating is compared with."
        )
    if status.due_on is None or status.last is None:
        return _tr("No ratings yet. Rating takes about a minute.")
    if status.due_on < today:
        return _tr("A rating is overdue: it was due on %1.").replace(
            "%1", weekday_date_text(status.due_on)
        )
    if status.due_on == today:
        return _tr("A rating is due today.")
    return _tr("Your next rating is due on %1.").replace("%1", weekday_date_text(status.due_on))


def trend_text(name: str, trend: Trend, count: int) -> str:
    """One sentence on a scale: how the last 4 weeks compare with the baseline — only with
    at least three ratings in each (journey.rating_trends.MIN_RATINGS), else how many there
    are. The numbers are the table's: the last 4 weeks' average is its newest row's."""
    if count == 0:
        return _tr("%1: no ratings on this scale yet.").replace("%1", name)
    if trend.baseline is None:
        return _tr(
            "%1: no baseline yet. Ratings made before the treatment starts, or marked as "
            "baseline, become it."
        ).replace("%1", name)
    if trend.recent is None:
        return (
            _tr("%1: baseline %2; no ratings since the baseline yet.")
            .replace("%1", name)
            .replace("%2", one_decimal(trend.baseline))
        )
    if trend.change is None:
        return not_enough_text(name, trend)
    words = {
        "better": _tr("better, by your own ratings"),
        "worse": _tr("worse, by your own ratings"),
        "same": _tr("about the same as your baseline"),
    }[trend.direction]
    return (
        _tr("%1: last 4 weeks average %2, %3 against your baseline of %4 — %5.")
        .replace("%1", name)
        .replace("%2", one_decimal(trend.recent))
        .replace("%3", signed(trend.change))
        .replace("%4", one_decimal(trend.baseline))
        .replace("%5", words)
    )


def not_enough_text(name: str, trend: Trend) -> str:
    """ "Walking: not enough ratings yet to compare with your baseline (1 of 3 in the last
    4 weeks)." — a single rating is not a trend."""
    return (
        _tr("%1: not enough ratings yet to compare with your baseline (%2).")
        .replace("%1", name)
        .replace("%2", rating_counts_text(trend))
    )


def rating_counts_text(trend: Trend) -> str:
    """ "1 of 3 in the last 4 weeks; 2 of 3 baseline ratings": the windows short of three."""
    from journey.rating_trends import MIN_RATINGS

    parts = []
    if trend.recent_count < MIN_RATINGS:
        parts.append(
            _tr("%1 of %2 in the last 4 weeks")
            .replace("%1", str(trend.recent_count))
            .replace("%2", str(MIN_RATINGS))
        )
    if trend.baseline_count < MIN_RATINGS:
        parts.append(
            _tr("%1 of %2 baseline ratings")
            .replace("%1", str(trend.baseline_count))
            .replace("%2", str(MIN_RATINGS))
        )
    return "; ".join(parts)


def months_text(change: PeriodChange) -> str:
    return band_text(change.label_months)


def band_text(band: tuple[int, int | None]) -> str:
    """ "Months 0–3", "Month 24 and after"."""
    start, end = band
    if end is None:
        return _tr("Month %1 and after").replace("%1", str(start))
    return _tr("Months %1–%2").replace("%1", str(start)).replace("%2", str(end))


def _count(value: int | None) -> str:
    return _tr("not reported") if value is None else str(value)


def neda_lines(result: Neda3) -> list[str]:
    """The verdict first — ✓ only when every criterion was assessed and none failed; ✗ when
    one failed; otherwise "not enough information to say" — then one line per failed
    criterion (✗ and words, never colour alone), an EDSS increase awaiting confirmation, and
    what is missing, in plain words."""
    period = (
        _tr("from %1 to %2")
        .replace("%1", weekday_date_text(result.start))
        .replace("%2", weekday_date_text(result.end))
    )
    if result.verdict == "holds":
        lines = [
            _tr(
                "✓ NEDA-3 holds %1: no relapse, no new or enlarging T2 or enhancing lesion, "
                "no confirmed EDSS progression in what was entered."
            ).replace("%1", period)
        ]
    elif result.verdict == "fails":
        lines = [_tr("✗ NEDA-3 does not hold %1:").replace("%1", period)]
    else:
        lines = [
            _tr("Not enough information to say whether NEDA-3 holds %1.").replace("%1", period)
        ]
    for failure in result.failures:
        detail = failure.detail
        if failure.criterion == "relapse":
            line = _tr("✗ Relapse starting %1.").replace("%1", weekday_date_text(failure.on))
        elif failure.criterion == "mri":
            line = (
                _tr("✗ MRI of %1: new or enlarging T2 lesions %2, enhancing lesions %3.")
                .replace("%1", weekday_date_text(failure.on))
                .replace("%2", _count(detail.get("new_t2")))
                .replace("%3", _count(detail.get("enhancing")))
            )
        else:
            line = (
                _tr("✗ EDSS rose from %1 (%2) to %3 on %4, confirmed on %5.")
                .replace("%1", one_decimal(detail["reference"]))
                .replace("%2", weekday_date_text(detail["reference_on"]))
                .replace("%3", one_decimal(detail["score"]))
                .replace("%4", weekday_date_text(failure.on))
                .replace("%5", weekday_date_text(detail["confirmed_on"]))
            )
        lines.append(line)
    if result.pending is not None:
        lines.append(pending_text(result.pending))
    lines += [missing_text(reason) for reason in result.missing]
    return lines


def pending_text(pending: Pending) -> str:
    return (
        _tr(
            "EDSS rose from %1 (%2) to %3 on %4: pending confirmation until %5. A report "
            "from that day on, still at %6 or more, would confirm it."
        )
        .replace("%1", one_decimal(pending.reference))
        .replace("%2", weekday_date_text(pending.reference_on))
        .replace("%3", one_decimal(pending.score))
        .replace("%4", weekday_date_text(pending.on))
        .replace("%5", weekday_date_text(pending.until))
        .replace("%6", one_decimal(pending.threshold))
    )


def missing_text(reason: str) -> str:
    """What is missing for one criterion (journey.neda's NO_* reasons)."""
    texts = {
        "no_mri": _tr("Missing: no MRI in this period."),
        "no_lesion_counts": _tr(
            "Missing: no MRI with lesion counts in this period (new or enlarging T2 lesions, "
            "enhancing lesions)."
        ),
        "no_edss": _tr("Missing: no EDSS score in this period."),
        "no_edss_reference": _tr(
            "Missing: only one EDSS score in this period, and none before it to compare with."
        ),
    }
    return texts[reason]


def neda_period_text(period: NedaPeriod) -> str:
    """Why the NEDA-3 period starts where it does (HSCT's re-baseline MRI), with its source;
    empty when there is nothing to explain."""
    from journey.neda import rebaseline_rule

    anchor = period.counted_from
    if anchor is None or period.rebaseline_on is None:
        return ""
    if anchor.fallback:
        zero = _tr(
            "the treatment start (%1): there is no reinfusion in your timeline, so day 0 "
            "is not known"
        ).replace("%1", weekday_date_text(anchor.day))
    else:
        zero = _tr("day 0, the reinfusion on %1").replace("%1", weekday_date_text(anchor.day))
    when = weekday_date_text(period.rebaseline_on)
    if period.basis == "rebaseline" and period.rebaseline_recorded:
        text = _tr(
            "For HSCT, the period starts by default after the re-baseline MRI of %1, about "
            "%3 months after %2."
        )
    elif period.basis == "rebaseline":
        text = _tr(
            "For HSCT, the period starts by default at the re-baseline MRI, due about %3 months "
            "after %2: %1."
        )
    else:
        text = _tr(
            "For HSCT, the period will start at the re-baseline MRI, due about %3 months after "
            "%2 (%1); until then it starts there."
        )
    rule = rebaseline_rule()
    text = text.replace("%1", when).replace("%3", str(rule["months"])).replace("%2", zero)
    change = _tr("Change “From” to count from another day.")
    return f"{text} {change} {tr_data(rule['source'])}"


def follow_up_start_text(start: FollowUpStart, protocol: str) -> str:
    """What the follow-up plan's months are counted from, in words."""
    day = weekday_date_text(start.day)
    if start.counted_from == "day_zero":
        return _tr("Counted from day 0, the reinfusion on %1.").replace("%1", day)
    if start.counted_from == "last_infusion":
        return _tr("Counted from your last infusion, on %1.").replace("%1", day)
    if protocol == "hsct":
        return _tr(
            "Counted from the treatment start, %1: there is no reinfusion in your timeline, so "
            "day 0 is not known. Add the reinfusion to count from day 0."
        ).replace("%1", day)
    return _tr(
        "Counted from the treatment start, %1: there is no infusion in your timeline."
    ).replace("%1", day)


def neda_rule_text() -> str:
    """The rule applied and its sources (resources/aftercare/neda3.json)."""
    from journey.neda import confirmation_rule

    rule = confirmation_rule()
    return (
        _tr(
            "Journey applies this rule to what your clinicians reported; it does not "
            "diagnose. %1 %2"
        )
        .replace("%1", tr_data(rule["neda_source"]))
        .replace("%2", tr_data(rule["source"]))
    )


def scale_name(scale: Scale) -> str:
    """A built-in scale's name in the user's language; a custom scale's as typed."""
    return tr_data(scale.name) if scale.built_in else scale.name


def number_text(value: float) -> str:
    """A rating as the user would write it: 7, 52, 0.35 (in the locale's digits)."""
    if value == int(value):
        return QLocale().toString(int(value))
    return QLocale().toString(value, "g", 6)
