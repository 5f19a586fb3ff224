"""Control characters (ESC, BEL, NUL, line breaks) and invisible formatting in what is
typed or imported never reach the case file, a document or the terminal: every input path
cleans one-line fields the same way (caseapp.domain.clean_text), so a name cannot hide from
search, and what is printed shows such a character instead of obeying it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.cli.cli_run import run

HOSTILE = "Ar\u200bmen\x1b[31m\x07 Mar\u202etiro\u00adsyan\n"



def names(path: Path) -> list[str]:
    cf = open_case_file(Location(path=path), actor="t")
    try:
        return [n.full_name for c in cf.captives.list() for n in c.names]
    finally:
        cf.close()


def test_a_name_typed_with_hidden_characters_is_kept_clean_and_found(case_file: CaseFile) -> None:
    captive = case_file.captives.create(names=[HOSTILE])
    assert [n.full_name for n in captive.names] == ["Armen[31m Martirosyan"]
    assert [c.id for c in case_file.captives.list(search="Martirosyan")] == [captive.id]


def test_a_json_import_cleans_names_and_refuses_a_lone_surrogate(
        case_file: CaseFile, db_path: Path, tmp_path: Path) -> None:
    case_file.captives.create(names=["Anahit Petrosyan"])
    export = tmp_path / "export.json"
    case_file.export_json(export)
    case_file.close()
    data = json.loads(export.read_text(encoding="utf-8"))
    (row,) = data["tables"]["captive_names"]
    row["full_name"] = "Ana\u200bhit\x1b]0;owned\x07 Pe\u202etrosyan"
    fresh = tmp_path / "fresh.db"
    assert run("init", "--no-encrypt", "--db", str(fresh))[0] == 0
    export.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run("import", str(export), "--db", str(fresh))
    assert code == 0, err
    assert names(fresh) == ["Anahit]0;owned Petrosyan"]

    row["full_name"] = "\ud800"
    fresh.unlink()
    assert run("init", "--no-encrypt", "--db", str(fresh))[0] == 0
    export.write_text(json.dumps(data), encoding="utf-8")  # JSON spells it "\ud800"
    code, _, err = run("import", str(export), "--db", str(fresh))
    assert code == 2 and err.count("\n") == 1 and "unexpected" not in err
    assert "“full_name”: holds a character that is not text (a lone surrogate)" in err


def test_settings_author_and_state_lose_control_characters(demo_copy: Path,
                                                           tmp_path: Path) -> None:
    code, _, err = run("settings", "set", "lawyer_name", "Ani\x1b[2J\x07 Petro\u202esyan",
                       "--db", str(demo_copy))
    assert code == 0, err
    code, out, _ = run("settings", "show", "--db", str(demo_copy))
    assert "Ani[2J Petrosyan" in out and "\x1b" not in out
    code, _, err = run("dossier", "1", "--level", "internal", "--author", "X\x1b[31m\x00Y",
                       "-o", str(tmp_path / "d.pdf"), "--db", str(demo_copy))
    assert code == 0, err
    code, _, err = run("filing", "echr", "1", "-o", str(tmp_path / "pack"),
                       "--state", "Azer\x1b[31mbaijan\x00", "--db", str(demo_copy))
    assert code == 0, err  # not "unexpected error (ValueError: … XML compatible …)"


def test_what_was_stored_before_is_printed_escaped(demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:  # written before names were cleaned on input
        conn.execute("UPDATE captive_names SET full_name = 'Armen\x1b[2J\x07 M' WHERE id = 1")
    conn.close()
    code, out, _ = run("captives", "list", "--db", str(demo_copy))
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "Armen\\x1b[2J\\x07 M" in out


def test_bidi_controls_in_what_is_echoed_are_shown_not_obeyed(demo_copy: Path) -> None:
    """A right-to-left override or an isolate (U+202E, U+2066–2069) typed in an argument
    would make the terminal show the rest of the line reversed or moved: echoed in an error
    line, in a table or on stderr, it is shown as its escape."""
    code, _, err = run("captives", "status", "1", "rel\u202eeased", "--db", str(demo_copy))
    assert code == 2 and "rel\\u202eeased" in err and "\u202e" not in err
    code, _, err = run("merge", "1", "2", "--take", "na\u2066me\u2069", "--db", str(demo_copy))
    assert code == 2 and "na\\u2066me\\u2069" in err
    with sqlite3.connect(demo_copy) as conn:  # written before names were cleaned on input
        conn.execute("UPDATE captive_names SET full_name = 'Ar\u202emen \u2067M\u2069' "
                     "WHERE captive_id = 1")
    conn.close()
    code, out, _ = run("captives", "list", "--db", str(demo_copy))
    assert code == 0 and "Ar\\u202emen \\u2067M\\u2069" in out
    assert not any(c in out for c in "\u202e\u2066\u2067\u2068\u2069")
    code, out, _ = run("captives", "list", "--format", "json", "--db", str(demo_copy))
    assert json.loads(out)  # still JSON: the escape is JSON's own
    assert "Ar\u202emen \u2067M\u2069" in {n["full_name"] for c in json.loads(out)
                                           for n in c["names"]}
