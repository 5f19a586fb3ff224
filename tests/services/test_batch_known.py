"""What a batch answers from the records it holds instead of reading the database: a new
tag two captives share, the stays of a captive it created (checked for overlaps), and the
captive a child record names while the captive still waits for its flush. Each answer is
the one the same calls give one by one."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile

NAMES = ["Ղազարյան Վարդան", "Ghazaryan Vardan"]


def _batch_or_not(cf: CaseFile, batched: bool) -> AbstractContextManager[None]:
    return cf.ctx.batch() if batched else nullcontext()


@pytest.mark.parametrize("batched", [False, True])
def test_two_captives_of_a_batch_share_a_tag_made_for_the_first(case_file: CaseFile,
                                                                  batched: bool) -> None:
    with _batch_or_not(case_file, batched):
        first = case_file.captives.create(names=NAMES, capture="2020-11-10", tags=["Հադրութ"])
        second = case_file.captives.create(names=["Abrahamyan Grigor"], capture="2020-11-11",
                                           tags=["Հադրութ", "2020"])
    assert case_file.captives.get(first.id).tags == ("Հադրութ",)
    assert case_file.captives.get(second.id).tags == ("2020", "Հադրութ")
    assert sorted(c.id for c in case_file.captives.list(tag="Հադրութ")) == [first.id, second.id]


def _stays(cf: CaseFile, captive_id: int) -> list[tuple[str, date, date | None]]:
    return [(p.facility, p.from_date, p.to_date)
            for p in cf.detention_places.list(captive_id=captive_id)]


@pytest.mark.parametrize("batched", [False, True])
def test_the_stays_of_a_captive_made_in_the_batch_are_checked_as_one_by_one(
        case_file: CaseFile, batched: bool) -> None:
    places = case_file.detention_places
    with _batch_or_not(case_file, batched):
        cid = case_file.captives.create(names=NAMES, capture="2020-11-10").id
        places.create(captive_id=cid, facility="Изолятор № 1", from_date="2020-11-10",
                      to_date="2021-01-10")
        places.create(captive_id=cid, facility="Бюро", from_date="2021-01-10")  # the next one
        with pytest.raises(ValidationError, match="Изолятор № 1"):  # within the first
            places.create(captive_id=cid, facility="Բանտ", from_date="2020-12-01",
                          to_date="2020-12-05")
    assert _stays(case_file, cid) == [("Изолятор № 1", date(2020, 11, 10), date(2021, 1, 10)),
                                      ("Бюро", date(2021, 1, 10), None)]
    assert case_file.captives.get(cid).current_place == "Бюро"


@pytest.mark.parametrize("batched", [False, True])
def test_a_stay_moved_or_deleted_in_the_batch_frees_its_days(case_file: CaseFile,
                                                             batched: bool) -> None:
    places = case_file.detention_places
    with _batch_or_not(case_file, batched):
        cid = case_file.captives.create(names=NAMES, capture="2020-11-10").id
        other = case_file.captives.create(names=["Abrahamyan Grigor"], capture="2020-11-10").id
        first = places.create(captive_id=cid, facility="Изолятор № 1", from_date="2020-11-10",
                              to_date="2021-01-10")
        # The stay moved to the other captive: its days are free for this one …
        places.update(first.id, captive_id=other)
        places.create(captive_id=cid, facility="Moved in", from_date="2020-11-20",
                      to_date="2020-12-20")
        # … and taken for the other, whose stays now include it.
        with pytest.raises(ValidationError, match="Изолятор № 1"):
            places.create(captive_id=other, facility="Twice", from_date="2020-12-01",
                          to_date="2020-12-05")
        places.delete(first.id)  # a stay deleted: its days are free again
        places.create(captive_id=other, facility="After the deletion", from_date="2020-12-01",
                      to_date="2020-12-05")
    assert _stays(case_file, cid) == [("Moved in", date(2020, 11, 20), date(2020, 12, 20))]
    assert _stays(case_file, other) == [("After the deletion", date(2020, 12, 1),
                                         date(2020, 12, 5))]


@pytest.mark.parametrize("batched", [False, True])
def test_a_child_of_a_waiting_captive_is_checked_against_it(case_file: CaseFile,
                                                           batched: bool) -> None:
    with _batch_or_not(case_file, batched):
        cid = case_file.captives.create(names=NAMES, capture="2021-03-01").id
        with pytest.raises(ValidationError) as before_capture:
            case_file.welfare_contacts.create(captive_id=cid, contact_on="2021-02-01",
                                              kind="family_call")
        with pytest.raises(ValidationError) as missing:
            case_file.welfare_contacts.create(captive_id=cid + 1, contact_on="2021-04-01",
                                              kind="family_call")
        case_file.welfare_contacts.create(captive_id=cid, contact_on="2021-04-01",
                                          kind="family_call")
        # A captive refused after it got its id (by the hook after its checks) is not there.
        hook = case_file.captives.after_write

        def refuse(*_args: Any) -> None:
            raise ValidationError("refused by the hook")

        case_file.captives.after_write = refuse
        with pytest.raises(ValidationError):
            case_file.captives.create(names=["Refused Once"], capture="2021-03-01")
        case_file.captives.after_write = hook
        with pytest.raises(ValidationError) as refused:
            case_file.welfare_contacts.create(captive_id=cid + 1, contact_on="2021-04-01",
                                              kind="family_call")
    assert before_capture.value.field == "contact_on"
    assert missing.value.field == refused.value.field == "captive_id"
    assert [w.contact_on for w in case_file.welfare_contacts.list(captive_id=cid)] == [
        date(2021, 4, 1)]
