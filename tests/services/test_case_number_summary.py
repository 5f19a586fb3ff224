"""A criminal case's number typed with its sign ("№ 1(101)-77/2026", as Russian and Armenian
case files write them) is not given a second one by the languages that write their own
(«дело № № 1(101)-77/2026» in the History tab and the dossier)."""

from __future__ import annotations

import pytest

from caseapp.domain import messages
from caseapp.services.casefile import CaseFile


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "дело № 1(101)-77/2026"), ("hy", "գործ № 1(101)-77/2026"),
    ("en", "case 1(101)-77/2026")])
def test_a_case_number_typed_with_its_sign_is_named_once(case_file: CaseFile, lang: str,
                                                        expected: str) -> None:
    captive = case_file.captives.create(names=["Aram Petrosyan"])
    case = case_file.prosecutions.create(captive_id=captive.id, case_number="№ 1(101)-77/2026")
    before = messages.current_language()
    messages.set_language(lang)
    try:
        summaries = [e.summary for e in case_file.audit.recent()
                     if e.entity == "prosecutions" and e.record_uid == case.uid]
    finally:
        messages.set_language(before)
    assert summaries == [expected]


@pytest.mark.parametrize(("typed", "bare"), [
    ("№ 1(101)-77/2026", "1(101)-77/2026"), ("№1-23/2025", "1-23/2025"),
    ("No. 45/2024", "45/2024"), ("N° 12", "12"), ("1(101)-77/2026", "1(101)-77/2026"),
    ("Nord-7", "Nord-7"), ("№", "№"), ("No name", "No name")])
def test_only_a_sign_before_the_number_is_left_out(typed: str, bare: str) -> None:
    from caseapp.domain.case_numbers import without_sign

    assert without_sign(typed) == bare


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_dossier_names_the_case_with_one_sign(case_file: CaseFile, lang: str) -> None:
    import io

    from pypdf import PdfReader

    from caseapp.domain.lawyer import LawyerProfile
    from caseapp.services.outputs import dossier

    captive = case_file.captives.create(names=["Aram Petrosyan"])
    case_file.prosecutions.create(captive_id=captive.id, case_number="№ 1(101)-77/2026")
    made = dossier(case_file, captive.id, level="internal", author="A. Lawyer",
                   lawyer=LawyerProfile(), lang=lang)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(made.data)).pages)
    assert "№ 1(101)-77/2026" in text and "№ №" not in text
