"""Operations: the only way the GUI writes to the case file (Anki's ``CollectionOp`` habit).

Every write runs on one serial worker (a :class:`~caseapp.ui.worker.Runner` with a private
pool of one thread, owned by the case-file session), returns the :class:`Changes` the
services published while it ran, and, when it can be undone, leaves a command on the undo
stack that knows its captive and its record.

How a dialog waits for its write
    A :class:`~caseapp.ui.dialogs.record_dialog.RecordDialog` must know whether its save
    worked: a validation error is shown in the dialog, which stays open. So
    :meth:`Operations.run` submits the write to the serial worker and waits for its answer
    in a local event loop: the window keeps painting (and the busy bar shows) while the
    write runs, and the exception the service raised comes back to the dialog's ``save``
    on the UI thread, as if the call were direct. Writes started while another one runs
    queue behind it on the worker: they never overlap.

Undo and redo
    The commands' ``undo()``/``redo()`` overrides only move the stack: they do nothing and
    so never raise. :meth:`Operations.undo` and :meth:`Operations.redo` do the real work:

    1. commands already dropped (their record was deleted) are taken off the stack;
    2. on the worker, the command checks its record: if it is gone, or its stored values
       are not those the command wrote last (changed since, by another path), the command
       is *dropped*: removed from the stack, with a message in the status bar, never
       replayed (a write the case file refused as a whole, its disk full or its server out
       of reach, changes nothing and keeps the step, to be done again);
    3. an undo that would delete something (the undo of an Add) asks first, naming the
       record and the captive; "No" leaves everything as it is;
    4. the write runs on the worker, then the stack moves.

    Deleting a record (:meth:`Operations.delete`) drops the commands about it (and, for a
    captive, about their records) at once. Every error ends as a message; none escapes.
    The messages and the question are worded in :mod:`caseapp.ui.undo_words`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from caseapp.domain.errors import CaseAppError, CaseFileError, NotFound
from caseapp.services.casefile import CaseFile
from caseapp.ui.captive_names import shown_names
from caseapp.ui.undo_commands import (
    AttributeReader,
    CreateCommand,
    Dropped,
    Reader,
    Record,
    RecordCommand,
    UpdateCommand,
)
from caseapp.ui.undo_refs import named_records
from caseapp.ui.undo_words import (
    confirm_delete,
    done_text,
    dropped_text,
    not_done_text,
    not_undone_text,
)
from caseapp.ui.worker import Runner

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes

T = TypeVar("T")

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


@dataclass(frozen=True)
class Done:
    """What an operation returned, and the changes it made."""

    value: Any
    changes: tuple[Changes, ...] = ()


def captive_display_name(cf: CaseFile, captive_ids: Sequence[int]) -> str:
    """The captives a command is about, as the lists name them: the spelling in the
    interface's script (Armenian under hy, Cyrillic under ru), else the Latin name
    (:func:`caseapp.ui.captive_names.shown_names`); read on the worker."""
    names = []
    for cid in list(dict.fromkeys(captive_ids))[:2]:
        try:
            c = cf.captives.get(cid)
        except NotFound:
            continue
        names.append(shown_names(c.names, latin=c.latin_name, primary=c.primary_name)[0])
    if len(set(captive_ids)) > 2:
        names.append("…")
    return ", ".join(names)


def captives_of(dto: Any, captive_id: int | None = None) -> tuple[int, ...]:
    if captive_id is not None:
        return (captive_id,)
    if getattr(dto, "captive_id", None):
        return (dto.captive_id,)
    return tuple(getattr(dto, "captive_ids", ()) or ())


@dataclass
class _Waiting:
    loop: QEventLoop
    result: list[Any] = field(default_factory=list)


class Operations(QObject):
    """The serial worker, the undo stack and the write operations of one session."""

    message = Signal(str)  # for the status bar
    history_changed = Signal()  # what Undo / Redo would do changed
    settled = Signal()  # no write is waited for any more (the locker waits for it)

    def __init__(self, case_file: Callable[[], CaseFile | None], parent: QObject | None = None):
        super().__init__(parent)
        self._case_file = case_file
        self.worker = Runner(self, threads=1)
        self.stack = QUndoStack(self)
        self.stack.indexChanged.connect(self.history_changed)
        self._capturing: tuple[int, list[Changes]] | None = None
        self._moving = False
        self.waiting = 0  # writes being waited for in a local event loop
        self.dialog_parent: QWidget | None = None

    # -- running writes --
    def listen(self, change: Changes) -> None:
        """Given every committed change (any thread): kept for the operation running."""
        capture = self._capturing
        if capture is not None and capture[0] == threading.get_ident():
            capture[1].append(change)

    @contextmanager
    def _capture(self) -> Iterator[list[Changes]]:
        seen: list[Changes] = []
        self._capturing = (threading.get_ident(), seen)
        try:
            yield seen
        finally:
            self._capturing = None

    def run(self, fn: Callable[[CaseFile], T]) -> Done:
        """Run ``fn(case_file)`` on the serial worker and wait for it (see the module
        docstring); what it returned and the changes it made, or its exception, raised."""
        cf = self._case_file()
        if cf is None:
            raise CaseAppError(translate("Operations", "No case file is open."))

        def job() -> Done:
            with self._capture() as seen:
                value = fn(cf)
            return Done(value, tuple(seen))

        waiting = _Waiting(QEventLoop())

        def finish(ok: bool, payload: Any) -> None:
            waiting.result[:] = [ok, payload]
            waiting.loop.quit()

        self.worker.submit(job, lambda v: finish(True, v), lambda e: finish(False, e))
        self.waiting += 1
        try:
            while not waiting.result:
                waiting.loop.exec()
        finally:
            self.waiting -= 1
            if not self.waiting:
                self.settled.emit()
        ok, payload = waiting.result
        waiting.result.clear()  # no cycle: exception -> traceback -> this frame -> exception
        if not ok:
            try:
                raise payload
            finally:
                del payload  # (the same cycle, through this frame's own variable)
        return payload

    def wait(self, msecs: int = 30000) -> bool:
        return self.worker.wait(msecs)

    # -- the writes a dialog or view makes --
    def create(self, service: str, data: dict[str, Any], *, action: str, describe: Callable[[Any], str],
               keys: Sequence[str] = (), read: Reader | None = None, captive_id: int | None = None,
               add: Callable[[CaseFile], Any] | None = None) -> Any:
        """Add a record through ``service`` (``add`` instead of ``service.create(**data)``:
        such a record is not added again by Redo) and push its command."""
        reader = read or AttributeReader(service, keys or list(data))

        def write(cf: CaseFile) -> tuple[Any, dict[str, Any], str, list[tuple[str, Record]]]:
            dto = add(cf) if add is not None else getattr(cf, service).create(**data)
            cid = dto.id if service == "captives" else captive_id
            return (dto, reader(cf, dto.id), captive_display_name(cf, captives_of(dto, cid)),
                    named_records(cf, data, captive_display_name))

        cf = self._case_file()
        done = self.run(write)
        dto, snapshot, name, named = done.value
        cid = dto.id if service == "captives" else captive_id
        record = Record(service, dto.id, describe(dto), captives_of(dto, cid),
                        getattr(dto, "uid", None))
        command = CreateCommand(action, name, record, reader, snapshot,
                                None if add is not None else dict(data))
        for key, owner in named:
            command.refer(key, self._added(owner))
        self._push(cf, command)
        return dto

    def _added(self, record: Record) -> Record:
        """The record of the Add on the stack that made ``record``'s row (its id follows a
        redo), else ``record``."""
        for other in self.commands():
            if isinstance(other, CreateCommand) and not other.isObsolete() \
                    and other.record.same_row(record):
                return other.record
        return record

    def update(self, service: str, record_id: int, new: dict[str, Any], *, action: str,
               describe: Callable[[Any], str], old: dict[str, Any] | None = None,
               keys: Sequence[str] = (), read: Reader | None = None,
               captive_id: int | None = None, write: Callable[[CaseFile], Any] | None = None,
               expected_version: int | None = None) -> Any:
        """Change a record (refused with StaleRecord if ``expected_version``, the version it
        was read at, is no longer the record's). Undo writes back ``old`` (default: the values before of every
        field read that changed, a recomputed one too), Redo the values after; ``write``
        replaces ``service.update(record_id, **new)`` (a status change). Nothing is pushed
        when nothing changed."""
        reader = read or AttributeReader(service, keys or list(new))

        def job(cf: CaseFile) -> tuple[Any, dict[str, Any], dict[str, Any], str]:
            before = reader(cf, record_id)
            svc = getattr(cf, service)
            dto = write(cf) if write is not None else svc.update(
                record_id, expected_version=expected_version, **new)
            after = reader(cf, record_id)
            cid = record_id if service == "captives" else captive_id
            return dto, before, after, captive_display_name(cf, captives_of(dto, cid))

        cf = self._case_file()
        done = self.run(job)
        dto, before, after, name = done.value
        if before == after:
            return dto
        if old is not None:
            back, forward = old, new
        else:
            back = {k: v for k, v in before.items() if k in new or v != after.get(k)}
            forward = {k: after[k] for k in back if k in after}
        cid = record_id if service == "captives" else captive_id
        record = Record(service, record_id, describe(dto), captives_of(dto, cid),
                        getattr(dto, "uid", None) if getattr(dto, "id", None) == record_id else None)
        self._push(cf, UpdateCommand(action, name, record, reader, after, back, forward))
        return dto

    def delete(self, service: str, record_id: int, *, label: str = "",
               announce: bool = True) -> int:
        """Delete a record (for good) and drop every command about it: how many (said in
        the status bar when ``announce``; else see :func:`dropped_text`)."""
        self.run(lambda cf: getattr(cf, service).delete(record_id))
        return self.forget(service, record_id, label, announce=announce)

    def write(self, fn: Callable[[CaseFile], T]) -> T:
        """A write that cannot be undone (marking a deadline done, a photo): run it."""
        return self.run(fn).value

    def push(self, cf: CaseFile | None, command: RecordCommand) -> None:
        """Put a command of its own kind (a merge) on the stack after its write ran on
        ``cf`` (nothing if that file was closed or locked meanwhile)."""
        self._push(cf, command)

    def _push(self, cf: CaseFile | None, command: RecordCommand) -> None:
        if cf is None or cf is not self._case_file():
            return  # the file was closed or locked while the write ran
        # Share the record of the Add that made it: a redone Add gives it a new id. Only an
        # Add's: a step about several records (an import, a merge) names one of them, and an
        # edit tied to it would be undone on that one, not on the record it changed.
        command.record = self._added(command.record)
        self.stack.push(command)

    # -- the history --
    def commands(self) -> list[RecordCommand]:
        out = []
        for i in range(self.stack.count()):
            cmd = self.stack.command(i)
            if isinstance(cmd, RecordCommand):
                out.append(cmd)
        return out

    def forget(self, service: str, record_id: int, label: str = "", *,
               announce: bool = True) -> int:
        """Drop the commands about a deleted record (a captive: also about their records)."""
        dropped = 0
        for cmd in self.commands():
            about_captive = service == "captives" and record_id in cmd.record.captive_ids
            if not cmd.isObsolete() and (cmd.about(service, record_id) or about_captive):
                cmd.setObsolete(True)
                dropped += 1
        self._prune()
        if dropped and announce:
            self.message.emit(dropped_text(dropped, label))
        self.history_changed.emit()
        return dropped

    def _prune(self) -> None:
        """Take dropped commands off both ends of the stack (Qt deletes an obsolete
        command when the stack passes it)."""
        self._moving = True
        try:
            while self.stack.canUndo() and self.stack.command(self.stack.index() - 1).isObsolete():
                self.stack.undo()
            while self.stack.canRedo() and self.stack.command(self.stack.index()).isObsolete():
                self.stack.redo()
        finally:
            self._moving = False

    def next_undo(self) -> RecordCommand | None:
        self._prune()
        for i in range(self.stack.index() - 1, -1, -1):
            cmd = self.stack.command(i)
            if not cmd.isObsolete():
                return cmd if isinstance(cmd, RecordCommand) else None
        return None

    def next_redo(self) -> RecordCommand | None:
        self._prune()
        for i in range(self.stack.index(), self.stack.count()):
            cmd = self.stack.command(i)
            if not cmd.isObsolete():
                return cmd if isinstance(cmd, RecordCommand) else None
        return None

    def _drop(self, cmd: RecordCommand, reason: str, undoing: bool) -> None:
        name = cmd.text()  # (Qt deletes the command when the stack passes it)
        cmd.setObsolete(True)
        self._prune()
        self.message.emit(not_done_text(name, reason, undoing=undoing, kept=False))
        self.history_changed.emit()

    def _keep(self, cmd: RecordCommand, reason: str, undoing: bool) -> None:
        """The case file could not be written (its disk full, its server out of reach):
        nothing changed, and the step stays, to be done once it can."""
        self.message.emit(not_done_text(cmd.text(), reason, undoing=undoing, kept=True))

    def undo(self) -> bool:
        """Undo the last command that still applies (see the module docstring); never raises."""
        return self._move(undoing=True)

    def redo(self) -> bool:
        return self._move(undoing=False)

    def _move(self, *, undoing: bool) -> bool:
        if self._moving:
            return False
        cmd = self.next_undo() if undoing else self.next_redo()
        if cmd is None:
            return False
        cf, name = self._case_file(), cmd.text()
        self._moving = True
        try:
            self.run(cmd.check)
            if undoing and cmd.deletes_on_undo and not confirm_delete(self.dialog_parent, cmd):
                self.message.emit(not_undone_text(name))
                return False
            self.run(cmd.undo_write if undoing else cmd.redo_write)
        except CaseFileError as exc:  # the file, not the record: a full disk, a lost server
            self._moving = False
            if self._case_file() is cf:
                self._keep(cmd, str(exc), undoing)
            return False
        except Exception as exc:  # noqa: BLE001 - no exception may escape an undo
            reason = str(exc) if isinstance(exc, Dropped | CaseAppError) else repr(exc)
            self._moving = False
            if self._case_file() is cf:  # (closed or locked meanwhile: the stack is gone)
                self._drop(cmd, reason, undoing)
            return False
        finally:
            self._moving = False
        if self._case_file() is not cf:
            return False
        self._moving = True
        try:
            self.stack.undo() if undoing else self.stack.redo()
        finally:
            self._moving = False
        self.message.emit(done_text(name, undoing=undoing))
        self.history_changed.emit()
        return True

    def clear(self) -> None:
        self.stack.clear()
        self.history_changed.emit()
