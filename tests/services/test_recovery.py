"""Passphrase recovery with SLIP-39 shares: any 3 of 5 open the file and set a new
passphrase, 2 do not, the passphrase alone still opens it, and nothing about the shares is
left on the disk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError
from caseapp.services import recovery
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.restore import restore
from tests.conftest import ENCRYPTED_PASSPHRASE

NEW = "walnut glacier tender orbit"
MARKER = "Ծովինար Մանուկյան"  # a captive's name written before recovery is set up


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt with 1 MiB instead of 128 MiB per wrap (the key file records the cost it
    was made with; ``test_the_key_file_holds_no_key_and_a_strong_cost`` keeps the real one)."""
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopen(path: Path, passphrase: str) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, actor="tester")


def names(cf: CaseFile) -> list[str]:
    return [c.primary_name for c in cf.captives.list()]


@pytest.fixture
def with_recovery(encrypted_case_file: CaseFile) -> Iterator[tuple[Path, recovery.RecoveryShares]]:
    cf = encrypted_case_file
    cf.captives.create(names=[MARKER])
    shares = recovery.set_up(cf.db, shares=5, threshold=3)
    path = cf.db.path
    assert path is not None
    cf.close()
    yield path, shares


def test_three_of_five_shares_set_a_new_passphrase(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, shares = with_recovery
    assert len(shares.words) == 5 and all(len(w.split()) == 20 for w in shares.words)
    # Shares 5, 2 and 4, in that order, typed in capitals with extra spaces and a line break.
    typed = [shares.words[4].upper(), "  " + shares.words[1].replace(" ", "   "),
             shares.words[3].replace(" ", "\n", 3)]
    recovery.recover(path, typed, NEW)
    cf = reopen(path, NEW)
    try:
        assert names(cf) == [MARKER]
    finally:
        cf.close()
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        reopen(path, ENCRYPTED_PASSPHRASE)
    recovery.recover(path, shares.words[:3], "second ferry lantern copper")  # any other three
    reopen(path, "second ferry lantern copper").close()


def test_two_shares_change_nothing(with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, shares = with_recovery
    before = (digest(path), digest(key_wrap.keys_path(path)))
    for given, expected in (
            ([shares.words[0], shares.words[3]], "2 different shares given"),
            ([shares.words[2]] * 3, "1 different share given"),  # one share typed three times
    ):
        with pytest.raises(CaseFileError) as caught:
            recovery.recover(path, given, NEW)
        assert str(caught.value) == f"{expected}; this file needs 3 of its 5. Nothing was changed."
        assert caught.value.bad_input
    assert (digest(path), digest(key_wrap.keys_path(path))) == before
    reopen(path, ENCRYPTED_PASSPHRASE).close()


def test_the_passphrase_alone_still_opens_the_file_and_only_with_its_key_file(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, _ = with_recovery
    cf = reopen(path, ENCRYPTED_PASSPHRASE)
    try:
        assert names(cf) == [MARKER]
    finally:
        cf.close()
    # The file itself is keyed with the data key now, not with the passphrase.
    assert not key_wrap.opens_with(path, ENCRYPTED_PASSPHRASE)
    key_wrap.keys_path(path).rename(path.with_name("elsewhere.keys"))
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        reopen(path, ENCRYPTED_PASSPHRASE)


def test_a_changed_passphrase_keeps_recovery_working(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, shares = with_recovery
    cf = reopen(path, ENCRYPTED_PASSPHRASE)
    try:
        with pytest.raises(CaseFileError, match="current passphrase is wrong"):
            cf.change_passphrase("not the passphrase at all", "orchid tunnel maple drum")
        file_before = digest(path)
        cf.change_passphrase(ENCRYPTED_PASSPHRASE, "orchid tunnel maple drum")
        assert digest(path) == file_before  # only the key file was written again
        assert names(cf) == [MARKER]  # still open and usable
    finally:
        cf.close()
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        reopen(path, ENCRYPTED_PASSPHRASE)
    reopen(path, "orchid tunnel maple drum").close()
    recovery.recover(path, [shares.words[0], shares.words[2], shares.words[4]], NEW)
    reopen(path, NEW).close()


@pytest.mark.parametrize(("spoil", "expected"), [
    (lambda w: w.replace(w.split()[6], "zebraword", 1),
     "Share 2 cannot be read: one of its words is not a SLIP-39 word (mistyped?). Nothing was "
     "changed. The share check said: “Invalid mnemonic word 'zebraword'”"),
    (lambda w: " ".join(w.split()[:-1]) + (" academic" if w.split()[-1] != "academic" else " acid"),
     "Share 2 cannot be read: a word is mistyped or missing (its checksum does not match). "
     "Nothing was changed."),
    (lambda w: " ".join(w.split()[:12]),
     "Share 2 cannot be read: it is not a complete SLIP-39 share"),
    (lambda w: "", "Share 2 cannot be read: it is not a complete SLIP-39 share"),
])
def test_garbled_words_are_one_line_naming_the_share(
        with_recovery: tuple[Path, recovery.RecoveryShares], spoil, expected: str) -> None:
    path, shares = with_recovery
    before = digest(key_wrap.keys_path(path))
    with pytest.raises(CaseFileError) as caught:
        recovery.recover(path, [shares.words[0], spoil(shares.words[1]), shares.words[2]], NEW)
    assert str(caught.value).startswith(expected) and "\n" not in str(caught.value)
    assert digest(key_wrap.keys_path(path)) == before


def test_setting_up_again_replaces_the_shares(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, old = with_recovery
    cf = reopen(path, ENCRYPTED_PASSPHRASE)
    try:
        new = recovery.set_up(cf.db, shares=3, threshold=2)
        assert names(cf) == [MARKER]
    finally:
        cf.close()
    assert recovery.status(path) == recovery.RecoveryStatus(2, 3, new.identifier)
    with pytest.raises(CaseFileError, match="Share 1 belongs to another recovery set"):
        recovery.recover(path, old.words[:3], NEW)
    recovery.recover(path, [new.words[2], new.words[0]], NEW)
    reopen(path, NEW).close()


def test_backups_keep_their_key_file_and_restore_with_the_passphrase(
        with_recovery: tuple[Path, recovery.RecoveryShares], tmp_path: Path) -> None:
    path, shares = with_recovery
    cf = reopen(path, ENCRYPTED_PASSPHRASE)
    try:
        cf.backup_to(tmp_path / "copy.db")
    finally:
        cf.close()
    assert key_wrap.has_keys(tmp_path / "copy.db")
    restore(tmp_path / "copy.db", tmp_path / "restored.db", passphrase=ENCRYPTED_PASSPHRASE)
    restored = reopen(tmp_path / "restored.db", ENCRYPTED_PASSPHRASE)
    try:
        assert names(restored) == [MARKER]
    finally:
        restored.close()
    recovery.recover(tmp_path / "restored.db", shares.words[2:], NEW)  # the shares open it too
    reopen(tmp_path / "restored.db", NEW).close()


def test_the_shares_are_never_written_to_the_disk(
        with_recovery: tuple[Path, recovery.RecoveryShares], tmp_path: Path) -> None:
    path, shares = with_recovery
    recovery.recover(path, shares.words[:3], NEW)
    every_file = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    for share in shares.words:
        assert share.encode() not in every_file
        assert " ".join(share.split()[:4]).encode() not in every_file


def test_the_key_file_holds_no_key_and_a_strong_cost(encrypted_case_file: CaseFile,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 17)  # the real cost, once
    db = encrypted_case_file.db
    recovery.set_up(db, shares=2, threshold=2)
    assert db.path is not None and db.passphrase is not None
    data = json.loads(key_wrap.keys_path(db.path).read_text(encoding="utf-8"))
    assert data["passphrase"]["n"] == 131072 and data["passphrase"]["r"] == 8  # 128 MiB a guess
    assert data["recovery"]["threshold"] == 2 and data["recovery"]["shares"] == 2
    text = key_wrap.keys_path(db.path).read_text(encoding="utf-8")
    data_key_hex = db.passphrase[2:-1]  # the open file's raw key x'…'
    assert data_key_hex.lower() not in text.lower() and ENCRYPTED_PASSPHRASE not in text
    assert key_wrap.keys_path(db.path).stat().st_mode & 0o077 == 0


def test_recovery_needs_an_encrypted_file_and_sensible_counts(case_file: CaseFile,
                                                              encrypted_case_file: CaseFile) -> None:
    with pytest.raises(CaseFileError, match="is not encrypted: recovery shares are for a case file with a passphrase"):
        recovery.set_up(case_file.db, shares=5, threshold=3)
    for shares, threshold in ((5, 1), (3, 4), (17, 3), (0, 0)):
        with pytest.raises(CaseFileError, match=f"given: {threshold} of {shares}"):
            recovery.set_up(encrypted_case_file.db, shares=shares, threshold=threshold)
    assert encrypted_case_file.db.path is not None
    assert not key_wrap.has_keys(encrypted_case_file.db.path)


def test_a_damaged_key_file_is_one_line(with_recovery: tuple[Path, recovery.RecoveryShares]
                                        ) -> None:
    path, shares = with_recovery
    key_wrap.keys_path(path).write_text('{"format": "caseapp-keys", "format_version": 1}')
    with pytest.raises(CaseFileError, match=r"The key file .*case\.db\.keys|secret\.db\.keys"):
        reopen(path, ENCRYPTED_PASSPHRASE)
    with pytest.raises(CaseFileError, match="is damaged or is not CaseApp's"):
        recovery.recover(path, shares.words[:3], NEW)


def test_a_set_up_stopped_before_the_re_key_leaves_the_passphrase_working(
        encrypted_case_file: CaseFile) -> None:
    """The key file is written first; a crash before the re-keyed copy is renamed into place
    leaves a file still keyed with the passphrase beside a key file whose data key does not
    open it. The passphrase must still open it."""
    cf = encrypted_case_file
    cf.captives.create(names=[MARKER])
    path = cf.db.path
    assert path is not None
    data_key = key_wrap.new_data_key()
    key_wrap.write_keys(path, key_wrap.KeyFile(
        key_wrap.wrap_with_passphrase(data_key, ENCRYPTED_PASSPHRASE),
        key_wrap.wrap_with_recovery(data_key, bytes(16), identifier=1, threshold=2, shares=3)))
    cf.close()
    again = reopen(path, ENCRYPTED_PASSPHRASE)
    try:
        assert names(again) == [MARKER] and again.db.passphrase == ENCRYPTED_PASSPHRASE
    finally:
        again.close()


def _before_the_quote(said: str, opening: str) -> str:
    """The sentence said before the quoted words of a library or tool (which stay as they
    are), asserting it is there and holds no English word."""
    import re

    sentence, quoted, words = said.partition(opening)
    assert quoted and words, said
    assert not re.findall(r"[A-Za-z]{3,}", sentence.replace("SLIP-39", "")), said
    return sentence


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("spoil", [
    lambda w: w.replace(w.split()[6], "zebraword", 1),
    lambda w: " ".join(w.split()[:12]),
])
def test_a_garbled_share_is_said_in_her_language_the_checks_words_only_quoted(
        with_recovery: tuple[Path, recovery.RecoveryShares], lang: str, spoil) -> None:
    """A Russian- or Armenian-speaking lawyer reads what is wrong and that nothing changed
    in her language; the SLIP-39 library's English words come after it, in quotes."""
    from caseapp.domain.messages import text_of

    path, shares = with_recovery
    with pytest.raises(CaseFileError) as caught:
        recovery.recover(path, [shares.words[0], spoil(shares.words[1]), shares.words[2]], NEW)
    said = text_of(caught.value.message, lang)
    _before_the_quote(said, "«")
    assert said.endswith("»") and ("zebraword" in said or "length" in said.lower()), said


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_shares_that_do_not_fit_together_are_said_in_her_language(
        with_recovery: tuple[Path, recovery.RecoveryShares], lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import shamir_mnemonic

    from caseapp.domain.messages import text_of

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise shamir_mnemonic.MnemonicError("Invalid set of shares. Group threshold mismatch.")

    path, shares = with_recovery
    monkeypatch.setattr(shamir_mnemonic, "combine_mnemonics", refuse)
    with pytest.raises(CaseFileError) as caught:
        recovery.recover(path, shares.words[:3], NEW)
    said = text_of(caught.value.message, lang)
    _before_the_quote(said, "«")
    assert said.endswith("«Invalid set of shares. Group threshold mismatch»"), said
