"""What the command line and the window say about an output uses the output's own words: a
section printed empty is announced with the words the document prints ("На этом уровне
сведений нет"), and a level's name after "на уровне" stands in quotation marks, as a name
does in Russian ("на уровне «публичный»", never "на уровне публичный")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from caseapp.domain.messages import msg
from caseapp.reports.texts import t

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_an_empty_section_is_announced_in_the_documents_words(lang: str) -> None:
    notice = msg("The section “{section}” will print as “Nothing to report”.",
                 section="x").render(lang)
    words = t("nothing", lang).rstrip(".։")
    if lang == "en":  # the English notice names the words short
        words = "Nothing to report"
    assert words in notice


def test_russian_names_a_level_in_quotation_marks() -> None:
    with (ROOT / "resources/translations/messages/ru.po").open("rb") as po:
        catalogue = read_po(po, locale="ru")
    bare = re.compile(r"(уровне|уровень|уровня) \{(level|marked)\}")
    for message in catalogue:
        forms = message.string if isinstance(message.string, tuple | list) else [message.string]
        assert not any(bare.search(form or "") for form in forms), message.id
