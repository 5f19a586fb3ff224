"""Opening a case file written by an older CaseApp brings it up to date first; a large one
takes a minute (its search index is built again), so a window says what is happening for
as long as it lasts, and is gone once the file is open."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.messages import Message
from caseapp.ui import opener
from tests.db.test_name_keys_migration import _at_0015


def test_opening_an_older_file_shows_what_the_upgrade_does(
        blank_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "older.caseapp"
    _at_0015(Location(path=path))
    seen: list[tuple[bool, str, str]] = []
    notices: list[opener.UpgradeNotice] = []
    tell = opener.UpgradeNotice.__call__

    def watched(self: opener.UpgradeNotice, message: Message) -> None:
        tell(self, message)
        assert self.dialog is not None
        notices.append(self)
        seen.append((self.dialog.isVisible(), self.dialog.windowTitle(), self.dialog.labelText()))

    monkeypatch.setattr(opener.UpgradeNotice, "__call__", watched)
    assert blank_window.open_path(path)
    assert seen, "nothing was shown while the file was brought up to date"
    assert all(visible and title == "Updating the case file" for visible, title, _ in seen)
    assert seen[0][2].startswith(f"Updating {path}") and "a copy of it is kept first" in seen[0][2]
    assert "indexing its records for the search again" in seen[-1][2]
    assert all(n.dialog is None for n in notices)  # closed once the file is open
    # The file opened is up to date: opening it again says nothing.
    blank_window.session.close()
    seen.clear()
    assert blank_window.open_path(path)
    assert seen == []
