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
