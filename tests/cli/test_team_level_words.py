"""A team message names a clearance by its level's word in the user's language («для
передачи», «փոխանցելի»), never by the code the user types after --clearance; a command to
type keeps the code."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from caseapp.cli import team as team_cli
from caseapp.cli.team_restore import restore_report
from caseapp.db.team_roster import RecordedMember, Roster
from caseapp.domain.enums import Sensitivity
from caseapp.services import team as team_service
from caseapp.services.server_backup import RestoredDump

WORD = {"ru": "для передачи", "hy": "փոխանցելի"}
INTERNAL = {"ru": "внутренний", "hy": "ներքին"}


def _without_commands(text: str) -> str:
    """``text`` without the commands it gives to type (which keep the level's code)."""
    return "\n".join(line.split("caseapp team")[0] for line in text.splitlines())


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_restore_report_names_levels_by_their_words(lang: str,
                                                        language: Callable[[str], str]) -> None:
    language(lang)
    member = RecordedMember("anna", Sensitivity.SHAREABLE, True, True, Sensitivity.INTERNAL)
    new = RecordedMember("boris", Sensitivity.SHAREABLE, True, False, None)
    roster = Roster(datetime(2026, 12, 1, tzinfo=UTC), [member, new],
                    others=[("vera", Sensitivity.SHAREABLE)],
                    taken_out=(("gleb", Sensitivity.INTERNAL),))
    lines = [str(m) for m in restore_report(RestoredDump({"captives": 3}, roster),
                                            "postgresql+psycopg://owner@host/cases", "c.dump")]
    said = "\n".join(lines)
    assert "--clearance shareable" in said  # the command to type keeps the code
    prose = _without_commands(said)
    assert "shareable" not in prose and "internal" not in prose, said
    assert WORD[lang] in prose and INTERNAL[lang] in prose


@contextmanager
def _case(team: object) -> Iterator[SimpleNamespace]:
    yield SimpleNamespace(team=team, label="cases", db=None)


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_add_list_and_whoami_name_the_level_by_its_word(lang: str, language: Callable[[str], str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    language(lang)
    member = SimpleNamespace(login="anna", clearance=Sensitivity.SHAREABLE, can_login=True,
                             how="new")
    team = SimpleNamespace(login_exists=lambda name: True,
                           add_user=lambda name, clearance, password: member,
                           list_users=lambda: [member],
                           init=lambda: {Sensitivity.SHAREABLE: "cases_shareable"})
    monkeypatch.setattr(team_cli, "opened_case", lambda args, **kw: _case(team))
    monkeypatch.setattr(team_service, "clearance_of",  # (imported by the command)
                        lambda db: SimpleNamespace(login="anna", clearance=Sensitivity.SHAREABLE))
    out = io.StringIO()
    args = argparse.Namespace(name="anna", clearance="shareable", format="table")
    for command in (team_cli.cmd_add, team_cli.cmd_list, team_cli.cmd_whoami):
        assert command(args, out) == 0
    team_cli.cmd_init(args, out)
    said = out.getvalue()
    assert said.count(WORD[lang]) == 4, said
    assert "shareable" not in said.replace("cases_shareable", "").replace(
        "--clearance", ""), said
