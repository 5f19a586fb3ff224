"""The Court's deliveries: dated by their appearance in the account; time limits and the
download reminder before the portal deletes them run from that day (rules in echr.toml)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import CourtPortal, DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile


@pytest.fixture
def captive_id(case_file: CaseFile) -> int:
    return case_file.captives.create(names=["Բաղդասարյան Լևոն"], capture="2020-11-10").id


def deadlines_of(cf: CaseFile, captive_id: int) -> dict[str, tuple[date, DeadlineStatus]]:
    return {d.rule_id: (d.due_on, d.status) for d in cf.deadlines.list(captive_id=captive_id)
            if d.trigger_kind == "court_delivery"}


def test_ecomms_delivery_reminds_to_download_12_months_after_it_appeared(
        case_file: CaseFile, captive_id: int) -> None:
    delivery = case_file.deliveries.create(
        captive_id=captive_id, portal="ecomms", appeared_on="2026-03-31",
        title="Letter: application registered", application_number="12345/26")
    # 31 March 2026 + 12 months = 31 March 2027 (eComms keeps documents 12 months).
    assert delivery.deleted_from_portal_on == date(2027, 3, 31)
    assert deadlines_of(case_file, captive_id) == {
        "echr.ecomms.download": (date(2027, 3, 31), DeadlineStatus.OPEN)}
    # Downloaded: the reminder is done, saying when.
    case_file.deliveries.update(delivery.id, downloaded_on="2026-04-02")
    assert deadlines_of(case_file, captive_id) == {
        "echr.ecomms.download": (date(2027, 3, 31), DeadlineStatus.DONE)}
    reminder = next(iter(case_file.deadlines.list(captive_id=captive_id)))
    # read in the language of the moment (English here), the day as CLDR writes it
    assert str(reminder.status_reason) == "Downloaded on 2\u00a0Apr\u00a02026."
    assert case_file.deliveries.not_downloaded() == []


def test_a_download_taken_back_opens_the_reminder_again(case_file: CaseFile,
                                                        captive_id: int) -> None:
    """Marked downloaded by mistake (another delivery's box ticked, the step undone): the
    document is still only on the portal, which deletes it on its day; the reminder the mark
    closed must remind again, not stay done."""
    delivery = case_file.deliveries.create(
        captive_id=captive_id, portal="rule39_site", appeared_on="2026-11-20",
        title="Decision on the Rule 39 request")
    case_file.deliveries.update(delivery.id, downloaded_on="2026-11-21")
    assert deadlines_of(case_file, captive_id) == {
        "echr.rule39_site.download": (date(2027, 2, 20), DeadlineStatus.DONE)}
    case_file.deliveries.update(delivery.id, downloaded_on=None)
    assert deadlines_of(case_file, captive_id) == {
        "echr.rule39_site.download": (date(2027, 2, 20), DeadlineStatus.OPEN)}
    reminder = next(iter(case_file.deadlines.list(captive_id=captive_id)))
    assert str(reminder.status_reason) == ""
    assert [d.id for d in case_file.deliveries.not_downloaded()] == [delivery.id]
    # Done by the lawyer's own hand, with her reason: hers, left as she closed it.
    case_file.deadlines.update(reminder.id, status="done", status_reason="Saved by Anna")
    case_file.deliveries.update(delivery.id, notes="Anna has it")
    assert deadlines_of(case_file, captive_id) == {
        "echr.rule39_site.download": (date(2027, 2, 20), DeadlineStatus.DONE)}


def test_rule39_site_keeps_three_months_and_a_day_past_the_month_end_is_clamped(
        case_file: CaseFile, captive_id: int) -> None:
    delivery = case_file.deliveries.create(
        captive_id=captive_id, portal=CourtPortal.RULE39_SITE, appeared_on="2026-08-31",
        title="Rule 39 decision")
    # 31 August + 3 months: 31 November does not exist, so 30 November (earlier, never later).
    assert delivery.deleted_from_portal_on == date(2026, 11, 30)
    assert deadlines_of(case_file, captive_id) == {
        "echr.rule39_site.download": (date(2026, 11, 30), DeadlineStatus.OPEN)}
    assert [d.id for d in case_file.deliveries.not_downloaded()] == [delivery.id]


def test_the_letters_time_limit_runs_from_the_appearance_and_never_rolls_later(
        case_file: CaseFile, captive_id: int) -> None:
    case_file.deliveries.create(
        captive_id=captive_id, portal="ecomms", appeared_on="2026-10-17",
        title="Request for information", time_limit_weeks=8)
    found = deadlines_of(case_file, captive_id)
    # Saturday 17 October 2026 + 8 weeks = Saturday 12 December 2026; the counting is not
    # verified, so it does not roll to Monday 14 December.
    assert found["echr.delivery.time_limit"] == (date(2026, 12, 12), DeadlineStatus.OPEN)
    limit = next(d for d in case_file.deadlines.list(captive_id=captive_id)
             if d.rule_id == "echr.delivery.time_limit")
    # the trigger, Saturday 17 October 2026, as the English interface writes it
    assert "Sat,\u00a017\u00a0Oct\u00a02026" in " ".join(s.render("en") for s in limit.explanation)


def test_changing_the_appearance_date_moves_its_deadlines(case_file: CaseFile,
                                                          captive_id: int) -> None:
    d = case_file.deliveries.create(captive_id=captive_id, portal="ecomms",
                                    appeared_on="2026-01-15", title="Decision")
    case_file.deliveries.update(d.id, appeared_on="2026-02-10")
    assert deadlines_of(case_file, captive_id)["echr.ecomms.download"][0] == date(2027, 2, 10)
    case_file.deliveries.delete(d.id)
    assert deadlines_of(case_file, captive_id)["echr.ecomms.download"][1] is \
        DeadlineStatus.DISMISSED


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"appeared_on": "2026-12-01"}, "appeared_on", "future"),
    ({"appeared_on": "31.02.2026"}, "appeared_on", "31.02.2026"),
    ({"time_limit_weeks": 0}, "time_limit_weeks", "1 to 104"),
    ({"downloaded_on": "2026-01-01"}, "downloaded_on", "before the document appeared"),
    ({"portal": "email"}, "portal", "email"),
    ({"title": "   "}, "title", "required"),
    ({"captive_id": 999}, "captive_id", "999"),
])
def test_bad_input_names_the_field(case_file: CaseFile, captive_id: int, fields: dict,
                                   field: str, words: str) -> None:
    good = {"captive_id": captive_id, "portal": "ecomms", "appeared_on": "2026-02-01",
            "title": "Letter"}
    with pytest.raises(ValidationError) as err:
        case_file.deliveries.create(**(good | fields))
    assert err.value.field == field
    assert words in str(err.value)
    assert case_file.deliveries.list() == []


def test_a_day_out_of_range_is_said_in_the_users_words(case_file: CaseFile,
                                                        captive_id: int) -> None:
    """Not "the trigger": the lawyer gave the day the document appeared."""
    with pytest.raises(ValidationError) as caught:
        case_file.deliveries.create(captive_id=captive_id, appeared_on="1899-12-31", title="T")
    text = str(caught.value)
    assert text.startswith("The day the document appeared (31") and "1899" in text
    assert "trigger" not in text.lower() and caught.value.field == "appeared_on"


@pytest.mark.parametrize("level", ["public", "shareable"])
def test_a_delivery_of_a_proceeding_kept_internal_stays_out_below_it(
        case_file: CaseFile, level: str) -> None:
    """A letter of the Court on an application the lawyer keeps internal (not yet to be
    known) takes the proceeding's level, as an attachment takes its parent's: neither it nor
    the time limit and download reminder it sets off are in a list or calendar below it."""
    from caseapp.services import outputs

    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10",
                                    sensitivity="public", consent_publicity=True).id
    secret = case_file.international_proceedings.create(
        captive_id=cid, body="echr", kind="application", reference="INTERNAL-REF-12345/26",
        lodged_on="2026-05-04", sensitivity="internal")
    delivery = case_file.deliveries.create(
        captive_id=cid, proceeding_id=secret.id, appeared_on="2026-11-20",
        title="INTERNAL-LETTER of communication", time_limit_weeks=12, sensitivity="public")
    assert case_file.deliveries.at_level("internal", [delivery]) == [delivery]
    assert case_file.deliveries.at_level(level, [delivery]) == []
    ics = outputs.calendar(case_file, level=level).data.decode("utf-8")
    assert "time limit set in the Court" not in ics and "eComms" not in ics
    inside = outputs.calendar(case_file, level="internal").data.decode("utf-8")
    assert "eComms" in inside  # what is left out below is there at its own level


def test_a_delivery_downloaded_to_a_document_kept_internal_stays_out_below_it(
        case_file: CaseFile, tmp_path) -> None:
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10",
                                    sensitivity="public", consent_publicity=True).id
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 INTERNAL-LETTER")
    copy = case_file.documents.add_file(scan, captive_id=cid, title="INTERNAL-COPY",
                                        sensitivity="internal")
    delivery = case_file.deliveries.create(
        captive_id=cid, document_id=copy.id, appeared_on="2026-11-20", downloaded_on="2026-11-21",
        title="Letter of communication", sensitivity="public")
    assert case_file.deliveries.at_level("shareable", [delivery]) == []
    assert case_file.deliveries.at_level("internal", [delivery]) == [delivery]
