"""The command line imports only the chosen command's module, and says exactly what the
whole parser says: every command's ``--help``, and the top level's."""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import io
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.cli.argument_parser import ArgumentParser
from caseapp.cli.entry import GROUP_OF, GROUPS, build_parser
from tests.cli.test_hostile_arguments import command_paths


def _help_of(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return out.getvalue()


def _whole_help(words: tuple[str, ...]) -> str:
    parser = build_parser()  # every group: the parser as it was before commands were lazy
    for word in words:
        subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = subs.choices[word]
    return parser.format_help()


@pytest.mark.parametrize("words", command_paths(), ids=" ".join)
def test_every_commands_help_is_the_whole_parsers(words: tuple[str, ...], monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps to the terminal's width
    assert _help_of(list(words)) == _whole_help(words)


def test_top_level_help_lists_every_command(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    text = _help_of([])
    assert text == _whole_help(())
    for command in ("captives", "travel-copy", "import-sheet", "team", "screenshots"):
        assert f"    {command} " in text


def test_the_table_of_groups_names_what_each_module_adds() -> None:
    added: dict[str, str] = {}
    for group in GROUPS:
        sub = ArgumentParser().add_subparsers()
        importlib.import_module(f"caseapp.cli.{group}").add_parsers(
            sub, ArgumentParser(add_help=False))
        added.update(dict.fromkeys(sub.choices, group))
    assert added == GROUP_OF


def test_a_command_imports_its_own_module_only() -> None:
    code = ("import sys; from caseapp.cli.entry import build_parser; "
            "build_parser(['--db', 'x.db', 'captives', 'list']); "
            "print(sorted(m for m in sys.modules if m.startswith('caseapp.cli.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    loaded = ast.literal_eval(done.stdout)
    assert "caseapp.cli.records" in loaded
    for other in ("caseapp.cli.safety", "caseapp.cli.reports", "caseapp.cli.sheets",
                  "caseapp.cli.security", "caseapp.cli.team"):
        assert other not in loaded


def test_mistakes_are_reported_as_by_the_whole_parser() -> None:
    err = io.StringIO()
    assert main(["captives", "lsit"], out=io.StringIO(), err=err) == 2
    assert "invalid choice: 'lsit'" in err.getvalue()
    err = io.StringIO()
    assert main(["captivez"], out=io.StringIO(), err=err) == 2
    assert "invalid choice: 'captivez'" in err.getvalue() and "'captives'" in err.getvalue()
    err = io.StringIO()
    assert main(["--db", "x.db", "captives", "list", "--bogus"], out=io.StringIO(), err=err) == 2
    assert "unknown option --bogus for “caseapp captives list”" in err.getvalue()


def test_the_whole_help_loads_no_database_or_document_library() -> None:
    """``caseapp --help`` builds every command's parser, and answers at once: no module of
    any command group loads SQLAlchemy (0.5 s and 30 MB of the answer when one did), Qt, or
    the documents' libraries; a command imports what it runs when it runs."""
    code = ("import sys; from caseapp.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'reportlab', 'openpyxl', 'docx', 'psycopg', 'alembic')),"
            " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert "travel-copy" in done.stdout and "import-sheet" in done.stdout
    assert ast.literal_eval(done.stderr.strip().splitlines()[-1]) == []


def test_a_command_runs_with_the_collector_on_and_its_libraries_out_of_its_sight(
        tmp_path) -> None:
    """The start (the parser, the second factor's set-up with the database library) runs
    with the cycle collector off; the command runs with it on, what the start imported
    frozen out of its sight: nearly every object the collector sees when the command starts
    is frozen (a collector on while SQLAlchemy was imported, its 50,000 objects in sight,
    cost ``caseapp captives list`` a quarter of its time)."""
    code = ("import gc, sys\n"
            "from caseapp.cli import records\n"
            "def seen(args, out):\n"
            "    print(gc.isenabled(), len(gc.get_objects()) < gc.get_freeze_count() // 20,\n"
            "          'sqlalchemy.orm' in sys.modules)\n"
            "    return 0\n"
            "records.cmd_captives_list = seen\n"
            "sys.argv = ['caseapp', '--db', sys.argv[1], 'captives', 'list']\n"
            "from caseapp.cli import main\n"
            "sys.exit(main())\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.db")],
                          capture_output=True, text=True)
    assert done.stdout.split() == ["True", "True", "True"], done.stderr


def _plain_file_with_one_captive(path: Path) -> Path:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    cf = open_case_file(Location(path=path), create=True, actor="t")
    cf.captives.create(names=["Vardanyan Armen"], status="held")
    cf.close()
    return path


def _loaded_by_captives_list(path: Path, names: tuple[str, ...]) -> tuple[str, list[str]]:
    """The exit code of `caseapp captives list` on ``path``, run in a process of its own,
    and the packages and modules it loaded among ``names`` (each named to its second part)."""
    code = ("import sys; from caseapp.cli import main\n"
            f"code = main(['--db', {str(path)!r}, 'captives', 'list'])\n"
            "print(code, sorted({'.'.join(m.split('.')[:2]) for m in sys.modules"
            f" for n in {names!r} if m == n or m.startswith(n + '.')}}), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    exit_code, loaded = done.stderr.strip().splitlines()[-1].split(" ", 1)
    return exit_code, ast.literal_eval(loaded)


def test_a_command_on_a_plain_case_file_loads_no_server_dialect_or_migrations(
        tmp_path) -> None:
    """`caseapp captives list` on a SQLite file at the current revision: SQLAlchemy's
    PostgreSQL dialect (a model's ``postgresql_*`` option imports it: 10 ms of the command)
    and Alembic (needed only to upgrade an older file) stay unloaded."""
    path = _plain_file_with_one_captive(tmp_path / "plain.db")
    assert _loaded_by_captives_list(
        path, ("sqlalchemy.dialects.postgresql", "alembic", "psycopg")) == ("0", [])


@pytest.mark.parametrize("module", [
    "difflib",  # the option meant by a mistyped one
])
def test_captives_list_loads_only_what_listing_needs(tmp_path, module: str) -> None:
    """The command line imports these only where used: `caseapp captives list` on a plain
    file lists without them. (The services import theirs with their modules: the window runs
    the services on worker threads, and a module imported there goes through PySide6's import
    hook off the UI thread, which corrupted memory: see caseapp/services/base.py.)"""
    path = _plain_file_with_one_captive(tmp_path / "plain.db")
    assert _loaded_by_captives_list(path, (module,)) == ("0", [])


def test_a_file_with_open_deadlines_is_listed_without_the_holiday_calendars(tmp_path) -> None:
    """Each opening checks the file was looked at with this version of the holiday
    calendars (deadlines next to a holiday only estimated); reading that version imported
    the holidays package (some 50 ms of every command and of the window's start) where its
    metadata says it."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    path = _plain_file_with_one_captive(tmp_path / "orders.db")
    cf = open_case_file(Location(path=path), actor="t")
    captive = cf.captives.list()[0]
    cf.detention_orders.create(captive_id=captive.id, ordering_court="Khatai District Court",
                               decided_on="2026-10-01", start_date="2026-10-01", term_months=4)
    assert cf.deadlines.list()  # open deadlines: the opening looks at them once
    cf.close()
    open_case_file(Location(path=path), actor="t").close()  # looked at, and marked
    assert _loaded_by_captives_list(path, ("holidays",)) == ("0", [])
