"""One field's level, as the captive's dialog saves it (``captives.update(field_levels=…)``
with the captive's whole map), decides where the field is printed: health let out to the
shareable dossier when the family agrees, the circumstances of capture and the category kept
back (internal) while the rest of the record is shared — in the dossier, the status report
and ``captives list --level``; a level that is no level is refused by name."""

from __future__ import annotations

import json

import pytest

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report
from tests.cli.cli_run import run
from tests.reports.conftest import LAWYER
from tests.reports.test_redaction_bytes import every_byte

SHR, INT = Sensitivity.SHAREABLE, Sensitivity.INTERNAL


def _captive(cf: CaseFile) -> int:
    cid = cf.captives.create(
        names=["Արմեն Վարդանյան"], status="pre_trial", sensitivity="shareable",
        consent_publicity=True, category="serviceman", capture="2021-03-17",
        summary="QSUMMARYZ", health="QHEALTHZ", consent_notes="QCONSENTZ",
        capture_circumstances="QCIRCUMSTANCESZ").id
    levels = dict(cf.captives.get(cid).field_levels)
    levels.pop("health")  # the family agrees: as the record (shareable)
    levels |= {"capture_circumstances": "internal", "category": "internal"}
    cf.captives.update(cid, field_levels=levels)
    return cid


def _dossier(cf: CaseFile, cid: int, level: Sensitivity) -> bytes:
    return every_byte(outputs.dossier(cf, cid, level=level, author="t", lawyer=LAWYER).data)


def test_the_dossier_prints_each_field_at_the_level_chosen(case_file: CaseFile) -> None:
    cid = _captive(case_file)
    shared = _dossier(case_file, cid, SHR)
    assert b"QHEALTHZ" in shared and b"QSUMMARYZ" in shared  # let out, and the record's
    assert b"QCIRCUMSTANCESZ" not in shared and b"QCONSENTZ" not in shared  # kept back
    whole = _dossier(case_file, cid, INT)
    assert all(m in whole for m in (b"QHEALTHZ", b"QCIRCUMSTANCESZ", b"QCONSENTZ"))


def test_the_status_report_and_the_list_leave_out_the_category_kept_back(
        case_file: CaseFile) -> None:
    cid = _captive(case_file)
    rows = {level: {r.id: r for r in build_status_report(case_file, level=level).rows}
            for level in (SHR, INT)}
    assert rows[SHR][cid].category is None and rows[SHR][cid].days_in_custody is not None
    assert rows[INT][cid].category == "serviceman"
    path = case_file.db.path
    case_file.close()
    by_level = {}
    for level in ("shareable", "internal"):
        code, out, err = run("--db", str(path), "captives", "list", "--level", level,
                             "--format", "json")
        assert code == 0, err
        by_level[level] = out
    assert "serviceman" not in by_level["shareable"] and "serviceman" in by_level["internal"]
    assert json.loads(by_level["shareable"])  # the captive is listed, without the category


def test_a_level_that_is_no_level_is_refused_by_name(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Армен Варданян"], status="pre_trial").id
    with pytest.raises(ValidationError) as bad:
        case_file.captives.update(cid, field_levels={"health": "secret"})
    assert bad.value.field == "field_levels" and "secret" in str(bad.value)


@pytest.mark.parametrize("given", [["health"], "internal"], ids=["a list", "a word"])
def test_levels_not_given_as_pairs_are_refused_in_one_line(case_file: CaseFile, given) -> None:
    """(It was a traceback: 'list' object has no attribute 'items'.)"""
    cid = case_file.captives.create(names=["Армен Варданян"], status="pre_trial").id
    for write in (lambda: case_file.captives.update(cid, field_levels=given),
                  lambda: case_file.captives.create(names=["Ara"], field_levels=given)):
        with pytest.raises(ValidationError) as bad:
            write()
        assert bad.value.field == "field_levels"
        assert str(bad.value) == ("The levels of the fields must be given as pairs of a field "
                                  "and its level.")
    assert case_file.captives.get(cid).field_levels == {"health": "internal",
                                                        "consent_notes": "internal"}
