"""The composition of services over one open case file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import Database, file_kind, open_sqlite, open_url
from caseapp.db.models import FileEvent
from caseapp.services.advocacy import ContactService, InterventionService, OrganisationService
from caseapp.services.audit import AuditService
from caseapp.services.base import Listener, ServiceContext
from caseapp.services.captives import (
    CaptiveService,
    DetentionPlaceService,
    IdentityDocumentService,
    NameService,
    NoteService,
    WelfareContactService,
)
from caseapp.services.deadlines import DeadlineService
from caseapp.services.documents import DocumentService
from caseapp.services.proceedings import (
    ChargeService,
    DetentionOrderService,
    HearingService,
    InternationalProceedingService,
    ProsecutionService,
)
from caseapp.services.search import SearchService


class CaseFile:
    """Every service of one open case file. Build it with :func:`open_case_file`."""

    def __init__(self, db: Database, *, actor: str, today: Callable[[], date] = date.today):
        self.db = db
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
        self.search = SearchService(ctx)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Changes` after every committed write."""
        self.ctx.listeners.append(listener)

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
) -> CaseFile:
    """Open the case file at ``location`` and bring its schema up to date.

    With ``create`` a missing file is made (encrypted when a passphrase is given).
    Raises :class:`~caseapp.domain.errors.CaseFileError` with a message for the user.
    """
    if location.url:
        db = open_url(location.url)
        created = False
    else:
        assert location.path is not None
        created = file_kind(location.path) == "missing"
        db = open_sqlite(location.path, passphrase=passphrase, create=create)
    try:
        copy = migrate.upgrade(db)
    except Exception:
        db.close()
        raise
    case_file = CaseFile(db, actor=actor, today=today)
    if created:
        case_file.log_event("created", "encrypted" if passphrase else "not encrypted")
    elif copy is not None:
        case_file.log_event("migrated", f"to schema {migrate.head_revision()}; copy kept at {copy}")
    return case_file
