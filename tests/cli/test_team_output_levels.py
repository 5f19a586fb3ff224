"""A team member below internal clearance asks for an output at a level above it: the output
is made at the clearance (what the server lets the login read), and the command says so in
a line of its own, rather than only "leaves nothing out" at a level nobody asked for."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_run import run
from tests.conftest import TODAY
from tests.postgres import assistant_with_a_captive, login_url

PASSWORD = "Assistant-Pass 14"
LOWERED = ("Your login's clearance is shareable: the {output} was made at that level, not at "
           "the internal level asked for, and holds nothing above it.")


def test_outputs_asked_above_the_clearance_say_they_were_made_at_it(
        pg_url: str, tmp_path: Path) -> None:
    captive_id, login = assistant_with_a_captive(pg_url, "anna", PASSWORD, lambda: TODAY)
    url = login_url(pg_url, login, PASSWORD)

    code, out, err = run("dossier", str(captive_id), "--level", "internal",
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
    code, out, err = run("dossier", str(captive_id), "--level", "shareable",
                         "-o", str(tmp_path / "d2.pdf"), "--db", url)
    assert code == 0, err
    assert "clearance" not in err
