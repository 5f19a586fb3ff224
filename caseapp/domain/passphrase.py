"""What makes a passphrase good enough to protect a case file.

The strength estimate is zxcvbn's (dictionaries, keyboard patterns, repeats, dates), which
judges "correct horse battery staple" strong and "Password2024!" weak, as a person would.
A new passphrase must have at least :data:`MIN_LENGTH` characters and a score of at
least :data:`MIN_SCORE`; nothing here stores or logs a passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.passphrase_advice import advice_text

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 0 too guessable … 3 safe against an offline attack on a stolen file
_MAX_ESTIMATED = 72  # zxcvbn refuses longer input; a longer passphrase is not weaker

LABELS = (msg("very weak"), msg("weak"), msg("fair"), msg("strong"), msg("very strong"))


@dataclass(frozen=True)
class Strength:
    """How hard a passphrase is to guess: ``score`` 0–4, a label and a short reason (both in
    the language messages were shown in when it was estimated)."""

    score: int
    label: str
    reason: str
    acceptable: bool


def estimate_strength(passphrase: str) -> Strength:
    """The strength of ``passphrase`` and, when it falls short, what to do about it."""
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, str(LABELS[0]), str(msg(
            "Use at least {length} characters; several unrelated words are easy to remember and "
            "hard to guess.", length=MIN_LENGTH)), False)
    from zxcvbn import zxcvbn  # here: its dictionaries cost every start a fifth of a second

    result = zxcvbn(passphrase[:_MAX_ESTIMATED])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    said = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    if score >= MIN_SCORE:
        reason = str(msg("Good: hard to guess.") if score >= 4
                     else msg("Acceptable; a longer passphrase is safer."))
    else:  # zxcvbn's own advice, in the current language (it speaks English only)
        advice = (advice_text(text) for text in said if text.strip())
        reason = " ".join(text for text in advice if text) or \
            str(msg("Easy to guess: add more unrelated words."))
    return Strength(score, str(LABELS[score]), reason, score >= MIN_SCORE)


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> Strength:
    """Raise :class:`ValidationError` unless ``passphrase`` may protect a case file."""
    if repeat is not None and repeat != passphrase:
        raise ValidationError(msg("The two passphrases differ; type the same passphrase twice."),
                              field="passphrase")
    strength = estimate_strength(passphrase)
    if not strength.acceptable:
        raise ValidationError(msg("This passphrase is {strength}. {reason}",
                                  strength=strength.label, reason=strength.reason),
                              field="passphrase")
    return strength
