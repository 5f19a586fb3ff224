"""A preview holds each row's values and problems, not its cells again as text nor the whole
sheet's cells while the rows are matched (a list of 61,000 captives held 291 MiB against
207 MiB for the simplest code reading it; see docs/performance.md)."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv

ROWS = 2000
GIVEN = ["Армен", "Արամ", "Davit", "Şükür", "Тигран", "Նարեկ", "Karen", "Əli"]
SURNAMES = ["Петросян", "Սարգսյան", "Hakobyan", "Əliyev", "Мамедов", "Մանուկյան", "Qasımov"]


def _sheet(tmp_path: Path) -> Path:
    rows = [["ФИО", "Дата рождения", "Дата задержания", "Статус", "Примечания"]]
    for i in range(ROWS):
        name = f"{SURNAMES[i % 7]} {GIVEN[i // 7 % 8]}"
        rows.append([name, f"{1 + i % 28:02d}.{1 + i % 12:02d}.{1950 + i % 50}",
                     f"{1 + i % 28:02d}.11.2023", ["в плену", "կալանքի տակ", "convicted"][i % 3],
                     f"row {i}: letter to the ICRC sent"])
    return write_csv(tmp_path / "list.csv", rows, delimiter=";")


def test_a_preview_holds_under_a_kilobyte_a_row(case_file: CaseFile, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    preview(case_file, sheet)  # (what is built once: the rules, the words of the fields)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        pv = preview(case_file, sheet)
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(pv.rows) == ROWS and not pv.with_errors
    assert pv.rows[0].shown["name"] == "Петросян Армен"  # what the preview shows is there
    # Before: 1,420 bytes a row held and 2,670 at the peak (the sheet's cells, and a dict of
    # texts for each row beside its values); after: 860 and 1,780.
    assert (held - before) / ROWS < 1000
    assert (peak - before) / ROWS < 2200
