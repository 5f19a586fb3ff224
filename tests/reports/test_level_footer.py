"""The level line at the foot of every page is printed whole in every language: the Armenian
shareable line ("… not for publication") was cut with an ellipsis on a portrait page."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Sensitivity
from caseapp.reports.dossier import render_dossier
from caseapp.reports.fonts import register_fonts
from caseapp.reports.pdfkit import footer_lines
from caseapp.reports.texts import level_line
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import pdf_text


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
@pytest.mark.parametrize("level", ["public", "shareable", "internal"])
def test_every_page_carries_the_whole_level_line(case_file: CaseFile, lang: str,
                                                 level: str) -> None:
    captive = case_file.captives.create(names=["Footer Captive"], sensitivity="public",
                                        consent_publicity=True).id
    pages = pdf_text(render_dossier(build_dossier(case_file, captive, level=level), lang=lang))
    whole = " ".join(level_line(Sensitivity(level), lang).split())
    for page in pages:
        assert whole in " ".join(page.split()), (lang, level)
        assert "…" not in page


def test_a_line_too_long_for_the_smallest_size_goes_over_two_lines() -> None:
    register_fonts()
    line = "Գաղտնիության մակարդակ՝ " * 12
    size, lines = footer_lines(line, 300)
    assert size == 6.0 and len(lines) > 1
    assert " ".join(" ".join(lines).split()) == " ".join(line.split())
    assert footer_lines("Short", 300) == (7.5, ["Short"])
