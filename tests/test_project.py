"""Project guards: the layering contract and the README's promises to a newcomer."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_layering_contract_is_kept() -> None:
    """The domain never imports Qt, matplotlib or ui; ui reaches storage only through the
    services; journey's layers; the feature packages of ui/ keep to themselves."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [contract["name"] for contract in config["tool"]["importlinter"]["contracts"]]
    assert len(names) == 4
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in names:
        assert re.search(rf"^{re.escape(name)} KEPT", result.stdout, flags=re.MULTILINE), name
    assert f"{len(names)} kept, 0 broken" in result.stdout


def readme_commands() -> list[str]:
    """The shell commands in the README's first two code blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash|shell)\n(.*?)```", text, flags=re.DOTALL)
    return [block.strip() for block in blocks[:2]]


def test_readme_opens_with_install_and_test_commands() -> None:
    install, tests = readme_commands()
    assert "pip install ." in install
    assert "journey --demo" in install
    assert 'pip install ".[test]"' in tests
    assert "pytest" in tests


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    _, tests = readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci_lines
