"""The composition of services over one open case file."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from platformdirs import user_config_path

from caseapp.db import migrate
from caseapp.db.engine import Database, open_url
from caseapp.db.file_checks import case_file_kind, file_kind, full_problems, not_a_case_file
from caseapp.db.opening import UnlockThrottle, open_sqlite
from caseapp.domain.captive_rows import CaptiveRow
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import Location
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.team_login import TeamLogin
from caseapp.fileio import remove_with_side_files
from caseapp.services.built import Built, with_deadlines
from caseapp.write_errors import refusal_for

if TYPE_CHECKING:  # the services are imported when first used (the start of every command)
    from caseapp.db import live
    from caseapp.domain.dto import CaptiveFileDTO, CheckReport, ImportReport
    from caseapp.domain.messages import Translated
    from caseapp.domain.passphrase import Strength
    from caseapp.domain.rules import RuleSet
    from caseapp.domain.travel_mark import TravelMark
    from caseapp.services.advocacy import ContactService, InterventionService, OrganisationService
    from caseapp.services.audit import AuditService
    from caseapp.services.backup import BackupInfo, BackupService
    from caseapp.services.base import Listener, ServiceContext
    from caseapp.services.captives import (
        CaptiveService,
        DetentionPlaceService,
        IdentityDocumentService,
        NameService,
        NoteService,
        WelfareContactService,
    )
    from caseapp.services.custody_end import CustodyEndService
    from caseapp.services.deadline_engine import DeadlineEngine
    from caseapp.services.deadlines import DeadlineService
    from caseapp.services.deliveries import DeliveryService
    from caseapp.services.detention_facts import DetentionFactsService
    from caseapp.services.documents import DocumentService
    from caseapp.services.ocr import OcrService
    from caseapp.services.output_guard import OutputGuard
    from caseapp.services.overview import OverviewService
    from caseapp.services.proceedings import (
        ChargeService,
        DetentionOrderService,
        HearingService,
        InternationalProceedingService,
        ProsecutionService,
    )
    from caseapp.services.reminders import ReminderService
    from caseapp.services.search import SearchService
    from caseapp.services.settings import CaseSettingsService
    from caseapp.services.team import TeamService

__all__ = ["CaseFile", "case_file_kind", "file_kind", "not_a_case_file", "open_case_file",  # file kinds: for the UI
           "unlock_throttle"]


def unlock_throttle() -> UnlockThrottle:
    """The delay after wrong passphrases, shared by every open (looked up on each call:
    tests replace it)."""
    from caseapp.db import opening

    return opening.UNLOCK_THROTTLE


def user_rules_dir() -> Path:
    """The lawyer's own rule files: they add to or replace the shipped rules by id."""
    return user_config_path("CaseApp", appauthor=False) / "rules"


class CaseFile:
    """Every service of one open case file. Build it with :func:`open_case_file`.

    Each service is built, and its module imported, when first read (``cf.captives``…);
    so is the services' context (:attr:`ctx`), with SQLAlchemy and the models: the window's
    start shows the captives' rows before (:meth:`captive_list`)."""

    SERVICES: ClassVar[tuple[str, ...]]  # the names of those services (set below the class)

    def __init__(self, db: Database, *, actor: str, today: Callable[[], date] = date.today,
                 rule_set: RuleSet | None = None, backup_root: Path | None = None):
        self.db = db
        self._backup_root = backup_root
        self._rule_set = rule_set
        self._building = threading.RLock()
        # The background full check's connection and thread, while it runs (close() stops it).
        self._checking: tuple[threading.Thread, list[Any], threading.Event] | None = None
        # What opening found wrong that does not stop the work (a cut-off audit log):
        # the CLI prints it, the window shows it. Filled by :func:`open_case_file`.
        self.warnings: tuple[str, ...] = ()
        # What opening changed in the file for this version, said once to the lawyer (the
        # CLI prints it, the window shows it): an expiry counted again. Filled likewise.
        self.notices: tuple[str, ...] = ()
        self._actor, self._today = actor, today
        self._listeners: list[Listener] = []  # the context's, once it is built
        self._own_audit: dict[str, str] = {}  # the context's (ServiceContext.own_audit)
        self._login_watchers: dict[Callable[[bool], None], Any] = {}  # watch_login's
        self._ctx: ServiceContext | None = None
        # Who the file is open as: on a team server the database login and its clearance.
        self.login: TeamLogin = TeamLogin("", None)
        # The captives list read ahead (read_list_ahead): its language, the connection it
        # was read on and that connection's data_version then, the list; the lock is held
        # while it is read.
        self._list_ahead: tuple[str | None, Any, int, tuple[list[CaptiveRow], int]] | None = None
        self._list_lock = threading.Lock()

    @property
    def ctx(self) -> ServiceContext:
        """What every service of this file shares (built, with SQLAlchemy imported, on
        first use)."""
        if self._ctx is None:
            with self._building:
                if self._ctx is None:
                    from caseapp.services.base import ServiceContext
                    self._ctx = ServiceContext(db=self.db, actor=self._actor, today=self._today,
                                               listeners=self._listeners,
                                               own_audit=self._own_audit)
        return self._ctx

    @ctx.setter
    def ctx(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def today(self) -> date:
        """The day it is for this file (its context's clock, which tests fix), without
        building the context (the window's start reads it before SQLAlchemy is imported)."""
        ctx = self._ctx
        return ctx.today() if ctx is not None else self._today()

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
        from datetime import UTC, datetime

        from caseapp.db.captive_rows import read_captive_rows
        from caseapp.db.plain_reads import read_setting_rows
        from caseapp.domain.captive_rows import kept_scripts
        from caseapp.services.setting_values import settings_from_rows
        rows = read_captive_rows(conn, today=self._today(), now=datetime.now(UTC),
                                 kept=kept_scripts(lang))
        return rows, settings_from_rows(read_setting_rows(conn)).welfare_threshold_days

    @property
    def own_audit(self) -> dict[str, str]:
        """This file's own writes, as the audit log's newest entry before and after each
        (:attr:`ServiceContext.own_audit`)."""
        return self._ctx.own_audit if self._ctx is not None else self._own_audit

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

    def _captives(self) -> CaptiveService:
        from caseapp.services.captives import CaptiveService
        return with_deadlines(self, CaptiveService(self.ctx))
    captives = Built(_captives)

    def _names(self) -> NameService:
        from caseapp.services.captives import NameService
        return NameService(self.ctx)
    names = Built(_names)

    def _identity_documents(self) -> IdentityDocumentService:
        from caseapp.services.captives import IdentityDocumentService
        return IdentityDocumentService(self.ctx)
    identity_documents = Built(_identity_documents)

    def _detention_places(self) -> DetentionPlaceService:
        from caseapp.services.captives import DetentionPlaceService
        return DetentionPlaceService(self.ctx)
    detention_places = Built(_detention_places)

    def _custody(self) -> CustodyEndService:
        # A change of status with the open stay it ends (one write, one undo).
        from caseapp.services.custody_end import CustodyEndService
        return CustodyEndService(self.ctx, self.captives, self.detention_places)
    custody = Built(_custody)

    def _welfare_contacts(self) -> WelfareContactService:
        from caseapp.services.captives import WelfareContactService
        return WelfareContactService(self.ctx)
    welfare_contacts = Built(_welfare_contacts)

    def _notes(self) -> NoteService:
        from caseapp.services.captives import NoteService
        return NoteService(self.ctx)
    notes = Built(_notes)

    def _prosecutions(self) -> ProsecutionService:
        from caseapp.services.proceedings import ProsecutionService
        return ProsecutionService(self.ctx)
    prosecutions = Built(_prosecutions)

    def _charges(self) -> ChargeService:
        from caseapp.services.proceedings import ChargeService
        return ChargeService(self.ctx)
    charges = Built(_charges)

    def _detention_orders(self) -> DetentionOrderService:
        # Recording or changing a detention order computes its deadlines in the same
        # transaction; so do hearings, international proceedings, captives and deliveries.
        from caseapp.services.proceedings import DetentionOrderService
        return with_deadlines(self, DetentionOrderService(self.ctx))
    detention_orders = Built(_detention_orders)

    def _hearings(self) -> HearingService:
        from caseapp.services.proceedings import HearingService
        return with_deadlines(self, HearingService(self.ctx))
    hearings = Built(_hearings)

    def _international_proceedings(self) -> InternationalProceedingService:
        from caseapp.services.proceedings import InternationalProceedingService
        return with_deadlines(self, InternationalProceedingService(self.ctx))
    international_proceedings = Built(_international_proceedings)

    def _organisations(self) -> OrganisationService:
        from caseapp.services.advocacy import OrganisationService
        return OrganisationService(self.ctx)
    organisations = Built(_organisations)

    def _contacts(self) -> ContactService:
        from caseapp.services.advocacy import ContactService
        return ContactService(self.ctx)
    contacts = Built(_contacts)

    def _interventions(self) -> InterventionService:
        from caseapp.services.advocacy import InterventionService
        return InterventionService(self.ctx)
    interventions = Built(_interventions)

    def _documents(self) -> DocumentService:
        from caseapp.services.documents import DocumentService
        return DocumentService(self.ctx)
    documents = Built(_documents)

    def _deadlines(self) -> DeadlineService:
        from caseapp.services.deadlines import DeadlineService
        service = DeadlineService(self.ctx)
        service.rule_titles = self._rule_title
        return service
    deadlines = Built(_deadlines)

    def _audit(self) -> AuditService:
        from caseapp.services.audit import AuditService
        return AuditService(self.ctx, self._rule_title)
    audit = Built(_audit)

    def _team(self) -> TeamService:
        from caseapp.services.team import TeamService
        return TeamService(self.ctx)
    team = Built(_team)

    def _search(self) -> SearchService:
        from caseapp.services.search import SearchService
        return SearchService(self.ctx)
    search = Built(_search)

    def _overview(self) -> OverviewService:
        from caseapp.services.overview import OverviewService
        return OverviewService(self.ctx, self.hearings, self.audit)
    overview = Built(_overview)

    def _backups(self) -> BackupService:
        from caseapp.services.backup import BackupService, BackupStore
        db = self.db
        return BackupService(db, BackupStore(db.path, root=self._backup_root) if db.path else None)
    backups = Built(_backups)

    def _output_guard(self) -> OutputGuard:
        # Every output is checked against this before it is written: never the case file,
        # its side files or a backup.
        from caseapp.services.backup import default_backup_root
        from caseapp.services.output_guard import OutputGuard
        root = self._backup_root
        return OutputGuard(case_file=self.db.path,
                           backups_root=root if root is not None else default_backup_root())
    output_guard = Built(_output_guard)

    def _deadline_engine(self) -> DeadlineEngine:
        from caseapp.domain.rule_files import load_rules
        from caseapp.services.deadline_engine import DeadlineEngine
        rules = self._rule_set
        return DeadlineEngine(
            self.ctx, self.deadlines,
            rules if rules is not None else lambda: load_rules(user_rules_dir()),
            services=self)
    deadline_engine = Built(_deadline_engine)

    def _settings(self) -> CaseSettingsService:
        # The procedure, warning periods, custody maxima, default level and the lawyer's
        # details: kept in the file; a change of procedure recomputes the deadlines.
        from caseapp.services.settings import CaseSettingsService
        return CaseSettingsService(
            self.ctx, recompute=lambda s: self.deadline_engine.recompute_all(s))
    settings = Built(_settings)

    def _detention_facts(self) -> DetentionFactsService:
        # Facts the filings need, the Court's deliveries (their deadlines from the day they
        # appeared) and searchable copies of scans.
        from caseapp.services.detention_facts import DetentionFactsService
        return DetentionFactsService(self.ctx)
    detention_facts = Built(_detention_facts)

    def _deliveries(self) -> DeliveryService:
        from caseapp.services.deliveries import DeliveryService
        return with_deadlines(self, DeliveryService(self.ctx, lambda: self.rule_set))
    deliveries = Built(_deliveries)

    def _ocr(self) -> OcrService:
        from caseapp.services.ocr import OcrService
        return OcrService(self.ctx, self.documents)
    ocr = Built(_ocr)

    def _reminders(self) -> ReminderService:
        from caseapp.services.reminders import ReminderService
        return ReminderService(self.ctx, self.overview, self.deadline_engine, self.hearings)
    reminders = Built(_reminders)

    def _rule_title(self, rule_id: str) -> Translated | None:
        """How the rules in force name ``rule_id`` in every language (None: not in force)."""
        from caseapp.domain.rule_names import titles_of
        return titles_of(self.rule_set)(rule_id)

    def own_rules_may_say(self, word: str) -> bool:
        """Whether a rule in force that is not a shipped one may have ``word`` in its file (a
        unit: "months"): the file was given rules of its own, or a rule file of the lawyer's
        own has the word (a look at her few small files, no rule read); one that cannot be
        read may."""
        if self._rule_set is not None:
            return True
        for path in user_rules_dir().glob("*.toml"):
            try:
                if word in path.read_text(encoding="utf-8", errors="replace"):
                    return True
            except OSError:
                return True
        return False

    def rule_files_stamp(self) -> str:
        """The stamp of the rule files in force here, the shipped ones and the lawyer's own
        (:mod:`caseapp.domain.rule_file_stamps`: no rule parsed); "" for a file given rules
        of its own, whose stamp is not known."""
        if self._rule_set is not None:
            return ""
        from caseapp.domain.rule_file_stamps import rule_files_stamp
        from caseapp.resources import resource
        return rule_files_stamp(resource("rules"), user_rules_dir())

    @property
    def rule_set(self) -> RuleSet:
        """The deadline rules (the shipped ones and the user's), read on first use."""
        return self.deadline_engine.rule_set

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
        self.log_event("passphrase changed" if was_encrypted else "encrypted")
        return strength

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Changes` after every committed write."""
        self._listeners.append(listener)

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
            done(_with_backup_hint(error, path, self._backup_root))

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

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def log_event(self, kind: str, detail: str = "") -> None:
        from caseapp.db.models import FileEvent
        with self.ctx.transaction() as s:
            s.add(FileEvent(actor=self.ctx.actor, kind=kind, detail=detail))

    @property
    def label(self) -> str:
        return self.db.label

    def close(self) -> None:
        self._stop_checking()
        with self._list_lock:
            ahead, self._list_ahead = self._list_ahead, None
        if ahead is not None:
            ahead[1].close()
        self.db.close()


CaseFile.SERVICES = tuple(name for name, value in vars(CaseFile).items()
                          if isinstance(value, Built))


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
        except CaseFileError as exc:
            raise _with_backup_hint(exc, location.path, backup_root) from None
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
        raise _with_backup_hint(error, db.path, backup_root) from None
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
    # A login below internal clearance cannot read the audit log to compare it.
    case_file.warnings = () if case_file.login.restricted else audit_warnings(db)
    if not created:  # an expiry an earlier version counted later: this version's day
        from caseapp.services.expiry_recount import recount_on_open
        case_file.notices = recount_on_open(case_file)
        from caseapp.services.court_zone_fill import court_zones_on_open
        # whole days written before they kept their court's zone, or whose rule's court moved
        case_file.notices += court_zones_on_open(case_file)
        from caseapp.services.capture_estimates import count_capture_estimates
        count_capture_estimates(case_file)  # captures known to a month before they set a card
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
    elif copy is not None:
        case_file.log_event("migrated", f"to schema {migrate.head_revision()}; copy kept at {copy}")


def _data_version(conn: Any) -> int:
    """SQLite's count of what other connections committed to the file, as ``conn`` sees it."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


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


def _with_backup_hint(exc: CaseFileError, path: Path | None, backup_root: Path | None
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
