"""The dossier's key facts carry the facts for filings (issue 18), each only at a level that
allows its record: an internal confirmation source never reaches a shareable dossier."""

from __future__ import annotations

from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text


def text_of(cf: CaseFile, captive_id: int, level: str, lang: str = "en") -> str:
    data = render_dossier(build_dossier(cf, captive_id, level=level), lang=lang)
    return " ".join(" ".join(pdf_text(data)).split())


def test_facts_appear_at_their_level_only(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Facts Captive"], birth="1950-03-01",
                                  capture="2023-09-19", sensitivity="shareable")
    case_file.detention_facts.record(c.id, state_confirmed=True, confirmed_on="2023-10-02",
                                     confirmed_source="secretsourcemark",
                                     risk_hunger_strike=True, release_kind="exchange")
    case_file.welfare_contacts.create(captive_id=c.id, contact_on="2026-06-01",
                                      kind="icrc_visit", sensitivity="shareable")
    case_file.welfare_contacts.create(captive_id=c.id, contact_on="2026-09-01",
                                      kind="consular_visit", sensitivity="internal")
    internal = text_of(case_file, c.id, "internal")
    assert "secretsourcemark" in internal and "hunger strike" in internal.lower()
    assert "exchange" in internal
    # The later consular visit (1 September 2026) is the last independent one internally.
    assert "Last independent proof of life" in internal and "1 September 2026" in internal
    shareable = text_of(case_file, c.id, "shareable")
    assert "secretsourcemark" not in shareable and "Hunger strike" not in shareable
    assert "exchange" not in shareable
    # Age comes from the birth date, shareable here (76 on 27 November 2026). One person's
    # risk, not the status report's heading "Captives at special risk".
    assert "Special risk Aged 60 or over" in shareable
    assert "Captives at special risk" not in shareable
    assert "Особый риск Возраст 60 лет и старше" in text_of(case_file, c.id, "shareable", "ru")
    assert "1 June 2026" in shareable and "1 September 2026" not in shareable
    assert "secretsourcemark" in text_of(case_file, c.id, "internal", "ru")


def test_no_independent_proof_of_life_is_said_only_when_none_is_hidden(case_file: CaseFile
                                                                      ) -> None:
    seen = case_file.captives.create(names=["Seen Captive"], capture="2023-09-19",
                                     sensitivity="shareable").id
    case_file.welfare_contacts.create(captive_id=seen, contact_on="2026-09-01",
                                      kind="icrc_visit", sensitivity="internal")
    unseen = case_file.captives.create(names=["Unseen Captive"], capture="2023-09-19",
                                       sensitivity="shareable").id
    assert "proof of life (ICRC, consular or lawyer visit) 1 September 2026" in text_of(
        case_file, seen, "internal")
    # The visit is internal: a shareable dossier must not say there was none.
    shareable = text_of(case_file, seen, "shareable")
    assert "lawyer visit) not shown at this level" in shareable
    assert "none recorded" not in shareable
    assert "на этом уровне не показывается" in text_of(case_file, seen, "shareable", "ru")
    assert "lawyer visit) none recorded" in text_of(case_file, unseen, "shareable")
