"""`caseapp captives status` with a day before the current status's, on the same day, or
in the future: said in one line each, the current status the latest by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run


def _released(cf: CaseFile) -> int:
    cid = cf.captives.create(names=["Գևորգ Սարգսյան"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    cf.detention_places.create(captive_id=cid, facility="Baku isolator", from_date="2026-01-10")
    cf.custody.set_status(cid, "released", effective_on="2026-06-05")
    return cid


def test_a_change_dated_before_the_release_is_history_only(case_file: CaseFile,
                                                           db_path: Path) -> None:
    """"On trial" on 4 June typed after "Released" on 5 June: before, the captive read as on
    trial again, the release overridden without a word."""
    cid = _released(case_file)
    code, out, err = run("captives", "status", str(cid), "on_trial", "--since", "2026-06-04",
                         "--db", str(db_path))
    assert code == 0, err
    assert out == ("Gevorg Sargsyan: the change to On trial on 4\xa0Jun\xa02026 is dated before "
                   "the current status, Released since 5\xa0Jun\xa02026: it is put in the "
                   "history by its date, and the current status stays Released.\n")
    c = case_file.captives.get(cid)
    assert (c.status, c.status_since) == (CaptiveStatus.RELEASED, date(2026, 6, 5))
    assert [h.new_status for h in case_file.captives.status_history(cid)] == [
        CaptiveStatus.PRE_TRIAL, CaptiveStatus.ON_TRIAL, CaptiveStatus.RELEASED]
    assert case_file.detention_places.list(captive_id=cid)[0].to_date == date(2026, 6, 5)


def test_a_change_on_the_same_day_says_which_is_current(case_file: CaseFile,
                                                        db_path: Path) -> None:
    cid = _released(case_file)
    code, out, err = run("captives", "status", str(cid), "deceased", "--since", "2026-06-05",
                         "--db", str(db_path))
    assert code == 0, err
    assert out.splitlines()[1] == ("Released is dated the same day: of two changes on one day, "
                                   "the one recorded later is the current status.")
    assert case_file.captives.get(cid).status is CaptiveStatus.DECEASED


def test_a_change_dated_in_the_future_is_refused_in_one_line(case_file: CaseFile,
                                                             db_path: Path) -> None:
    cid = _released(case_file)
    before = digest(db_path)
    code, out, err = run("captives", "status", str(cid), "held", "--since", "2027-01-01",
                         "--db", str(db_path))
    assert code == 2 and out == "" and one_line(err)
    assert "The status date (1\xa0Jan\xa02027) is in the future." in err
    assert digest(db_path) == before


def test_a_month_alone_is_refused_saying_to_give_the_first_day_known(
        case_file: CaseFile, db_path: Path) -> None:
    """`--since 2026-12` said "is not a date", as for a typing error; the lawyer knew the
    month. It now says that a day is needed and which first day to give."""
    cid = _released(case_file)
    before = digest(db_path)
    code, out, err = run("captives", "status", str(cid), "held", "--since", "2026-10",
                         "--db", str(db_path))
    assert code == 2 and out == "" and one_line(err)
    assert ("“2026-10” gives only a month or a year: this option takes a day; give the first "
            "day known, written YYYY-MM-DD (2026-10-01)") in err
    assert digest(db_path) == before
