"""Every option of every command says what it is for under ``--help``, in the run's
language: a lawyer reading ``caseapp deadlines --help`` learns what ``--format`` writes."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from caseapp.cli import build_parser, main
from caseapp.domain.messages import set_language


def _parsers(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
             ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = [(words, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.extend(_parsers(child, (*words, name)))
    return found


def test_every_option_of_every_command_has_a_help_line() -> None:
    missing = [f"caseapp {' '.join(words)} {'/'.join(action.option_strings)}"
               for words, parser in _parsers(build_parser())
               for action in parser._actions
               if action.option_strings and not (action.help or "").strip()]
    assert missing == []


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", "table — для чтения (по умолчанию); json — все поля, для сценариев; ics —"),
    ("hy", "table՝ կարդալու համար (լռելյայն), json՝ բոլոր դաշտերը, սկրիպտների համար, ics՝"),
])
def test_format_is_explained_in_the_runs_language(lang: str, words: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line each
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
            main(["--lang", lang, "deadlines", "--help"])
    finally:
        set_language("en")
    lines = out.getvalue().splitlines()
    (at,) = [n for n, x in enumerate(lines) if x.lstrip().startswith("--format {")]
    assert words in " ".join(x.strip() for x in lines[at:at + 2])  # (under it when too wide)
