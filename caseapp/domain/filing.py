"""The records the filing drafts are printed from (ECHR application, Rule 39 request, WGAD and
WGEID submissions): built at a level by ``caseapp.services.filing_*`` from the captive's
dossier, so nothing above the level is in here; printed by ``caseapp.reports.filing_*``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import DocumentDTO, InternationalProceedingDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message
from caseapp.domain.reports import DossierDTO, convention_articles

# The rights of the Convention and its Protocols a captive's application usually invokes.
CONVENTION_RIGHTS = {
    "2": "right to life", "3": "prohibition of torture and inhuman or degrading treatment",
    "5": "right to liberty and security", "6": "right to a fair trial",
    "7": "no punishment without law", "8": "right to respect for private and family life",
    "9": "freedom of thought, conscience and religion", "10": "freedom of expression",
    "13": "right to an effective remedy", "14": "prohibition of discrimination",
    "18": "limitation on use of restrictions on rights", "34": "individual applications",
    "38": "examination of the case", "P1-1": "protection of property",
    "P1-2": "right to education", "P7-4": "right not to be tried or punished twice",
}
_SPLIT = re.compile(r"\s*[,;]\s*|\s+and\s+")


def right_of(article: str) -> str:
    """The right an article guarantees ("5 § 4" → "right to liberty and security")."""
    return CONVENTION_RIGHTS.get(article.split("§")[0].strip(), "")


def articles_of(proceedings: tuple[InternationalProceedingDTO, ...]) -> tuple[str, ...]:
    """The Convention articles recorded on the proceedings ("3, 5 § 1, P1-1"), in order and
    without repeats; where a proceeding records none, those its notes and outcome name
    ("Articles 3 and 5 § 4")."""
    found: list[str] = []
    for p in proceedings:
        own = [re.sub(r"^(?:Art(?:icle)?s?\.?\s*)", "", a, flags=re.IGNORECASE).strip()
               for a in _SPLIT.split(p.convention_articles or "")]
        own = [re.sub(r"\s*§+\s*", " § ", a) for a in own if a]
        for a in own or convention_articles(p.notes, p.outcome):
            if a not in found:
                found.append(a)
    return tuple(found)


@dataclass(frozen=True)
class DomesticDecision:
    """A decision of a domestic court the application relies on (exhaustion)."""

    on: date
    court: str
    what: str  # "Cassation decision", "Appeal against the detention order of …"
    outcome: str


@dataclass(frozen=True)
class TimeLimit:
    """The ECHR time limit as the deadline engine computes it."""

    rule_id: str
    trigger: date  # the final domestic decision
    due_on: date
    steps: tuple[str, ...]
    source: str
    from_engine: bool  # a deadline the engine keeps for the captive (else computed for a date given)
    # The decision as given when only its month or year is known: ``trigger`` is then its
    # first possible day, and ``due_on`` the earliest day the time limit can end.
    known_to: PartialDate | None = None
    settled: bool = False  # its deadline is marked done or dismissed (that application lodged)


@dataclass(frozen=True)
class AnnexEntry:
    """One document of section I and of the bundle."""

    number: int
    document: DocumentDTO
    on: date | None
    files: tuple[str, ...]  # one file, or its parts
    first_page: int
    last_page: int

    @property
    def pages(self) -> int:
        return self.last_page - self.first_page + 1


@dataclass(frozen=True)
class BundleFile:
    name: str
    data: bytes


@dataclass(frozen=True)
class EchrApplication:
    dossier: DossierDTO  # the captive's file at the level: every record here is allowed
    respondent_state: str
    articles: tuple[str, ...]
    decisions: tuple[DomesticDecision, ...]
    time_limit: TimeLimit | None
    time_limit_note: str  # why there is none, or what it rests on
    other_international: tuple[InternationalProceedingDTO, ...]
    previous_applications: tuple[InternationalProceedingDTO, ...]
    annexes: tuple[AnnexEntry, ...]

    @property
    def level(self) -> Sensitivity:
        return self.dossier.level


@dataclass(frozen=True)
class Rule39Request:
    dossier: DossierDTO
    respondent_state: str
    contact_person: str
    contact_phone: str
    contact_fax: str
    risk: str  # the facts of imminent risk
    asked: str  # what the Court is asked to indicate, as the lawyer put it ("": the usual)
    sent_at: datetime  # when it will reach the Court, aware
    warning: Message | None  # for the lawyer, in her language: outside the Court's hours
    handled_from: datetime


@dataclass(frozen=True)
class UnSubmission:
    """A draft for a UN working group (WGAD or WGEID)."""

    body: str  # "wgad", "wgeid"
    dossier: DossierDTO
    state: str
    source_name: str  # who submits: the lawyer or organisation
    power_of_attorney: bool  # a power of attorney is on file
    consent_notes: str  # the captive's consent notes, as recorded


__all__ = ["CONVENTION_RIGHTS", "AnnexEntry", "BundleFile", "DomesticDecision",
           "EchrApplication", "Rule39Request", "TimeLimit", "UnSubmission", "articles_of",
           "right_of"]
