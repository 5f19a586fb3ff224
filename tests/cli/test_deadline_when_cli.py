"""The command line says when each open deadline falls due as the Deadlines view does
(:func:`caseapp.domain.due_when.due_when`): ``caseapp deadlines``' When column and JSON
fields, and ``captives show``'s deadlines, on the file's clock (a laptop in Paris; an
Azerbaijani appeal due by the end of 27 November in Baku, 21:00 in Paris). The view's words
at the same clock: tests/ui/test_deadline_when_cli_and_view_gui.py. The Armenian and Russian
words need ``resources/translations/incoming/when8.messages.json`` applied to the catalogues."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run
from tests.cli_clock import cli_at
from tests.conftest import TODAY


@pytest.fixture
def deadlines(case_file: CaseFile, in_paris: None) -> tuple[Path, int, dict[str, int]]:
    """One captive's appeal (due TODAY in Baku), the Court's 16:00 cut-off TODAY, a letter
    due 3 days before TODAY, one snoozed to 2 days after TODAY, a reply due in 5 days and
    one done."""
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    made = cf.deadline_engine.from_rule(captive_id=c.id, rule_id="az.verdict.appeal",
                                        trigger=TODAY - timedelta(days=20))
    ids = {"appeal": next(d.id for d in made if d.rule_id == "az.verdict.appeal")}
    for key, due, at in (("fax", TODAY, "16:00"), ("letter", TODAY - timedelta(days=3), None),
                         ("snoozed", TODAY - timedelta(days=1), None),
                         ("reply", TODAY + timedelta(days=5), None),
                         ("done", TODAY + timedelta(days=1), None)):
        ids[key] = cf.deadlines.create(
            captive_id=c.id, title=key.capitalize(), due_on=due.isoformat(),
            **({"due_time": at, "timezone": "Europe/Paris"} if at else {})).id
    cf.deadline_engine.snooze(ids["snoozed"], TODAY + timedelta(days=2))
    cf.deadline_engine.mark_done(ids["done"], "Sent")
    path = cf.db.path
    cf.close()
    return path, c.id, ids


def lines_of(out: str, ids: dict[str, int]) -> dict[str, str]:
    return {k: line.replace("\xa0", " ") for k, i in ids.items() for line in out.splitlines()
            if line.startswith(f"{i}  ")}


EXPECTED = {  # at 22:00 in Paris on TODAY, as the Deadlines view says it
    "appeal": "day ended in Baku at 21:00",
    "fax": "passed at 16:00 (Paris)",
    "letter": "3 days overdue",
    "snoozed": "snoozed until 29 Nov 2026",
    "reply": "in 5 days",
}


def test_the_deadlines_table_says_when_each_falls_due(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    path, _, ids = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("--lang", "en", "deadlines", "--db", str(path))
    assert code == 0, err
    lines = lines_of(out, ids)
    assert "done" not in lines
    for key, words in EXPECTED.items():
        assert words in lines[key], (key, lines[key])
    assert out.count("snoozed until") == 1  # said once, in the When column
    cli_at(monkeypatch, f"{TODAY} 20:00")  # before the day ends in Baku
    code, out, err = run("--lang", "en", "deadlines", "--db", str(path))
    lines = lines_of(out, ids)
    assert "today" in lines["appeal"] and "overdue" not in lines["appeal"]
    assert "day ended" not in out


def test_json_gives_the_state_and_days(monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    path, _, ids = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("deadlines", "--db", str(path), "--format", "json")
    assert code == 0, err
    got = {d["id"]: d for d in json.loads(out)}
    by_key = {k: got[i] for k, i in ids.items() if i in got}
    assert {k: (d["state"], d["days"]) for k, d in by_key.items()} == {
        "appeal": ("day_ended", 0), "fax": ("hour_passed", 0), "letter": ("overdue", -3),
        "snoozed": ("snoozed", -1), "reply": ("ahead", 5)}
    assert by_key["appeal"]["overdue_since"] == "2026-11-27T21:00:00+01:00"
    assert by_key["fax"]["overdue_since"] == "2026-11-27T16:00:00+01:00"
    assert by_key["snoozed"]["snoozed_until"] == "2026-11-29"
    assert by_key["letter"]["overdue_since"] is None and by_key["letter"]["snoozed_until"] is None


def test_captives_show_says_when_each_open_deadline_falls_due(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    path, cid, _ = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("--lang", "en", "captives", "show", str(cid), "--db", str(path))
    assert code == 0, err
    said = {line.strip().replace("\xa0", " ") for line in out.splitlines()}
    for title, words in (("Letter", "3 days overdue"), ("Reply", "in 5 days"),
                         ("Fax", "passed at 16:00 (Paris)")):
        assert any(title in line and line.endswith(f"[Open] — {words}") for line in said), \
            (title, out)
    assert any("Appeal against the verdict" in line
               and line.endswith("— day ended in Baku at 21:00") for line in said), out
    assert any(line.endswith("Done [Done]") for line in said), out  # nothing said of when


@pytest.mark.parametrize(("lang", "words"), [
    ("hy", ("3 օր ժամկետանց", "օրն ավարտվել է՝ 21:00 (Բաքու)", "5 օրից")),
    ("ru", ("просрочено на 3 дня", "день истёк в 21:00 (Баку)", "через 5 дней")),
])
def test_in_armenian_and_russian(monkeypatch: pytest.MonkeyPatch, deadlines, lang: str,
                                 words: tuple[str, ...]) -> None:
    path, _, ids = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("--lang", lang, "deadlines", "--db", str(path))
    assert code == 0, err
    lines = lines_of(out, ids)
    for key, said in zip(("letter", "appeal", "reply"), words, strict=True):
        assert said in lines[key], (key, lines[key])
    assert date(2026, 11, 29).strftime("%d.%m.%Y") in lines["snoozed"]


def test_a_delivery_recorded_late_says_its_time_limit_is_overdue(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    """A communication that appeared 12 weeks and 3 days ago, recorded only now: the time
    limit it sets was listed with its day alone."""
    path, cid, _ = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    appeared = TODAY - timedelta(weeks=12, days=3)
    code, out, err = run("--lang", "en", "deliveries", "add", "--db", str(path), "--captive",
                         str(cid), "--appeared", appeared.isoformat(), "--title",
                         "Communication", "--weeks", "12")
    assert code == 0, err
    lines = [line.replace("\xa0", " ") for line in out.splitlines()]
    assert any("time limit" in line and line.endswith("— 3 days overdue") for line in lines), out
    assert any("Download" in line and " — in " in line for line in lines), out


def test_a_delivery_recorded_long_after_says_its_deadlines_are_kept_for_the_record(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    """A Rule 39 decision that appeared five months ago, recorded only now: its time limit and
    its download reminder, long past, are not raised as overdue but kept for the record, closed.
    They were listed with their day alone, as if they were still to come."""
    path, cid, _ = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    appeared = TODAY - timedelta(days=150)
    code, out, err = run("--lang", "en", "deliveries", "add", "--db", str(path), "--captive",
                         str(cid), "--appeared", appeared.isoformat(), "--title", "Decision",
                         "--portal", "rule39_site", "--weeks", "2")
    assert code == 0, err
    lines = [line.replace("\xa0", " ") for line in out.splitlines() if "deadline " in line]
    assert len(lines) == 2, out
    for line in lines:
        assert line.endswith("— Dismissed: Already more than 30 days past when its trigger "
                             "was recorded; kept for the record."), out


def test_captives_show_json_gives_each_deadline_the_state_and_days_deadlines_gives(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    """A script reading one captive's file got each deadline's day but not whether it was
    overdue, which ``caseapp deadlines --format json`` says: the same fields, the same values;
    none for a deadline that is done."""
    path, cid, ids = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("captives", "show", str(cid), "--db", str(path), "--format", "json")
    assert code == 0, err
    shown = {d["id"]: d for d in json.loads(out)["deadlines"]}
    code, out, err = run("deadlines", "--db", str(path), "--format", "json")
    listed = {d["id"]: d for d in json.loads(out)}
    fields = ("state", "days", "overdue_since", "snoozed_until")
    for key in ("appeal", "fax", "letter", "snoozed", "reply"):
        assert {f: shown[ids[key]][f] for f in fields} == {f: listed[ids[key]][f] for f in fields}
    assert shown[ids["letter"]]["state"] == "overdue" and shown[ids["letter"]]["days"] == -3
    assert {f: shown[ids["done"]][f] for f in fields} == dict.fromkeys(fields)


def test_captives_show_json_at_a_level_gives_the_state_too(
        monkeypatch: pytest.MonkeyPatch, deadlines) -> None:
    path, cid, ids = deadlines
    cli_at(monkeypatch, f"{TODAY} 22:00")
    code, out, err = run("captives", "show", str(cid), "--db", str(path), "--format", "json",
                         "--level", "internal")
    assert code == 0, err
    shown = {d["id"]: d for d in json.loads(out)["deadlines"]}
    assert shown[ids["reply"]]["state"] == "ahead" and shown[ids["reply"]]["days"] == 5
