"""The seizure exposure report from a travel copy (or a backup of one) — what a lawyer who
crossed a border with only the copy has to run after it was seized: the copy is recognised as
made from the case file (not refused as another case file's), the report says that the
device held a travel copy at its level, and it asks to rotate the copy's own passphrase, not
the case file's, which the device never held."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.identity import OtherCaseFile
from caseapp.services.travel_copy import make_travel_copy
from tests.cli.cli_run import one_line, run
from tests.conftest import TODAY
from tests.reports.conftest import pdf_text

TRAVEL = "olive lantern river seven"


def _copy(cf: CaseFile, tmp_path: Path, name: str = "trip.db") -> Path:
    cf.captives.create(names=["Vardanyan Armen"], status="held", sensitivity="public",
                       consent_publicity=True)
    cf.captives.create(names=["Hidden Internal"], status="held", sensitivity="internal")
    target = tmp_path / name
    make_travel_copy(cf, target, level="public", passphrase=TRAVEL)
    return target


def _backup_of_copy(copy: Path, tmp_path: Path) -> Path:
    travel = open_case_file(Location(path=copy), passphrase=TRAVEL, actor="t", today=lambda: TODAY)
    try:
        return travel.backups.backup_to(tmp_path / "trip-backup.db").path
    finally:
        travel.close()


def test_a_report_from_a_travel_copys_backup_names_the_copy_and_its_level(
        case_file: CaseFile, tmp_path: Path) -> None:
    backup = _backup_of_copy(_copy(case_file, tmp_path), tmp_path)
    target = tmp_path / "exposure.pdf"
    made = outputs.exposure(case_file, backup=backup, passphrase=TRAVEL, target=target)
    record = made.record
    assert [c.name for c in record.captives] == ["Vardanyan Armen"]
    assert record.travel_level is not None and record.travel_level.value == "public"
    (note,) = record.notes
    assert "travel copy" in str(note) and "case.db" in str(note) and "public" in str(note)
    kinds = [c.kind for c in record.credentials]
    assert "travel_passphrase" in kinds
    assert "case_passphrase" not in kinds and "recovery_shares" not in kinds
    text = " ".join(" ".join(pdf_text(target.read_bytes())).split())
    assert "a travel copy at the public level" in text
    assert "the travel copy's own passphrase" in text
    assert "Change the case file's passphrase" not in text


def test_the_travel_copy_itself_is_read_as_its_backup_is(case_file: CaseFile,
                                                           tmp_path: Path) -> None:
    copy = _copy(case_file, tmp_path)
    made = outputs.exposure(case_file, backup=copy, passphrase=TRAVEL,
                            target=tmp_path / "exposure.pdf")
    assert made.record.travel_level is not None and len(made.record.notes) == 1


def test_a_travel_copy_of_another_case_file_is_still_refused(case_file: CaseFile,
                                                            tmp_path: Path) -> None:
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        copy = _copy(other, tmp_path, "other-trip.db")
    finally:
        other.close()
    with pytest.raises(OtherCaseFile):
        outputs.exposure(case_file, backup=copy, passphrase=TRAVEL, target=tmp_path / "e.pdf")


def test_the_command_writes_the_report_of_a_travel_copys_backup(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _backup_of_copy(_copy(case_file, tmp_path), tmp_path)
    main = Path(case_file.db.path)
    case_file.close()
    target = tmp_path / "exposure.pdf"
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", TRAVEL)
    code, out, err = run("exposure", "--since-backup", str(backup), "-o", str(target),
                         "--db", str(main))
    assert code == 0 and target.exists(), err
    assert one_line(err) and "travel copy" in err and "another case file" not in err
    assert "Exposure report written" in out
