"""A name's script is named as a script in each language, as Latin and Cyrillic are: under
Armenian the header of a captive's file read "Արմեն Սարգսյան  Հայերեն · Հայերեն" (the
Armenian language twice), because the script was called by the language's name.

Needs ``resources/translations/incoming/explore.json`` applied to the catalogues."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.domain.dto import NameDTO
from caseapp.domain.enums import NameKind, Script
from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_header import name_tag


def name(script: Script, language: str) -> NameDTO:
    return NameDTO(id=1, uid="u", captive_id=1, full_name="x", script=script,
                   language=language, kind=NameKind.NATIVE, is_primary=True)


@pytest.mark.parametrize(("lang", "armenian", "latin", "cyrillic"), [
    ("hy", "Հայատառ · Հայերեն", "Լատինատառ · Անգլերեն", "Կիրիլատառ · Ռուսերեն"),
    ("ru", "Армянское письмо · Армянский", "Латиница · Английский", "Кириллица · Русский"),
])
def test_a_names_script_and_language_are_told_apart(qtbot, lang: str, armenian: str, latin: str,
                                                     cyrillic: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    assert name_tag(name(Script.ARMENIAN, "hy")) == armenian
    assert name_tag(name(Script.LATIN, "en")) == latin
    assert name_tag(name(Script.CYRILLIC, "ru")) == cyrillic


def test_in_english_an_armenian_name_is_not_tagged_armenian_twice(qtbot) -> None:
    """In English the script and the language of an Armenian name have one name: the header
    of a captive's file read "Արամ Պետրոսյան  Armenian · Armenian"."""
    apply_language(QCoreApplication.instance(), "en")
    assert name_tag(name(Script.ARMENIAN, "hy")) == "Armenian"
    assert name_tag(name(Script.ARMENIAN, "ru")) == "Armenian · Russian"
    assert name_tag(name(Script.LATIN, "en")) == "Latin · English"
    assert name_tag(name(Script.CYRILLIC, "ru")) == "Cyrillic · Russian"
