"""Independent proof of life: which welfare contacts show the captive alive through someone
who does not answer to the detaining state, and how old the last one is.

A contact is *independent* when a person outside the detaining state's control saw the
captive: an ICRC delegate, a consular officer, the captive's own lawyer. A family call or
letter passes through the prison's hands and a video or interview published by the detaining
side shows what that side chose to show: both prove something, but not independently. The
lawyer can decide otherwise for one contact (a lawyer appointed by the detaining state is not
independent; a family visit witnessed by the ICRC is), and an unconfirmed contact never
counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from caseapp.domain.enums import WelfareContactKind

INDEPENDENT_KINDS = frozenset({WelfareContactKind.ICRC_VISIT, WelfareContactKind.CONSULAR_VISIT,
                               WelfareContactKind.LAWYER_VISIT})

# Warn when the last independent proof of life is older than this (a case setting). Why 90:
# independent sightings are rare for captives held abroad (a visit needs the detaining state's
# leave), so a month-long threshold, like the one for any news, would warn for nearly every
# captive and be ignored; three months without anyone independent seeing the captive is the
# point at which the lawyer should press the ICRC and consider a Rule 39 request.
DEFAULT_INDEPENDENT_PROOF_DAYS = 90


class ContactLike(Protocol):
    @property
    def contact_on(self) -> date: ...
    @property
    def kind(self) -> WelfareContactKind: ...
    @property
    def confirmed(self) -> bool: ...
    @property
    def independent(self) -> bool | None: ...


def is_independent(kind: WelfareContactKind | str, *, confirmed: bool = True,
                   override: bool | None = None) -> bool:
    """Whether one contact is independent proof of life (``override``: the lawyer's call)."""
    if not confirmed:
        return False
    if override is not None:
        return override
    return WelfareContactKind(kind) in INDEPENDENT_KINDS


def last_independent(contacts: Iterable[ContactLike]) -> date | None:
    return max((c.contact_on for c in contacts
                if is_independent(c.kind, confirmed=c.confirmed, override=c.independent)),
               default=None)


@dataclass(frozen=True)
class ProofClock:
    last_independent: date | None
    days_since: int | None  # None: no independent proof of life recorded at all
    threshold_days: int

    @property
    def overdue(self) -> bool:
        """Warn: none recorded, or the last one older than the threshold."""
        return self.days_since is None or self.days_since > self.threshold_days


def proof_clock(last: date | None, today: date, threshold_days: int) -> ProofClock:
    return ProofClock(last, None if last is None else (today - last).days, threshold_days)


class Independence(StrEnum):
    """The lawyer's call on one contact, as a form offers it (none: as the kind says)."""

    INDEPENDENT = "independent"
    NOT_INDEPENDENT = "not_independent"

    @staticmethod
    def of(value: bool | None) -> Independence | None:
        return None if value is None else (
            Independence.INDEPENDENT if value else Independence.NOT_INDEPENDENT)

    @staticmethod
    def flag(value: Independence | str | None) -> bool | None:
        return None if value is None else Independence(value) is Independence.INDEPENDENT
