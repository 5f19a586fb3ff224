"""A passphrase typed with the same letters in another Unicode form opens the file.

"й", "ё", "é" can each be typed as one character or as a letter and its accent (a macOS
keyboard, a password manager, a paste from a document): the same passphrase to the lawyer,
other bytes to the key derivation. A file made on one computer must open on the next one
she crosses a border with, whichever form that keyboard gives; a wrong passphrase is still
refused, and nothing is written either way."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.domain.errors import WrongPassphrase
from caseapp.services import recovery
from caseapp.services.casefile import open_case_file
from caseapp.services.restore import restore
from caseapp.services.security import change_passphrase

TYPED = "Ёжик в тумане, café 2026 — йод"
COMPOSED, DECOMPOSED = unicodedata.normalize("NFC", TYPED), unicodedata.normalize("NFD", TYPED)
MARKER = "Նարեկ Մելքոնյան"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def made_with(path: Path, passphrase: str) -> Path:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t")
    cf.captives.create(names=[MARKER])
    cf.close()
    return path


@pytest.mark.parametrize(("made", "typed"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)],
                         ids=["made-composed", "made-decomposed"])
def test_the_other_form_opens_the_file(tmp_path: Path, made: str, typed: str) -> None:
    assert made != typed
    path = made_with(tmp_path / "case.db", made)
    cf = open_case_file(Location(path=path), passphrase=typed, actor="t")
    try:
        assert [c.primary_name for c in cf.captives.list()] == [MARKER]
    finally:
        cf.close()


def test_a_wrong_passphrase_is_still_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = made_with(tmp_path / "case.db", COMPOSED)
    before = digest(path)
    for wrong in (COMPOSED.replace("й", "и"), COMPOSED.upper(), "Ежик в тумане, cafe 2026 — иод"):
        with pytest.raises(WrongPassphrase):
            open_case_file(Location(path=path), passphrase=wrong, actor="t")
    assert digest(path) == before


def test_the_other_form_opens_a_file_with_recovery_set_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)  # (a quick wrap; the cost is tested elsewhere)
    path = made_with(tmp_path / "case.db", DECOMPOSED)
    cf = open_case_file(Location(path=path), passphrase=DECOMPOSED, actor="t")
    recovery.set_up(cf.db, shares=3, threshold=2)
    cf.close()
    cf = open_case_file(Location(path=path), passphrase=COMPOSED, actor="t")
    try:
        assert [c.primary_name for c in cf.captives.list()] == [MARKER]
    finally:
        cf.close()


def test_the_current_passphrase_in_the_other_form_allows_a_change(tmp_path: Path) -> None:
    path = made_with(tmp_path / "case.db", COMPOSED)
    cf = open_case_file(Location(path=path), passphrase=COMPOSED, actor="t")
    try:
        change_passphrase(cf.db, DECOMPOSED, "walnut glacier tender orbit 77",
                          "walnut glacier tender orbit 77")
    finally:
        cf.close()
    cf = open_case_file(Location(path=path), passphrase="walnut glacier tender orbit 77",
                        actor="t")
    cf.close()


def test_a_backup_restores_with_the_other_form(tmp_path: Path) -> None:
    path = made_with(tmp_path / "case.db", DECOMPOSED)
    cf = open_case_file(Location(path=path), passphrase=DECOMPOSED, actor="t")
    try:
        made = cf.backups.backup_now()
    finally:
        cf.close()
    restored = tmp_path / "restored.db"
    restore(made.path, restored, passphrase=COMPOSED)
    cf = open_case_file(Location(path=restored), passphrase=DECOMPOSED, actor="t")
    try:
        assert [c.primary_name for c in cf.captives.list()] == [MARKER]
    finally:
        cf.close()


def test_one_wrong_passphrase_counts_once_however_many_forms_were_tried(tmp_path: Path) -> None:
    from caseapp.db.opening import UnlockThrottle, open_sqlite

    path = made_with(tmp_path / "case.db", COMPOSED)
    waits: list[float] = []
    throttle = UnlockThrottle(waits.append, free=0)
    wrong = COMPOSED.replace("café", "cafè")  # typed decomposed: tried as typed, then composed
    assert len(key_wrap.typed_forms(unicodedata.normalize("NFD", wrong))) == 2
    with pytest.raises(WrongPassphrase):
        open_sqlite(path, passphrase=unicodedata.normalize("NFD", wrong), throttle=throttle)
    assert throttle.failures(path) == 1 and waits == [1.0]
    open_sqlite(path, passphrase=DECOMPOSED, throttle=throttle).close()
    assert throttle.failures(path) == 0  # the right one, in its other form, starts again
