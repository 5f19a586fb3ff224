"""The services' errors and notices reach the user in her language: under Russian and Armenian
a representative of each kind (a record not found, a broken rule naming a field and a date,
a refusal to write over the case file, a setting's refused value with a plural, a case file
error, a notice of the reminders) reads without an English word, names and paths aside, and
the command line prints it so."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.errors import CaseFileError, NotFound, ValidationError
from caseapp.domain.messages import msg
from caseapp.services.restore import restore

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")



def _no_english(text: str, *allowed: str) -> None:
    for part in allowed:  # names, paths and codes the user gave stay as written
        text = text.replace(part, "")
    assert not LATIN_WORD.search(text), text


def test_a_record_not_found_is_named_in_the_language(case_file, language) -> None:
    with pytest.raises(NotFound) as missing:
        case_file.captives.get(404)
    # English as before, the kind of record a message of its own
    assert str(missing.value) == "There is no captive with ID 404."
    assert missing.value.message.render("ru") == "Не найдено: пленный № 404."
    assert missing.value.message.render("hy") == "Չի գտնվել՝ գերի № 404։"
    with pytest.raises(NotFound) as hearing:
        case_file.hearings.get(7)
    assert hearing.value.message.render("ru") == "Не найдено: судебное заседание № 7."


def test_a_broken_rule_names_the_date_as_the_language_writes_it(case_file, language) -> None:
    with pytest.raises(ValidationError) as future:
        case_file.captives.create(names=["Արամ Պետրոսյան"], capture="2090-03-04")
    assert future.value.field == "capture"
    message = future.value.message
    # 4 March 2090: CLDR's short date of each language, the phrase a message of its own
    assert message.render("en") == "The capture (4\u00a0Mar\u00a02090) is in the future."
    assert message.render("ru") == "Пленение (04.03.2090) — дата в будущем."
    _no_english(message.render("hy"))
    language("ru")
    assert str(future.value) == "Пленение (04.03.2090) — дата в будущем."


def test_a_field_is_named_by_its_label_in_the_language(case_file, language) -> None:
    captive = case_file.captives.create(names=["Ани Саргсян"])
    with pytest.raises(ValidationError) as unchanged:
        case_file.captives.update(captive.id, created_at="2026-01-01")
    assert unchanged.value.message.render("ru") == "Поле «created_at» изменить нельзя."
    with pytest.raises(ValidationError) as long_name:  # a person's name (a contact's)
        case_file.contacts.create(name="Ա" * 1001)
    # 300 characters at most: "300" takes the Russian "many" form
    assert long_name.value.message.render("ru") == "Поле «Имя» длиннее 300 символов."
    assert long_name.value.message.render("en") == "Name is longer than 300 characters."
    _no_english(long_name.value.message.render("hy"))


def test_a_refused_output_says_why_in_the_language(case_file, language) -> None:
    target = Path(case_file.db.path)
    with pytest.raises(ValidationError) as refused:
        case_file.output_guard.check(target, what=msg("the dossier"))
    assert refused.value.message.render("en") == (
        f"{target} is the open case file: the dossier was not written and nothing was changed. "
        "Choose another file name.")
    assert refused.value.message.render("ru") == (
        f"{target} — открытый файл дела: не записано (досье), ничего не изменено. "
        "Выберите другое имя файла.")
    _no_english(refused.value.message.render("hy"), str(target))


def test_a_refused_setting_counts_in_the_language(case_file, language) -> None:
    with pytest.raises(ValidationError) as refused:
        case_file.settings.set("lawyer_city", "Ք" * 201)
    shown = refused.value.message.render("ru")
    # 200 characters at most: "200" takes the Russian "many" form, "символов"
    assert shown.startswith("Настройка дела «lawyer_city» не может быть «")
    assert shown.endswith(": не более 200 символов.")
    assert refused.value.message.render("hy").endswith("՝ առավելագույնը 200 նիշ։")
    with pytest.raises(ValidationError) as days:
        case_file.settings.set("expiry_warning_days", "много")
    _no_english(days.value.message.render("ru"), "expiry_warning_days")


def test_a_case_file_error_names_the_file_in_the_language(tmp_path, language) -> None:
    gone = tmp_path / "nowhere.db"
    with pytest.raises(CaseFileError) as missing:
        restore(gone, tmp_path / "new.db", passphrase=None)
    assert missing.value.bad_input
    assert missing.value.message.render("ru") == f"Резервной копии {gone} нет."
    assert missing.value.message.render("hy") == f"{gone} հասցեում պահուստային պատճեն չկա։"


def test_a_reminder_notice_is_in_the_language(case_file, language) -> None:
    case_file.captives.create(names=["Գևորգ Մանուկյան"], status="pre_trial", capture="2024-05-01")

    def forgotten() -> list[str]:
        return [i.text for i in case_file.reminders.attention().items if i.kind == "forgotten"]

    assert forgotten() == ["Nothing ahead: no deadline still to come and no hearing to come."]
    language("ru")  # the notice is written in the language chosen when it is read
    assert forgotten() == ["Впереди ничего: ни срока, который ещё не истёк, "
                           "ни предстоящего судебного заседания."]
    language("hy")
    (armenian,) = forgotten()
    assert armenian == "Առջևում ոչինչ չկա. ոչ դեռ չլրացած ժամկետ կա, ոչ առաջիկա դատական նիստ։"


def test_the_command_line_prints_the_error_in_russian(case_file, language) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "captives", "show", "9999", "--db", str(case_file.db.path)],
                out=out, err=err)
    assert code == 2
    assert err.getvalue().strip() == "caseapp: Не найдено: пленный № 9999."


def test_every_record_kind_and_date_renders_without_english(language) -> None:
    # the phrases services pass into "{what} ({day}) is in the future."
    day = date(2026, 12, 1)
    for what in ("The capture", "The decision", "The appeal", "The intervention"):
        sentence = msg("{what} ({day}) is in the future.", what=msg(what), day=day)
        _no_english(sentence.render("ru"))
        _no_english(sentence.render("hy"))


def test_a_date_before_the_capture_names_the_record_in_the_language(case_file, language) -> None:
    """The start of detention, the arrival at a place, a contact and an identity document's
    period were named in English inside a Russian or Armenian sentence."""
    c = case_file.captives.create(names=["Արամ Պետրոսյան"], capture="2024-05-01",
                                  status="pre_trial")
    writes = (
        lambda: case_file.detention_orders.create(captive_id=c.id, start_date="2024-04-01",
                                                  term_months=4),
        lambda: case_file.detention_places.create(captive_id=c.id, facility="Kurdakhany",
                                                  from_date="2024-04-01"),
        lambda: case_file.welfare_contacts.create(captive_id=c.id, contact_on="2024-04-01",
                                                  kind="icrc_visit"),
        lambda: case_file.identity_documents.create(captive_id=c.id, kind="passport",
                                                    issued_on="2020-01-02",
                                                    expires_on="2020-01-01"),
    )
    for write in writes:
        with pytest.raises(ValidationError) as refused:
            write()
        _no_english(refused.value.message.render("ru"))
        _no_english(refused.value.message.render("hy"))
    with pytest.raises(ValidationError) as order:
        writes[0]()
    assert order.value.message.render("ru") == (
        "Начало содержания под стражей (01.04.2024) — раньше пленения (01.05.2024).")


def test_every_field_a_user_sets_has_a_label(case_file) -> None:
    """A field named in a message ("Поле «…» должно быть «да» или «нет».") by its label, not
    its column's name: every column of a record the services write, but the bookkeeping
    ones, has one."""
    from caseapp.domain.field_labels import field_label
    from caseapp.services.row_validation import record_services

    bookkeeping = {"id", "uid", "created_at", "updated_at", "row_version", "photo_media_type",
                   "sha256", "text_layer", "text_pdf", "text_pdf_sha256", "trigger_kind",
                   "trigger_uid"}
    tables = {name: svc.model.__table__ for name, svc in record_services(case_file).items()}
    assert {"captives", "detention_facts", "deadlines", "notes"} <= set(tables)
    unlabelled = [f"{name}.{c.key}" for name, table in sorted(tables.items()) for c in table.c
                  if c.key not in bookkeeping and isinstance(field_label(c.key, name), str)]
    assert unlabelled == []


def test_a_detention_fact_is_named_by_its_label(case_file, language) -> None:
    c = case_file.captives.create(names=["Արամ Պետրոսյան"])
    with pytest.raises(ValidationError) as refused:
        case_file.detention_facts.create(captive_id=c.id, risk_health="maybe")
    assert refused.value.message.render("ru") == (
        "Поле «Особый риск: здоровье» должно быть «да» или «нет».")
