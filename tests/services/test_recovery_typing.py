"""Shares typed as people type them: on the Armenian or Russian keyboard layout (the words
come out in other letters), with a Cyrillic letter that looks Latin, or copied with the
numbers the terminal shows before each word. A word not in Latin letters is named with its
place and what to do, in one line; the numbers are read past; never a wrong key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError
from caseapp.services import recovery
from caseapp.services.casefile import CaseFile, open_case_file

NEW = "walnut glacier tender orbit"
# The Armenian phonetic layout and the Russian ЙЦУКЕН one, key for key from QWERTY.
ARMENIAN = dict(zip("qwertyuiopasdfghjklzxcvbnm", "քոեռտըւիօպասդֆգհյկլզղցվբնմ", strict=True))
RUSSIAN = dict(zip("qwertyuiopasdfghjklzxcvbnm", "йцукенгшщзфывапролдячсмить", strict=True))


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)


@pytest.fixture
def with_recovery(encrypted_case_file: CaseFile) -> Iterator[tuple[Path, recovery.RecoveryShares]]:
    cf = encrypted_case_file
    shares = recovery.set_up(cf.db, shares=3, threshold=2)
    path = cf.db.path
    assert path is not None
    cf.close()
    yield path, shares


def _typed(share: str, layout: dict[str, str]) -> str:
    return "".join(layout.get(c, c) for c in share)


@pytest.mark.parametrize("layout", [ARMENIAN, RUSSIAN], ids=["armenian", "russian"])
def test_a_share_typed_on_another_keyboard_layout_is_named_with_what_to_do(
        with_recovery: tuple[Path, recovery.RecoveryShares], layout: dict[str, str]) -> None:
    path, shares = with_recovery
    keys_before = key_wrap.keys_path(path).read_bytes()
    with pytest.raises(CaseFileError) as refused:
        recovery.recover(path, [shares.words[0], _typed(shares.words[1], layout)], NEW)
    said = str(refused.value)
    assert refused.value.bad_input and "\n" not in said
    assert "Share 2" in said and "word 1" in said and "Latin letters" in said
    assert "keyboard" in said
    assert key_wrap.keys_path(path).read_bytes() == keys_before


def test_a_letter_that_only_looks_latin_is_named(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, shares = with_recovery
    words = shares.words[0].split()
    third = next(i for i, w in enumerate(words) if "a" in w and i > 0)
    words[third] = words[third].replace("a", "\u0430", 1)  # Cyrillic а
    with pytest.raises(CaseFileError) as refused:
        recovery.recover(path, [" ".join(words), shares.words[2]], NEW)
    said = str(refused.value)
    assert "Share 1" in said and f"word {third + 1}" in said and "Latin letters" in said


def test_a_share_copied_with_the_numbers_shown_before_its_words_opens(
        with_recovery: tuple[Path, recovery.RecoveryShares]) -> None:
    path, shares = with_recovery
    numbered = "  ".join(f"{n}. {w}" for n, w in enumerate(shares.words[2].split(), start=1))
    recovery.recover(path, [shares.words[0], numbered], NEW)
    open_case_file(Location(path=path), passphrase=NEW, actor="t").close()
