"""The texts the data files put on screen, gathered for translation.

Symptom names, scale names and anchors, red-flag messages and their sources, protocol steps,
the follow-up plan, documents, clinic checks, reference prices and currency names live in
resources/**/*.json, not in ``tr()`` calls, so ``pyside6-lupdate`` cannot see them. This
module reads them (``DATA_TEXTS`` says which fields of which file are shown), keeps
resources/i18n/journey_data_es.ts in step with them under the context ``data`` (translations
already made are kept; a text no longer in the files is marked vanished) and builds the .qm
that ``ui.words.data.tr_data`` reads at run time::

    .venv/bin/python -m ui.i18n.maintenance.data_texts          # update .ts, build .qm
    .venv/bin/python -m ui.i18n.maintenance.data_texts --check  # exit 1 if .ts is behind

Texts the user typed are never translated; a built-in text is translated where it is shown,
keyed by its English words, and never rewritten in the journal.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONTEXT = "data"
RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TS_FILE = RESOURCES / "i18n" / "journey_data_es.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

# Which fields of each data file reach the screen, as paths: "name" a key, "steps[]" every
# item of a list, "effects.*" every value of an object. A file listed with no paths is read
# by code only (its notes are for whoever edits it). Every .json under resources/ must be
# listed, so a new data file is a decision, not an oversight (tests/ui/test_data_translation).
DATA_TEXTS: dict[str, tuple[str, ...]] = {
    "aftercare/follow_up.json": ("steps.*[].title", "sources.*"),
    "aftercare/neda3.json": ("neda_source", "source", "hsct_rebaseline.source"),
    "aftercare/scales.json": ("scales[].name", "scales[].low", "scales[].high"),
    # The prophylaxis offer's source, note and what each medicine is for (the dialog shows
    # them); the missed-dose rule's source is for whoever checks it (the report words it).
    "medications/medications.json": (
        "prophylaxis.*.source",
        "prophylaxis.*.note",
        "prophylaxis.*.drugs[].use",
    ),
    "protocols/*.json": ("name", "note", "sources[]", "steps[].title", "steps[].notes"),
    "side_effects/expected_effects.json": ("effects.*[]",),
    "side_effects/red_flags.json": ("rules[].message", "rules[].source", "rules[].cite"),
    "side_effects/symptoms.json": ("symptoms[].name",),
    "trip/cost_ranges.json": ("ranges[].title", "source"),
    "trip/currencies.json": ("currencies[].name",),
    "trip/documents.json": ("documents[].title",),
    "trip/reference_rates.json": ("source",),
    "trip/due_diligence.json": ("checks[].title",),
    # Read by code only: numbers, codes and notes for whoever edits the file.
    "calendar_alarms.json": (),
    "side_effects/fever_grades.json": (),  # grades are numbers; ui words them
    "side_effects/severity.json": (),  # band words are codes; ui words them
    "side_effects/emergency_numbers.json": (),  # numbers; the banner words them
    "exchange/journal.schema.json": (),
    "places/city_zones.json": (),  # city names matched as typed, and IANA zones
    # Cities and countries already in each language (journey.places picks the user's).
    "places/zone_names.json": (),
    # Numbers and the cited definitions for whoever checks them; ui words the state
    # (ui/words/blood_counts.py). Its sources are not shown on screen yet; the kinds of
    # transfusion are.
    "blood_counts/counts.json": ("transfusions.*",),
}


@dataclass(frozen=True)
class DataText:
    """One shown text and where it comes from (for the translator)."""

    source: str
    where: str  # "aftercare/scales.json: scales[].name"


def _walk(value: Any, steps: list[str]) -> list[str]:
    if not steps:
        return [value] if isinstance(value, str) and value.strip() else []
    step, rest = steps[0], steps[1:]
    each = step.endswith("[]")
    key = step.removesuffix("[]")
    if key == "*":
        children = list(value.values()) if isinstance(value, dict) else []
    elif key:
        children = [value[key]] if isinstance(value, dict) and key in value else []
    else:
        children = [value]
    if each:
        children = [item for child in children if isinstance(child, list) for item in child]
    return [text for child in children for text in _walk(child, rest)]


def texts_at(data: Any, path: str) -> list[str]:
    """The non-empty strings at ``path`` in ``data`` (a missing optional field gives none)."""
    return _walk(data, path.split("."))


def data_files(root: Path = RESOURCES) -> dict[Path, tuple[str, ...]]:
    """Every data file with the paths of its shown texts; a file ``DATA_TEXTS`` does not
    list raises, naming it."""
    found: dict[Path, tuple[str, ...]] = {}
    unlisted = []
    for path in sorted(root.rglob("*.json")):
        relative = path.relative_to(root)
        paths = next(
            (p for pattern, p in DATA_TEXTS.items() if relative.match(pattern)),
            None,
        )
        if paths is None:
            unlisted.append(str(relative))
        else:
            found[path] = paths
    if unlisted:
        raise LookupError(
            f"data files not in ui.i18n.maintenance.data_texts.DATA_TEXTS: {', '.join(unlisted)}"
        )
    return found


def extract(root: Path = RESOURCES) -> list[DataText]:
    """Every shown text of the data files, once each, in file order."""
    seen: dict[str, DataText] = {}
    for path, paths in data_files(root).items():
        data = json.loads(path.read_text(encoding="utf-8"))
        relative = path.relative_to(root).as_posix()
        for field in paths:
            for text in texts_at(data, field):
                seen.setdefault(text, DataText(text, f"{relative}: {field}"))
    return list(seen.values())


# --- the .ts file ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Translation:
    source: str
    translation: str
    finished: bool  # not "unfinished", "vanished" or "obsolete"
    kind: str = ""  # the <translation type="…"> if any


def read_ts(path: Path = TS_FILE) -> dict[str, Translation]:
    """The messages of the ``data`` context, by English source."""
    if not path.exists():
        return {}
    messages: dict[str, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            kind = "" if element is None else element.get("type", "")
            text = "" if element is None else element.text or ""
            messages[source] = Translation(source, text, not kind and bool(text), kind)
    return messages


def render_ts(texts: list[DataText], known: dict[str, Translation]) -> str:
    """The .ts for ``texts``, keeping the translations already in ``known``; a known message
    no longer among the texts is kept as vanished, so its words are not lost."""
    root = ET.Element("TS", {"version": "2.1", "language": "es", "sourcelanguage": "en"})
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    shown = {t.source for t in texts}
    entries = [(t.source, t.where, known.get(t.source)) for t in texts]
    entries += [(s, "", k) for s, k in known.items() if s not in shown and k.translation]
    for source, where, old in entries:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        if where:
            ET.SubElement(message, "extracomment").text = f"resources/{where}"
        translation = ET.SubElement(message, "translation")
        if source not in shown:
            translation.set("type", "vanished")
        elif old is None or not old.translation or old.kind in ("unfinished", "vanished"):
            translation.set("type", "unfinished")
        if old is not None and old.translation:
            translation.text = old.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def missing(texts: list[DataText], known: dict[str, Translation]) -> list[str]:
    """The texts with no finished translation."""
    return [t.source for t in texts if t.source not in known or not known[t.source].finished]


def lrelease(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    """Build the .qm with Qt's lrelease (from the same environment as this Python)."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(tool) if tool.exists() else "pyside6-lrelease", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    texts = extract()
    known = read_ts(TS_FILE)
    text = render_ts(texts, known)
    if "--check" in args:
        current = TS_FILE.read_text(encoding="utf-8") if TS_FILE.exists() else ""
        behind = current != text
        untranslated = missing(texts, known)
        for source in untranslated:
            sys.stdout.write(f"untranslated: {source}\n")
        if behind:
            sys.stdout.write(
                f"{TS_FILE} is behind the data files: "
                "run python -m ui.i18n.maintenance.data_texts\n"
            )
        return 1 if behind or untranslated else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text(text, encoding="utf-8")
    lrelease(TS_FILE, QM_FILE)
    untranslated = missing(texts, read_ts(TS_FILE))
    sys.stdout.write(
        f"{TS_FILE.name}: {len(texts)} texts, {len(untranslated)} to translate; "
        f"{QM_FILE.name} built\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
