"""What a travel copy may hold: the rows of a JSON export (``caseapp.services.interchange``)
kept at a level, for chosen captives, with every captive field above the level blanked.

The rules are those the team server enforces for a login of that clearance
(:mod:`caseapp.db.team_policies`) and the outputs apply (:mod:`caseapp.services.levels`): a
row is kept when its own level is allowed *and* every record it hangs on is kept (the
effective level of :func:`caseapp.domain.redaction.effective_level`); a captive without
consent to publicity is left out of a public copy with everything about it; the audit log,
tags and file events are internal and never travel. A copy of chosen captives holds only
their records: no record of no captive, and only the organisations and contacts their
interventions were addressed to. The Court's deliveries and the detention facts follow the same
rules (a delivery is kept with the captive, proceeding and document it concerns). A reference to
a record left out (an
intervention's addressee kept back) is emptied.

Pure functions over the export's rows (keyed by uid): the copy and the merge back apply the
same filter, so that a row of the travel copy compares with the main file's row as it was
filtered, field by field.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from caseapp.db.base import Base
from caseapp.db.team_policies import CAPTIVE_ALWAYS
from caseapp.db.withheld import blank_value
from caseapp.domain.custody_step_lines import reason_at_level, without_convicted_note
from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import (
    LEVEL_FOLLOWS,
    RULE_APPLIED_BY_HAND,
    STATUS_FIELD,
    publicity_refused,
    strictest,
)

Row = dict[str, Any]
Tables = dict[str, list[Row]]

# Tables whose rows belong to one captive (``captive_uid``) and carry their own level.
_OF_CAPTIVE = ("status_changes", "identity_documents", "detention_places", "welfare_contacts",
               "notes", "prosecutions", "international_proceedings", "detention_facts")
# The references a kept row may lose (the record it names is not in the copy) without losing
# its meaning: an addressee, the document a deadline came from, a contact's organisation.
_OPTIONAL_REFS = {"contacts": ("organisation_uid",),
                  "interventions": ("contact_uid", "organisation_uid"),
                  "deadlines": ("document_uid",)}
# Columns that say when and how often a row was written, not what it holds.
BOOKKEEPING = frozenset({"row_version", "updated_at", "created_at"})


def _level(row: Row) -> Sensitivity:
    return Sensitivity(row.get("sensitivity") or Sensitivity.INTERNAL)


def captive_field_level(row: Row, column: str) -> Sensitivity:
    """One field of a captive: its own level in ``field_levels``, never below the record nor
    below the field it tells (``LEVEL_FOLLOWS``: the status date follows the status)."""
    levels = row.get("field_levels") or {}
    follows = LEVEL_FOLLOWS.get(column)
    return strictest(_level(row), levels.get(column) or None,
                     levels.get(follows) or None if follows else None)


def hidden_captive_fields(row: Row, level: Sensitivity) -> frozenset[str]:
    """The captive's columns whose level is above ``level`` (blanked in the copy)."""
    return frozenset(c for c in row if c not in CAPTIVE_ALWAYS and c not in BOOKKEEPING
                     and c in Base.metadata.tables["captives"].c
                     and not level.allows(captive_field_level(row, c)))


@dataclass
class Filtered:
    """The rows kept, by table, and what was left out (counts per table)."""

    tables: Tables
    left_out: dict[str, int] = field(default_factory=dict)
    hidden_fields: dict[str, frozenset[str]] = field(default_factory=dict)  # captive uid →


class _Filter:
    def __init__(self, tables: Mapping[str, list[Row]], level: Sensitivity,
                 captive_uids: Collection[str] | None):
        self.src, self.level = tables, level
        self.chosen = set(captive_uids) if captive_uids is not None else None
        self.kept: dict[str, set[str]] = {}
        self.out = Filtered({})

    def allowed(self, row: Row) -> bool:
        return "sensitivity" not in row or self.level.allows(_level(row))

    def has(self, table: str, uid: str | None) -> bool:
        return uid is not None and uid in self.kept.get(table, set())

    def parent_ok(self, row: Row, ref: str, table: str) -> bool:
        """The row names no record of ``table`` through ``ref``, or names one that is kept."""
        return row.get(ref) is None or self.has(table, row[ref])

    def keep(self, table: str, rows: list[Row]) -> None:
        self.out.tables[table] = rows
        self.kept[table] = {r["uid"] for r in rows if "uid" in r}
        dropped = len(self.src.get(table, [])) - len(rows)
        if dropped:
            self.out.left_out[table] = dropped

    def rows(self, table: str) -> list[Row]:
        return list(self.src.get(table, []))

    def linked(self, link: str, key: str) -> dict[str, set[str]]:
        """uid of a hearing or intervention → the captives it concerns."""
        out: dict[str, set[str]] = {}
        for r in self.rows(link):
            out.setdefault(r[key], set()).add(r["captive_uid"])
        return out

    def status_shown(self, captive_uid: str | None) -> bool:
        """Whether the captive's status is in the copy: its history (the changes of status)
        travels only with it, whatever the level of each change."""
        return STATUS_FIELD not in self.out.hidden_fields.get(captive_uid or "", frozenset())

    def about_kept_captives(self, uid: str, links: dict[str, set[str]]) -> bool:
        """A record linked to captives: kept when one of them is; one linked to none only
        when the copy is not limited to chosen captives."""
        captives = links.get(uid, set())
        if captives:
            return bool(captives & self.kept["captives"])
        return self.chosen is None

    def run(self) -> Filtered:
        lvl = self.level
        captives = []
        for r in self.rows("captives"):
            if not self.allowed(r) or publicity_refused(lvl, bool(r.get("consent_publicity"))):
                continue
            if self.chosen is not None and r["uid"] not in self.chosen:
                continue
            hidden = hidden_captive_fields(r, lvl)
            if hidden:
                self.out.hidden_fields[r["uid"]] = hidden
            captives.append({k: (blank_value("captives", k) if k in hidden else v)
                             for k, v in r.items()})
        self.keep("captives", captives)
        self.keep("captive_names", [r for r in self.rows("captive_names")
                                    if self.has("captives", r["captive_uid"])])
        for table in _OF_CAPTIVE:  # a note of no captive travels only in a copy of them all
            self.keep(table, [r for r in self.rows(table) if self.allowed(r) and (
                self.has("captives", r.get("captive_uid"))
                or (r.get("captive_uid") is None and self.chosen is None))
                and (table != "status_changes" or self.status_shown(r.get("captive_uid")))])
        self.keep("charges", [r for r in self.rows("charges")
                              if self.has("prosecutions", r.get("prosecution_uid"))])
        self.keep("detention_orders", [
            r for r in self.rows("detention_orders") if self.allowed(r)
            and self.has("captives", r.get("captive_uid"))
            and self.parent_ok(r, "prosecution_uid", "prosecutions")])
        heard = self.linked("hearing_captives", "hearing_uid")
        self.keep("hearings", [
            r for r in self.rows("hearings") if self.allowed(r)
            and (self.has("prosecutions", r.get("prosecution_uid"))
                 or (r.get("prosecution_uid") is None
                     and self.about_kept_captives(r["uid"], heard)))])
        self.keep("hearing_captives", [r for r in self.rows("hearing_captives")
                                       if self.has("captives", r["captive_uid"])
                                       and self.has("hearings", r["hearing_uid"])])
        concerned = self.linked("intervention_captives", "intervention_uid")
        self.keep("interventions", [r for r in self.rows("interventions") if self.allowed(r)
                                    and self.about_kept_captives(r["uid"], concerned)])
        self.keep("intervention_captives", [r for r in self.rows("intervention_captives")
                                            if self.has("captives", r["captive_uid"])
                                            and self.has("interventions", r["intervention_uid"])])
        self._addressees()
        self.keep("documents", [r for r in self.rows("documents") if self._document(r)])
        self.keep("court_deliveries", [r for r in self.rows("court_deliveries")
                                       if self._delivery(r)])
        self.keep("deadlines", [self._notes_at_level(r) for r in self.rows("deadlines")
                                if self._deadline(r)])
        for table in self.src:
            if table not in self.out.tables:  # internal only (audit, tags) or unknown here
                self.keep(table, [])
        self._empty_lost_references()
        return self.out

    def _addressees(self) -> None:
        """Organisations and contacts at the level: all of them in a copy of every captive; in
        a copy of chosen captives only those its interventions were addressed to (a family
        contact of a captive left at home stays at home too)."""
        named = {r.get(ref) for r in self.out.tables["interventions"]
                 for ref in ("contact_uid", "organisation_uid")}
        contacts = [r for r in self.rows("contacts") if self.allowed(r)
                    and (self.chosen is None or r["uid"] in named)]
        named |= {r.get("organisation_uid") for r in contacts}
        self.keep("organisations", [r for r in self.rows("organisations") if self.allowed(r)
                                    and (self.chosen is None or r["uid"] in named)])
        self.keep("contacts", contacts)

    def _document(self, r: Row) -> bool:
        parents = (("captive_uid", "captives"), ("prosecution_uid", "prosecutions"),
                   ("hearing_uid", "hearings"), ("intervention_uid", "interventions"))
        if not self.allowed(r) or not all(self.parent_ok(r, ref, t) for ref, t in parents):
            return False
        return self.chosen is None or any(r.get(ref) is not None for ref, _ in parents)

    def _delivery(self, r: Row) -> bool:
        """A delivery of the Court: at the level, and the captive, proceeding and document it
        concerns kept (a delivery never shows what its parent keeps back); one of no captive
        only in a copy of them all."""
        parents = (("captive_uid", "captives"), ("proceeding_uid", "international_proceedings"),
                   ("document_uid", "documents"))
        if not self.allowed(r) or not all(self.parent_ok(r, ref, t) for ref, t in parents):
            return False
        return self.chosen is None or r.get("captive_uid") is not None

    def _deadline(self, r: Row) -> bool:
        if not self.allowed(r) or not self.parent_ok(r, "captive_uid", "captives"):
            return False
        if self.chosen is not None and r.get("captive_uid") is None:
            return False
        trigger = r.get("trigger_uid") or ""
        if not trigger or r.get("trigger_kind") == RULE_APPLIED_BY_HAND:
            return True
        for table in ("prosecutions", "hearings", "detention_orders",
                      "international_proceedings", "court_deliveries"):
            if self.has(table, trigger):
                return True
        # computed from a captive's capture date: that field's level decides
        for c in self.out.tables["captives"]:
            if c["uid"] == trigger:
                return "capture_date" not in self.out.hidden_fields.get(trigger, frozenset())
        return False

    def _notes_at_level(self, r: Row) -> Row:
        """A step kept, without the conviction note in its notes and the custody-ended reason
        it was closed with where the copy withholds the captive's status, which they would
        tell."""
        if self.status_shown(r.get("captive_uid")):
            return r
        return {**r, "notes": without_convicted_note(r.get("notes")),
                "status_reason": reason_at_level(r.get("status_reason") or "", False)}

    def _empty_lost_references(self) -> None:
        for table, refs in _OPTIONAL_REFS.items():
            for i, r in enumerate(self.out.tables.get(table, [])):
                lost = {ref: None for ref in refs if r.get(ref) is not None
                        and not self.has(ref.removesuffix("_uid") + "s", r[ref])}
                if lost:
                    self.out.tables[table][i] = {**r, **lost}


def filter_tables(tables: Mapping[str, list[Row]], level: Sensitivity,
                  captive_uids: Collection[str] | None = None) -> Filtered:
    """The rows of an export that a copy at ``level`` (public or shareable) for
    ``captive_uids`` (all captives allowed at the level when ``None``) may hold."""
    if level is Sensitivity.INTERNAL:
        raise ValueError("a travel copy is made below the internal level")
    return _Filter(tables, level, captive_uids).run()


def filter_settings(settings: list[Row], captive_uids: Collection[str]) -> list[Row]:
    """The case settings a copy keeps: those of the whole file, and the custody maxima of the
    captives it holds (``captive:UID``)."""
    kept = set(captive_uids)
    return [s for s in settings if not str(s.get("scope", "")).startswith("captive:")
            or str(s["scope"]).removeprefix("captive:") in kept]


__all__ = ["BOOKKEEPING", "Filtered", "blank_value", "captive_field_level", "filter_settings",
           "filter_tables", "hidden_captive_fields"]
