"""What CaseApp itself writes when it closes a deadline (the rules no longer give it, it was
already past when its trigger was recorded, custody ended, its record was deleted) is data a
colleague in another language, or a document in another language, reads later. It is stored as
a message and read in each reader's language, not written as text in the language of whoever
happened to be at work: on SQLite and PostgreSQL; in the window's list and details, the daily
log, ``caseapp captives show`` and ``caseapp deadlines``. A file written before keeps its
reasons as written, and the lawyer's own reasons are hers."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from caseapp.config import Location
from caseapp.db.models import Deadline
from caseapp.domain import messages
from caseapp.domain.enums import DeadlineStatus
from caseapp.services import audit_trail
from caseapp.services.casefile import CaseFile, open_case_file
from tests.cli.cli_run import run

# The rule named by its title in the reader's language, never by its id.
NO_LONGER = ("The rules no longer give a deadline under rule “Appeal against the verdict (20 "
             "days from its announcement)” for this trigger.")
FOR_THE_RECORD = ("Already more than 30 days past when its trigger was recorded; kept for the "
                  "record.")
# As the version before wrote it in the notes' place, under Russian: kept as written.
OLD_RUSSIAN = "Правила больше не дают срок по правилу az.verdict.appeal для этого основания."
ARMENIAN = re.compile("[\u0531-\u0587]")
CYRILLIC = re.compile("[\u0400-\u04ff]")



def _written_in_russian(cf: CaseFile, language) -> tuple[int, int, int]:
    """Under Russian: a verdict's appeal the rules no longer give (the procedure changed), an
    old order's steps kept for the record, and a lawyer's own dismissal. Their ids."""
    language("ru")
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2025-05-01",
                             status="pre_trial").id
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20 11:00", timezone="Asia/Baku",
                       court="Baku Court", kind="verdict", outcome="Convicted")
    [appeal] = [d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == "az.verdict.appeal"]
    order = cf.detention_orders.create(captive_id=cid, start_date="2025-06-03", term_months=4)
    [history, *_] = [d for d in cf.deadlines.list(captive_id=cid) if d.trigger_uid == order.uid]
    own = cf.deadlines.create(title="Call the family", due_on="2026-12-03", captive_id=cid)
    cf.deadline_engine.dismiss(own.id, "Семья позвонила сама.")
    cf.settings.set("procedure", "am")
    return appeal.id, history.id, own.id


def test_reasons_written_under_russian_read_in_english_and_armenian(
        any_case_file: CaseFile, language) -> None:
    cf = any_case_file
    appeal, history, own = _written_in_russian(cf, language)
    dismissed = cf.deadlines.get(appeal)
    assert dismissed.status is DeadlineStatus.DISMISSED
    assert messages.text_of(dismissed.status_reason, "en") == NO_LONGER
    armenian = messages.text_of(dismissed.status_reason, "hy")
    assert ARMENIAN.search(armenian) and not CYRILLIC.search(armenian)
    assert "«Վերաքննիչ բողոք դատավճռի դեմ (հրապարակումից 20 օր)»" in armenian
    assert "az.verdict" not in armenian
    kept = cf.deadlines.get(history)
    assert kept.status is DeadlineStatus.DISMISSED
    assert messages.text_of(kept.status_reason, "en") == FOR_THE_RECORD
    assert ARMENIAN.search(messages.text_of(kept.status_reason, "hy"))
    # The lawyer's own reason is hers, as she wrote it, for every reader; even one that reads
    # like what CaseApp stores.
    assert cf.deadlines.get(own).status_reason == "Семья позвонила сама."
    odd = '{"message": {"text": "Downloaded on {day}."}}'
    cf.deadline_engine.dismiss(own, odd)
    assert cf.deadlines.get(own).status_reason == odd
    # The list the window and the calendar read from says the same, and so does the captive's
    # history (the audit trail's old and new values).
    language("en")
    rows = {r.deadline.id: r for r in cf.reminders.rows(include_closed=True)}
    assert str(rows[appeal].deadline.status_reason) == NO_LONGER
    assert str(rows[history].deadline.status_reason) == FOR_THE_RECORD
    cid = cf.deadlines.get(appeal).captive_id
    history_of = cf.audit.for_captive(cid)
    assert NO_LONGER in [e.new_value for e in history_of if e.field == "status_reason"]
    made = [json.loads(e.new_value) for e in history_of if e.action.value == "create"
            and e.entity == "deadlines" and e.new_value and "status_reason" in e.new_value]
    assert made and {m["status_reason"] for m in made} == {FOR_THE_RECORD}


def test_an_old_files_reasons_read_as_written_beside_the_new_ones(
        any_case_file: CaseFile, language) -> None:
    """A file from before holds the reason as Russian text: it reads as written (nothing
    guesses it back into a message), while a reason written now reads in English."""
    cf = any_case_file
    appeal, history, _own = _written_in_russian(cf, language)
    with cf.ctx.transaction() as s:
        s.execute(update(Deadline).where(Deadline.id == appeal).values(status_reason=OLD_RUSSIAN))
    language("en")
    assert cf.deadlines.get(appeal).status_reason == OLD_RUSSIAN
    assert str(cf.deadlines.get(history).status_reason) == FOR_THE_RECORD
    # Undone and redone as the window's undo does (the values read, then written back), the
    # message stays a message and the old text stays text.
    before = cf.deadlines.get(history).status_reason
    cf.deadlines.update(history, status=DeadlineStatus.OPEN, status_reason="")
    cf.deadlines.update(history, status=DeadlineStatus.DISMISSED, status_reason=before)
    assert messages.text_of(cf.deadlines.get(history).status_reason, "hy") \
        == messages.text_of(before, "hy") != FOR_THE_RECORD


def test_the_daily_log_and_the_command_line_read_them_in_their_language(
        tmp_path: Path, _empty_template: Path, language,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services.outputs import daily_log
    from tests.conftest import TODAY, copy_of

    # Noon UTC on 27 November 2026: the same day in every time zone the tests may run in.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    db = copy_of(_empty_template, tmp_path / "case.db")
    cf = open_case_file(Location(path=db), actor="tester", today=lambda: TODAY)
    try:
        appeal, history, _own = _written_in_russian(cf, language)
        log = {lang: " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(
            daily_log(cf, day=TODAY, lang=lang).data)).pages) for lang in ("en", "hy")}
    finally:
        cf.close()
    assert "The rules no longer give a deadline" in log["en"]
    assert "Правила" not in log["en"] and "Правила" not in log["hy"]
    language("en")
    code, out, err = run("--lang", "en", "--db", str(db), "captives", "show", "1",
                         "--format", "json")
    assert code == 0, err
    reasons = {d["id"]: d["status_reason"] for d in json.loads(out)["deadlines"]}
    assert (reasons[appeal], reasons[history]) == (NO_LONGER, FOR_THE_RECORD)
    code, out, err = run("--lang", "hy", "--db", str(db), "captives", "show", "1",
                         "--format", "json")
    assert code == 0, err
    reasons = {d["id"]: d["status_reason"] for d in json.loads(out)["deadlines"]}
    assert ARMENIAN.search(reasons[appeal]) and not CYRILLIC.search(reasons[appeal])
