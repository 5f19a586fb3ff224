"""Domestic and international proceedings: prosecutions and charges, detention orders,
hearings, and filings with international bodies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.dto import CaptiveDTO, HearingDTO
from caseapp.domain.enums import HearingKind, InternationalBody, ProceedingStatus
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.casefile import CaseFile

BAKU = ZoneInfo("Asia/Baku")  # UTC+4, no summer time


def add_captive(cf: CaseFile, name: str = "Vardanyan Armen", capture: str = "2020-11-10") -> CaptiveDTO:
    return cf.captives.create(names=[name], capture=capture, status="pre_trial")


def invalid(call: Callable[[], object], field: str, *words: str) -> None:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, str(err.value)
    for word in words:
        assert word in str(err.value)


@pytest.fixture
def captive(case_file: CaseFile) -> CaptiveDTO:
    return add_captive(case_file)


# ---- prosecutions and charges -------------------------------------------------------------

def test_prosecution_with_charges(case_file: CaseFile, captive: CaptiveDTO) -> None:
    p = case_file.prosecutions.create(captive_id=captive.id, case_number="1(101)-123/2021",
                                      court="Baku Military Court", counsel_kind="appointed",
                                      opened_on="2021-02-01")
    assert p.charges == ()
    charge = case_file.charges.create(prosecution_id=p.id, code="CC AZ", article="279",
                                      part="1", title="Illegal armed groups", brought_on="2021-02-03")
    assert charge.citation == "CC AZ Art. 279(1)"
    got = case_file.prosecutions.get(p.id)
    assert got.charges == (charge,)
    assert case_file.prosecutions.list(captive_id=captive.id) == [got]
    assert case_file.prosecutions.update(p.id, judge="Judge X").judge == "Judge X"
    case_file.prosecutions.delete(p.id)
    assert case_file.prosecutions.list() == []
    with pytest.raises(NotFound):
        case_file.charges.get(charge.id)  # the charges went with the prosecution


def test_invalid_prosecutions_and_charges(case_file: CaseFile, captive: CaptiveDTO) -> None:
    invalid(lambda: case_file.prosecutions.create(captive_id=404), "captive_id", "404")
    invalid(lambda: case_file.prosecutions.create(captive_id=captive.id, opened_on="2026-12-01"),
            "opened_on", "future")
    invalid(lambda: case_file.prosecutions.create(captive_id=captive.id, counsel_kind="pro bono"),
            "counsel_kind", "“pro bono”")
    invalid(lambda: case_file.charges.create(prosecution_id=404, article="279"), "prosecution_id",
            "404")
    p = case_file.prosecutions.create(captive_id=captive.id)
    invalid(lambda: case_file.charges.create(prosecution_id=p.id, code="CC"), "article", "required")


# ---- detention orders ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("start", "months", "days", "expires"),
    [
        ("2021-10-31", 4, 0, date(2022, 2, 28)),  # month-end clamp
        ("2023-10-31", 4, 0, date(2024, 2, 29)),  # leap year
        ("2021-01-15", 4, 0, date(2021, 5, 15)),
        ("2021-01-15", 0, 20, date(2021, 2, 4)),
        ("2021-01-31", 1, 10, date(2021, 3, 10)),
    ],
)
def test_expiry_is_start_plus_term(case_file: CaseFile, captive: CaptiveDTO, start: str,
                                   months: int, days: int, expires: date) -> None:
    order = case_file.detention_orders.create(captive_id=captive.id, start_date=start,
                                              term_months=months, term_days=days)
    assert order.expires_on == expires
    assert case_file.detention_orders.get(order.id).expires_on == expires


def test_an_expiry_stated_in_the_order_wins_and_survives_edits(case_file: CaseFile,
                                                               captive: CaptiveDTO) -> None:
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2022-02-28",
                                              term_months=4, expires_on="2022-06-30")
    assert order.expires_on == date(2022, 6, 30)
    edited = case_file.detention_orders.update(order.id, notes="Appeal lodged",
                                               appeal_filed_on="2022-03-03")
    assert edited.expires_on == date(2022, 6, 30)


def test_changing_the_term_or_start_recomputes_the_expiry(case_file: CaseFile,
                                                          captive: CaptiveDTO) -> None:
    # A computed expiry (none given) follows the term and the start; a stated one is kept
    # (tests/services/test_order_expiry.py).
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2021-10-31",
                                              term_months=4)
    assert order.expires_on == date(2022, 2, 28)  # 31 October + 4 months: clamped
    assert case_file.detention_orders.update(order.id, term_months=3).expires_on == date(2022, 1, 31)
    assert case_file.detention_orders.update(order.id, start_date="2021-11-30").expires_on == date(
        2022, 2, 28)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"expires_on": "2021-01-01"}, "expires_on", ["ends (1\u00a0Jan\u00a02021) before it starts"]),
        ({"term_months": 0}, "term_months", ["term", "expiry"]),
        ({"term_months": -4}, "term_months", ["negative"]),
        ({"term_months": "four"}, "term_months", ["number"]),
        ({"start_date": "2020-11-09"}, "start_date", ["before the capture"]),
        ({"start_date": None}, "start_date", ["required"]),
        ({"start_date": "31.01.2021"}, "start_date", ["“31.01.2021”"]),
        ({"decided_on": "2026-11-29"}, "decided_on", ["future"]),
        ({"decided_on": "2021-01-10", "appeal_filed_on": "2021-01-09"}, "appeal_filed_on",
         ["before the decision"]),
        ({"kind": "renewal"}, "kind", ["“renewal”", "extension"]),
        ({"prosecution_id": 404}, "prosecution_id", ["404"]),
    ],
)
def test_invalid_detention_orders(case_file: CaseFile, captive: CaptiveDTO, fields: dict,
                                  field: str, words: list[str]) -> None:
    fields = {"captive_id": captive.id, "start_date": "2021-01-15", "term_months": 4} | fields
    invalid(lambda: case_file.detention_orders.create(**fields), field, *words)
    assert case_file.detention_orders.list() == []


def test_an_order_cannot_cite_another_captives_prosecution(case_file: CaseFile,
                                                           captive: CaptiveDTO) -> None:
    other = add_captive(case_file, "Khachatryan Gagik")
    p = case_file.prosecutions.create(captive_id=other.id, case_number="2/2021")
    invalid(lambda: case_file.detention_orders.create(captive_id=captive.id, start_date="2021-01-15",
                                                      term_months=4, prosecution_id=p.id),
            "prosecution_id", "another captive")


def test_detention_orders_listed_in_start_order(case_file: CaseFile, captive: CaptiveDTO) -> None:
    ext = case_file.detention_orders.create(captive_id=captive.id, start_date="2021-05-15",
                                            term_months=4, kind="extension")
    initial = case_file.detention_orders.create(captive_id=captive.id, start_date="2021-01-15",
                                                term_months=4)
    assert case_file.detention_orders.list(captive_id=captive.id) == [initial, ext]


# ---- hearings -----------------------------------------------------------------------------

def add_hearing(cf: CaseFile, captive_ids: list[int], starts_at: object = "2026-12-01 10:00",
                **fields: object) -> HearingDTO:
    return cf.hearings.create(starts_at=starts_at, timezone="Asia/Baku", court="Baku Military Court",
                              captive_ids=captive_ids, **fields)


@pytest.mark.parametrize("starts_at", ["2026-12-01 10:00", "2026-12-01T10:00",
                                       datetime(2026, 12, 1, 10, 0)])
def test_a_naive_start_is_read_in_the_courts_time_zone(case_file: CaseFile, captive: CaptiveDTO,
                                                       starts_at: object) -> None:
    h = add_hearing(case_file, [captive.id], starts_at)
    assert h.starts_at == datetime(2026, 12, 1, 10, 0, tzinfo=BAKU)
    assert h.starts_at.utcoffset().total_seconds() == 4 * 3600  # type: ignore[union-attr]
    stored = case_file.hearings.get(h.id)
    assert stored.starts_at == datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # the same instant
    assert stored.starts_at.tzinfo == BAKU and stored.starts_at.hour == 10  # shown in Baku


def test_an_aware_start_keeps_its_instant_and_is_shown_in_the_courts_zone(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    paris = datetime(2026, 12, 1, 8, 0, tzinfo=ZoneInfo("Europe/Paris"))  # 07:00 UTC
    h = case_file.hearings.get(add_hearing(case_file, [captive.id], paris).id)
    assert h.starts_at == paris
    assert (h.starts_at.tzinfo, h.starts_at.hour) == (BAKU, 11)


def test_a_hearing_concerns_several_captives_and_shows_in_each_list(case_file: CaseFile,
                                                                    captive: CaptiveDTO) -> None:
    other = add_captive(case_file, "Khachatryan Gagik")
    third = add_captive(case_file, "Mkrtchyan Ashot")
    joint = add_hearing(case_file, [other.id, captive.id], kind="trial_session")
    own = add_hearing(case_file, [captive.id], "2026-12-15 15:00")
    assert sorted(joint.captive_ids) == [captive.id, other.id]
    assert case_file.hearings.get(joint.id) == joint  # the same DTO as create gave
    assert joint.kind is HearingKind.TRIAL_SESSION
    assert case_file.hearings.list(captive_id=captive.id) == [joint, own]
    assert case_file.hearings.list(captive_id=other.id) == [joint]
    assert case_file.hearings.list(captive_id=third.id) == []
    moved = case_file.hearings.update(joint.id, captive_ids=[third.id])
    assert moved.captive_ids == (third.id,)
    assert case_file.hearings.list(captive_id=other.id) == []


def test_deleting_a_captive_leaves_a_joint_hearing_with_the_others_and_deletes_their_own(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    other = add_captive(case_file, "Khachatryan Gagik")
    joint = add_hearing(case_file, [captive.id, other.id])
    alone = add_hearing(case_file, [captive.id], "2026-12-02 10:00")
    case_file.captives.delete(captive.id)
    assert case_file.hearings.get(joint.id).captive_ids == (other.id,)
    # The hearing they alone attended goes with them, as the window's question says, and is
    # in the audit trail; no hearing is left without a captive for the check to find.
    with pytest.raises(NotFound):
        case_file.hearings.get(alone.id)
    assert case_file.check().ok, case_file.check().problems
    deleted = [e.entity for e in case_file.audit.recent(limit=10) if e.action.value == "delete"]
    assert deleted.count("hearings") == 1 and "captives" in deleted


def test_hearings_between_two_instants(case_file: CaseFile, captive: CaptiveDTO) -> None:
    early = add_hearing(case_file, [captive.id], "2026-12-01 03:00")  # 2026-11-30 23:00 UTC
    late = add_hearing(case_file, [captive.id], "2026-12-01 10:00")
    day = datetime(2026, 12, 1, tzinfo=UTC)
    assert case_file.hearings.list(start=day) == [late]
    assert case_file.hearings.list(end=day) == [early]
    assert case_file.hearings.list(start=datetime(2026, 12, 1, tzinfo=BAKU)) == [early, late]


def test_scheduled_hearings_may_be_in_the_future(case_file: CaseFile, captive: CaptiveDTO) -> None:
    assert add_hearing(case_file, [captive.id], "2027-03-01 10:00").starts_at.year == 2027


def test_editing_a_hearings_time_reads_it_in_the_courts_zone(case_file: CaseFile,
                                                             captive: CaptiveDTO) -> None:
    h = add_hearing(case_file, [captive.id])
    moved = case_file.hearings.update(h.id, starts_at="2026-12-02 11:30", outcome="Adjourned")
    assert moved.starts_at == datetime(2026, 12, 2, 11, 30, tzinfo=BAKU)
    assert moved.outcome == "Adjourned"


def test_a_hearing_is_described_by_its_local_date(case_file: CaseFile, captive: CaptiveDTO) -> None:
    # 01:00 in Baku on 1 December is still 30 November in UTC.
    h = add_hearing(case_file, [captive.id], "2026-12-01 01:00")
    case_file.hearings.update(h.id, outcome="Extended by four months")
    assert {e.summary for e in case_file.audit.for_record(h.uid)} == {
        "Hearing of 1\u00a0Dec\u00a02026: Other"}
    [found] = case_file.search.everything("extended")
    assert found.label == "Baku Military Court 2026-12-01"


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"captive_ids": []}, "captive_ids", ["at least one captive"]),
        ({"captive_ids": [404]}, "captive_ids", ["404"]),
        ({"captive_ids": ["one"]}, "captive_ids", ["IDs"]),
        ({"timezone": "Mars/Olympus"}, "timezone", ["“Mars/Olympus”", "Asia/Baku"]),
        ({"starts_at": "next Monday"}, "starts_at", ["“next Monday”"]),
        ({"starts_at": None}, "starts_at", ["required"]),
        ({"kind": "sentencing"}, "kind", ["“sentencing”", "verdict"]),
        ({"prosecution_id": 404}, "prosecution_id", ["404"]),
        ({"next_date": "soon"}, "next_date", ["“soon”"]),
    ],
)
def test_invalid_hearings(case_file: CaseFile, captive: CaptiveDTO, fields: dict, field: str,
                          words: list[str]) -> None:
    fields = {"starts_at": "2026-12-01 10:00", "timezone": "Asia/Baku",
              "captive_ids": [captive.id]} | fields
    invalid(lambda: case_file.hearings.create(**fields), field, *words)
    assert case_file.hearings.list() == []


# ---- international proceedings ------------------------------------------------------------

def test_international_proceedings(case_file: CaseFile, captive: CaptiveDTO) -> None:
    r39 = case_file.international_proceedings.create(
        captive_id=captive.id, body="echr", kind="rule_39", reference="12345/20",
        lodged_on="2020-11-20", status="granted")
    assert (r39.body, r39.status) == (InternationalBody.ECHR, ProceedingStatus.GRANTED)
    assert case_file.international_proceedings.list(captive_id=captive.id) == [r39]
    decided = case_file.international_proceedings.update(r39.id, status="decided",
                                                         outcome="Interim measure indicated")
    assert decided.outcome == "Interim measure indicated"
    case_file.international_proceedings.delete(r39.id)
    with pytest.raises(NotFound, match="no international proceeding with ID"):
        case_file.international_proceedings.get(r39.id)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"body": "ECtHR"}, "body", ["“ECtHR”", "echr"]),
        ({"kind": None}, "kind", ["required"]),
        ({"status": "won"}, "status", ["“won”"]),
        ({"lodged_on": "2026-11-29"}, "lodged_on", ["future"]),
        ({"captive_id": 404}, "captive_id", ["404"]),
        # the Court's or the Working Group's letter of a day still ahead would open the
        # Government's time limit from it: later than the letter, and never corrected
        ({"lodged_on": "2026-09-01", "communicated_on": "2027-01-15"}, "communicated_on",
         ["future", "2027"]),
        # communicated before it was lodged: one of the two days was typed wrong
        ({"lodged_on": "2026-09-01", "communicated_on": "2026-08-15"}, "communicated_on",
         ["15\xa0Aug\xa02026", "1\xa0Sept\xa02026", "before"]),
    ],
)
def test_invalid_international_proceedings(case_file: CaseFile, captive: CaptiveDTO, fields: dict,
                                           field: str, words: list[str]) -> None:
    fields = {"captive_id": captive.id, "body": "echr", "kind": "application"} | fields
    invalid(lambda: case_file.international_proceedings.create(**fields), field, *words)


def test_a_hearing_at_a_local_time_the_clocks_skip_is_refused_not_moved(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """02:30 on 28 March 2027 never happens in Paris (the clocks go from 02:00 to 03:00):
    stored, it would be 03:30, an hour off what was typed. It is refused with the reason, on
    the field, and nothing is written; a time that exists is kept as typed."""
    before = case_file.hearings.list(captive_id=captive.id)
    invalid(lambda: case_file.hearings.create(starts_at="2027-03-28T02:30", timezone="Europe/Paris",
                                              captive_ids=[captive.id]),
            "starts_at", "02:30", "Europe/Paris", "03:30")
    assert case_file.hearings.list(captive_id=captive.id) == before
    kept = case_file.hearings.create(starts_at="2027-03-28T03:30", timezone="Europe/Paris",
                                     captive_ids=[captive.id])
    local = kept.starts_at.astimezone(ZoneInfo("Europe/Paris"))
    assert (local.hour, local.minute) == (3, 30)


def test_an_application_entered_again_for_the_same_captive_is_refused(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """The same ECHR application typed in twice doubled the deadlines its communication set
    off; joined applications (one number, several captives) and a second Rule 39 request
    under the number are not the same."""
    first = case_file.international_proceedings.create(
        captive_id=captive.id, body="echr", kind="application", reference="12345/24",
        lodged_on="2024-03-01", communicated_on="2024-06-03", status="communicated")
    invalid(lambda: case_file.international_proceedings.create(
        captive_id=captive.id, body="echr", kind="application", reference=" 12345 / 24 ",
        lodged_on="2024-03-01", communicated_on="2024-06-03"), "reference",
        "12345 / 24", f"international proceeding {first.id}", "Vardanyan Armen")
    assert len(case_file.international_proceedings.list(captive_id=captive.id)) == 1
    other = add_captive(case_file, "Karapetyan Davit")
    case_file.international_proceedings.create(  # joined: the same number, another captive
        captive_id=other.id, body="echr", kind="application", reference="12345/24")
    for _ in range(2):  # a Rule 39 request made again under the application's number
        case_file.international_proceedings.create(
            captive_id=captive.id, body="echr", kind="rule_39", reference="12345/24")
    case_file.international_proceedings.create(  # another body's reference of the same text
        captive_id=captive.id, body="un_hrc", kind="communication", reference="12345/24")
    # an edit that changes none of what makes it the one it is is never refused
    case_file.international_proceedings.update(first.id, status="decided", outcome="Judgment")
    second = case_file.international_proceedings.create(
        captive_id=captive.id, body="echr", kind="application", reference="23456/24")
    invalid(lambda: case_file.international_proceedings.update(second.id, reference="12345/24"),
            "reference", "12345/24")
