"""The lists find an estimated deadline by a piece of its stored steps (``ESTIMATE_MARK``
searched in the explanation's JSON): each estimate step must hold it, in ASCII so that the
JSON keeps it as written."""

from __future__ import annotations

from caseapp.domain.deadline_steps import ESTIMATE_MARK, ESTIMATED


def test_every_estimate_step_holds_the_mark_as_the_stored_json_keeps_it() -> None:
    import json

    assert ESTIMATED
    for text in ESTIMATED:
        assert ESTIMATE_MARK in text and ESTIMATE_MARK in json.dumps(text)
