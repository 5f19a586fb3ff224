"""A deadline the rules no longer give is closed saying so, naming the rule: the reader reads
the rule's title in her language (the rule file's title_hy, title_ru), in the deadline's
details, the captive's History tab and the dashboard's recent changes (the audit log), never
its id ("az.verdict.appeal"). A reason stored before with the id (an older file) is named the
same way when read; a rule no longer in force keeps its id, the only name left for it."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from caseapp.db.models import Deadline
from caseapp.domain import messages
from caseapp.domain.deadline_steps import load_steps
from caseapp.domain.messages import Translated
from caseapp.domain.recompute import obsolete_reason
from caseapp.domain.rule_names import rules_named
from caseapp.services import audit_trail
from caseapp.services.casefile import CaseFile

TITLES = {"hy": "Վերաքննիչ բողոք դատավճռի դեմ (հրապարակումից 20 օր)",
          "ru": "Апелляционная жалоба на приговор (20 суток с оглашения)"}
# What no reader of Armenian or Russian should meet in the sentence: an id, a code.
RAW = re.compile(r"[A-Za-z_]")


def _closed_by_the_rules(cf: CaseFile) -> tuple[int, int]:
    """A verdict's appeal the rules stop giving (the procedure changes to Armenia's): the
    captive's and the deadline's ids."""
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2025-05-01",
                             status="pre_trial").id
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20 11:00", timezone="Asia/Baku",
                       court="Baku Court", kind="verdict", outcome="Convicted")
    [appeal] = [d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == "az.verdict.appeal"]
    cf.settings.set("procedure", "am")
    return cid, appeal.id


def _read(cf: CaseFile, cid: int, deadline_id: int, lang: str, language) -> list[str]:
    """The reason as the deadline's details, the History tab and the recent changes show it."""
    language(lang)
    said = [messages.text_of(cf.deadlines.get(deadline_id).status_reason)]
    said += [e.new_value or "" for e in cf.audit.for_captive(cid)
             if e.field == "status_reason" and e.new_value]
    said += [e.new_value or "" for e in cf.audit.recent(100)
             if e.field == "status_reason" and e.new_value]
    return said


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_rule_is_named_by_its_title_in_the_readers_language(
        case_file: CaseFile, language, lang: str) -> None:
    language("ru" if lang == "hy" else "hy")  # written under the other language
    cid, appeal = _closed_by_the_rules(case_file)
    said = _read(case_file, cid, appeal, lang, language)
    assert len(said) == 3
    for text in said:
        assert TITLES[lang] in text, text
        assert not RAW.search(text), text


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_a_reason_stored_with_the_rules_id_is_named_by_its_title(
        case_file: CaseFile, language, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a file written before stored it: the id in the message; read now, the title."""
    monkeypatch.setattr("caseapp.services.deadline_writes.rules_named",
                        lambda value, _titles: value, raising=False)
    cid, appeal = _closed_by_the_rules(case_file)
    with case_file.ctx.read() as s:
        stored = s.scalar(select(Deadline.status_reason).where(Deadline.id == appeal))
    assert stored is not None and "az.verdict.appeal" in stored  # the old form, as stored
    said = _read(case_file, cid, appeal, lang, language)
    assert len(said) == 3
    for text in said:
        assert TITLES[lang] in text, text
        assert not RAW.search(text), text


def test_a_rule_no_longer_in_force_keeps_its_id() -> None:
    titled = Translated((("en", "“Appeal”"), ("hy", "«Բողոք»")))
    known = {"az.verdict.appeal": titled}
    assert rules_named(obsolete_reason("az.verdict.appeal"), known.get).render("hy").count(
        "«Բողոք»") == 1
    gone = rules_named(obsolete_reason("xx.gone"), known.get)
    assert "xx.gone" in gone.render("en") and "xx.gone" in gone.render("hy")


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_daily_log_names_the_rule_of_a_reason_stored_with_its_id(
        case_file: CaseFile, language, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily log of deadline control reads the audit trail as the History tab does: a
    reason a file written before stored with the rule's id prints the rule's title."""
    from caseapp.services.outputs import daily_log
    from tests.conftest import TODAY

    # Noon UTC on 27 November 2026: the same day in every time zone the tests may run in.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    monkeypatch.setattr("caseapp.services.deadline_writes.rules_named",
                        lambda value, _titles: value, raising=False)
    _closed_by_the_rules(case_file)
    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(
        daily_log(case_file, day=TODAY, lang=lang).data)).pages)
    # quoted in the reason (the deadline is titled so too); it may break over lines in the
    # table's cell: compared without spaces
    assert "".join(f"«{TITLES[lang]}»".split()) in "".join(printed.split()), printed
    assert "az.verdict" not in printed, printed


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_history_names_the_rule_a_step_was_set_off_by(case_file: CaseFile, language,
                                                         lang: str) -> None:
    """An order's motions are set off by its expiry's deadline: the History tab (the
    created deadline's values, a changed explanation) names that rule by its title."""
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2025-05-01",
                                    status="pre_trial").id
    order = case_file.detention_orders.create(captive_id=cid, start_date="2026-10-10",
                                              term_months=2)
    case_file.detention_orders.update(order.id, expires_on="2026-12-20")
    language(lang)
    steps = []
    for e in case_file.audit.for_captive(cid):
        if e.entity == "deadlines" and e.field == "explanation":
            steps += [*load_steps(json.loads(e.new_value or "[]")),
                      *load_steps(json.loads(e.old_value or "[]"))]
        elif e.entity == "deadlines" and e.new_value and e.new_value.startswith("{"):
            steps += load_steps(json.loads(e.new_value).get("explanation") or [])
    said = [messages.text_of(step) for step in steps]
    titled = "«Истекает срок" if lang == "ru" else "«Կալանավորման"  # the expiry rule's title
    assert [s for s in said if titled in s], said
    assert not [s for s in said if "az.detention" in s], said
