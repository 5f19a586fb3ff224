"""The dossier's orders table says which order is in force and which a later one replaced,
so that a court or ICRC reader is not left to guess which paper governs the custody: for
successive orders, for orders of one day told apart by their decision days, at every level
the table is printed at, in every language, and never more than the level shows."""

from __future__ import annotations

import pytest

from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text

LEVELS = ("public", "shareable", "internal")


def _text(cf: CaseFile, cid: int, level: str, lang: str = "en") -> str:
    return " ".join(" ".join(p.split()) for p in pdf_text(
        render_dossier(build_dossier(cf, cid, level=level), lang=lang)))


def _captive(cf: CaseFile, **values) -> int:
    return cf.captives.create(names=["Армен Саркисян"], capture="2026-03-01",
                              status="pre_trial", status_since="2026-03-02",
                              consent_publicity=True, sensitivity="public", **values).id


def _replaced_on_appeal(cf: CaseFile) -> int:
    """A captive whose four-month order of 2 October was replaced on 10 November by the
    appeal court's order of three months (decided the day before): the captive's id."""
    cid = _captive(cf)
    cf.detention_orders.create(captive_id=cid, start_date="2026-10-02", term_months=4)
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-10", term_months=3,
                               decided_on="2026-11-09", kind="extension")
    return cid


@pytest.mark.parametrize("level", LEVELS)
def test_successive_orders_are_marked_at_every_level(case_file: CaseFile, level: str) -> None:
    cf = case_file
    cid = _captive(cf)
    cf.detention_orders.create(captive_id=cid, start_date="2026-03-02", term_months=4,
                               ordering_court="Sabail District Court", sensitivity="public")
    cf.detention_orders.create(captive_id=cid, start_date="2026-07-02", term_months=4,
                               decided_on="2026-06-28", kind="extension", sensitivity="public")
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-02", term_months=4,
                               decided_on="2026-10-30", kind="extension",
                               ordering_court="COURT-INTERNAL-42", sensitivity="internal")
    text = _text(cf, cid, level)
    orders = text[text.index("Detention orders and extensions"):]
    orders = orders[:orders.index("Next deadlines" if level == "internal"
                                  else "International proceedings")]
    # each order ran its term, extended on its expiry: none was replaced
    assert "replaced by" not in orders
    assert "2 Jul 2026 expired Extension" in orders
    if level == "internal":
        assert "2 Nov 2026 expired Extension" in orders
        assert orders.count("in force") == 1 and "2 Mar 2027 in force" in orders
    else:  # the internal order withheld: nothing tells of it, the one before it expired
        assert "COURT-INTERNAL-42" not in text and "2 Mar 2027" not in text
        assert "in force" not in orders and "2 Nov 2026 expired" in orders


def test_an_order_replaced_before_its_expiry_says_by_which(case_file: CaseFile) -> None:
    """An order the appeal court replaced two months into its four reads "replaced by", not
    "expired"; the order replacing it is in force."""
    text = _text(case_file, _replaced_on_appeal(case_file), "internal")
    assert "2 Feb 2027 replaced by the order from 10 Nov 2026" in text
    assert "10 Feb 2027 in force" in text and "expired" not in text


def test_orders_of_one_day_name_the_decision(case_file: CaseFile) -> None:
    """Two orders of one criminal case from 1 November: the one decided on the 5th replaced
    the one decided on 30 October, and the mark names the decision, not only the day."""
    cf = case_file
    cid = _captive(cf)
    case = cf.prosecutions.create(captive_id=cid, case_number="1/2026-77").id
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-11-01",
                               decided_on="2026-11-05", term_months=1)
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-11-01",
                               decided_on="2026-10-30", term_months=3)
    dossier = build_dossier(cf, cid, level="internal")
    by_expiry = {o.expires_on.isoformat(): o.id for o in dossier.detention_orders}
    standing = dossier.order_standings
    assert standing[by_expiry["2026-12-01"]].in_force
    assert standing[by_expiry["2027-02-01"]].replaced_by.decided_on.isoformat() == "2026-11-05"
    text = _text(cf, cid, "internal")
    assert "replaced by the order of 5 Nov 2026, from 1 Nov 2026" in text
    ru = _text(case_file, cid, "internal", "ru")
    assert "заменено постановлением от 05.11.2026, действующим с 01.11.2026" in ru
    assert "действует" in ru
    hy = _text(cf, cid, "internal", "hy")
    assert "ուժի մեջ է" in hy


def test_status_withheld_says_no_order_is_in_force(case_file: CaseFile) -> None:
    """The status internal: a shareable dossier does not tell it by calling an order in
    force; which order replaced which (the papers) it still says."""
    cf = case_file
    cid = _captive(cf, field_levels={"status": "internal"})
    cf.detention_orders.create(captive_id=cid, start_date="2026-09-02", term_months=3)
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-02", term_months=4,
                               decided_on="2026-10-30", kind="extension")
    shareable = _text(cf, cid, "shareable")
    assert "in force" not in shareable
    assert "replaced by the order from 2 Nov 2026" in shareable
    assert "in force" in _text(cf, cid, "internal")


def test_a_released_captives_orders_are_not_in_force(case_file: CaseFile) -> None:
    cf = case_file
    cid = _captive(cf)
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-02", term_months=4)
    cf.captives.update(cid, status="released", status_since="2026-11-20")
    assert "in force" not in _text(cf, cid, "internal")


def _same_day_pair(cf: CaseFile, cid: int, *, courts: tuple[str, str],
                   level: str = "public") -> None:
    """Two orders of one case from 1 November, no decision day on either: the appeal
    court's one-month order replaced the first instance's three months."""
    case = cf.prosecutions.create(captive_id=cid, case_number="1/2026-77").id
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-11-01",
                               term_months=3, ordering_court=courts[0], notes="first paper",
                               sensitivity="public")
    cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date="2026-11-01",
                               term_months=1, ordering_court=courts[1], notes="second paper",
                               sensitivity=level)


def test_orders_of_one_day_without_decision_days_name_the_court(case_file: CaseFile) -> None:
    """No decision days: "replaced by the order from 1 Nov 2026" named both papers of that
    day; the court tells which, in the mark and in each order's notes."""
    cf = case_file
    cid = _captive(cf)
    _same_day_pair(cf, cid, courts=("Sabail District Court", "Baku Court of Appeal"))
    text = _text(cf, cid, "internal")
    assert "replaced by the order of Baku Court of Appeal, from 1 Nov 2026" in text
    assert "Notes on the detention order (initial) of Sabail District Court, from 1 Nov 2026" \
        in text
    assert "Notes on the detention order (initial) of Baku Court of Appeal, from 1 Nov 2026" \
        in text
    ru = _text(case_file, cid, "internal", "ru")
    assert "заменено постановлением (суд: Baku Court of Appeal), действующим с 01.11.2026" in ru
    hy = _text(cf, cid, "internal", "hy")
    assert "փոխարինվել է որոշմամբ (դատարան՝ Baku Court of Appeal, սկիզբը՝ 01.11.2026)" in hy


def test_orders_of_one_day_and_court_name_the_expiry(case_file: CaseFile) -> None:
    cf = case_file
    cid = _captive(cf)
    _same_day_pair(cf, cid, courts=("Baku Court", "Baku Court"))
    text = _text(cf, cid, "internal")
    assert "replaced by the order from 1 Nov 2026 to 1 Dec 2026" in text
    assert "Notes on the detention order (initial) from 1 Nov 2026 to 1 Feb 2027" in text


@pytest.mark.parametrize("level", LEVELS)
def test_the_court_naming_a_replacing_order_stays_at_its_level(case_file: CaseFile,
                                                               level: str) -> None:
    cf = case_file
    cid = _captive(cf)
    _same_day_pair(cf, cid, courts=("Sabail District Court", "COURT-INTERNAL-42"),
                   level="internal")
    text = _text(cf, cid, level)
    assert ("COURT-INTERNAL-42" in text) is (level == "internal")
    assert ("replaced by" in text) is (level == "internal")


def test_the_chronology_ends_a_replaced_order_where_the_next_began(case_file: CaseFile) -> None:
    """The chronology said the order replaced on appeal ran "until 2 Feb 2027", its own
    expiry, while custody ran under the appeal court's order from 10 Nov 2026."""
    cid = _replaced_on_appeal(case_file)
    text = _text(case_file, cid, "internal")
    chronology = text[text.index("Chronology"):]
    assert "Detention order (initial) until 10 Nov 2026, when a later order replaced it" \
        in chronology
    assert "until 2 Feb 2027" not in chronology
    assert "Detention order (extension) until 10 Feb 2027" in chronology
    ru = _text(case_file, cid, "internal", "ru")
    assert "до 10.11.2026, когда его заменило более позднее постановление" in ru
