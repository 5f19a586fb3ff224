"""User input turned into a column's type (a str from the CLI or JSON, or a typed value),
refused with a :class:`ValidationError` naming the field when it does not fit."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, Time
from sqlalchemy import Enum as SAEnum

from caseapp.db.base import Base, UTCDateTime
from caseapp.domain.clean_text import one_line, several_lines
from caseapp.domain.dates import parse_date
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.messages import Message, msg, msg_n


def coerce(model: type[Base], name: str, value: Any) -> Any:
    """Turn user input (str from the CLI or JSON, or a typed value) into the column's type."""
    column = model.__table__.c.get(name)
    if column is None:
        raise ValidationError(msg("There is no field “{field}”.", field=name), field=name)
    if value is None:
        if not column.nullable:
            raise ValidationError(msg("{field} is required.", field=field_label(name, model)),
                                  field=name)
        return None
    ctype = column.type
    if isinstance(ctype, SAEnum) and ctype.enum_class is not None:
        try:
            return ctype.enum_class(value)
        except ValueError:
            choices = ", ".join(m.value for m in ctype.enum_class)
            raise ValidationError(
                msg("“{value}” is not a valid value of “{field}”: choose one of {choices}.",
                    value=value, field=field_label(name, model), choices=choices), field=name
            ) from None
    if isinstance(ctype, UTCDateTime):
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    msg("“{value}” is not a date and time (YYYY-MM-DDTHH:MM+HH:MM).",
                        value=value), field=name
                ) from None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValidationError(msg("{field} needs a time zone.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Date) and not isinstance(ctype, DateTime):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            return parse_date(value, field=name)
        if not isinstance(value, date):
            raise ValidationError(msg("{field} must be a date.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Time):
        if isinstance(value, str):
            try:
                return time.fromisoformat(value)
            except ValueError:
                raise ValidationError(msg("“{value}” is not a time (HH:MM).", value=value),
                                      field=name) from None
        return value
    if isinstance(ctype, Boolean):
        if isinstance(value, str):
            value = _BOOLEAN_WORDS.get(value.strip().lower(), value)
        elif isinstance(value, int) and value in (0, 1):
            value = bool(value)
        if not isinstance(value, bool):
            raise ValidationError(msg("{field} must be yes or no.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Integer) and not isinstance(value, bool):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(msg("{field} must be a number.", field=field_label(name, model)),
                                  field=name) from None
    if isinstance(ctype, String | Text):
        if not isinstance(value, str):
            raise ValidationError(msg("{field} must be text.", field=field_label(name, model)), field=name)
        label = field_label(name, model)
        try:  # a String is one line (a name, a title); a Text has several (notes, an address)
            value = (several_lines(value, what=label).strip() if isinstance(ctype, Text)
                     else one_line(value, what=label))
        except ValidationError as exc:
            raise ValidationError(exc.message, field=name) from None
        if isinstance(ctype, String) and ctype.length and len(value) > ctype.length:
            raise ValidationError(
                msg_n("{field} is longer than {count} character.",
                      "{field} is longer than {count} characters.", ctype.length,
                      field=field_label(name, model)), field=name)
        return value
    return value


_BOOLEAN_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def column_equals(model: type[Base], name: str, value: Any) -> Any:
    """The condition ``column == value`` of a list filter, the value read as the column's type."""
    value = coerce(model, name, value)  # first: it names an unknown field in a ValidationError
    return getattr(model, name) == value


def coerce_ids(values: Any, *, field: str) -> list[int]:
    """Record IDs given as numbers or digit strings, without repeats, in the order given."""
    try:
        ids = [int(v) for v in values]
    except (TypeError, ValueError):
        raise ValidationError(msg("{field} must be a list of record IDs.",
                                  field=field_label(field)), field=field) from None
    return list(dict.fromkeys(ids))


def require_past(value: date | None, today: date, *, field: str, what: Message) -> None:
    """Refuse a day later than the lawyer's tomorrow (``today`` is hers). Her tomorrow begins
    hours earlier east of her (in Baku from 21:00 in Paris, from noon in Los Angeles; somewhere
    on Earth up to 14 hours ahead of UTC), and a decision, a visit or a letter of that day is
    recorded as soon as it is known."""
    if value is not None and value > today + timedelta(days=1):
        raise ValidationError(msg("{what} ({day}) is in the future.", what=what, day=value),
                              field=field)
