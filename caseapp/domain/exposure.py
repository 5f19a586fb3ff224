"""What a seized device exposed: the record of the seizure exposure report (built by
:mod:`caseapp.services.exposure`, printed by :mod:`caseapp.reports.exposure`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message

# What a credential entry asks the lawyer to do; the report words each one.
CREDENTIAL_KINDS = ("case_passphrase", "not_encrypted", "backups", "team_server", "travel_copy",
                    "travel_passphrase", "account", "recovery_shares")


@dataclass(frozen=True)
class ExposedCaptive:
    name: str
    other_names: tuple[str, ...]
    level: Sensitivity
    status: str
    consent_publicity: bool
    records: int  # records about the captive (names, custody, proceedings, documents…)
    sex: str = ""  # the status is said of them: Russian makes it agree («Репатриирована»)


@dataclass(frozen=True)
class ExposedPerson:
    """A contact or organisation on the device: someone who may need to be warned."""

    name: str
    organisation: str
    role: str
    kind: str  # the organisation's kind ("family", "ngo"…), "" when none
    level: Sensitivity
    reach: str  # email and phone, as recorded


@dataclass(frozen=True)
class ExposedDocument:
    title: str
    filename: str
    captive: str
    level: Sensitivity
    source: str


@dataclass(frozen=True)
class ExposedSource:
    """Who or what a piece of information came from (a document's or a visit's source)."""

    name: str
    documents: int
    welfare_contacts: int


@dataclass(frozen=True)
class WrittenOutput:
    """A file CaseApp wrote from the case file (a dossier, an export…): where, at which
    level, when (``at``, UTC)."""

    at: datetime
    level: Sensitivity
    path: str


@dataclass(frozen=True)
class Credential:
    """Something to revoke or rotate: ``kind`` is one of :data:`CREDENTIAL_KINDS`."""

    kind: str
    subject: str  # the account, the backup, the copy ("" for the case file itself)
    detail: str = ""


@dataclass(frozen=True)
class ExposureReport:
    basis: str  # "backup" or "audit"
    source: str  # the backup's file name, or the case file's label
    as_of: datetime  # the moment the device is taken to have held
    generated_at: datetime
    captives: tuple[ExposedCaptive, ...]
    families: tuple[ExposedPerson, ...]
    contacts: tuple[ExposedPerson, ...]
    sources: tuple[ExposedSource, ...]
    documents: tuple[ExposedDocument, ...]
    credentials: tuple[Credential, ...]
    deleted_since: tuple[str, ...] = ()  # records the audit log says were deleted after as_of
    level: Sensitivity = Sensitivity.INTERNAL
    zone: str = "UTC"  # the zone of ``as_of`` as the report names it ("Asia/Yerevan")
    notes: tuple[Message, ...] = ()  # what to say besides (a backup that could not be checked)
    # the device held a travel copy at this level (its backup, or the copy itself), not the
    # case file: what was above the level stayed at home, and the passphrase was the copy's
    travel_level: Sensitivity | None = None
    outputs: tuple[WrittenOutput, ...] = ()  # files CaseApp wrote from it, up to ``as_of``

    @property
    def day(self) -> date:
        """The day the report is of: from the audit trail, the day whose end ``as_of`` is
        (midnight after it, in ``zone``); from a backup, the day it was made."""
        return (self.as_of - timedelta(days=1)).date() if self.basis == "audit" \
            else self.as_of.date()

    def people_to_warn(self) -> tuple[ExposedPerson, ...]:
        """Families first, then every other contact (each once, by name and organisation)."""
        seen: set[tuple[str, str]] = set()
        out = []
        for p in (*self.families, *self.contacts):
            if (p.name, p.organisation) not in seen:
                seen.add((p.name, p.organisation))
                out.append(p)
        return tuple(out)
