"""A field's name that means another thing in one kind of record is its own message (a context),
so that its translation can differ: the name of an organisation is not a person's name."""

from __future__ import annotations

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.messages import Message
from caseapp.services.casefile import CaseFile


def _field_of(error: ValidationError) -> Message:
    assert isinstance(error.message, Message)
    field = dict(error.message.values)["field"]
    assert isinstance(field, Message)
    return field


def test_an_organisation_without_a_name_is_refused_with_the_organisations_word(
        case_file: CaseFile) -> None:
    with pytest.raises(ValidationError) as refused:
        case_file.organisations.create(name="", kind="ngo")
    field = _field_of(refused.value)
    assert (field.text, field.context) == ("Name", "organisation")
    assert str(refused.value) == "Name is required."  # English reads the same


def test_a_contact_without_a_name_is_refused_with_a_persons_name(case_file: CaseFile) -> None:
    with pytest.raises(ValidationError) as refused:
        case_file.contacts.create(name="")
    field = _field_of(refused.value)
    assert (field.text, field.context) == ("Name", None)


def test_a_field_without_a_meaning_of_its_own_keeps_the_common_label() -> None:
    assert field_label("name") == field_label("name", "contacts")
    assert field_label("title", "documents") != field_label("title", "deadlines")
    assert field_label("internal_column", "deadlines") == "internal_column"
