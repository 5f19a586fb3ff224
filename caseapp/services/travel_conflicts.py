"""How a merge of a travel copy (:mod:`caseapp.services.travel_merge`) tells a change it did
not apply: one line in the user's words — the kind of record ("Hearing"), the record as it
reads (its title or kind, its date, the captive it is about), why, and the values the travel
copy holds for it, so that the lawyer can enter them by hand. No table name, enum code or uid.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Boolean, Date, DateTime
from sqlalchemy import Enum as SAEnum

from caseapp.db.base import Base
from caseapp.domain.cldr import format_date_short
from caseapp.domain.enums import WITHHELD
from caseapp.domain.field_labels import field_label, record_kind
from caseapp.domain.messages import Listed, Message, Translated, msg, msg_n, text_of
from caseapp.domain.stored_messages import LITERAL, MARK, StoredLines, read_lines, read_text
from caseapp.reports.texts import DOCUMENT_LANGUAGES
from caseapp.services.interchange_export import uid_columns
from caseapp.services.labels import level_label, value_label
from caseapp.services.row_validation import one_line
from caseapp.services.travel_filter import BOOKKEEPING

Row = dict[str, Any]
Shown = str | Message | Translated | date | datetime

_LABEL_FIELDS = ("title", "full_name", "name", "facility", "case_number", "reference", "issuer",
                 "filename", "subject", "request", "code", "notes", "note", "body", "number", "new_status",
                 "kind")
_DATE_FIELDS = ("contact_on", "effective_on", "from_date", "decided_on", "starts_at", "made_on",
                "lodged_on", "opened_on", "received_on", "due_on", "written_at", "issued_on")
# Columns that say what a record is attached to or how it is stored, not what the lawyer typed.
# A deadline's explanation: the steps CaseApp computed it by, from the fields shown.
_NOT_SHOWN = BOOKKEEPING | {"uid", "id", "field_levels_json", "rule_version", "steps",
                            "explanation"}
_LABEL_LENGTH = 80  # characters of a title in a conflict's line


def _column(table: str, name: str) -> Any:
    columns = Base.metadata.tables[table].c
    return columns[name] if name in columns else None


def _is_enum(table: str, name: str) -> bool:
    col = _column(table, name)
    return col is not None and isinstance(col.type, SAEnum)


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def plain_label(row: Row) -> str:
    """The record's title or name as stored (its uid when it has none), for a refusal."""
    found = _plain(row)
    return found[1] if found is not None else str(row.get("uid", "?"))


def _plain(row: Row) -> tuple[str, str] | None:
    """The field naming the record and its value (the first of ``_LABEL_FIELDS`` it fills)."""
    for name in _LABEL_FIELDS:
        if row.get(name):
            return name, _shortened(one_line(str(row[name])))
    return None


def _shortened(text: str) -> str:
    """``text`` of at most :data:`_LABEL_LENGTH` characters: cut after a whole word and
    said to be cut ("…"), never in the middle of a word or before a comma."""
    if len(text) <= _LABEL_LENGTH:
        return text
    cut = text[:_LABEL_LENGTH]
    if not text[_LABEL_LENGTH].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:(-–—") + "…"


class RecordLabels:
    """How a record of the case files being merged reads: its title or name (a kind or a
    status as the documents name it), its date, and the captive it is about (a captive by its
    primary name, never by its uid) — in every language."""

    def __init__(self, tables: dict[str, list[Row]],
                 titles: Callable[[str, str], Translated] | None = None):
        # a deadline's stored title (and rule) → its rule's title in every language
        self.titles = titles
        self.names: dict[str, str] = {}
        for row in sorted(tables.get("captive_names", []), key=lambda r: bool(r.get("is_primary"))):
            self.names[row["captive_uid"]] = row["full_name"]  # the primary one last: it wins
        self.rows = {r["uid"]: (name, r) for name, rows in tables.items() for r in rows
                     if isinstance(r.get("uid"), str)}
        self.linked: dict[str, list[str]] = {}  # a hearing or intervention → its captives
        for link, key in (("hearing_captives", "hearing_uid"),
                          ("intervention_captives", "intervention_uid")):
            for r in tables.get(link, []):
                if r.get("captive_uid") in self.names:
                    self.linked.setdefault(r[key], []).append(self.names[r["captive_uid"]])

    def __call__(self, table: str, row: Row) -> Translated:
        if table == "captives":
            name = self.names.get(row.get("uid") or "") or (_plain(row) or ("", ""))[1]
            return Translated(((DOCUMENT_LANGUAGES[0], name or str(row.get("uid", "?"))),))
        plain = _plain(row)
        day = next((_as_date(row[f]) for f in _DATE_FIELDS if row.get(f)), None)
        linked = sorted(self.linked.get(row.get("uid") or "", []))
        captive = self.names.get(row.get("captive_uid") or "") or ", ".join(
            linked[:2] + (["…"] if len(linked) > 2 else []))

        def reads(lang: str) -> str:
            text = ""
            if plain is not None:
                field, value = plain
                text = text_of(value_label(value), lang) if _is_enum(table, field) else value
                if field == "title" and table == "deadlines" and self.titles is not None:
                    text = _shortened(one_line(text_of(self.titles(
                        str(row["title"]), str(row.get("rule_id") or "")), lang)))
            when = format_date_short(day, lang) if day is not None else ""
            if when and when not in text:
                text = f"{text}, {when}" if text else when
            text = text or text_of(record_kind(table), lang)
            return f"{text} — {captive}" if captive else text

        return Translated(tuple((lang, reads(lang)) for lang in DOCUMENT_LANGUAGES))

    def of_uid(self, uid: str) -> Translated | None:
        """The label of the record ``uid`` of these files, ``None`` for one they do not hold."""
        found = self.rows.get(uid)
        return self(*found) if found is not None else None


def _moment(value: Any, zone: Any) -> datetime | str:
    """A stored date and time, in the time zone of its record (a hearing's court)."""
    try:
        moment = datetime.fromisoformat(str(value))
        return moment.astimezone(ZoneInfo(zone)) if zone and moment.tzinfo else moment
    except (ValueError, KeyError):
        return str(value)


def _levels(levels: dict[str, Any]) -> Translated:
    return Translated(tuple((lang, ", ".join(
        f"{text_of(field_label(f, 'captives'), lang)} — {text_of(level_label(lvl), lang)}"
        for f, lvl in sorted(levels.items()))) for lang in DOCUMENT_LANGUAGES))


def _value(table: str, name: str, row: Row, labels: RecordLabels) -> Shown:
    col, value = _column(table, name), row.get(name)
    if value is None or value == "" or value == {} or value == []:
        return msg("empty")
    if name.endswith("_uid") and isinstance(value, str):
        return labels.of_uid(value) or msg("a record deleted in the main file")
    if name == "sensitivity":
        return level_label(value)
    if name == "field_levels" and isinstance(value, dict):
        return _levels(value)
    if isinstance(value, str) and (MARK in value or LITERAL in value):
        return _stored(value)
    if col is None:
        return one_line(str(value))
    kind = getattr(col.type, "impl", col.type)  # a stored type of CaseApp's: what it stores
    if isinstance(col.type, SAEnum):
        return value_label(value)
    if isinstance(kind, Boolean):
        return msg("yes") if value else msg("no")
    if isinstance(kind, DateTime):
        return _moment(value, row.get("timezone"))
    if isinstance(kind, Date):
        return _as_date(value) or str(value)
    if isinstance(col.type, JSON) or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return one_line(str(value))  # a text of several lines, whole, on the conflict's one line


def _stored(value: str) -> Shown:
    """A text holding what CaseApp wrote (a deadline's "Closed: custody ended…"), as each
    reader reads it, never its stored form (:mod:`caseapp.domain.stored_messages`)."""
    read = read_text(value)
    if isinstance(read, Message):
        return read
    lines = read_lines(value)
    if isinstance(lines, StoredLines):
        return Translated(tuple((lang, one_line(lines.render(lang))) for lang in DOCUMENT_LANGUAGES))
    return one_line(read)


def _filled(table: str, name: str, value: Any) -> bool:
    """Whether the field holds something other than what a new record gets."""
    if name in _NOT_SHOWN or value in (None, "", {}, [], False, WITHHELD):
        return False  # (the copy's “not shown at this level” is nothing it holds)
    col = _column(table, name)
    default = getattr(getattr(col, "default", None), "arg", None)
    return callable(default) or getattr(default, "value", default) != value


def copy_values(table: str, row: Row, fields: tuple[str, ...] | None,
                labels: RecordLabels) -> tuple[tuple[str, Shown], ...]:
    """The travel copy's values of ``fields`` of ``row`` (every field it fills when ``None``,
    but the captive its label names), as shown in a conflict's line."""
    if fields is None:
        fields = tuple(f for f, v in row.items() if f != "captive_uid" and _filled(table, f, v))
    return tuple((f, _value(table, f, row, labels)) for f in fields if f not in _NOT_SHOWN)


def _field_name(table: str, field: str) -> Message | str:
    return field_label(field.removesuffix("_uid") + "_id" if field.endswith("_uid") else field, table)


@dataclass(frozen=True)
class Conflict:
    """A change of the travel copy that was not applied, and why."""

    table: str
    uid: str
    label: Translated | str  # how the record reads (its title or name)
    fields: tuple[str, ...]
    reason: Message
    values: tuple[tuple[str, Shown], ...] = ()  # the copy's value of each field concerned

    def line(self) -> str:
        """The conflict as one line in the user's language."""
        shown = Listed(tuple(msg("{field}: {value}", field=_field_name(self.table, f), value=v)
                             for f, v in self.values))
        if self.values:
            return str(msg("{kind} “{record}”: {reason}. In the travel copy: {values}",
                           kind=record_kind(self.table), record=self.label, reason=self.reason,
                           values=shown))
        fields = Listed(tuple(_field_name(self.table, f) for f in self.fields))
        if self.fields:
            return str(msg("{kind} “{record}” ({fields}): {reason}", kind=record_kind(self.table),
                           record=self.label, fields=fields, reason=self.reason))
        return str(msg("{kind} “{record}”: {reason}", kind=record_kind(self.table),
                       record=self.label, reason=self.reason))


def uid_references(name: str) -> tuple[str, ...]:
    """The fields by which a row of table ``name`` names another record (``captive_uid`` …)."""
    return tuple(ref for ref, _target in uid_columns(Base.metadata.tables[name]).values()
                 if ref.endswith("_uid"))


def fold_under_captives(deleted: list[tuple[str, Row]]) -> list[tuple[str, Row, int]]:
    """The records deleted in the copy, those of a captive deleted there too counted under the
    captive (its names, visits, cases and their charges…), not listed one by one."""
    owner = {row["uid"]: row["uid"] for name, row in deleted if name == "captives"}
    changed = True
    while changed:  # a charge hangs on a criminal case that hangs on the captive
        changed = False
        for name, row in deleted:
            if row["uid"] in owner:
                continue
            found = next((owner[row[ref]] for ref in uid_references(name)
                          if isinstance(row.get(ref), str) and row[ref] in owner), None)
            if found is not None:
                owner[row["uid"]] = found
                changed = True
    under: dict[str, int] = {}
    for _name, row in deleted:
        if owner.get(row["uid"], row["uid"]) != row["uid"]:
            under[owner[row["uid"]]] = under.get(owner[row["uid"]], 0) + 1
    return [(name, row, under.get(row["uid"], 0)) for name, row in deleted
            if owner.get(row["uid"], row["uid"]) == row["uid"]]


def kept_line(table: str, label: Translated, records: int = 0) -> str:
    """A record deleted in the travel copy and kept in the main file, as one line (a captive
    with the ``records`` about them deleted with them)."""
    if records:
        return str(msg_n("{kind} “{record}” and {count} record about them",
                         "{kind} “{record}” and {count} records about them", records,
                         kind=record_kind(table), record=label))
    return str(msg("{kind} “{record}”", kind=record_kind(table), record=label))


__all__ = ["Conflict", "RecordLabels", "copy_values", "fold_under_captives", "kept_line",
           "plain_label", "uid_references"]
