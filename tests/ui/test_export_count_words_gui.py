"""The status bar's line after Export JSON counts the records as each language counts: it
said "Exported 1 records" in English, «Экспортировано записей: 1» in Russian."""

from __future__ import annotations

import pytest

from caseapp.ui.file_actions import export_said


def test_english_counts_its_records(qapp) -> None:
    assert export_said(1, "/x/e.json") == "Exported 1 record to /x/e.json."
    assert export_said(2, "/x/e.json") == "Exported 2 records to /x/e.json."


@pytest.mark.parametrize(("count", "words"), [(1, "1 запись"), (2, "2 записи"), (5, "5 записей"),
                                               (21, "21 запись")])
def test_russian_counts_its_records(qapp, russian, count: int, words: str) -> None:
    said = export_said(count, "/x/e.json")
    assert words in said and "/x/e.json" in said, said


def test_armenian_counts_its_records(qapp, armenian) -> None:
    said = export_said(3, "/x/e.json")
    assert "3 գրառում" in said and "/x/e.json" in said, said
