"""Commands disabled for the open case file (a team login below internal clearance, a file
open read-only) carry the reason as their tip and get their own tip back when the next file
allows them; neither kind of limit gives back what the other disabled."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtGui import QAction

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import msg
from caseapp.domain.team_login import TeamLogin
from caseapp.ui import read_only_state, team_connect


def case_file(login: TeamLogin, reason: Any = None) -> Any:
    """What the limits read of an open case file: its login and why it is read-only."""
    read_only = None if reason is None else SimpleNamespace(reason=reason)
    return SimpleNamespace(login=login, db=SimpleNamespace(read_only=read_only))


def test_each_limit_gives_back_only_what_it_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = set(team_connect.NEEDS_INTERNAL) | set(read_only_state.WRITES)
    actions = {i: QAction(i) for i in ids}
    for i, action in actions.items():
        action.setToolTip(f"tip of {i}")
    assistant = case_file(TeamLogin("tigran", Sensitivity.SHAREABLE))
    team_connect.limit_actions(actions, assistant)
    delete = actions["delete_captive"]
    assert not delete.isEnabled() and delete.toolTip().startswith("Needs internal clearance: tigran")
    assert actions["new_captive"].isEnabled()  # not the team's to limit
    read_only_state.limit_actions(actions, assistant)  # the server's file is not read-only
    assert actions["new_captive"].isEnabled() and not delete.isEnabled()

    shelf = case_file(TeamLogin("", None), msg("it is on a read-only disk"))
    team_connect.limit_actions(actions, shelf)
    read_only_state.limit_actions(actions, shelf)
    for action in (delete, actions["new_captive"]):
        assert not action.isEnabled()
        assert action.toolTip() == ("The case file is open read-only (it is on a read-only "
                                    "disk): it cannot be changed.")

    writable = case_file(TeamLogin("", None))
    team_connect.limit_actions(actions, writable)
    read_only_state.limit_actions(actions, writable)
    assert all(a.isEnabled() and a.toolTip() == f"tip of {i}" for i, a in actions.items())
