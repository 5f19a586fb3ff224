"""`caseapp captives status`, what else a release says: the detention order's deadlines it
closes (and those dated by hand it leaves open), a woman's status in the feminine where
Russian needs it, and an unknown captive in one line."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run


def _woman(cf: CaseFile) -> int:
    return cf.captives.create(
        names=[dict(full_name="Անահիտ Դավթյան", language="hy", is_primary=True),
               dict(full_name="Анаит Давтян", language="ru", kind="transliteration")],
        sex="female", capture="2026-01-10", status="pre_trial", status_since="2026-01-10").id


def test_a_release_says_the_order_deadlines_it_closed(case_file: CaseFile,
                                                      db_path: Path) -> None:
    cid = _woman(case_file)
    case_file.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=4)
    by_hand = min(case_file.deadlines.list(captive_id=cid), key=lambda d: d.due_on)
    case_file.deadlines.update(by_hand.id, due_on="2027-02-18")
    for day, kind in (("2027-01-28", "detention_extension"), ("2027-02-20", "detention_extension"),
                      ("2027-03-10", "trial_session")):
        case_file.hearings.create(captive_ids=[cid], starts_at=f"{day}T11:00",
                                  timezone="Asia/Baku", kind=kind)
    code, out, err = run("captives", "status", str(cid), "released", "--since", "2026-11-20",
                         "--db", str(db_path))
    assert code == 0, err
    assert ("Closed 3 deadlines of the detention orders due after 20\xa0Nov\xa02026 (the first "
            "on 22\xa0Feb\xa02027): custody has ended; putting the status back opens them "
            "again.") in out
    assert ("1 deadline of the detention orders after 20\xa0Nov\xa02026 was dated by hand and "
            "stays open (the first on 18\xa0Feb\xa02027)") in out
    assert ("2 hearings on detention still to come (the first on 28\xa0Jan\xa02027) are no "
            "longer shown as the next hearing: custody has ended; they stay recorded.") in out
    assert len(case_file.hearings.list()) == 3  # nothing deleted
    still = [d for d in case_file.deadlines.list(captive_id=cid)
             if d.status is DeadlineStatus.OPEN]
    assert [d.id for d in still] == [by_hand.id]


def test_a_womans_status_agrees_with_her_in_russian(case_file: CaseFile, db_path: Path) -> None:
    """«Анаит Давтян: теперь статус «Освобождён»»: now «Освобождена»; a man's as before."""
    her = _woman(case_file)
    code, out, err = run("--lang", "ru", "captives", "status", str(her), "released", "--since",
                         "2026-11-02", "--db", str(db_path))
    assert code == 0, err
    assert out.startswith("Анаит Давтян: теперь статус «Освобождена» с 02.11.2026.")
    him = case_file.captives.create(names=["Артур Арутюнян"], sex="male", capture="2026-01-10",
                                    status="pre_trial", status_since="2026-01-10").id
    code, out, err = run("--lang", "ru", "captives", "status", str(him), "deceased", "--since",
                         "2026-11-02", "--db", str(db_path))
    assert code == 0, err
    assert out.startswith("Артур Арутюнян: теперь статус «Скончался» с 02.11.2026.")
    code, out, err = run("--lang", "hy", "captives", "status", str(her), "repatriated",
                         "--since", "2026-11-03", "--db", str(db_path))
    assert code == 0, err
    assert "Հայրենադարձված" in out.splitlines()[0]  # Armenian does not agree: one form


def test_an_unknown_captive_is_one_line_and_changes_nothing(case_file: CaseFile,
                                                            db_path: Path) -> None:
    _woman(case_file)
    before = digest(db_path)
    code, out, err = run("captives", "status", "999", "released", "--db", str(db_path))
    assert code == 2 and one_line(err) and "999" in err and out == ""
    assert digest(db_path) == before


def test_captives_list_and_show_say_a_womans_status_in_russian(case_file: CaseFile,
                                                              db_path: Path) -> None:
    """`captives list` and `show` said «Репатриирован» of a woman, the header of her file
    «Репатриирована»."""
    her = _woman(case_file)
    case_file.custody.set_status(her, "repatriated", effective_on="2026-11-02")
    him = case_file.captives.create(names=["Артур Арутюнян"], sex="male", capture="2026-01-10",
                                    status="repatriated", status_since="2026-11-02").id
    code, out, err = run("--lang", "ru", "captives", "list", "--db", str(db_path))
    assert code == 0, err
    line = {cid: next(x for x in out.splitlines() if x.startswith(f"{cid} ")) for cid in (her, him)}
    assert "Репатриирована" in line[her]
    assert "Репатриирован " in line[him] and "Репатриирована" not in line[him]
    code, out, err = run("--lang", "ru", "captives", "show", str(her), "--db", str(db_path))
    assert code == 0, err
    assert "Статус: репатриирована с 2 ноября 2026\u00a0г." in out  # in a sentence: lower case


def test_a_dossier_names_a_womans_left_out_status_in_the_feminine(case_file: CaseFile,
                                                                   db_path: Path,
                                                                   tmp_path: Path) -> None:
    """The lines on what a shareable dossier leaves out said «История статуса: 1 (02.11.2026
    Репатриирован)» of a woman whose dossier says «Репатриирована»."""
    her = _woman(case_file)
    case_file.custody.set_status(her, "repatriated", effective_on="2026-11-02",
                                 note="Handed over at the border.", level="internal")
    code, _out, err = run("--lang", "ru", "dossier", str(her), "--level", "shareable",
                         "-o", str(tmp_path / "d.pdf"), "--db", str(db_path))
    assert code == 0, err
    [line] = [x for x in err.splitlines() if x.strip().startswith("История статуса")]
    assert "Репатриирована" in line, line
