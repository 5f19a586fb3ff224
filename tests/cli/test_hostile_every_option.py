"""Every option and argument of every command, fed the hostile values a user's paste, a
script or a stray key gives: empty text, a lone dash, "--", 10,000 characters, a NUL byte,
bytes that are not UTF-8 (Python's surrogate escapes), control and bidi characters, days
that do not exist or are not written YYYY-MM-DD, hours past the day, negative and huge
numbers, IDs of nothing, and paths that are a folder, a device, under a missing or a
read-only folder, the case file itself or a link to it. The command either does its work
(exit 0) or says in one line what is wrong (exit 2), never a traceback nor "an unexpected
error", and a refused command changes nothing in the case file.

The commands and their options are read from the parser, so a new one is swept too; the
other arguments a command needs are given valid values (:data:`FILLERS`)."""

from __future__ import annotations

import argparse
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.cli import build_parser
from tests.cli.cli_run import digest, run
from tests.cli.one_captive import one_captive_file

TEXTS = ["", "-", "--", "x" * 10_000, "a\x00b", "caf\udce9", "\u202eevil\u2066",
         "\x1b[2J\x07\x08", "a\nb"]
DAYS = ["2026-02-30", "31/12/2026", "0000-01-01", "99999-01-01", "2026-13-01"]
MOMENTS = ["2026-01-05T24:00", "2026-01-05T25:61", "2026-01-05 24:00+04:00"]
NUMBERS = ["-1", "-99999999999999999999", "99999999999999999999", "0", "1e400", "nan",
           "999999"]
PATH_KINDS = ("folder", "null", "full", "missing", "read-only", "case file", "link")
# The commands that need what the sweep cannot give in one process (a window, a server)
NOT_SWEPT = {("screenshots",)}
# Commands that render a document each time a value is taken: their free text is given
# only the values that can be refused (long, control and bidi text, which they print, are
# in tests/cli/test_hostile_arguments.py and tests/reports), so the sweep stays short.
RENDERING = {"filing", "report", "dossier", "letter", "demo", "exposure"}
REFUSABLE_TEXTS = ["", "--", "a\x00b", "caf\udce9"]


def leaf_parsers() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]
             ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if parser.get_default("func") is not None and words:
            yield words, parser
        for sub in subs:
            for name, child in dict.fromkeys(sub.choices.items()):
                yield from walk(child, (*words, name))
    yield from walk(build_parser(), ())


COMMANDS = [words for words, _ in leaf_parsers() if words not in NOT_SWEPT]


def _kind(action: argparse.Action) -> str:
    name = getattr(action.type, "__name__", "")
    if "path" in name or name == "non_empty" or action.dest in ("file", "travel_file", "out",
                                                                "output", "since_backup"):
        return "path"
    if name in ("calendar_day", "log_day") or action.dest in ("as_of", "date", "appeared",
                                                               "downloaded", "since"):
        return "day"
    if "trigger" in name or action.dest in ("at", "trigger"):
        return "moment"
    if name in ("record_id", "whole_number", "day_count", "int") or action.dest in (
            "id", "captive_id", "keep", "other", "document", "captive", "to", "org"):
        return "number"
    return "text"


def fillers(words: tuple[str, ...], out: Path) -> dict[str, list[str]]:
    """Valid values for what each command needs, by the option's dest."""
    suffix = {("export",): ".json", ("letter",): ".docx", ("export-sheet",): ".xlsx",
              ("travel-copy",): ".db"}.get(words, ".pdf")
    target = str(out / f"made{suffix}") if words[0] != "filing" else str(out / "pack")
    return {"id": ["1"], "captive_id": ["1"], "keep": ["1"], "other": ["1"],
            "document": ["1"], "status": ["released"], "query": ["Mkrtchyan"],
            "output": [target], "file": [str(out / "missing.json")],
            "travel_file": [str(out / "missing.db")], "to": [str(out / "restored.db")],
            "date": ["2026-01-05"], "trigger": ["2026-01-05"], "rule_id": ["az.verdict.appeal"],
            "appeared": ["2026-01-05"], "title": ["Letter"], "template": ["icrc_request_en"],
            "level": ["shareable" if words != ("travel-copy",) else "public"],
            "shares": ["3"], "threshold": ["2"], "key": ["lawyer_name"], "value": ["A. Lawyer"],
            "name": ["anna"], "clearance": ["shareable"], "out": [str(out / "shots")]}


def hostile_values(kind: str, paths: dict[str, str], rendering: bool = False) -> list[str]:
    values = list(REFUSABLE_TEXTS if rendering else TEXTS)
    values += {"day": DAYS, "moment": MOMENTS + DAYS, "number": NUMBERS,
               "path": [paths[k] for k in PATH_KINDS]}.get(kind, [])
    return values


def calls(words: tuple[str, ...], parser: argparse.ArgumentParser, db: Path, out: Path,
          paths: dict[str, str]) -> Iterator[list[str]]:
    """The command with each of its options (and arguments) given each hostile value in
    turn, the others it needs given valid ones."""
    fill = fillers(words, out)
    actions = [a for a in parser._actions if a.nargs != 0 and a.dest not in ("help", "lang")
               and not isinstance(a, argparse._SubParsersAction)]
    needed = [a for a in actions if a.required or not a.option_strings]

    def line(hostile: argparse.Action | None, value: str) -> list[str]:
        argv = [*words]
        for a in needed:
            if a is hostile:
                continue
            given = fill.get(a.dest, ["1"])[0]
            argv += [given] if not a.option_strings else [a.option_strings[-1], given]
        if hostile is not None:
            # an option's value joined to it with "=", as a value beginning with a dash must
            argv += ([f"{hostile.option_strings[-1]}={value}"] if hostile.option_strings
                     else ["--", value] if value.startswith("-") else [value])
        if "--db" not in argv:
            argv += ["--db", str(db)]
        return argv

    for action in actions:
        if action.dest == "db":
            continue
        for value in hostile_values(_kind(action), paths, rendering=words[0] in RENDERING):
            yield line(action, value)
    for value in hostile_values("path", paths):  # the case file named by each hostile path
        yield [*line(None, "")[:-2], "--db", value]


@pytest.fixture
def sweep_files(tmp_path: Path) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    db, _ = one_captive_file(tmp_path, "Արտաշես Մկրտչյան")
    out = tmp_path / "out"
    out.mkdir()
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(db)
    paths = {"folder": str(out), "null": os.devnull, "full": "/dev/full",
             "missing": str(tmp_path / "missing" / "x.json"),
             "read-only": str(read_only / "x.json"), "case file": str(db), "link": str(link)}
    read_only.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield db, out, paths
    finally:
        read_only.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_option_of_every_command_refuses_hostile_values_in_one_line(
        words: tuple[str, ...], sweep_files: tuple[Path, Path, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, out, paths = sweep_files
    monkeypatch.chdir(out)  # a value taken for a file's name makes it there, not in the tree
    monkeypatch.delenv("CASEAPP_DEBUG", raising=False)
    for name in ("CASEAPP_PASSPHRASE", "CASEAPP_NEW_PASSPHRASE", "CASEAPP_DB",
                 "CASEAPP_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked
    parser = dict(leaf_parsers())[words]
    wrong = []
    for argv in calls(words, parser, db, out, paths):
        before = digest(db)
        code, _, err = run(*argv)
        shown = " ".join(a[:30].encode("unicode_escape").decode() for a in argv)
        if code not in (0, 2):
            wrong.append(f"{shown} -> exit {code}: {err[:200]!r}")
        elif code == 2 and not (err.startswith("caseapp: ") and err.count("\n") == 1
                                and "unexpected error" not in err and "Traceback" not in err):
            wrong.append(f"{shown} -> {err[:200]!r}")
        elif code == 2 and digest(db) != before:
            wrong.append(f"{shown} -> refused, yet the case file changed")
    assert not wrong, "\n".join(wrong)
