"""Every command fed hostile arguments answers with at most one line and an exit code,
never a traceback: huge and negative numbers, impossible dates at the ends of the
calendar, template syntax and control characters in text, folders, empty, truncated and
foreign files where a case file or an input is expected."""

from __future__ import annotations

import argparse
import errno
import io
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import build_parser, main
from caseapp.cli.common import UserError
from caseapp.domain import messages
from tests.cli.one_captive import one_captive_file

HUGE = "99999999999999999999"
INTS = [HUGE, "-1", "0", "1e5", "", "0x10", "9223372036854775808", "-9223372036854775809",
        "３０", "٣٠"]
DATES = ["0000-00-00", "9999-12-31T23:59+14:00", "0001-01-01T00:00-12:00", "0001-01-01",
         "9999-12-31", "2026-02-30", "2026-13-01", "tomorrow", "", "2026-01-01T25:00+03:00",
         "2026-02-31", "２０２６-01-05"]
TEXTS = ["{{ 7*7 }}", "{% for x in y %}{% endfor %}", "${x}", "<b>x</b>",
         "'; DROP TABLE captives; --", "x" * 100_000, "\u202eevil", "a\nb", "=cmd|'/c calc'!A1"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)  # an exception escaping here fails the test
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A small real case file and a collection of things that are not case files."""
    db, _ = one_captive_file(tmp_path, "Արտաշես Մկրտչյան")
    text = tmp_path / "notes.txt"
    text.write_text("not a case file\n", encoding="utf-8")
    empty = tmp_path / "empty.db"
    empty.touch()
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(db.read_bytes()[:1500])
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    folder = tmp_path / "a folder"
    folder.mkdir()
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)  # read, it would be waited on for ever
    return {"pipe": pipe, "db": db, "text": text, "empty": empty, "truncated": truncated,
            "foreign": foreign, "folder": folder, "missing": tmp_path / "missing" / "x.db",
            "nested": nested}


def command_paths() -> list[tuple[str, ...]]:
    """Every command the parser knows, as the words that name it."""
    found: list[tuple[str, ...]] = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.append(words)
            return
        for name, child in subs[0].choices.items():
            walk(child, (*words, name))

    walk(build_parser(), ())
    return found


def hostile_calls(f: dict[str, Path], tmp: Path) -> dict[tuple[str, ...], list[list[str]]]:
    db = ["--db", str(f["db"])]
    out = str(tmp / "out" / "file")
    calls: dict[tuple[str, ...], list[list[str]]] = {
        ("init",): [["--no-encrypt", "--db", str(f[k])] for k in ("db", "folder", "text")]
                   + [["--no-encrypt", "--db", "/proc/caseapp/x.db"]],
        ("demo",): [["--db", str(f[k])] for k in ("db", "folder", "empty")],
        ("captives", "list"): [["--db", ""]] + [[*db, "--search", t] for t in TEXTS]
                              + [[*db, "--tag", t] for t in TEXTS[:4]],
        ("captives", "show"): [[i, *db] for i in INTS] + [["1", *db, "--format", "json"]],
        ("captives", "status"): [[i, "released", *db] for i in INTS]
                                + [["1", "released", *db, "--since", d] for d in DATES]
                                + [["1", "released", *db, "--note", t] for t in TEXTS]
                                + [["1", t, *db] for t in TEXTS[:3]]
                                + [["1", "released", *db, "--level", "secret"],
                                   ["1", "withheld", *db],
                                   ["1", "released", *db, "--keep-stay-open"]],
        ("search",): [[t, *db] for t in TEXTS] + [["", *db], ["*", *db], ['"', *db],
                                                   ["NEAR(", *db], ["a OR", *db]],
        ("export",): [[*db, "-o", str(f["folder"])], [*db, "-o", "/proc/x/y.json"],
                      [*db, "-o", ""], [*db, "-o", str(f["pipe"])]],
        ("import",): [[str(f[k]), *db] for k in ("text", "empty", "folder", "nested",
                                                  "foreign", "truncated", "pipe")]
                     + [[str(tmp / "nope.json"), *db], ["", *db]],
        ("import-sheet",): [[str(f[k]), *db] for k in ("text", "empty", "folder", "nested",
                                                        "foreign", "truncated")]
                           + [[str(tmp / "nope.xlsx"), *db],
                              [str(f["text"]), "--mapping", str(f["nested"]), *db],
                              [str(f["text"]), "--header-row", HUGE, *db],
                              [str(f["text"]), "--sheet", TEXTS[0], "--encoding", TEXTS[3], *db]]
                           + [[str(f["text"]), "--delimiter", t, *db] for t in TEXTS[:3]],
        ("merge",): [[i, "1", *db] for i in INTS] + [["1", "1", *db]]
                    + [["1", "2", "--take", t, *db] for t in TEXTS[:3]],
        ("duplicates",): [[*db, "--threshold", i] for i in INTS],
        ("export-sheet",): [[*db, "-o", out + ".xlsx", "--level", t] for t in TEXTS[:3]]
                           + [[*db, "-o", str(f["folder"])], [*db, "-o", out + ".json"],
                              [*db, "-o", "/proc/x/y.csv"], [*db, "-o", str(f["db"])]],
        ("check",): [],
        ("deadlines",): [[*db, "--within", i] for i in INTS]
                        + [[*db, "--format", "ics", "-o", str(f["folder"])]],
        ("hearings",): [[*db, "--within", i] for i in INTS]
                       + [[*db, "--level", t] for t in TEXTS[:3]]
                       + [[*db, "--format", t] for t in TEXTS[:3]],
        ("deadlines", "daily-log"): [[*db, "--date", d, "-o", out + ".pdf"] for d in DATES]
                                    + [[*db, "--date", "2026-11-27", "-o", str(f["folder"])],
                                       [*db, "--date", "2026-11-27", "--level", "secret",
                                        "-o", out + ".pdf"],
                                       [*db, "--date", "2026-11-27"]],
        ("deliveries", "add"): [[*db, "--appeared", d, "--title", "Letter"] for d in DATES]
                               + [[*db, "--appeared", "2026-01-05", "--title", t] for t in TEXTS]
                               + [[*db, "--appeared", "2026-01-05", "--title", "x", "--weeks", i]
                                  for i in INTS]
                               + [[*db, "--appeared", "2026-01-05", "--title", "x",
                                   "--captive", i] for i in INTS]
                               + [[*db, "--appeared", "2026-01-05", "--title", "x",
                                   "--portal", "email"],
                                  [*db, "--appeared", "2026-01-05", "--title", "x",
                                   "--document", HUGE, "--proceeding", "7"],
                                  [*db, "--appeared", "2026-01-05", "--title", "x",
                                   "--downloaded", "2025-01-01"]],
        ("ocr",): [[i, *db] for i in INTS] + [[*db], ["99999", "1", *db]],
        ("deliveries", "list"): [[*db, "--captive", i] for i in INTS]
                                + [[*db, "--level", "secret"], [*db, "--format", "xml"],
                                   [*db, "--not-downloaded", "--format", "json"]],
        ("rules", "list"): [["--format", "json"]],
        ("rules", "compute"): [["echr.application", "--trigger", d] for d in DATES]
                              + [["no.such.rule", "--trigger", "2026-01-01"],
                                 ["az.verdict.appeal", "--trigger", "2026-01-01",
                                  "--param", "x"],
                                 ["az.verdict.appeal", "--trigger", "2026-01-01",
                                  "--param", f"days={HUGE}"]]
                              + [["az.detention.expiry", "--trigger", "2026-01-01",
                                  "--param", f"term_months={v}"]
                                 for v in (*INTS, "4_0", "\u0664", "\uff14", "+4", "-0", "4.5")]
                              + [["az.detention.expiry", "--trigger", d, "--param",
                                  "term_months=4"] for d in ("2199-12-31", "1900-01-01")]
                              + [["az.detention.expiry", "--trigger", "2026-01-01", "--param",
                                  "term_months=4", "--param", p]
                                 for p in ("term_month=4", "term_months=5", "=4", "term_days",
                                           *(f"term_days={t}" for t in TEXTS[:4]))],
        ("screenshots",): [["--out", str(f["text"]), *db], ["--captive", HUGE, "--out", out,
                                                            *db]],
        ("dossier",): [[i, "--level", "public", "-o", out + ".pdf", *db] for i in INTS]
                      + [["1", "--level", "secret", "-o", out, *db],
                         ["1", "--level", "internal", "-o", str(f["folder"]), *db]],
        ("report",): [["--hearing-days", i, "-o", out + ".pdf", *db] for i in INTS]
                     + [["--tag", t, "-o", out + ".pdf", *db] for t in TEXTS[:3]],
        ("letter",): [["icrc_request_en", i, "-o", out + ".docx", *db] for i in INTS]
                     + [["../../etc/passwd", "1", "-o", out, *db],
                        ["icrc_request_en", "1", "--to", HUGE, "-o", out, *db],
                        ["icrc_request_en", "1", "--set", "novalue", "-o", out, *db],
                        ["icrc_request_en", "1", "--set", "x={{ 7*7 }}", "-o", out, *db]],
        ("templates", "list"): [["--format", "json"]],
        ("templates", "add"): [[str(f[k])] for k in ("text", "empty", "truncated", "foreign",
                                                       "folder", "missing", "pipe", "db")]
                              + [[t] for t in TEXTS[:4]] + [[HUGE, "--replace"]],
        ("templates", "remove"): [[t] for t in (*TEXTS[:4], "../../etc/passwd", HUGE)],
        # Filing packs (issue 18): a folder argument, sizes, dates and free texts.
        ("filing", "echr"): [[i, "-o", out, *db] for i in INTS]
                            + [["1", "-o", str(f[k]), *db] for k in ("db", "text")]
                            + [["1", "-o", out, "--split-size", i, *db] for i in INTS]
                            + [["1", "-o", out, "--page-limit", i, *db] for i in INTS]
                            + [["1", "-o", out, "--final-decision", d, *db] for d in DATES]
                            + [["1", "-o", out, "--annex", HUGE, *db],
                               ["1", "-o", out, "--level", "secret", *db],
                               ["1", "-o", "/proc/x/y", *db]]
                            + [["1", "-o", out, "--state", t, *db] for t in TEXTS[:4]],
        ("filing", "rule39"): [["1", "-o", out, "--at", d, "--risk", "r", "--contact", "c",
                                "--phone", "1", *db] for d in DATES]
                              + [["1", "-o", out, "--risk", t, "--ask", t, "--contact", t,
                                  "--phone", "1", *db] for t in TEXTS]
                              + [["1", "-o", str(f["db"]), "--risk", "r", *db], ["1", "-o", out, *db]],
        ("filing", "wgad"): [[i, "-o", out, *db] for i in INTS]
                            + [["1", "-o", str(f["db"]), *db]]
                            + [["1", "-o", out, "--state", t, *db] for t in TEXTS[:4]],
        ("filing", "wgeid"): [[i, "-o", out, *db] for i in INTS] + [["1", "-o", out, *db]],
        ("backup",): [[*db, "--keep", i] for i in INTS] + [[*db, "-o", str(f["folder"])]],
        ("backups", "list"): [["--db", str(f["folder"])]],
        ("restore",): [[str(f[k]), "--to", str(tmp / "restored.db")]
                       for k in ("text", "empty", "folder", "foreign", "truncated")],
        ("passphrase",): [],
        ("recovery", "setup"): [[*db, "--shares", i, "--threshold", "3"] for i in INTS]
                               + [[*db, "--shares", "5", "--threshold", i] for i in INTS],
        ("recovery", "status"): [],
        ("recovery", "unlock"): [],
        ("encrypt",): [],
        ("settings", "show"): [[*db, "--format", "json"], [*db, "--format", "xml"]],
        ("settings", "set"): [[k, v, *db] for k in ("procedure", "lawyer_name", "nonsense")
                              for v in TEXTS]
                             + [[k, i, *db] for k in ("custody_max_days", "expiry_warning_days")
                                for i in INTS]
                             + [["custody_max_days", "300", "--captive", i, *db] for i in INTS]
                             + [["custody_max_days", "300", "--charge", t, *db]
                                for t in (*TEXTS[:4], "214..2", "Art. 214", "214(2", ".2",
                                          "214.2_1", "")],
        ("settings", "reset"): [[t, *db] for t in TEXTS[:4]]
                               + [["custody_max_days", "--captive", HUGE, *db], ["no_such_key", *db]],
        # Field safety (issue 19): travel copies and the exposure report.
        ("travel-copy",): [[*db, "--level", lv, "-o", out + ".db"]
                           for lv in ("secret", "internal", "", TEXTS[0])]
                          + [[*db, "--level", "public", "--captive", i, "-o", out + ".db"]
                             for i in INTS]
                          + [[*db, "--level", "public", "-o", str(f[k])]
                             for k in ("db", "folder", "text")]
                          + [[*db, "--level", "public", "-o", "/proc/x/y.db"]],
        ("travel-merge",): [[str(f[k]), *db] for k in ("text", "empty", "folder", "foreign",
                                                        "truncated", "missing", "db", "nested")],
        ("travel-destroy",): [[str(f[k]), *db] for k in ("text", "empty", "folder", "foreign",
                                                          "truncated", "missing", "db")]
                             + [[str(f["db"]), "--db", str(f["text"])]]
                             + [[str(f[k]), "--damaged-ok", *db] for k in ("text", "folder",
                                                                           "pipe", "db")],
        ("exposure",): [[*db, "--as-of", d, "-o", out + ".pdf"] for d in DATES]
                       + [[*db, "--since-backup", str(f[k]), "-o", out + ".pdf"]
                          for k in ("text", "empty", "folder", "foreign", "truncated",
                                    "missing", "nested")]
                       + [[*db, "--as-of", "2026-01-01", "-o", str(f[k])]
                          for k in ("db", "folder")]
                       + [[*db, "--since-backup", str(f["db"]), "-o", str(f["db"])],
                          [*db, "--as-of", "2026-01-01", "--lang", TEXTS[0], "-o", out + ".pdf"],
                          [*db, "--as-of", "2026-01-01", "--since-backup", str(f["db"]),
                           "-o", out + ".pdf"]],
        # Team commands on a local file, and server URLs that lead nowhere (issue 14).
        ("team", "init"): [],
        ("team", "add-user"): [[t, "--clearance", "internal", *db] for t in TEXTS[:4]]
                              + [["anna", "--clearance", "secret", *db]],
        ("team", "list"): [[*db, "--format", "xml"]],
        ("team", "remove-user"): [[t, *db] for t in TEXTS[:4]],
        ("team", "enrol-2fa"): [[t, *db] for t in TEXTS[:4]] + [[t, "--require", *db]
                                                                  for t in TEXTS[4:6]],
        ("team", "require-2fa"): [[t, *db] for t in TEXTS[:4]] + [["anna", "--off", *db]],
        ("team", "status-2fa"): [],
        ("team", "revoke"): [[t, *db] for t in TEXTS[:4]]
                            + [["anna", "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/none"]],
        ("team", "whoami"): [["--db", "postgresql+psycopg://u:pw@127.0.0.1:1/none"],
                             ["--db", "mysql://u:pw@localhost/cases"],
                             ["--db", "postgresql+psycopg://[::1/x"]],
        # A local file pushed to a server URL that leads nowhere, to a local path, or files
        # that are not case files pushed anywhere.
        ("team", "push"): [[str(f[k]), "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/none"]
                           for k in ("text", "empty", "truncated", "foreign", "folder", "missing")]
                          + [[t, "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/none"]
                             for t in TEXTS[:4]]
                          + [[str(f["text"]), *db],
                             [str(f["db"]), "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/none"]],
    }
    for words, argvs in calls.items():  # and every command on files that are not case files
        if words not in (("rules", "list"), ("rules", "compute"), ("templates", "list"),
                         ("templates", "add"), ("templates", "remove"),
                         ("init",), ("demo",), ("restore",)):
            extra = [a for a in (argvs[0] if argvs else []) if a not in db]
            for kind in ("text", "empty", "truncated", "foreign", "folder", "missing", "pipe"):
                argvs.append([*extra, "--db", str(f[kind])])
    return calls


def test_every_command_is_fed_hostile_arguments(files: dict[str, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEAPP_DEBUG", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked
    calls = hostile_calls(files, tmp_path)
    missing = [w for w in command_paths() if w and w not in calls]
    assert not missing, f"commands without hostile arguments here: {missing}"
    ran, wrong = 0, []
    for words, argvs in calls.items():
        for argv in argvs:
            where = " ".join([*words, *argv])[:200]
            code, _out, err = run(*words, *argv)
            ran += 1
            if code not in (0, 1, 2) or (code and not (
                    err.startswith("caseapp: ") and err.count("\n") == 1
                    and "unexpected error" not in err and "Traceback" not in err)):
                wrong.append(f"{where} -> exit {code}: {err[:300]}")
    assert not wrong, "\n".join(wrong)
    assert ran > 150
    # The case file survived all of it.
    code, out, _ = run("captives", "list", "--db", str(files["db"]))
    assert (code == 0 and "Mkrtchyan" in out) or "Մկրտչյան" in out


@pytest.mark.parametrize("argv", [
    ["captives", "show", HUGE],
    ["deadlines", "--within", "1000000000000"],
    ["hearings", "--within", "1000000000000"],
    ["rules", "compute", "echr.application", "--trigger", "9999-12-31T23:59+14:00"],
    ["rules", "compute", "echr.application", "--trigger", "0001-01-01T00:00-12:00"],
])
def test_overflows_are_one_line_and_exit_2_in_a_real_process(argv: list[str],
                                                             files: dict[str, Path]) -> None:
    result = subprocess.run([sys.executable, "-m", "caseapp", *argv, "--db", str(files["db"])],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("caseapp: ")
    assert "unexpected error" not in result.stderr


def test_a_mistyped_command_line_is_one_line(files: dict[str, Path]) -> None:
    code, _, err = run("captives", "show", "seven", "--db", str(files["db"]))
    assert code == 2 and err.count("\n") == 1
    assert "“seven” is not a record ID" in err
    code, _, err = run("captives", "shwo")
    assert code == 2 and err.count("\n") == 1 and "invalid choice" in err


def test_an_empty_path_is_refused_not_taken_for_the_current_folder_or_the_default_file(
        files: dict[str, Path]) -> None:
    db = ["--db", str(files["db"])]
    for argv, option in ((["export", "-o", "", *db], "-o/--output"),
                         (["captives", "list", "--db", ""], "--db"),
                         (["restore", str(files["db"]), "--to", "", *db], "--to"),
                         (["import", "", *db], "FILE")):
        code, out, err = run(*argv)
        assert code == 2 and out == "" and err.count("\n") == 1, argv
        assert err.startswith(f"caseapp: argument {option}: an empty path names no file"), err


def options_of_every_command() -> list[tuple[tuple[str, ...], argparse.Action]]:
    """Each option of each command with the parser of its command, by the words naming it."""
    found: list[tuple[tuple[str, ...], argparse.Action]] = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, (*words, name))
            elif action.option_strings:
                found.append((words, action))

    walk(build_parser(), ())
    return found


def test_every_date_option_names_itself_when_refused() -> None:
    """``deliveries add --appeared 2026-02-31`` was refused without naming --appeared: every
    option taking a day or a moment now parses it itself, so argparse names the option."""
    dated = [(words, a) for words, a in options_of_every_command()
             if any(m in str(a.metavar or "") for m in ("YYYY", "DATE"))]
    assert len(dated) >= 6, dated
    unchecked = [f"{' '.join(words)} {a.option_strings[-1]}" for words, a in dated
                 if a.type is None]
    assert not unchecked, f"date options the parser does not check: {unchecked}"
    for words, action in dated:
        with pytest.raises((argparse.ArgumentTypeError, UserError)) as refused:
            action.type("2026-02-31")  # type: ignore[misc]
        # argparse names the option before a type's error; one raising UserError itself
        # (the daily log's --date) names it in its own words.
        said = str(refused.value)
        assert "2026-02-31" in said, (words, action.option_strings)
        assert isinstance(refused.value, argparse.ArgumentTypeError) or any(
            o in said for o in action.option_strings), said


@pytest.mark.parametrize(("argv", "option"), [
    (["deadlines", "--within", "３０"], "--within"),
    (["deadlines", "--within", "٣٠"], "--within"),
    (["deliveries", "add", "--appeared", "2026-01-05", "--title", "x", "--weeks", "１２"], "--weeks"),
    (["deliveries", "add", "--appeared", "2026-01-05", "--title", "x", "--document", "１"],
     "--document"),
    (["deliveries", "add", "--appeared", "2026-02-31", "--title", "x"], "--appeared"),
    (["deliveries", "add", "--appeared", "2026-01-05", "--title", "x", "--downloaded",
      "2026-02-31"], "--downloaded"),
    (["rules", "compute", "az.verdict.appeal", "--trigger", "2026-02-31"], "--trigger"),
    (["rules", "compute", "az.verdict.appeal", "--trigger", "２０２６-02-01"], "--trigger"),
    (["captives", "show", "７"], "ID"),
])
def test_a_number_or_a_day_mistyped_is_refused_naming_the_option(
        argv: list[str], option: str, files: dict[str, Path]) -> None:
    """Full-width ("３０") or Arabic-Indic ("٣٠") digits were taken as 30 by some options
    (Python's int() reads them) and refused by others: every numeric option now refuses
    them, in one line naming the option, exit 2; nothing is recorded."""
    code, out, err = run("--db", str(files["db"]), *argv)  # (rules compute takes no --db)
    assert code == 2 and out == "", err
    assert err.startswith("caseapp: argument ") and err.count("\n") == 1, err
    assert option in err.split(":")[1], err


@pytest.mark.parametrize(("lang", "said"), [("ru", "не записано (экспорт)"),
                                            ("hy", "չի գրվել՝ արտահանումը")])
def test_an_output_refused_names_what_was_not_written_in_the_language(
        lang: str, said: str, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """``export -o FOLDER`` said "не записано (the export)": the English words were passed
    as they are instead of as a message."""
    monkeypatch.setattr(messages, "_language", ["en"])
    code, out, err = run("--lang", lang, "export", "-o", str(files["folder"]),
                         "--db", str(files["db"]))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert said in err and "the export" not in err, err


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("case", ["not json", "nan", "huge number", "bad url", "mysql url",
                                  "push to a file"])
def test_no_english_of_pythons_in_a_refusal(lang: str, case: str, files: dict[str, Path],
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's and SQLAlchemy's own words were kept in the line ("недопустимый JSON (строка
    1, позиция 1: Expecting value)", "(invalid literal for int() with base 10: ':1')"), and
    a server URL's parts as "USER@HOST:PORT/DATABASE", which --help says in the language: the
    line is now wholly in the language, naming where, exit 2."""
    monkeypatch.setattr(messages, "_language", ["en"])
    bad = {"nan": '{"format": NaN}', "huge number": '{"format": 1' + "0" * 5000 + "}"}
    source = tmp_path / "export.json"
    source.write_text(bad.get(case, "not a case file"), encoding="utf-8")
    argv = {"bad url": ["team", "whoami", "--db", "postgresql+psycopg://u:pw@[::1/x"],
            "mysql url": ["team", "whoami", "--db", "mysql://u:pw@localhost/cases"],
            "push to a file": ["team", "push", str(files["db"]), "--db", str(files["db"])],
            }.get(case, ["import", str(source), "--db", str(files["db"])])
    code, out, err = run("--lang", lang, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1, err
    said = err.replace(str(source), " ").replace("mysql://u:***@localhost/cases", " ")
    latin = set(re.findall(r"[A-Za-z]{2,}", said)) - {
        "caseapp", "JSON", "CaseApp", "NaN", "postgresql", "psycopg", "URL", "PostgreSQL",
        "team", "push", "db"}  # (the placeholders USER@HOST… said in the language)
    assert not latin, err


@pytest.mark.parametrize(("lang", "ending"), [
    ("hy", "ամսաթիվ և ժամ (ՏՏՏՏ-ԱԱ-ՕՕTԺԺ:ՐՐ+ԺԺ:ՐՐ) (տե՛ս «caseapp rules compute --help»)։\n"),
    ("ru", "(ГГГГ-ММ-ДДTЧЧ:ММ+ЧЧ:ММ) (см. «caseapp rules compute --help»).\n")])
def test_a_refused_argument_is_one_sentence_in_armenian_too(
        lang: str, ending: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--trigger 31.12.2026`` in Armenian ended its sentence twice ("…ԺԺ:ՐՐ)։ (տե՛ս …)։"):
    only the English full stop was taken off the reason before the pointer to --help."""
    monkeypatch.setattr(messages, "_language", ["en"])
    code, out, err = run("--lang", lang, "rules", "compute", "echr.application",
                         "--trigger", "31.12.2026")
    assert code == 2 and out == "" and err.endswith(ending), err


def written_with_other_tools(db: Path, sql: str) -> None:
    """``sql`` run on the case file ``db`` by another program than CaseApp."""
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    conn.close()


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "caseapp: Не удаётся прочитать или записать файл дела"),
    ("hy", "caseapp: Հնարավոր չէ կարդալ կամ գրել գործի ֆայլը")])
def test_a_damaged_search_index_is_the_users_to_mend_in_the_language(
        lang: str, said: str, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A search index damaged inside a file that opens was "unexpected error … (DatabaseError:
    database disk image is malformed)", exit 1: SQLite's error, raised by the driver itself
    where the index is read directly, is a damaged file, said in the language, exit 2."""
    monkeypatch.setattr(messages, "_language", ["en"])
    written_with_other_tools(files["db"], "UPDATE search_fts_data SET block = x'0102030405060708' "
                                          "WHERE id > 1")
    code, out, err = run("--lang", lang, "search", "Մկրտչյան", "--db", str(files["db"]))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(said) and "malformed" not in err, err


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_an_unreadable_stored_value_is_said_without_pythons_english(
        lang: str, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A day no calendar has, written into the file with other tools, was said with Python's
    words in the line and in check's list ("(day is out of range for month)")."""
    monkeypatch.setattr(messages, "_language", ["en"])
    written_with_other_tools(files["db"], "UPDATE captives SET birth_date = '2026-02-30'")
    code, out, err = run("--lang", lang, "captives", "list", "--db", str(files["db"]))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert set(re.findall(r"[A-Za-z]{2,}", err)) == {"caseapp", "CaseApp", "check"}, err
    code, out, _err = run("--lang", lang, "check", "--db", str(files["db"]))
    assert code == 1 and "'2026-02-30'" in out and "range" not in out, out


@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "(ГГГГ-ММ-ДДTЧЧ:ММ+ЧЧ:ММ, например 2026-12-04T15:30+01:00)"),
    ("hy", "(ՏՏՏՏ-ԱԱ-ՕՕTԺԺ:ՐՐ+ԺԺ:ՐՐ, օր.՝ 2026-12-04T15:30+01:00)")])
def test_a_moment_mistyped_is_described_in_the_language(
        lang: str, said: str, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """``filing rule39 --at завтра`` described the form wanted as "YYYY-MM-DDTHH:MM+HH:MM" in
    Russian and Armenian, though every other date message writes its placeholders in them."""
    monkeypatch.setattr(messages, "_language", ["en"])
    code, out, err = run("--lang", lang, "filing", "rule39", "1", "-o", str(files["folder"]),
                         "--at", "завтра", "--db", str(files["db"]))
    assert code == 2 and out == "" and said in err and "YYYY" not in err, err


@pytest.mark.parametrize("command", ["import", "backup"])
def test_a_loop_of_symbolic_links_is_said_in_the_language(
        command: str, files: dict[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A link leading to itself: ``backup -o LOOP`` was "unexpected error (RuntimeError:
    Symlink loop from …)", exit 1, and ``import LOOP`` ended in the system's English ("Too
    many levels of symbolic links"). Both are one line in the language, exit 2."""
    monkeypatch.setattr(messages, "_language", ["en"])
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    argv = [command, str(loop)] if command == "import" else [command, "-o", str(loop)]
    code, out, err = run("--lang", "ru", *argv, "--db", str(files["db"]))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert set(re.findall(r"[A-Za-z]{2,}", err.replace(str(loop), " "))) == {"caseapp"}, err
    assert loop.is_symlink()  # nothing was written in its place


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("code", [errno.ELOOP, errno.EFBIG, errno.EACCES, errno.ENOSPC,
                                  errno.EROFS, errno.ENOENT])
def test_the_systems_refusals_a_user_meets_are_said_in_the_language(
        lang: str, code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file too large for a FAT32 stick (EFBIG) and a loop of links (ELOOP) were said in the
    system's English ("File too large")."""
    from caseapp.domain.messages import text_of
    from caseapp.write_errors import os_reason

    monkeypatch.setattr(messages, "_language", [lang])
    said = text_of(os_reason(OSError(code, os.strerror(code))))
    assert os.strerror(code) not in said and not re.findall(r"[A-Za-z]{3,}", said.replace("FAT32", "")), said


def test_an_output_under_a_file_says_a_part_of_the_path_is_not_a_folder(
        files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """``export -o notes.txt/x.json`` said "Файл уже существует (…/x.json)", though no x.json
    exists: the folder it names is a file."""
    monkeypatch.setattr(messages, "_language", ["en"])
    code, out, err = run("--lang", "ru", "export", "-o", str(files["text"] / "x.json"),
                         "--db", str(files["db"]))
    assert code == 2 and out == "", err
    assert err == f"caseapp: Часть пути — не папка ({files['text'] / 'x.json'}); ничего не изменено.\n"
