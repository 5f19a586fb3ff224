"""``caseapp captives status`` without ``--level``: the change of status is never below the
captive's level nor its status's, as the window's status dialog starts it, and the help says
so (it said "shareable without a note", which an internal captive's change never is)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import run


def test_a_status_change_without_a_note_follows_the_captive_and_the_help_says_so(
        tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t")
    try:
        internal = cf.captives.create(names=["Вардан Петросян"], status="pre_trial",
                                      sensitivity="internal").id
        kept_back = cf.captives.create(names=["Aram Petrosyan"], status="pre_trial",
                                       sensitivity="shareable",
                                       field_levels={"status": "internal"}).id
    finally:
        cf.close()
    for cid in (internal, kept_back):
        code, _out, err = run("captives", "status", str(cid), "released", "--since",
                              "2025-01-05", "--db", str(path))
        assert code == 0, err
    cf = open_case_file(Location(path=path), actor="t")
    try:
        for cid in (internal, kept_back):
            assert cf.captives.status_history(cid)[-1].sensitivity is Sensitivity.INTERNAL
    finally:
        cf.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["captives", "status", "--help"])
    said = " ".join(out.getvalue().split())
    assert "shareable without" not in said and "never below the captive's level" in said, said
