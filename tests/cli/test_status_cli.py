"""`caseapp captives status`: a release ends the open stay at a place of detention on its day
(and says so), `--keep-stay-open` keeps it open, a stay begun after the release is left open
with one line, and a bad day is one line, exit 2, nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run


def _held(cf: CaseFile, since: str = "2026-02-01") -> tuple[int, int]:
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-01-10",
                             status="pre_trial", status_since="2026-01-10").id
    place = cf.detention_places.create(captive_id=cid, facility="Baku Pre-Trial Centre No. 1",
                                       from_date=since).id
    return cid, place


def test_a_release_ends_the_open_stay_and_says_so(case_file: CaseFile, db_path: Path) -> None:
    cid, place = _held(case_file)
    code, out, err = run("captives", "status", str(cid), "released", "--since", "2026-11-02",
                         "--note", "Freed at the border", "--db", str(db_path))
    assert code == 0, err
    assert "Ended the stay at Baku Pre-Trial Centre No. 1 on 2\xa0Nov\xa02026" in out
    assert "--keep-stay-open" in out
    assert case_file.captives.get(cid).status is CaptiveStatus.RELEASED
    assert case_file.detention_places.get(place).to_date == date(2026, 11, 2)


def test_keep_stay_open(case_file: CaseFile, db_path: Path) -> None:
    cid, place = _held(case_file)
    code, out, _ = run("captives", "status", str(cid), "deceased", "--since", "2026-11-02",
                       "--keep-stay-open", "--db", str(db_path))
    assert code == 0
    assert "The stay at Baku Pre-Trial Centre No. 1 is left open" in out
    assert case_file.captives.get(cid).status is CaptiveStatus.DECEASED
    assert case_file.detention_places.get(place).to_date is None


def test_a_stay_begun_after_the_release_is_left_open(case_file: CaseFile, db_path: Path) -> None:
    cid, place = _held(case_file, since="2026-11-10")
    code, out, _ = run("captives", "status", str(cid), "released", "--since", "2026-11-02",
                       "--db", str(db_path))
    assert code == 0
    assert ("The stay at Baku Pre-Trial Centre No. 1 began on 10\xa0Nov\xa02026, after "
            "2\xa0Nov\xa02026: it is left open.") in out
    assert case_file.detention_places.get(place).to_date is None


def test_a_release_before_the_capture_is_one_line_and_changes_nothing(
        case_file: CaseFile, db_path: Path) -> None:
    cid, place = _held(case_file)
    before = digest(db_path)
    code, _, err = run("captives", "status", str(cid), "released", "--since", "2025-12-01",
                       "--db", str(db_path))
    assert code == 2 and one_line(err) and "release" in err.lower()
    assert digest(db_path) == before
    code, _, err = run("captives", "status", str(cid), "released", "--since", "2 Nov",
                       "--db", str(db_path))
    assert code == 2 and one_line(err) and "2 Nov" in err
    assert case_file.detention_places.get(place).to_date is None


def test_the_captive_is_named_in_the_script_of_the_messages(case_file: CaseFile,
                                                            db_path: Path) -> None:
    """A Russian run said "Անահիտ Դավթյան: теперь статус …", the Armenian spelling in a
    Russian sentence, where every other line names the captive in Cyrillic."""
    cid = case_file.captives.create(
        names=[dict(full_name="Անահիտ Դավթյան", language="hy", is_primary=True),
               dict(full_name="Анаит Давтян", language="ru", kind="transliteration")],
        capture="2026-01-10", status="pre_trial", status_since="2026-01-10").id
    code, out, err = run("--lang", "ru", "captives", "status", str(cid), "released", "--since",
                         "2026-11-02", "--db", str(db_path))
    assert code == 0, err
    assert out.startswith("Анаит Давтян: ") and "Անահիտ" not in out
