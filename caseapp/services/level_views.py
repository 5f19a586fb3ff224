"""A captive's file and the captives list at a level, for ``caseapp captives show --level``
and ``caseapp captives list --level``: each made by the output that already prints it at a
level, never by a filter of its own.

- a captive's file at a level is what the dossier at that level holds
  (:func:`caseapp.services.dossier_data.dossier_and_omissions`): the same records, the
  captive's fields above the level blank, the days in custody counted from what it shows, the
  same refusal (the captive's record above the level, no consent to publicity at the public
  level) and the same list of what it leaves out;
- the captives list at a level is the status report's rows at that level
  (:func:`caseapp.services.status_report_data.build_status_report`), and what the report leaves
  out of them.

The level is never above the login's clearance (:func:`caseapp.services.base.output_level`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from caseapp.domain.dto import CaptiveFileDTO
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.messages import msg
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.reports import StatusRow
from caseapp.domain.same_day import deadline_order
from caseapp.services.base import output_level
from caseapp.services.dossier_data import dossier_and_omissions
from caseapp.services.status_report_data import build_status_report, status_report_omissions

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

CAPTIVE_FILE = msg("captive's file")  # the output named in what the level leaves out
CAPTIVES_LIST = msg("captives list")
# What the status report leaves out that the captives list does not show anyway.
_NOT_IN_THE_LIST = frozenset(
    [msg("Upcoming hearings")] + [msg("Figures withheld ({what})", what=what) for what in (
        msg("next deadline"), msg("next hearing"), msg("last contact"))])


def captive_file_at(cf: CaseFile, captive_id: int, *, level: Sensitivity | str
                    ) -> tuple[CaptiveFileDTO, OmissionSummary]:
    """The captive's file as the dossier at ``level`` holds it (its deadlines the open ones,
    as the dossier prints them), and what the level leaves out. Raises
    :class:`~caseapp.domain.errors.ValidationError` where the dossier cannot be made at the
    level, :class:`~caseapp.domain.errors.NotFound` for an unknown captive."""
    dossier, left_out = dossier_and_omissions(cf, captive_id, level=level,
                                              output=CAPTIVE_FILE)
    contacts = sorted(dossier.visits + dossier.family_contacts, key=lambda c: (c.contact_on, c.id))
    addressed = sorted(dossier.communications + dossier.family_communications,
                       key=lambda a: (a.intervention.made_on, a.intervention.id))
    deadlines = sorted(dossier.domestic_deadlines + dossier.international_deadlines,
                       key=deadline_order)
    shown = CaptiveFileDTO(
        captive=dossier.captive, status_history=dossier.status_history,
        identity_documents=dossier.identity_documents,
        detention_places=dossier.detention_places, welfare_contacts=tuple(contacts),
        prosecutions=dossier.prosecutions, detention_orders=dossier.detention_orders,
        hearings=dossier.hearings, international_proceedings=dossier.international_proceedings,
        interventions=tuple(a.intervention for a in addressed), documents=dossier.annex,
        deadlines=tuple(deadlines), notes=dossier.extras.notes if dossier.extras else ())
    return shown, replace(left_out, empty_sections=())  # (the dossier's sections: not here)


def captives_at(cf: CaseFile, *, level: Sensitivity | str,
                status: CaptiveStatus | str | None = None, tag: str | None = None,
                search: str | None = None) -> tuple[list[StatusRow], OmissionSummary]:
    """The captives list at ``level``: the status report's rows (a field above the level
    None or empty), those of one status or tag, and what the level leaves out. A ``search``
    below the internal level matches names only: a match in a text above the level would
    tell what it holds."""
    level = output_level(cf.ctx, level)
    searched = search is not None and bool(search.strip())
    with cf.ctx.snapshot():
        report = build_status_report(cf, level=level, status=status, tag=tag, hearing_days=0)
        among = None
        if searched:
            assert search is not None
            rank = {cid: i for i, cid in enumerate(cf.search.captive_ids(
                search, names_only=level is not Sensitivity.INTERNAL))}
            report = replace(report, rows=tuple(sorted(
                (r for r in report.rows if r.id in rank), key=lambda r: rank[r.id])))
            # What the level left out is counted among the captives the same search finds
            # in the whole file (the list without --level), not among every captive.
            among = frozenset(rank) if level is Sensitivity.INTERNAL else frozenset(
                cf.search.captive_ids(search))
        left_out = status_report_omissions(cf, report, tag=tag, among=among)
    rows = list(report.rows)
    return rows, replace(left_out, output=CAPTIVES_LIST, omissions=tuple(
        o for o in left_out.omissions if o.section not in _NOT_IN_THE_LIST))
