"""What a calendar file cancels: a hearing or deadline deleted lately only in a file whose
range would have held it (by its day in its own zone; an overdue deadline whatever its day),
and every deadline closed lately (done or dismissed) that a phone may hold open, an overdue
one closed today included, each with a SEQUENCE higher than the open event's. Each file is
read back by icalendar's parser (and by vobject's, where it is installed), as a phone's
import would read it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

try:  # a second reader, where installed
    import vobject
except ImportError:  # pragma: no cover - it is optional
    vobject = None


def _events(cf: CaseFile, within_days: int, level: str = "internal") -> dict[str, str]:
    """The STATUS of each event of the calendar of the next ``within_days`` days, by UID."""
    data = outputs.calendar(cf, level=level, within_days=within_days).data
    found = {str(e["UID"]): str(e["STATUS"])
             for e in Calendar.from_ical(data).walk("VEVENT")}
    if vobject is not None:
        read = vobject.readOne(data.decode("utf-8"))
        assert {str(e.uid.value): str(e.status.value)
                for e in read.contents.get("vevent", [])} == found
    return found


def _sequences(cf: CaseFile, within_days: int = 365) -> dict[str, int]:
    data = outputs.calendar(cf, level="internal", within_days=within_days).data
    return {str(e["UID"]): int(e["SEQUENCE"]) for e in Calendar.from_ical(data).walk("VEVENT")}


def uid(record: Any) -> str:
    return f"{record.uid}@caseapp"


def test_a_deletion_is_cancelled_only_in_a_file_whose_range_held_it(
        any_case_file: CaseFile) -> None:
    cf = any_case_file  # on SQLite and on a team server (the owner reads the audit log)
    armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    last = TODAY + timedelta(days=30)  # the last day of a 30-day calendar (the CLI's default)
    d = cf.deadlines.create
    near = d(captive_id=armen, title="Letter", due_on=last.isoformat())  # all-day, last day
    far = d(captive_id=armen, title="Observations", due_on=(TODAY + timedelta(days=120))
            .isoformat())
    # 23:30 in Yerevan on the last day: in the range (its day in its own zone)
    late = d(captive_id=armen, title="Cut-off", due_on=last.isoformat(), due_time="23:30",
             timezone="Asia/Yerevan")
    overdue = d(captive_id=armen, title="Reply", due_on=(TODAY - timedelta(days=60))
                .isoformat())  # open and long overdue: every file carries it
    h = cf.hearings.create
    # 00:30 in Baku the day after the last: 20:30 UTC on the last day, but not in the range
    after = h(captive_ids=[armen], starts_at=f"{last + timedelta(days=1)}T00:30",
              timezone="Asia/Baku", kind="trial_session")
    within = h(captive_ids=[armen], starts_at=f"{last}T23:00", timezone="Asia/Baku",
               kind="trial_session")
    month = _events(cf, 30)
    assert uid(far) not in month and uid(after) not in month
    assert {uid(r) for r in (near, late, overdue, within)} <= set(month)
    for record in (near, far, late, overdue):
        cf.deadlines.delete(record.id)
    for record in (after, within):
        cf.hearings.delete(record.id)
    month = _events(cf, 30)
    assert uid(far) not in month  # no 30-day file ever carried it
    assert uid(after) not in month
    for record in (near, late, overdue, within):
        assert month[uid(record)] == "CANCELLED"
    year = _events(cf, 365)  # a year's file did carry them: it cancels them
    for record in (near, far, late, overdue, within, after):
        assert year[uid(record)] == "CANCELLED"
    day = _events(cf, 0)  # today's file: only what is overdue
    assert set(day) == {uid(overdue)}


def test_a_deadline_closed_lately_is_cancelled_even_long_overdue(
        any_case_file: CaseFile) -> None:
    """An overdue deadline is in every export while open; marked done (or dismissed) today,
    the next export cancels it with a higher SEQUENCE, whatever its day, so that a phone stops
    reminding of it; one done months ago and due long ago is no longer written."""
    cf = any_case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    long_ago = (TODAY - timedelta(days=90)).isoformat()
    done = cf.deadlines.create(captive_id=armen, title="Letter", due_on=long_ago)
    dismissed = cf.deadlines.create(captive_id=armen, title="Reply", due_on=long_ago)
    soon = cf.deadlines.create(captive_id=armen, title="Observations",
                               due_on=(TODAY + timedelta(days=3)).isoformat())
    before = _sequences(cf)
    assert _events(cf, 30)[uid(done)] == "CONFIRMED"
    cf.deadline_engine.mark_done(done.id, "Sent.")
    cf.deadline_engine.dismiss(dismissed.id, "Not needed.")
    cf.deadline_engine.mark_done(soon.id, "Filed.")
    month, after = _events(cf, 30), _sequences(cf)
    for record in (done, dismissed, soon):
        assert month[uid(record)] == "CANCELLED"
        assert after[uid(record)] > before[uid(record)]
    assert _sequences(cf) == after  # exporting again changes nothing


@pytest.mark.parametrize("closed, deleted", [(2, 1), (1, 0)])
def test_the_cli_says_how_many_closed_and_deleted_events_the_file_cancels(
        tmp_path: Path, closed: int, deleted: int) -> None:
    """``caseapp deadlines --format ics -o F`` (30 days by default) counts what it wrote as the
    file holds it: its open events, the deadlines closed lately and the records deleted lately
    it cancels (not one deleted beyond its range), each count with its plural form."""
    db, target = tmp_path / "case.db", tmp_path / "c.ics"
    today = date.today()  # the command's
    cf = open_case_file(Location(path=db), create=True, actor="tester")
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
        made = [cf.deadlines.create(captive_id=armen, title=f"Letter {i}", sensitivity="shareable",
                                    due_on=(today + timedelta(days=i + 1)).isoformat())
                for i in range(4)]
        far = cf.deadlines.create(captive_id=armen, title="Later", sensitivity="shareable",
                                  due_on=(today + timedelta(days=200)).isoformat())
        cf.deadlines.delete(far.id)  # beyond the 30 days: not cancelled, not counted
        for record in made[:closed]:
            cf.deadline_engine.mark_done(record.id, "Done.")
        for record in made[closed:closed + deleted]:
            cf.deadlines.delete(record.id)
    finally:
        cf.close()
    out, err = io.StringIO(), io.StringIO()
    assert main(["deadlines", "--db", str(db), "--format", "ics", "--level", "internal",
                 "-o", str(target)], out=out, err=err) == 0, err.getvalue()
    left = 4 - closed - deleted
    lines = out.getvalue().splitlines()
    assert lines[0] == (f"Wrote {left} event{'s' if left != 1 else ''} (deadlines: {left}, "
                        f"hearings: 0) at the internal level to {target}.")
    assert lines[1] == (f"The file also cancels {closed} deadline{'s' if closed != 1 else ''} "
                        "closed lately (done or dismissed).")
    if deleted:
        assert lines[2] == "The file also cancels 1 hearing or deadline deleted lately."
    assert len(lines) == 2 + (deleted > 0)
    statuses = [str(e["STATUS"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert sorted(statuses) == sorted(["CONFIRMED"] * left + ["CANCELLED"] * (closed + deleted))


def test_a_members_calendar_cancels_only_what_her_level_held(pg_url: str, tmp_path: Path) -> None:
    """A team member below internal clearance (who cannot read the audit trail: the server
    tells her calendar what it needs) gets, in her calendar, the deadlines closed or deleted
    lately that her level allows, cancelled with a higher SEQUENCE and counted, as the owner's
    calendar at her level has them; never one above her level."""
    from tests.postgres import login_url, unique_login

    password = "Assistant-Pass 14"
    today = date.today()  # the command's
    owner = open_case_file(Location(url=pg_url), actor="owner")
    try:
        armen = owner.captives.create(names=["Vardanyan Armen"], status="on_trial",
                                      sensitivity="shareable").id
        due = (today + timedelta(days=3)).isoformat()
        shared, secret, gone = (owner.deadlines.create(captive_id=armen, title=title, due_on=due,
                                                       sensitivity=level)
                                for title, level in (("Letter", "shareable"),
                                                     ("Observations", "internal"),
                                                     ("Reply", "shareable")))
        owner.team.init()
        login = unique_login("ani")
        owner.team.add_user(login, clearance="shareable", password=password)
    finally:
        owner.close()
    member = login_url(pg_url, login, password)

    def export(url: str, name: str) -> tuple[dict[str, tuple[str, int]], list[str]]:
        out, err = io.StringIO(), io.StringIO()
        target = tmp_path / name
        assert main(["deadlines", "--db", url, "--format", "ics", "--level", "shareable",
                     "-o", str(target)], out=out, err=err) == 0, err.getvalue()
        events = {str(e["UID"]): (str(e["STATUS"]), int(e["SEQUENCE"]))
                  for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
        return events, out.getvalue().splitlines()

    before, _ = export(member, "before.ics")
    assert uid(secret) not in before and before[uid(shared)][0] == "CONFIRMED"
    owner = open_case_file(Location(url=pg_url), actor="owner")
    try:
        owner.deadline_engine.mark_done(shared.id, "Sent.")
        owner.deadline_engine.mark_done(secret.id, "Filed.")
        owner.deadlines.delete(gone.id)
    finally:
        owner.close()
    after, said = export(member, "after.ics")
    assert after[uid(shared)][0] == "CANCELLED"
    assert after[uid(shared)][1] > before[uid(shared)][1]
    assert uid(secret) not in after  # above her level: not even that it existed
    assert after[uid(gone)][0] == "CANCELLED"  # the server tells her of the deletion
    assert after[uid(gone)][1] > before[uid(gone)][1]
    assert said[1:] == ["The file also cancels 1 deadline closed lately (done or dismissed).",
                        "The file also cancels 1 hearing or deadline deleted lately."]
    everything, said = export(pg_url, "owner.ics")
    assert everything == after  # one number per event, whoever exported it
    assert said[1:] == ["The file also cancels 1 deadline closed lately (done or dismissed).",
                        "The file also cancels 1 hearing or deadline deleted lately."]
    assert everything[uid(gone)][0] == "CANCELLED"
    assert uid(secret) not in everything  # the owner's shareable file leaves it out too


def test_the_clis_counts_take_their_plural_forms(language) -> None:  # type: ignore[no-untyped-def]
    language("ru")
    assert str(outputs.cancels_closed(2)) == (
        "Файл также отменяет 2 недавно закрытых срока (выполненных или снятых).")
    assert str(outputs.cancels_closed(5)) == (
        "Файл также отменяет 5 недавно закрытых сроков (выполненных или снятых).")
    language("hy")
    assert str(outputs.cancels_closed(5)) == (
        "Ֆայլը նաև չեղարկում է վերջերս փակված 5 ժամկետ (կատարված կամ չեղարկված)։")
