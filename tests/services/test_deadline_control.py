"""Deadline control: closing or deleting a deadline with a note (audited with who and when),
hard deadlines never snoozed silently, the document a deadline came from, the daily log read
from the audit trail (day boundaries, levels), and the new fields in the JSON export."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from caseapp.config import Location
from caseapp.domain.enums import DeadlineStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.services import audit_trail, deadline_log, output_files, outputs
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

YEREVAN = ZoneInfo("Asia/Yerevan")  # UTC+4 all year


class Clock:
    """The time the audit trail records (``caseapp.services.audit_trail.utcnow``), set by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
        monkeypatch.setattr(audit_trail, "utcnow", lambda: self.now)

    def set(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


def _captive(cf: CaseFile, name: str, **fields: object) -> int:
    return cf.captives.create(names=[dict(full_name=name, is_primary=True)], **fields).id


def test_done_and_delete_keep_the_note_with_who_and_when(case_file: CaseFile,
                                                         clock: Clock) -> None:
    cf = case_file
    cid = _captive(cf, "Գարիկ Սահակյան")
    appeal = cf.deadlines.create(captive_id=cid, title="Appeal the extension", due_on="2026-12-03")
    brief = cf.deadlines.create(captive_id=cid, title="Brief to the ECHR", due_on="2026-12-20")
    clock.set(2026, 11, 27, 9, 15)
    done = cf.deadline_engine.mark_done(appeal.id, "  Lodged at the Baku Court of Appeal.  ")
    assert (done.status, done.status_reason) == (DeadlineStatus.DONE,
                                                 "Lodged at the Baku Court of Appeal.")
    clock.set(2026, 11, 27, 10, 40)
    cf.deadlines.delete(brief.id, note="Entered twice; the other one stays.")
    log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), zone=UTC)
    rows = [(e.at.strftime("%H:%M"), e.actor, e.kind, e.title, e.captive, e.due_on, e.note)
            for e in log.entries]
    assert rows == [
        ("08:00", "tester", "entered", "Appeal the extension", "Գարիկ Սահակյան",
         date(2026, 12, 3), ""),
        ("08:00", "tester", "entered", "Brief to the ECHR", "Գարիկ Սահակյան",
         date(2026, 12, 20), ""),
        ("09:15", "tester", "done", "Appeal the extension", "Գարիկ Սահակյան",
         date(2026, 12, 3), "Lodged at the Baku Court of Appeal."),
        # deleted: its due date as it stood, from the deletion's record
        ("10:40", "tester", "deleted", "Brief to the ECHR", "Գարիկ Սահակյան",
         date(2026, 12, 20), "Entered twice; the other one stays."),
    ]
    assert (log.count("entered"), log.count("done"), log.count("deleted")) == (2, 1, 1)


def _spaced(text: str) -> str:
    return text.replace("\xa0", " ")


def test_a_hard_deadline_is_not_snoozed_without_a_reason(case_file: CaseFile,
                                                         clock: Clock) -> None:
    cf = case_file
    cid = _captive(cf, "Ivan Petrov")
    hard = cf.deadlines.create(captive_id=cid, title="Reply to the Court's letter",
                               due_on="2026-12-10", hard=True)
    soft = cf.deadlines.create(captive_id=cid, title="Call the family", due_on="2026-12-10")
    with pytest.raises(ValidationError, match="hard deadline set by a court") as refused:
        cf.deadline_engine.snooze(hard.id, "2026-12-05")
    assert refused.value.field == "reason"
    assert cf.deadlines.get(hard.id).notes == ""  # nothing written
    # A soft one snoozes as before; the hard one with a reason, kept on the snooze line.
    # (the day as the reader's language writes it: the line is stored as a message)
    assert _spaced(cf.deadline_engine.snooze(soft.id, "2026-12-05").notes) == \
        "Snoozed until 5 Dec 2026."
    clock.set(2026, 11, 27, 12, 0)
    snoozed = cf.deadline_engine.snooze(hard.id, date(2026, 12, 5), reason="Registry closed")
    assert _spaced(snoozed.notes) == "Snoozed until 5 Dec 2026: Registry closed"
    # TODAY is 27 Nov: a deadline snoozed to 5 Dec is out of the next 30 days' reminders.
    assert hard.id not in [r.deadline.id for r in cf.reminders.due(30)]
    log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), zone=UTC)
    last = log.entries[-1]
    assert (last.kind, last.hard, last.until, last.note) == ("snoozed", True, date(2026, 12, 5),
                                                             "Registry closed")


def test_a_deadline_links_only_a_document_of_its_own_captive(case_file: CaseFile) -> None:
    cf = case_file
    mine, other = _captive(cf, "Anna Lee"), _captive(cf, "Rustam Aliyev")
    order = cf.documents.create(captive_id=mine, title="Extension order", content=b"%PDF-order")
    foreign = cf.documents.create(captive_id=other, title="Their letter", content=b"letter")
    d = cf.deadlines.create(captive_id=mine, title="Appeal", due_on="2026-12-03",
                            document_id=order.id)
    assert d.document_id == order.id
    with pytest.raises(ValidationError, match="belongs to another captive") as exc:
        cf.deadlines.update(d.id, document_id=foreign.id)
    assert exc.value.field == "document_id"
    with pytest.raises(ValidationError, match="no document with ID 999"):
        cf.deadlines.update(d.id, document_id=999)
    assert cf.deadlines.get(d.id).document_id == order.id


def test_the_day_runs_midnight_to_midnight_in_the_zone_asked(case_file: CaseFile,
                                                             clock: Clock) -> None:
    cf = case_file
    clock.set(2026, 11, 27, 19, 59)  # 23:59 in Yerevan on the 27th
    cf.deadlines.create(title="Late on the 27th", due_on="2026-12-01")
    clock.set(2026, 11, 27, 20, 0)  # 00:00 in Yerevan on the 28th
    cf.deadlines.create(title="Early on the 28th", due_on="2026-12-01")
    on_27 = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), zone=YEREVAN)
    on_28 = deadline_log.daily_log(cf.ctx, date(2026, 11, 28), zone=YEREVAN)
    assert [(e.title, f"{e.at:%H:%M}") for e in on_27.entries] == [("Late on the 27th", "23:59")]
    assert [(e.title, f"{e.at:%H:%M}") for e in on_28.entries] == [("Early on the 28th", "00:00")]
    assert on_28.zone == "Asia/Yerevan"


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_a_day_at_the_ends_of_the_calendar_is_refused_in_a_sentence(case_file: CaseFile,
                                                                    day: date) -> None:
    """1 January of the year 1 began in Yerevan in the year 0 (UTC), and 31 December 9999 has
    no next midnight: the log stopped with an overflow (“an unexpected error”)."""
    with pytest.raises(ValidationError) as refused:
        deadline_log.daily_log(case_file.ctx, day, zone=YEREVAN)
    assert refused.value.message.render("en") == (
        f"There is no daily log of {day.isoformat()}: deadlines are kept for the years 1900 "
        "to 2199.")


def test_changes_dismissals_and_reopening_are_told_apart(case_file: CaseFile,
                                                         clock: Clock) -> None:
    cf = case_file
    d = cf.deadlines.create(title="Submit observations", due_on="2026-12-01")
    clock.set(2026, 11, 27, 9, 0)
    cf.deadlines.update(d.id, due_on="2026-12-08", hard=True)
    clock.set(2026, 11, 27, 9, 1)
    cf.deadline_engine.dismiss(d.id, "The Court struck the case out.")
    clock.set(2026, 11, 27, 9, 2)
    cf.deadlines.update(d.id, status="open", status_reason="")
    log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), zone=UTC)
    assert [e.kind for e in log.entries] == ["entered", "changed", "dismissed", "reopened"]
    changed = log.entries[1]
    assert [(c.field, c.old, c.new) for c in changed.changes] == [
        ("due_on", "2026-12-01", "2026-12-08"), ("hard", "False", "True")]
    assert log.entries[2].note == "The Court struck the case out."


def test_each_line_gives_the_due_date_as_it_then_stood(case_file: CaseFile,
                                                       clock: Clock) -> None:
    cf = case_file
    d = cf.deadlines.create(title="Appeal", due_on="2026-12-01")
    clock.set(2026, 11, 27, 9, 0)
    cf.deadlines.update(d.id, due_on="2026-12-04")
    clock.set(2026, 11, 27, 10, 0)
    cf.deadlines.update(d.id, due_on="2026-12-07", hard=True)
    # Two writes in the same second (the trail keeps whole seconds) are still told apart.
    clock.set(2026, 11, 27, 11, 0)
    cf.deadline_engine.snooze(d.id, "2026-12-02", reason="Waiting for the translation")
    cf.deadline_engine.mark_done(d.id, "Filed")
    log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), zone=UTC)
    assert [(e.kind, e.due_on, e.hard, e.note) for e in log.entries] == [
        ("entered", date(2026, 12, 1), False, ""),
        ("changed", date(2026, 12, 4), False, ""),
        ("changed", date(2026, 12, 7), True, ""),
        ("snoozed", date(2026, 12, 7), True, "Waiting for the translation"),
        ("done", date(2026, 12, 7), True, "Filed"),
    ]


def test_the_log_leaves_out_what_is_above_its_level(case_file: CaseFile, clock: Clock) -> None:
    cf = case_file
    consented = _captive(cf, "Public Person", consent_publicity=True, sensitivity="public")
    quiet = _captive(cf, "Quiet Person", sensitivity="public")  # no consent to publicity
    for level in ("public", "shareable", "internal"):
        cf.deadlines.create(captive_id=consented, title=f"MARK-{level}", due_on="2026-12-01",
                            sensitivity=level)
    cf.deadlines.create(captive_id=quiet, title="MARK-unconsented", due_on="2026-12-01",
                        sensitivity="public")
    gone = cf.deadlines.create(title="MARK-deleted-internal", due_on="2026-12-01",
                               sensitivity="internal")
    cf.deadlines.delete(gone.id, note="MARK-note-of-internal")
    seen = {}
    for level in Sensitivity:
        log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), level=level, zone=UTC)
        seen[level] = {e.title for e in log.entries}
    assert seen[Sensitivity.PUBLIC] == {"MARK-public"}
    assert seen[Sensitivity.SHAREABLE] == {"MARK-public", "MARK-shareable", "MARK-unconsented"}
    assert seen[Sensitivity.INTERNAL] == {"MARK-public", "MARK-shareable", "MARK-internal",
                                          "MARK-unconsented", "MARK-deleted-internal"}
    # The printed log: the same, names and notes included, and the level on every page.
    markers = {"MARK-public", "MARK-shareable", "MARK-internal", "MARK-unconsented",
               "MARK-deleted-internal", "MARK-note-of-internal", "Quiet Person"}
    printed = {
        Sensitivity.PUBLIC: {"MARK-public"},
        Sensitivity.SHAREABLE: {"MARK-public", "MARK-shareable", "MARK-unconsented",
                                "Quiet Person"},
        Sensitivity.INTERNAL: markers,
    }
    for level, expected in printed.items():
        made = outputs.daily_log(cf, day=date(2026, 11, 27), level=level, zone=UTC)
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made.data)).pages)
        assert {m for m in markers if m in text} == expected, level
        assert f"Printed at the {level.value.upper()} level" in text


def test_export_carries_hard_and_the_document_and_old_exports_still_import(
        case_file: CaseFile, tmp_path: Path) -> None:
    cf = case_file
    cid = _captive(cf, "Anna Lee")
    order = cf.documents.create(captive_id=cid, title="Order", content=b"order-bytes")
    cf.deadlines.create(captive_id=cid, title="Hard one", due_on="2026-12-03", hard=True,
                        document_id=order.id)
    cf.deadlines.create(captive_id=cid, title="Soft one", due_on="2026-12-04")
    path = tmp_path / "export.json"
    cf.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = {r["title"]: r for r in data["tables"]["deadlines"]}
    assert (rows["Hard one"]["hard"], rows["Hard one"]["document_uid"]) == (True, order.uid)
    assert (rows["Soft one"]["hard"], rows["Soft one"]["document_uid"]) == (False, None)

    fresh = open_case_file(Location(path=tmp_path / "new.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        fresh.import_json(path)
        got = {d.title: d for d in fresh.deadlines.list()}
        assert got["Hard one"].hard is True
        assert fresh.documents.get(got["Hard one"].document_id).uid == order.uid
    finally:
        fresh.close()

    # An export written before revision 0009 has neither field: its deadlines come in soft
    # and unlinked.
    for row in data["tables"]["deadlines"]:
        del row["hard"], row["document_uid"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    older = open_case_file(Location(path=tmp_path / "older.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        older.import_json(old)
        assert {(d.title, d.hard, d.document_id) for d in older.deadlines.list()} == {
            ("Hard one", False, None), ("Soft one", False, None)}
    finally:
        older.close()


def _printed(made: output_files.Output) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made.data)).pages)


def test_the_log_leaves_out_what_a_deadline_held_while_it_was_above_the_level(
        case_file: CaseFile, clock: Clock) -> None:
    """A deadline entered internal, then cleaned and made public: its entry and its change
    print the title and notes it had while internal, so they stay out below internal."""
    cf = case_file
    cid = _captive(cf, "Public Person", consent_publicity=True, sensitivity="public")
    d = cf.deadlines.create(captive_id=cid, title="MARK-OLD-TITLE meet the source",
                            notes="MARK-OLD-NOTES", due_on="2026-12-22", sensitivity="internal")
    clock.set(2026, 11, 27, 9, 0)
    cf.deadlines.update(d.id, title="Meeting", notes="clean", sensitivity="public")
    clock.set(2026, 11, 27, 10, 0)
    cf.deadline_engine.mark_done(d.id, "MARK-DONE-PUBLIC")
    for level in (Sensitivity.PUBLIC, Sensitivity.SHAREABLE):
        log = deadline_log.daily_log(cf.ctx, date(2026, 11, 27), level=level, zone=UTC)
        assert [(e.kind, e.title) for e in log.entries] == [("done", "Meeting")], level
        assert [o.count for o in log.omitted] == [2]  # the entry and the change, for the lawyer
        text = _printed(outputs.daily_log(cf, day=date(2026, 11, 27), level=level, zone=UTC))
        assert "MARK-DONE-PUBLIC" in text
        assert "MARK-OLD" not in text, level
    internal = _printed(outputs.daily_log(cf, day=date(2026, 11, 27), zone=UTC))
    assert "MARK-OLD-TITLE" in internal and "MARK-OLD-NOTES" in internal


@pytest.mark.parametrize("lang, expected, unexpected", [
    ("ru", ["Контроль сроков: журнал за день", "27 ноября 2026 г.", "Тигран Варданян",
            "Истекает срок постановления о заключении под стражу", "Отложен до 05.12.2026",
            "Registry closed", "дата срока: 01.12.2026 → 08.12.2026",
            "пресекательный срок: нет → да", "уровень: для передачи → публичный",
            "Страница 1 из 1"],
     ["Deadline control", "Detention order expires", "Snoozed", "Entered", "True", "False",
      "2026-12-08", "Տիգրան", "Page"]),
    ("hy", ["Ժամկետների վերահսկում. օրվա մատյան", "Տիգրան Վարդանյան", "Registry closed",
            "Հետաձգված է մինչև"],
     ["Deadline control", "Detention order expires", "Snoozed", "Entered", "True",
      "2026-12-08", "Тигран"]),
    ("en", ["Deadline control: daily log", "Tigran Vardanyan", "Detention order expires",
            "Snoozed until 5 Dec 2026", "due date: 1 Dec 2026 → 8 Dec 2026",
            "hard deadline: no → yes"],
     ["Տիգրան", "2026-12-08", "True"]),
])
def test_the_printed_log_is_in_the_language_asked(case_file: CaseFile, clock: Clock, lang: str,
                                                  expected: list[str],
                                                  unexpected: list[str]) -> None:
    """The log in Russian or Armenian: its headings, the rules' titles, the captive's name in
    the language's script, dates, yes and no, levels and snoozes in that language."""
    cf = case_file
    cid = cf.captives.create(names=[
        dict(full_name="Տիգրան Վարդանյան", language="hy", is_primary=True),
        dict(full_name="Tigran Vardanyan", language="en", kind="transliteration"),
        dict(full_name="Тигран Варданян", language="ru", kind="transliteration")]).id
    d = cf.deadlines.create(captive_id=cid, title="Detention order expires",
                            due_on="2026-12-01", sensitivity="shareable")
    clock.set(2026, 11, 27, 9, 0)
    cf.deadlines.update(d.id, due_on="2026-12-08", hard=True, sensitivity="public")
    clock.set(2026, 11, 27, 10, 0)
    cf.deadline_engine.snooze(d.id, "2026-12-05", reason="Registry closed")
    text = _printed(outputs.daily_log(cf, day=date(2026, 11, 27), zone=UTC, lang=lang))
    text = " ".join(text.split())
    assert [x for x in expected if x not in text] == []
    assert [x for x in unexpected if x in text] == []


def test_what_the_log_leaves_out_is_named_in_the_users_language(case_file: CaseFile,
                                                                clock: Clock) -> None:
    """The section and a rule's title, in Russian or Armenian, whatever the language the log
    is printed in."""
    from caseapp.domain.messages import text_of

    cf = case_file
    cid = _captive(cf, "Public Person", consent_publicity=True, sensitivity="public")
    cf.deadlines.create(captive_id=cid, title="Detention order expires", due_on="2026-12-01",
                        sensitivity="internal")
    made = outputs.daily_log(cf, day=date(2026, 11, 27), level="public", zone=UTC)
    (omission,) = made.left_out.omissions
    assert text_of(omission.section, "ru") == "Сроки"
    assert text_of(omission.titles[0], "ru").endswith(
        " Истекает срок постановления о заключении под стражу")
    assert "Detention order expires" not in text_of(omission.titles[0], "hy")


def test_the_days_of_the_other_season_run_midnight_to_midnight_on_the_laptops_clock(
        case_file: CaseFile, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """In Paris in November (winter time), the log of a July day runs from midnight summer
    time, prints its times on the summer clock and names the zone: it ran from 01:00 (the
    winter offset of the day it was printed), its 00:30 was printed as 23:30 of the day before
    and left out, and the zone was named "CET" for a day in July."""
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        cf = case_file
        clock.set(2026, 7, 9, 22, 30)  # 00:30 in Paris on 10 July (summer time, UTC+2)
        cf.deadlines.create(title="Just after midnight", due_on="2026-12-01")
        clock.set(2026, 7, 10, 21, 45)  # 23:45 in Paris on 10 July
        cf.deadlines.create(title="Before midnight", due_on="2026-12-01")
        log = deadline_log.daily_log(cf.ctx, date(2026, 7, 10))
        assert [(e.title, f"{e.at:%H:%M}") for e in log.entries] == [
            ("Just after midnight", "00:30"), ("Before midnight", "23:45")]
        assert log.zone == "Europe/Paris"
    finally:
        monkeypatch.undo()
        time.tzset()
