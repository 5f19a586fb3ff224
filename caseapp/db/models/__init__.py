"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from caseapp.db.models.advocacy import (
    AuditEntry,
    Contact,
    Deadline,
    Document,
    FileEvent,
    Intervention,
    Organisation,
    intervention_captives,
)
from caseapp.db.models.captive import (
    Captive,
    CaptiveName,
    DetentionPlace,
    IdentityDocument,
    Note,
    StatusChange,
    Tag,
    WelfareContact,
    captive_tags,
)
from caseapp.db.models.facts import CourtDelivery, DetentionFacts
from caseapp.db.models.identity import CaseFileIdentity
from caseapp.db.models.proceedings import (
    Charge,
    DetentionOrder,
    Hearing,
    InternationalProceeding,
    Prosecution,
    hearing_captives,
)
from caseapp.db.models.settings import CaseSetting

__all__ = [
    "AuditEntry",
    "Captive",
    "CaptiveName",
    "CaseFileIdentity",
    "CaseSetting",
    "Charge",
    "Contact",
    "CourtDelivery",
    "Deadline",
    "DetentionFacts",
    "DetentionOrder",
    "DetentionPlace",
    "Document",
    "FileEvent",
    "Hearing",
    "IdentityDocument",
    "InternationalProceeding",
    "Intervention",
    "Note",
    "Organisation",
    "Prosecution",
    "StatusChange",
    "Tag",
    "WelfareContact",
    "captive_tags",
    "hearing_captives",
    "intervention_captives",
]
