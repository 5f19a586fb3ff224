"""Merging a travel copy made from another case file is refused with a line naming both
files; a copy made by an earlier version (its mark records no case file, or a malformed one)
is judged as before, by the copies this case file made; a copy of the case file made by hand
is the same case file and merges."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.models import FileEvent
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.identity import OtherCaseFile, this_case_file
from caseapp.services.travel_copy import TRAVEL_MARK, make_travel_copy, read_mark, write_mark
from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy
from tests.conftest import TODAY

PASS = "olive lantern river seven"


def _file(path: Path, name: str) -> CaseFile:
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    cf.captives.create(names=[name], status="held", sensitivity="shareable")
    return cf


@pytest.fixture
def two(tmp_path: Path):  # type: ignore[no-untyped-def]
    ours, theirs = _file(tmp_path / "ours.db", "Vardanyan Armen"), \
        _file(tmp_path / "theirs.db", "Petrosyan Levon")
    yield ours, theirs
    ours.close()
    theirs.close()


def _copy_of(cf: CaseFile, target: Path) -> Path:
    make_travel_copy(cf, target, level="shareable", passphrase=PASS)
    return target


def test_a_copy_made_from_another_case_file_is_refused_naming_both(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ours, theirs = two
    copy = _copy_of(theirs, tmp_path / "their-copy.db")
    travel = open_travel_copy(copy, PASS, actor="t")
    try:
        assert read_mark(travel.ctx).made_from == this_case_file(theirs.ctx)  # type: ignore[union-attr]
        with pytest.raises(OtherCaseFile) as refused:
            merge_travel_copy(ours, travel)
    finally:
        travel.close()
    line = str(refused.value)
    assert "their-copy.db" in line and "ours.db" in line and "another case file" in line
    assert "nothing was merged" in line and "\n" not in line
    assert [c.primary_name for c in ours.captives.list()] == ["Vardanyan Armen"]


@pytest.mark.parametrize("recorded", ["none", "malformed"])
def test_a_copy_whose_mark_records_no_case_file_is_judged_as_before(
        two, tmp_path: Path, recorded: str) -> None:  # type: ignore[no-untyped-def]
    ours, theirs = two
    copy = _copy_of(theirs, tmp_path / "old-copy.db")
    travel = open_travel_copy(copy, PASS, actor="t")
    try:
        mark = read_mark(travel.ctx)
        assert mark is not None
        if recorded == "none":
            write_mark(travel.ctx, replace(mark, made_from=None))
        else:
            detail = json.dumps({"copy_id": mark.copy_id, "level": "shareable", "captives": None,
                                 "made_at": mark.made_at.isoformat(), "versions": mark.versions,
                                 "made_from": {"identity": "'; DROP TABLE captives; --",
                                               "created": "yesterday"}})
            with travel.ctx.transaction() as s:
                s.add(FileEvent(actor="t", kind=TRAVEL_MARK, detail=detail))
        assert read_mark(travel.ctx).made_from is None  # type: ignore[union-attr]
        with pytest.raises(ValidationError, match="was not made from this case file") as refused:
            merge_travel_copy(ours, travel)
        assert not isinstance(refused.value, OtherCaseFile)
    finally:
        travel.close()


def test_a_copy_merges_into_a_copy_of_its_case_file_made_by_hand(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ours, _ = two
    copy = _copy_of(ours, tmp_path / "our-copy.db")
    assert ours.db.path is not None
    ours.close()
    conn = sqlite3.connect(ours.db.path)  # (its log back in the file, as a closed app leaves it)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    by_hand = Path(shutil.copyfile(ours.db.path, tmp_path / "copied by hand.db"))
    main = open_case_file(Location(path=by_hand), actor="t", today=lambda: TODAY)
    travel = open_travel_copy(copy, PASS, actor="t")
    try:
        armen = travel.captives.list()[0].id
        travel.captives.update(armen, summary="Seen in Colony 2")
        report = merge_travel_copy(main, travel)
        assert report.updated == {"captives": 1}
    finally:
        travel.close()
        main.close()
