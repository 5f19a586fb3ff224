"""Armenian lists its items with the mijaket (․), never the Latin ";" (docs/glossary.md,
``list_separator``): the other captives an intervention concerns, below it in a captive's
file, read «Also concerns: A; B; C» in Armenian."""

from __future__ import annotations

from caseapp.ui.language import apply_language
from tests.ui.captive_pages import BESIDE_THE_SIDEBAR, WAIT, open_page, show_section


def test_the_other_captives_of_an_intervention_are_listed_as_armenian_lists(
        qtbot, qapp, armenian_ui) -> None:
    apply_language(qapp, "hy")  # put back after the test (tests/conftest)
    cf = armenian_ui.case_file
    many = max(cf.interventions.list(), key=lambda i: len(i.captive_ids))
    assert len(many.captive_ids) >= 3, "no intervention of three captives: the test shows nothing"
    page = open_page(qtbot, armenian_ui, many.captive_ids[0], BESIDE_THE_SIDEBAR)
    section = page.sections["interventions"]
    table = show_section(qtbot, page, "interventions")
    row = next(r for r in range(section.model.rowCount())
               if section.model.record(r).id == many.id)
    table.selectRow(row)
    qtbot.waitUntil(lambda: bool(page.intervention_text.toPlainText()), timeout=WAIT)
    also = page.intervention_text.toPlainText().splitlines()[-1]
    assert also.count("․ ") >= 1, also
    assert ";" not in also
