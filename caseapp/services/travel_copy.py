"""A travel copy: a new case file holding only what is at or below a level (public or
shareable) for chosen captives, encrypted with its own passphrase, to cross a border with.

The copy is the main file's JSON export (:mod:`caseapp.services.interchange`) filtered by
:mod:`caseapp.services.travel_filter` and imported into a new encrypted file. It carries a
mark (a file event ``travel copy``) saying so — shown in the window's title — with what a
merge back needs: the copy's identity, its level, the captives chosen and, for every record,
its version in the main file and in the copy when the copy was made (so that the merge knows
which side changed what). The mark names no file: a border guard reading the copy learns
nothing of where the main file lives. The main file logs the copy (file event
``travel copy made``) with the same identity.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from caseapp.db.models import AuditEntry, FileEvent
from caseapp.db.plain_reads import session_mark_detail
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.location import Location
from caseapp.domain.messages import msg
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.passphrase import check_new_passphrase
from caseapp.domain.redaction import consent_message, publicity_refused
from caseapp.domain.travel_mark import TRAVEL_MARK, TravelMark, mark_from_detail
from caseapp.fileio import SQLITE_SIDE_FILES, fsync_dir
from caseapp.services import interchange
from caseapp.services.base import ServiceContext, output_level
from caseapp.services.identity import this_case_file
from caseapp.services.labels import level_label
from caseapp.services.travel_filter import filter_settings, filter_tables
from caseapp.write_errors import disk_full, no_space

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

COPY_MADE = "travel copy made"  # the file event of the main file
COPY_MERGED = "travel copy merged"
TRAVEL_LEVELS = (Sensitivity.PUBLIC, Sensitivity.SHAREABLE)


@dataclass(frozen=True)
class TravelCopyMade:
    path: Path
    copy_id: str
    level: Sensitivity
    counts: dict[str, int]  # records of each table in the copy
    left_out: dict[str, int]  # records of each table kept back by the level or the choice
    hidden_fields: int  # captive fields blanked


def read_mark(ctx: ServiceContext) -> TravelMark | None:
    """The travel copy's mark, or ``None`` for a case file that is not a travel copy."""
    with ctx.read() as s:
        return mark_from_detail(session_mark_detail(s))


def write_mark(ctx: ServiceContext, mark: TravelMark) -> None:
    """Record ``mark`` in the travel copy (the newest mark is the one read)."""
    detail = json.dumps({
        "copy_id": mark.copy_id, "level": mark.level.value,
        "captives": list(mark.captive_uids) if mark.captive_uids is not None else None,
        "made_at": mark.made_at.isoformat(), "versions": mark.versions,
        **({"made_from": {"identity": mark.made_from.identity, "created": (
            mark.made_from.created.isoformat() if mark.made_from.created else None)}}
           if mark.made_from is not None else {}),
    }, ensure_ascii=False, separators=(",", ":"))
    with ctx.transaction() as s:
        s.add(FileEvent(actor=ctx.actor, kind=TRAVEL_MARK, detail=detail))


def copies_made(ctx: ServiceContext) -> list[dict[str, Any]]:
    """The travel copies made from this case file (and merged back), oldest first: each a
    dict of ``copy_id``, ``level``, ``captives``, ``at``, ``by`` and ``merged`` (a date)."""
    with ctx.read() as s:
        events = s.execute(select(FileEvent.kind, FileEvent.detail, FileEvent.at, FileEvent.actor)
                           .where(FileEvent.kind.in_((COPY_MADE, COPY_MERGED)))
                           .order_by(FileEvent.id)).all()
    made: dict[str, dict[str, Any]] = {}
    for kind, detail, at, actor in events:
        data = json.loads(detail)
        if kind == COPY_MADE:
            made[data["copy_id"]] = {**data, "at": at, "by": actor, "merged": None}
        elif data.get("copy_id") in made:
            made[data["copy_id"]]["merged"] = at
    return list(made.values())


def versions_of(ctx: ServiceContext) -> dict[str, int]:
    """uid → row version of every record of a case file."""
    from caseapp.db.base import Base

    out: dict[str, int] = {}
    with ctx.read() as s:
        for name in interchange.TABLES:
            table = Base.metadata.tables[name]
            if "uid" in table.c and "row_version" in table.c:
                out.update({u: v for u, v in s.execute(select(table.c.uid, table.c.row_version))})
    return out


def changed_in(ctx: ServiceContext) -> dict[str, set[str]]:
    """uid → the fields of that record changed in this case file by hand, as its audit log
    tells them (a reference by its export name too: ``contact_id`` and ``contact_uid``)."""
    with ctx.read() as s:
        rows = s.execute(select(AuditEntry.record_uid, AuditEntry.field)
                         .where(AuditEntry.action == AuditAction.UPDATE, AuditEntry.field != ""))
        out: dict[str, set[str]] = {}
        for uid, name in rows:
            out.setdefault(uid, set()).update((name, name.removesuffix("_id") + "_uid"))
    return out


def _chosen_uids(cf: CaseFile, level: Sensitivity, captive_ids: Sequence[int] | None
                 ) -> list[str] | None:
    if not captive_ids:
        return None
    uids = []
    for cid in dict.fromkeys(captive_ids):
        captive = cf.captives.get(cid)  # NotFound names an unknown ID
        name = name_in_every_language(captive)
        if not level.allows(captive.sensitivity):
            raise ValidationError(
                msg("The file of {name} (ID {record_id}) is marked {marked}: it cannot go in a travel copy at the "
                    "{level} level.", name=name, record_id=cid, marked=level_label(captive.sensitivity),
                    level=level_label(level)), field="captive")
        if publicity_refused(level, captive.consent_publicity):
            raise ValidationError(consent_message(captive, msg("travel copy")), field="captive")
        uids.append(captive.uid)
    return uids


def _partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.partial")


def make_travel_copy(cf: CaseFile, target: Path | str, *, level: Sensitivity | str,
                     passphrase: str, repeat: str | None = None,
                     captive_ids: Sequence[int] | None = None,
                     now: datetime | None = None) -> TravelCopyMade:
    """Write a travel copy of ``cf`` at ``target`` (a new file: never over one that exists,
    the case file or a backup), at ``level`` (public or shareable), for ``captive_ids`` (all
    captives allowed at the level when empty), encrypted with ``passphrase``.

    Raises :class:`ValidationError` (a level, a captive or a passphrase refused, a target
    that exists or is protected) before anything is written."""
    if cf.login.restricted:  # (a copy written, then its record refused, stayed unrecorded)
        raise CaseFileError(msg(
            "A travel copy is recorded in the case file's events, and merged back into it, "
            "which needs internal clearance: {login} has {clearance}. Nothing was written.",
            login=cf.login.login, clearance=level_label(cf.login.clearance or Sensitivity.PUBLIC)),
            bad_input=True)
    target = Path(target).expanduser()
    cf.db.refuse_writes()  # the case file notes the copy made (a travel merge needs it)
    cf.output_guard.check(target, what=msg("the travel copy"))
    level = output_level(cf.ctx, level)
    if level not in TRAVEL_LEVELS:
        raise ValidationError(msg("A travel copy is made at the public or shareable level: the "
                              "point is to leave the internal records at home."), field="level")
    if target.exists():
        raise ValidationError(msg("{path} exists already: a travel copy is always a new file. Choose another name.",
                                  path=target), field="target")
    if not target.parent.is_dir():
        raise ValidationError(msg("There is no folder {path} to write the travel copy in.", path=target.parent),
                              field="target")
    check_new_passphrase(passphrase, repeat)
    chosen = _chosen_uids(cf, level, captive_ids)
    data = interchange.export_data(cf.ctx)
    main_versions = versions_of(cf.ctx)
    kept = filter_tables(data["tables"], level, chosen)
    captives_kept = [r["uid"] for r in kept.tables.get("captives", [])]
    settings = filter_settings(data.get("case_settings", []), captives_kept)
    copy_id = str(uuid.uuid4())
    made_from = this_case_file(cf.ctx)
    made_at = (now or datetime.now(UTC)).replace(microsecond=0)
    partial = _partial_path(target)
    _remove_partial(partial)
    from caseapp.services.casefile import open_case_file  # the composition root of a file

    try:
        travel = open_case_file(Location(path=partial), passphrase=passphrase, create=True,
                                actor=cf.ctx.actor, today=cf.ctx.today)
        try:
            # The copy holds the deadlines the filter kept and no others: none is computed
            # again from its records (it would come back at the level a computed deadline
            # gets, above a public copy's, or as one the lawyer raised and the summary says
            # was left at home). Later changes in the copy compute none above its level
            # (caseapp.services.deadline_writes).
            interchange.import_data(
                travel.ctx, {"tables": kept.tables, "case_settings": settings},
                source="travel copy", services=travel, set_off=False)
            versions: dict[str, list[int | None]] = {
                uid: [main_versions.get(uid), version]
                for uid, version in versions_of(travel.ctx).items()}
            write_mark(travel.ctx, TravelMark(copy_id, level, tuple(chosen) if chosen else None,
                                              made_at, versions, made_from))
        finally:
            travel.close()
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        _remove_partial(partial)
        if disk_full(exc, folder=target.parent):  # the copy's disk, not the case file's
            raise no_space(target) from None
        if isinstance(exc, OSError) and exc.errno is not None and exc.filename is not None \
                and Path(exc.filename).name.startswith(partial.name):
            # (said of the file asked for, not of the hidden one written first)
            raise type(exc)(exc.errno, exc.strerror, str(target)) from None
        raise
    cf.log_event(COPY_MADE, json.dumps({
        "copy_id": copy_id, "level": level.value, "captives": captives_kept,
        "made_at": made_at.isoformat()}, ensure_ascii=False))
    return TravelCopyMade(path=target, copy_id=copy_id, level=level,
                          counts={n: len(rows) for n, rows in kept.tables.items() if rows},
                          left_out=kept.left_out,
                          hidden_fields=sum(len(v) for v in kept.hidden_fields.values()))


def _remove_partial(partial: Path) -> None:
    for suffix in ("", *SQLITE_SIDE_FILES):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


__all__ = ["COPY_MADE", "COPY_MERGED", "TRAVEL_LEVELS", "TRAVEL_MARK", "TravelCopyMade",
           "TravelMark", "changed_in", "copies_made", "make_travel_copy", "read_mark", "versions_of",
           "write_mark"]
