"""``travel-destroy --damaged-ok`` (or "yes" on the terminal) destroys a file the travel
passphrase does not open: a damaged copy. Before, it destroyed as readily a backup of the
case file in the backups folder, or another case file with passphrase recovery (and its key
file), given by a slip of the path: the wrong passphrase made either look "damaged". Neither
can be a travel copy; each is refused in one line, exit code 2, nothing deleted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services import recovery
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import digest, one_line, run

MAIN = "kettle orchard violin seventeen"
TRAVEL = "olive lantern river seven"


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "case.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked
    open_case_file(Location(path=path), passphrase=MAIN, create=True, actor="t").close()
    return path


def test_a_backup_in_the_backups_folder_is_never_destroyed_as_a_damaged_copy(
        case: Path, tmp_path: Path) -> None:
    assert run("backup", "--db", str(case))[0] == 0
    (backup,) = (tmp_path / "backups").glob("*/*.db")
    before = digest(backup)
    code, out, err = run("travel-destroy", str(backup), "--damaged-ok", "--db", str(case))
    assert (code, out) == (2, "")
    assert one_line(err) and "backups folder" in err and "Nothing was deleted" in err, err
    assert digest(backup) == before
    code, out, _ = run("backups", "list", "--db", str(case))
    assert code == 0 and backup.name in out


def test_a_case_file_with_recovery_is_never_destroyed_as_a_damaged_copy(
        case: Path, tmp_path: Path) -> None:
    colleague = tmp_path / "colleague.db"
    cf = open_case_file(Location(path=colleague), passphrase=MAIN, create=True, actor="t")
    try:
        recovery.set_up(cf.db, shares=3, threshold=2)
    finally:
        cf.close()
    keys = Path(f"{colleague}.keys")
    before = digest(colleague), digest(keys)
    code, out, err = run("travel-destroy", str(colleague), "--damaged-ok", "--db", str(case))
    assert (code, out) == (2, "")
    assert one_line(err) and keys.name in err and "Nothing was deleted" in err, err
    assert (digest(colleague), digest(keys)) == before


def test_merging_the_case_file_into_itself_says_so_not_that_it_is_damaged(
        case: Path) -> None:
    """Before: the travel passphrase did not open the case file, and the line said it was
    damaged and told to restore its latest backup."""
    assert run("backup", "--db", str(case))[0] == 0  # a backup to be offered
    before = digest(case)
    code, out, err = run("travel-merge", str(case), "--db", str(case))
    assert (code, out) == (2, "")
    assert one_line(err) and "merged into itself" in err, err
    assert "restore" not in err and "damaged" not in err
    assert digest(case) == before


def test_a_damaged_plain_case_file_is_never_destroyed_as_a_damaged_copy(
        case: Path, tmp_path: Path, demo_copy: Path) -> None:
    """A case file cut off (a copy to a USB stick that failed) is not encrypted; a travel
    copy always is. `travel-destroy THAT --damaged-ok` overwrote and removed it, and with
    it whatever could still have been saved from it."""
    cut = tmp_path / "cut.db"
    cut.write_bytes(demo_copy.read_bytes()[:50_000])
    before = digest(cut)
    code, out, err = run("travel-destroy", str(cut), "--damaged-ok", "--db", str(case))
    assert (code, out) == (2, "")
    assert one_line(err) and "not encrypted" in err, err
    assert digest(cut) == before


@pytest.mark.parametrize(("name", "head"), [
    ("evidence.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")])
def test_a_document_is_never_destroyed_as_a_damaged_copy(
        case: Path, tmp_path: Path, name: str, head: bytes) -> None:
    """A path slipped onto a PDF, an office document or a photo (`travel.pdf` for
    `travel.db`): --damaged-ok overwrote and removed it, as a travel copy the passphrase
    did not open. Its first bytes say what it is; an encrypted file begins with random ones."""
    document = tmp_path / name
    document.write_bytes(head + bytes(range(256)) * 350 + b"%%EOF\n")
    before = digest(document)
    code, out, err = run("travel-destroy", str(document), "--damaged-ok", "--db", str(case))
    assert (code, out) == (2, "")
    assert one_line(err) and "not a CaseApp case file" in err, err
    assert digest(document) == before
    code, out, err = run("captives", "list", "--db", str(document))
    assert (code, out) == (2, "") and "not a CaseApp case file" in err, err
