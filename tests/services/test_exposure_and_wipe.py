"""The seizure exposure report lists what the backup given holds (not what the case file holds
now), and the wipe removes every file the app keeps for one case file and nothing else."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.services import exposure as exposure_data
from caseapp.services import outputs
from caseapp.services.backup import BackupStore
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.output_guard import OutputRefused
from caseapp.services.wipe import files_of_case_file, wipe_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY


def pdftotext(path: Path) -> str:
    """The PDF's text in reading order, every run of white space one space (a name wrapped
    in a table cell reads whole)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def seized(encrypted_case_file: CaseFile, tmp_path: Path) -> tuple[CaseFile, Path]:
    """A case file with three captives when its backup was made; afterwards one more captive
    was recorded and one deleted (the backup is what the seized laptop held)."""
    cf = encrypted_case_file
    kept = cf.captives.create(names=[dict(full_name="Վարդան Գրիգորյան", language="hy",
                                          is_primary=True)], sensitivity="internal")
    cf.captives.create(names=[dict(full_name="Ольга Сергеевна Петренко", language="ru",
                                   is_primary=True)], sensitivity="shareable")
    gone = cf.captives.create(names=[dict(full_name="Zaur O'Brien-Əliyev", language="en",
                                          is_primary=True)], sensitivity="public")
    family = cf.organisations.create(name="Grigoryan family", kind="family")
    cf.contacts.create(organisation_id=family.id, name="Անահիտ Գրիգորյան", role="mother",
                       phone="+374 91 000000")
    cf.documents.create(captive_id=kept.id, title="Letter from the colony", filename="l.pdf",
                        content=b"%PDF-1.4 x", source="ICRC Yerevan delegation")
    backup = tmp_path / "laptop-backup.db"
    cf.backup_to(backup)
    cf.captives.create(names=[dict(full_name="Later Added Person", language="en",
                                   is_primary=True)])
    cf.captives.delete(gone.id)
    return cf, backup


def test_the_report_lists_exactly_the_captives_of_the_backup(seized: tuple[CaseFile, Path],
                                                             tmp_path: Path) -> None:
    cf, backup = seized
    target = tmp_path / "exposure.pdf"
    made = outputs.exposure(cf, backup=backup, passphrase=ENCRYPTED_PASSPHRASE, author="t",
                            target=target)
    assert made.level.value == "internal"
    text = pdftotext(target)
    # the three captives of the backup, by name in their own script, with their levels
    for name in ("Վարդան Գրիգորյան", "Ольга Сергеевна Петренко", "Zaur O'Brien-Əliyev"):
        assert name in text
    assert "Later Added Person" not in text  # recorded after the backup
    # sorted by name: Latin, then Cyrillic, then Armenian letters
    assert [c.name.split(" (")[0] for c in made.record.captives] == [
        "Zaur O'Brien-Əliyev", "Ольга Сергеевна Петренко", "Վարդան Գրիգորյան"]
    assert [c.level.value for c in made.record.captives] == ["public", "shareable", "internal"]
    assert "Captives: 3" in text
    # the family, the source and the document, and what to rotate
    assert "Անահիտ Գրիգորյան" in text and "ICRC Yerevan delegation" in text
    assert "Letter from the colony" in text
    assert "Change the case file's passphrase" in text
    assert "Printed at the INTERNAL level" in text
    # the backup was not written to
    assert backup.stat().st_size > 0 and not list(tmp_path.glob("laptop-backup.db-*"))


def test_a_wrong_passphrase_or_a_protected_target_writes_nothing(
        seized: tuple[CaseFile, Path], tmp_path: Path) -> None:
    cf, backup = seized
    target = tmp_path / "exposure.pdf"
    with pytest.raises(CaseFileError):
        outputs.exposure(cf, backup=backup, passphrase="not the passphrase", target=target)
    with pytest.raises(OutputRefused):  # never over the backup read
        outputs.exposure(cf, backup=backup, passphrase=ENCRYPTED_PASSPHRASE, target=backup)
    with pytest.raises(OutputRefused):  # nor over the case file
        outputs.exposure(cf, as_of=TODAY, target=cf.db.path)
    with pytest.raises(ValidationError, match="future"):
        outputs.exposure(cf, as_of=date(2026, 11, 28), target=target)  # TODAY is 27 November
    assert not target.exists()


def test_as_of_a_day_lists_the_captives_recorded_by_then(seized: tuple[CaseFile, Path],
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exposure_data, "local_zone", lambda: ZoneInfo("UTC"))
    cf, _ = seized
    first = next(c for c in cf.captives.list() if c.primary_name == "Վարդան Գրիգորյան")
    with cf.db.engine.begin() as conn:  # recorded on 1 November, the others later
        for table, column in (("captives", "id"), ("captive_names", "captive_id")):
            conn.execute(text(f"UPDATE {table} SET created_at = '2026-11-01 09:00:00.000000' "
                              f"WHERE {column} = :id"), {"id": first.id})
    made = outputs.exposure(cf, as_of=date(2026, 11, 10), author="t", target=tmp_path / "e.pdf")
    assert [c.name.split(" (")[0] for c in made.record.captives] == ["Վարդան Գրիգորյան"]
    # the day the lawyer gave, read to its end (not "as of 11 November")
    assert "as of 10 November 2026, 24:00 (UTC)" in pdftotext(tmp_path / "e.pdf")
    assert made.filename.startswith("Seizure exposure report 2026-11-10")
    assert outputs.exposure(cf, as_of=date(2026, 10, 31), author="t").record.captives == ()


def make_case_family(folder: Path, backups: Path) -> dict[str, list[Path]]:
    """A case file with every file the app keeps for it, and neighbours that are not its."""
    case = folder / "case.db"
    cf = open_case_file(Location(path=case), create=True, actor="t", backup_root=backups)
    try:
        cf.captives.create(names=["Test"])
        cf.backups.backup_now("manual")
        cf.backups.backup_now("manual")
    finally:
        cf.close()
    ours = [case]
    for name in ("case.db-wal", "case.db-shm", "case.db-journal", "case.db.keys",
                 "case.db.before-0042", ".case.db.x7k2.tmp"):
        (folder / name).write_bytes(b"SQLite side file")
        ours.append(folder / name)
    store = BackupStore(case, root=backups)
    ours += sorted(store.folder.iterdir())
    neighbours = []
    for name in ("case2.db", "case.db.txt", "mycase.db", "case.db-wal.bak", "notes.txt",
                 ".case.dbx", "case.db.keys.old"):
        (folder / name).write_text("not the app's", encoding="utf-8")
        neighbours.append(folder / name)
    other = open_case_file(Location(path=folder / "other.db"), create=True, actor="t",
                           backup_root=backups)
    try:
        other.backups.backup_now("manual")
    finally:
        other.close()
    neighbours += [folder / "other.db", *BackupStore(folder / "other.db", root=backups)
                   .folder.iterdir()]
    return {"ours": ours, "neighbours": neighbours}


def test_the_wipe_removes_every_file_of_the_case_file_and_nothing_else(tmp_path: Path) -> None:
    folder, backups = tmp_path / "cases", tmp_path / "backups"
    folder.mkdir()
    files = make_case_family(folder, backups)
    assert len([p for p in files["ours"] if p.suffix == ".db" and p.parent != folder]) == 2
    assert sorted(files_of_case_file(folder / "case.db", backups_root=backups,
                                     include_backups=True)) == sorted(files["ours"])
    result = wipe_case_file(folder / "case.db", backups_root=backups, include_backups=True)
    assert result.complete
    assert sorted(result.removed) == sorted(files["ours"])
    assert not any(p.exists() for p in files["ours"])
    assert not BackupStore(folder / "case.db", root=backups).folder.exists()
    for p in files["neighbours"]:
        assert p.exists(), p
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "not the app's"
    # nothing under a random name was left behind in the folder either
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in files["neighbours"] if p.parent == folder)


def test_the_wipe_keeps_the_backups_unless_chosen_and_overwrites_first(tmp_path: Path,
                                                                      monkeypatch) -> None:
    folder, backups = tmp_path / "cases", tmp_path / "backups"
    folder.mkdir()
    files = make_case_family(folder, backups)
    seen: dict[str, bytes] = {}
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        if self.exists() and not self.is_symlink():
            seen[self.name] = self.read_bytes()[:64]
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", spy)
    result = wipe_case_file(folder / "case.db", backups_root=backups)
    kept_backups = [p for p in files["ours"] if p.parent != folder]
    assert all(p.exists() for p in kept_backups)
    assert len(result.removed) == len(files["ours"]) - len(kept_backups)
    # every file was emptied (overwritten, then cut to nothing) before it was unlinked
    assert seen and all(content == b"" for content in seen.values())


def test_the_day_asked_is_the_lawyer_s_day(seized: tuple[CaseFile, Path], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Recorded at 01:30 in Yerevan on 11 November (21:30 UTC on the 10th): a device seized in
    Yerevan at the end of the 10th did not hold it yet. Counted in UTC, it was listed."""
    monkeypatch.setattr(exposure_data, "local_zone", lambda: ZoneInfo("Asia/Yerevan"))
    cf, _ = seized
    late = next(c for c in cf.captives.list() if c.primary_name == "Վարդան Գրիգորյան")
    with cf.db.engine.begin() as conn:
        for table, column in (("captives", "id"), ("captive_names", "captive_id")):
            conn.execute(text(f"UPDATE {table} SET created_at = '2026-11-01 09:00:00.000000'"))
            conn.execute(text(f"UPDATE {table} SET created_at = '2026-11-10 21:30:00.000000' "
                              f"WHERE {column} = :id"), {"id": late.id})
    made = outputs.exposure(cf, as_of=date(2026, 11, 10), author="t", target=tmp_path / "e.pdf")
    listed = {c.name.split(" (")[0] for c in made.record.captives}
    assert "Վարդան Գրիգորյան" not in listed and listed and "—" not in listed
    assert "as of 10 November 2026, 24:00 (Asia/Yerevan)" in pdftotext(tmp_path / "e.pdf")
    later = outputs.exposure(cf, as_of=date(2026, 11, 11), author="t").record.captives
    assert "Վարդան Գրիգորյան" in {c.name.split(" (")[0] for c in later}


def test_a_woman_s_status_agrees_with_her_in_russian(seized: tuple[CaseFile, Path],
                                                     tmp_path: Path) -> None:
    """The report says of a repatriated woman «Репатриирована», as her dossier does, not the
    masculine «Репатриирован»: a lawyer warning people from it reads who she is."""
    cf, _ = seized
    woman = cf.captives.create(names=[dict(full_name="Лилит Акопян", language="ru",
                                           is_primary=True)], sex="female", status="repatriated")
    cf.captives.create(names=[dict(full_name="Гор Аветисян", language="ru", is_primary=True)],
                       sex="male", status="repatriated")
    assert woman.id
    cf.backup_to(tmp_path / "later.db")
    outputs.exposure(cf, backup=tmp_path / "later.db", passphrase=ENCRYPTED_PASSPHRASE,
                     author="t", target=tmp_path / "e.pdf", lang="ru")
    shown = pdftotext(tmp_path / "e.pdf")
    assert shown.count("Репатриирована") == 1 and shown.count("Репатриирован ") == 1


def test_a_backup_of_a_case_file_with_recovery_opens_with_its_passphrase(
        seized: tuple[CaseFile, Path], tmp_path: Path) -> None:
    """Its data key is kept wrapped in the key file beside it: the private copy opened for the
    report lacked it, and the right passphrase was refused as wrong."""
    from caseapp.services import recovery

    cf, _ = seized
    recovery.set_up(cf.db, shares=3, threshold=2)
    backup = tmp_path / "with-recovery.db"
    cf.backup_to(backup)
    assert Path(f"{backup}.keys").exists()
    made = outputs.exposure(cf, backup=backup, passphrase=ENCRYPTED_PASSPHRASE, author="t",
                            target=tmp_path / "exposure.pdf")
    assert len(made.record.captives) == 3


def test_a_backup_that_cannot_be_read_is_named_not_its_private_copy(
        seized: tuple[CaseFile, Path], tmp_path: Path) -> None:
    cf, backup = seized
    with pytest.raises(CaseFileError) as wrong:
        outputs.exposure(cf, backup=backup, passphrase="not the passphrase",
                         target=tmp_path / "exposure.pdf")
    said = str(wrong.value)
    assert str(backup) in said and "caseapp-exposure" not in said, said


@pytest.mark.parametrize(("content", "said"), [(b"notes of the visit\n", "text file"),
                                               (b"%PDF-1.7\n" + b"\x00" * 600, "PDF file")])
def test_a_file_that_is_no_backup_is_named_so_not_asked_a_passphrase(
        seized: tuple[CaseFile, Path], tmp_path: Path, content: bytes, said: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A text file or a PDF chosen as the seized device's backup was said to be an encrypted
    backup whose passphrase was needed (the command line asked for it)."""
    cf, _backup = seized
    chosen = tmp_path / "backup.db"
    chosen.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        outputs.exposure(cf, backup=chosen, passphrase=None, target=tmp_path / "exposure.pdf")
    assert said in str(refused.value) and "passphrase" not in str(refused.value)
    assert not (tmp_path / "exposure.pdf").exists()
    import io

    from caseapp.cli import main

    monkeypatch.delenv("CASEAPP_BACKUP_PASSPHRASE", raising=False)
    capsys.readouterr()
    assert main(["exposure", "--db", str(cf.db.path), "--since-backup", str(chosen), "-o",
                 str(tmp_path / "exposure.pdf")], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert said in err and "PASSPHRASE" not in err, err
