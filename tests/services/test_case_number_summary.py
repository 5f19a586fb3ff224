"""A criminal case is named in the audit log by its number as the lawyer typed it: a number
typed with its sign ("№ 1(101)-77/2026", as Russian and Armenian case files write them) is not
given a second one («дело № № 1(101)-77/2026» in the History tab)."""

from __future__ import annotations

import pytest

from caseapp.domain import messages
from caseapp.services.casefile import CaseFile


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", "дело № 1(101)-77/2026"), ("hy", "գործ № 1(101)-77/2026"),
    ("en", "case № 1(101)-77/2026")])
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
