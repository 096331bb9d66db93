"""Start-up benchmark for Journey (run by hand, not a test).

    python benchmarks/startup.py [--runs N]

Measures, from just before ``subprocess.Popen`` to a timestamp the child prints:

  (a) ``journey --demo``: the main window is first shown      (``shown``, JOURNEY_STARTUP_PROBE)
  (b) ``journey --demo``: the Today page shows the journal     (``today``)
  (c) a bare PySide6 QMainWindow is first shown                (the floor for a)
  (d) the same after importing SQLAlchemy's ORM and running one query through a Session on a
      SQLite file                                              (the floor for b)

(a) and (b) are read from the same journey process (it prints both lines). journey/ and ui/
are byte-compiled first, as ``pip install`` leaves an installed Journey. The three kinds of
process are interleaved round-robin so machine noise hits them all alike. All run headless
(QT_QPA_PLATFORM=offscreen) with this interpreter (``sys.executable``), journey as
``python -m ui``, from the same working directory. Targets: a <= 1.5 x c and b <= 1.3 x d.

Then one journey start-up under ``python -X importtime`` as a diagnostic: whether matplotlib
(or SQLAlchemy/Alembic) was imported, and before or after the window was first shown, and the
ten slowest imports (cumulative).

Exit status: 0 when both targets pass, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120
TARGET_SHOWN = 1.5  # a <= 1.5 x c
TARGET_TODAY = 1.3  # b <= 1.3 x d

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow


    def shown():
        print(f"shown {time.time():.6f}", flush=True)
        app.quit()


    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 740)
    window.show()
    QTimer.singleShot(0, shown)
    app.exec()
    """
)

ORM_WINDOW = textwrap.dedent(
    """
    import sys
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    import sqlalchemy.orm
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with sqlalchemy.orm.Session(engine) as session:
        session.execute(text("SELECT count(*) FROM item")).scalar_one()


    def shown():
        print(f"shown {time.time():.6f}", flush=True)
        app.quit()


    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare + ORM")
    window.resize(1100, 740)
    window.show()
    QTimer.singleShot(0, shown)
    app.exec()
    engine.dispose()
    """
)


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    argv: tuple[str, ...]
    events: tuple[str, ...]  # probe lines to read, each becomes one measurement


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["JOURNEY_STARTUP_PROBE"] = "quit"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, dict[str, float], str]:
    """Start ``argv``; return its start time, the ``<event> <epoch>`` lines it printed, stderr."""
    start = time.time()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise SystemExit(f"timed out after {TIMEOUT_S}s: {' '.join(argv)}\n{err}") from None
    stamps: dict[str, float] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                stamps[parts[0]] = float(parts[1])
            except ValueError:
                pass
    if proc.returncode != 0:
        raise SystemExit(f"exit code {proc.returncode}: {' '.join(argv)}\n{out}\n{err}")
    return start, stamps, err


def measure(kind: Kind, env: dict[str, str]) -> dict[str, float]:
    start, stamps, err = run_once(kind.argv, env)
    missing = [e for e in kind.events if e not in stamps]
    if missing:
        raise SystemExit(f"{kind.label}: no {missing} line printed\nstderr:\n{err}")
    return {event: stamps[event] - start for event in kind.events}


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    p90: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        ordered = sorted(samples)
        if len(ordered) > 1:
            p90 = statistics.quantiles(ordered, n=10, method="inclusive")[8]
        else:
            p90 = ordered[0]
        return cls(statistics.median(ordered), ordered[0], p90)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def import_diagnostic(journey_argv: Sequence[str], env: dict[str, str]) -> None:
    """One journey start-up under -X importtime, stderr merged into stdout in order."""
    argv = [journey_argv[0], "-X", "importtime", *journey_argv[1:]]
    proc = subprocess.run(
        argv,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one pipe, so "shown" lands among the import lines
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"importtime run failed ({proc.returncode}):\n{proc.stdout[-4000:]}")
    imports: list[tuple[int, int, str, bool]] = []  # self us, cumulative us, module, before show
    before_show = True
    for line in proc.stdout.splitlines():
        if line.startswith("shown "):
            before_show = False
            continue
        if not line.startswith("import time:") or "|" not in line:
            continue
        fields = line.removeprefix("import time:").split("|")
        try:
            own, cumulative = int(fields[0]), int(fields[1])
        except ValueError:
            continue  # the header line
        name = fields[2].rstrip()
        imports.append((own, cumulative, name, before_show))

    def report(package: str) -> str:
        hits = [i for i in imports if i[2].strip().split(".")[0] == package]
        if not hits:
            return "not imported"
        when = "BEFORE" if any(i[3] for i in hits) else "after"
        top = [i for i in hits if i[2].strip() == package]
        cost = f", {top[0][1] / 1000:.1f} ms cumulative" if top else ""
        return f"imported {when} the window was first shown ({len(hits)} modules{cost})"

    print()
    print("Import diagnostic (one journey --demo start-up under -X importtime)")
    for package in ("matplotlib", "sqlalchemy", "alembic"):
        print(f"  {package:<11} {report(package)}")
    pre = [i for i in imports if i[3]]
    print(
        f"  before first show: {len(pre)} modules, "
        f"{sum(i[0] for i in pre) / 1000:.1f} ms of import time; "
        f"after: {len(imports) - len(pre)} modules, "
        f"{sum(i[0] for i in imports if not i[3]) / 1000:.1f} ms"
    )
    print("  top 10 slowest imports (cumulative; nesting shown by indent; * = before show):")
    print(f"    {'cumul.':>9} {'self':>9}  module")
    for own, cumulative, name, pre_show in sorted(imports, key=lambda i: -i[1])[:10]:
        mark = "*" if pre_show else " "
        print(f"  {mark} {cumulative / 1000:7.1f}ms {own / 1000:7.1f}ms {name}")
    # Which first-party module pulled in SQLAlchemy before the window appeared?
    culprit = first_party_parent(imports, "sqlalchemy")
    if culprit:
        print(f"  SQLAlchemy is first imported (before show) under: {' -> '.join(culprit)}")


def first_party_parent(imports: Sequence[tuple[int, int, str, bool]], package: str) -> list[str]:
    """The chain of first-party modules through which ``package`` was first imported early.

    -X importtime prints a module after its children, each nested one more level (two spaces).
    """
    for index, (_, _, name, pre_show) in enumerate(imports):
        if not pre_show or name.strip().split(".")[0] != package:
            continue
        depth = (len(name) - len(name.lstrip())) // 2
        chain: list[str] = []
        for _, _, later, _ in imports[index + 1 :]:
            later_depth = (len(later) - len(later.lstrip())) // 2
            if later_depth < depth:
                depth = later_depth
                if later.strip().split(".")[0] in ("ui", "journey"):
                    chain.append(later.strip())
            if depth == 0:
                break
        return list(reversed(chain))
    return []


def compile_bytecode() -> str:
    """Give journey/ and ui/ the bytecode an installed Journey has (``pip install`` compiles
    it). Run from a checkout with PYTHONDONTWRITEBYTECODE set, as on this project's machines,
    every start-up would otherwise compile the app's modules from source, 30-60 ms that no
    user's start-up pays; the bare windows' modules (PySide6, SQLAlchemy) are compiled
    already, being installed."""
    import compileall

    folders = [ROOT / "journey", ROOT / "ui"]  # what ``python -m ui`` run in ROOT imports
    for folder in folders:
        compileall.compile_dir(folder, quiet=1)
    return "compiled in " + ", ".join(str(folder) for folder in folders)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark for Journey.")
    parser.add_argument("--runs", type=int, default=15, help="runs of each kind (default 15)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env = child_env()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="journey-startup-") as tmp:
        work = Path(tmp)
        bare = work / "bare_window.py"
        bare.write_text(BARE_WINDOW)
        orm = work / "orm_window.py"
        orm.write_text(ORM_WINDOW)
        db = work / "floor.sqlite3"
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
            conn.executemany("INSERT INTO item (name) VALUES (?)", [("a",), ("b",)])
        conn.close()
        demo_dir = work / "demo"
        journey = (python, "-m", "ui", "--demo", "--data-dir", str(demo_dir))
        kinds = [
            Kind("ab", "journey --demo", journey, ("shown", "today")),
            Kind("c", "bare PySide6 window", (python, str(bare)), ("shown",)),
            Kind("d", "bare window + ORM query", (python, str(orm), str(db)), ("shown",)),
        ]

        print(f"Python {platform.python_version()} ({python})")
        print(f"{platform.platform()}, {os.cpu_count()} CPUs; {args.runs} runs of each kind")
        print(f"bytecode: {compile_bytecode()}")
        # Warm-up: creates and seeds the demo journal (not measured) and warms the file cache.
        started = time.time()
        for kind in kinds:
            measure(kind, env)
        print(f"warm-up (creates the demo journal in {demo_dir}): {time.time() - started:.1f} s")

        samples: dict[str, list[float]] = {"a": [], "b": [], "c": [], "d": []}
        for _ in range(args.runs):
            for kind in kinds:  # round-robin
                result = measure(kind, env)
                if kind.key == "ab":
                    samples["a"].append(result["shown"])
                    samples["b"].append(result["today"])
                else:
                    samples[kind.key].append(result["shown"])

        labels = {
            "a": "(a) journey --demo: window first shown",
            "b": "(b) journey --demo: Today shows data",
            "c": "(c) bare PySide6 window shown",
            "d": "(d) bare window + SQLAlchemy ORM query",
        }
        stats = {key: Summary.of(values) for key, values in samples.items()}
        print()
        print(f"{'':42} {'median':>10} {'min':>10} {'p90':>10}")
        for key, label in labels.items():
            s = stats[key]
            print(f"{label:42} {ms(s.median):>10} {ms(s.low):>10} {ms(s.p90):>10}")

        print()
        ok = True
        for top, floor, target in (("a", "c", TARGET_SHOWN), ("b", "d", TARGET_TODAY)):
            ratio = stats[top].median / stats[floor].median
            passed = ratio <= target
            ok &= passed
            print(
                f"{top}/{floor} = {ratio:.2f} (median {ms(stats[top].median).strip()} / "
                f"{ms(stats[floor].median).strip()}); target <= {target}: "
                f"{'PASS' if passed else 'FAIL'}"
            )
        # The same ratios paired within each round (the four runs of a round share the
        # machine's state of the moment), then their median: steadier on a noisy machine.
        for top, floor in (("a", "c"), ("b", "d")):
            pairs = zip(samples[top], samples[floor], strict=True)
            paired = statistics.median(t / f for t, f in pairs)
            print(f"{top}/{floor} paired by round: median {paired:.2f}")
        gap = stats["b"].median - stats["a"].median
        print(f"b - a (window shown to Today with data): {ms(gap).strip()}")

        import_diagnostic(journey, env)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
