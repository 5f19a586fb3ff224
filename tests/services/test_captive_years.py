"""A date of birth or of capture before 1900 is a year typed short (an age, "0045", "1850"
for 1985): refused in one line naming the field, nothing saved; an age typed where the year
of birth goes is answered with the year it gives."""

from __future__ import annotations

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY


@pytest.mark.parametrize("typed", ["45", "0045"])
def test_an_age_typed_as_the_year_of_birth_is_answered_with_the_year(case_file: CaseFile,
                                                                     typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        case_file.captives.create(names=["Արմեն Սարգսյան"], birth=typed)
    assert err.value.field == "birth"
    said = str(err.value)
    assert "before 1900" in said and "If 45 is the captive's age" in said
    assert f"{TODAY.year - 45} or {TODAY.year - 46}" in said
    assert case_file.captives.list() == []


@pytest.mark.parametrize(("field", "typed", "what"), [
    ("birth", "1850", "The date of birth (1850)"), ("capture", "1899-12", "The capture"),
    ("capture", "0020-11-10", "The capture")])
def test_a_year_before_1900_is_refused_where_it_was_typed(case_file: CaseFile, field: str,
                                                          typed: str, what: str) -> None:
    with pytest.raises(ValidationError) as err:
        case_file.captives.create(names=["Арам Петросян"], **{field: typed})
    assert err.value.field == field and str(err.value).startswith(what)
    assert str(err.value).endswith("before 1900: check the year.") or field == "birth"
    assert case_file.captives.list() == []


def test_an_edit_to_a_year_before_1900_leaves_the_captive_as_he_was(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Arman Hakobyan"], birth="1985", capture="2020-11")
    with pytest.raises(ValidationError):
        case_file.captives.update(c.id, birth="85")
    assert case_file.captives.get(c.id).birth == c.birth
    assert case_file.captives.update(c.id, birth="1900").birth.value.year == 1900
