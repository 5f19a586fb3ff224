"""One open case file: :class:`CaseFile`, its services (:mod:`caseapp.services.casefile_services`)
with what the window's start reads of it with plain SQL before SQLAlchemy is imported (the
captives list, read ahead; the audit log's newest entry; a travel copy's mark), the use cases
over the whole file (a captive's file, JSON export and import, a backup, the check, a new
passphrase), hearing other people's writes on a team server, the full integrity check run in
the background after the open, and closing it.

Open one with :func:`caseapp.services.casefile.open_case_file`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.db.engine import Database
from caseapp.db.file_checks import full_problems
from caseapp.domain.captive_rows import CaptiveRow
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.team_login import TeamLogin
from caseapp.services.casefile_services import CaseFileServices

if TYPE_CHECKING:  # the services are imported when first used (the start of every command)
    from caseapp.db import live
    from caseapp.domain.dto import CaptiveFileDTO, CheckReport, ImportReport
    from caseapp.domain.passphrase import Strength
    from caseapp.domain.rules import RuleSet
    from caseapp.domain.travel_mark import TravelMark
    from caseapp.services.backup import BackupInfo
    from caseapp.services.base import Listener


class CaseFile(CaseFileServices):
    """Every service of one open case file. Build it with
    :func:`~caseapp.services.casefile.open_case_file`.

    Each service is built, and its module imported, when first read (``cf.captives``…);
    so is the services' context (:attr:`ctx`), with SQLAlchemy and the models: the window's
    start shows the captives' rows before (:meth:`captive_list`)."""

    def __init__(self, db: Database, *, actor: str, today: Callable[[], date] = date.today,
                 rule_set: RuleSet | None = None, backup_root: Path | None = None):
        super().__init__(db, actor=actor, today=today, rule_set=rule_set, backup_root=backup_root)
        # The background full check's connection and thread, while it runs (close() stops it).
        self._checking: tuple[threading.Thread, list[Any], threading.Event] | None = None
        # What opening found wrong that does not stop the work (a cut-off audit log):
        # the CLI prints it, the window shows it. Filled by :func:`open_case_file`.
        self.warnings: tuple[str, ...] = ()
        # What opening changed in the file for this version, said once to the lawyer (the
        # CLI prints it, the window shows it): an expiry counted again. Filled likewise.
        self.notices: tuple[str, ...] = ()
        self._login_watchers: dict[Callable[[bool], None], Any] = {}  # watch_login's
        # Who the file is open as: on a team server the database login and its clearance.
        self.login: TeamLogin = TeamLogin("", None)
        # The captives list read ahead (read_list_ahead): its language, the connection it
        # was read on and that connection's data_version then, the list; the lock is held
        # while it is read.
        self._list_ahead: tuple[str | None, Any, int, tuple[list[CaptiveRow], int]] | None = None
        self._list_lock = threading.Lock()

    def captive_list(self, *, lang: str | None = None) -> tuple[list[CaptiveRow], int]:
        """The captives list: every captive's row (as :meth:`OverviewService.captive_rows`
        gives them for ``lang``) and the case's welfare threshold (days without confirmed
        news after which a row is marked), in one read. A SQLite case file's are read with
        plain SQL, on the connection the open verified while SQLAlchemy is not in use yet
        (the window's start); a team server's through the services. The list read ahead
        for ``lang`` (:meth:`read_list_ahead`) is waited for, and given when nothing was
        written to the file since; it is given once."""
        with self._list_lock:
            ahead, self._list_ahead = self._list_ahead, None
        if ahead is not None:
            ahead_lang, conn, version, listed = ahead
            try:
                if ahead_lang == lang and _data_version(conn) == version:
                    return listed
            finally:
                conn.close()
        if self.db.path is None:
            return (self.overview.captive_rows(lang=lang),
                    self.settings.current().welfare_threshold_days)
        with self.db.reading() as conn:
            return self._list_on(conn, lang)

    def read_list_ahead(self, lang: str | None, ready: Callable[[], None]) -> None:
        """Read the captives list of a SQLite case file for ``lang`` now, on this thread, for
        the first call of :meth:`captive_list` (the window's start reads it while the window
        is built). ``ready`` is called as soon as that call would wait for this read. Read
        on a connection of its own (the start's other reads keep the open's), kept until
        that call to tell whether another connection wrote meanwhile."""
        with self._list_lock:
            ready()
            if self.db.path is None:
                return
            conn = self.db.connect_raw()
            try:
                conn.isolation_level = None
                # Each page is read once: a small page cache (256 KiB, not 2 MiB) is enough.
                conn.execute("PRAGMA cache_size = -256")
                version = _data_version(conn)  # before the read: a write during it counts
                conn.execute("BEGIN")
                listed = self._list_on(conn, lang)
                conn.execute("ROLLBACK")
            except BaseException:
                conn.close()
                raise
            self._list_ahead = (lang, conn, version, listed)

    def _list_on(self, conn: Any, lang: str | None) -> tuple[list[CaptiveRow], int]:
        from caseapp.db.captive_rows import read_captive_rows
        from caseapp.db.plain_reads import read_setting_rows
        from caseapp.domain.captive_rows import kept_scripts
        from caseapp.services.setting_values import settings_from_rows
        rows = read_captive_rows(conn, today=self._today(), kept=kept_scripts(lang))
        return rows, settings_from_rows(read_setting_rows(conn)).welfare_threshold_days

    def audit_tail(self) -> str | None:
        """The hash of the audit log's newest entry ("" for none): it moves with every write,
        this file's or another program's. None where this login may not read the audit log
        (a team member below internal clearance). A SQLite case file's is read on a connection
        of its own, with plain SQL (never SQLAlchemy's engine, which the window's start
        leaves unbuilt); it refuses, as every read, a file replaced under the window."""
        if self.login.restricted:
            return None
        from caseapp.db.plain_reads import NEWEST_AUDIT_HASH, newest_audit_hash
        if self.db.path is None:
            with self.ctx.read() as s:
                row = s.connection().exec_driver_sql(NEWEST_AUDIT_HASH).first()
                return "" if row is None else str(row[0] or "")
        if self.db.read_only is not None:
            self.db.read_only.check_unchanged()
        conn = self.db.connect_raw()
        try:
            return newest_audit_hash(conn)
        finally:
            conn.close()

    def travel_mark(self) -> TravelMark | None:
        """What this case file says of itself if it is a travel copy (None if not): for a
        SQLite case file read with plain SQL on the connection the open verified (the
        window's title, at the start); as :func:`caseapp.services.travel_copy.read_mark`."""
        from caseapp.db.plain_reads import newest_mark_detail, session_mark_detail
        from caseapp.domain.travel_mark import mark_from_detail
        if self.db.path is not None:
            with self.db.reading() as conn:
                return mark_from_detail(newest_mark_detail(conn))
        with self.ctx.read() as s:
            return mark_from_detail(session_mark_detail(s))

    def captive_file(self, captive_id: int) -> CaptiveFileDTO:
        """Everything recorded about one captive."""
        from caseapp.domain.dto import CaptiveFileDTO

        captive = self.captives.get(captive_id)
        return CaptiveFileDTO(
            captive=captive,
            status_history=tuple(self.captives.status_history(captive_id)),
            identity_documents=tuple(self.identity_documents.list(captive_id=captive_id)),
            detention_places=tuple(self.detention_places.list(captive_id=captive_id)),
            welfare_contacts=tuple(self.welfare_contacts.list(captive_id=captive_id)),
            prosecutions=tuple(self.prosecutions.list(captive_id=captive_id)),
            detention_orders=tuple(self.detention_orders.list(captive_id=captive_id)),
            hearings=tuple(self.hearings.list(captive_id=captive_id)),
            international_proceedings=tuple(self.international_proceedings.list(captive_id=captive_id)),
            interventions=tuple(self.interventions.list(captive_id=captive_id)),
            documents=tuple(self.documents.list(captive_id=captive_id)),
            deadlines=tuple(self.deadlines.list(captive_id=captive_id)),
            notes=tuple(self.notes.list(captive_id=captive_id)),
        )

    def export_json(self, path: Path | str) -> dict[str, int]:
        """The whole case file as JSON at ``path`` (never over the case file or a backup)."""
        from caseapp.services import interchange
        self.output_guard.check(path, what=msg("the export"))
        return interchange.export_json(self.ctx, path)

    def backup_to(self, path: Path | str, *, overwrite: bool = False) -> BackupInfo:
        """A verified backup at a place the user chose (never over the case file itself)."""
        self.output_guard.check(path, what=msg("the backup"))
        return self.backups.backup_to(Path(path), overwrite=overwrite)

    def import_json(self, path: Path | str) -> ImportReport:
        from caseapp.services import interchange
        from caseapp.services.court_zone_fill import give_court_zones
        report = interchange.import_json(self.ctx, path, services=self)
        give_court_zones(self, once=False)  # an export made before whole days kept their zone
        return report

    def check(self) -> CheckReport:
        if self.login.restricted:
            from caseapp.services.labels import level_label
            raise CaseFileError(
                msg("Checking the case file reads all of it, the audit log too: it needs internal "
                    "clearance, and {login} has {clearance}.", login=self.login.login,
                    clearance=level_label(self.login.clearance or "public")), bad_input=True)
        from caseapp.services import maintenance
        return maintenance.check(self.ctx, services=self)

    def change_passphrase(self, old: str | None, new: str, repeat: str | None = None) -> Strength:
        """Re-encrypt the case file with ``new`` (``old``: its passphrase, None if plain).

        Safe against a crash: the file opens with the old or the new passphrase. The case
        file stays open. Raises ValidationError (weak or mistyped new passphrase) or
        CaseFileError (wrong old passphrase, file in use elsewhere); nothing changes then.
        """
        from caseapp.services import security
        was_encrypted = self.db.encrypted
        strength = security.change_passphrase(self.db, old, new, repeat)
        self.backups.store.note_passphrase_change()  # (backups made before keep the old one)
        self.log_event("passphrase changed" if was_encrypted else "encrypted")
        return strength

    def watch(self, on_change: Listener,
              on_state: Callable[[bool, str, bool], None] | None = None) -> live.Listener | None:
        """On a team server: start hearing the writes other people commit, each as the
        :class:`Changes` a write of this file would publish (``on_change`` runs on the
        listener's own thread); ``on_state(connected, reason, refused)`` when the connection
        to the server is lost or back (``refused``: the server no longer lets the login in).
        Stop it with ``.stop()`` before closing. None for a local file: nobody else writes to
        it while it is open here."""
        if self.db.path is not None:
            return None
        from caseapp.db import live, login_standing
        engine = self.db.engine

        def state(connected: bool, reason: str, refused: bool) -> None:
            if refused:  # the server no longer lets the login in
                login_standing.notice(engine, login_standing.Standing.GONE)
            if on_state is not None:
                on_state(connected, reason, refused)

        listener = live.Listener(engine, self.ctx.origin, on_change, state)
        listener.start()
        return listener

    def watch_login(self, told: Callable[[bool], None]) -> None:
        """On a team server: call ``told(gone)`` when the login is found taken out of the
        team or no longer let in (``gone``), or at another clearance than this file was
        opened with: what was read before may be above what the login may read now, and
        whoever shows it should let it go. Called once for each change, on the thread that
        found it (a read or a save refused by the server, an output's check, the live
        changes' connection refused). Nothing on a local file."""
        if self.db.path is not None:
            return
        from caseapp.db import login_standing

        def standing(now: login_standing.Standing) -> None:
            told(now is login_standing.Standing.GONE)

        self._login_watchers[told] = standing
        login_standing.watch(self.db.engine, standing)

    def unwatch_login(self, told: Callable[[bool], None]) -> None:
        standing = self._login_watchers.pop(told, None)
        if standing is not None:
            from caseapp.db import login_standing
            login_standing.unwatch(self.db.engine, standing)

    def check_in_background(self, done: Callable[[CaseFileError | None], None]
                            ) -> threading.Thread | None:
        """SQLite's full integrity check and, encrypted, SQLCipher's page check, which the
        open leaves out (it runs the quick check): run on a thread and a connection of their
        own while the file is in use, reading only. ``done`` (called on that thread) gets the
        damage found, as the error an open refusing the file would raise (naming the latest
        verified backup), or None. None for a team server, whose database keeps its own
        integrity."""
        path = self.db.path
        if path is None:
            return None
        key = (self.db.key or self.db.passphrase) if self.db.encrypted else None
        connection: list[Any] = []
        closing = threading.Event()

        def run() -> None:
            problems = full_problems(path, key, connected=connection.append, uri=self.db.uri)
            if closing.is_set():  # the file was closed meanwhile: an interrupted check says nothing
                return
            if not problems:
                done(None)
                return
            error = CaseFileError(msg_n(
                "{path} is damaged or was changed outside CaseApp (SQLite's full check, run "
                "after opening, found {count} problem). Nothing in it was deleted; keep the "
                "file as it is.",
                "{path} is damaged or was changed outside CaseApp (SQLite's full check, run "
                "after opening, found {count} problems). Nothing in it was deleted; keep the "
                "file as it is.", len(problems), path=path), damaged=True,
                details=tuple(problems[:50]))
            done(with_backup_hint(error, path, self._backup_root))

        thread = threading.Thread(target=run, name="caseapp full check", daemon=True)
        self._checking = (thread, connection, closing)
        thread.start()
        return thread

    def _stop_checking(self) -> None:
        """Interrupt a background full check still running and wait for its thread, so that
        no thread reads the file (or SQLCipher's library) while it closes or the process
        exits."""
        if self._checking is None:
            return
        thread, connection, closing = self._checking
        self._checking = None
        closing.set()
        while thread.is_alive():
            for conn in connection:
                with contextlib.suppress(Exception):  # closed already: the check is ending
                    conn.interrupt()
            thread.join(timeout=0.05)

    def log_event(self, kind: str, detail: str = "") -> None:
        from caseapp.db.models import FileEvent
        with self.ctx.transaction() as s:
            s.add(FileEvent(actor=self.ctx.actor, kind=kind, detail=detail))

    @property
    def label(self) -> str:
        return self.db.label

    def stop_reading_scans(self) -> None:
        """Stop the scans being read (OCR) now: the file is closing (the window closed or
        locked), and a reading must not run on behind it with the scan in clear."""
        ocr = self.__dict__.get("ocr")  # (only if built: nothing read otherwise)
        if ocr is not None:
            ocr.stop()

    def close(self) -> None:
        self.stop_reading_scans()
        self._stop_checking()
        with self._list_lock:
            ahead, self._list_ahead = self._list_ahead, None
        if ahead is not None:
            ahead[1].close()
        self.db.close()


def _data_version(conn: Any) -> int:
    """SQLite's count of what other connections committed to the file, as ``conn`` sees it."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def with_backup_hint(exc: CaseFileError, path: Path | None, backup_root: Path | None
                      ) -> CaseFileError:
    """``exc`` with the latest verified backup named, if the file may be damaged."""
    if not exc.damaged or path is None:
        return exc
    from caseapp.services.backup import BackupStore
    latest = BackupStore(path, root=backup_root).latest_verified()
    if latest is None:
        return exc
    when = latest.created_at.astimezone()
    hinted = msg("{problem} The latest verified backup is {backup} (made {when}).",
                 problem=exc.message, backup=latest.path, when=when)
    return type(exc)(hinted, bad_input=exc.bad_input, damaged=True,  # a WrongPassphrase stays one
                     backup=latest.path, details=exc.details)
