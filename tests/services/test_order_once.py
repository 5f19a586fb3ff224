"""A detention order is recorded once: the same order of a captive (the same start and the
same expiry, in the same criminal case) entered again — typed from the court's letter after
the sheet brought it in, entered by a colleague — doubled its expiry deadline and its three
extension steps, each reminded twice. Another criminal case's order of the same days, and a
changed order, are not refused."""

from __future__ import annotations

import pytest

from caseapp.domain.errors import ValidationError


@pytest.fixture
def held(case_file):
    c = case_file.captives.create(names=["Մելքոնյան Վիգեն"], status="pre_trial",
                                  capture_date="2025-12-01", capture_date_precision="exact")
    case_file.detention_orders.create(captive_id=c.id, start_date="2025-12-02",
                                      decided_on="2025-12-02", term_months=4, kind="initial")
    first = case_file.detention_orders.create(
        captive_id=c.id, start_date="2026-04-02", decided_on="2026-03-30", term_months=4,
        kind="extension")
    return c, first


def test_the_same_extension_entered_again_is_refused(case_file, held) -> None:
    c, _first = held
    with pytest.raises(ValidationError) as err:
        case_file.detention_orders.create(captive_id=c.id, start_date="2026-04-02",
                                          decided_on="2026-03-31", term_months=4,
                                          kind="extension")
    assert err.value.field == "start_date"
    assert str(err.value.message.render("en")) == (
        "Vigen Melkonyan already has this detention order recorded: from 2\u00a0Apr\u00a02026 "
        "to 2\u00a0Aug\u00a02026. Correct that order rather than entering it again.")
    assert len(case_file.detention_orders.list(captive_id=c.id)) == 2
    opened = [d for d in case_file.deadlines.list(captive_id=c.id)
              if d.rule_id == "az.detention.expiry" and str(d.due_on) == "2026-08-02"]
    assert len(opened) == 1


def test_an_order_stated_to_the_same_expiry_is_the_same_order(case_file, held) -> None:
    c, _first = held
    with pytest.raises(ValidationError):
        case_file.detention_orders.create(captive_id=c.id, start_date="2026-04-02",
                                          expires_on="2026-08-02", expiry_source="stated")


def test_another_criminal_case_or_another_term_is_not_refused(case_file, held) -> None:
    c, first = held
    one = case_file.prosecutions.create(captive_id=c.id, case_number="1")
    two = case_file.prosecutions.create(captive_id=c.id, case_number="2")
    case_file.detention_orders.update(first.id, prosecution_id=one.id)
    case_file.detention_orders.create(captive_id=c.id, start_date="2026-04-02",
                                      term_months=4, prosecution_id=two.id)
    case_file.detention_orders.create(captive_id=c.id, start_date="2026-04-02",
                                      term_months=3, prosecution_id=one.id)
    assert len(case_file.detention_orders.list(captive_id=c.id)) == 4


def test_an_order_moved_onto_another_is_refused_but_its_notes_still_save(case_file,
                                                                          held) -> None:
    c, first = held
    other = case_file.detention_orders.create(captive_id=c.id, start_date="2026-04-02",
                                              term_months=3)
    with pytest.raises(ValidationError):
        case_file.detention_orders.update(other.id, term_months=4)
    case_file.detention_orders.update(first.id, notes="Extended by the Baku Military Court")
