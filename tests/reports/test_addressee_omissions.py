"""A communication whose addressee (an organisation or a person) is above the dossier's level
is printed without its addressee; the lawyer is told which communications lost theirs, so that
a dossier printing "sent" with no addressee is not a surprise."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import dossier_and_omissions


def _left_out(summary) -> dict[str, tuple[str, ...]]:
    return {str(o.section): tuple(str(t) for t in o.titles) for o in summary.omissions}


def test_an_addressee_above_the_level_is_named_among_what_is_left_out(
        case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Ashot Primerov"], capture="2026-01-10", status="held",
                             consent_publicity=True).id
    hidden = cf.organisations.create(name="QORGINTZ Mission", sensitivity="internal").id
    shown = cf.organisations.create(name="QORGSHRZ Office", sensitivity="shareable").id
    cf.interventions.create(captive_ids=[cid], made_on="2026-02-01", status="sent",
                            subject="QSUBJ-A visit request", organisation_id=hidden,
                            sensitivity="shareable")
    cf.interventions.create(captive_ids=[cid], made_on="2026-02-02", status="sent",
                            subject="QSUBJ-B medical care", organisation_id=shown,
                            sensitivity="shareable")
    dossier, summary = dossier_and_omissions(cf, cid, level=Sensitivity.SHAREABLE)
    addressed = {c.intervention.subject: c.addressee for c in dossier.communications}
    assert addressed == {"QSUBJ-A visit request": "", "QSUBJ-B medical care": "QORGSHRZ Office"}
    left = _left_out(summary)
    section = next(s for s in left if s.startswith("Addressees of communications"))
    assert left[section] == ("QSUBJ-A visit request",)
    # at the internal level nothing is left out, the addressee printed
    dossier, summary = dossier_and_omissions(cf, cid, level=Sensitivity.INTERNAL)
    assert {c.addressee for c in dossier.communications} == {"QORGINTZ Mission",
                                                              "QORGSHRZ Office"}
    assert not any(s.startswith("Addressees") for s in _left_out(summary))
