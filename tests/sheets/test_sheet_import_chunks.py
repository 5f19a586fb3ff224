"""A large sheet is written a chunk of rows at a time: its trial (the dry run) and its
import never hold every row's captive at once (a 10 MB list of 61,000 captives held them
all and took 1.2 GB, enough to have the app killed on a lawyer's laptop), and what is
written is what one pass wrote: tags made once, rows merged into rows of an earlier chunk,
stays and notes, deadlines. The chunk is made small here so that a short sheet spans
several."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from caseapp.db.models import Captive
from caseapp.services import sheet_import
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows, try_import
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv

CHUNK = 10
GIVEN = ["Армен", "Арам", "Давид", "Гор", "Тигран", "Нарек", "Карен", "Ваге", "Сурен"]
SURNAMES = ["Петросян", "Саргсян", "Акопян", "Варданян", "Манукян"]


def _sheet(tmp_path: Path) -> Path:
    """35 distinct servicemen captured in November 2026 (each sets off a capture card), a
    tag each, a place for some; row 36 is row 2's man in Latin letters."""
    rows = [["ФИО", "Дата рождения", "Дата задержания", "Статус", "Категория",
             "Место содержания", "Теги"]]
    for i in range(35):
        name = f"{SURNAMES[i % 5]} {GIVEN[i // 5 % 9]} {'ABCDEFG'[i // 5]}."
        rows.append([name, f"{1 + i % 28:02d}.03.19{60 + i}", f"{1 + i % 20:02d}.11.2026",
                     "в плену", "военнопленный", "СИЗО Баку" if i % 3 == 0 else "",
                     "список-2026"])
    rows.append(["Armen Petrosyan A.", "01.03.1960", "01.11.2026", "held", "serviceman", "",
                 "список-2026, Red Cross"])
    return write_csv(tmp_path / "list.csv", rows)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_import, "CHUNK_ROWS", CHUNK, raising=False)


@pytest.fixture
def captives_held(case_file: CaseFile) -> Iterator[list[int]]:
    """The captives the writing session holds after each of its flushes."""
    held: list[int] = []

    def count(s: Session, _ctx: Any) -> None:
        held.append(sum(isinstance(o, Captive) for o in s.identity_map.values()))

    factory = case_file.db.session_factory
    event.listen(factory, "after_flush_postexec", count)
    yield held
    event.remove(factory, "after_flush_postexec", count)


def _decisions(pv: Any) -> dict[int, str]:
    return decisions_for(pv, {37: "row:2"}, on_duplicate="create")


@pytest.mark.usefixtures("small_chunks")
def test_a_trial_import_holds_one_chunk_of_captives_at_a_time(
        case_file: CaseFile, tmp_path: Path, captives_held: list[int]) -> None:
    pv = preview(case_file, _sheet(tmp_path))
    assert len(pv.rows) == 36 and not pv.with_errors
    captives_held.clear()  # (the preview's reads)
    result = try_import(case_file, pv, _decisions(pv))
    assert len(result.created) == 35 and len(result.merged) == 1
    assert captives_held and max(captives_held) <= CHUNK
    assert case_file.captives.list() == []  # a trial: nothing written


@pytest.mark.usefixtures("small_chunks")
def test_an_import_in_chunks_writes_what_the_sheet_says(case_file: CaseFile, tmp_path: Path,
                                                       captives_held: list[int]) -> None:
    pv = preview(case_file, _sheet(tmp_path))
    decisions = _decisions(pv)
    trial = try_import(case_file, pv, decisions)
    captives_held.clear()
    result = import_rows(case_file, pv, decisions)
    assert max(captives_held) <= CHUNK + 1  # (+ the captive row 37 is merged into)
    assert len(result.created) == 35 and result.deadlines == trial.deadlines == 35
    assert list(result.created) == sorted(result.created)  # in the sheet's order
    captives = case_file.captives.list()
    assert len(captives) == 35
    # One tag made for the 35 rows of three chunks; the second only for row 37's man.
    assert {c.tags for c in captives if c.id != result.created[0]} == {("список-2026",)}
    first = case_file.captives.get(result.created[0])
    assert first.tags == ("Red Cross", "список-2026")
    # Row 37 (the last chunk) merged into the captive row 2 created (the first chunk).
    assert [n.full_name for n in first.names] == ["Петросян Армен A.", "Armen Petrosyan A."]
    assert first.birth is not None and first.birth.value == date(1960, 3, 1)
    # A stay from the capture for each row giving a place (every third), in every chunk.
    stays = [c for c in captives if c.current_place == "СИЗО Баку"]
    assert len(stays) == 12
    assert [len(case_file.deadlines.list(captive_id=c.id)) for c in captives] == [1] * 35
