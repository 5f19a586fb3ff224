"""The ``caseapp`` command as a user types it: output, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.audit_summary import shown_summary
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """A fresh copy of the shared demo case file (tests/conftest.py) for each test."""
    return demo_copy


def test_help_lists_every_command() -> None:
    result = subprocess.run([sys.executable, "-m", "caseapp", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("init", "demo", "captives", "import", "export", "check", "search"):
        assert command in result.stdout


def test_demo_creates_the_fictional_case_file_once(tmp_path: Path) -> None:
    """The only test that builds the demo through the command (the others copy the one
    the session built)."""
    db = tmp_path / "demo.db"
    code, out, err = run("demo", "--db", str(db))
    assert code == 0, err
    assert out.startswith(f"Created the fictional demo case file {db}: 25 captives")
    cf = open_case_file(Location(path=db), actor="tester")
    try:
        captives = cf.captives.list()
    finally:
        cf.close()
    assert len(captives) == 25 and all("demo" in c.tags for c in captives)
    before = digest(db)
    code, _, err = run("demo", "--db", str(db))
    assert code == 2 and "already exists" in err and "\n" == err[-1] and err.count("\n") == 1
    assert digest(db) == before


def test_init_creates_once_and_refuses_to_overwrite(db_path: Path) -> None:
    code, out, _ = run("init", "--no-encrypt", "--db", str(db_path))
    assert code == 0 and "Created" in out and db_path.exists()
    before = digest(db_path)
    code, _, err = run("init", "--no-encrypt", "--db", str(db_path))
    assert code == 2 and "already exists" in err
    assert digest(db_path) == before


def test_db_from_environment(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_DB", str(db_path))
    assert run("init", "--no-encrypt")[0] == 0
    code, out, _ = run("captives", "list")
    assert code == 0 and "0 captives" in out


def test_latin_search_finds_captives_stored_in_other_scripts(demo_db: Path) -> None:
    code, out, _ = run("captives", "list", "--db", str(demo_db), "--search", "Vardanian", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert found, "the demo has a Vardanyan"
    for captive in found:
        spellings = [n["full_name"] for n in captive["names"]]
        assert any("Վարդանյան" in s for s in spellings) or any("Варданян" in s for s in spellings)
    # A captive whose names are only Armenian and Cyrillic is still found by a Latin query.
    all_captives = json.loads(run("captives", "list", "--db", str(demo_db), "--format", "json")[1])
    no_latin = [c for c in all_captives if all(n["script"] != "Latn" for n in c["names"])]
    assert no_latin, "the demo has a captive with no Latin-script name"
    # The demo's Stepanyan is known only as Ստեփանյան and Степанян.
    code, out, _ = run("captives", "list", "--db", str(demo_db), "--search", "Stepanyan",
                       "--format", "json")
    assert {c["id"] for c in no_latin} & {c["id"] for c in json.loads(out)}


def test_list_table_and_status_filter(demo_db: Path) -> None:
    code, out, _ = run("captives", "list", "--db", str(demo_db), "--status", "pre_trial")
    assert code == 0
    rows = [line for line in out.splitlines()[2:-1] if line.strip()]
    assert rows and all("Detained pre-trial" in r for r in rows)  # the status's label
    assert out.splitlines()[-1] == f"{len(rows)} captive{'s' if len(rows) != 1 else ''}"


def test_show_text_and_json(demo_db: Path) -> None:
    code, out, _ = run("captives", "show", "1", "--db", str(demo_db))
    assert code == 0 and "Status:" in out and "(ID 1)" in out
    code, out, _ = run("captives", "show", "1", "--db", str(demo_db), "--format", "json")
    data = json.loads(out)
    assert data["captive"]["id"] == 1 and isinstance(data["detention_orders"], list)


@pytest.mark.parametrize("argv, message", [
    (["captives", "show", "9999"], "no captive with ID 9999"),
    (["captives", "list", "--status", "lost"], "invalid choice"),
])
def test_user_mistakes_exit_2_with_one_line(demo_db: Path, argv: list[str], message: str
                                            ) -> None:
    before = digest(demo_db)
    code, _, err = run(*argv, "--db", str(demo_db))
    assert code == 2 and err.count("\n") == 1
    assert message in err and "Traceback" not in err
    assert digest(demo_db) == before


def test_missing_case_file(tmp_path: Path) -> None:
    code, _, err = run("captives", "list", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no case file" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "none.db").exists()


def test_export_import_round_trip(demo_db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert run("export", "--format", "json", "-o", str(first), "--db", str(demo_db))[0] == 0
    target = tmp_path / "copy.db"
    run("init", "--no-encrypt", "--db", str(target))
    code, out, _ = run("import", str(first), "--db", str(target))
    assert code == 0 and out.startswith("Added ")
    second = tmp_path / "second.json"
    run("export", "-o", str(second), "--db", str(target))
    before, after = json.loads(first.read_text())["tables"], json.loads(second.read_text())["tables"]
    import_entry = after["audit_entries"].pop()  # the import's own audit entry
    # a composed summary travels in its stored form (a message, shown in the reader's language)
    assert after == before and shown_summary(import_entry["summary"], "en") == "Import of first.json"
    assert shown_summary(import_entry["summary"], "ru") == "Импорт: first.json"
    code, out, _ = run("import", str(first), "--db", str(target))
    assert code == 0 and "Nothing to add" in out


def test_bad_import_exits_2_and_leaves_the_file_unchanged(demo_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caseapp-export", "format_version": 1, "tables": {"captives": [{}]}}')
    before_json = tmp_path / "before.json"
    run("export", "-o", str(before_json), "--db", str(demo_db))
    code, _, err = run("import", str(bad), "--db", str(demo_db))
    assert code == 2 and "captives, record 1: “uid” is missing" in err
    after_json = tmp_path / "after.json"
    run("export", "-o", str(after_json), "--db", str(demo_db))
    assert json.loads(before_json.read_text())["tables"] == json.loads(after_json.read_text())["tables"]


def test_encrypted_case_file_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "enc.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "the right one for this file")
    assert run("init", "--db", str(path))[0] == 0
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert run("captives", "list", "--db", str(path))[0] == 0
    before = digest(path)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "wrong one")
    code, _, err = run("captives", "list", "--db", str(path))
    assert code == 2 and "passphrase is wrong" in err
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    code, _, err = run("captives", "list", "--db", str(path))  # no terminal to ask on
    assert code == 2 and "encrypted" in err
    assert digest(path) == before


def test_check_finds_a_document_changed_outside_the_app(demo_db: Path) -> None:
    code, out, _ = run("check", "--db", str(demo_db))
    assert code == 0 and "No problems found" in out
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE documents SET content = X'00' WHERE id = (SELECT min(id) FROM documents)")
    code, out, _ = run("check", "--db", str(demo_db))
    assert code == 1 and "no longer matches its SHA-256" in out


def test_search_everything(demo_db: Path) -> None:
    code, out, _ = run("search", "Варданян", "--db", str(demo_db), "--format", "json")
    assert code == 0
    assert any(r["entity"] == "captive_names" for r in json.loads(out))


def test_search_names_each_kind_of_record_in_the_language(demo_db: Path) -> None:
    """The table's Kind column said "captive_names", the name of a table of the database."""
    code, out, _ = run("--lang", "ru", "search", "Варданян", "--db", str(demo_db))
    assert code == 0 and "Имя пленного" in out and "captive_names" not in out
    code, out, _ = run("--lang", "en", "search", "Варданян", "--db", str(demo_db))
    assert code == 0 and "Name of a captive" in out and "captive_names" not in out


@pytest.mark.parametrize(("lang", "article"), [("ru", "ст. "), ("hy", "հոդ. "), ("en", "Art. ")])
def test_show_says_a_charge_s_article_in_the_language(demo_db: Path, lang: str,
                                                      article: str) -> None:
    """`captives show` in Russian printed "Уголовный кодекс … Art. 116(0.3)", the English
    abbreviation inside a Russian line; the dossier says "ст. 116(0.3)"."""
    cf = open_case_file(Location(path=demo_db), actor="tester")
    try:
        charged = next(p.captive_id for p in cf.prosecutions.list() if p.charges)
    finally:
        cf.close()
    code, out, _ = run("--lang", lang, "captives", "show", str(charged), "--db", str(demo_db))
    assert code == 0
    assert article in out
    if lang != "en":
        assert "Art. " not in out


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "No record matches “Ayvazyan”."),
    ("ru", "Ни одна запись не соответствует запросу «Ayvazyan»."),
    ("hy", "Ոչ մի գրառում չի համապատասխանում «Ayvazyan» հարցմանը։")])
def test_a_search_that_finds_nothing_says_so(demo_db: Path, lang: str, said: str) -> None:
    """A search with no match printed a table of headings and dashes alone, which a lawyer
    reads as a fault of the command; it now says that nothing matches, in her language."""
    code, out, err = run("--lang", lang, "--db", str(demo_db), "search", "Ayvazyan")
    assert (code, out, err) == (0, said + "\n", "")
    code, out, _ = run("--db", str(demo_db), "search", "Ayvazyan", "--format", "json")
    assert (code, json.loads(out)) == (0, [])  # for scripts: an empty list, as before


def test_a_search_at_a_level_that_finds_nothing_names_the_level(demo_db: Path) -> None:
    code, out, _ = run("--db", str(demo_db), "search", "Ayvazyan", "--level", "public")
    assert (code, out) == (0, "No record at the public level matches “Ayvazyan”.\n")
    long = "Ayvazyan" * 100  # a page pasted: named by its beginning, on one short line
    code, out, _ = run("--db", str(demo_db), "search", long)
    assert (code, out) == (0, f"No record matches “{long[:59]}…”.\n")
