"""The shared demo case files the tests copy are built in the language their fixture says,
whatever language the process was left in: a module's fixture that ran ``caseapp --lang ru``
before them (fixtures wider than one test run before the test's own reset) left Russian, and
the English demo built after it in the same worker came out in Russian (a dossier test failed
in some orders of the tests only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from caseapp.domain import messages
from tests.conftest import _template


def _judges(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {judge for (judge,) in conn.execute("SELECT DISTINCT judge FROM hearings")}
    finally:
        conn.close()


def test_the_demo_template_is_built_in_english_after_russian_was_left(
        tmp_path: Path, language: Callable[[str], str]) -> None:
    language("ru")  # as `caseapp --lang ru …` in a module's fixture left it
    path, _summary = _template(tmp_path, "demo.db", demo=True)
    assert "Judge Aynur Örnəkova" in _judges(path)
    assert messages.current_language() == "ru"  # and the language found is put back


def test_the_armenian_template_is_armenian_and_puts_english_back(
        tmp_path: Path, language: Callable[[str], str]) -> None:
    path, _summary = _template(tmp_path, "demo-hy.db", demo=True, lang="hy")
    assert not any("Judge" in judge for judge in _judges(path) if judge)
    assert messages.current_language() == "en"
