"""No output can destroy the case file: every command that writes a file refuses the case
file itself (by any name: relative, through a symbolic or a hard link), the files SQLite
keeps beside it, and anything in the backups folder — exit 2, one line, nothing written."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file

PASSPHRASE = "kettle orchard violin seventeen"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture(params=["plain", "encrypted"])
def case(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
         ) -> Path:
    """A small case file (one captive, one backup in the backups folder) in ``tmp_path/work``."""
    path = tmp_path / "work" / "Case File.db"
    passphrase = PASSPHRASE if request.param == "encrypted" else None
    if passphrase:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", passphrase)
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t")
    try:
        cf.captives.create(names=["Գրիգոր Սարգսյան"])
    finally:
        cf.close()
    code, _, err = run("backup", "--db", str(path))
    assert code == 0, err
    (path.parent / "list.csv").write_text("Name\nAram Abovyan\n", encoding="utf-8")
    return path


def backups_folder(tmp_path: Path) -> Path:
    return tmp_path / "xdg-data" / "CaseApp" / "backups"


def commands(target: str, db: Path, backup: Path) -> dict[str, list[str]]:
    return {
        "export": ["export", "-o", target],
        "dossier": ["dossier", "1", "--level", "internal", "-o", target],
        "report": ["report", "-o", target],
        "report xlsx": ["report", "--format", "xlsx", "-o", target],
        "letter": ["letter", "icrc_request_en", "1", "-o", target],
        "calendar": ["deadlines", "--format", "ics", "-o", target],
        "daily log": ["deadlines", "daily-log", "--date", "2026-11-27", "-o", target],
        "backup": ["backup", "-o", target, "--force"],
        "restore": ["restore", str(backup), "--to", target, "--force"],
        "travel copy": ["travel-copy", "--level", "shareable", "-o", target],
        "exposure as of": ["exposure", "--as-of", "2026-11-27", "-o", target],
        "exposure from a backup": ["exposure", "--since-backup", str(backup), "-o", target],
        "mapping of a sheet import": ["import-sheet", str(db.parent / "list.csv"),
                                      "--save-mapping", target],
    }


def protected_targets(db: Path, tmp_path: Path) -> dict[str, str]:
    work = db.parent
    os.symlink(db, work / "link-to-case.pdf")
    os.link(db, work / "hard-link.json")
    os.symlink(work, tmp_path / "work-link")
    return {
        "the case file": str(db),
        "relative path": os.path.relpath(db),
        "dotted path": str(work / "sub" / ".." / db.name),
        "symbolic link": str(work / "link-to-case.pdf"),
        "linked folder": str(tmp_path / "work-link" / db.name),
        "hard link": str(work / "hard-link.json"),
        "-wal": f"{db}-wal",
        "-shm": f"{db}-shm",
        "-journal": f"{db}-journal",
        "key file": f"{db}.keys",  # passphrase recovery's wrapped keys (db/key_wrap.py)
        "upgrade copy": f"{db}.before-0004-20260101.bak",
        "backups folder": str(backups_folder(tmp_path) / "report.pdf"),
        "backups subfolder": str(next(backups_folder(tmp_path).iterdir()) / "new.db"),
    }


def test_every_output_command_refuses_every_protected_target(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (case.parent / "sub").mkdir()
    backup = next(backups_folder(tmp_path).rglob("*.db"))
    targets = protected_targets(case, tmp_path)
    before = snapshot(tmp_path)
    checked = 0
    for target_name, target in targets.items():
        for command, argv in commands(target, case, backup).items():
            code, out, err = run(*argv, "--db", str(case))
            where = f"{command} -o {target_name}"
            assert code == 2, f"{where}: exit {code}, {err!r}"
            assert err.count("\n") == 1 and err.startswith("caseapp: "), where
            assert "nothing was changed" in err and "Traceback" not in err, where
            assert out == "", where
            assert snapshot(tmp_path) == before, f"{where} changed a file"
            checked += 1
    assert checked == 13 * 13


def test_the_refusal_says_what_the_target_is(case: Path, tmp_path: Path) -> None:
    _, _, err = run("export", "-o", str(case), "--db", str(case))
    assert "is the open case file" in err
    _, _, err = run("export", "-o", f"{case}-wal", "--db", str(case))
    assert "beside the case file" in err
    _, _, err = run("export", "-o", f"{case}.keys", "--db", str(case))
    assert "is the key file of the case file" in err
    _, _, err = run("export", "-o", str(backups_folder(tmp_path) / "x.json"), "--db", str(case))
    assert "inside the backups folder" in err


def test_screenshots_refuse_the_backups_folder_and_a_case_file_of_the_same_name(
        tmp_path: Path) -> None:
    db = tmp_path / "captives.png"  # a case file named like one of the screenshots
    code, _, err = run("init", "--no-encrypt", "--db", str(db))
    assert code == 0, err
    before = snapshot(tmp_path)
    code, _, err = run("screenshots", "--out", str(tmp_path), "--db", str(db))
    assert code == 2 and "is the open case file" in err
    assert "the set of screenshots was not written and nothing was changed" in err, err
    code, _, err = run("screenshots", "--out", str(backups_folder(tmp_path) / "shots"),
                       "--db", str(db))
    assert code == 2 and "inside the backups folder" in err
    assert snapshot(tmp_path) == before


def test_an_ordinary_target_beside_the_case_file_is_written(case: Path) -> None:
    target = case.parent / "Case File.db.json"  # a name that only starts like the case file
    code, _, err = run("export", "-o", str(target), "--db", str(case))
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("encrypt", [False, True])
def test_new_case_files_are_readable_by_their_owner_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypt: bool) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "new.db"
    code, _, err = run("init", *([] if encrypt else ["--no-encrypt"]), "--db", str(db))
    assert code == 0, err
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    cf = open_case_file(Location(path=db), passphrase=PASSPHRASE if encrypt else None,
                        actor="t")
    try:
        cf.captives.create(names=["Owner Only"])
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db}{suffix}")
            if side.exists():
                assert stat.S_IMODE(side.stat().st_mode) == 0o600, suffix
    finally:
        cf.close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_no_output_replaces_a_pipe_or_a_folder(case: Path, tmp_path: Path) -> None:
    """A pipe (or a device, a socket) at the target is never replaced by a regular file nor
    written into (which would never end); a folder where a file goes is refused by name."""
    from caseapp.app import screenshot_names

    backup = next(backups_folder(tmp_path).rglob("*.db"))
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    shots = tmp_path / "shots"
    shots.mkdir()
    os.mkfifo(shots / screenshot_names()[0])
    for target, said in ((pipe, "is not a regular file"), (folder, "is a folder")):
        argvs = {**commands(str(target), case, backup),
                 "export-sheet": ["export-sheet", "--level", "internal", "-o", str(target)]}
        for command, argv in argvs.items():
            code, out, err = run(*argv, "--db", str(case))
            where = f"{command} -o {target.name}"
            assert code == 2, f"{where}: exit {code}, {err!r}"
            assert err.count("\n") == 1 and said in err and str(target) in err, where
            assert ".part" not in err and out == "", where
    code, _, err = run("screenshots", "--out", str(shots), "--db", str(case))
    assert code == 2 and "is not a regular file" in err
    assert stat.S_ISFIFO(pipe.stat().st_mode) and stat.S_ISFIFO(
        (shots / screenshot_names()[0]).stat().st_mode)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_dash_is_refused_not_written_as_a_file_named_dash(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """“-o -” reads elsewhere as the standard output: no command writes a file named “-”."""
    monkeypatch.chdir(tmp_path)
    backup = next(backups_folder(tmp_path).rglob("*.db"))
    argvs = {**commands("-", case, backup),
             "export-sheet": ["export-sheet", "--level", "internal", "-o", "-"]}
    for command, argv in argvs.items():
        code, out, err = run(*argv, "--db", str(case))
        assert code == 2, f"{command}: exit {code}, {err!r}"
        said = ("give a file name ending in one of them" if command == "export-sheet"
                else "not to the standard output")  # (the list names its kinds of file)
        assert err.count("\n") == 1 and said in err, command
        assert out == "" and not (tmp_path / "-").exists(), command


def test_no_output_makes_a_missing_folder(case: Path, tmp_path: Path) -> None:
    """A mistyped folder is never made: every command that writes a file (or a pack's
    folder) refuses a target in a folder that does not exist, naming that folder — exit 2,
    one line, nothing written anywhere (a confidential dossier must not land in a new
    folder nobody meant)."""
    backup = next(backups_folder(tmp_path).rglob("*.db"))
    missing = tmp_path / "Dosiers"
    before = snapshot(tmp_path)
    argvs = {**commands(str(missing / "sub" / "out.pdf"), case, backup),
             "export-sheet": ["export-sheet", "--level", "internal", "-o",
                              str(missing / "list.csv")],
             "filing echr": ["filing", "echr", "1", "-o", str(missing / "pack")],
             "filing rule39": ["filing", "rule39", "1", "-o", str(missing / "pack")],
             # a folder of pictures is made, as a pack's, but only inside one that is there
             "screenshots": ["screenshots", "--out", str(missing / "shots")]}
    for command, argv in argvs.items():
        code, out, err = run(*argv, "--db", str(case))
        assert code == 2, f"{command}: exit {code}, {err!r}"
        assert err.count("\n") == 1 and err.startswith("caseapp: "), command
        assert "does not exist" in err and str(missing) in err, f"{command}: {err!r}"
        assert "Traceback" not in err and out == "", command
        assert not missing.exists(), f"{command} made the folder"
        assert snapshot(tmp_path) == before, f"{command} changed a file"
    assert len(argvs) == 17
