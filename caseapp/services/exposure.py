"""The seizure exposure report: after a device was seized or lost, what it held and what to do.

Two ways to know what the device held:

- **a backup** made from it (``since_backup``): the backup is copied to a private temporary
  folder and opened there (the backup itself is never written to), read, and the copy wiped;
- **the audit trail** of the case file (``as_of``): the records that existed at the end of
  that day (made before, not deleted before), and those the audit log says were deleted
  since, by the label they had.

The report says which captives, families, contacts and sources were on the device, at which
levels, which documents, and which credentials to revoke or rotate: the case file's
passphrase (and every backup and travel copy that shares it or was made from it), the
accounts that wrote in the file, recovery shares handed out.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from caseapp.db import key_wrap
from caseapp.db.file_identity import identity_of_file
from caseapp.db.models import FileEvent
from caseapp.db.postgres import is_server
from caseapp.domain.dates import local_zone, zone_name
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.exposure import (
    Credential,
    ExposedCaptive,
    ExposedDocument,
    ExposedPerson,
    ExposedSource,
    ExposureReport,
)
from caseapp.domain.file_identity import FileIdentity, same_case_file
from caseapp.domain.location import Location
from caseapp.domain.messages import Message, msg
from caseapp.domain.name_display import latin_display_name
from caseapp.domain.redaction import effective_level
from caseapp.domain.travel_mark import TravelMark
from caseapp.services import interchange
from caseapp.services.base import ServiceContext
from caseapp.services.identity import Owner, check, created_text
from caseapp.services.labels import level_label
from caseapp.services.outputs_written import written_outputs
from caseapp.services.travel_copy import COPY_MADE, read_mark
from caseapp.services.wipe import wipe_files

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

Row = dict[str, Any]
Tables = dict[str, list[Row]]

# Tables whose rows are "about" one captive (counted in the captive's line).
_ABOUT_CAPTIVE = ("captive_names", "status_changes", "identity_documents", "detention_places",
                  "welfare_contacts", "notes", "prosecutions", "detention_orders",
                  "international_proceedings", "documents", "deadlines")


def _level(row: Row) -> Sensitivity:
    return Sensitivity(row.get("sensitivity") or Sensitivity.INTERNAL)


def _names(rows: list[Row]) -> dict[str, list[Row]]:
    by_captive: dict[str, list[Row]] = {}
    for r in rows:
        by_captive.setdefault(r["captive_uid"], []).append(r)
    for names in by_captive.values():
        names.sort(key=lambda r: not r.get("is_primary"))
    return by_captive


def _captive_name(names: list[Row]) -> tuple[str, tuple[str, ...]]:
    """The captive's primary name with its Latin headline, and every other name."""
    spelled = [n["full_name"] for n in names if n.get("full_name")]
    if not spelled:
        return "—", ()
    latin = latin_display_name(SimpleNamespace(**n) for n in names)
    head = spelled[0] if not latin or latin == spelled[0] else f"{spelled[0]} ({latin})"
    return head, tuple(spelled[1:])


def build_report(tables: Tables, events: Iterable[tuple[str, str, datetime]], *, basis: str,
                 source: str, as_of: datetime, encrypted: bool,
                 now: datetime | None = None, deleted_since: tuple[str, ...] = (),
                 zone: str = "UTC", on_server: bool = False,
                 travel_level: Sensitivity | None = None) -> ExposureReport:
    """The report from the rows of the file as the device held it (export form) and the
    file's events (kind, detail, when); ``on_server``: the file is a team server's;
    ``travel_level``: the device held a travel copy at that level, not the case file."""
    events = list(events)
    names = _names(tables.get("captive_names", []))
    about: Counter[str] = Counter()
    for table in _ABOUT_CAPTIVE:
        for r in tables.get(table, []):
            if r.get("captive_uid"):
                about[r["captive_uid"]] += 1
    captives = []
    captive_names: dict[str, str] = {}
    for c in tables.get("captives", []):
        head, others = _captive_name(names.get(c["uid"], []))
        captive_names[c["uid"]] = head
        captives.append(ExposedCaptive(head, others, _level(c), str(c.get("status") or ""),
                                       bool(c.get("consent_publicity")), about[c["uid"]],
                                       str(c.get("sex") or "")))
    captives.sort(key=lambda x: x.name.casefold())
    organisations = {o["uid"]: o for o in tables.get("organisations", [])}
    families: list[ExposedPerson] = []
    contacts: list[ExposedPerson] = []
    for p in tables.get("contacts", []):
        org = organisations.get(p.get("organisation_uid") or "", {})
        person = ExposedPerson(p.get("name", ""), org.get("name", ""), p.get("role", ""),
                               str(org.get("kind", "")), _level(p), _reach(p))
        (families if person.kind == "family" else contacts).append(person)
    with_people = {p.get("organisation_uid") for p in tables.get("contacts", [])}
    for o in organisations.values():  # a family recorded without a person in it
        if o.get("kind") == "family" and o["uid"] not in with_people:
            families.append(ExposedPerson(o.get("name", ""), o.get("name", ""), "", "family",
                                          _level(o), _reach(o)))
    index = {name: {r["uid"]: r for r in tables.get(name, [])}
             for name in ("captives", "prosecutions", "hearings", "interventions")}
    documents = [ExposedDocument(d.get("title", ""), d.get("filename", ""),
                                 captive_names.get(d.get("captive_uid") or "", ""),
                                 _document_level(d, index), d.get("source", ""))
                 for d in tables.get("documents", [])]
    sources: dict[str, list[int]] = {}
    for d in tables.get("documents", []):
        if (d.get("source") or "").strip():
            sources.setdefault(d["source"].strip(), [0, 0])[0] += 1
    for w in tables.get("welfare_contacts", []):
        if (w.get("source") or "").strip():
            sources.setdefault(w["source"].strip(), [0, 0])[1] += 1
    return ExposureReport(
        basis=basis, source=source, as_of=as_of, zone=zone,
        generated_at=now or datetime.now(UTC),
        captives=tuple(captives),
        families=tuple(sorted(families, key=lambda p: p.name.casefold())),
        contacts=tuple(sorted(contacts, key=lambda p: (p.organisation.casefold(),
                                                       p.name.casefold()))),
        sources=tuple(ExposedSource(n, d, w) for n, (d, w) in
                      sorted(sources.items(), key=lambda kv: kv[0].casefold())),
        documents=tuple(sorted(documents, key=lambda d: (d.captive.casefold(),
                                                         d.title.casefold()))),
        credentials=_credentials(tables, events, encrypted, on_server,
                                 travel=travel_level is not None),
        deleted_since=deleted_since, travel_level=travel_level,
        outputs=written_outputs(events))


def _document_level(d: Row, index: dict[str, dict[str, Row]]) -> Sensitivity:
    """A document's effective level: the strictest of its own and the records it is filed
    with (a hearing under its prosecution), as every output prints it."""
    def level_of(table: str, uid: str | None) -> Sensitivity | None:
        if not uid:
            return None
        row = index[table].get(uid)
        if row is None:
            return Sensitivity.INTERNAL  # a parent the file does not hold: assume the worst
        if table == "hearings":
            return effective_level(_level(row), level_of("prosecutions",
                                                         row.get("prosecution_uid")))
        return _level(row)

    return effective_level(_level(d), level_of("captives", d.get("captive_uid")),
                           level_of("prosecutions", d.get("prosecution_uid")),
                           level_of("hearings", d.get("hearing_uid")),
                           level_of("interventions", d.get("intervention_uid")))


def _reach(row: Row) -> str:
    return " · ".join(x for x in (row.get("email", ""), row.get("phone", "")) if x)


def _credentials(tables: Tables, events: Iterable[tuple[str, str, datetime]],
                 encrypted: bool, on_server: bool = False, *,
                 travel: bool = False) -> tuple[Credential, ...]:
    """What to revoke or rotate. A case file on a team server has no passphrase, backups
    sharing it or recovery shares: the device held a login to it. A travel copy has a
    passphrase of its own (its backups share it), never the case file's, nor its shares."""
    if travel:
        out = [Credential("travel_passphrase" if encrypted else "not_encrypted", "")]
    elif on_server:
        out = [Credential("team_server", "")]
    else:
        out = [Credential("case_passphrase" if encrypted else "not_encrypted", ""),
               Credential("backups", "")]
    for kind, detail, at in events:
        if kind == COPY_MADE:
            out.append(Credential("travel_copy", at.date().isoformat(), detail))
    actors = sorted({str(a.get("actor")) for a in tables.get("audit_entries", [])
                     if a.get("actor")}, key=str.casefold)
    out += [Credential("account", a) for a in actors]
    if not on_server and not travel:
        out.append(Credential("recovery_shares", ""))
    return tuple(out)


def _events(ctx: ServiceContext) -> list[tuple[str, str, datetime]]:
    with ctx.read() as s:
        return [(k, d, a) for k, d, a in s.execute(
            select(FileEvent.kind, FileEvent.detail, FileEvent.at).order_by(FileEvent.id))]


# ---- from a backup --------------------------------------------------------------------------

def since_backup(backup: Path | str, passphrase: str | None, *, actor: str,
                 now: datetime | None = None, belongs_to: Owner | None = None,
                 other_case_file: bool = False) -> ExposureReport:
    """The report of what the backup at ``backup`` holds (opened read-only: a copy of it is
    opened in a private temporary folder and wiped after). A backup of another case file than
    ``belongs_to`` is refused (:class:`OtherCaseFile`) unless ``other_case_file``."""
    from caseapp.services.casefile import file_kind, not_a_case_file, open_case_file

    path = Path(backup).expanduser()
    if not path.is_file():
        raise ValidationError(msg("There is no backup at {path}.", path=path), field="backup")
    encrypted = file_kind(path) == "encrypted"
    reason = not_a_case_file(path) if encrypted else None
    if reason:  # a text file, a PDF: not a backup a passphrase would open
        raise ValidationError(msg("{path} cannot be read: {reason}.", path=path, reason=reason),
                              field="backup")
    if encrypted and not passphrase:
        raise ValidationError(msg("The backup {path} is encrypted: its passphrase is needed.",
                                  path=path),
                              field="passphrase")
    zone = local_zone()  # the day it was made, where the lawyer is
    made = datetime.fromtimestamp(path.stat().st_mtime, zone).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="caseapp-exposure-") as folder:
        copy = Path(folder) / "backup.db"
        shutil.copyfile(path, copy)
        try:
            key_wrap.copy_keys(path, copy)  # (recovery set up: the passphrase unwraps its key)
            theirs = identity_of_file(copy, passphrase or None)  # as the backup is, before any upgrade
            try:
                cf = open_case_file(Location(path=copy), passphrase=passphrase or None,
                                    actor=actor)
            except CaseFileError as exc:  # said of the backup, not of its private copy
                exc.args = (_named(exc.message, copy, path), *exc.args[1:])
                raise
            try:
                mark = read_mark(cf.ctx)
                notes = _travel_copy_of(path, mark, belongs_to) or _belongs(
                    path, theirs, belongs_to, other_case_file)
                tables = interchange.export_data(cf.ctx)["tables"]
                events = _events(cf.ctx)
                encrypted = cf.db.encrypted
            finally:
                cf.close()
        finally:
            wipe_files(sorted(Path(folder).iterdir()))
    report = build_report(tables, events, basis="backup", source=path.name, as_of=made,
                          encrypted=encrypted, now=now, zone=zone_name(zone, made.date()),
                          travel_level=mark.level if mark is not None else None)
    return dataclasses.replace(report, notes=notes)


def _travel_copy_of(path: Path, mark: TravelMark | None, belongs_to: Owner | None
                    ) -> tuple[Message, ...]:
    """The line said of a travel copy (or its backup) made from ``belongs_to``: it is that
    case file's, at its level; nothing (checked as any backup) when it is not one."""
    if mark is None or belongs_to is None or \
            not same_case_file(belongs_to.identity, mark.made_from):
        return ()
    return (msg("{backup} is a travel copy made from {case_file} on {day}, at the {level} level: "
                "the report lists what the copy held.", backup=path.name,
                case_file=belongs_to.name, day=mark.made_at.astimezone().date().isoformat(),
                level=level_label(mark.level)),)


def _belongs(path: Path, theirs: FileIdentity | None, belongs_to: Owner | None,
             other_case_file: bool) -> tuple[Message, ...]:
    if belongs_to is None:
        return ()
    refused = msg("The backup {backup} is of another case file (created {theirs}) than "
                  "{case_file} (created {ours}); no report was written.", backup=path.name,
                  theirs=created_text(theirs), case_file=belongs_to.name,
                  ours=created_text(belongs_to.identity))
    return check(theirs, belongs_to.identity, refused=refused, file=path,
                 case_file=belongs_to.name, other_case_file=other_case_file)


def _named(message: str | Message, copy: Path, path: Path) -> str | Message:
    """``message`` about the private ``copy``, said of the backup at ``path`` instead."""
    if isinstance(message, Message):
        return dataclasses.replace(message, values=tuple(
            (name, path if isinstance(value, str | Path) and str(value) == str(copy) else value)
            for name, value in message.values))
    return message.replace(str(copy), str(path))


# ---- from the audit trail -------------------------------------------------------------------

def as_of(cf: CaseFile, day: date, *, now: datetime | None = None,
          zone: tzinfo | None = None) -> ExposureReport:
    """The report of what the case file held at the end of ``day`` where the lawyer is
    (``zone``, by default the computer's: the day of a seizure is the lawyer's day), read
    from its records' creation times and its audit log."""
    today = cf.ctx.today()
    if day > today:
        raise ValidationError(msg("{day} is in the future: the report tells what a device held on a day "
                                  "that has passed.", day=day), field="as_of")
    zone = zone or local_zone()
    cutoff = datetime.combine(day + timedelta(days=1), time(0), zone)
    data = interchange.export_data(cf.ctx)["tables"]
    deleted: dict[str, tuple[str, str]] = {}
    for a in data.get("audit_entries", []):
        if a.get("action") == "delete" and datetime.fromisoformat(a["at"]) >= cutoff:
            deleted[a["record_uid"]] = (a.get("entity", ""), a.get("summary", ""))
    created_before: set[str] = {a["record_uid"] for a in data.get("audit_entries", [])
                                if a.get("action") == "create"
                                and datetime.fromisoformat(a["at"]) < cutoff}
    tables: Tables = {}
    kept: set[str] = set()
    for name in interchange.TABLES:
        rows = []
        for r in data.get(name, []):
            if "uid" in r:
                made = r.get("created_at") or r.get("at")
                if made is None or datetime.fromisoformat(made) >= cutoff:
                    continue
                kept.add(r["uid"])
            elif not all(v in kept for k, v in r.items() if k.endswith("_uid")):
                continue
            rows.append(r)
        tables[name] = rows
    gone = tuple(f"{entity}: {summary}" for uid, (entity, summary) in deleted.items()
                 if uid in created_before)
    events = [(k, d, a) for k, d, a in _events(cf.ctx) if a < cutoff]
    return build_report(tables, events, basis="audit", source=cf.label, as_of=cutoff,
                        encrypted=cf.db.encrypted, now=now, deleted_since=gone,
                        zone=zone_name(zone, day), on_server=is_server(cf.db.engine))


__all__ = ["as_of", "build_report", "since_backup"]
