"""On a captive's page in Armenian and Russian, a button and a tab never share a name for two
different things: in Russian the header's "Filing…" (the ECHR and UN packs) read «Обращения…»
beside the tab «Обращения (3)», the captive's interventions (the glossary's *обращение*), and
the tab of the facts for those packs read «Сведения для обращений»."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QPushButton

from caseapp.ui.language import apply_language
from tests.ui.captive_pages import open_page


@pytest.fixture(params=["hy", "ru"])
def language(request, qapp):
    apply_language(qapp, request.param)
    return request.param


def bare(text: str) -> str:
    """A caption without its mnemonic, its "…" and its count: "Обращения (3)" → "обращения"."""
    return re.sub(r"\s*\(\d+\)$", "", text.replace("&", "").rstrip("…").strip()).casefold()


def test_no_button_of_the_header_is_named_as_a_tab(qtbot, ui, language: str) -> None:
    captive = next(r.id for r in ui.case_file.overview.captive_rows())
    page = open_page(qtbot, ui, captive, (1280, 800))
    buttons = {bare(b.text()): b.objectName() for b in page.header.findChildren(QPushButton)}
    tabs = {bare(page.tabs.tabText(i)): i for i in range(page.tabs.count())}
    # a button opening the tab's own record (none does) would be fine; these open other things
    same = sorted(set(buttons) & set(tabs))
    assert not same, f"{language}: a button and a tab both read {same}"
    # nor does another tab's title name the interventions' word: "Filing facts" read
    # «Сведения для обращений», facts for the ECHR and the UN, not for the interventions
    interventions = page.sections["interventions"]
    index = next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(interventions))
    stem = bare(page.tabs.tabText(index)).split()[0][:6]
    others = [t for t, i in tabs.items() if i != index and stem in t]
    assert not others, f"{language}: {others} name the interventions' word «{stem}…»"
