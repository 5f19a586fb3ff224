"""`caseapp captives show` says the current detention order's expiry and the next hearing,
as the window's header does (both read from the one detention clock), so that the command
line says as much as the window and cannot disagree with it; at a level below internal it
says neither (the clock names records of every level)."""

from __future__ import annotations

from pathlib import Path

from caseapp.config import Location
from caseapp.domain.cldr import format_datetime
from caseapp.services.casefile import open_case_file
from caseapp.services.labels import long_date
from tests.cli.cli_run import run


def test_the_expiry_and_the_next_hearing_as_the_clock_gives_them(demo_copy: Path) -> None:
    cf = open_case_file(Location(path=demo_copy), actor="t")
    try:
        cid = next(c.id for c in cf.captives.list() if c.primary_name == "Վարդան Ղազարյան")
        clock = cf.deadline_engine.clock(cid)
        assert clock.order_expires_on is not None and clock.next_hearing is not None
        expiry = f"Detention order expires: {long_date(clock.order_expires_on)}"
        hearing = f"Next hearing: {format_datetime(clock.next_hearing, 'en')}"
    finally:
        cf.close()
    code, out, err = run("--lang", "en", "--db", str(demo_copy), "captives", "show", str(cid))
    assert code == 0, err
    assert expiry in out.splitlines() and hearing in out.splitlines()
    code, out, err = run("--lang", "en", "--db", str(demo_copy), "captives", "show", str(cid),
                         "--level", "shareable")
    assert code == 0, err
    assert not [line for line in out.splitlines()
                if line.startswith(("Detention order expires:", "Next hearing:"))]


def test_no_expiry_once_custody_under_the_order_is_over(case_file, db_path: Path) -> None:
    """The window's header says an order's expiry only of a captive held pre-trial (or of an
    order made since a verdict); `captives show` said "Detention order expires: 29 June 2024"
    of a captive convicted in December 2024, and the expiry of the order of one released."""
    convicted = case_file.captives.create(names=["Vardanyan Armen"], capture="2024-02-28",
                                          status="pre_trial", status_since="2024-02-28").id
    case_file.detention_orders.create(captive_id=convicted, start_date="2024-02-29",
                                      term_months=4)
    case_file.captives.set_status(convicted, "convicted", effective_on="2024-12-10")
    released = case_file.captives.create(names=["Petrosyan Aram"], capture="2026-08-01",
                                         status="pre_trial", status_since="2026-08-01").id
    case_file.detention_orders.create(captive_id=released, start_date="2026-08-02",
                                      term_months=4)
    case_file.captives.set_status(released, "released", effective_on="2026-11-20")
    held = case_file.captives.create(names=["Sahakyan Gevorg"], capture="2026-08-01",
                                     status="pre_trial").id
    case_file.detention_orders.create(captive_id=held, start_date="2026-08-02", term_months=4)
    for cid in (convicted, released):
        code, out, err = run("--lang", "en", "--db", str(db_path), "captives", "show", str(cid))
        assert code == 0, err
        assert "Detention order expires:" not in out, out
    code, out, err = run("--lang", "en", "--db", str(db_path), "captives", "show", str(held))
    assert "Detention order expires: 2 December 2026" in out.replace("\xa0", " ")


def test_each_running_order_as_the_header_names_them(case_file, db_path: Path) -> None:
    """Custody running under orders of two criminal cases: the window's header gives each
    one's expiry, the soonest first; `captives show` gave only the later one ("Detention
    order expires: 10 January 2027"), though the one of case 12/2026 ends on 20 December."""
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                                    status="pre_trial").id
    first = case_file.prosecutions.create(captive_id=cid, case_number="12/2026").id
    second = case_file.prosecutions.create(captive_id=cid, case_number="34/2026").id
    case_file.detention_orders.create(captive_id=cid, start_date="2026-08-20", term_months=4,
                                      prosecution_id=first)
    case_file.detention_orders.create(captive_id=cid, start_date="2026-09-10", term_months=4,
                                      prosecution_id=second)
    no_case = case_file.captives.create(names=["Petrosyan Aram"], capture="2026-08-01",
                                        status="pre_trial").id
    case_file.detention_orders.create(captive_id=no_case, start_date="2026-08-20",
                                      term_months=4)
    code, out, err = run("--lang", "en", "--db", str(db_path), "captives", "show", str(cid))
    assert code == 0, err
    lines = [line for line in out.replace("\xa0", " ").splitlines()
             if line.startswith("Detention order") and "expires" in line]
    assert lines == ["Detention order in criminal case 12/2026 expires: 20 December 2026",
                     "Detention order in criminal case 34/2026 expires: 10 January 2027"], out
    code, out, err = run("--lang", "en", "--db", str(db_path), "captives", "show", str(no_case))
    assert "Detention order expires: 20 December 2026" in out.replace("\xa0", " ")


def test_the_json_says_an_uncertain_count_is_at_least(case_file, db_path: Path) -> None:
    """`captives list --format json` flags days counted from the last day of a capture known
    only to its month (``days_in_custody_at_least``); `captives show --format json` gave the
    same count as a plain one, as if certain."""
    import json

    month = case_file.captives.create(names=["Vardanyan Armen"], capture="2025-12",
                                      status="pre_trial").id
    exact = case_file.captives.create(names=["Petrosyan Aram"], capture="2025-12-31",
                                      status="pre_trial").id
    shown = []
    for cid in (month, exact):
        code, out, err = run("--db", str(db_path), "captives", "show", str(cid),
                             "--format", "json")
        assert code == 0, err
        shown.append(json.loads(out)["captive"])
    # (counted from 31 December, the last day of the month, both: the same count)
    assert shown[0]["days_in_custody"] == shown[1]["days_in_custody"] > 300
    assert [c["days_in_custody_at_least"] for c in shown] == [True, False]


def test_a_released_captives_next_hearing_says_he_is_no_longer_in_custody(
        case_file, db_path: Path) -> None:
    """A trial hearing still to come after the release (in absentia, an appeal) is kept, but
    "Next hearing: …" alone read as if he were still held."""
    cid = case_file.captives.create(names=["Petrosyan Aram"], capture="2026-08-01",
                                    status="pre_trial", status_since="2026-08-01").id
    case_file.hearings.create(captive_ids=[cid], starts_at="2027-03-10T10:00",
                              timezone="Asia/Baku", kind="appeal")
    case_file.captives.set_status(cid, "released", effective_on="2026-11-20")
    code, out, err = run("--lang", "en", "--db", str(db_path), "captives", "show", str(cid))
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("Next hearing:"))
    assert line.endswith("(no longer in custody: Released)"), line


def test_an_order_replaced_the_same_day_names_the_court_that_replaced_it(
        case_file, db_path: Path) -> None:
    """Two orders of one case from 1 November, no decision day on either: `captives show`
    said the first was "replaced by the order from 01.11.2026", which named both."""
    cid = case_file.captives.create(names=["Петросян Ованес"], capture="2026-10-29",
                                    status="pre_trial").id
    case = case_file.prosecutions.create(captive_id=cid, case_number="1/2026-77").id
    for months, court in ((3, "Sabail District Court"), (1, "Baku Court of Appeal")):
        case_file.detention_orders.create(captive_id=cid, prosecution_id=case,
                                          start_date="2026-11-01", term_months=months,
                                          ordering_court=court)
    code, out, err = run("--lang", "ru", "--db", str(db_path), "captives", "show", str(cid))
    assert code == 0, err
    assert "заменено постановлением (суд: Baku Court of Appeal), действующим с 01.11.2026" in out
