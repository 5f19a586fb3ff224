"""A team member below internal clearance asks for an output at a level above it: the output
is made at the clearance (what the server lets the login read), and the command says so in
a line of its own, rather than only "leaves nothing out" at a level nobody asked for."""

from __future__ import annotations

import io
from pathlib import Path

from caseapp.cli.entry import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.postgres import login_url, unique_login

PASSWORD = "Assistant-Pass 14"
LOWERED = ("Your login's clearance is shareable: the {output} was made at that level, not at "
           "the internal level asked for, and holds nothing above it.")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_outputs_asked_above_the_clearance_say_they_were_made_at_it(
        pg_url: str, tmp_path: Path) -> None:
    owner = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        captive = owner.captives.create(names=["Ղազարյան Լևոն", "Ghazaryan Levon"],
                                        sensitivity="shareable", summary="Held in Baku.",
                                        health="secrethealthmark")
        owner.team.init()
        login = unique_login("anna")
        owner.team.add_user(login, clearance="shareable", password=PASSWORD)
    finally:
        owner.close()
    url = login_url(pg_url, login, PASSWORD)

    code, out, err = run("dossier", str(captive.id), "--level", "internal",
                         "-o", str(tmp_path / "d.pdf"), "--db", url)
    assert code == 0, err
    assert LOWERED.format(output="dossier") in err.splitlines()
    assert "at the shareable level" in out

    code, out, err = run("report", "-o", str(tmp_path / "r.pdf"), "--db", url)  # internal
    assert code == 0, err
    assert LOWERED.format(output="status report") in err.splitlines()

    code, out, err = run("deadlines", "--level", "internal", "--format", "ics",
                         "-o", str(tmp_path / "c.ics"), "--db", url)
    assert code == 0, err
    assert LOWERED.format(output="calendar") in err.splitlines()

    # at or below the clearance: nothing to say
    code, out, err = run("dossier", str(captive.id), "--level", "shareable",
                         "-o", str(tmp_path / "d2.pdf"), "--db", url)
    assert code == 0, err
    assert "clearance" not in err
