"""How the audit log reads in the interface: the action ("Added"), the record's kind, the
field's label and each value as the rest of the interface shows it (a day in the language's
form, a stored choice by its label, yes or no), never the stored text ("pre_trial", "True",
"2026-08-07"). Used by the History tab of a captive's file and the dashboard's recent changes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain import enums as e
from caseapp.domain.dates import PartialDate
from caseapp.domain.deadline_steps import load_steps
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import SUMMARY_NAMES_KIND, record_kind
from caseapp.domain.field_labels import field_label as services_field_label
from caseapp.domain.messages import Message, list_separator
from caseapp.domain.table_counts import counts_of
from caseapp.services.audit_dates import PRECISION_OF
from caseapp.services.setting_words import logged_value
from caseapp.ui.labels import label
from caseapp.ui.literal_text import VALUE_CHARACTERS, VALUE_LINES, within_a_tip
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP, TranslationContext
from caseapp.ui.views.formatters import (
    date_text,
    datetime_text,
    fill,
    partial_date_text,
    short_text,
    time_text,
    zone_label,
)

CTX = "CaptiveTabs"  # the History tab's texts were written there first


class AuditTexts(TranslationContext):
    """The translation context of the values only the audit log shows: ``AuditTexts.tr``."""


ENTITY_NOUNS = {  # table name -> what a lawyer calls the record
    "captives": QT_TRANSLATE_NOOP("CaptiveTabs", "Captive"),
    "captive_names": QT_TRANSLATE_NOOP("CaptiveTabs", "Name"),
    "status_changes": QT_TRANSLATE_NOOP("CaptiveTabs", "Status"),
    "identity_documents": QT_TRANSLATE_NOOP("CaptiveTabs", "Identity document"),
    "detention_places": QT_TRANSLATE_NOOP("CaptiveTabs", "Place of detention"),
    "welfare_contacts": QT_TRANSLATE_NOOP("CaptiveTabs", "Welfare contact"),
    "notes": QT_TRANSLATE_NOOP("CaptiveTabs", "Note"),
    "prosecutions": QT_TRANSLATE_NOOP("CaptiveTabs", "Prosecution"),
    "charges": QT_TRANSLATE_NOOP("CaptiveTabs", "Charge"),
    "detention_orders": QT_TRANSLATE_NOOP("CaptiveTabs", "Detention order"),
    "hearings": QT_TRANSLATE_NOOP("CaptiveTabs", "Hearing"),
    "international_proceedings": QT_TRANSLATE_NOOP("CaptiveTabs", "International proceeding"),
    "interventions": QT_TRANSLATE_NOOP("CaptiveTabs", "Intervention"),
    "documents": QT_TRANSLATE_NOOP("CaptiveTabs", "Document"),
    "deadlines": QT_TRANSLATE_NOOP("CaptiveTabs", "Deadline"),
}
ACTIONS: dict[str, str] = {  # AuditAction is a StrEnum: its value finds it too
    e.AuditAction.CREATE: QT_TRANSLATE_NOOP("CaptiveTabs", "Added"),
    e.AuditAction.UPDATE: QT_TRANSLATE_NOOP("CaptiveTabs", "Changed"),
    e.AuditAction.DELETE: QT_TRANSLATE_NOOP("CaptiveTabs", "Deleted"),
}
# The stored choices, by the field that holds them (and the record kind where one field name
# holds different choices in different kinds of record).
CHOICES: dict[str, type[Enum]] = {
    "sex": e.Sex, "category": e.CaptiveCategory, "new_status": e.CaptiveStatus,
    "old_status": e.CaptiveStatus,
    "sensitivity": e.Sensitivity, "level": e.Sensitivity, "script": e.Script,
    "birth_date_precision": e.DatePrecision, "capture_date_precision": e.DatePrecision,
    "counsel_kind": e.CounselKind, "expiry_source": e.ExpirySource, "body": e.InternationalBody,
    "channel": e.Channel, "reliability": e.Reliability, "release_kind": e.ReleaseKind,
    "portal": e.CourtPortal,
}
RECORD_CHOICES: dict[tuple[str, str], type[Enum]] = {
    ("captives", "status"): e.CaptiveStatus,
    ("captive_names", "kind"): e.NameKind,
    ("welfare_contacts", "kind"): e.WelfareContactKind,
    ("detention_orders", "kind"): e.DetentionOrderKind,
    ("hearings", "kind"): e.HearingKind,
    ("hearings", "state"): e.HearingState,
    ("international_proceedings", "kind"): e.InternationalProceedingKind,
    ("international_proceedings", "status"): e.ProceedingStatus,
    ("organisations", "kind"): e.OrganisationKind,
    ("interventions", "status"): e.InterventionStatus,
    ("deadlines", "status"): e.DeadlineStatus,
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}(:\d{2})?")  # a deadline's hour, stored "16:00:00"
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")
# Columns the history never shows (keys, bookkeeping, what a rule's computation stored), and
# those the "Change" cell of an added or deleted record leaves to its tooltip.
_INTERNAL = frozenset({"uid", "row_version", "rule_version", "trigger_kind",
                       "trigger_uid", "field_levels", "photo_media_type", "sha256", "text_pdf",
                       "text_pdf_sha256", "text_layer"})
_HIDDEN = _INTERNAL | {"captives", "captive_id", "sensitivity", "written_at", "author", "explanation"}


def action_label(action: e.AuditAction | str) -> str:
    """"Added", "Changed", "Deleted" in the interface's language."""
    known = ACTIONS.get(action)
    return QCoreApplication.translate(CTX, known) if known else str(action)


def entity_noun(entity: str) -> str:
    """What a lawyer calls a record of the table ``entity``: the History tab's word for it,
    else the one the messages use (:func:`caseapp.domain.field_labels.record_kind`)."""
    known = ENTITY_NOUNS.get(entity)
    if known:
        return QCoreApplication.translate(CTX, known)
    kind = record_kind(entity)
    return kind.render() if isinstance(kind, Message) else entity


def field_label(name: str, entity: str | None = None) -> str:
    """A field's name in the interface's language, as the record kind ``entity`` (a table's
    name) calls it ("Name" of an organisation is «Название»); an internal column by its name."""
    if not name:
        return ""
    found = services_field_label(name, entity)
    return found.render() if isinstance(found, Message) else (
        name.replace("_id", "").replace("_", " ").capitalize())


Titles = Callable[[str], str]  # a deadline's stored title -> as the interface shows it


def _as_stored(title: str) -> str:
    return title


def record_text(entry: Any, titles: Titles = _as_stored) -> str:
    """The record an entry is about, by its kind and summary: "Deadline: …"; an event whose
    summary names it ("Import of list.csv") by its summary alone. A deadline's title is stored
    in the language it was made in; ``titles`` gives it in the interface's, as the Deadlines
    view shows it, when its rule gave it (the rule set's ``title_in``)."""
    summary = titles(entry.summary) if entry.entity == "deadlines" else entry.summary
    if entry.entity in SUMMARY_NAMES_KIND:
        return summary
    return f"{entity_noun(entry.entity)}: {summary}"


def entry_line(entry: Any, titles: Titles = _as_stored) -> str:
    """What an entry is about on one line (the dashboard's recent changes): the record, then
    the changed field's label, or for a case setting (its summary names it) the change."""
    what = record_text(entry, titles)
    if entry.entity == "case_settings":
        return f"{what} · {audit_change(entry, titles)}"
    return what + (f" · {field_label(entry.field, entry.entity)}" if entry.field else "")


def value_text(value: Any, field: str = "", entity: str | None = None,
               titles: Titles = _as_stored) -> str:
    """A value of the audit log as the interface shows it: a stored choice by its label, a
    day, an hour or a moment in the language's form, yes or no, a deadline's title by ``titles``
    (:func:`record_text`), a case setting's as the settings show it; anything else as
    written."""
    if entity == "case_settings":
        return logged_value(field, None if value is None else str(value))
    if value is None or value == "":
        return ""
    if entity == "deadlines" and field == "title" and isinstance(value, str):
        return titles(value)
    if entity == "captives" and field == "merged" and (said := _merge_said(value)) is not None:
        return said
    if field == "field_levels" and isinstance(levels := _json(value), dict):  # in words
        return list_separator().join(
            f"{field_label(str(k), entity)}: {value_text(v, 'sensitivity')}"
            for k, v in levels.items())
    if isinstance(value, bool) or value in ("True", "False"):
        return AuditTexts.tr("yes") if value in (True, "True") else AuditTexts.tr("no")
    if field == "explanation":  # a deadline's steps, stored as messages
        return list_separator().join(str(step) for step in load_steps(_json(value)))
    if (counted := _counts(value)) is not None:  # an import's or a merge's records by kind
        return counts_of(counted.items())
    if isinstance(listed := _json(value), list) and all(isinstance(v, str) for v in listed):
        return list_separator().join(listed)  # the case settings an import took over
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False) \
        if isinstance(value, list | dict) else str(value)
    if field == "timezone" and isinstance(value, str):  # by its name, the identifier beside it
        return zone_label(value)
    if field in PRECISION_OF and isinstance(value, str):  # "1990-05": May 1990
        try:
            return partial_date_text(PartialDate.parse(value))
        except ValidationError:
            return value
    choices = RECORD_CHOICES.get((entity or "", field)) or CHOICES.get(field)
    if choices is not None and text in {m.value for m in choices}:
        return label(choices(text))
    try:
        if _DAY.fullmatch(text):
            return date_text(date.fromisoformat(text))
        if _MOMENT.fullmatch(text):
            return datetime_text(datetime.fromisoformat(text.replace("Z", "+00:00")))
        if _TIME.fullmatch(text):
            return time_text(time.fromisoformat(text))
    except ValueError:  # looks like a day and is none: shown as written
        pass
    return text


_TAKEN = {"birth": "birth_date", "capture": "capture_date"}  # a merge's fields by their column


def _merge_said(value: Any) -> str | None:
    """A merge of two records of one captive in words: before it, the record merged in by
    its name; after it, what moved (by kind), the fields taken from that record, the names
    kept as aliases (and those kept as recorded) and the records both held, kept once; an
    undone merge's entry by nothing (its summary says it). None for a value that is no merge's."""
    said = _json(value)
    if not isinstance(said, dict):
        return None
    if isinstance(said.get("name"), str):
        return str(said["name"])
    if set(said) <= {"uid", "restored"}:
        return ""
    parts = []
    if moved := _counts(said.get("moved")):
        parts.append(fill(AuditTexts.tr("Moved: %1"), counts_of(moved.items())))
    if isinstance(taken := said.get("fields_taken"), list) and taken:
        parts.append(fill(AuditTexts.tr("Taken from the other record: %1"), list_separator().join(
            field_label(_TAKEN.get(str(f), str(f)), "captives") for f in taken)))
    if isinstance(aliases := said.get("names_kept_as_aliases"), list) and aliases:
        parts.append(fill(AuditTexts.tr("Kept as aliases: %1"),
                          list_separator().join(str(a) for a in aliases)))
    if isinstance(recorded := said.get("names_kept_as_recorded"), list) and recorded:
        parts.append(fill(AuditTexts.tr("Kept as recorded: %1"),
                          list_separator().join(str(a) for a in recorded)))
    if once := _counts(said.get("kept_once")):
        parts.append(fill(AuditTexts.tr("Held by both records, kept once: %1"),
                          counts_of(once.items())))
    return " · ".join(parts)


def _json(raw: Any) -> Any:
    """``raw`` read as JSON when it is JSON text; anything else as it is."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _counts(value: Any) -> dict[str, int] | None:
    """``value`` as counts of records by kind ({"captives": 12, "detention_orders": 3}), as
    an import or a travel copy's merge logs them, or None for any other value."""
    counts = _json(value) if isinstance(value, str) and value.startswith("{") else value
    if not isinstance(counts, dict) or not all(
            isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool)
            for k, n in counts.items()):
        return None
    return counts


def _record_values(raw: str | None) -> dict[str, Any]:
    values = _json(raw or "{}")
    return values if isinstance(values, dict) else {}


def audit_change(entry: Any, titles: Titles = _as_stored) -> str:
    """The History tab's "Change" cell: before → after, or the added or deleted record's
    first values."""
    if _one_field(entry):
        before, after = _before_after(entry, titles)
        return f"{short_text(before)} → {short_text(after)}"
    values = _record_values(entry.new_value if entry.action is e.AuditAction.CREATE
                            else entry.old_value)
    shown = [f"{field_label(k, entry.entity)}: {short_text(value_text(v, k, entry.entity, titles), 40)}"
             for k, v in values.items()
             if k not in _HIDDEN and not k.endswith("_id") and v not in ("", None, False, [], {})]
    return " · ".join(shown[:4]) + (" …" if len(shown) > 4 else "")


def _before_after(entry: Any, titles: Titles = _as_stored) -> tuple[str, str]:
    """An entry's value before and after, in words; of a change of a captive's field levels,
    only the fields whose level changed, a field that no longer has one of its own said to
    be as the record (the whole maps listed only the levels left)."""
    old, new = _json(entry.old_value), _json(entry.new_value)
    if entry.field == "field_levels" and isinstance(old, dict | None) and isinstance(new, dict):
        old = old or {}
        changed = [k for k in (*old, *(k for k in new if k not in old)) if old.get(k) != new.get(k)]
        if changed:
            return (_levels_of(changed, old, entry.entity), _levels_of(changed, new, entry.entity))
    return (value_text(entry.old_value, entry.field, entry.entity, titles),
            value_text(entry.new_value, entry.field, entry.entity, titles))


def _levels_of(fields: list[str], levels: dict[str, Any], entity: str | None) -> str:
    """Each of ``fields`` by its label and its level in ``levels`` ("as the record" if none)."""
    return list_separator().join(
        f"{field_label(str(k), entity)}: "
        + (value_text(levels[k], "sensitivity") if levels.get(k)
           else AuditTexts.tr("as the record"))
        for k in fields)


def _one_field(entry: Any) -> bool:
    """Whether the entry tells one field's before and after (a change, or a case setting set
    or taken back to its default) rather than a whole added or deleted record."""
    return entry.action is e.AuditAction.UPDATE or entry.entity == "case_settings"


def audit_tooltip(entry: Any, titles: Titles = _as_stored) -> str:
    """The change in whole lines; of a long value (a note) its start, "Before" and "After"
    both in sight."""
    if _one_field(entry):
        was, now = _before_after(entry, titles)
        before = within_a_tip(was or "—", lines=VALUE_LINES, characters=VALUE_CHARACTERS)
        after = within_a_tip(now or "—", lines=VALUE_LINES, characters=VALUE_CHARACTERS)
        before_label = QCoreApplication.translate("CaptiveTabs", "Before")
        after_label = QCoreApplication.translate("CaptiveTabs", "After")
        return f"{field_label(entry.field, entry.entity)}\n{before_label}: {before}\n{after_label}: {after}"
    values = _record_values(entry.new_value if entry.action is e.AuditAction.CREATE
                            else entry.old_value)
    return "\n".join(f"{field_label(k, entry.entity)}: {short_text(value_text(v, k, entry.entity, titles), 100)}"
                     for k, v in values.items() if k not in _INTERNAL)
