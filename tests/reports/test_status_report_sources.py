"""The status report says where each next deadline comes from: a deadline a rule computed is
numbered after its date, and the numbers' list under the captives' table gives each rule's
source in the report's language (the XLSX has the source in a column of its own). A deadline
entered by hand, or whose date the lawyer changed, cites no rule; the dossier says such a
date was set by hand. Nothing is cited for a deadline the level leaves out."""

from __future__ import annotations

import io
from datetime import timedelta

import openpyxl
import pytest

from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.texts import format_date_short
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.reports.conftest import pdf_text

CASSATION = {"en": "AZ CCrP Art. 410.1.1: a cassation complaint within one month",
             "ru": "УПК Азербайджанской Республики, ст. 410.1.1",
             "hy": "Ադրբեջանի Հանրապետության քրեական դատավարության օրենսգիրք, հոդված 410.1.1"}
HEADING = {"en": "Sources of the deadlines", "ru": "Источники сроков",
           "hy": "Ժամկետների աղբյուրները"}
COLUMN = {"en": "Rule's source", "ru": "Источник правила", "hy": "Կանոնի աղբյուր"}
VERDICT = "AZ CCrP Art. 384: an appeal against a first-instance verdict"  # az.verdict.appeal


def _text(data: bytes) -> str:
    return " ".join(" ".join(pdf_text(data)).replace("\xa0", " ").split())


def _captive(cf: CaseFile, name: str, **values: object) -> int:
    return cf.captives.create(names=[name], capture="2024-11-20", status="on_trial",
                              **values).id


def _workbook_rows(data: bytes) -> dict[int, dict[str, object]]:
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [str(h) for h in next(rows)]
    return {int(r[0]): dict(zip(header, r, strict=True)) for r in rows}  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_a_computed_deadline_is_numbered_and_its_rules_source_listed(case_file: CaseFile,
                                                                     lang: str) -> None:
    today = case_file.ctx.today()
    aram = _captive(case_file, "Aram Sargsyan")
    case_file.deadline_engine.from_rule(captive_id=aram, rule_id="az.cassation",
                                        trigger=today - timedelta(days=3))
    out = outputs.status_report(case_file, level="internal", author="", lang=lang)
    text = _text(out.data)
    assert HEADING[lang] in text
    assert f"[1] {CASSATION[lang]}" in text  # the list: the number, then the source
    due = out.record.rows[0].next_deadline
    assert due is not None
    assert f"{format_date_short(due, lang)} [1]".replace("\xa0", " ") in text
    assert text.count("[1]") == 2  # after the date, and in the list
    row = _workbook_rows(outputs.status_report(case_file, level="internal", author="",
                                               fmt="xlsx", lang=lang).data)[aram]
    assert CASSATION[lang] in str(row[COLUMN[lang]])
    if lang != "en":
        assert "AZ CCrP" not in text and "AZ CCrP" not in str(row[COLUMN[lang]])


def test_each_rule_is_numbered_once_in_the_order_the_table_cites_it(case_file: CaseFile) -> None:
    today = case_file.ctx.today()
    ids = [_captive(case_file, name) for name in ("Aram Abrahamyan", "Babken Babayan",
                                                  "Vardan Vardanyan")]
    rules = ("az.verdict.appeal", "az.cassation", "az.verdict.appeal")
    for cid, rule in zip(ids, rules, strict=True):
        case_file.deadline_engine.from_rule(captive_id=cid, rule_id=rule,
                                            trigger=today - timedelta(days=3))
    text = _text(outputs.status_report(case_file, level="internal", author="").data)
    listed = text.split(HEADING["en"], 1)[1]
    assert f"[1] {VERDICT}" in listed and f"[2] {CASSATION['en']}" in listed
    assert "[3]" not in text
    table = text.split(HEADING["en"], 1)[0]
    assert table.count("[1]") == 2 and table.count("[2]") == 1


def test_a_deadline_entered_or_dated_by_hand_cites_no_rule(case_file: CaseFile) -> None:
    today = case_file.ctx.today()
    by_hand = _captive(case_file, "Aram Sargsyan")
    case_file.deadlines.create(captive_id=by_hand, title="Ask the court for the file",
                               due_on=today + timedelta(days=5))
    changed = _captive(case_file, "Vardan Vardanyan")
    (computed,) = case_file.deadline_engine.from_rule(
        captive_id=changed, rule_id="az.cassation", trigger=today - timedelta(days=3))
    case_file.deadlines.update(computed.id, due_on=computed.due_on + timedelta(days=2))
    out = outputs.status_report(case_file, level="internal", author="")
    assert [r.next_deadline_source for r in out.record.rows] == [None, None]
    text = _text(out.data)
    assert "[1]" not in text and HEADING["en"] not in text and "410.1.1" not in text
    rows = _workbook_rows(outputs.status_report(case_file, level="internal", author="",
                                                fmt="xlsx").data)
    assert rows[by_hand][COLUMN["en"]] is None and rows[changed][COLUMN["en"]] is None
    # the dossier still names the rule, saying the date is the lawyer's, not the rule's
    dossier = _text(outputs.dossier(case_file, changed, level="internal", author="",
                                    lawyer=LawyerProfile(), lang="en").data)
    assert f"Date set by hand; its rule's source: {CASSATION['en']}" in dossier
    assert f"Source: {CASSATION['en']}" not in dossier


def test_a_deadline_above_the_level_cites_nothing(case_file: CaseFile) -> None:
    today = case_file.ctx.today()
    aram = _captive(case_file, "Aram Sargsyan", sensitivity="shareable")
    (hidden,) = case_file.deadline_engine.from_rule(captive_id=aram, rule_id="az.cassation",
                                                    trigger=today - timedelta(days=3))
    case_file.deadlines.update(hidden.id, sensitivity="internal")
    case_file.deadline_engine.from_rule(
        captive_id=aram, rule_id="az.verdict.appeal",
        trigger=today + timedelta(days=40))
    internal = _text(outputs.status_report(case_file, level="internal", author="").data)
    assert CASSATION["en"] in internal and VERDICT not in internal  # the earlier one is next
    shareable = outputs.status_report(case_file, level="shareable", author="")
    text = _text(shareable.data)
    assert CASSATION["en"] not in text and "410.1.1" not in text
    assert f"[1] {VERDICT}" in text  # the next deadline the level shows, and its rule
    row = _workbook_rows(outputs.status_report(case_file, level="shareable", author="",
                                               fmt="xlsx").data)[aram]
    assert VERDICT in str(row[COLUMN["en"]]) and "410.1.1" not in str(row[COLUMN["en"]])
    public = _text(outputs.status_report(case_file, level="public", author="").data)
    assert HEADING["en"] not in public and "[1]" not in public  # no deadlines in public
