"""A deadline's explanation as the case file keeps it: the engine stores its steps as messages,
so they show in the language asked for later (the interface's, a document's); an explanation
stored as English text before keeps showing as it was written."""

from __future__ import annotations

import json
from datetime import date

from icalendar import Calendar
from sqlalchemy import text

from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

EXPIRY = "az.detention.expiry"
NBSP = "\u00a0"


def recorded_order(cf: CaseFile) -> tuple[int, int]:
    captive = cf.captives.create(names=["Վարդան Պետրոսյան"], capture="2026-06-01",
                                 status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31", term_months=4)
    expiry = next(d for d in cf.deadlines.list(captive_id=captive.id) if d.rule_id == EXPIRY)
    return captive.id, expiry.id


def test_the_steps_are_stored_as_messages_and_read_in_russian(case_file: CaseFile) -> None:
    _, deadline_id = recorded_order(case_file)
    with case_file.db.engine.begin() as conn:
        stored = conn.execute(text("SELECT explanation FROM deadlines WHERE id = :id"),
                              {"id": deadline_id}).scalar_one()
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert stored[0] == {"text": "trigger {day}", "values": {"day": {"weekday_date": "2026-10-31"}}}
    expiry = case_file.deadlines.get(deadline_id)
    assert all(isinstance(s, Message) for s in expiry.explanation)
    # Saturday 31 October 2026 + 4 months = 28 February 2027 (no 31 February)
    assert [s.render("ru").replace(NBSP, " ") for s in expiry.explanation] == [
        "событие-основание: сб, 31.10.2026",
        "истечение срока постановления — 28.02.2027: его начало 31.10.2026 плюс 4 месяца (день "
        "за концом месяца сдвигается на последний день месяца), вычислено при записи "
        "постановления",
    ]


def test_an_old_english_explanation_is_still_shown_as_written(case_file: CaseFile) -> None:
    _, deadline_id = recorded_order(case_file)
    old = ["trigger 2026-10-31 (Saturday)", "+4 months → 2027-02-28 (clamped)"]
    with case_file.db.engine.begin() as conn:  # as a case file of an earlier version has it
        conn.execute(text("UPDATE deadlines SET explanation = :e WHERE id = :id"),
                     {"e": json.dumps(old), "id": deadline_id})
    assert case_file.deadlines.get(deadline_id).explanation == tuple(old)
    events = Calendar.from_ical(outputs.calendar(case_file, level="internal", lang="ru").data)
    described = [str(e.get("description")) for e in events.walk("VEVENT")
                 if "Истекает срок" in str(e.get("summary"))]
    assert described and "trigger 2026-10-31 (Saturday)\n+4 months → 2027-02-28 (clamped)" \
        in described[0]


def test_documents_give_the_rule_title_and_steps_in_their_language(case_file: CaseFile) -> None:
    captive_id, _ = recorded_order(case_file)
    events = Calendar.from_ical(outputs.calendar(case_file, level="internal", lang="hy").data)
    expiry = next(e for e in events.walk("VEVENT") if e.get("dtstart").dt == date(2027, 2, 28))
    assert str(expiry.get("summary")).startswith(
        "Ժամկետ՝ Կալանավորման մասին որոշման ժամկետը լրանում է")
    assert "հիմք հանդիսացող իրադարձություն՝ 31.10.2026," in str(expiry.get("description"))
    lawyer = LawyerProfile(name="Anna Example", city="Yerevan")
    made = outputs.dossier(case_file, captive_id, level="internal", author="A", lawyer=lawyer,
                           lang="ru")
    titles = {d.title for d in made.record.domestic_deadlines}
    assert "Истекает срок постановления о заключении под стражу" in titles
    assert made.record.domestic_deadlines[0].due_on >= date(2026, 11, 27)
