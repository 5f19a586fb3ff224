"""The command line's help and argparse's own words follow ``--lang`` / ``LANG``: every
command's ``--help`` in Armenian and Russian has no English word left (only what the user
types: options, commands, choices, setting keys, variable names; file extensions and a few
Latin names), and a mistake argparse finds is one line in the language, exit code 2.

The expected phrases are written out here as a native reader reads them. These tests need the
delivery ``resources/translations/incoming/cli-help.messages.json`` applied to the messages'
catalogues (argparse's catalogue is in ``resources/translations/argparse``)."""

from __future__ import annotations

import argparse
import contextlib
import gettext
import io
import os
import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo

from caseapp.cli import main
from caseapp.cli.argparse_language import argparse_speaks
from caseapp.cli.entry import build_parser
from caseapp.domain import messages
from caseapp.message_catalogues import argparse_catalogue_path, argparse_strings, load_argparse
from caseapp.services.settings import REGISTRY

# Latin words a translated help may hold: names, formats, extensions, units and codes.
LATIN_TERMS = {
    "CaseApp", "Qt", "SQLCipher", "SQLite", "PostgreSQL", "postgresql", "psycopg", "URL", "ID",
    "PDF", "pdf", "XLSX", "xlsx", "CSV", "csv", "ods", "xls", "docx", "toml", "JSON", "PNG", "QR",
    "ics", "eComms", "stderr", "utf", "sig", "cp", "koi", "armscii", "tab", "none", "hy", "ru", "en",
    "az", "am",  # the procedure setting's values
    "OCR", "JPEG", "TIFF",  # text recognition, image formats (caseapp ocr)
}
WORD = re.compile(r"[A-Za-z]{2,}")
VARIABLE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:_\*)?|\bLANG(?:UAGE)?\b")


def every_parser(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """Each parser of the command line, the top level and every group included."""
    yield words, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from every_parser(child, (*words, name))


def typed_words(parser: argparse.ArgumentParser) -> set[str]:
    """What a user types and help therefore shows as it is: options, commands, choices,
    the settings' keys and the stages they take."""
    typed = {key for key in REGISTRY}
    for _words, p in every_parser(parser):
        for action in p._actions:
            typed.update(action.option_strings)
            typed.update(str(choice) for choice in action.choices or ())
    typed.add("caseapp")
    return typed


def english_left(text: str, typed: set[str]) -> list[str]:
    for token in sorted(typed, key=len, reverse=True):
        # an Armenian ending may follow after a hyphen ("--db-ի")
        text = re.sub(rf"(?<![\w-]){re.escape(token)}(?!\w|-[A-Za-z0-9])", " ", text)
    text = VARIABLE.sub(" ", text)
    return [w for w in WORD.findall(text) if w not in LATIN_TERMS]


@pytest.fixture
def speaking(monkeypatch: pytest.MonkeyPatch):
    """The language of the messages and of argparse, as ``main`` sets them for a run."""
    monkeypatch.setattr(messages, "_language", ["en"])
    monkeypatch.setenv("COLUMNS", "100")

    @contextlib.contextmanager
    def speak(lang: str):
        messages.set_language(lang)
        with argparse_speaks(lang):
            yield

    return speak


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_every_commands_help_has_no_english_left(lang: str, speaking) -> None:
    with speaking(lang):
        parser = build_parser()
        typed = typed_words(parser)
        left = {" ".join(words) or "caseapp": english_left(p.format_help(), typed)
                for words, p in every_parser(parser)}
    assert len(left) > 60  # every group and command was looked at
    assert {command: words for command, words in left.items() if words} == {}


def test_english_help_is_untouched(speaking) -> None:
    with speaking("en"):
        text = build_parser().format_help()
    assert text.startswith("usage: caseapp [-h]")
    assert "\noptions:\n  -h, --help" in text and "show this help message and exit" in text
    assert "--db PATH|URL" in text


@pytest.mark.parametrize(("lang", "usage", "heading", "helps", "own"), [
    ("ru", "использование: caseapp dossier", "позиционные аргументы:", "показать эту справку и выйти",
     "-o ФАЙЛ.pdf, --output ФАЙЛ.pdf"),
    ("hy", "օգտագործում. caseapp dossier", "դիրքային արգումենտներ:", "ցույց տալ այս օգնությունը և դուրս գալ",
     "-o ՖԱՅԼ.pdf, --output ՖԱՅԼ.pdf"),
])
def test_a_commands_help_through_main(lang: str, usage: str, heading: str, helps: str, own: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
    monkeypatch.setenv("COLUMNS", "100")
    for argv, env in ((["--lang", lang, "dossier", "--help"], None),
                      (["dossier", "--help"], f"{lang}_{'AM' if lang == 'hy' else 'RU'}.UTF-8")):
        if env:
            monkeypatch.setenv("LANG", env)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 0
        text = out.getvalue()
        assert text.startswith(usage) and heading in text and helps in text and own in text


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("argv", "line"), [
    (["--lang", "ru", "dossier"],
     "caseapp: необходимы следующие аргументы: ID_ПЛЕННОГО, --level, -o/--output "
     "(см. «caseapp dossier --help»).\n"),
    (["--lang", "hy", "dossier"],
     "caseapp: պարտադիր են հետևյալ արգումենտները. ԳԵՐՈՒ_ID, --level, -o/--output "
     "(տե՛ս «caseapp dossier --help»)։\n"),
    (["--lang", "ru", "report", "--level", "secret"],
     "caseapp: аргумент --level: недопустимый вариант: 'secret' (выберите из 'public', "
     "'shareable', 'internal') (см. «caseapp report --help»).\n"),
    (["--lang", "hy", "report", "--level", "secret"],
     "caseapp: արգումենտ --level. անթույլատրելի տարբերակ. 'secret' (ընտրեք՝ 'public', "
     "'shareable', 'internal') (տե՛ս «caseapp report --help»)։\n"),
    (["check", "--lang", "ru", "--bogus", "x"],
     "caseapp: неизвестный параметр --bogus команды «caseapp check» (см. «caseapp check "
     "--help»).\n"),
    (["check", "--lang", "hy", "--bogus"],
     "caseapp: «caseapp check» հրամանը --bogus ընտրանք չունի (տե՛ս «caseapp check --help»)։\n"),
    (["--lang", "ru", "backup", "--keep"],
     "caseapp: аргумент --keep: ожидался один аргумент (см. «caseapp backup --help»).\n"),
    (["--lang", "hy", "backup", "--keep", "seven"],
     "caseapp: արգումենտ --keep. «seven» արժեքն ամբողջ թիվ չէ (տե՛ս «caseapp backup --help»)։\n"),
])
def test_argparse_mistakes_are_one_line_in_the_language(argv: list[str], line: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
    assert run(*argv) == (2, "", line)


def test_the_language_comes_from_the_environment_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
    monkeypatch.setenv("LANGUAGE", "ru")
    assert run("captives", "lsit")[2].startswith(
        "caseapp: аргумент ДЕЙСТВИЕ: недопустимый вариант: 'lsit' (выберите из ")


def test_a_run_leaves_the_environment_and_gettext_as_they_were(monkeypatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
    monkeypatch.setenv("LANGUAGE", "de:fr")
    domain = gettext.textdomain()
    assert run("--lang", "hy", "check", "--bogus")[0] == 2
    assert os.environ["LANGUAGE"] == "de:fr" and gettext.textdomain() == domain
    monkeypatch.delenv("LANGUAGE")
    assert run("--lang", "ru", "check", "--bogus")[0] == 2
    assert "LANGUAGE" not in os.environ
    assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_argparse_catalogue_is_complete_and_compiled(lang: str) -> None:
    catalogue = load_argparse(lang)
    for key in argparse_strings():
        message = catalogue.get(key if isinstance(key, str) else key[0])
        assert message is not None and not message.fuzzy, key
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms), key
    assert [(m.id, errors) for m, errors in catalogue.check() if errors] == []
    with argparse_catalogue_path(lang, ".mo").open("rb") as handle:
        compiled = read_mo(handle)
    assert _texts(compiled) == _texts(catalogue)  # the .mo is the .po compiled


def _texts(catalogue) -> dict:
    def flat(value):
        return tuple(value) if isinstance(value, list | tuple) else value
    return {flat(m.id): flat(m.string) for m in catalogue if m.id}


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_messages_name_placeholders_as_help_does(lang: str, speaking) -> None:
    """"укажите -o FILE", "--take FIELD", "team add-user NAME": a message naming what to type
    after an option said its placeholder in English, though --help says it in the language
    (-o ФАЙЛ, --take ПОЛЕ). File syntax in brackets ([values.FIELD]) is typed as it is."""
    from babel.messages.pofile import read_po

    with speaking("en"):
        placeholders = {word for _words, p in every_parser(build_parser()) for a in p._actions
                        for word in re.findall(r"[A-Z]{2,}", str(a.metavar or ""))}
    placeholders -= {"URL", "ID", "PDF"}
    po = Path(__file__).parents[2] / "resources" / "translations" / "messages" / f"{lang}.po"
    with po.open("rb") as f:
        catalogue = read_po(f)
    left = {}
    for message in catalogue:
        if not message.id or isinstance(message.id, tuple) or not message.string:
            continue
        said = re.sub(r"\{[^}]*\}|CASEAPP_\w+|\[[\w.]+\]", " ", message.string)
        english = [w for w in re.findall(r"\b[A-Z]{2,}\b", said) if w in placeholders]
        if english:
            left[message.id] = english
    assert left == {}
