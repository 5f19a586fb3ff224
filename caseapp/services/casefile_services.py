"""The services of one case file, each built (and its module imported) when first read, and
what they share: their context (:attr:`CaseFileServices.ctx`, with SQLAlchemy and the models)
and the deadline rules in force (the shipped ones and the lawyer's own rule files).

:class:`~caseapp.services.open_file.CaseFile` is one of these; open one with
:func:`caseapp.services.casefile.open_case_file`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from platformdirs import user_config_path

from caseapp.db.engine import Database
from caseapp.services.built import Built, with_deadlines

if TYPE_CHECKING:  # the services are imported when first used (the start of every command)
    from caseapp.domain.messages import Translated
    from caseapp.domain.rules import RuleSet
    from caseapp.services.advocacy import ContactService, InterventionService, OrganisationService
    from caseapp.services.audit import AuditService
    from caseapp.services.backup import BackupService
    from caseapp.services.base import Listener, ServiceContext
    from caseapp.services.captive_records import (
        DetentionPlaceService,
        IdentityDocumentService,
        NoteService,
        WelfareContactService,
    )
    from caseapp.services.captives import CaptiveService, NameService
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


def user_rules_dir() -> Path:
    """The lawyer's own rule files: they add to or replace the shipped rules by id."""
    return user_config_path("CaseApp", appauthor=False) / "rules"


class CaseFileServices:
    """Every service of one case file, built when first read (``cf.captives``…), and the
    context they share (:attr:`ctx`), built likewise."""

    SERVICES: ClassVar[tuple[str, ...]]  # the names of those services (set below the class)

    def __init__(self, db: Database, *, actor: str, today: Callable[[], date] = date.today,
                 rule_set: RuleSet | None = None, backup_root: Path | None = None):
        self.db = db
        self._backup_root = backup_root
        self._rule_set = rule_set
        self._building = threading.RLock()
        self._actor, self._today = actor, today
        self._listeners: list[Listener] = []  # the context's, once it is built
        self._own_audit: dict[str, str] = {}  # the context's (ServiceContext.own_audit)
        self._ctx: ServiceContext | None = None

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

    @property
    def own_audit(self) -> dict[str, str]:
        """This file's own writes, as the audit log's newest entry before and after each
        (:attr:`ServiceContext.own_audit`)."""
        return self._ctx.own_audit if self._ctx is not None else self._own_audit

    def _captives(self) -> CaptiveService:
        from caseapp.services.captives import CaptiveService
        return with_deadlines(self, CaptiveService(self.ctx))
    captives = Built(_captives)

    def _names(self) -> NameService:
        from caseapp.services.captives import NameService
        return NameService(self.ctx)
    names = Built(_names)

    def _identity_documents(self) -> IdentityDocumentService:
        from caseapp.services.captive_records import IdentityDocumentService
        return IdentityDocumentService(self.ctx)
    identity_documents = Built(_identity_documents)

    def _detention_places(self) -> DetentionPlaceService:
        from caseapp.services.captive_records import DetentionPlaceService
        return DetentionPlaceService(self.ctx)
    detention_places = Built(_detention_places)

    def _custody(self) -> CustodyEndService:
        # A change of status with the open stay it ends (one write, one undo).
        from caseapp.services.custody_end import CustodyEndService
        return CustodyEndService(self.ctx, self.captives, self.detention_places)
    custody = Built(_custody)

    def _welfare_contacts(self) -> WelfareContactService:
        from caseapp.services.captive_records import WelfareContactService
        return WelfareContactService(self.ctx)
    welfare_contacts = Built(_welfare_contacts)

    def _notes(self) -> NoteService:
        from caseapp.services.captive_records import NoteService
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

    @property
    def given_rules(self) -> bool:
        """Whether the file was given rules of its own (not read from the rule files)."""
        return self._rule_set is not None

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

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Changes` after every committed write."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)


CaseFileServices.SERVICES = tuple(name for name, value in vars(CaseFileServices).items()
                                  if isinstance(value, Built))
