"""A release recorded with its day ends the open stay at a place of detention that day, in
the same write (caseapp.services.custody_end), and one write back puts both back; a stay that
began after the release is never ended before it began. A released captive whose stay was
left open is not said to be held there now, nor counted held after the release.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import ValidationError
from caseapp.services.attention_reads import each_watched_captive
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY


def _held(cf: CaseFile, *, since: str = "2026-02-01") -> tuple[int, int]:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    place = cf.detention_places.create(captive_id=cid, facility="Baku Pre-Trial Centre No. 1",
                                       from_date=since).id
    return cid, place


def test_a_release_ends_the_open_stay_on_its_day(case_file: CaseFile) -> None:
    cid, place = _held(case_file)
    done = case_file.custody.set_status(cid, "released", effective_on="2026-11-02",
                                        note="Freed at the border")
    assert done.captive.status is CaptiveStatus.RELEASED
    assert [s.place_id for s in done.ended] == [place] and done.later == ()
    assert case_file.detention_places.get(place).to_date == date(2026, 11, 2)
    # the history of the stay says it ended, as an edit of the stay would
    uid = case_file.detention_places.get(place).uid
    assert any(e.field == "to_date" for e in case_file.audit.for_record(uid))


def test_keeping_the_stay_open_changes_only_the_status(case_file: CaseFile) -> None:
    cid, place = _held(case_file)
    done = case_file.custody.set_status(cid, "deceased", effective_on="2026-11-02",
                                        end_stays=False)
    assert done.ended == () and case_file.detention_places.get(place).to_date is None


def test_a_status_in_custody_ends_no_stay(case_file: CaseFile) -> None:
    cid, place = _held(case_file)
    done = case_file.custody.set_status(cid, "on_trial", effective_on="2026-11-02")
    assert done.ended == () and case_file.detention_places.get(place).to_date is None
    assert case_file.custody.open_stays(cid, "on_trial", date(2026, 11, 2)) is None


def test_a_stay_that_began_after_the_release_is_left_open(case_file: CaseFile) -> None:
    cid, place = _held(case_file, since="2026-11-10")
    offered = case_file.custody.open_stays(cid, "released", date(2026, 11, 2))
    assert offered is not None and offered.ending == ()
    assert [s.place_id for s in offered.later] == [place]
    done = case_file.custody.set_status(cid, "released", effective_on="2026-11-02")
    assert [s.place_id for s in done.later] == [place] and done.ended == ()
    assert case_file.detention_places.get(place).to_date is None


def test_writing_back_the_state_puts_back_status_and_stay(case_file: CaseFile) -> None:
    cid, place = _held(case_file)
    before = case_file.custody.state(cid)
    case_file.custody.set_status(cid, "repatriated", effective_on="2026-11-02")
    after = case_file.custody.state(cid)
    assert after["stays"] == ((place, date(2026, 11, 2)),)
    case_file.custody.update(cid, **before)
    assert case_file.custody.state(cid) == before
    assert case_file.detention_places.get(place).to_date is None
    assert case_file.captives.get(cid).status is CaptiveStatus.PRE_TRIAL
    case_file.custody.update(cid, **after)
    assert case_file.custody.state(cid) == after


def test_a_refused_release_ends_no_stay(case_file: CaseFile) -> None:
    """A release before the capture is refused with its reason; the stay stays open."""
    cid, place = _held(case_file)
    with pytest.raises(ValidationError, match=r"(?i)release"):
        case_file.custody.set_status(cid, "released", effective_on="2025-12-01")
    assert case_file.detention_places.get(place).to_date is None
    assert case_file.captives.get(cid).status is CaptiveStatus.PRE_TRIAL


def test_days_stop_at_the_release_everywhere(case_file: CaseFile) -> None:
    """Released on 2 November with the stay left open (recorded before this change):
    the days held stop at the release in the file, the lists, the dossier and the report,
    and Needs attention no longer watches the captive."""
    cid, _place = _held(case_file)
    case_file.captives.set_status(cid, "released", effective_on="2026-11-02")
    days = (date(2026, 11, 2) - date(2026, 1, 10)).days
    assert case_file.captives.get(cid).days_in_custody == days
    assert next(r.days_in_custody for r in case_file.overview.captive_rows()
                if r.id == cid) == days
    assert build_dossier(case_file, cid, level="internal").captive.days_in_custody == days
    assert next(r.days_in_custody for r in build_status_report(case_file).rows
                if r.id == cid) == days
    with case_file.ctx.read() as s:
        assert cid not in {w.id for w in each_watched_captive(s.connection(), TODAY)}
