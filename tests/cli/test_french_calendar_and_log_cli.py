"""The calendar (.ics) and the daily log of deadline control in French, from the command
line's own ``--lang fr`` as the dossier and the report take it: French titles, French
reminders, the deadlines' computation steps in French (« point de départ », « jour
ouvrable »), French dates, and nothing above the level asked for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.cli.test_reports_cli import run

# What the deadlines' steps and the calendar's own lines say in English: none may be left in
# a French calendar (the titles typed by the lawyer and the demo's notes are data, not these).
ENGLISH_STEPS = ("trigger ", " is a working day", "is not a working day", "rolled to",
                 "not rolled", "has not been verified", "has already passed", "clamped",
                 "set off by the deadline", " days →", " months →", "weekend", "public holiday",
                 "Deadline:", "Hearing:", "Deadlines and hearings", "in 1 day", "due today",
                 "Rule:", "Snoozed until")
SECRET = "INTERNAL-ONLY-MARKER"


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    return demo_copy


def _lines(calendar: icalendar.Calendar) -> list[str]:
    out: list[str] = [str(calendar["X-WR-CALNAME"])]
    for event in calendar.walk("VEVENT"):
        out.append(str(event["SUMMARY"]))
        out += str(event.get("DESCRIPTION", "")).split("\n")
        out += [str(alarm["DESCRIPTION"]) for alarm in event.walk("VALARM")]
    return out


def test_a_french_calendar_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    cf = open_case_file(Location(path=demo_db), actor="tester")
    try:
        captive = cf.captives.create(names=["Artashes Mkrtchyan"], capture="2026-10-20",
                                     status="pre_trial")
        cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31",
                                   term_months=4)
        secret = cf.deadlines.create(title=SECRET, due_on="2026-12-20", sensitivity="internal")
        # the command line's today is the computer's: a snooze to a day after it
        due = date.today() + timedelta(days=40)
        snoozed = cf.deadlines.create(title="Reply to the Registry", due_on=due.isoformat(),
                                      sensitivity="shareable")
        cf.deadline_engine.snooze(snoozed.id, (due - timedelta(days=5)).isoformat(),
                                  "waiting for the translation")
        assert secret.id
    finally:
        cf.close()
    out = tmp_path / "fr.ics"
    code, _, err = run("--db", str(demo_db), "deadlines", "--format", "ics", "--within",
                       "365", "--lang", "fr", "-o", str(out))
    assert code == 0, err
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    lines = _lines(calendar)
    text = "\n".join(lines)
    assert lines[0] == "CaseApp\u00a0: échéances et audiences (niveau transmissible)"
    left = sorted({m for m in ENGLISH_STEPS for line in lines if m in line})
    assert left == [], [line for line in lines if any(m in line for m in left)][:5]
    # the steps of the new order's expiry and of the court motion, in French
    assert "point de départ" in text and "jour ouvrable" in text
    assert "Expiration de l’ordonnance de placement en détention (Artashes Mkrtchyan)" in text
    assert "Rappel reporté au" in text  # the snooze's line, as the daily log says it
    # every reminder of every event says its deadline or hearing, in French
    alarms = [str(a["DESCRIPTION"]) for e in calendar.walk("VEVENT") for a in e.walk("VALARM")]
    assert alarms and all(" dans " in a or "aujourd’hui" in a or a.startswith("Dépassée")
                          for a in alarms), alarms[:3]
    assert SECRET not in text  # shareable by default: the internal deadline is left out


def test_french_is_for_the_calendar_file_not_the_table(demo_db: Path) -> None:
    code, out, err = run("--db", str(demo_db), "deadlines", "--lang", "fr")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert "--format ics" in err and "Traceback" not in err


def test_a_french_daily_log_from_the_command_line(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import audit_trail

    # Noon UTC on 27 November 2026: the same day in every time zone the tests may run in.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="avetisyan")
    try:
        # the command line's today is the computer's: a snooze into a far year
        kept = cf.deadlines.create(title="Reply to the Court", due_on="2099-12-03", hard=True,
                                   sensitivity="internal")
        cf.deadline_engine.snooze(kept.id, "2099-12-01", "SNOOZE-REASON")
        cf.deadlines.create(title=SECRET, due_on="2026-12-04", sensitivity="internal")
        cf.deadlines.create(title="SHAREABLE-MARKER", due_on="2026-12-04")
    finally:
        cf.close()
    target = tmp_path / "log.pdf"
    code, out, err = run("--db", str(db), "deadlines", "daily-log", "--date", "2026-11-27",
                         "--lang", "fr", "-o", str(target))
    assert code == 0, err
    assert out.startswith("Wrote the daily log")  # the run's messages stay in its language
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for expected in ("Contrôle des échéances", "27 novembre 2026", "Saisie", "Reportée",
                     "DÉLAI IMPÉRATIF", "échéance le 03/12/2099", "Imprimé au niveau INTERNE",
                     "Rappel reporté au 01/12/2099"):
        assert expected in text, expected
    for english in ("Deadline control", "Entered", "Snoozed", "HARD DEADLINE", "Printed at",
                    "November"):
        assert english not in text, english
    code, _, err = run("--db", str(db), "deadlines", "daily-log", "--date", "2026-11-27",
                       "--level", "shareable", "--lang", "fr", "-o", str(target))
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "SHAREABLE-MARKER" in text and "niveau TRANSMISSIBLE" in text
    assert SECRET not in text and "Reply to the Court" not in text


def test_a_french_echr_pack_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    """``filing echr --lang fr``: the draft in French; ``--lang ru`` keeps its old meaning (the
    run's messages in Russian, the draft in English); German is refused in one line."""
    import subprocess

    from tests.cli.test_reports_cli import _id

    cid = _id(demo_db, "Armen Martirosyan")
    code, out, err = run("--db", str(demo_db), "filing", "echr", cid, "-o",
                         str(tmp_path / "fr"), "--lang", "fr")
    assert code == 0, err
    assert out.startswith("Wrote the ECHR application pack")
    (draft,) = (tmp_path / "fr").glob("*.pdf")
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "E. Exposé des faits" in text and "Armen Martirosyan c. Azerbaïdjan" in text
    assert "Statement of the facts" not in text
    code, out, err = run("--db", str(demo_db), "filing", "echr", cid, "-o",
                         str(tmp_path / "ru"), "--lang", "ru")
    assert code == 0, err
    (draft,) = (tmp_path / "ru").glob("*.pdf")
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "E. Statement of the facts" in text
    code, out, err = run("--db", str(demo_db), "filing", "echr", cid, "-o",
                         str(tmp_path / "de"), "--lang", "de")
    assert code == 2 and err.count("\n") == 1 and "invalid choice: 'de'" in err
    assert not (tmp_path / "de").exists()
