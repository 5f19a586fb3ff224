"""The plan of docs/architecture.md, enforced: the import contracts (layers, a pure domain,
no cycles), mypy on every module and ruff's rule set all pass. `.ci/run` runs the same
three commands before the tests; here they make `uv run pytest` fail as soon as one breaks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(command[0], path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail(f"{command[0]} is not installed in this environment (uv sync installs it)")
    return subprocess.run([exe, *command[1:]], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)


def test_import_contracts_hold() -> None:
    result = _run("lint-imports")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_mypy_passes_on_every_module() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_ruff_passes() -> None:
    result = _run("ruff", "check", "caseapp", "tests", "tools", "benchmarks")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
