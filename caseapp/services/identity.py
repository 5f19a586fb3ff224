"""Which case file a backup, a travel copy or an export belongs to, checked against the case
file it is used with (:mod:`caseapp.domain.file_identity`).

Each check gives one of three answers: the same case file (nothing said), another case file
(:class:`OtherCaseFile`, refused unless the user said to go ahead), or a file that records no
identity — made by an earlier version, or with what it records damaged — accepted as before,
with a line saying that it could not be checked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from caseapp.db.file_identity import identity_in, identity_of_file
from caseapp.db.models import CaseFileIdentity
from caseapp.domain.errors import ValidationError
from caseapp.domain.file_identity import FileIdentity, same_case_file
from caseapp.domain.messages import Message, msg
from caseapp.services.base import ServiceContext


@dataclass(frozen=True)
class Owner:
    """A case file a file is checked against: its name (as the user knows it) and identity."""

    name: str
    identity: FileIdentity | None


class OtherCaseFile(ValidationError):
    """The file given belongs to another case file than the one it would be used with. The
    message names both; the caller offers to go ahead (``other_case_file``) or stops."""


def this_case_file(ctx: ServiceContext) -> FileIdentity | None:
    """The identity of the open case file."""
    with ctx.read() as s:
        return identity_in(s)


def created_text(identity: FileIdentity | None) -> str | Message:
    """When the case file was created, in local time (``2026-12-06 15:50``), or that it is
    not known."""
    if identity is None or identity.created is None:
        return msg("on an unknown day")
    return f"{identity.created.astimezone():%Y-%m-%d %H:%M}"


def unchecked(file: Path | str, case_file: Path | str) -> Message:
    """The line said of ``file`` when it records no identity to check against ``case_file``."""
    return msg("{file} records no case file identity (it was made by an earlier version of "
               "CaseApp, or what it records is damaged): it cannot be checked that it belongs to "
               "{case_file}.", file=_name(file), case_file=_name(case_file))


def _name(path: Path | str) -> str:
    return Path(path).name if isinstance(path, Path) else path


def check(theirs: FileIdentity | None, ours: FileIdentity | None, *, refused: Message,
          file: Path | str, case_file: Path | str, other_case_file: bool = False
          ) -> tuple[Message, ...]:
    """Whether ``file`` (recording ``theirs``) belongs to ``case_file`` (``ours``): raises
    :class:`OtherCaseFile` with ``refused`` when it is another's (unless ``other_case_file``,
    then said as a line); returns the lines to say (one when it cannot be checked)."""
    same = same_case_file(ours, theirs)
    if theirs is None:
        return (unchecked(file, case_file),)
    if same is None:
        return (msg("{case_file} records no case file identity, or cannot be read with this "
                    "passphrase: it cannot be checked that {file} belongs to it.",
                    file=_name(file), case_file=_name(case_file)),)
    if same:
        return ()
    if not other_case_file:
        raise OtherCaseFile(refused, field="other_case_file")
    return (msg("{file} belongs to another case file than {case_file}; used as asked.",
                file=_name(file), case_file=_name(case_file)),)


def ensure_identity(ctx: ServiceContext, now: datetime | None = None) -> FileIdentity | None:
    """The open case file's identity, given a random one first if it has none (a new file;
    one an earlier version made that had no audit entry to make it from). One recorded but
    malformed is left as it is (``None``: it cannot be checked)."""
    with ctx.transaction() as s:
        if s.scalar(select(CaseFileIdentity.id).limit(1)) is not None:
            return identity_in(s)
        made = FileIdentity(str(uuid.uuid4()), (now or datetime.now(UTC)).replace(microsecond=0))
        s.add(CaseFileIdentity(identity=made.identity, created_at=made.created))
        return made


def restore_notes(backup: Path, key: str | None, to: Path, passphrase: str | None, *,
                  overwrite: bool, belongs_to: Owner | None, other_case_file: bool
                  ) -> tuple[Message, ...]:
    """Whether the verified ``backup`` (read with ``key``) may be restored at ``to``: checked
    against the case file it replaces there (read with ``passphrase``, as typed), else against
    ``belongs_to`` (the case file whose backups the user chose from), else not at all (a new
    file of its own). Raises :class:`OtherCaseFile`; returns the lines to say."""
    if overwrite and to.exists():
        owner = Owner(str(to), identity_of_file(to, passphrase))
    elif belongs_to is not None:
        owner = belongs_to
    else:
        return ()
    theirs = identity_of_file(backup, key)
    refused = msg("The backup {backup} is of another case file (created {theirs}) than "
                  "{case_file} (created {ours}); nothing was changed.", backup=backup.name,
                  theirs=created_text(theirs), case_file=owner.name,
                  ours=created_text(owner.identity))
    return check(theirs, owner.identity, refused=refused, file=backup, case_file=owner.name,
                 other_case_file=other_case_file)


def owner_of_file(path: Path | None, passphrase: str | None) -> Owner | None:
    """The case file at ``path`` to check a file against, read as it is on disk (``None``
    when there is no case file there: nothing to check against)."""
    if path is None or not Path(path).is_file():
        return None
    return Owner(str(path), identity_of_file(Path(path), passphrase))
