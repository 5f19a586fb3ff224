"""The status report counts the captives at special risk, each reason only where the level
allows where it comes from (the facts record's level; the birth date's field level for age)."""

from __future__ import annotations

from caseapp.domain.special_risk import RiskReason
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.texts import t
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report
from tests.reports.conftest import pdf_text

# TODAY is 27 November 2026: born 1950 is 76, born 1990 is 36.


def make(cf: CaseFile) -> dict[str, int]:
    ids = {}
    # Hunger strike recorded at the public level; old, birth date public.
    ids["striker"] = cf.captives.create(
        names=["Striker Captive"], birth="1950-05-05", sensitivity="public",
        consent_publicity=True).id
    cf.detention_facts.record(ids["striker"], risk_hunger_strike=True, sensitivity="public")
    # Health reason kept internal (the default); young.
    ids["sick"] = cf.captives.create(names=["Sick Captive"], birth="1990-01-01",
                                     sensitivity="public", consent_publicity=True).id
    cf.detention_facts.record(ids["sick"], risk_health=True)
    # Old, but the birth date is internal: the age reason only in an internal report.
    ids["elder"] = cf.captives.create(
        names=["Elder Captive"], birth="1955-02-01", sensitivity="public",
        consent_publicity=True, field_levels={"birth_date": "internal"}).id
    ids["plain"] = cf.captives.create(names=["Plain Captive"], birth="1990-01-01",
                                      sensitivity="public", consent_publicity=True).id
    # Old but free: custody ended, no longer counted.
    ids["freed"] = cf.captives.create(names=["Freed Captive"], birth="1940-01-01",
                                      status="repatriated", status_since="2024-01-01",
                                      sensitivity="public", consent_publicity=True).id
    return ids


def test_counts_follow_the_level(case_file: CaseFile) -> None:
    ids = make(case_file)
    internal = build_status_report(case_file, level="internal")
    at_risk, by_reason = internal.special_risk_counts()
    assert at_risk == 3  # striker, sick, elder
    assert by_reason[RiskReason.AGE] == 2 and by_reason[RiskReason.HEALTH] == 1
    assert {r.id: r.risk_reasons for r in internal.rows}[ids["striker"]] == (
        RiskReason.AGE, RiskReason.HUNGER_STRIKE)

    shareable = build_status_report(case_file, level="shareable")
    at_risk, by_reason = shareable.special_risk_counts()
    # The health reason (internal facts) and the elder's age (internal birth date) drop out.
    assert at_risk == 1 and by_reason[RiskReason.HEALTH] == 0 and by_reason[RiskReason.AGE] == 1
    public = build_status_report(case_file, level="public")
    assert public.special_risk_counts()[0] == 1


def test_the_pdf_shows_the_counts_in_each_language(case_file: CaseFile) -> None:
    make(case_file)
    report = build_status_report(case_file, level="internal")
    english = " ".join(" ".join(pdf_text(render_status_pdf(report, lang="en"))).split())
    assert "Captives at special risk" in english
    assert "Hunger strike 1" in english and "Aged 60 or over 2" in english
    assert "Captives at special risk (any reason) 3" in english
    armenian = " ".join(" ".join(pdf_text(render_status_pdf(report, lang="hy"))).split())
    assert "Հացադուլ 1" in armenian
    russian = " ".join(" ".join(pdf_text(render_status_pdf(report, lang="ru"))).split())
    assert "Голодовка 1" in russian
    shareable = build_status_report(case_file, level="shareable")
    text = " ".join(" ".join(pdf_text(render_status_pdf(shareable, lang="en"))).split())
    assert "Health" not in text and "Captives at special risk (any reason) 1" in text


def test_a_risk_the_level_hides_is_never_counted_as_none(case_file: CaseFile) -> None:
    # Aged 76, the birth date shareable: the public report cannot tell the age reason.
    case_file.captives.create(names=["Old Captive"], birth="1950-05-05", sensitivity="public",
                              consent_publicity=True, field_levels={"birth_date": "shareable"})
    shareable = build_status_report(case_file, level="shareable")
    text = " ".join(" ".join(pdf_text(render_status_pdf(shareable, lang="en"))).split())
    assert "Captives at special risk (any reason) 1" in text and "not shown" not in text
    public = build_status_report(case_file, level="public")
    assert public.special_risk_hidden() == 1
    for lang, hidden in (("en", "Captives whose special risk is not shown at this level 1"),
                         ("hy", "Գերիներ, որոնց հատուկ վտանգն այս մակարդակում չի նշվում 1"),
                         ("ru", "на этом уровне не показываются 1")):
        text = " ".join(" ".join(pdf_text(render_status_pdf(public, lang=lang))).split())
        assert hidden in text, lang
        assert t("risk_captives", lang) not in text, lang  # no "any reason: 0"


def test_a_known_count_is_shown_beside_the_hidden_ones(case_file: CaseFile) -> None:
    ids = make(case_file)
    public = build_status_report(case_file, level="public")
    hidden = {r.id for r in public.rows if r.risk_hidden}
    assert hidden == {ids["sick"], ids["elder"]}  # internal facts; internal birth date
    text = " ".join(" ".join(pdf_text(render_status_pdf(public, lang="en"))).split())
    assert "Captives at special risk (any reason) 1" in text
    assert "Captives whose special risk is not shown at this level 2" in text
