"""A fake sync tool for tests: it moves files between each device's copy of a shared folder as
Syncthing, Nextcloud or Dropbox would, badly when asked to.

    tool = FakeSyncTool([patient_root, companion_root], seed=1, reorder=True, duplicate=True)
    tool.hold("*.snapshot")   # these wait until release()
    tool.step()               # one pass: some files arrive, maybe out of order
    tool.deliver_all()        # passes until everything not held has arrived everywhere

Each copy is one device's copy of the folder the user picked (the shared ``root``); the tool
sees files only, never a journal's database (it fails the test if one shows up there).

What it does in one ``step``:

- a file that is new or changed in one copy, or removed from it, is copied to (or removed
  from) every other copy; when two copies changed the same file, the first copy wins;
- ``reorder``: each delivery happens or waits for a later step by the toss of a seeded
  ``random.Random``, in a shuffled order, so files arrive out of order;
- ``duplicate``: a file arrives also as a conflict copy of each tool's style (Syncthing,
  Dropbox, Nextcloud, OneDrive), which then spread like any other file;
- ``half_written``: a file first arrives truncated under a temporary name (Syncthing's
  ``.syncthing.NAME.tmp`` or ``~syncthing~NAME.tmp``) and, with ``bad=True``, truncated
  under its final name too; it is completed on the next step;
- ``hold(pattern)``: files whose name or path (relative to the root) matches the pattern
  are not delivered until ``release``.

Directories are made only as files need them: like some tools, it carries no empty folder.
"""

from __future__ import annotations

import fnmatch
import hashlib
import random
from pathlib import Path

# What a tool writes while a file is arriving, and never sends on itself.
_TEMPORARY_PREFIXES = (".syncthing.", "~syncthing~")

# Conflict copies of "<stem><suffix>" as each tool names them.
CONFLICT_STYLES = (
    "{stem}.sync-conflict-20260510-140000-ABCDEFG{suffix}",  # Syncthing
    "{stem} (Companion's conflicted copy 2026-05-10){suffix}",  # Dropbox
    "{stem} (conflicted copy 2026-05-10 140000){suffix}",  # Nextcloud
    "{stem}-LAPTOP{suffix}",  # OneDrive
)


def conflict_names(name: str) -> list[str]:
    """The conflict copies of ``name`` in each tool's style."""
    stem, dot, suffix = name.partition(".")
    return [style.format(stem=stem, suffix=dot + suffix) for style in CONFLICT_STYLES]


class FakeSyncTool:
    def __init__(
        self,
        copies: list[Path],
        *,
        seed: int = 0,
        reorder: bool = False,
        duplicate: bool = False,
        half_written: bool = False,
        bad: bool = False,
    ) -> None:
        self.copies = list(copies)
        self.random = random.Random(seed)
        self.reorder = reorder
        self.duplicate = duplicate
        self.half_written = half_written
        self.bad = bad
        self.held: list[str] = []
        # What the tool last knew each copy to hold: relative path -> content digest.
        self._known: list[dict[str, str]] = [{} for _ in self.copies]
        # Files arriving half-written: (copy, relative path) -> (full bytes, temporary file).
        self._arriving: dict[tuple[int, str], tuple[bytes, Path]] = {}
        self._conflict_copies: set[str] = set()

    def hold(self, pattern: str) -> None:
        self.held.append(pattern)

    def release(self, pattern: str | None = None) -> None:
        self.held = [] if pattern is None else [p for p in self.held if p != pattern]

    def step(self) -> int:
        """One pass; returns how many deliveries (or removals) are still waiting, held
        ones apart."""
        self._finish_arriving()
        waiting = 0
        for target, relative, content in self._pending():
            if self.reorder and self.random.random() < 0.5:
                waiting += 1
                continue
            self._deliver(target, relative, content)
        return waiting + len(self._arriving)

    def deliver_all(self, max_steps: int = 200) -> int:
        """Step until nothing not held is waiting; returns the number of steps."""
        for steps in range(1, max_steps + 1):
            if self.step() == 0 and not self._pending():
                return steps
        raise AssertionError(f"the fake sync tool did not settle in {max_steps} steps")

    # --- one pass -----------------------------------------------------------------------------

    def _pending(self) -> list[tuple[int, str, bytes | None]]:
        """(target copy, relative path, bytes or None to remove) for everything to do now,
        shuffled when reordering."""
        now = [self._scan(index) for index in range(len(self.copies))]
        changes: dict[str, tuple[int, bytes | None]] = {}
        for index, files in enumerate(now):
            known = self._known[index]
            for relative, found in files.items():
                if known.get(relative) != _digest(found):
                    changes.setdefault(relative, (index, found))
            for relative in sorted(known.keys() - files.keys()):
                changes.setdefault(relative, (index, None))
        work: list[tuple[int, str, bytes | None]] = []
        for relative, (source, content) in sorted(changes.items()):
            if self._is_held(relative):
                continue
            done = True
            for target in range(len(self.copies)):
                there = now[target].get(relative)
                if target == source or there == content or (target, relative) in self._arriving:
                    continue
                done = False
                work.append((target, relative, content))
            if done:  # every copy has it: the source's change is no longer news
                self._remember(source, relative, content)
        if self.reorder:
            self.random.shuffle(work)
        return work

    def _deliver(self, target: int, relative: str, content: bytes | None) -> None:
        path = self.copies[target] / relative
        if content is None:
            path.unlink(missing_ok=True)
            self._remember(target, relative, None)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.half_written and len(content) > 1:
            prefix = self.random.choice(_TEMPORARY_PREFIXES)
            temporary = path.with_name(f"{prefix}{path.name}.tmp")
            temporary.write_bytes(content[: len(content) // 2])
            if self.bad:
                path.write_bytes(content[: len(content) // 2])
            self._arriving[(target, relative)] = (content, temporary)
            return
        path.write_bytes(content)
        self._remember(target, relative, content)
        if self.duplicate and path.name not in self._conflict_copies:
            for name in conflict_names(path.name):
                self._conflict_copies.add(name)
                path.with_name(name).write_bytes(content)

    def _finish_arriving(self) -> None:
        arriving, self._arriving = self._arriving, {}
        for (target, relative), (content, temporary) in arriving.items():
            temporary.unlink(missing_ok=True)
            half_written, self.half_written = self.half_written, False
            try:
                self._deliver(target, relative, content)
            finally:
                self.half_written = half_written

    # --- helpers ------------------------------------------------------------------------------

    def _scan(self, index: int) -> dict[str, bytes]:
        """Every file in copy ``index`` the tool would send: relative path -> bytes."""
        root = self.copies[index]
        files = {}
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.name.startswith(_TEMPORARY_PREFIXES):
                continue
            if path.name.endswith((".sqlite3", ".sqlite3-wal", ".sqlite3-journal", ".keys")):
                raise AssertionError(f"a journal's database is in the shared folder: {path}")
            relative = path.relative_to(root).as_posix()
            if (index, relative) not in self._arriving:  # not its half-written final name
                files[relative] = path.read_bytes()
        return files

    def _remember(self, index: int, relative: str, content: bytes | None) -> None:
        if content is None:
            self._known[index].pop(relative, None)
        else:
            self._known[index][relative] = _digest(content)

    def _is_held(self, relative: str) -> bool:
        name = relative.rpartition("/")[2]
        return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in self.held)


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
