"""The captives list: loading off the UI thread, search across scripts, filters, opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caseapp.domain.enums import CaptiveStatus, Sex
from caseapp.ui.models.captives import COLUMNS, CaptivesTableModel
from caseapp.ui.views.captives import CaptivesView


def make_view(qtbot, ui) -> CaptivesView:
    view = CaptivesView(ui)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    return view


def shown_ids(view: CaptivesView) -> list[int]:
    return [view.model.row_at(r).id for r in range(view.model.rowCount())]


def test_lists_every_captive_of_the_case_file(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    expected = {c.id for c in ui.case_file.captives.list()}
    assert set(shown_ids(view)) == expected
    assert str(len(expected)) in view.count.text()


def test_latin_search_finds_a_captive_stored_in_armenian_and_cyrillic(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    no_latin = [c for c in ui.case_file.captives.list()
                if all(n.script.value != "Latn" for n in c.names)]
    assert no_latin, "the demo has a captive without a Latin-script name"
    target = no_latin[0]
    family = target.latin_name.split()[-1]  # e.g. "Stepanyan", typed in Latin letters
    qtbot.keyClicks(view.search, family)
    qtbot.waitUntil(lambda: view.model.rowCount() < view.model.total, timeout=5000)
    assert target.id in shown_ids(view)
    shown_names = [view.model.row_at(r).primary_name for r in range(view.model.rowCount())]
    assert any(ch >= "\u0531" and ch <= "\u058f" for ch in shown_names[0])  # Armenian script


def test_cyrillic_search_and_clearing(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    total = view.model.rowCount()
    view.search.setText("Варданян")  # (QTest types ASCII only)
    qtbot.waitUntil(lambda: view.model.rowCount() < total, timeout=5000)
    assert all("Վարդանյան" in view.model.row_at(r).primary_name or "Vardan" in view.model.row_at(r).latin_name
               for r in range(view.model.rowCount()))
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=5000)


def test_status_filter(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    view.status.setCurrentIndex(view.status.findData(CaptiveStatus.CONVICTED))
    statuses = {view.model.row_at(r).status for r in range(view.model.rowCount())}
    assert statuses == {CaptiveStatus.CONVICTED}
    view.status.setCurrentIndex(view.status.findData("custody"))
    assert all(view.model.row_at(r).status.in_custody for r in range(view.model.rowCount()))


def test_sorting_by_days_in_custody(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    column = [c.id for c in COLUMNS].index("days")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    days = [view.model.row_at(r).days_in_custody or -1 for r in range(view.model.rowCount())]
    assert days == sorted(days, reverse=True)


def test_enter_opens_and_delete_asks(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    view.table.setFocus()
    view.table.selectRow(2)
    with qtbot.waitSignal(view.open_captive) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.row_at(2).id]
    with qtbot.waitSignal(view.delete_captive) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked.args == [view.model.row_at(2).id]


def test_new_captive_appears_without_reopening(qtbot, ui) -> None:
    view = make_view(qtbot, ui)
    before = view.model.total
    ui.case_file.captives.create(names=["Նոր Անուն"], status="held")
    qtbot.waitUntil(lambda: view.model.total == before + 1, timeout=5000)


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, ui) -> None:
    model = CaptivesTableModel()
    model.set_rows(ui.case_file.overview.captive_rows())
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter(statuses=[CaptiveStatus.PRE_TRIAL], matches=None)
    qtmodeltester.check(model)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_status_filter_says_the_statuses_as_the_cells_do(qtbot, armenian_ui, qapp, lang: str) -> None:
    """The status list offered "Held, no charges known" («Удерживается, обвинения
    неизвестны») while the list's cells say "Held": its items read as the cells (short), the
    whole status in each item's tooltip, and each still lists the captives of its status."""
    from caseapp.ui.labels import label, short_status_label
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    view = CaptivesView(armenian_ui)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    combo = view.status
    shortened = 0
    for status in CaptiveStatus:
        i = combo.findData(status)
        assert combo.itemText(i) == short_status_label(status, None)
        assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == label(status)
        shortened += combo.itemText(i) != label(status)
        combo.setCurrentIndex(i)
        shown = {view.model.row_at(r).status for r in range(view.model.rowCount())}
        assert shown <= {status}
        column = [c.id for c in COLUMNS].index("status")
        cells = {view.model.index(r, column).data() for r in range(view.model.rowCount())}
        assert cells <= {combo.itemText(i), short_status_label(status, Sex.FEMALE)}
    assert shortened


def _row(cid: int, latin: str, russian: str = ""):  # type: ignore[no-untyped-def]
    from caseapp.domain.captive_rows import CaptiveRow
    from caseapp.domain.enums import CaptiveCategory
    from caseapp.domain.name_display import NameRow

    spellings = (NameRow(russian, "Cyrl", "ru", "transliteration", False),) if russian else ()
    return CaptiveRow(cid, russian or latin, latin, CaptiveStatus.HELD, CaptiveCategory.CIVILIAN,
                      "", None, None, None, None, spellings)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_list_is_in_the_alphabetical_order_of_the_language(qapp, lang: str) -> None:
    """Unsorted and sorted by name, the list put Ünal, Şahin and Çelik after Zakaryan and, in
    Russian, Ёлкин after Яковлев and Артём after Артур (by the letters' code points)."""
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    rows = [_row(1, "Zakaryan Aram", "Закарян Арам"), _row(2, "Ünal Çelik"),
            _row(3, "Şahin Mehmet"), _row(4, "Çelik Ali"), _row(5, "Yolkin Ivan", "Ёлкин Иван"),
            _row(6, "Yakovlev Pyotr", "Яковлев Пётр"), _row(7, "Artyom Semyonov", "Артём Семёнов"),
            _row(8, "Artur Petrov", "Артур Петров")]
    model = CaptivesTableModel()
    model.set_rows(rows)
    expected = {"en": [8, 7, 4, 3, 2, 6, 5, 1], "ru": [7, 8, 5, 1, 6, 4, 3, 2]}[lang]
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected[::-1]
    model.set_rows(rows)  # read again, sorted Z–A
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected[::-1]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).id for r in range(model.rowCount())] == expected


def test_namesakes_stay_in_the_order_they_were_recorded_whichever_way_the_list_is_sorted(qapp) -> None:
    """Two captives of one name are listed in the order they were recorded, A–Z and Z–A."""
    rows = [_row(5, "Petrosyan Aram"), _row(2, "Abrahamyan Gor"), _row(3, "Petrosyan Aram"),
            _row(9, "Petrosyan Aram")]
    model = CaptivesTableModel()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(rows)
    assert [model.row_at(r).id for r in range(model.rowCount())] == [2, 3, 5, 9]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).id for r in range(model.rowCount())] == [3, 5, 9, 2]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_row_shows_the_name_in_the_languages_script_first_and_the_other_beside(
        qapp, lang: str) -> None:
    """The two name columns (and the widths fitted to the first, read without a cell each):
    the spelling in the interface's script first where one is recorded, the Latin name beside
    it; a captive with one spelling shows it once."""
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    model = CaptivesTableModel()
    model.set_rows([_row(1, "Yolkin Ivan", "Ёлкин Иван"), _row(2, "Zakaryan Aram")])
    ids = [c.id for c in COLUMNS]
    shown = {model.row_at(r).id: (model.index(r, ids.index("name")).data(),
                                  model.index(r, ids.index("latin")).data())
             for r in range(model.rowCount())}
    assert shown == {1: ("Yolkin Ivan", "Ёлкин Иван") if lang == "en" else ("Ёлкин Иван", "Yolkin Ivan"),
                     2: ("Zakaryan Aram", "")}
    assert list(model.column_texts("name")) == [
        model.index(r, ids.index("name")).data() for r in range(model.rowCount())]
