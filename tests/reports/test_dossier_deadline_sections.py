"""The dossier's "Next deadlines" go under the proceedings they belong to: a domestic rule's
under the criminal case, the ECHR's and the UN's under the international proceedings (by the
rule, or by the title of one entered by hand); a deadline done or dismissed is no next
deadline at all. (The mutation check: a deadline put in the other section, or a closed one
printed, went unnoticed by every test.)"""

from __future__ import annotations

from datetime import timedelta

from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier


def test_each_next_deadline_is_under_its_proceedings(case_file: CaseFile) -> None:
    cf = case_file
    today = cf.ctx.today()
    cid = cf.captives.create(names=["Aram Sargsyan"], capture="2024-11-20", status="on_trial",
                             sensitivity="shareable", consent_publicity=True).id
    cf.deadline_engine.from_rule(captive_id=cid, rule_id="az.cassation",
                                 trigger=today - timedelta(days=3))
    cf.deadline_engine.from_rule(captive_id=cid, rule_id="echr.ecomms.download",
                                 trigger=today - timedelta(days=3))
    for title in ("WGAD: the Government's reply is due", "Ask the court for the file",
                  "Appeal lodged"):
        cf.deadlines.create(captive_id=cid, title=title, due_on=today + timedelta(days=9))
    (lodged,) = [d for d in cf.deadlines.list(captive_id=cid) if d.title == "Appeal lodged"]
    cf.deadline_engine.mark_done(lodged.id)
    dossier = build_dossier(cf, cid, level="shareable")
    domestic = {d.rule_id or d.title for d in dossier.domestic_deadlines}
    international = {d.rule_id or d.title for d in dossier.international_deadlines}
    assert domestic == {"az.cassation", "Ask the court for the file"}
    # (eComms' download's title names no body: its rule says it is the Court's)
    assert international == {"echr.ecomms.download", "WGAD: the Government's reply is due"}
