"""The command line's one line in the language of ``journey --lang`` (issue 19: ``journey
--lang es export ...`` answered in English).

The commands never load Qt (ui.shell.cli), so Qt's translators cannot serve them: their lines
are put into Spanish here, in plain Python, whole line by whole line. Each English line a
command writes has one pattern below; what it names (a path, a date, a count) is carried over
as it is. A line without a pattern stays English: nothing is ever lost, only untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# English nouns as ``cli.plural`` writes them, in Spanish: (one, many).
_NOUNS = {
    "event": ("evento", "eventos"),
    "record": ("registro", "registros"),
    "row": ("fila", "filas"),
    "file": ("archivo", "archivos"),
    "field": ("campo", "campos"),
}
_COUNT = r"(?P<{name}>[\d,]+) (?P<{name}_noun>event|record|row|file|field)s?"


def _count(found: re.Match[str], name: str) -> str:
    number = found.group(name)
    one, many = _NOUNS[found.group(f"{name}_noun")]
    return f"{number} {one if number == '1' else many}"


def _pattern(english: str) -> re.Pattern[str]:
    """``english`` with ``{path}``-style holes (anything) and ``{count:n}`` (a count and its
    noun), as a whole-line pattern."""
    parts = re.split(r"(\{[a-z_]+(?::n)?\})", english)
    regex = ""
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name.endswith(":n"):
                regex += _COUNT.format(name=name[:-2])
            else:
                regex += f"(?P<{name}>.+?)"
        else:
            regex += re.escape(part)
    return re.compile(f"^{regex}$", re.DOTALL)


def _rule(
    english: str, spanish: str | tuple[str, str]
) -> tuple[re.Pattern[str], Callable[[re.Match[str]], str]]:
    """``spanish``: one wording, or (for one, for more) chosen by the line's first count."""
    counted = re.findall(r"\{([a-z_]+):n\}", english)

    def put(found: re.Match[str]) -> str:
        values = {
            name: value
            for name, value in found.groupdict().items()
            if value is not None and not name.endswith("_noun")
        }
        for name in counted:
            values[name] = _count(found, name)
        wording = spanish
        if isinstance(wording, tuple):
            wording = wording[0] if found.group(counted[0]) == "1" else wording[1]
        return wording.format(**values)

    return _pattern(english), put


# The more particular pattern first where two could match the same line.
_SPANISH = [
    _rule("exported {n:n} to {path}", ("se exportó {n} a {path}", "se exportaron {n} a {path}")),
    _rule(
        "exported {rows:n} in {files:n} to {folder}", "se exportaron {rows} en {files} a {folder}"
    ),
    _rule(
        "wrote the report for {first} to {last} to {path}",
        "se escribió el informe del {first} al {last} en {path}",
    ),
    _rule(
        "wrote the wallet card to {path}",
        "se escribió la tarjeta para la cartera en {path}",
    ),
    _rule(
        "imported {file}: {added:n} added, {skipped} already there",
        "se importó {file}: {added} añadidos, {skipped} ya estaban",
    ),
    _rule("imported {file}: {added:n} added", "se importó {file}: {added} añadidos"),
    _rule(
        "imported {file}: {added} added, {updated} updated, {same} unchanged",
        "se importó {file}: {added} añadidos, {updated} actualizados, {same} sin cambios",
    ),
    _rule(
        "imported {file}: {added} added, {updated} updated",
        "se importó {file}: {added} añadidos, {updated} actualizados",
    ),
    _rule("backed up the journal to {path}", "se hizo una copia de seguridad del diario en {path}"),
    _rule(
        "restored {file} as the journal in {folder}",
        "se restauró {file} como el diario de {folder}",
    ),
    _rule(
        "restored {file}; the journal as it was is in {path}",
        "se restauró {file}; el diario tal como estaba se guardó en {path}",
    ),
    _rule(
        "{db}: ok (quick_check and foreign_key_check found nothing wrong)",
        "{db}: correcto (quick_check y foreign_key_check no encontraron ningún problema)",
    ),
    # --- failures ---------------------------------------------------------------------------
    _rule("cancelled; nothing was changed", "cancelado; no se cambió nada"),
    _rule("interrupted", "interrumpido"),
    _rule("there is no journal in {folder} yet", "todavía no hay ningún diario en {folder}"),
    _rule("there is no journal in {folder}", "no hay ningún diario en {folder}"),
    _rule("--from {first} is after --to {last}", "--from {first} es posterior a --to {last}"),
    _rule(
        "the report would start on {first}, after it ends on {last}",
        "el informe empezaría el {first}, después de terminar el {last}",
    ),
    _rule("cannot write {path}: {why}", "no se puede escribir {path}: {why}"),
    _rule(
        "{path} is read-only, so nothing was saved.",
        "{path} es de solo lectura, así que no se guardó nada.",
    ),
    _rule(
        "The journal's folder {folder} cannot be written to, so nothing was saved.",
        "No se puede escribir en la carpeta del diario {folder}, así que no se guardó nada.",
    ),
    _rule(
        "permission denied: this user may not use {path}",
        "permiso denegado: este usuario no puede usar {path}",
    ),
    _rule(
        "permission denied: this user may not enter {folder}, on the way to {path}",
        "permiso denegado: este usuario no puede entrar en {folder}, de camino a {path}",
    ),
    _rule(
        "permission denied: this user may not enter {path}",
        "permiso denegado: este usuario no puede entrar en {path}",
    ),
    _rule(
        "the disk is full (writing {path}); free some space and try again",
        "el disco está lleno (al escribir {path}); libere espacio e inténtelo de nuevo",
    ),
    _rule(
        "the disk is full; free some space and try again",
        "el disco está lleno; libere espacio e inténtelo de nuevo",
    ),
    _rule("{path} is on a read-only disk", "{path} está en un disco de solo lectura"),
    _rule(
        "the journal's database is damaged ({why}); run journey check",
        "la base de datos del diario está dañada ({why}); ejecute journey check",
    ),
    _rule(
        "something unexpected went wrong ({why}); the details are in {log}",
        "algo inesperado salió mal ({why}); los detalles están en {log}",
    ),
    _rule(
        "something unexpected went wrong ({why}); its details could not be saved",
        "algo inesperado salió mal ({why}); no se pudieron guardar los detalles",
    ),
    _rule(
        "no passphrase was typed for the journal in {folder}",
        "no se escribió la frase de contraseña del diario de {folder}",
    ),
    _rule(
        "no recovery key was typed for the journal in {folder}",
        "no se escribió la clave de recuperación del diario de {folder}",
    ),
]


def in_language(line: str, language: str | None) -> str:
    """``line`` (one the commands write, in English) in ``language`` ("es"; anything else,
    or a line without a pattern, as it is)."""
    if language != "es":
        return line
    for pattern, put in _SPANISH:
        found = pattern.match(line)
        if found is not None:
            return put(found)
    return line
