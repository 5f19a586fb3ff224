"""The composition of services over one open case file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from platformdirs import user_config_path
from sqlalchemy.exc import DatabaseError

from caseapp.db import audit_anchor, live, migrate
from caseapp.db.engine import (
    Database,
    UnlockThrottle,
    file_kind,
    full_problems,
    not_a_case_file,
    open_sqlite,
    open_url,
)
from caseapp.db.models import FileEvent
from caseapp.domain.dto import CaptiveFileDTO, CheckReport, ImportReport
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import Location
from caseapp.domain.messages import msg
from caseapp.domain.passphrase import Strength
from caseapp.domain.rules import RuleSet, load_rules
from caseapp.services import interchange, maintenance, security, team_2fa
from caseapp.services.advocacy import ContactService, InterventionService, OrganisationService
from caseapp.services.audit import AuditService
from caseapp.services.backup import (
    BackupInfo,
    BackupService,
    BackupStore,
    default_backup_root,
)
from caseapp.services.base import Listener, ServiceContext
from caseapp.services.captives import (
    CaptiveService,
    DetentionPlaceService,
    IdentityDocumentService,
    NameService,
    NoteService,
    WelfareContactService,
)
from caseapp.services.deadline_engine import DeadlineEngine
from caseapp.services.deadlines import DeadlineService
from caseapp.services.deliveries import DeliveryService
from caseapp.services.detention_facts import DetentionFactsService
from caseapp.services.documents import DocumentService
from caseapp.services.labels import level_label
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
from caseapp.services.team import TeamLogin, TeamService, clearance_of, upgrade_server

__all__ = ["CaseFile", "file_kind", "not_a_case_file", "open_case_file",  # file kinds: for the UI
           "unlock_throttle"]


def unlock_throttle() -> UnlockThrottle:
    """The delay after wrong passphrases, shared by every open (looked up on each call:
    tests replace it)."""
    from caseapp.db import engine

    return engine.UNLOCK_THROTTLE


def user_rules_dir() -> Path:
    """The lawyer's own rule files: they add to or replace the shipped rules by id."""
    return user_config_path("CaseApp", appauthor=False) / "rules"


class CaseFile:
    """Every service of one open case file. Build it with :func:`open_case_file`."""

    def __init__(self, db: Database, *, actor: str, today: Callable[[], date] = date.today,
                 rule_set: RuleSet | None = None, backup_root: Path | None = None):
        self.db = db
        self._backup_root = backup_root
        # What opening found wrong that does not stop the work (a cut-off audit log):
        # the CLI prints it, the window shows it. Filled by :func:`open_case_file`.
        self.warnings: tuple[str, ...] = ()
        self.ctx = ServiceContext(db=db, actor=actor, today=today)
        ctx = self.ctx
        self.captives = CaptiveService(ctx)
        self.names = NameService(ctx)
        self.identity_documents = IdentityDocumentService(ctx)
        self.detention_places = DetentionPlaceService(ctx)
        self.welfare_contacts = WelfareContactService(ctx)
        self.notes = NoteService(ctx)
        self.prosecutions = ProsecutionService(ctx)
        self.charges = ChargeService(ctx)
        self.detention_orders = DetentionOrderService(ctx)
        self.hearings = HearingService(ctx)
        self.international_proceedings = InternationalProceedingService(ctx)
        self.organisations = OrganisationService(ctx)
        self.contacts = ContactService(ctx)
        self.interventions = InterventionService(ctx)
        self.documents = DocumentService(ctx)
        self.deadlines = DeadlineService(ctx)
        self.audit = AuditService(ctx)
        self.team = TeamService(ctx)
        # Who the file is open as: on a team server the database login and its clearance.
        self.login: TeamLogin = TeamLogin("", None)
        self.search = SearchService(ctx)
        self.overview = OverviewService(ctx, self.hearings, self.audit)
        self.backups = BackupService(db, BackupStore(db.path, root=backup_root) if db.path else None)
        # Every output is checked against this before it is written: never the case file,
        # its side files or a backup.
        self.output_guard = OutputGuard(
            case_file=db.path,
            backups_root=backup_root if backup_root is not None else default_backup_root())
        self.deadline_engine = DeadlineEngine(
            ctx, self.deadlines,
            rule_set if rule_set is not None else lambda: load_rules(user_rules_dir()),
            services=self)
        # The procedure, warning periods, custody maxima, default level and the lawyer's
        # details: kept in the file; a change of procedure recomputes the deadlines.
        self.settings = CaseSettingsService(ctx, recompute=self.deadline_engine.recompute_all)
        # Recording or changing a detention order computes its deadlines in the same transaction.
        for service in (self.detention_orders, self.hearings, self.international_proceedings,
                        self.captives):
            service.after_write = self.deadline_engine.on_written
            service.before_delete = self.deadline_engine.on_deleted
        # Facts the filings need, the Court's deliveries (their deadlines from the day they
        # appeared) and searchable copies of scans.
        self.detention_facts = DetentionFactsService(ctx)
        self.deliveries = DeliveryService(ctx, lambda: self.rule_set)
        self.deliveries.after_write = self.deadline_engine.on_written
        self.deliveries.before_delete = self.deadline_engine.on_deleted
        self.ocr = OcrService(ctx, self.documents)
        self.reminders = ReminderService(ctx, self.overview, self.deadline_engine, self.hearings)

    @property
    def rule_set(self) -> RuleSet:
        """The deadline rules (the shipped ones and the user's), read on first use."""
        return self.deadline_engine.rule_set

    def captive_file(self, captive_id: int) -> CaptiveFileDTO:
        """Everything recorded about one captive."""
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
        self.output_guard.check(path, what=msg("the export"))
        return interchange.export_json(self.ctx, path)

    def backup_to(self, path: Path | str, *, overwrite: bool = False) -> BackupInfo:
        """A verified backup at a place the user chose (never over the case file itself)."""
        self.output_guard.check(path, what=msg("the backup"))
        return self.backups.backup_to(Path(path), overwrite=overwrite)

    def import_json(self, path: Path | str) -> ImportReport:
        return interchange.import_json(self.ctx, path, services=self)

    def check(self) -> CheckReport:
        if self.login.restricted:
            raise CaseFileError(
                msg("Checking the case file reads all of it, the audit log too: it needs internal "
                    "clearance, and {login} has {clearance}.", login=self.login.login,
                    clearance=level_label(self.login.clearance or "public")), bad_input=True)
        return maintenance.check(self.ctx, services=self)

    def change_passphrase(self, old: str | None, new: str, repeat: str | None = None) -> Strength:
        """Re-encrypt the case file with ``new`` (``old``: its passphrase, None if plain).

        Safe against a crash: the file opens with the old or the new passphrase. The case
        file stays open. Raises ValidationError (weak or mistyped new passphrase) or
        CaseFileError (wrong old passphrase, file in use elsewhere); nothing changes then.
        """
        was_encrypted = self.db.encrypted
        strength = security.change_passphrase(self.db, old, new, repeat)
        self.log_event("passphrase changed" if was_encrypted else "encrypted")
        return strength

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Changes` after every committed write."""
        self.ctx.listeners.append(listener)

    def watch(self, on_change: Listener,
              on_state: Callable[[bool, str], None] | None = None) -> live.Listener | None:
        """On a team server: start hearing the writes other people commit, each as the
        :class:`Changes` a write of this file would publish (``on_change`` runs on the
        listener's own thread); ``on_state(connected, reason)`` when the connection to the
        server is lost or back. Stop it with ``.stop()`` before closing. None for a local
        file: nobody else writes to it while it is open here."""
        if self.db.path is not None:
            return None
        listener = live.Listener(self.db.engine, self.ctx.origin, on_change, on_state)
        listener.start()
        return listener

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

        def run() -> None:
            problems = full_problems(path, key)
            if not problems:
                done(None)
                return
            found = f"{len(problems)} problems" if len(problems) > 1 else "a problem"
            error = CaseFileError(
                f"{path} is damaged or was changed outside CaseApp (SQLite's full check, run "
                f"after opening, found {found}). Nothing in it was deleted; keep the file as "
                "it is.", damaged=True, details=tuple(problems[:50]))
            done(_with_backup_hint(error, path, self._backup_root))

        thread = threading.Thread(target=run, name="caseapp full check", daemon=True)
        thread.start()
        return thread

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self.ctx.listeners:
            self.ctx.listeners.remove(listener)

    def log_event(self, kind: str, detail: str = "") -> None:
        with self.ctx.transaction() as s:
            s.add(FileEvent(actor=self.ctx.actor, kind=kind, detail=detail))

    @property
    def label(self) -> str:
        return self.db.label

    def close(self) -> None:
        self.db.close()


def open_case_file(
    location: Location,
    *,
    passphrase: str | None = None,
    create: bool = False,
    actor: str,
    today: Callable[[], date] = date.today,
    backup_root: Path | None = None,
) -> CaseFile:
    """Open the case file at ``location`` and bring its schema up to date.

    With ``create`` a missing file is made (encrypted when a passphrase is given; judging
    a new passphrase is the caller's part: :func:`caseapp.domain.passphrase.check_new_passphrase`).
    The file passes a quick integrity check before anything is written to it.
    Raises :class:`~caseapp.domain.errors.CaseFileError` with a message for the user; for
    a damaged file the message and ``error.backup`` name the latest verified backup.
    """
    if location.url:
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
        copy = upgrade_server(db) if location.url else migrate.upgrade(db)
        db.use_wal()
    except DatabaseError as exc:
        db.close()
        error = CaseFileError(msg("{label} is damaged and cannot be read.", label=db.label),
                          damaged=True,
                              details=(str(exc.orig),))
        raise _with_backup_hint(error, db.path, backup_root) from None
    except Exception:
        db.close()
        raise
    case_file = CaseFile(db, actor=actor, today=today, backup_root=backup_root)
    if location.url:
        case_file.login = clearance_of(db)
        if case_file.login.restricted:  # writes at or below its clearance only
            case_file.ctx.clearance = case_file.login.clearance
    if db.path is not None:
        security.remove_leftovers(db.path)
    # A login below internal clearance cannot read the audit log to compare it.
    case_file.warnings = () if case_file.login.restricted else audit_warnings(db)
    if created:
        case_file.log_event("created", "encrypted" if passphrase else "not encrypted")
    elif copy is not None:
        case_file.log_event("migrated", f"to schema {migrate.head_revision()}; copy kept at {copy}")
    return case_file


def audit_warnings(db: Database) -> tuple[str, ...]:
    """The audit log compared with its anchor (cheap: counts and one row, not the chain)."""
    with db.engine.connect() as conn:
        return tuple(audit_anchor.problems(conn))


def _with_backup_hint(exc: CaseFileError, path: Path | None, backup_root: Path | None
                      ) -> CaseFileError:
    """``exc`` with the latest verified backup named, if the file may be damaged."""
    if not exc.damaged or path is None:
        return exc
    latest = BackupStore(path, root=backup_root).latest_verified()
    if latest is None:
        return exc
    when = latest.created_at.astimezone()
    hinted = msg("{problem} The latest verified backup is {backup} (made {when}); restore it to a "
                 "new file with “caseapp restore {backup} --to NEW_FILE”.", problem=exc.message,
                 backup=latest.path, when=when)
    return CaseFileError(hinted, bad_input=exc.bad_input, damaged=True,
                         backup=latest.path, details=exc.details)
