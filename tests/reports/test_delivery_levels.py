"""A deadline the Court's delivery set off (a time limit in its letter, the portal's deletion
of the document) is above a level wherever the delivery is: a shareable calendar, status
report or dossier leaves out the time limit of a letter recorded as internal, and shows it
once the delivery is shareable. (The mutation check found no test with a delivery: the
levels' map could have read every delivery wrongly, or failed on the first one, unseen.)"""

from __future__ import annotations

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.reports.conftest import pdf_text

LETTER = "echr.delivery.time_limit"


def _shown(cf: CaseFile, captive: int, level: str) -> dict[str, bool]:
    """Whether the letter's time limit is in each output at ``level``."""
    limit = next(d for d in cf.deadlines.list(captive_id=captive) if d.rule_id == LETTER)
    calendar = outputs.calendar(cf, level=level)
    report = outputs.status_report(cf, level=level, author="")
    dossier = outputs.dossier(cf, captive, level=level, author="", lawyer=LawyerProfile())
    day = f"{limit.due_on:%-d}"
    return {"calendar": limit.uid in {d.uid for d in calendar.record.deadlines},
            "report": report.record.rows[0].next_deadline == limit.due_on,
            "dossier": any("time limit set in the Court's letter" in page and day in page
                           for page in pdf_text(dossier.data))}


def test_a_letters_time_limit_follows_its_deliverys_level(case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Aram Sargsyan"], capture="2024-11-20",
                                 status="on_trial", sensitivity="shareable",
                                 consent_publicity=True).id
    delivery = cf.deliveries.create(captive_id=captive, portal="ecomms",
                                    appeared_on=cf.ctx.today().isoformat(),
                                    title="Request for information", time_limit_weeks=8,
                                    sensitivity="internal")
    everywhere = {"calendar": True, "report": True, "dossier": True}
    assert _shown(cf, captive, "internal") == everywhere
    assert _shown(cf, captive, "shareable") == dict.fromkeys(everywhere, False)
    cf.deliveries.update(delivery.id, sensitivity="shareable")
    assert _shown(cf, captive, "shareable") == everywhere
