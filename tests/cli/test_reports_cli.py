"""``caseapp dossier``, ``report``, ``letter`` and ``templates list``: files written, exit codes,
the missing-fields message."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """A fresh copy of the shared demo case file (tests/conftest.py)."""
    return demo_copy


def _id(db: Path, latin: str) -> str:
    cf = open_case_file(Location(path=db), actor="tester")
    try:
        return str(next(c.id for c in cf.captives.list() if c.latin_name == latin))
    finally:
        cf.close()


def _contact(db: Path, name: str) -> str:
    cf = open_case_file(Location(path=db), actor="tester")
    try:
        return str(next(c.id for c in cf.contacts.list() if c.name == name))
    finally:
        cf.close()


def test_dossier(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    out = tmp_path / "d.pdf"
    cid = _id(demo_db, "Tigran Vardanyan")
    code, stdout, err = run("dossier", cid, "--level", "shareable", "-o", str(out),
                            "--db", str(demo_db))
    assert code == 0, err
    assert "Tigran Vardanyan at the shareable level" in stdout
    reader = PdfReader(out)
    assert reader.metadata["/Author"] == "Anna Example"
    assert "Տիգրան Վարդանյան" in reader.pages[0].extract_text()
    code, _, err = run("dossier", "999", "--level", "public", "-o", str(out), "--db", str(demo_db))
    assert code == 2 and err.startswith("caseapp: There is no captive with ID 999")
    code, _, err = run("dossier", _id(demo_db, "Edgar Zakaryan"), "--level", "public", "-o",
                       str(tmp_path / "z.pdf"), "--db", str(demo_db))
    assert code == 2 and "cannot be printed at the public level" in err
    assert not (tmp_path / "z.pdf").exists()


def test_report_pdf_and_xlsx(demo_db: Path, tmp_path: Path) -> None:
    code, stdout, err = run("report", "-o", str(tmp_path / "r.xlsx"), "--status", "pre_trial",
                            "--db", str(demo_db))
    assert code == 0, err
    assert "6 captives" in stdout and "XLSX" in stdout
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Captives"]
    assert ws.max_row == 7
    code, stdout, err = run("report", "--format", "pdf", "--level", "public", "--tag",
                            "Khtsaberd group", "-o", str(tmp_path / "r.pdf"), "--db", str(demo_db))
    assert code == 0, err
    assert "public level, PDF" in stdout
    assert "Status report on captives" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()


def test_letter_missing_fields_then_set(demo_db: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for var, value in (("NAME", "Anna Example"), ("ADDRESS", "1 Demo Street\\nYerevan"),
                       ("BAR_NUMBER", "AM-1234"), ("EMAIL", "anna@example.org")):
        monkeypatch.setenv(f"CASEAPP_LAWYER_{var}", value)
    cid = _id(demo_db, "Tigran Vardanyan")
    out = tmp_path / "l.docx"
    code, stdout, err = run("letter", "echr_rule39_cover_en", cid, "-o", str(out),
                            "--db", str(demo_db))
    assert code == 2 and stdout == "" and err.count("\n") == 1
    assert "respondent_state" in err and "--set respondent_state=" in err
    assert "--to CONTACT_ID" in err
    assert not out.exists()
    to = _contact(demo_db, "Pierre Modèle")
    code, stdout, err = run("letter", "echr_rule39_cover_en", cid, "--to", to, "-o", str(out),
                            "--set", "respondent_state=Azerbaijan", "--set",
                            "health=Good\\nbut tired", "--keep", "--db", str(demo_db))
    assert code == 0, err
    assert "draft intervention" in stdout
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Tigran Vardanyan v. Azerbaijan" in text and "Pierre Modèle" in text
    assert "{{" not in text
    code, _, err = run("letter", "icrc_request_hy", cid, "--set", "oops", "-o", str(out),
                       "--db", str(demo_db))
    assert code == 2 and "NAME=VALUE" in err
    code, _, err = run("letter", "no_such", cid, "-o", str(out), "--db", str(demo_db))
    assert code == 2 and "templates list" in err


def test_templates_list() -> None:
    code, out, err = run("templates", "list")
    assert code == 0, err
    assert "icrc_request_hy" in out and "{{ captive_name }}" in out
    code, out, _ = run("templates", "list", "--format", "json")
    data = json.loads(out)
    assert {t["key"] for t in data["templates"]} >= {"press_statement_en", "icrc_request_ru"}
    assert "lawyer_bar_number" in data["placeholders"]


# ---- levels: what is left out, on stderr; consent; the calendar's level ------------------------

@pytest.fixture(scope="module")
def matrix_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    from tests.conftest import TODAY
    from tests.reports.redaction_data import build_matrix

    db = tmp_path_factory.mktemp("cli-matrix") / "m.db"
    cf = open_case_file(Location(path=db), create=True, actor="tester", today=lambda: TODAY)
    try:
        matrix = build_matrix(cf)
    finally:
        cf.close()
    return db, matrix


def test_dossier_lists_what_the_level_leaves_out_on_stderr(matrix_db, tmp_path: Path) -> None:
    db, m = matrix_db
    code, stdout, err = run("dossier", str(m.main), "--level", "shareable",
                            "-o", str(tmp_path / "d.pdf"), "--db", str(db))
    assert code == 0, err
    lines = err.splitlines()
    assert lines[0].startswith("The dossier at the shareable level leaves out ")
    assert ("  The captive's own fields: 4 (Place of birth; Circumstances of capture; "
            "Consent notes; Health)") in lines
    # each left-out record by its date as English writes it (3 and 4 March 2027, 5 May 2025)
    # and its kind as the documents name it
    assert ("  Hearings: 2 (3\u00a0Mar\u00a02027 Hearing (Trial session); "
            "4\u00a0Mar\u00a02027 Hearing (Trial session))") in lines
    assert "  Status history: 1 (5\u00a0May\u00a02025 On trial)" in lines
    # communications shown whose addressee (an internal organisation or person) is not
    assert ("  Addressees of communications (their level is above the output's): 2 "
            "(QINVPUBZ; QINVSHRZ)") in lines
    assert ("  Annex: index of documents: 5 (QDOCINTZ; QDOCUNDERINTZ; QDOCINVINTZ; QDOCPROINTZ; "
            "QDOCCODEFINTZ)") in lines
    assert "Wrote the dossier" in stdout and "QDOC" not in stdout


def test_what_the_level_leaves_out_reads_in_russian(matrix_db, tmp_path: Path) -> None:
    db, m = matrix_db
    code, _stdout, err = run("--lang", "ru", "dossier", str(m.main), "--level", "shareable",
                             "-o", str(tmp_path / "d.pdf"), "--db", str(db))
    assert code == 0, err
    lines = err.splitlines()
    # 29 items (among them the internal order's step already overdue, which the dossier now
    # lists, and two communications' addressees): the Russian "many" form; the output and the
    # level named in Russian
    assert lines[0] == "Документ «досье» на уровне «для передачи» опускает 29 элементов:"
    assert ("  Поля самого пленного: 4 (Место рождения; Обстоятельства пленения; "
            "Примечания о согласии; Здоровье)") in lines


def test_public_dossier_warns_of_sections_printing_nothing(matrix_db, tmp_path: Path) -> None:
    db, m = matrix_db
    code, _, err = run("dossier", str(m.shareable_captive), "--level", "shareable",
                       "-o", str(tmp_path / "s.pdf"), "--db", str(db))
    assert code == 0, err
    assert "leaves nothing out" in err  # a captive with nothing above shareable
    code, _, err = run("dossier", str(m.main), "--level", "public",
                       "-o", str(tmp_path / "p.pdf"), "--db", str(db))
    assert code == 0, err
    assert "  The section “Health and treatment” will print as “Nothing to report”." in err
    assert "  Next deadlines: " in err  # no litigation timing in public


def test_public_dossier_without_consent_is_refused_saying_why(matrix_db, tmp_path: Path) -> None:
    db, m = matrix_db
    out = tmp_path / "n.pdf"
    code, stdout, err = run("dossier", str(m.no_consent), "--level", "public", "-o", str(out),
                            "--db", str(db))
    assert code == 2 and stdout == "" and not out.exists()
    assert len(err.splitlines()) == 1 and "has not consented to publicity" in err


def test_public_report_counts_captives_not_named(matrix_db, tmp_path: Path) -> None:
    db, _ = matrix_db
    out = tmp_path / "r.pdf"
    code, stdout, err = run("report", "--level", "public", "-o", str(out), "--db", str(db))
    assert code == 0, err
    assert "Captives without consent to publicity (“others, not named”): 1 (" in err
    assert "  Captives above the level: 2 (" in err
    assert "(1 captive, public level, PDF)" in stdout
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "others, not named: 1" in text


def test_calendar_is_shareable_by_default_and_public_on_request(matrix_db, tmp_path: Path) -> None:
    from icalendar import Calendar

    db, _m = matrix_db
    code, stdout, err = run("deadlines", "--format", "ics", "--within", "365", "--db", str(db))
    assert code == 0, err
    cal = Calendar.from_ical(stdout)
    assert str(cal["x-wr-calname"]).endswith("(shareable level)")
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert any(s.startswith("Deadline: QDLSHRZ (") for s in summaries)
    assert not [s for s in summaries if "INTZ" in s]
    assert err.startswith("The calendar at the shareable level leaves out ")
    assert "QDLINTZ" in err  # the lawyer sees what was left out
    out = tmp_path / "p.ics"
    code, stdout, err = run("deadlines", "--format", "ics", "--within", "365", "--level",
                            "public", "-o", str(out), "--db", str(db))
    assert code == 0, err
    assert "at the public level" in stdout
    text = out.read_text(encoding="utf-8")
    assert "QDLPUBZ" in text and "QDLSHRZ" not in text and "QRDLNOCONSENTZ" not in text


def test_letter_says_when_the_addressee_is_above_its_level(matrix_db, tmp_path: Path) -> None:
    db, m = matrix_db
    out = tmp_path / "l.docx"
    code, _, err = run("letter", "icrc_request_en", str(m.main), "--to", str(m.contact),
                       "--set", "detention_place=Baku", "--set", "lawyer_block=Anna Example",
                       "--set", "lawyer_name=Anna Example", "-o", str(out), "--db", str(db))
    assert code == 0, err
    assert "The addressee contact “QCONINTZ” is marked internal, above the letter's shareable " \
           "level: the letter names them because you chose them." in err


def test_what_the_report_leaves_out_names_captives_in_the_language_s_script(
        demo_db: Path, tmp_path: Path) -> None:
    """A Russian report's list of what it left out names the captives as the Russian screens
    do (in Cyrillic), not by their Latin headline names."""
    code, _stdout, err = run("--lang", "ru", "report", "--level", "public",
                             "-o", str(tmp_path / "r.pdf"), "--db", str(demo_db))
    assert code == 0, err
    named = [line for line in err.splitlines() if line.startswith(
        ("  Пленные без согласия на огласку", "  Скрытые сведения"))]
    assert named, err
    for line in named:
        names = line.split(": ", 1)[1]
        assert re.search(r"[А-Яа-яЁё]{3}", names) and not re.search(r"[A-Za-z]", names), line


def test_the_deadlines_list_at_a_level_lists_what_it_left_out(matrix_db) -> None:
    """``--level`` promises that what is left out is listed on stderr: the table's count is
    not every open deadline, and it says which were left out (at internal, nothing is)."""
    db, _m = matrix_db
    code, stdout, err = run("deadlines", "--within", "365", "--level", "shareable",
                            "--db", str(db))
    assert code == 0, err
    assert "QDLINTZ" not in stdout
    assert err.startswith("The list of deadlines at the shareable level leaves out ")
    assert "QDLINTZ" in err
    code, _stdout, err = run("deadlines", "--within", "365", "--format", "json",
                             "--level", "shareable", "--db", str(db))
    assert code == 0 and "QDLINTZ" in err
    code, _stdout, err = run("deadlines", "--within", "365", "--db", str(db))
    assert code == 0 and err == ""


@pytest.mark.parametrize(("argv", "title"), [
    (("--lang", "hy", "templates", "list"), "ԿԽՄԿ. այցի և որոնման խնդրանք"),
    (("templates", "list", "--lang", "ru"), "МККК: просьба о посещении и розыске"),
    (("--lang", "en", "templates", "list"), "ICRC: request for a visit and tracing"),
], ids=["hy", "ru", "en"])
def test_templates_list_as_json_titles_each_template_in_the_asked_language(
        argv: tuple[str, ...], title: str) -> None:
    """`--lang hy templates list --format json` gave "ICRC: request for a visit and tracing
    (Russian)": the title in English whatever the language asked. The title is now the one
    the table shows, in the asked language; the key stays the same for scripts."""
    code, out, err = run(*argv, "--format", "json")
    assert code == 0, err
    templates = {t["key"]: t for t in json.loads(out)["templates"]}
    for lang in ("en", "hy", "ru", "fr"):
        assert templates[f"icrc_request_{lang}"]["title"] == title
        assert templates[f"icrc_request_{lang}"]["language"] == lang


def test_templates_list_as_json_follows_an_armenian_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "hy_AM.UTF-8")
    code, out, err = run("templates", "list", "--format", "json")
    assert code == 0, err
    titles = {t["key"]: t["title"] for t in json.loads(out)["templates"]}
    assert titles["power_of_attorney_ru"] == "Լիազորագիր"


def test_a_letter_made_again_never_writes_over_the_one_the_lawyer_edited(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``caseapp letter … -o letter.docx`` run again (another addressee, a fact corrected)
    wrote over the letter the lawyer had edited and signed in Word meanwhile; as the filing
    packs' drafts, it is refused in one line and the letter kept. As CaseApp left it, it is
    replaced."""
    from datetime import UTC, datetime

    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    cid = _id(demo_db, "Tigran Vardanyan")
    out = tmp_path / "letter.docx"
    args = ("letter", "icrc_request_en", cid, "--set", "detention_place=Baku", "--set",
            "lawyer_block=Anna Example", "--set", "last_contact_date=1 May", "--set",
            "recipient_block=ICRC Yerevan", "--set", "salutation=Dear colleagues,", "-o", str(out),
            "--db", str(demo_db))
    code, _, err = run(*args)
    assert code == 0, err
    code, _, err = run(*args)
    assert code == 0, err  # not edited: made again
    doc = Document(str(out))
    doc.add_paragraph("Signed by the lawyer.")
    doc.core_properties.revision = 2  # as Word and LibreOffice count a save
    doc.core_properties.modified = datetime.now(UTC)
    doc.save(str(out))
    edited = out.read_bytes()
    code, stdout, err = run(*args)
    assert (code, stdout) == (2, "") and err.count("\n") == 1, err
    assert "was edited after CaseApp wrote it" in err and "nothing was written" in err
    assert out.read_bytes() == edited


def test_a_russian_dossier_is_by_the_lawyer_in_cyrillic(demo_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Her name as she recorded it in Cyrillic, as her Russian letters are signed (the dossier
    in Russian said "Подготовил(а): Anna Example")."""
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    monkeypatch.setenv("CASEAPP_LAWYER_NAME_RU", "Анна Пример")
    out = tmp_path / "d.pdf"
    code, _, err = run("dossier", _id(demo_db, "Tigran Vardanyan"), "--level", "shareable",
                       "--lang", "ru", "-o", str(out), "--db", str(demo_db))
    assert code == 0, err
    reader = PdfReader(out)
    assert reader.metadata["/Author"] == "Анна Пример"
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Анна Пример" in text and "Anna Example" not in text
