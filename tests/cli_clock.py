"""The command line's case file on a given clock (the tests of what it says of a deadline
at an hour in Paris; the ``in_paris`` fixture of tests/conftest.py sets this computer's zone)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from caseapp.cli import common
from caseapp.services.casefile import CaseFile
from tests.services.test_deadline_hour_passed import clock_at


def cli_at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    """The command line's case file on the clock at ``when`` (Paris)."""
    opened: Callable[..., CaseFile] = common.open_case

    def at_clock(*args: object, **kwargs: object) -> CaseFile:
        cf = opened(*args, **kwargs)
        clock_at(cf, when)
        return cf
    monkeypatch.setattr(common, "open_case", at_clock)
