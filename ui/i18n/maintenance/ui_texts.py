"""Refresh Journey's translation files: ``python -m ui.i18n update`` (or ``check``).

``pyside6-lupdate`` reads ``self.tr("…")``, ``QCoreApplication.translate("context", "…")`` and
``QT_TRANSLATE_NOOP("context", "…")`` in Python, but not a module's own helper such as
``def _tr(text): return QCoreApplication.translate("forms", text)`` nor
``tr = QCoreApplication.translate``. So lupdate reads a copy of ui/ in which each call of such
a helper is spelled out as the ``QCoreApplication.translate("forms", "…")`` it makes, on the
same line (the .ts file's locations stay true), with journey/errors.py, whose problem
wordings the window translates. It merges into the .ts files, keeping every
translation already made; ``pyside6-lrelease`` then builds the .qm files the app loads.

Only Journey's own ``journey_<lang>.ts`` files are refreshed here; the data files' texts
(``journey_data_<lang>.ts``) are refreshed by ``python -m ui.i18n.maintenance.data_texts``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the checkout
SOURCES = ROOT / "ui"
# Domain files whose texts the window translates: they mark them with their own
# QT_TRANSLATE_NOOP (journey never imports Qt), which lupdate reads as it is.
MARKED_IN_JOURNEY = (ROOT / "journey" / "errors.py", ROOT / "journey" / "publishing.py")
TRANSLATIONS = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)  # a new language: add its code, run ``update``, translate the new .ts
TRANSLATE = "QCoreApplication.translate"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""  # lupdate's disambiguation


@dataclass(frozen=True)
class Entry:
    message: Message
    translation: str
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    where: str  # "ui/widgets/forms.py:40"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"journey_{language}.ts"


def tool(name: str) -> Path:
    """pyside6's lupdate or lrelease, shipped inside the PySide6 package."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"ui.i18n: {name} is missing from {folder} (install PySide6 with its tools)")


# --- reading the sources ----------------------------------------------------------------------


def _helper_context(node: ast.FunctionDef) -> str | None:
    """``"forms"`` for ``def _tr(text): return QCoreApplication.translate("forms", text)``
    (docstrings and imports before the return allowed); None for any other function."""
    if len(node.args.args) != 1 or node.args.vararg or node.args.kwonlyargs:
        return None
    body = [
        statement
        for statement in node.body
        if not isinstance(statement, ast.Import | ast.ImportFrom)
        and not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant))
    ]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (
        isinstance(call, ast.Call)
        and ast.unparse(call.func) == TRANSLATE
        and len(call.args) == 2
        and not call.keywords
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == node.args.args[0].arg
    ):
        return None
    return call.args[0].value


class _Spelling(ast.NodeVisitor):
    """Finds the calls of a module's translation helpers: (line, column, name, context)
    where context None means a plain alias of QCoreApplication.translate."""

    def __init__(self, imported: dict[str, dict[str, str]] | None = None) -> None:
        self.imported = imported or {}  # module → its helpers, for "from ui.x import _tr"
        self.scopes: list[dict[str, str | None]] = []
        self.classes: list[str] = []  # the classes the visit is in, innermost last
        self.calls: list[tuple[int, int, int, str | None]] = []
        # lupdate reads an f-string as one string: the translations inside one are listed
        # (spelled out) in its place. (line, column, end line, end column, calls)
        self.fstrings: list[tuple[int, int, int, int, list[str]]] = []

    def _scope(self, node: ast.AST) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for child in ast.iter_child_nodes(node):
            for statement in [child, *self._nested_statements(child)]:
                if isinstance(statement, ast.FunctionDef):
                    context = _helper_context(statement)
                    if context is not None:
                        found[statement.name] = context
                elif (
                    isinstance(statement, ast.Assign)
                    and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                ):
                    value = ast.unparse(statement.value)
                    if value == TRANSLATE:
                        found[statement.targets[0].id] = None
                    elif value == "self.tr" and self.classes:  # tr = self.tr in a method
                        found[statement.targets[0].id] = self.classes[-1]
                elif isinstance(statement, ast.ImportFrom) and statement.module in self.imported:
                    helpers = self.imported[statement.module]
                    for alias in statement.names:
                        if alias.name in helpers:
                            found[alias.asname or alias.name] = helpers[alias.name]
        return found

    @staticmethod
    def _nested_statements(node: ast.AST) -> Iterable[ast.AST]:
        """Statements inside if/with/try blocks of the same scope."""
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            return []
        return [
            child
            for child in ast.walk(node)
            if child is not node
            and isinstance(child, ast.FunctionDef | ast.Assign | ast.ImportFrom)
        ]

    def _visit_scope(self, node: ast.AST) -> None:
        self.scopes.append(self._scope(node))
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self._visit_scope(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_scope(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._visit_scope(node)

    def _helper(self, func: ast.expr) -> tuple[bool, str | None]:
        """Whether ``func`` names one of the helpers in scope, and its context."""
        if isinstance(func, ast.Name):
            for scope in reversed(self.scopes):
                if func.id in scope:
                    return True, scope[func.id]
        return False, None

    def visit_Call(self, node: ast.Call) -> None:
        helper, context = self._helper(node.func)
        if helper:
            func = node.func
            assert func.end_col_offset is not None
            self.calls.append((func.lineno, func.col_offset, func.end_col_offset, context))
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        spelled = []
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            helper, context = self._helper(call.func)
            arguments = ", ".join(ast.unparse(a) for a in call.args)
            if helper:
                spelled.append(
                    f"{TRANSLATE}({arguments})"
                    if context is None
                    else f'{TRANSLATE}("{context}", {arguments})'
                )
            elif ast.unparse(call.func).endswith(("tr", TRANSLATE, "QT_TRANSLATE_NOOP")):
                spelled.append(ast.unparse(call))
        if spelled:
            assert node.end_lineno is not None
            assert node.end_col_offset is not None
            self.fstrings.append(
                (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, spelled)
            )


def module_helpers(source: str) -> dict[str, str]:
    """The translation helpers a module defines at its top level: name → context."""
    found = {}
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.FunctionDef):
            context = _helper_context(statement)
            if context is not None:
                found[statement.name] = context
    return found


def spelled_out(source: str, imported: dict[str, dict[str, str]] | None = None) -> str:
    """``source`` with each helper call written as the QCoreApplication.translate call it
    makes, and each f-string holding translations replaced by them, every line where it was
    (for lupdate only: the result need not run)."""
    finder = _Spelling(imported)
    finder.visit(ast.parse(source))
    data = bytearray(source.encode())
    line_starts = [0]
    for text in data.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(text))

    def at(line: int, column: int) -> int:  # ast's columns count bytes
        return line_starts[line - 1] + column

    edits: list[tuple[int, int, bytes]] = []
    for line, start, end, context in finder.calls:
        if data[at(line, end) : at(line, end) + 1] != b"(":
            continue  # "_tr (": never written so, and lupdate would not see it either
        spelled = TRANSLATE + "(" + ("" if context is None else f'"{context}", ')
        edits.append((at(line, start), at(line, end) + 1, spelled.encode()))
    for line, start, end_line, end, calls in finder.fstrings:
        first, last = at(line, start), at(end_line, end)
        blank = bytes(b if b == ord("\n") else ord(" ") for b in data[first:last])
        newline = blank.find(b"\n")
        rest = blank[newline:] if newline >= 0 else b""
        edits.append((first, last, " ".join(calls).encode() + rest))
    for first, last, replacement in sorted(edits, reverse=True):
        data[first:last] = replacement
    return data.decode()


def extract(target: Path, language: str, sources: Path = SOURCES) -> str:
    """Run lupdate on ``sources`` (spelled out) into the .ts file ``target``, merging into it
    if it exists; returns lupdate's report."""
    with tempfile.TemporaryDirectory() as temporary:
        copy_root = Path(temporary)
        listed = []
        paths = [*sorted(sources.rglob("*.py")), *MARKED_IN_JOURNEY]
        texts = {path: path.read_text(encoding="utf-8") for path in paths}
        helpers = {
            ".".join(path.relative_to(sources.parent).with_suffix("").parts): module_helpers(text)
            for path, text in texts.items()
        }
        for path, text in texts.items():
            copy = copy_root / path.relative_to(sources.parent)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(spelled_out(text, helpers), encoding="utf-8")
            listed.append(str(copy))
        # The copy's .ts sits where the real one does, so its locations read "../../ui/…".
        working = copy_root / TRANSLATIONS.relative_to(ROOT) / target.name
        working.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.copyfile(target, working)
        file_list = copy_root / "sources.lst"
        file_list.write_text("\n".join(listed) + "\n", encoding="utf-8")
        run = subprocess.run(
            [
                str(tool("lupdate")),
                "-locations",
                "absolute",
                "-source-language",
                "en",
                "-target-language",
                language,
                f"@{file_list}",
                "-ts",
                str(working),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            raise SystemExit(f"ui.i18n: lupdate failed:\n{run.stdout}{run.stderr}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(working, target)
    return run.stdout + run.stderr


def qm_is_current(ts: Path) -> bool:
    """Whether the .qm beside ``ts`` is what lrelease builds from it now."""
    shipped = ts.with_suffix(".qm")
    with tempfile.TemporaryDirectory() as temporary:
        rebuilt = Path(temporary) / shipped.name
        release(ts, rebuilt)
        return shipped.exists() and rebuilt.read_bytes() == shipped.read_bytes()


def misplaced_calls(sources: Path = SOURCES) -> list[str]:
    """``x.tr("…")`` where x is not ``self``: Qt looks it up under x's class at run time, but
    lupdate files it under the name "x", so its translation is never found."""
    found = []
    for path in sorted(sources.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and ast.unparse(node.func.value) not in ("self", "cls")
            ):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append(f"  {where}: {ast.unparse(node)[:70]}")
    return found


def release(ts: Path, qm: Path) -> None:
    """Build ``qm`` from ``ts`` (finished translations only)."""
    run = subprocess.run(
        [str(tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0 or not qm.exists():
        raise SystemExit(f"ui.i18n: lrelease failed on {ts}:\n{run.stdout}{run.stderr}")


# --- reading .ts files ------------------------------------------------------------------------


def entries(ts: Path) -> list[Entry]:
    """Every message of a .ts file, with its translation and state."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            location = message.find("location")
            where = ""
            if location is not None:
                where = f"{location.get('filename', '')}:{location.get('line', '')}"
            found.append(
                Entry(
                    Message(
                        name, message.findtext("source") or "", message.findtext("comment") or ""
                    ),
                    "" if translation is None else (translation.text or ""),
                    "" if translation is None else translation.get("type", ""),
                    where.removeprefix("../../"),
                )
            )
    return found


def live(found: Iterable[Entry]) -> list[Entry]:
    """The messages still in the sources (not vanished or obsolete)."""
    return [e for e in found if e.state not in ("vanished", "obsolete")]


def untranslated(found: Iterable[Entry]) -> list[Entry]:
    return [e for e in live(found) if e.state == "unfinished" or not e.translation.strip()]


def missing_from(ts: Path, language: str) -> list[Message]:
    """The texts in today's sources that ``ts`` does not have (lupdate into a fresh file)."""
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary) / ts.name
        extract(fresh, language)
        wanted = {e.message for e in entries(fresh)}
    have = {e.message for e in live(entries(ts))}
    return sorted(wanted - have)


def _listed(title: str, found: Sequence[Entry]) -> str:
    lines = [f"  {e.where}  [{e.message.context}] {e.message.source!r}" for e in found]
    return "\n".join([f"{title} ({len(found)}):", *lines])


def update(languages: Sequence[str] = LANGUAGES) -> int:
    misplaced = misplaced_calls()
    if misplaced:
        say("Never found at run time (use self.tr or QCoreApplication.translate):")
        say("\n".join(misplaced))
    for language in languages:
        ts = ts_file(language)
        before = {e.message for e in live(entries(ts))} if ts.exists() else set()
        say(extract(ts, language).strip())
        after = entries(ts)
        release(ts, ts.with_suffix(".qm"))
        say(f"{ts.relative_to(ROOT)}: {len(live(after))} texts; built {ts.stem}.qm")
        gone = [e for e in after if e.message in before and e not in live(after)]
        if gone:
            say(_listed("No longer in the sources, kept in the .ts as vanished", gone))
        todo = untranslated(after)
        if todo:
            say(_listed("To translate (shown in English until then)", todo))
    return 0


def check(languages: Sequence[str] = LANGUAGES) -> int:
    """Exit status 1 when a text in the sources is missing from a .ts or untranslated, a .qm
    is not built from its .ts, or a ``x.tr(…)`` would never find its translation."""
    misplaced = misplaced_calls()
    failed = bool(misplaced)
    if misplaced:
        say("x.tr() is looked up under x's class, but filed under 'x':\n" + "\n".join(misplaced))
    for language in languages:
        ts = ts_file(language)
        missing = missing_from(ts, language)
        if missing:
            failed = True
            say(f"{ts.name}: {len(missing)} texts are not in it yet (run update):")
            say("\n".join(f"  [{m.context}] {m.source!r}" for m in missing))
        todo = untranslated(entries(ts))
        if todo:
            failed = True
            say(_listed(f"{ts.name}: untranslated", todo))
        if not qm_is_current(ts):
            failed = True
            say(f"{ts.with_suffix('.qm').name} is not built from {ts.name} (run update)")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.i18n",
        description="Refresh Journey's translations: resources/i18n/journey_<lang>.ts and .qm.",
    )
    parser.add_argument(
        "command",
        choices=("update", "check"),
        help="update: lupdate the .ts files from ui/ and build the .qm files; "
        "check: exit 1 if a text is missing, untranslated, or a .qm is stale",
    )
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
