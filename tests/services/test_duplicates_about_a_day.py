"""One man entered from two sources: the family gave the day of capture as about 10
November 2020 (or the birth as about 1 May 1990), the ICRC list the exact day two days later.
An approximate day stands for the days around it: the two are suggested as likely the same,
as `caseapp duplicates` and Likely Duplicates… list them; a day a month and more away is not."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import likely_pairs


@pytest.mark.parametrize(("field", "about", "exact"), [
    ("capture", "~2020-11-10", "2020-11-12"), ("birth", "~1990-05-01", "1990-05-03"),
    ("capture", "~2020-12-13", "2020-11")])
def test_an_approximate_day_near_the_exact_one_is_the_same_man(case_file: CaseFile, field: str,
                                                               about: str, exact: str) -> None:
    family = case_file.captives.create(names=["Վարդանյան Արմեն"], **{field: about}).id
    icrc = case_file.captives.create(names=["Вартанян Армен"], **{field: exact}).id
    assert [{p.first_id, p.second_id} for p in likely_pairs(case_file.ctx)] == [{family, icrc}]


def test_an_approximate_day_months_away_is_not(case_file: CaseFile) -> None:
    case_file.captives.create(names=["Վարդանյան Արմեն"], capture="~2020-11-10")
    case_file.captives.create(names=["Вартанян Армен"], capture="2021-03-02")
    assert likely_pairs(case_file.ctx) == []
