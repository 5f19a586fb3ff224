"""The last English a Russian or Armenian user met in the dossier's data and the deadlines'
notes: what a dossier leaves out is named by date and kind as the language writes them, the
co-defendants of a shared hearing under their names in the document's script, and a note
that the rules differ from a date set by hand is written in the user's language (and a note
already written in another language is not written again).

The expected texts are written out by hand as a reader of each language reads them; they need
``resources/translations/incoming/last-words.messages.json`` applied to the catalogues."""

from __future__ import annotations

import io

from pypdf import PdfReader

from caseapp.domain import messages
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _titles(summary, lang: str) -> dict[str, list[str]]:
    return {messages.text_of(o.section, lang): [messages.text_of(t, lang) for t in o.titles]
            for o in summary.omissions}


def test_what_a_dossier_leaves_out_is_named_in_the_language(case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Գևորգ Մանուկյան", "Gevorg Manukyan"], capture="2023-09-20",
                             status="pre_trial", sensitivity="shareable").id
    cf.captives.set_status(cid, "on_trial", effective_on="2023-10-04", level="internal")
    p = cf.prosecutions.create(captive_id=cid, case_number="1-55/2023", sensitivity="internal")
    cf.detention_orders.create(captive_id=cid, prosecution_id=p.id, start_date="2023-09-21",
                               term_months=4)
    cf.hearings.create(captive_ids=[cid], prosecution_id=p.id, starts_at="2023-12-05 10:00",
                       timezone="Asia/Baku", court="Baku Military Court", kind="preliminary")
    left_out = outputs.dossier_left_out(cf, cid, level="shareable")
    ru = [t for titles in _titles(left_out, "ru").values() for t in titles]
    hy = [t for titles in _titles(left_out, "hy").values() for t in titles]
    # dates as CLDR's short date in each language: 04.10.2023 (ru and hy alike)
    assert "04.10.2023 Под судом" in ru  # the status change of 4 October 2023
    assert "Уголовное дело 1-55/2023" in ru
    assert "21.09.2023 Постановление о заключении под стражу (Первоначальное)" in ru
    assert "05.12.2023 Судебное заседание (Предварительное слушание)" in ru
    assert "04.10.2023 Դատաքննության փուլում" in hy
    assert "Քրեական գործ 1-55/2023" in hy
    assert "05.12.2023 Դատական նիստ (Նախնական լսում)" in hy
    assert not any("order from" in t or "hearing" in t or "prosecution" in t for t in ru + hy)


def test_deadlines_left_out_are_named_by_the_rules_titles_in_the_language(
        case_file: CaseFile) -> None:
    """The title stored is the rule's English one; what a public dossier leaves out names the
    deadline as the rule does in the reader's language."""
    cf = case_file
    cid = cf.captives.create(names=["Գևորգ Մանուկյան"], capture="2023-09-20", status="pre_trial",
                             sensitivity="public", consent_publicity=True).id
    p = cf.prosecutions.create(captive_id=cid, case_number="1-56/2023")
    cf.detention_orders.create(captive_id=cid, prosecution_id=p.id,
                               start_date=cf.ctx.today().isoformat(), term_months=4)
    left_out = outputs.dossier_left_out(cf, cid, level="public")
    ru = [t for titles in _titles(left_out, "ru").values() for t in titles]
    hy = [t for titles in _titles(left_out, "hy").values() for t in titles]
    assert "Истекает срок постановления о заключении под стражу" in ru
    assert not any("Detention order expires" in t for t in ru + hy)


def test_the_captives_own_fields_left_out_are_named_by_their_labels(case_file: CaseFile) -> None:
    """The date of birth and the date of capture (with the days in custody counted from it)
    left out of a public dossier are named as the form names them, each once, in each
    language, not "birth" and "capture"."""
    cf = case_file
    cid = cf.captives.create(names=["Gevorg Manukyan"], birth="1980-05-02", capture="2023-09-20",
                             status="pre_trial", sensitivity="public", consent_publicity=True,
                             field_levels={"birth_date": "internal",
                                           "capture_date": "internal"}).id
    left_out = outputs.dossier_left_out(cf, cid, level="public")
    assert _titles(left_out, "en")["The captive's own fields"] == ["Date of birth", "Date of capture"]
    assert _titles(left_out, "ru")["Поля самого пленного"] == ["Дата рождения", "Дата пленения"]


def test_co_defendants_are_named_in_the_dossiers_script(case_file: CaseFile) -> None:
    cf = case_file
    one = cf.captives.create(names=["Gevorg Manukyan"], capture="2023-09-20",
                             status="on_trial", sensitivity="shareable").id
    # the co-defendant recorded in Armenian (primary), Cyrillic and Latin letters
    other = cf.captives.create(names=["Արամ Սարգսյան", "Арам Саргсян", "Aram Sargsyan"],
                               capture="2023-09-20", status="on_trial",
                               sensitivity="shareable").id
    cf.hearings.create(captive_ids=[one, other], starts_at="2023-12-05 10:00",
                       timezone="Asia/Baku", court="Baku Military Court", kind="preliminary",
                       sensitivity="shareable")
    text = {lang: _pdf_text(outputs.dossier(cf, one, level="shareable", author="Tester",
                                            lawyer=LawyerProfile(), lang=lang).data)
            for lang in ("en", "hy", "ru")}
    assert "Aram Sargsyan" in text["en"]
    assert "Арам Саргсян" in text["ru"] and "Aram Sargsyan" not in text["ru"]
    assert "Արամ Սարգսյան" in text["hy"] and "Aram Sargsyan" not in text["hy"]


def _rule_steps(d) -> list:
    return [s for s in d.explanation if getattr(s, "text", "") == "Rules differ: {reason}"]


def test_a_date_set_by_hand_is_noted_in_each_readers_language_once(case_file: CaseFile,
                                                                   language) -> None:
    """The note that the rules differ is data a colleague in another language, or a document
    in another language, reads later: it is kept as a step of the deadline's explanation (a
    message) and read in the reader's language, not written as text in the language of the
    user who happened to be at work."""
    cf = case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                             status="pre_trial").id
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20 11:00", timezone="Asia/Baku",
                       court="Baku Court", kind="verdict", outcome="Convicted")
    [appeal] = cf.deadlines.list(captive_id=cid)
    cf.deadlines.update(appeal.id, due_on="2026-12-08")  # the lawyer's own date
    language("ru")
    cf.settings.set("procedure", "am")
    kept = cf.deadlines.get(appeal.id)
    assert kept.notes == ""  # the lawyer's notes are hers
    [step] = _rule_steps(kept)
    assert messages.text_of(step, "ru") == (
        "Расхождение с правилами: Правила больше не дают этот срок, но вы задали его дату "
        "вручную: он сохранён.")
    assert messages.text_of(step, "en") == (
        "Rules differ: The rules no longer give this deadline, but you set its date by hand: "
        "it is kept.")
    # the same reason again under Armenian: recognised, not repeated
    language("hy")
    cf.settings.set("procedure", "am")
    assert _rule_steps(cf.deadlines.get(appeal.id)) == [step]
    # az gives the appeal again on another day, then am does not: each difference replaces
    # the step of the one before (it named another day), one step saying why
    cf.settings.set("procedure", "az")
    cf.settings.set("procedure", "am")
    assert len(_rule_steps(cf.deadlines.get(appeal.id))) == 1
    assert "Կանոններն այլևս" in messages.text_of(_rule_steps(cf.deadlines.get(appeal.id))[0],
                                                "hy")
