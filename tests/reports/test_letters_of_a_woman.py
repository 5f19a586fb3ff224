"""A Russian letter about a woman speaks of her in the feminine: «моей доверительницы», not
the masculine «моего доверителя» it says of a man (the demo's Lilit Hakobyan and a man)."""

from __future__ import annotations

import pytest

from caseapp.reports.letter_templates import find_template
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import generate_letter, letter_missing_fields
from tests.reports.conftest import LAWYER, demo_id, docx_text

# template -> (what it says of a woman, of a man)
SAID = {
    "icrc_request_ru": (["посетить мою доверительницу", "между моей доверительницей и семьёй"],
                        ["посетить моего доверителя", "между моим доверителем и семьёй"]),
    "embassy_brief_ru": (["о положении моей доверительницы."],
                         ["о положении моего доверителя."]),
    "ombudsman_visit_medical_ru": (["свидания с доверительницей.", "свидание с доверительницей",
                                    "осмотр доверительницы"],
                                   ["свидания с доверителем.", "свидание с доверителем",
                                    "осмотр доверителя"]),
}


def _letter(cf: CaseFile, key: str, captive_id: int) -> str:
    template = find_template(key)
    extra = {name: "x" for name, _ in letter_missing_fields(cf, template, captive_id,
                                                              lawyer=LAWYER)}
    return " ".join(docx_text(generate_letter(cf, template, captive_id, lawyer=LAWYER,
                                              extra=extra)).split())


@pytest.mark.parametrize("key", sorted(SAID))
def test_a_russian_letter_says_a_woman_in_the_feminine(demo_file: CaseFile, key: str) -> None:
    woman = demo_id(demo_file, "Lilit Hakobyan")
    man = next(c.id for c in demo_file.captives.list() if c.sex.value == "male")
    of_her, of_him = SAID[key]
    letter = _letter(demo_file, key, woman)
    assert all(words in letter for words in of_her), letter
    assert "доверителя" not in letter and "доверителем" not in letter, letter
    letter = _letter(demo_file, key, man)
    assert all(words in letter for words in of_him), letter
    assert "доверительниц" not in letter, letter
