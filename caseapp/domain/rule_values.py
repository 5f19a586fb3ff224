"""Small typed readers of the values of a rule file: each returns the value or raises
:class:`Bad` with a message written for the lawyer (used by ``caseapp.domain.rule_files``)."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from caseapp.domain.messages import Message, msg, quoted_each


class Bad(Exception):
    """A value in a rule file that cannot be used; the message is for the lawyer."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def known(table: dict, allowed: set[str], what: Message) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise Bad(msg("unknown {what} {names} (a misspelling?).", what=what,
                      names=quoted_each(unknown)))


def text(raw: dict, key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Bad(msg("“{key}” must be non-empty text.", key=key))
    return value.strip()


def optional_text(raw: dict, key: str) -> str | None:
    return None if raw.get(key) is None else text(raw, key)


def read_int(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Bad(msg("“{key}” must be a whole number, not {value}.", key=key, value=repr(value)))
    return value


def read_bool(raw: dict, key: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise Bad(msg("“{key}” must be true or false.", key=key))
    return value


def read_list(raw: dict, key: str) -> list:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise Bad(msg("“{key}” must be a list [ … ].", key=key))
    return value


def table(value: Any, key: str) -> dict:
    if not isinstance(value, dict):
        raise Bad(msg("“{key}” must be a table {{ … }}.", key=key))
    return value


def choice(raw: dict, key: str, enum: type[StrEnum], default: Any) -> Any:
    value = raw.get(key, default)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(f"\"{m.value}\"" for m in enum)
        raise Bad(msg("“{value}” is not a known {key}; use one of {allowed}.",
                      value=value, key=key, allowed=allowed)) from None


def read_date(value: Any, key: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    return parse(date.fromisoformat, value, msg("“{key}”: “{value}” is not a date (YYYY-MM-DD).",
                                               key=key, value=value))


def read_time(raw: dict, key: str) -> time | None:
    value = raw.get(key)
    if value is None or isinstance(value, time):
        return value
    return parse(time.fromisoformat, value, msg("“{key}”: “{value}” is not a time (HH:MM).",
                                               key=key, value=value))


def parse(parser: Any, value: Any, message: Message) -> Any:
    try:
        return parser(str(value))
    except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        raise Bad(message) from None


def month_day(value: Any) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in str(value).split("-"))
        date(2024, month, day)  # a leap year, so 02-29 is accepted
    except ValueError:
        raise Bad(msg("“{value}” is not a month and day (write MM-DD, e.g. 12-24).",
                      value=value)) from None
    return month, day
