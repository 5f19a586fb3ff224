"""A merge stopped after the case file took the copy's changes but before the copy's mark
was brought up to date (the laptop's battery died, the process was killed): merging again
adds nothing twice and lists no conflict of the copy with itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services import travel_merge
from caseapp.services.travel_merge import merge_travel_copy
from tests.services.test_travel_copy import (  # noqa: F401 - fixtures
    _matrix_template,
    _public_copy,
    matrix,
)


def test_merging_again_after_an_interrupted_merge_adds_nothing_twice(
        matrix, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (captive,) = travel.captives.list()
        (place,) = travel.detention_places.list()
        travel.detention_places.update(place.id, facility="Colony No. 2, Baku (seen 20 Nov)")
        travel.welfare_contacts.create(captive_id=captive.id, contact_on="2026-11-20",
                                       kind="lawyer_visit", notes="Our visit of 20 November",
                                       sensitivity="public")

        def killed(*_args: object) -> None:
            raise KeyboardInterrupt

        with monkeypatch.context() as m:
            m.setattr(travel_merge, "_refresh_mark", killed)
            first = merge_travel_copy(cf, travel)  # the case file's merge said, not lost
        assert first.interrupted and first.copy_not_marked is not None
        again = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    visits = [w.notes for w in cf.welfare_contacts.list()]
    assert visits.count("Our visit of 20 November") == 1
    assert again.added == {} and again.conflicts == ()
