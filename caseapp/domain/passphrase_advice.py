"""zxcvbn's advice on a weak passphrase in the lawyer's language.

zxcvbn says why a passphrase is easy to guess in English only (its texts are marked for
gettext, but in no catalogue CaseApp ships). Each of its texts is a message here, keyed by
zxcvbn's English, so the strength meter and the refusal of a weak passphrase speak the
language of the window and of the command line. A text of a later zxcvbn not listed here is
left out, never shown in English (tests/domain/test_passphrase_advice_language.py names it).
"""

from __future__ import annotations

from caseapp.domain.messages import Message, msg

ADVICE: dict[str, Message] = {
    "Use a few words, avoid common phrases.":
        msg("Use a few words, avoid common phrases."),
    "No need for symbols, digits, or uppercase letters.":
        msg("No need for symbols, digits, or uppercase letters."),
    "Add another word or two. Uncommon words are better.":
        msg("Add another word or two. Uncommon words are better."),
    "Straight rows of keys are easy to guess.":
        msg("Straight rows of keys are easy to guess."),
    "Short keyboard patterns are easy to guess.":
        msg("Short keyboard patterns are easy to guess."),
    "Use a longer keyboard pattern with more turns.":
        msg("Use a longer keyboard pattern with more turns."),
    'Repeats like "aaa" are easy to guess.':
        msg('Repeats like "aaa" are easy to guess.'),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".':
        msg('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    "Avoid repeated words and characters.":
        msg("Avoid repeated words and characters."),
    'Sequences like "abc" or "6543" are easy to guess.':
        msg('Sequences like "abc" or "6543" are easy to guess.'),
    "Avoid sequences.":
        msg("Avoid sequences."),
    "Recent years are easy to guess.":
        msg("Recent years are easy to guess."),
    "Avoid recent years.":
        msg("Avoid recent years."),
    "Avoid years that are associated with you.":
        msg("Avoid years that are associated with you."),
    "Dates are often easy to guess.":
        msg("Dates are often easy to guess."),
    "Avoid dates and years that are associated with you.":
        msg("Avoid dates and years that are associated with you."),
    "This is a top-10 common password.":
        msg("This is a top-10 common password."),
    "This is a top-100 common password.":
        msg("This is a top-100 common password."),
    "This is a very common password.":
        msg("This is a very common password."),
    "This is similar to a commonly used password.":
        msg("This is similar to a commonly used password."),
    "A word by itself is easy to guess.":
        msg("A word by itself is easy to guess."),
    "Names and surnames by themselves are easy to guess.":
        msg("Names and surnames by themselves are easy to guess."),
    "Common names and surnames are easy to guess.":
        msg("Common names and surnames are easy to guess."),
    "Capitalization doesn't help very much.":
        msg("Capitalization doesn't help very much."),
    "All-uppercase is almost as easy to guess as all-lowercase.":
        msg("All-uppercase is almost as easy to guess as all-lowercase."),
    "Reversed words aren't much harder to guess.":
        msg("Reversed words aren't much harder to guess."),
    "Predictable substitutions like '@' instead of 'a' don't help very much.":
        msg("Predictable substitutions like '@' instead of 'a' don't help very much."),
}


def advice_text(said: str) -> str | None:
    """zxcvbn's text ``said`` in the current language; None for one not known here."""
    message = ADVICE.get(said.strip())
    return None if message is None else str(message)
