"""The mutation check (tools/mutation_check.py, docs/testing.md) kills a mutant its tests
notice, in a project whose pytest options run the tests on several workers as this one's do
(``-n`` in addopts): xdist's workers imported the module afresh, ran the tests on the code
unmutated, and every mutant "survived", the check reporting each promise as unguarded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "mutation_check.py"


def test_a_mutant_the_tests_notice_is_killed_under_xdists_addopts(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\naddopts = "-n 2"\n', encoding="utf-8")
    (tmp_path / "sums.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    (tmp_path / "test_sums.py").write_text(
        "from sums import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(TOOL), "sums.py", "--ops", "arith", "--",
                           "test_sums.py"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert "1 killed, 0 survived" in done.stdout, done.stdout + done.stderr
