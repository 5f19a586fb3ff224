"""Team mode: a member who may not read a captive's status is not told it by what CaseApp
writes on the steps of the captive's detention orders, and her saves do not undo it.

A convicted captive's open pre-trial steps carry a note ("Convicted on …: after the verdict
custody may no longer run …"); a released captive's steps are closed "custody ended (the
captive is released, repatriated or dead)". Both tell the status. A captive's status field
kept at internal is withheld from a shareable assistant, in the app and through psql; before,
the steps told it all the same, and a save of hers wrote the note off (the app, reading the
status withheld, took the captive for not convicted) and reopened the released captive's
steps (not released either).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import psycopg
import pytest

from caseapp.domain.custody_step_lines import (
    CUSTODY_ENDED,
    closed_as_custody_ended,
    convicted_note,
    is_conviction_note,
    undated_convicted_note,
    without_convicted_note,
)
from caseapp.domain.enums import CaptiveStatus, DeadlineStatus, Sensitivity
from caseapp.domain.messages import LANGUAGES, Message
from caseapp.domain.stored_messages import escaped, stored_form, stored_text
from caseapp.services.casefile import CaseFile
from tests.db.test_postgres_team import Team, make_team
from tests.db.test_postgres_team_writes import (
    assert_the_owners_check_passes,
    opened,
    opened_after_the_owners_upgrade,
    psql,
)


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own, with a convicted and a released captive whose status is internal."""
    team = make_team(pg_url)
    owner = opened(team, None)
    try:
        for name, status, day in (("Sargsyan Vahe", "convicted", "2026-11-20"),
                                  ("Hakobyan Arsen", "released", "2026-11-25")):
            c = owner.captives.create(names=[name], sensitivity="shareable",
                                      summary="statusstepsmark",
                                      field_levels={"status": "internal"})
            owner.detention_orders.create(captive_id=c.id, start_date="2026-10-01",
                                          term_months=4, sensitivity="shareable")
            owner.captives.set_status(c.id, status, effective_on=day)
    finally:
        owner.close()
    return team


def _captive(cf: CaseFile, name: str) -> int:
    return next(c.id for c in cf.captives.list() if c.primary_name == name)


def _ended(reason: object) -> bool:
    """Whether a step's reason (as read: a message, or text) says custody ended."""
    return reason == CUSTODY_ENDED if isinstance(reason, Message) else closed_as_custody_ended(reason)


def _conviction_lines(notes: str | None) -> list[str]:
    return [line for line in stored_form(notes).splitlines() if is_conviction_note(line)]


@pytest.fixture
def owner_saw(team: Team) -> Iterator[dict[str, object]]:
    """What the owner reads on the two captives' steps before the assistant comes."""
    owner = opened(team, None)
    try:
        convicted = owner.deadlines.list(captive_id=_captive(owner, "Sargsyan Vahe"))
        released = owner.deadlines.list(captive_id=_captive(owner, "Hakobyan Arsen"))
        noted = [d.id for d in convicted if _conviction_lines(d.notes)]
        ended = [d.id for d in released if _ended(d.status_reason)]
        assert noted and ended  # the case is what it claims to be
        yield {"noted": noted, "ended": ended}
    finally:
        owner.close()


def test_the_assistant_reads_no_conviction_note_nor_custody_ended_reason(
        team: Team, owner_saw: dict[str, object]) -> None:
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        for name in ("Sargsyan Vahe", "Hakobyan Arsen"):
            c = _captive(cf, name)
            assert cf.captives.get(c).status is CaptiveStatus.WITHHELD
            steps = cf.deadlines.list(captive_id=c)
            assert steps  # the steps themselves are hers to read
            for d in steps:
                assert not _conviction_lines(d.notes), (name, d.notes)
                assert not _ended(d.status_reason), (name, d.status_reason)
    finally:
        cf.close()
    with psql(team, Sensitivity.SHAREABLE) as conn:
        rows = conn.execute("SELECT notes, status_reason FROM deadlines").fetchall()
        assert rows
        for notes, reason in rows:
            assert "Convicted" not in (notes or "") and "custody ended" not in (reason or "")
        for column in ("notes", "status_reason"):  # nor past the view, in the table itself
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT {column} FROM public.deadlines")


def test_the_assistants_saves_keep_the_note_and_the_closed_steps(
        team: Team, owner_saw: dict[str, object]) -> None:
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        for name in ("Sargsyan Vahe", "Hakobyan Arsen"):
            c = _captive(cf, name)
            cf.captives.update(c, expected_version=cf.captives.version(c),
                               summary=f"assistant saw {name}")
        noted = owner_saw["noted"]
        assert isinstance(noted, list)
        step = noted[0]
        cf.deadlines.update(step, expected_version=cf.deadlines.version(step),
                            notes="assistantline: the court's letter came")
        assert cf.deadlines.get(step).notes == "assistantline: the court's letter came"
    finally:
        cf.close()
    owner = opened(team, None)
    try:
        for d in owner.deadlines.list(captive_id=_captive(owner, "Sargsyan Vahe")):
            assert bool(_conviction_lines(d.notes)) is (d.id in noted), d
        assert "assistantline: the court's letter came" in (owner.deadlines.get(step).notes or "")
        for d in owner.deadlines.list(captive_id=_captive(owner, "Hakobyan Arsen")):
            if d.id in owner_saw["ended"]:  # type: ignore[operator]
                assert d.status is DeadlineStatus.DISMISSED
                assert _ended(d.status_reason)
    finally:
        owner.close()
    assert_the_owners_check_passes(team)


def test_the_server_tells_the_note_from_other_lines_as_the_app_does(team: Team) -> None:
    """The server recognises the note's line exactly as the app does: stored as a message
    (dated or not), written as text in each language before, and no line of the lawyer's."""
    dated = convicted_note(date(2026, 11, 20))
    lines = [stored_text(dated), stored_text(undated_convicted_note()),
             *(dated.render(lang) for lang in LANGUAGES),
             *(convicted_note("3 March").render(lang) for lang in LANGUAGES),
             escaped(stored_text(dated)),  # the lawyer's line that reads like a stored form
             "Convicted on 20 Nov 2026", "See: " + dated.render("en"), "Call the family.",
             dated.render("ru") + " Проверить.", "", "O'Brien's note; 100% \\ done"]
    notes = "\n".join(["First line of hers", *lines, "Last line of hers"])
    with psycopg.connect(team.owner_url.replace("+psycopg", "")) as conn:
        for line in lines:
            said = conn.execute("SELECT caseapp_team.status_line(%s)", (line,)).fetchone()
            assert said == (is_conviction_note(line),), line
        kept = conn.execute("SELECT caseapp_team.without_status_lines(%s)", (notes,)).fetchone()
        assert kept == (without_convicted_note(notes),)
    assert sum(map(is_conviction_note, lines)) == 2 + 2 * len(LANGUAGES)  # the case is real


def test_a_server_set_up_before_gets_the_masked_steps_from_the_owner(
        team: Team, owner_saw: dict[str, object]) -> None:
    """A team server set up before this release (no masked view of deadlines): the member is
    told the owner must upgrade it first; once the owner has opened it, the steps are masked."""
    cf = opened_after_the_owners_upgrade(team, "DROP VIEW caseapp_team.deadlines")
    try:
        c = _captive(cf, "Sargsyan Vahe")
        assert all(not _conviction_lines(d.notes) for d in cf.deadlines.list(captive_id=c))
    finally:
        cf.close()
