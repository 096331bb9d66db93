"""``journey --lang es COMMAND``: the command's line in Spanish (issue 19), what it names
(paths, counts, dates) carried over as it is; without --lang, English as before."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import one_line, run_journey
from ui.shell.cli_words import in_language

HEADLESS = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")


def test_export_and_import_answer_in_spanish(real_journal: Path, tmp_path: Path) -> None:
    exported = tmp_path / "viaje.ics"
    result = run_journey(
        "--lang", "es", "--data-dir", str(real_journal), "export", "ics", "-o", str(exported)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("se exportaron ")
    assert result.stdout.endswith(f" eventos a {exported}\n")

    empty = tmp_path / "vacío"
    imported = run_journey(
        "--lang", "es", "import", "ics", str(exported), "--data-dir", str(empty), drop=HEADLESS
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"se importó {exported}: ")
    assert imported.stdout.endswith(" añadidos, 0 actualizados\n")

    english = run_journey("--data-dir", str(empty), "export", "ics", "-o", str(exported))
    assert english.stdout.startswith("exported ")


def test_a_failure_is_said_in_spanish_too(tmp_path: Path) -> None:
    missing = tmp_path / "nada"
    missing.mkdir()
    result = run_journey("--lang", "es", "--data-dir", str(missing), "backup", drop=HEADLESS)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"journey: todavía no hay ningún diario en {missing}"


def test_each_count_keeps_its_number_and_takes_its_spanish_noun() -> None:
    assert in_language("exported 1 event to a.ics", "es") == "se exportó 1 evento a a.ics"
    assert in_language("exported 1,204 records to b.json", "es") == (
        "se exportaron 1,204 registros a b.json"
    )
    assert in_language("exported 120 rows in 6 files to out", "es") == (
        "se exportaron 120 filas en 6 archivos a out"
    )
    assert in_language("cancelled; nothing was changed", "es") == "cancelado; no se cambió nada"
    assert in_language("something new", "es") == "something new"  # untranslated, never lost
    assert in_language("exported 1 event to a.ics", "en") == "exported 1 event to a.ics"
