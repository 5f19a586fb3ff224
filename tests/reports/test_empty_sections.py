"""An empty section of a dossier says why it is empty: below the internal level that nothing
is shown at that level (more may be recorded above it); at the internal level, where nothing
is left out, that nothing is recorded — not "nothing at this level", which sends the lawyer
looking for a higher level that does not exist."""

from __future__ import annotations

import pytest

from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text

RECORDED = {"en": "Nothing recorded.", "ru": "Ничего не записано.", "hy": "Ոչինչ գրանցված չէ։"}
AT_LEVEL = {"en": "Nothing to report at this level.", "ru": "На этом уровне сведений нет.",
            "hy": "Այս մակարդակում տեղեկություններ չկան։"}


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_an_empty_section_says_nothing_is_recorded_at_the_internal_level(
        case_file: CaseFile, lang: str) -> None:
    captive = case_file.captives.create(names=["Empty Sections"], sensitivity="public",
                                        consent_publicity=True).id
    internal = " ".join(" ".join(pdf_text(render_dossier(
        build_dossier(case_file, captive, level="internal"), lang=lang))).split())
    assert RECORDED[lang] in internal and AT_LEVEL[lang] not in internal
    shareable = " ".join(" ".join(pdf_text(render_dossier(
        build_dossier(case_file, captive, level="shareable"), lang=lang))).split())
    assert AT_LEVEL[lang] in shareable and RECORDED[lang] not in shareable
