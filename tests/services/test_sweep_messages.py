"""The problems of an import, a spreadsheet, a rule file, a team server's refusal and a
calendar's reminder reach the user in her language: each expected text is written out by
hand, in Russian and Armenian, around the names and values the user gave (kept as given)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from caseapp.db.team_refusals import refusal
from caseapp.domain.errors import ValidationError
from caseapp.domain.rule_files import load_rules
from caseapp.reports.calendar import build_calendar
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv


def _export(tmp_path: Path, tables: dict) -> Path:
    path = tmp_path / "from-partner.json"
    path.write_text(json.dumps({"format": "caseapp-export", "format_version": 1,
                                "tables": tables}, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_import_error_names_the_table_record_and_field(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    # The second tag carries a field no tag has: the import stops there, naming it.
    path = _export(tmp_path, {"tags": [{"name": "Բաքու"}, {"name": "Шуша", "colour": "red"}]})
    with pytest.raises(ValidationError) as bad:
        case_file.import_json(path)
    message = bad.value.message
    assert not isinstance(message, str)
    assert message.render("en") == "tags, record 2 (uid Шуша): unknown field “colour”"
    assert message.render("ru") == "tags, запись 2 (uid Шуша): неизвестное поле “colour”"
    assert message.render("hy") == "tags, գրառում 2 (uid Шуша). անհայտ դաշտ՝ “colour”"


def test_a_file_that_is_not_an_export_is_said_in_the_language(case_file: CaseFile,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(ValidationError) as bad:
        case_file.import_json(path)
    assert bad.value.message.render("ru") == f"{path} — JSON, но не экспорт CaseApp."
    assert bad.value.message.render("hy") == f"{path} ֆայլը JSON է, բայց ոչ CaseApp-ի արտահանում։"


def test_a_sheet_cell_problem_is_said_in_the_language(case_file: CaseFile, tmp_path: Path,
                                                      language) -> None:
    # A place of detention without a date of capture: row 2, column B, kept as a note.
    path = write_csv(tmp_path / "list.csv", [["ФИО", "Место содержания"],
                                            ["Казарян Артур", "СИЗО Баку"]])
    language("ru")
    (row,) = preview(case_file, path).rows
    (warning,) = row.warnings
    assert str(warning) == (
        "строка 2, столбец B (Место содержания): «СИЗО Баку» сохраняется как заметка: "
        "пребывание записывается с даты пленения, которой в этой строке нет")
    language("hy")
    (row,) = preview(case_file, path).rows
    assert str(row.warnings[0]) == (
        "տող 2, սյունակ B (Место содержания). «СИЗО Баку»՝ պահվում է որպես նշում. պահումը "
        "գրանցվում է գերեվարման ամսաթվից, որը այս տողում չկա")


def test_a_rule_file_problem_is_said_in_the_language(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        '[[rules]]\nid = "my.appeal"\nversion = "1"\ntitle = "Appeal"\ntrigger = "verdict"\n'
        'source = "Code, art. 1"\ntimezone = "Mars/Olympus"\n'
        'offset = { amount = 10, unit = "calendar_days" }\n', encoding="utf-8")
    rules = load_rules(tmp_path, shipped=False)
    assert "my.appeal" not in rules.rules
    (problem,) = rules.problems
    file = str(tmp_path / "mine.toml")
    assert problem.said.render("en") == (
        f"{file}, rule “my.appeal”: “Mars/Olympus” is not a time zone such as "
        "\"Europe/Paris\". The rule was not loaded.")
    assert problem.said.render("ru") == (
        f"{file}, правило «my.appeal»: «Mars/Olympus» — не часовой пояс вроде "
        "\"Europe/Paris\". Правило не загружено.")
    assert problem.said.render("hy") == (
        f"{file}, «my.appeal» կանոն. «Mars/Olympus» արժեքը ժամային գոտի չէ (օրինակ՝ "
        "«Europe/Paris»)։ Կանոնը չի բեռնվել։")


def test_a_bad_parameter_is_named_by_its_label_in_the_language(tmp_path: Path) -> None:
    from caseapp.domain.deadlines import compute

    (tmp_path / "mine.toml").write_text(
        '[[rules]]\nid = "my.term"\nversion = "1"\ntitle = "Term"\ntrigger = "order"\n'
        'source = "Code, art. 2"\noffset = { param = "term", unit = "months" }\n'
        '[[rules.parameters]]\nname = "term"\nlabel = "Term (months)"\n'
        'label_ru = "Срок (месяцев)"\nlabel_hy = "Ժամկետ (ամիս)"\n', encoding="utf-8")
    rules = load_rules(tmp_path, shipped=False)
    with pytest.raises(ValidationError) as bad:
        compute(rules, "my.term", date(2026, 3, 4), {"term": "четыре"})
    assert bad.value.field == "term"
    assert bad.value.message.render("ru") == (
        "«Срок (месяцев)» (term) должно быть целым числом, записанным цифрами 0–9, а не "
        "«четыре».")
    assert bad.value.message.render("hy") == (
        "«Ժամկետ (ամիս)» պարամետրը (term) պետք է լինի 0–9 թվանշաններով գրված ամբողջ թիվ, ոչ թե "
        "«четыре»։")


def test_the_team_servers_refusal_is_said_in_the_language() -> None:
    # What the captives trigger raises (SQLSTATE 42501), followed by the server's context.
    server = ("The captive's field health is above your clearance: it was not changed, and "
              "nothing was saved.\nCONTEXT:  PL/pgSQL function caseapp.captives_update()")
    said = refusal(server)
    # Said once that nothing changed (before: "…: it was not changed, and nothing was
    # saved. Nothing was changed.").
    assert said.render("en") == (
        "Your login's clearance does not allow this: the captive's field Health is above your "
        "clearance, so you cannot change it. Nothing was changed.")
    # the field and the kind of record by their names, not the server's column and table
    assert said.render("ru") == (
        "Допуск вашей учётной записи этого не позволяет: поле пленного «Здоровье» выше вашего "
        "допуска, поэтому его нельзя изменить. Ничего не изменено.")
    policy = refusal('new row violates row-level security policy for table "detention_orders"')
    assert policy.render("ru") == (
        "Допуск вашей учётной записи этого не позволяет: с допуском ниже «внутреннего» можно "
        "записывать только видимые вам записи своего уровня или ниже (Постановление о "
        "заключении под стражу). "
        "Ничего не изменено.")


def test_the_calendars_reminders_are_in_its_language(case_file: CaseFile) -> None:
    captive = case_file.captives.create(names=["Լևոն Հակոբյան"])
    case_file.deadlines.create(captive_id=captive.id, title="Жалоба", due_on="2030-05-20")
    (deadline,) = case_file.deadlines.list()
    stamp = datetime(2026, 12, 1, 9, 0)
    deadline = replace(deadline, rule_id="my.rule")
    cal = build_calendar([deadline], lead_days={"my.rule": (1, 3, 5)}, stamp=stamp, lang="ru")
    (event,) = cal.walk("VEVENT")
    alarms = sorted(str(a["description"]) for a in event.walk("VALARM"))
    # Russian's three forms: 1 день, 3 дня, 5 дней
    assert alarms == ["Жалоба: через 1 день", "Жалоба: через 3 дня", "Жалоба: через 5 дней"]
    cal = build_calendar([deadline], lead_days={"my.rule": (1,)}, stamp=stamp, lang="hy")
    (event,) = cal.walk("VEVENT")
    assert [str(a["description"]) for a in event.walk("VALARM")] == ["Жалоба՝ 1 օրից"]
