"""The strength meter's advice on a weak passphrase is in the lawyer's language: zxcvbn's own
advice is English only, and a Russian or Armenian lawyer choosing the passphrase of her first
case file read "This is similar to a commonly used password. Add another word or two." under
«Надёжность: слабая (недостаточно)»."""

from __future__ import annotations

import ast
import inspect
import re

import pytest
import zxcvbn.feedback

from caseapp.domain import messages
from caseapp.domain.errors import ValidationError
from caseapp.domain.passphrase import check_new_passphrase, estimate_strength
from caseapp.domain.passphrase_advice import ADVICE

# Weak passphrases of 12 characters or more, each set off a different piece of zxcvbn's advice.
WEAK = ("qwertyuiop12", "password1234", "aaaaaaaaaaaa", "abcdefghijkl", "Passw0rd2024",
        "abcabcabcabc", "17.05.1990.17", "drowssapdrowssap", "JOHNSMITHJOHN")


def english_words(text: str) -> list[str]:
    """The English words of ``text``, leaving out the examples it quotes («abc»)."""
    return re.findall(r"[A-Za-z]{3,}", re.sub(r"«[^»]*»", "", text))


@pytest.fixture(params=["ru", "hy"])
def language(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    before = messages.current_language()
    messages.set_language(request.param)
    yield request.param
    messages.set_language(before)


@pytest.mark.parametrize("passphrase", WEAK)
def test_the_advice_on_a_weak_passphrase_has_no_english_word(language: str, passphrase: str) -> None:
    strength = estimate_strength(passphrase)
    assert not strength.acceptable
    assert strength.reason
    assert not english_words(strength.reason), strength.reason


def test_the_refusal_of_a_weak_passphrase_is_in_the_language(language: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_new_passphrase("qwertyuiop12", "qwertyuiop12")
    assert not english_words(str(refused.value)), str(refused.value)


def test_english_keeps_zxcvbn_advice() -> None:
    assert "common" in estimate_strength("password1234").reason


def test_every_piece_of_zxcvbn_advice_has_its_message() -> None:
    """A zxcvbn that adds advice fails here, rather than showing it in English."""
    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    said = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_" and isinstance(node.args[0], ast.Constant)}
    assert said, "zxcvbn's advice is no longer marked with _(): read it another way"
    assert said == set(ADVICE)
