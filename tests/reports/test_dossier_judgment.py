"""The dossier's international proceedings say when each was communicated to the Government
and when the Chamber judgment was delivered, with the referral time limit among the next
deadlines; each only at a level that allows it (a public dossier prints no filing date)."""

from __future__ import annotations

from datetime import date

from caseapp.domain.cldr import format_date_short
from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text

COMMUNICATED = "2026-06-03"
JUDGMENT = "2026-10-15"


def short(day: date, lang: str) -> str:
    return " ".join(format_date_short(day, lang).split())


def text_of(cf: CaseFile, captive_id: int, level: str, lang: str = "en") -> str:
    data = render_dossier(build_dossier(cf, captive_id, level=level), lang=lang)
    return " ".join(" ".join(pdf_text(data)).split())


def _judged(cf: CaseFile) -> int:
    c = cf.captives.create(names=["Judged Captive"], capture="2023-09-19",
                           sensitivity="public", consent_publicity=True).id
    cf.international_proceedings.create(
        captive_id=c, body="echr", kind="application", reference="publicrefmark 12345/24",
        lodged_on="2024-05-02", communicated_on=COMMUNICATED, judgment_on=JUDGMENT,
        status="decided", outcome="Violation of Article 5 § 4", sensitivity="public")
    return c


def test_the_communication_and_the_judgment_are_in_the_table(case_file: CaseFile) -> None:
    c = _judged(case_file)
    for lang, header in (("en", "Chamber judgment"), ("ru", "Постановление Палаты"),
                         ("hy", "Պալատի վճիռ")):
        text = text_of(case_file, c, "internal", lang)
        assert header in text
        assert short(date(2026, 6, 3), lang) in text
        assert short(date(2026, 10, 15), lang) in text
    internal = text_of(case_file, c, "internal")
    assert "ECHR: Chamber judgment delivered publicrefmark 12345/24" in internal  # chronology
    # the key facts, on the cover and at the head of the dossier
    assert internal.count("Chamber judgment delivered 15 October 2026") == 2
    assert "Постановление Палаты вынесено 15 октября 2026" in text_of(case_file, c, "internal",
                                                                      "ru")
    assert "request referral of the Chamber judgment to the Grand Chamber" in internal
    assert "15 January 2027" in internal or "15 Jan 2027" in internal


def test_a_public_dossier_prints_neither_date(case_file: CaseFile) -> None:
    c = _judged(case_file)
    public = text_of(case_file, c, "public")
    assert "publicrefmark" in public  # the proceeding is there
    for day in (date(2026, 6, 3), date(2026, 10, 15), date(2024, 5, 2)):
        assert short(day, "en") not in public
    assert "15 October 2026" not in public and "Chamber judgment delivered" not in public
