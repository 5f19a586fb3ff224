"""Which language the command line prints documents in when ``--lang`` does not say."""

from __future__ import annotations

import pytest

from caseapp.cli.entry import build_parser
from caseapp.cli.lang import language_from_env


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "hy_AM.UTF-8"}, "hy"),
    ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LC_ALL": "ru_UA.utf8", "LANG": "en_US.UTF-8"}, "ru"),       # LC_ALL before LANG
    ({"LANGUAGE": "fr:hy:ru", "LANG": "C.UTF-8"}, "hy"),           # the first one CaseApp speaks
    ({"LANGUAGE": "de", "LANG": "ru_RU.UTF-8"}, "ru"),             # none in LANGUAGE: LANG
    ({"LANG": "C"}, "en"),
    ({"LANG": "az_AZ.UTF-8"}, "en"),                               # no Azerbaijani documents
    ({}, "en"),
])
def test_language_from_the_environment(environ: dict[str, str], expected: str) -> None:
    assert language_from_env(environ) == expected


def test_dossier_defaults_to_the_environment_language_and_lang_overrides(monkeypatch) -> None:
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    args = build_parser().parse_args(["dossier", "1", "--level", "public", "-o", "x.pdf"])
    assert args.lang == "ru"
    args = build_parser().parse_args(["dossier", "1", "--level", "public", "-o", "x.pdf", "--lang", "hy"])
    assert args.lang == "hy"
    assert build_parser().parse_args(["--lang", "hy"]).lang == "hy"  # the window's language
