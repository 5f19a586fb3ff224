"""``caseapp deadlines`` and ``caseapp rules``: output, formats, exit codes."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_rules_list_table_and_json() -> None:
    code, out, err = run("rules", "list")
    assert code == 0, err
    assert "echr.application" in out and "az.detention.expiry" in out
    code, out, _ = run("--lang", "ru", "rules", "list")  # each rule's title in the language
    assert "Лицо, лишённое свободы, должно быть освобождено или доставлено к судье" in out
    assert "Person deprived of liberty" not in out
    code, out, _ = run("rules", "list", "--format", "json")
    rules = {r["id"]: r for r in json.loads(out)["rules"]}
    assert rules["az.verdict.appeal"]["verified"] is True
    assert {"id", "title", "source", "verified"} <= set(rules["echr.application"])


def test_rules_list_shows_each_rules_full_source_and_verified_flag(tmp_path: Path) -> None:
    mine = tmp_path / "xdg-config" / "CaseApp" / "rules"  # the isolated config folder
    mine.mkdir(parents=True)
    (mine / "typo.toml").write_text(
        '[[rules]]\nid = "my.typo"\nversion = "1"\ntitle = "Typo"\ntrigger = "verdict"\n'
        'offset = { amount = 1000000000000, unit = "calendar_days" }\nsource = "x"\n'
        '[[rules]]\nid = "my.fine"\nversion = "1"\ntitle = "Fine"\ntrigger = "verdict"\n'
        'offset = { amount = 3, unit = "calendar_days" }\nsource = "my own notes"\n',
        encoding="utf-8")
    code, out, err = run("rules", "list")
    assert code == 0, err
    lines = out.splitlines()

    def block(rule_id: str) -> str:
        start = next(i for i, line in enumerate(lines) if line.startswith(rule_id + "  "))
        return "\n".join(lines[start:start + 3])

    appeal = block("az.verdict.appeal")
    assert "[verified: period yes, counting not verified]" in appeal
    assert "Source: AZ CCrP Art. 384: an appeal against a first-instance verdict" in appeal
    assert appeal.endswith("counted here from the announcement, the earlier of the two.")  # uncut
    assert "AZ CCrP Art. 410.1.1" in block("az.cassation")
    assert "[verified: yes]" in block("am.arrest.bring_before_judge")
    assert "Constitution of Armenia, Art. 27(4)" in block("am.arrest.bring_before_judge")
    assert "[verified: NO]" in block("un.wgad.government_reply")
    assert "Source: my own notes" in block("my.fine")
    assert not any(line.startswith("my.typo") for line in lines)  # refused, reported below
    [problem] = [line for line in lines if line.startswith("PROBLEM")]
    assert "typo.toml" in problem and "“my.typo”" in problem
    assert "longer than a hundred years" in problem


def test_rules_compute_prints_the_dates_and_steps() -> None:
    code, out, err = run("rules", "compute", "az.detention.expiry", "--trigger", "2023-10-31",
                         "--param", "term_months=4")
    assert code == 0, err
    assert out.startswith("2024-02-29")
    assert "clamped to the month's end" in out
    assert "az.detention.extension_request" in out  # the derived deadlines follow
    code, out, _ = run("rules", "compute", "echr.application", "--trigger", "2021-06-15",
                       "--format", "json")
    results = json.loads(out)
    assert results[0]["applied_rule_id"] != "echr.application"  # the 6-month rule
    assert results[0]["due_on"] == "2021-12-15" and results[0]["steps"]



def test_rules_compute_names_the_zone_as_the_deadlines_view_does() -> None:
    """The Court's 16:00 cut-off in its zone's identifier (the Deadlines view's
    "Europe/Paris"), not the abbreviation "CET"."""
    code, out, err = run("rules", "compute", "echr.rule39", "--trigger", "2026-12-04T15:00+01:00")
    assert code == 0, err
    assert out.startswith("2026-12-04 16:00 Europe/Paris  "), out
    assert "CET" not in out

@pytest.mark.parametrize("argv", [
    ("rules", "compute", "no.such.rule", "--trigger", "2024-01-01"),
    ("rules", "compute", "az.verdict.appeal", "--trigger", "yesterday"),
    ("rules", "compute", "az.detention.expiry", "--trigger", "2024-01-01", "--param", "term_months"),
    ("rules", "compute", "az.detention.expiry", "--trigger", "2024-01-01"),
])
def test_rules_compute_bad_input(argv: tuple[str, ...]) -> None:
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.startswith("caseapp: ") and err.count("\n") == 1


EXPIRY = ("rules", "compute", "az.detention.expiry", "--trigger")


@pytest.mark.parametrize(("argv", "words"), [
    ((*EXPIRY, "2023-02-20", "--param", "term_months=0"),
     "needs a term of more than 0: term_months, term_days are all 0"),
    ((*EXPIRY, "2023-02-20", "--param", "term_months=-4"), "(term_months) cannot be negative"),
    ((*EXPIRY, "2023-02-20", "--param", "term_months=4", "--param", "term_days=-3"),
     "(term_days) cannot be negative"),
    (("rules", "compute", "echr.delivery.time_limit", "--trigger", "2024-01-01", "--param",
      "weeks=-2"), "(weeks) cannot be negative"),
    (("rules", "compute", "az.detention.appeal", "--trigger", "2024-01-01", "--param",
      "appeal_days=0"), "(appeal_days) must be more than 0"),
    (("rules", "compute", "generic.reply_expected", "--trigger", "1900-01-01", "--param",
      "working_days=-36600"), "(working_days) cannot be negative"),
    ((*EXPIRY, "2199-12-31", "--param", "term_months=4"),
     "gives 2200-04-30, outside the years 1900 to 2199"),
    ((*EXPIRY, "2024-01-01", "--param", "term_month=4"),
     "has no parameter “term_month”: its parameters are term_days, term_months"),
    (("rules", "compute", "echr.application", "--trigger", "2024-01-01", "--param", "weeks=4"),
     "Rule echr.application has no parameters: “weeks” is not one"),
    ((*EXPIRY, "2024-01-01", "--param", "term_months=4", "--param", "term_months=5"),
     "“term_months” is given twice"),
    ((*EXPIRY, "2024-01-01", "--param", "term_months=4_0"), "(term_months) must be a whole "
     "number written with the digits 0 to 9, not “4_0”"),
    ((*EXPIRY, "2024-01-01", "--param", "term_months=\u0664"), "digits 0 to 9, not “\u0664”"),
])
def test_rules_compute_refuses_a_term_or_date_it_cannot_use(argv: tuple[str, ...],
                                                             words: str) -> None:
    """A term of nothing or counted backwards, a date beyond the years computed, a mistyped
    parameter or digits no person types: one line naming it, exit 2, nothing printed."""
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.startswith("caseapp: ") and err.count("\n") == 1 and words in err, err


def test_deadlines_table_json_and_ics(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    today = date.today()
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        c = cf.captives.create(names=["Vardanyan Armen"], capture=str(today - timedelta(days=60)),
                               status="pre_trial")
        cf.detention_orders.create(captive_id=c.id, start_date=str(today - timedelta(days=30)),
                                   term_months=4)
        cf.hearings.create(captive_ids=[c.id], starts_at=f"{today + timedelta(days=10)}T11:00",
                           timezone="Asia/Baku", kind="detention_extension")
        expected = [d for d in cf.deadlines.list() if d.due_on <= today + timedelta(days=120)]
    finally:
        cf.close()
    assert expected
    code, out, err = run("deadlines", "--db", str(db), "--within", "120")
    assert code == 0, err
    assert "Detention order expires" in out
    code, out, _ = run("deadlines", "--db", str(db), "--within", "120", "--format", "json")
    assert {d["id"] for d in json.loads(out)} == {d.id for d in expected}
    ics = tmp_path / "out.ics"
    code, out, err = run("deadlines", "--db", str(db), "--within", "120", "--format", "ics",
                         "-o", str(ics))
    assert code == 0, err
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == len(expected) + 1
    assert all(str(e["UID"]).endswith("@caseapp") for e in events)
    code, _, err = run("deadlines", "--db", str(db), "--within", "-1")
    assert code == 2 and err.startswith("caseapp: ")


# ---- the daily log of deadline control ----------------------------------------------------

def test_daily_log_writes_the_days_events_at_internal_level(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from caseapp.services import audit_trail

    # Noon UTC on 27 November 2026: the same day in every time zone the tests may run in.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="avetisyan")
    try:
        kept = cf.deadlines.create(title="Reply to the Court", due_on="2026-12-03", hard=True,
                                   sensitivity="internal")
        cf.deadline_engine.mark_done(kept.id, "Faxed to Strasbourg")
        cf.deadlines.create(title="SHAREABLE-MARKER", due_on="2026-12-04")
    finally:
        cf.close()
    target = tmp_path / "log.pdf"
    code, out, err = run("--db", str(db), "deadlines", "daily-log", "--date", "2026-11-27",
                         "-o", str(target))
    assert code == 0, err
    assert "2 events" not in out and "3 events" in out  # entered twice, done once
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    for expected in ("Reply to the Court", "Faxed to Strasbourg", "avetisyan",
                     "HARD DEADLINE", "SHAREABLE-MARKER", "INTERNAL level"):
        assert expected in text
    # At the shareable level the internal deadline and its note are left out, and stderr
    # says so.
    code, out, err = run("--db", str(db), "deadlines", "daily-log", "--date", "2026-11-27",
                         "--level", "shareable", "-o", str(target))
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "SHAREABLE-MARKER" in text
    assert "Reply to the Court" not in text and "Faxed" not in text
    assert "leaves out" in err


@pytest.mark.parametrize("argv, expected", [
    (["--date", "2026-02-30"], "--date: “2026-02-30” is not a date (YYYY-MM-DD)."),
    (["--date", "27.11.2026"], "--date: “27.11.2026” is not a date (YYYY-MM-DD)."),
    (["--date", ""], "--date: “” is not a date (YYYY-MM-DD)."),
])
def test_daily_log_refuses_a_bad_date_in_one_line(tmp_path: Path, argv: list[str],
                                                  expected: str) -> None:
    target = tmp_path / "log.pdf"
    code, out, err = run("--db", str(tmp_path / "none.db"), "deadlines", "daily-log", *argv,
                         "-o", str(target))
    assert code == 2
    assert err == f"caseapp: {expected}\n"
    assert out == "" and not target.exists()


def test_daily_log_of_the_last_day_of_the_calendar_is_one_sentence(tmp_path: Path) -> None:
    """31 December 9999 has no next midnight: it said “a number or a date is out of range”."""
    db = tmp_path / "case.db"
    open_case_file(Location(path=db), create=True, actor="avetisyan").close()
    target = tmp_path / "log.pdf"
    code, out, err = run("--db", str(db), "deadlines", "daily-log", "--date", "9999-12-31",
                         "-o", str(target))
    assert (code, out) == (2, "") and not target.exists()
    assert err == ("caseapp: There is no daily log of 9999-12-31: deadlines are kept for the "
                   "years 1900 to 2199.\n")


def test_daily_log_is_never_written_over_the_case_file(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    open_case_file(Location(path=db), create=True, actor="t").close()
    before = db.read_bytes()
    code, _out, err = run("--db", str(db), "deadlines", "daily-log", "--date", "2026-11-27",
                          "-o", str(db))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "is the open case file" in err
    assert db.read_bytes() == before


def test_a_captives_file_gives_a_deadlines_time_as_the_deadlines_listing_does(
        tmp_path: Path) -> None:
    """A Rule 39 request dealt with by 16:00 in Strasbourg: ``deadlines`` and the dossier said
    “16:00 Europe/Paris”, ``captives show`` only the day."""
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="avetisyan")
    try:
        cid = cf.captives.create(names=["Vardanyan Armen"], status="pre_trial").id
        cf.deadlines.create(captive_id=cid, title="Rule 39: medical report", due_on="2026-12-03",
                            due_time="16:00", timezone="Europe/Paris")
        cf.deadlines.create(captive_id=cid, title="Write to the ombudsman", due_on="2026-12-04")
    finally:
        cf.close()
    code, out, err = run("--db", str(db), "captives", "show", str(cid))
    assert code == 0, err
    out = out.replace("\u00a0", " ")  # (a date's no-break spaces)
    # (then when it falls due on today's clock: tests/cli/test_deadline_when_cli.py)
    assert "  3 Dec 2026 16:00 Europe/Paris Rule 39: medical report [Open]" in out
    assert "  4 Dec 2026 Write to the ombudsman [Open]" in out
    code, out, err = run("--db", str(db), "deadlines", "--within", "10000")
    assert "16:00 Europe/Paris" in out


def test_a_convicted_captives_file_says_why_the_pre_trial_orders_steps_stay_open(
        tmp_path: Path) -> None:
    """Convicted two days ago: ``captives show`` listed the pre-trial order's expiry and the
    prosecutor's motions as open with no word of the verdict."""
    db = tmp_path / "case.db"
    today = date.today()
    cf = open_case_file(Location(path=db), create=True, actor="avetisyan")
    try:
        cid = cf.captives.create(names=["Vardanyan Armen"], status="on_trial",
                                 capture=str(today - timedelta(days=30))).id
        cf.detention_orders.create(captive_id=cid, start_date=str(today - timedelta(days=30)),
                                   term_months=4)
        cf.captives.set_status(cid, "convicted", effective_on=str(today - timedelta(days=2)))
    finally:
        cf.close()
    code, out, err = run("--db", str(db), "captives", "show", str(cid))
    assert code == 0, err
    lines = out.splitlines()
    expiry = next(n for n, line in enumerate(lines) if "Detention order expires [Open]" in line)
    assert lines[expiry + 1].strip().startswith("Convicted on ")
    assert "not verified" in lines[expiry + 1]


def test_captives_show_warns_of_each_running_orders_expiry(tmp_path: Path) -> None:
    """The command line's "Needs attention" of one captive: held under orders of two criminal
    cases, both expiring within the warning period, each is said, naming its case."""
    db = tmp_path / "c.db"
    today = date.today()
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = cf.captives.create(names=["Vardanyan Armen"], capture=str(today - timedelta(100)),
                                 status="pre_trial").id
        for number, expires in (("1-11/2026", 3), ("1-22/2026", 9)):
            case = cf.prosecutions.create(captive_id=cid, case_number=number)
            cf.detention_orders.create(captive_id=cid, prosecution_id=case.id,
                                       start_date=str(today - timedelta(60)),
                                       expires_on=str(today + timedelta(expires)))
    finally:
        cf.close()
    code, out, err = run("--db", str(db), "captives", "show", str(cid))
    assert code == 0, err
    said = out.split("Needs attention:")[1]
    assert "criminal case 1-11/2026 expires in 3 days" in said, out
    assert "criminal case 1-22/2026 expires in 9 days" in said, out


def test_a_snoozed_deadline_is_listed_still_due_as_the_deadlines_view_lists_it(
        tmp_path: Path) -> None:
    """Snoozing quiets the reminders; the deadline stays due: the list (as the Deadlines view)
    shows it, saying until when it is snoozed, and the calendar keeps it."""
    db = tmp_path / "case.db"
    today = date.today()
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        d = cf.deadlines.create(title="Reply to the Court", due_on=str(today + timedelta(days=9)))
        until = today + timedelta(days=5)
        cf.deadline_engine.snooze(d.id, str(until))
    finally:
        cf.close()
    code, out, err = run("--db", str(db), "deadlines")
    assert code == 0, err
    assert "Reply to the Court" in out and "snoozed until" in out
    assert "1 open deadline within 30 days" in out
    code, out, err = run("--db", str(db), "deadlines", "--format", "ics", "--level", "internal")
    assert code == 0 and "Reply to the Court" in out


def test_the_calendar_written_says_how_many_deleted_records_it_cancels(tmp_path: Path) -> None:
    db, ics = tmp_path / "case.db", tmp_path / "out.ics"
    today = date.today()
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        c = cf.captives.create(names=["Vardanyan Armen"], status="on_trial")
        for title in ("Letter to the ombudsman", "Letter to the ICRC", "Observations"):
            cf.deadlines.create(captive_id=c.id, title=title, due_on=str(today + timedelta(days=9)),
                                sensitivity="shareable")
        for d in cf.deadlines.list()[:2]:
            cf.deadlines.delete(d.id)
    finally:
        cf.close()
    code, out, err = run("deadlines", "--db", str(db), "--format", "ics", "--level", "internal",
                         "-o", str(ics))
    assert code == 0, err
    cancelled = [e for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
                 if str(e["STATUS"]) == "CANCELLED"]
    assert len(cancelled) == 2
    assert out.splitlines()[1] == "The file also cancels 2 hearings or deadlines deleted lately."


def test_the_list_marks_a_capture_card_counted_from_the_month_as_an_estimate(
        tmp_path: Path) -> None:
    """``caseapp deadlines`` listed the capture card of a prisoner of war captured "this
    month" without saying its date was counted from the month's first day."""
    db = tmp_path / "case.db"
    month = date.today().replace(day=1)
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        cf.captives.create(names=["Sargsyan Levon"], category="serviceman",
                           capture=f"{month:%Y-%m}", status="held")
    finally:
        cf.close()
    code, out, err = run("--db", str(db), "deadlines", "--within", "40")
    assert code == 0, err
    [line] = [line for line in out.splitlines() if "Capture card" in line]
    assert line.rstrip().endswith("(estimate)") and "(rule:" not in line
    code, out, err = run("--db", str(db), "--lang", "ru", "deadlines", "--within", "40")
    assert "(ориентировочно)" in out
