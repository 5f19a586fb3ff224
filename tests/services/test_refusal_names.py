"""A refusal for want of consent to publicity (or of a file above the level) names the captive
as the outputs in the message's language name them: Armenian letters in Armenian, Cyrillic in
Russian, the Latin headline name in English; dossier, letter and travel copy alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.reports.letter_templates import find_template
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter
from caseapp.services.travel_copy import make_travel_copy
from tests.reports.conftest import LAWYER

NAMES = {"hy": "Տիգրան Վարդանյան", "en": "Tigran Vardanyan", "ru": "Тигран Варданян"}


def _captive(cf: CaseFile, **fields: object) -> int:
    return cf.captives.create(
        names=[dict(full_name=NAMES["hy"], language="hy", is_primary=True),
               dict(full_name=NAMES["en"], language="en", kind="transliteration"),
               dict(full_name=NAMES["ru"], language="ru", kind="transliteration")],
        **fields).id


def _refusals(cf: CaseFile, captive_id: int, tmp_path: Path) -> list[ValidationError]:
    found = []
    for attempt in (lambda: build_dossier(cf, captive_id, level="public"),
                    lambda: generate_letter(cf, find_template("press_statement_ru"), captive_id,
                                            lawyer=LAWYER),
                    lambda: make_travel_copy(cf, tmp_path / "t.db", level="public",
                                             passphrase="a long travel passphrase 42",
                                             captive_ids=[captive_id])):
        with pytest.raises(ValidationError) as refused:
            attempt()
        found.append(refused.value)
    return found


def test_a_refusal_for_want_of_consent_names_the_captive_in_the_languages_script(
        case_file: CaseFile, tmp_path: Path) -> None:
    cid = _captive(case_file, sensitivity="public")
    for refusal in _refusals(case_file, cid, tmp_path):
        for lang, name in NAMES.items():
            shown = refusal.message.render(lang)
            # the name whole, in the language's script (Armenian words it in parentheses,
            # so that no ending is stuck to it: "Գերին (Տիգրան Վարդանյան) համաձայնություն…")
            others = [n for other, n in NAMES.items() if other != lang]
            assert name in shown and f"{name}-" not in shown, (lang, shown)
            assert not any(n in shown for n in others), (lang, shown)
    assert not (tmp_path / "t.db").exists()


def test_a_file_above_the_level_is_named_in_the_languages_script(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    cid = _captive(case_file, sensitivity="internal")
    for refusal in _refusals(case_file, cid, tmp_path):
        assert NAMES["ru"] in refusal.message.render("ru")
        assert NAMES["hy"] in refusal.message.render("hy")
        assert NAMES["en"] in refusal.message.render("en")
