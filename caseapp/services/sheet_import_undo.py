"""Taking a spreadsheet import back (the undo of the wizard): the captives it created
deleted, what it added to captives already there removed and the fields it filled emptied
again, in one transaction with one audit entry for the import and, in each captive's history,
the changes back (as the import wrote its changes there). Only the rows it wrote, known by their uid
(:mod:`caseapp.services.import_rows_identity`)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import NotFound
from caseapp.domain.messages import msg
from caseapp.services.audit_trail import audit
from caseapp.services.base import announce
from caseapp.services.import_rows_identity import same_row
from caseapp.services.sheet_import import _MODELS, SheetImportResult, _SheetImport
from caseapp.services.sheet_preview import SheetServices

_AUDITED = ("detention_places", "notes")  # the records a row adds (its status change is not)


def _captives_still_there(s: Session, result: SheetImportResult) -> dict[int, Captive]:
    """The captives the import created or added to, each still the very captive it wrote;
    NotFound (naming it) when one was deleted since, its number perhaps another's now."""
    out: dict[int, Captive] = {}
    for cid in result.created:
        obj = same_row(s, Captive, cid, result.uids)
        if obj is None:
            raise NotFound(msg("Captive {id} of the import was deleted since.", id=cid))
        out[cid] = obj
    for cid in result.merged_ids:
        if cid in out:
            continue  # merged into a captive the import created
        obj = same_row(s, Captive, cid, result.uids)
        if obj is None:
            raise NotFound(msg("Captive {id} was deleted since.", id=cid))
        out[cid] = obj
    return out


def check_import(services: SheetServices, result: SheetImportResult) -> None:
    """Raise NotFound when the import can no longer be taken back (see
    :func:`_captives_still_there`); read only."""
    with services.ctx.transaction() as s:
        _captives_still_there(s, result)


def undo_import(services: SheetServices, result: SheetImportResult) -> None:
    """Take an import back: its captives deleted, what it added to others removed and the
    fields it filled emptied again; one audit entry. Raises NotFound when a captive it
    created or added to is gone (then nothing changes). Only the rows it wrote are touched:
    one deleted since is left out, and so is another that took its number."""
    ctx = services.ctx
    with ctx.transaction() as s, services.deadline_engine.reading(s):
        captives = _captives_still_there(s, result)
        for cid in result.created:
            services.captives.audit_deleted(s, captives[cid])
            s.delete(captives[cid])
        for m in reversed(result.merged):
            if m.captive_id in result.created:
                continue  # merged into a captive the import created: gone with it
            obj = captives[m.captive_id]
            was = services.captives.audited_values(obj)  # (its history says what came back)
            for table, rid in m.records:
                record = same_row(s, _MODELS[table], rid, result.uids)
                if record is not None:
                    if table in _AUDITED:
                        getattr(services, table).audit_deleted(s, record)
                    s.delete(record)
            for nid in m.names:
                name = same_row(s, CaptiveName, nid, result.uids)
                if name is not None and name in obj.names:
                    obj.names.remove(name)
                    s.delete(name)
            s.flush()
            before = dict(m.before)
            if "status" in before:  # as it was, its change deleted above: no new change
                obj.status, obj.status_since = before.pop("status"), before.pop("status_since")
            services.captives._apply_and_check(s, obj, before)
            services.captives.audit_changed(s, obj, was)
        audit(s, ctx, AuditAction.DELETE, _SheetImport(str(uuid.uuid4())),
              summary=msg("Undo of the spreadsheet import of {file}", file=result.file_name),
              old={"file": result.file_name, "sha256": result.sha256,
                   "created": len(result.created), "merged": len(result.merged)})
        if result.created:
            announce(s, Changes("captives", AuditAction.DELETE, result.created, result.created))
        if result.merged:
            announce(s, Changes("captives", AuditAction.UPDATE, result.merged_ids,
                                result.merged_ids))
