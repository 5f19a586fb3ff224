"""The command line speaks the user's language: ``--lang`` anywhere on the line (before the
command, as the global option, or a document's own), else LANGUAGE / LC_ALL / LC_MESSAGES /
LANG. A mistake is one line in that language, exit 2, never a traceback; the expected lines
are written out here as a native reader reads them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.cli.lang import requested_language
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def armenian_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "hy_AM.UTF-8")


def test_wrong_passphrase_in_russian(encrypted_case_file, monkeypatch) -> None:
    path = encrypted_case_file.db.path
    encrypted_case_file.close()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", ENCRYPTED_PASSPHRASE + " not")
    code, out, err = run("--lang", "ru", "--db", str(path), "captives", "list")
    assert code == 2 and out == ""
    assert err == (f"caseapp: Не удаётся открыть {path}: парольная фраза неверна, либо файл "
                   "повреждён или не является файлом дела. Ничего не изменено.\n")


def test_missing_file_in_armenian_from_lang(tmp_path: Path, armenian_system) -> None:
    missing = tmp_path / "Գործ.caseapp"
    code, out, err = run("--db", str(missing), "captives", "list")
    assert code == 2 and out == ""
    assert err == (f"caseapp: {missing} հասցեում գործի ֆայլ չկա։ Ստեղծեք այն «caseapp init» "
                   "հրամանով։\n")


def test_a_bad_date_in_russian_and_in_armenian(case_file, tmp_path: Path,
                                               monkeypatch) -> None:
    db = str(case_file.db.path)
    case_file.close()
    code, out, err = run("--lang", "ru", "--db", db, "deadlines", "daily-log",
                         "--date", "2026-02-30", "-o", str(tmp_path / "log.pdf"))
    assert (code, out) == (2, "")
    assert err == "caseapp: --date: «2026-02-30» — не дата (ГГГГ-ММ-ДД).\n"
    monkeypatch.setenv("LANG", "hy_AM.UTF-8")
    code, out, err = run("--db", db, "deadlines", "daily-log", "--date", "30.02.2026",
                         "-o", str(tmp_path / "log.pdf"))
    assert (code, out) == (2, "")
    assert err == "caseapp: --date. «30.02.2026» արժեքն ամսաթիվ չէ (ՏՏՏՏ-ԱԱ-ՕՕ)։\n"
    assert not (tmp_path / "log.pdf").exists()


def test_a_malformed_sheet_mapping_in_russian(case_file, tmp_path: Path) -> None:
    db = str(case_file.db.path)
    case_file.close()
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name\nАрмен Варданян\n", encoding="utf-8")
    mapping = tmp_path / "map.toml"
    mapping.write_text('name = "x"\nsurprise = 1\n[columns]\nA = "name"\n', encoding="utf-8")
    code, out, err = run("--lang", "ru", "--db", db, "import-sheet", str(sheet),
                         "--mapping", str(mapping))
    assert (code, out) == (2, "")
    assert err == ("caseapp: сопоставление map.toml: неизвестный ключ «surprise»; ничего не "
                   "импортировано.\n")


def test_argparse_mistakes_stay_one_line_in_the_language(armenian_system) -> None:
    # argparse's own words ("argument ID:", "unrecognized arguments") in the language too
    code, out, err = run("captives", "show", "abc")
    assert (code, out) == (2, "")
    assert err == ("caseapp: արգումենտ ID. «abc» արժեքը գրառման ID չէ (ամբողջ թիվ) (տե՛ս «caseapp "
                   "captives show --help»)։\n")
    code, _, err = run("--lang", "ru", "captives", "list", "--bogus")
    assert code == 2
    assert err == ("caseapp: неизвестный параметр --bogus команды «caseapp captives list» (см. "
                   "«caseapp captives list --help»).\n")


def test_lang_overrides_the_environment_and_english_stays_english(case_file,
                                                                 armenian_system) -> None:
    db = str(case_file.db.path)
    case_file.close()
    code, out, _ = run("--lang", "en", "--db", db, "captives", "list")
    assert code == 0 and out.endswith("\n0 captives\n")
    code, out, _ = run("--db", db, "captives", "list")
    assert code == 0 and out.endswith("\n0 գերի\n")


@pytest.mark.parametrize(("count", "line"), [
    (1, "1 пленный"),    # one
    (2, "2 пленных"),    # few: genitive singular, which for this noun is пленных
    (5, "5 пленных"),    # many
    (21, "21 пленный"),  # ends in 1 but not 11: one again
])
def test_russian_plurals_through_the_captives_list(tmp_path: Path, count: int,
                                                   line: str) -> None:
    path = tmp_path / f"{count}.caseapp"
    cf = open_case_file(Location(path=path), create=True, actor="tester")
    for n in range(count):
        cf.captives.create(names=[f"Пленный Номер {n}"], status="held")
    cf.close()
    code, out, err = run("--lang", "ru", "--db", str(path), "captives", "list")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split()[:2] == ["ID", "Имя"]
    assert out.splitlines()[-1] == line


@pytest.mark.parametrize(("count", "line"), [
    (1, "Записан ежедневный журнал за {day} (1 событие)"),
    (2, "Записан ежедневный журнал за {day} (2 события)"),
    (5, "Записан ежедневный журнал за {day} (5 событий)"),
])
def test_russian_plural_forms_of_a_whole_sentence(count: int, line: str) -> None:
    from datetime import date

    from caseapp.domain.messages import msg_n

    text = msg_n("Wrote the daily log of {day} ({count} event) at the {level} level to "
                 "{file}.", "Wrote the daily log of {day} ({count} events) at the {level} "
                 "level to {file}.", count, day=date(2026, 12, 1), level="internal",
                 file="log.pdf").render("ru")
    # CLDR writes the day in Russian as 01.12.2026
    assert text == line.format(day="01.12.2026") + " на уровне «internal» в log.pdf."


@pytest.mark.parametrize(("argv", "expected"), [
    (["--lang", "ru", "check"], "ru"),
    (["dossier", "1", "--lang=hy"], "hy"),
    (["--lang", "ru", "report", "--lang", "hy"], "hy"),  # the last one, as argparse
    (["--lang", "xx", "check"], None),
    (["search", "--", "--lang", "ru"], None),  # after "--" it is a search term
    (["--lang"], None),
])
def test_requested_language(argv: list[str], expected: str | None) -> None:
    assert requested_language(argv) == expected


def test_lang_after_any_command(tmp_path: Path) -> None:
    missing = tmp_path / "нет.caseapp"
    code, out, err = run("check", "--lang", "ru", "--db", str(missing))
    assert (code, out) == (2, "")
    assert err == f"caseapp: По пути {missing} нет файла дела. Создайте его командой «caseapp init».\n"


def test_the_daily_log_and_the_calendar_in_russian(case_file, tmp_path: Path,
                                                    monkeypatch) -> None:
    """``--lang ru``: the daily log is printed in Russian (its heading, the rule's title) and
    the line saying what was written names the level in Russian too, as the calendar's does."""
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from caseapp.services import audit_trail

    # Noon UTC on 27 November 2026: the same day in every time zone the tests may run in.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    case_file.deadlines.create(title="Detention order expires", due_on="2026-12-20",
                               sensitivity="shareable")
    db = str(case_file.db.path)
    case_file.close()
    target = tmp_path / "log.pdf"
    code, out, err = run("--lang", "ru", "--db", db, "deadlines", "daily-log", "--date",
                         "2026-11-27", "--level", "shareable", "-o", str(target))
    assert code == 0, err
    assert "(1 событие) на уровне «для передачи» в" in out
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Контроль сроков: журнал за день" in text
    assert "Истекает срок постановления о заключении под стражу" in text
    assert "Deadline control" not in text and "Detention order expires" not in text
    code, out, err = run("--lang", "ru", "--db", db, "deadlines", "--format", "ics",
                         "--within", "3650", "-o", str(tmp_path / "c.ics"))
    assert code == 0, err
    assert "на уровне «для передачи» в" in out and "shareable" not in out


def test_a_public_dossier_refused_for_want_of_consent_says_so_in_russian(case_file,
                                                                         tmp_path: Path) -> None:
    """The refusal of a public document about a captive who has not consented to publicity
    is one line in the user's language, the document named as it reads there."""
    cid = case_file.captives.create(names=["Narek Avetisyan"], sensitivity="public").id
    db = str(case_file.db.path)
    case_file.close()
    code, out, err = run("--lang", "ru", "--db", db, "dossier", str(cid), "--level", "public",
                         "-o", str(tmp_path / "d.pdf"))
    assert (code, out) == (2, "") and not (tmp_path / "d.pdf").exists()
    assert err == ("caseapp: Narek Avetisyan: согласия на огласку нет (оно не записано): "
                   "документ «досье» нельзя сделать на публичном уровне. Сначала запишите согласие или "
                   "выберите уровень «для передачи».\n")


def test_the_filing_refusals_name_the_captive_as_the_readers_language_writes_it(
        case_file, tmp_path: Path) -> None:
    """The Rule 39 and WGEID refusals named the captive by the Latin headline name in an
    Armenian or Russian sentence («գերուն (Vahe Sargsyan)»): now by the spelling in the
    language's script, where one is recorded."""
    cid = case_file.captives.create(names=[
        dict(full_name="Վահե Սարգսյան", language="hy", is_primary=True),
        dict(full_name="Vahe Sargsyan", language="en", kind="transliteration"),
        dict(full_name="Ваге Саргсян", language="ru", kind="transliteration")],
        status="missing", sensitivity="shareable").id
    db = str(case_file.db.path)
    case_file.close()
    for lang, body, spelled in (("hy", "rule39", "Վահե Սարգսյան"), ("ru", "wgeid", "Ваге Саргсян"),
                                ("en", "wgeid", "Vahe Sargsyan")):
        code, out, err = run("--lang", lang, "--db", db, "filing", body, str(cid),
                             "--out", str(tmp_path / body))
        assert (code, out) == (2, "") and not (tmp_path / body).exists(), err
        assert spelled in err, err


def test_a_delivery_is_told_in_russian_with_its_portal_and_its_deadlines_named(
        tmp_path: Path) -> None:
    path = tmp_path / "d.caseapp"
    cf = open_case_file(Location(path=path), create=True, actor="tester")
    captive = cf.captives.create(names=["Арам Петросян"], status="held")
    cf.close()
    code, out, err = run("--lang", "ru", "--db", str(path), "deliveries", "add", "--captive",
                         str(captive.id), "--appeared", "2026-11-30", "--title", "Письмо",
                         "--weeks", "12", "--portal", "rule39_site")
    assert (code, err) == (0, "")
    assert "(Сайт для запросов по правилу 39)" in out and "rule39_site" not in out
    assert "ЕСПЧ: срок, установленный в письме Суда" in out  # not the rule file's English
    assert "Скачать с сайта по правилу 39" in out
    code, out, err = run("--lang", "ru", "--db", str(path), "deliveries", "list")
    assert "Сайт для запросов по правилу 39" in out and "rule39_site" not in out
