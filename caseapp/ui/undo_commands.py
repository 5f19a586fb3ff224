"""The undo stack's commands: what a command is about (:class:`Record`), how it reads its
record to check it is still as it left it (the readers), and the Add and the Edit, whose
``undo_write``/``redo_write`` :class:`caseapp.ui.ops.Operations` runs on its worker (the Qt
``undo``/``redo`` overrides only move the stack). See :mod:`caseapp.ui.ops` for the rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from caseapp.domain.errors import NotFound
from caseapp.domain.status_dates import NO_STATUS_DATE
from caseapp.services.casefile import CaseFile
from caseapp.ui.i18n import plural

Reader = Callable[[CaseFile, int], dict[str, Any]]


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class Dropped(Exception):
    """The command's record was deleted or changed since: the command is dropped."""


@dataclass
class Record:
    """What a command is about: the record (``service`` is the CaseFile attribute that
    stores it; ``id`` follows the record when a redo re-creates it) and its captives."""

    service: str
    id: int
    label: str  # how the record reads in a question ("the hearing of 3 March 2027")
    captive_ids: tuple[int, ...] = ()
    # The row's own identity: a record deleted elsewhere leaves its id to the next one added
    # (SQLite reuses the highest), which is another record, perhaps of another captive.
    uid: str | None = None

    def same_row(self, other: Record) -> bool:
        """Whether ``other`` is about this very row (its id, and its uid where both know it)."""
        return self.service == other.service and self.id == other.id and (
            self.uid is None or other.uid is None or self.uid == other.uid)


def still_there(cf: CaseFile, record: Record) -> bool:
    """Whether ``record`` is in the case file under its id, the very row (its uid)."""
    try:
        dto = getattr(cf, record.service).get(record.id)
    except NotFound:
        return False
    return record.uid is None or getattr(dto, "uid", record.uid) == record.uid


class AttributeReader:
    """Reads a record's ``keys`` (those its DTO has) through its service's ``get``."""

    def __init__(self, service: str, keys: Sequence[str]):
        self.service, self.keys = service, tuple(keys)

    def __call__(self, cf: CaseFile, record_id: int) -> dict[str, Any]:
        dto = getattr(cf, self.service).get(record_id)
        return {k: getattr(dto, k) for k in self.keys if hasattr(dto, k)}


class StatusReader(AttributeReader):
    """A captive's status and its date, no date read as :data:`NO_STATUS_DATE`: undoing a
    captive's first status change writes back no date, not today's."""

    def __init__(self) -> None:
        super().__init__("captives", ("status", "status_since"))

    def __call__(self, cf: CaseFile, record_id: int) -> dict[str, Any]:
        values = super().__call__(cf, record_id)
        if values.get("status_since", NO_STATUS_DATE) is None:
            values["status_since"] = NO_STATUS_DATE
        return values


class CustodyReader:
    """A captive's status, its day and their stays' departures, read together
    (``custody.state``): the undo of a status change that ended a stay puts back both, and
    a command whose captive or stays changed since is dropped. Its commands are about the
    ``custody`` service, whose ``update`` writes them back in one transaction."""

    def __call__(self, cf: CaseFile, record_id: int) -> dict[str, Any]:
        return cf.custody.state(record_id)


class RecordCommand(QUndoCommand):
    """An undoable write about one record. The Qt overrides only move the stack."""

    deletes_on_undo = False

    def __init__(self, action: str, captive_name: str, record: Record, read: Reader,
                 snapshot: dict[str, Any]):
        super().__init__(f"{action} — {captive_name}" if captive_name else action)
        self.action, self.captive_name, self.record = action, captive_name, record
        self.read, self.snapshot = read, snapshot

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass

    def about(self, service: str, record_id: int) -> bool:
        return self.record.service == service and self.record.id == record_id

    def check(self, cf: CaseFile) -> None:
        """Raise :class:`Dropped` unless the record holds what this command wrote last (and is
        the very record: one deleted elsewhere leaves its number to the next one added)."""
        try:
            now = self.read(cf, self.record.id)
            if self.record.uid is not None \
                    and getattr(getattr(cf, self.record.service).get(self.record.id), "uid",
                                self.record.uid) != self.record.uid:
                raise NotFound(self.record.label)
        except NotFound:
            raise Dropped(translate("Operations", "%1 no longer exists.").replace("%1", self.record.label)) from None
        if any(now.get(k) != v for k, v in self.snapshot.items()):
            raise Dropped(translate("Operations", "%1 was changed since.").replace("%1", self.record.label))

    def undo_write(self, cf: CaseFile) -> None:
        raise NotImplementedError

    def redo_write(self, cf: CaseFile) -> None:
        raise NotImplementedError


class CreateCommand(RecordCommand):
    """A record added: undo deletes it (after asking), redo adds it again with the same
    values (a new record, whose id the command follows from then on)."""

    deletes_on_undo = True

    def __init__(self, action: str, captive_name: str, record: Record, read: Reader,
                 snapshot: dict[str, Any], data: dict[str, Any] | None):
        super().__init__(action, captive_name, record, read, snapshot)
        self.data = data  # None: it cannot be added again (a document read from a file)
        self.present = True
        # The records its values name (its captive, the criminal case of a charge): the
        # key, the record (an Add's own, whose id follows its redo) and the id named.
        self.refs: list[tuple[str, Record, int]] = []

    def refer(self, key: str, owner: Record) -> None:
        """Its value ``key`` names ``owner``: a redo puts it there again, wherever a redo
        of the owner's Add put the owner, and never onto a record that took its number."""
        self.refs.append((key, owner, owner.id))

    def check(self, cf: CaseFile) -> None:
        if self.present:  # (before its undo, which would delete it: asked only if it may be)
            super().check(cf)
            self.check_unused(cf)
        elif self.data is None:
            raise Dropped(translate("Operations", "%1 cannot be added again.").replace("%1", self.record.label))
        else:
            for _key, owner, _named in self.refs:
                if not still_there(cf, owner):
                    raise Dropped(translate("Operations", "%1 no longer exists.").replace("%1", owner.label))

    def values_now(self) -> dict[str, Any]:
        """The values to add again: each record named where it is now."""
        data = dict(self.data or {})
        for key, owner, named in self.refs:
            value = data.get(key)
            if isinstance(value, list | tuple):
                data[key] = [owner.id if v == named else v for v in value]
            elif value == named:
                data[key] = owner.id
        return data

    def undo_write(self, cf: CaseFile) -> None:
        self.check(cf)
        getattr(cf, self.record.service).delete(self.record.id)
        self.present = False

    def check_unused(self, cf: CaseFile) -> None:
        """Raise :class:`Dropped` when records written since by a path the undo history does
        not hold (a letter kept as a draft intervention, the command line, a colleague) refer
        to the record: an organisation or a person they are addressed to, an organisation
        someone joined. Deleting it would leave them without it."""
        uses = getattr(getattr(cf, self.record.service), "uses", None)
        if uses is None:
            return
        interventions, people = uses(self.record.id)
        if interventions:
            raise Dropped(plural(translate("Operations", "%1 is now the addressee of %n "
                                                         "intervention(s) recorded since.", "",
                                           interventions), interventions)
                          .replace("%1", self.record.label))
        if people:
            raise Dropped(plural(translate("Operations", "%1 now has %n member(s) in "
                                                         "the directory, added since.", "",
                                           people), people).replace("%1", self.record.label))

    def redo_write(self, cf: CaseFile) -> None:
        self.check(cf)
        dto = getattr(cf, self.record.service).create(**self.values_now())
        moved = {named: owner.id for _key, owner, named in self.refs if owner.service == "captives"}
        self.record.captive_ids = tuple(moved.get(c, c) for c in self.record.captive_ids)
        self.record.id, self.record.uid = dto.id, getattr(dto, "uid", None)
        self.snapshot = self.read(cf, dto.id)
        self.present = True


class UpdateCommand(RecordCommand):
    """A record edited: undo writes the old values back, redo the new ones."""

    def __init__(self, action: str, captive_name: str, record: Record, read: Reader,
                 snapshot: dict[str, Any], old: dict[str, Any], new: dict[str, Any]):
        super().__init__(action, captive_name, record, read, snapshot)
        self.old, self.new = old, new

    def _write(self, cf: CaseFile, values: dict[str, Any]) -> None:
        """Write ``values`` back unless the record changed since this command wrote it: the
        version is read before the check and the write is refused once it moved (a team
        member's save between the check and the write is never overwritten)."""
        svc = getattr(cf, self.record.service)
        version = None
        if hasattr(svc, "version"):
            try:
                version = svc.version(self.record.id)
            except NotFound:
                pass  # (the check says it is gone)
        self.check(cf)
        if version is None:
            svc.update(self.record.id, **values)
        else:
            svc.update(self.record.id, expected_version=version, **values)
        self.snapshot = self.read(cf, self.record.id)

    def undo_write(self, cf: CaseFile) -> None:
        self._write(cf, self.old)

    def redo_write(self, cf: CaseFile) -> None:
        self._write(cf, self.new)
