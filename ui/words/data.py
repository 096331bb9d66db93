"""The data files' texts in the user's language, where they are shown.

Symptom names, scale names and anchors, red-flag messages, expected effects, protocols, the
follow-up plan, documents, clinic checks, reference prices and currency names come in English
from resources/ (the domain stays free of Qt). They are translated here, at display time,
through Qt's translators under the context ``data`` (resources/i18n/journey_data_es.ts, kept
in step by ``python -m ui.i18n.maintenance.data_texts``). A built-in text is looked up by its
English words; what the user typed is shown as typed, and nothing stored is rewritten.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from journey.demo import Wording
    from journey.itinerary import ItemDetails
    from journey.protocols import ProtocolTemplate
    from journey.side_effects import RedFlag

CONTEXT = "data"


def tr_data(text: str) -> str:
    """A data file's English text in the user's language (as it is, if untranslated)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


# --- symptoms -------------------------------------------------------------------------------


@cache
def _shipped_symptoms() -> tuple[str, ...]:
    from journey.services.side_effects import catalogue

    return tuple(name for _, name in catalogue())


def symptom_text(name: str) -> str:
    """A shipped symptom's name in the user's language; the user's own symptom as typed."""
    return tr_data(name) if name in _shipped_symptoms() else name


def symptom_texts(names: list[str]) -> list[str]:
    return [symptom_text(name) for name in names]


def symptom_synonym_texts() -> list[tuple[str, str]]:
    """(synonym, the shipped symptom's name in the user's language) for the type-ahead: the
    English and the Spanish synonyms both, whatever the interface language ("hormigueo" finds
    "Numbness or tingling" in English too). Synonyms are search words, never translated."""
    from journey.services.side_effects import symptom_synonyms

    return [(word, tr_data(name)) for word, name in symptom_synonyms()]


def meant_symptom(typed: str) -> str | None:
    """The shipped symptom's name, in the user's language, that ``typed`` names in English or
    means by a synonym typed in full ("pins and needles", "hormigueo"; any case, accents or
    not); None for anything else."""
    from journey.services.side_effects import catalogue_name

    name = catalogue_name(typed)
    return None if name is None else tr_data(name)


def stored_symptom(typed: str) -> str:
    """What to store for a symptom typed in the user's language: a shipped symptom's English
    name when its translation was typed (any case), so "Dolor de cabeza" is the catalogue's
    "Headache" with its red-flag rules; anything else as typed."""
    from journey.services.side_effects import symptom_key

    wanted = symptom_key(typed)
    for name in _shipped_symptoms():
        if symptom_key(tr_data(name)) == wanted:
            return name
    return typed


# --- red flags ------------------------------------------------------------------------------


def _rule(rule_key: str) -> dict[str, Any] | None:
    from journey.side_effects import red_flag_rules

    return next((rule for rule in red_flag_rules() if rule["key"] == rule_key), None)


def red_flag_text(flag: RedFlag, unit: str) -> str:
    """The flag's message in the user's language, with its threshold (in the user's unit, as
    it was compared) or severity filled in as the domain fills the English one."""
    from ui.words.temperature import temperature_text

    rule = _rule(flag.rule_key)
    if rule is None:
        return flag.message
    shown = {
        k: (temperature_text(v, unit) if k == "threshold" else v) for k, v in flag.params.items()
    }
    try:
        return tr_data(rule["message"]).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return flag.message


def red_flag_source(flag: RedFlag) -> str:
    return tr_data(flag.source)


def red_flag_cite(flag: RedFlag) -> str:
    """The rule's short citation, for the banner ("IDSA, Freifeld 2011"); the whole source
    is ``red_flag_source``."""
    rule = _rule(flag.rule_key)
    return tr_data(rule["cite"]) if rule is not None and "cite" in rule else red_flag_source(flag)


# --- protocols and the follow-up plan -------------------------------------------------------


def protocol_template(template: ProtocolTemplate) -> ProtocolTemplate:
    """A built-in protocol in the user's language: its name, note, sources, step titles and
    notes, so that laying it out writes the steps in that language. A protocol the user
    saved is theirs, and is returned as it is."""
    from journey.protocols import BUILT_IN

    if template.key not in BUILT_IN:
        return template
    return replace(
        template,
        name=tr_data(template.name),
        note=tr_data(template.note),
        sources=tuple(tr_data(source) for source in template.sources),
        steps=tuple(
            replace(step, title=tr_data(step.title), notes=tr_data(step.notes))
            for step in template.steps
        ),
    )


def follow_up_drafts(drafts: list[ItemDetails]) -> list[ItemDetails]:
    """The starting follow-up plan (titles, and the sources in the notes) in the user's
    language, before it is shown and added to the timeline."""
    return [replace(d, title=tr_data(d.title), notes=tr_data(d.notes)) for d in drafts]


def demo_wording() -> Wording:
    """What the demo writes into a new demo journal, in the user's language."""
    from journey.demo import Wording
    from ui.words.blood_counts import product_text

    return Wording(protocol_template, follow_up_drafts, product_text("platelets"))
