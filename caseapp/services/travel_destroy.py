"""Destroying a travel copy once it is merged back: overwritten and deleted with its automatic
backups (:func:`caseapp.services.wipe.wipe_case_file`), refused while it holds changes not merged
back unless the user says so, and never of a file that cannot be a travel copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.db import key_wrap
from caseapp.db.file_checks import file_kind
from caseapp.db.in_use import held_alone
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services.travel_copy import read_mark, versions_of
from caseapp.services.travel_merge import open_travel_copy
from caseapp.services.wipe import WipeResult, wipe_case_file

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


def unmerged_changes(travel: CaseFile) -> int:
    """How many records of the open travel copy were added or changed since it was made or
    last merged back."""
    mark = read_mark(travel.ctx)
    if mark is None:
        return 0
    return sum(1 for uid, version in versions_of(travel.ctx).items()
               if (mark.versions.get(uid) or [None, None])[1] != version)


class UnmergedChanges(ValidationError):
    """A travel copy to destroy holds ``pending`` records added or changed on the road and not
    merged back: destroyed only once the user has said so (``unmerged_ok``)."""

    def __init__(self, message: Message, pending: int):
        super().__init__(message, field="travel_file")
        self.pending = pending


def destroy_travel_copy(path: Path | str, passphrase: str | None, *, actor: str,
                        backups_root: Path | None = None, unmerged_ok: bool = False,
                        damaged_ok: bool = False) -> WipeResult:
    """Wipe the travel copy at ``path`` (opened first to make sure it is one) and its
    automatic backups. Refused while it holds changes not merged back, unless
    ``unmerged_ok``; a copy too damaged to open (the :class:`CaseFileError` of its open,
    ``damaged``) is wiped only with ``damaged_ok``, the user having confirmed it."""
    try:
        travel = open_travel_copy(path, passphrase, actor=actor, to_destroy=True)
    except CaseFileError as exc:
        if exc.damaged:  # (or a passphrase that does not open it): never what is no copy
            _refuse_no_copy(Path(path).expanduser(), backups_root)
        if not (exc.damaged and damaged_ok):
            raise
        pending = 0  # nothing can be read from it, nor merged back
    else:
        try:
            pending = unmerged_changes(travel)
        finally:
            travel.close()
    if pending and not unmerged_ok:
        raise UnmergedChanges(
            msg_n("{path} holds {count} record added or changed since it was made or last merged back: "
                  "merge it first (a change the merge lists as a conflict stays unmerged: make it by hand "
                  "in the case file), or destroy it anyway, losing it. Nothing was deleted.",
                  "{path} holds {count} records added or changed since it was made or last merged back: "
                  "merge it first (a change the merge lists as a conflict stays unmerged: make it by hand "
                  "in the case file), or destroy it anyway, losing them. Nothing was deleted.",
                  pending, path=path), pending)
    with held_alone(path):  # never under a window that has it open
        return wipe_case_file(path, backups_root=backups_root, include_backups=True)


def _refuse_no_copy(path: Path, backups_root: Path | None) -> None:
    """Refuse to destroy, as a damaged travel copy, a file that cannot be one: one not
    encrypted (a case file cut off), a backup in the backups folder, or a case file with a
    key file beside it (passphrase recovery; a travel copy never has one). Each is what a
    slip of the path, with the travel copy's passphrase that does not open it, would
    otherwise wipe."""
    if file_kind(path) == "plain":
        raise ValidationError(msg("{path} is not encrypted, and a travel copy always is: it is not "
                                  "one (a damaged case file, perhaps). Nothing was deleted.",
                                  path=path), field="travel_file")
    keys = key_wrap.keys_path(path)
    if keys.exists():
        raise ValidationError(msg("{path} has a key file beside it ({keys}), as a case file with "
                                  "passphrase recovery has: without a passphrase that opens it, it "
                                  "cannot be told from a travel copy. Nothing was deleted.",
                                  path=path, keys=keys.name),
                              field="travel_file")
    root = backups_root.expanduser().resolve() if backups_root is not None else None
    if root is not None and path.resolve().is_relative_to(root):
        raise ValidationError(msg("{path} is in the backups folder ({folder}): it is a backup, not "
                                  "a travel copy (a travel copy's backups are destroyed with it). "
                                  "Nothing was deleted.", path=path, folder=root),
                              field="travel_file")


__all__ = ["UnmergedChanges", "destroy_travel_copy", "unmerged_changes"]
