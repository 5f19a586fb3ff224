"""Hostile text in the options of the command line, found by a sweep of every command: one
line naming what is wrong, exit 2, the case file unchanged, never "an unexpected error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run

SHEET = Path(__file__).parents[2] / "docs" / "examples" / "captives-list.csv"


@pytest.fixture
def case_file_path(case_file: CaseFile) -> Path:
    """An empty case file, closed (the commands open it themselves)."""
    path = case_file.db.path
    case_file.close()
    return path


def test_an_encoding_name_holding_a_nul_is_not_an_encoding(case_file_path: Path) -> None:
    before = digest(case_file_path)
    for name in ("utf\x00-8", "a\x00b"):
        code, out, err = run("import-sheet", str(SHEET), "--dry-run", "--encoding", name,
                             "--db", str(case_file_path))
        assert (code, out) == (2, ""), err
        assert one_line(err) and "is not an encoding" in err, err
    assert digest(case_file_path) == before


def test_recovery_status_of_a_plain_file_says_it_is_not_encrypted(case_file_path: Path) -> None:
    """"If its passphrase is lost, nobody can open it" made a lawyer believe a plain case
    file, readable by whoever copies it at a border, was encrypted."""
    code, out, err = run("recovery", "status", "--db", str(case_file_path))
    assert (code, err) == (0, "")
    assert "is not encrypted" in out and "passphrase is lost" not in out, out


def test_recovery_status_of_what_is_no_case_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty.db").write_bytes(b"")
    (tmp_path / "notes.db").write_text("my notes\n")
    (tmp_path / "cut.db").write_bytes(b"\x93" * 1000)
    (tmp_path / "folder.db").mkdir()
    for name, said in (("empty.db", "empty file"), ("notes.db", "text file"),
                       ("cut.db", "not a whole number of database pages"),
                       ("folder.db", "is a folder")):
        code, out, err = run("recovery", "status", "--db", str(tmp_path / name))
        assert (code, out) == (2, "") and one_line(err) and said in err, (name, out, err)


def test_restoring_what_is_no_backup_says_so_without_asking_a_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random bytes cut to no whole page were called "encrypted: set CASEAPP_PASSPHRASE",
    sending the lawyer to look for a passphrase; with one, the same file was "not a case
    file". It is that in both cases."""
    monkeypatch.delenv("CASEAPP_PASSPHRASE", raising=False)
    junk = tmp_path / "backup.db"
    junk.write_bytes(bytes(range(256)) * 390 + b"\x01" * 100)
    (tmp_path / "notes.db").write_text("not a backup\n")
    for name in ("backup.db", "notes.db"):
        code, out, err = run("restore", str(tmp_path / name), "--to", str(tmp_path / "new.db"),
                             "--db", str(tmp_path / "case.db"))
        assert (code, out) == (2, "") and one_line(err), err
        assert "CASEAPP_PASSPHRASE" not in err and ("not a case file" in err or "text file" in err), err
    assert not (tmp_path / "new.db").exists()


def test_ctrl_c_at_the_start_is_one_line_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch, case_file_path: Path) -> None:
    """Ctrl+C in the first second (the modules loading, the arguments read) printed
    Python's 30-line KeyboardInterrupt traceback: it is the command's own line, exit 130."""
    import io

    import caseapp.cli
    from caseapp.cli import entry

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    before = digest(case_file_path)
    for target in ("build_parser", "main"):
        with monkeypatch.context() as m:
            m.setattr(entry, target, interrupted)
            out, err = io.StringIO(), io.StringIO()
            code = caseapp.cli.main(["captives", "list", "--db", str(case_file_path)],
                                     out=out, err=err)
        assert (code, out.getvalue()) == (130, ""), target
        assert one_line(err.getvalue()) and "interrupted" in err.getvalue(), err.getvalue()
    assert digest(case_file_path) == before


def test_an_output_that_takes_no_armenian_letters_gets_them_as_codes(tmp_path: Path) -> None:
    """Standard output in latin-1 or cp1251 (a Russian Windows' redirect to a file, a
    PYTHONIOENCODING of a scheduled job): an Armenian name stopped the listing with "an
    unexpected error (UnicodeEncodeError)", exit 1, the list cut short. The name is written
    as codes, the rest as it is, and one line says why and what to set."""
    import io

    from caseapp.cli import main
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), actor="t", create=True, passphrase=None)
    try:
        cf.captives.create(names=["Արամ Սարգսյան"])
        cf.captives.create(names=["Ivan Petrov"])
    finally:
        cf.close()
    for encoding in ("latin-1", "cp1251", "ascii"):
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
        err = io.StringIO()
        code = main(["captives", "list", "--db", str(path)], out=out, err=err)
        out.flush()
        written = raw.getvalue().decode(encoding)
        assert code == 0, err.getvalue()
        assert "\\u0531" in written and "Ivan Petrov" in written, written
        assert one_line(err.getvalue()) and "PYTHONIOENCODING" in err.getvalue(), err.getvalue()


def test_recovery_unlock_of_a_plain_file_is_refused_in_one_line(case_file_path: Path) -> None:
    before = digest(case_file_path)
    code, out, err = run("recovery", "unlock", "--db", str(case_file_path))
    assert (code, out) == (2, "") and one_line(err) and "no passphrase recovery" in err, err
    assert digest(case_file_path) == before


def test_a_closed_standard_input_is_no_terminal(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, case_file_path: Path) -> None:
    """Run with standard input closed (`caseapp … <&-`, a job started without one), Python
    has no sys.stdin: every command that would ask on the terminal stopped with "an
    unexpected error (AttributeError …)", exit 1. It says what to set, as with no terminal."""
    for name in ("CASEAPP_PASSPHRASE", "CASEAPP_NEW_PASSPHRASE", "CASEAPP_TOTP_CODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", None)
    encrypted = tmp_path / "enc.db"
    encrypted.write_bytes(b"\x93" * 4096)  # no header: what an encrypted file looks like
    before = digest(case_file_path)
    for argv in (["init", "--db", str(tmp_path / "new.db")],
                 ["encrypt", "--db", str(case_file_path)],
                 ["captives", "list", "--db", str(encrypted)],
                 ["import-sheet", str(SHEET), "--db", str(case_file_path)]):
        code, _, err = run(*argv)
        assert code == 2 and one_line(err), (argv[0], code, err)
        assert "unexpected" not in err
    assert digest(case_file_path) == before
    assert not (tmp_path / "new.db").exists()


def test_a_closed_standard_output_or_error_loses_only_what_was_to_be_said_there(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, case_file_path: Path) -> None:
    """`caseapp export -o FILE >&-` wrote the export, then stopped with "an unexpected error
    (AttributeError)", exit 1, as if it had failed; `caseapp --version >&-` printed a
    traceback. With no standard output (or error), what was to be printed there is dropped,
    as Python's print() drops it, and the exit code is the command's own."""
    from caseapp.cli import main

    target = tmp_path / "x.json"
    monkeypatch.setattr("sys.stdout", None)
    assert main(["export", "-o", str(target), "--db", str(case_file_path)]) == 0
    assert target.stat().st_size > 0
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    monkeypatch.setattr("sys.stderr", None)
    assert main(["captives", "show", "999", "--db", str(case_file_path)]) == 2


def test_recovery_shares_are_never_made_for_a_closed_standard_output(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Shares shown nowhere would be lost, and the earlier ones no longer open the file."""
    from caseapp.cli import main

    path = tmp_path / "enc.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "correct-horse-battery-9")
    assert run("init", "--db", str(path))[0] == 0
    before = digest(path)
    monkeypatch.setattr("sys.stdout", None)
    assert main(["recovery", "setup", "--shares", "3", "--threshold", "2", "--db", str(path)]) == 2
    assert digest(path) == before and not Path(f"{path}.keys").exists()


def test_a_level_given_twice_differently_is_refused(tmp_path: Path, demo_copy: Path) -> None:
    """`dossier 1 --level public … --level internal` (a line edited, an alias adding its own)
    printed the internal dossier, the last of the two taken without a word: an option
    given twice with two values is refused, naming both; nothing written."""
    before = digest(demo_copy)
    for argv in (["dossier", "1", "--level", "public", "-o", str(tmp_path / "d.pdf"),
                  "--level", "internal"],
                 ["report", "--level=public", "--level=internal", "-o", str(tmp_path / "r.pdf")],
                 ["export-sheet", "--level", "shareable", "--level", "internal",
                  "-o", str(tmp_path / "s.csv")],
                 ["captives", "list", "--status", "released", "--status", "held"]):
        code, out, err = run(*argv, "--db", str(demo_copy))
        assert (code, out) == (2, ""), (argv[0], err)
        assert one_line(err) and "twice" in err, err
    assert digest(demo_copy) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]
    # the same value twice says the same thing: taken
    code, _, err = run("report", "--level", "public", "--level", "public",
                       "-o", str(tmp_path / "r.pdf"), "--db", str(demo_copy))
    assert code == 0, err


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx", "list.ods", "map.toml"])
def test_a_named_pipe_is_not_read_as_a_spreadsheet(case_file_path: Path, tmp_path: Path,
                                                   name: str) -> None:
    """`import-sheet` of a named pipe (a FIFO nobody writes to), or with one as --mapping,
    waited for ever, as `import` did once: it is refused in one line, as `import` refuses it."""
    import os
    import threading

    pipe = tmp_path / name
    os.mkfifo(pipe)
    argv = (["import-sheet", str(SHEET), "--mapping", str(pipe)] if name.endswith(".toml") else
            ["import-sheet", str(pipe)])
    result: list[tuple[int, str, str]] = []
    worker = threading.Thread(target=lambda: result.append(run(
        *argv, "--dry-run", "--db", str(case_file_path))), daemon=True)
    worker.start()
    worker.join(10)
    if not result:  # let the reader go: open the pipe's other end and close it
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
        pytest.fail("import-sheet waited on the pipe")
    code, out, err = result[0]
    assert (code, out) == (2, "") and one_line(err) and "pipe" in err, err


def test_a_number_with_an_underscore_is_no_record_id(demo_copy: Path, tmp_path: Path) -> None:
    """Python reads "1_0" as 10: `dossier 1_0` printed captive 10's dossier, `merge 1 1_0`
    named captive 10. A number is written with the digits 0 to 9 only (as the rules'
    parameters already say)."""
    for argv in (["captives", "show", "1_0"], ["dossier", "1_0", "--level", "internal",
                                               "-o", str(tmp_path / "d.pdf")],
                 ["merge", "1", "1_0", "--dry-run"], ["deadlines", "--within", "3_0"]):
        code, out, err = run(*argv, "--db", str(demo_copy))
        assert (code, out) == (2, "") and one_line(err) and "_" in err, (argv[0], err)
    assert not (tmp_path / "d.pdf").exists()


def test_a_mapping_path_through_a_file_is_refused_before_the_import(
        case_file_path: Path, tmp_path: Path) -> None:
    """`--save-mapping notes.txt/list.toml` (a file where a folder should be): the captives
    were imported, then "the mapping could not be saved", exit 2, so a script ran the import
    again and every captive was there twice. It is refused before anything is imported."""
    (tmp_path / "notes.txt").write_text("x")
    before = digest(case_file_path)
    for target in ("notes.txt/list.toml", "notes.txt/sub/list.toml"):
        code, out, err = run("import-sheet", str(SHEET), "--on-duplicate", "create",
                             "--save-mapping", str(tmp_path / target),
                             "--db", str(case_file_path))
        assert (code, out) == (2, "") and one_line(err) and "not a folder" in err, err
        assert "imported" not in err
    assert digest(case_file_path) == before
