"""Opening a case file (:func:`open_case_file`): a SQLite file or a team server's database,
its schema brought up to date, and what opening does once the file is readable (the login's
clearance, leftovers removed, the audit log compared, what this version counts otherwise
counted again, the open logged).

The open case file is a :class:`~caseapp.services.open_file.CaseFile`, imported from here by
its users with :func:`open_case_file`; so are the kinds of file at a path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from caseapp.db import migrate
from caseapp.db.engine import Database, open_url
from caseapp.db.file_checks import case_file_kind, file_kind, not_a_case_file
from caseapp.db.opening import UnlockThrottle, open_sqlite
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.domain.location import Location
from caseapp.domain.messages import msg
from caseapp.fileio import remove_with_side_files
from caseapp.services.open_file import CaseFile, with_backup_hint
from caseapp.services.refused_passphrase import refused_passphrase
from caseapp.write_errors import refusal_for

__all__ = ["CaseFile", "case_file_kind", "file_kind", "not_a_case_file", "open_case_file",  # file kinds: for the UI
           "unlock_throttle"]


def unlock_throttle() -> UnlockThrottle:
    """The delay after wrong passphrases, shared by every open (looked up on each call:
    tests replace it)."""
    from caseapp.db import opening

    return opening.UNLOCK_THROTTLE


def open_case_file(
    location: Location,
    *,
    passphrase: str | None = None,
    create: bool = False,
    actor: str,
    today: Callable[[], date] = date.today,
    backup_root: Path | None = None,
    progress: migrate.Progress | None = None,
) -> CaseFile:
    """Open the case file at ``location`` and bring its schema up to date.
    ``progress`` hears, in sentences for the user, what bringing it up to date is doing (an
    older file's search index is built again: a minute for 100,000 captives).

    With ``create`` a missing file is made (encrypted when a passphrase is given; judging
    a new passphrase is the caller's part: :func:`caseapp.domain.passphrase.check_new_passphrase`).
    The file passes a quick integrity check before anything is written to it.
    Raises :class:`~caseapp.domain.errors.CaseFileError` with a message for the user; for
    a damaged file the message and ``error.backup`` name the latest verified backup. A file
    made here and left unfinished (a full disk) is removed again.
    """
    new = (create and location.url is None and location.path is not None
           and file_kind(location.path) == "missing")
    try:
        return _open_case_file(location, passphrase=passphrase, create=create, actor=actor,
                               today=today, backup_root=backup_root, progress=progress)
    except FileExistsError:  # made meanwhile by another process: its file, left alone
        raise
    except BaseException:
        if new:  # a file made here and not finished (a full disk) is no case file
            assert location.path is not None
            remove_with_side_files(location.path)
        raise


def _open_case_file(
    location: Location,
    *,
    passphrase: str | None,
    create: bool,
    actor: str,
    today: Callable[[], date],
    backup_root: Path | None,
    progress: migrate.Progress | None = None,
) -> CaseFile:
    if location.url:  # a team server: SQLAlchemy's path throughout
        from caseapp.services import team_2fa
        from caseapp.services.team import clearance_of
        db = open_url(location.url)
        team_2fa.sign_in_if_required(db)  # when the administrator requires a second factor
        created = False
        who = clearance_of(db)
        actor = who.login  # the audit log names the database login, not a typed name
    else:
        assert location.path is not None
        created = file_kind(location.path) == "missing"
        try:
            db = open_sqlite(location.path, passphrase=passphrase, create=create)
        except WrongPassphrase as exc:
            found = refused_passphrase(location.path, passphrase, backup_root)
            raise (found or with_backup_hint(exc, location.path, backup_root)) from None
        except CaseFileError as exc:
            raise with_backup_hint(exc, location.path, backup_root) from None
    try:
        if location.url:
            from caseapp.services.team import upgrade_server
            copy = upgrade_server(db, progress=progress, create=create)
        else:
            copy = migrate.upgrade(db, progress=progress)
        db.use_wal()
    except Exception as exc:
        db.close()
        refusal = refusal_for(exc, db.label, path=db.path)
        if refusal is not None:
            raise refusal from None
        if not _database_error(exc):
            raise
        error = CaseFileError(msg("{label} is damaged and cannot be read.", label=db.label),
                          damaged=True,
                              details=(str(getattr(exc, "orig", None) or exc),))
        raise with_backup_hint(error, db.path, backup_root) from None
    case_file = CaseFile(db, actor=actor, today=today, backup_root=backup_root)
    try:
        _finish_open(case_file, location, created=created, copy=copy)
    except BaseException:
        case_file.close()
        raise
    return case_file


def _finish_open(case_file: CaseFile, location: Location, *, created: bool,
                 copy: Path | None) -> None:
    """The login's clearance, leftovers removed, the audit log compared, the open logged."""
    from caseapp.services import security
    db = case_file.db
    if location.url:
        from caseapp.services.team import clearance_of
        case_file.login = clearance_of(db)
        if case_file.login.restricted:  # writes at or below its clearance only
            case_file.ctx.clearance = case_file.login.clearance
    if db.path is not None and db.read_only is None:
        security.remove_leftovers(db.path)
    # A scan's copies in clear left in the temporary folder by a CaseApp killed reading it.
    from caseapp.services.scan_folders import remove_left_behind
    remove_left_behind()
    # A login below internal clearance cannot read the audit log to compare it.
    case_file.warnings = () if case_file.login.restricted else audit_warnings(db)
    if not created:  # an expiry an earlier version counted later: this version's day
        from caseapp.services.expiry_recount import recount_on_open
        case_file.notices = recount_on_open(case_file)
        from caseapp.services.holiday_recount import recount_estimated_on_open
        # a deadline rolled back onto a day next to a holiday the calendar only estimates
        case_file.notices += recount_estimated_on_open(case_file)
        from caseapp.services.court_zone_notices import court_zones_on_open
        # whole days written before they kept their court's zone, or whose rule's court moved
        case_file.notices += court_zones_on_open(case_file)
        from caseapp.services.capture_estimates import count_capture_estimates
        count_capture_estimates(case_file)  # captures known to a month before they set a card
        from caseapp.services.ended_on_open import close_ended_on_open
        close_ended_on_open(case_file)  # proceedings ended before their end closed reminders
    if db.read_only is None and not case_file.login.restricted and (
            created or copy is not None or location.url):
        # A new file's identity, or an upgraded one's that its revision could not make (the
        # usual open of a file builds no engine: it has its identity already).
        from caseapp.services.identity import ensure_identity
        ensure_identity(case_file.ctx)
    if created:
        case_file.log_event("created", "encrypted" if db.encrypted else "not encrypted")
        from caseapp.services.court_zone_fill import mark_looked_at
        mark_looked_at(case_file)  # its whole-day deadlines keep their court's zone from the start
        from caseapp.services.holiday_recount import mark_new
        mark_new(case_file)  # its deadlines counted with these holiday calendars from the start
    elif copy is not None:
        case_file.log_event("migrated", f"to schema {migrate.head_revision()}; copy kept at {copy}")


def audit_warnings(db: Database) -> tuple[str, ...]:
    """The audit log compared with its anchor (cheap: counts and one row, not the chain);
    in a SQLite case file with plain SQL, on the connection the open verified."""
    if db.path is not None:
        from caseapp.db.anchor_check import raw_problems
        with db.reading() as raw:
            return tuple(raw_problems(raw))
    from caseapp.db import audit_anchor
    with db.engine.connect() as conn:
        return tuple(audit_anchor.problems(conn))


def _database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the database's refusal to read or write (SQLAlchemy's
    DatabaseError, or the driver's own where no SQLAlchemy was used): never imports
    SQLAlchemy to find out."""
    import sqlite3
    import sys

    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(exc, sa_exc.DatabaseError):
        return True
    cipher = sys.modules.get("sqlcipher3")
    return isinstance(exc, sqlite3.DatabaseError) or (
        cipher is not None and isinstance(exc, cipher.DatabaseError))
