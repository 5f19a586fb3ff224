"""A picker listing a captive found by a name it does not show (an alias) says that name: typed
"Artashes", the list read "Vardanyan Aram", nothing of what was typed."""

from __future__ import annotations

from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource


def _texts(qtbot, picker: CaptivePicker, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(picker.searched, timeout=5000):
        picker.search.setText(typed)
    return [picker.results.item(i).text() for i in range(picker.results.count())]


def test_a_captive_found_by_an_alias_is_listed_with_it(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cf.captives.create(names=["Vardanyan Aram", "Artashes\u202e Mkrtchian"])
    cf.captives.create(names=["Mkrtchyan Gor"])
    picker = CaptivePicker(CaptiveSource(fresh_ui))
    qtbot.addWidget(picker)
    picker.show()
    assert _texts(qtbot, picker, "Artashes") == ["Vardanyan Aram · also “Artashes Mkrtchian”"]
    # found by the name it shows: nothing added
    assert _texts(qtbot, picker, "Vardanyan") == ["Vardanyan Aram"]
    assert sorted(_texts(qtbot, picker, "Mkrtch")) == [
        "Mkrtchyan Gor", "Vardanyan Aram · also “Artashes Mkrtchian”"]
