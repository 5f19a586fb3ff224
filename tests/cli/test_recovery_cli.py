"""``caseapp recovery setup|status|unlock``: shares shown, never saved; read from the terminal,
never from the command line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.services.casefile import open_case_file

PASS = "granite lantern orchard seven"
NEW = "copper heron midnight ferry"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)  # see tests/services/test_recovery.py


def run(*argv: str, out: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = out or io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def encrypted_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "case.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    assert run("init", "--db", str(path))[0] == 0
    cf = open_case_file(Location(path=path), passphrase=PASS, actor="tester")
    try:
        cf.captives.create(names=["Armen Vardanyan"])
    finally:
        cf.close()
    return path


def shares_in(text: str) -> list[str]:
    """The word lists as printed: numbered words, five to a row, one block per share."""
    blocks = text.split("Share ")[1:]
    return [" ".join(re.findall(r"\d+\. ([a-z]+)", block)) for block in blocks]


def test_setup_then_three_shares_typed_in_unlock(encrypted_db: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run("recovery", "setup", "--shares", "5", "--threshold", "3",
                         "--db", str(encrypted_db))
    assert code == 0, err
    shares = shares_in(out)
    assert len(shares) == 5 and all(len(s.split()) == 20 for s in shares)
    assert "any 3 of these 5 shares" in out
    code, out, _ = run("recovery", "status", "--db", str(encrypted_db))
    assert code == 0 and "any 3 of its 5 shares" in out
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{shares[4]}\n\n{shares[0]}\n{shares[2]}\n"))
    code, out, err = run("recovery", "unlock", "--db", str(encrypted_db))
    assert code == 0, err
    assert "has a new passphrase" in out
    monkeypatch.setenv("CASEAPP_PASSPHRASE", NEW)
    code, out, _ = run("captives", "list", "--db", str(encrypted_db))
    assert code == 0 and "Vardanyan" in out
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    code, _, err = run("captives", "list", "--db", str(encrypted_db))
    assert code == 2 and "passphrase is wrong" in err


def test_two_shares_are_one_line_and_exit_2(encrypted_db: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run("recovery", "setup", "--shares", "5", "--threshold", "3",
                    "--db", str(encrypted_db))
    shares = shares_in(out)
    before = key_wrap.keys_path(encrypted_db).read_bytes()
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{shares[1]}\n{shares[3]}\n"))
    code, _, err = run("recovery", "unlock", "--db", str(encrypted_db))
    assert code == 2
    assert err == f"caseapp: 2 shares given; {encrypted_db} needs 3 of its 5. Nothing was changed.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(
        f"{shares[1]}\n{shares[3].replace(shares[3].split()[5], 'qwerty')}\n{shares[0]}\n"))
    code, _, err = run("recovery", "unlock", "--db", str(encrypted_db))
    assert code == 2 and err.count("\n") == 1
    assert "Share 2 cannot be read: one of its words is not a SLIP-39 word (mistyped?). Nothing " \
           "was changed. The share check said: “Invalid mnemonic word 'qwerty'”" in err
    assert key_wrap.keys_path(encrypted_db).read_bytes() == before
    code, out, _ = run("captives", "list", "--db", str(encrypted_db))  # the old one still opens
    assert code == 0 and "Vardanyan" in out


def test_shares_are_not_written_through_a_redirect(encrypted_db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    err = io.StringIO()
    code = main(["recovery", "setup", "--shares", "3", "--threshold", "2", "--db",
                 str(encrypted_db)], err=err)  # the real stdout: captured, not a terminal
    assert code == 2 and "shown on a terminal only" in err.getvalue()
    assert capsys.readouterr().out == ""
    assert not key_wrap.has_keys(encrypted_db)


def test_qr_codes_carry_the_words(encrypted_db: Path) -> None:
    code, out, _ = run("recovery", "setup", "--shares", "2", "--threshold", "2", "--qr",
                       "--db", str(encrypted_db))
    assert code == 0 and out.count("\u2580") + out.count("\u2584") + out.count("\u2588") > 100


def test_unlock_without_recovery_set_up(encrypted_db: Path) -> None:
    code, _, err = run("recovery", "unlock", "--db", str(encrypted_db))
    assert code == 2 and "has no passphrase recovery set up" in err
    code, out, _ = run("recovery", "status", "--db", str(encrypted_db))
    assert code == 0 and "nobody can open it" in out


def test_setup_on_an_unencrypted_file_names_the_command_that_encrypts_it(tmp_path: Path) -> None:
    """The service says the file is not encrypted (the window names its own menu item); the
    command line adds its command, in the same one line."""
    path = tmp_path / "plain.db"
    assert run("init", "--no-encrypt", "--db", str(path))[0] == 0
    code, out, err = run("recovery", "setup", "--shares", "3", "--threshold", "2",
                         "--db", str(path))
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1, err
    assert f"{path} is not encrypted" in err and "“caseapp encrypt”" in err, err
    assert not key_wrap.has_keys(path)


def test_a_share_given_twice_is_said_and_another_asked_for(
        encrypted_db: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """A colleague's share typed twice (the second time in capitals, with its words' numbers)
    ended the attempt one share short; it is said, and the next line read as another."""
    _, out, _ = run("recovery", "setup", "--shares", "5", "--threshold", "3",
                    "--db", str(encrypted_db))
    shares = shares_in(out)
    numbered = " ".join(f"{k}. {w.upper()}" for k, w in enumerate(shares[1].split(), start=1))
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    monkeypatch.setattr("sys.stdin", io.StringIO(
        f"{shares[1]}\n{numbered}\n{shares[3]}\n{shares[0]}\n"))
    code, out, err = run("recovery", "unlock", "--db", str(encrypted_db))
    assert code == 0, err
    assert "That is share 1 again: give another one." in capsys.readouterr().err
    assert "has a new passphrase" in out
