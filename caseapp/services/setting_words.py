"""A case setting's value as the user reads it (``settings show``, ``settings set``): a level
by its word, a procedure by its country's name (CLDR), yes or no, each in the user's language,
with the code a person types after ``settings set`` kept after it in parentheses ("для
передачи (shareable)", "Азербайджан (az)"). The JSON output keeps the stored codes."""

from __future__ import annotations

from typing import Any

from caseapp.domain.cldr import territory_name
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import current_language, msg, msg_n
from caseapp.services.labels import level_label

# The settings whose value is a country's code (the procedure whose deadlines apply).
_COUNTRIES = frozenset({"procedure"})
_LEVELS = frozenset({"default_level"})


def shown_value(key: str, value: Any, lang: str | None = None) -> str:
    """``value`` of the setting ``key`` in ``lang`` (the user's language by default), on one
    line (a line break as a literal \\n)."""
    lang = lang or current_language()
    if value is None:
        return msg("not set").render(lang)
    if isinstance(value, bool):
        return (msg("yes") if value else msg("no")).render(lang)
    if key in _LEVELS:
        level = Sensitivity(value)
        word = level_label(level).render(lang)
        return word if word == level.value else f"{word} ({level.value})"  # English: once
    if key in _COUNTRIES:
        return f"{procedure_country(str(value), lang)} ({value})"
    return str(value).replace("\n", "\\n")


def logged_value(key: str, stored: str | None, lang: str | None = None) -> str:
    """A value of the setting ``key`` as its audit entry stored it (text, or none for not
    set), as the log shows it in ``lang`` (the user's language by default): a number of days
    as a count, a level by its word, a procedure by its country's name, no code beside them."""
    lang = lang or current_language()
    if stored is None or stored == "":
        return msg("not set").render(lang)
    if key.endswith("_days") and stored.isdigit():
        return msg_n("{count} day", "{count} days", int(stored)).render(lang)
    if key in _LEVELS and stored in {level.value for level in Sensitivity}:
        return level_label(stored).render(lang)
    if key in _COUNTRIES and stored.isalpha():
        return procedure_country(stored, lang)
    return stored


def procedure_country(code: str, lang: str | None = None) -> str:
    """The country whose criminal procedure ``code`` ("az", "am") names, in ``lang`` (the
    user's language by default)."""
    return territory_name(code, lang or current_language())
