"""Merging a captive recorded twice: fields chosen, every record moved, the other's names
kept as aliases, one audit entry; a merge that would break a rule changes nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision, NameKind
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.captive_merge import differences, merge_captives
from caseapp.services.casefile import CaseFile


def _pair(cf: CaseFile) -> tuple[int, int]:
    keep = cf.captives.create(names=["Արտաշես Մկրտչյան", "Artashes Mkrtchyan"], capture="2024-05",
                              tags=["ngo-a"])
    other = cf.captives.create(names=["Мкртчян Арташес Гагикович"], birth="1990-05-17",
                               capture="2024-05-03", tags=["ngo-b"], birth_place="Goris")
    cf.detention_places.create(captive_id=keep.id, facility="Baku SIZO", from_date="2024-05-20")
    cf.welfare_contacts.create(captive_id=other.id, contact_on="2024-06-01", kind="icrc_visit")
    cf.notes.create(captive_id=other.id, title="Call", body="The family called.")
    return keep.id, other.id


def test_a_merge_moves_everything_and_keeps_the_names_as_aliases(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    diffs = {d.field: (d.keep, d.other) for d in differences(case_file, keep, other)}
    assert diffs["birth"] == ("", "1990-05-17") and diffs["capture"] == ("2024-05", "2024-05-03")
    result = merge_captives(case_file, keep, other, take=["birth", "capture"])
    kept = case_file.captive_file(keep)
    assert [(n.full_name, n.kind) for n in kept.captive.names] == [
        ("Արտաշես Մկրտչյան", NameKind.NATIVE), ("Artashes Mkrtchyan", NameKind.NATIVE),
        ("Мкртчян Арташес Гагикович", NameKind.ALIAS)]
    # Taken: the day of capture and the birth; kept: its own (empty) place of birth.
    assert kept.captive.capture == PartialDate(date(2024, 5, 3), DatePrecision.EXACT)
    assert kept.captive.birth == PartialDate(date(1990, 5, 17))
    assert kept.captive.birth_place == "" and kept.captive.tags == ("ngo-a", "ngo-b")
    assert [w.contact_on for w in kept.welfare_contacts] == [date(2024, 6, 1)]
    assert [n.title for n in kept.notes] == ["Call"]
    assert result.moved["welfare_contacts"] == 1 and result.moved["captive_names"] == 1
    with pytest.raises(NotFound):
        case_file.captives.get(other)
    assert case_file.search.captive_ids("Мкртчян Арташес", names_only=True) == [keep]
    merges = [e for e in case_file.audit.recent(limit=50) if e.field == "merged"]
    assert len(merges) == 1 and "Мкртчян Арташес Гагикович" in merges[0].summary


def test_a_merge_that_breaks_a_rule_changes_nothing(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    # The other's visit (1 June 2024) would be before a capture of July 2024.
    case_file.captives.update(keep, capture="2024-07-01")
    with pytest.raises(ValidationError, match=r"welfare contact of .*nothing was merged"):
        merge_captives(case_file, keep, other)
    assert len(case_file.captive_file(other).welfare_contacts) == 1
    assert len(case_file.captives.get(keep).names) == 2
    with pytest.raises(ValidationError, match="into itself"):
        merge_captives(case_file, keep, keep)
    with pytest.raises(ValidationError, match="not a field"):
        merge_captives(case_file, keep, other, take=["shoe_size"])


def test_caseapp_merge(case_file: CaseFile, db_path: Path) -> None:
    keep, other = _pair(case_file)
    case_file.close()

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main([*argv, "--db", str(db_path)], out=out, err=err), out.getvalue(), err.getvalue()

    code, out, err = run("merge", str(keep), str(other), "--dry-run")
    assert code == 0 and "birth_place" in out and "Dry run: nothing was merged." in out
    code, _, err = run("merge", str(keep), "999")
    assert code == 2 and err == "caseapp: There is no captive with ID 999.\n"
    code, out, err = run("merge", str(keep), str(other), "--take", "birth")
    assert (code, err) == (0, "")
    assert f"Merged captive {other} into {keep}" in out and "1 welfare contacts" in out
