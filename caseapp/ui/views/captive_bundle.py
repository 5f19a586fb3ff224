"""Everything one captive's file page shows, read in one background call (:func:`fetch`)
and shown by :meth:`~caseapp.ui.views.captive_file.CaptiveFileView._loaded`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.domain.clock import ClockSettings
from caseapp.domain.dto import AuditEntryDTO, CaptiveFileDTO, DocumentDTO
from caseapp.domain.implied_status import StatusSuggestion
from caseapp.services.casefile import CaseFile
from caseapp.ui.captive_names import CaptiveName, captive_names


@dataclass(frozen=True)
class Bundle:
    file: CaptiveFileDTO
    audit: tuple[AuditEntryDTO, ...]
    photo: bytes | None
    names: dict[int, CaptiveName]  # of the captives in its hearings and interventions
    organisations: dict[int, str]
    contacts: dict[int, str]
    clock: ClockSettings  # the captive's own warning periods and custody maximum
    suggestion: StatusSuggestion | None = None  # the status the records imply, to offer
    # when it ends custody: the open detention-order steps and the hearings still to come,
    # of which the offer says what it closes and makes moot (as the Change status dialog)
    order_steps: tuple[tuple[date, bool], ...] = ()
    hearings_ahead: tuple[tuple[date, str], ...] = ()
    # The captive's documents and those attached to their cases, hearings, interventions.
    documents: tuple[DocumentDTO, ...] = ()


def fetch(cf: CaseFile, captive_id: int) -> Bundle:
    """Everything the page shows (runs off the UI thread)."""
    file = cf.captive_file(captive_id)
    others = {i for h in file.hearings for i in h.captive_ids}
    others |= {i for v in file.interventions for i in v.captive_ids}
    suggestion = cf.captives.status_suggestion(file)
    ends = suggestion is not None and suggestion.status.ended
    return Bundle(
        file=file, audit=tuple(cf.audit.for_captive(captive_id)),
        photo=cf.captives.photo(captive_id) if file.captive.has_photo else None,
        names=captive_names(cf, others),
        organisations={o.id: o.name for o in cf.organisations.list()},
        contacts={x.id: x.name for x in cf.contacts.list()},
        clock=cf.deadline_engine.clock_settings_for([captive_id])[captive_id],
        suggestion=suggestion,
        order_steps=cf.custody.order_steps(captive_id) if ends else (),
        hearings_ahead=cf.custody.hearings_ahead(captive_id) if ends else (),
        documents=tuple(cf.documents.for_captive(captive_id)))
