"""The Captives list in the window tells ш from с as the search does
(tests/services/test_search_sh_apart.py): "Сус" typed lists Сусанна, not Шушанян; "Шуш"
Шушанян, not Сусанна; a Latin "S", the beginning of an sh being typed, both."""

from __future__ import annotations

from tests.ui.test_search_apostrophes_gui import WAIT, _captives_view, _listed


def test_the_captives_list_tells_sh_from_s(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    shushanyan = cf.captives.create(names=["Шушанян Ашот"], status="held").id
    susanna = cf.captives.create(names=["Сусанна Петросян"], status="held").id
    cf.captives.create(names=["Petrosyan Aram"], status="held")
    view = _captives_view(qtbot, fresh_ui)
    for typed, found in (("Сус", {susanna}), ("Шуш", {shushanyan}), ("Shush", {shushanyan}),
                         ("Սուս", {susanna}), ("S", {shushanyan, susanna})):
        view.search.setText(typed)
        qtbot.waitUntil(lambda found=found: _listed(view) == found, timeout=WAIT)
