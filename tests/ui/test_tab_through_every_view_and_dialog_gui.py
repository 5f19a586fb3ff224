"""Tab pressed through every view of the window and every dialog, in Armenian at 1024×768, as a
lawyer without a mouse goes through them: it reaches each field, list and button once, in
the order they are read (top to bottom, left to right), never one out of sight; a group of
choices is one stop, on the choice made; and a screen reader names each stop.

It did not: Tab reached a table before the Add, Edit and Delete buttons over it (every part
of a captive's file, the contacts, the advocacy log, the documents, the deadlines), the
history's filter after its table, the deadlines' captive filter after the filters under it;
each view began with a stop that said nothing (the area that scrolls it on a small screen);
the filters' choices were read out as their item ("All statuses"), the hearings' selected
hearing and a captive's profile as nameless areas."""

from __future__ import annotations

from pathlib import Path

from tests.ui.driving import WAIT
from tests.ui.small_screen import demo_window
from tests.ui.tab_chain import faults, name, walk


def test_tab_goes_through_every_view_in_reading_order(qtbot, tmp_path: Path,
                                                      armenian_demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        wrong: dict[str, list[str]] = {}
        for view_id in list(window.views):
            if view_id == "captive":
                window.open_captive(window.case_file.overview.captive_rows()[0].id)
            else:
                window.show_view(view_id)
            view = window.views[view_id]
            for tab in range(view.tabs.count() if view_id == "captive" else 1):
                if view_id == "captive":
                    view.tabs.setCurrentIndex(tab)
                qtbot.waitUntil(lambda: window.runner.active == 0, timeout=WAIT)
                reached = walk(qtbot, window, window.nav)
                # nothing around the view takes a stop of its own (it said nothing)
                around = [name(w) for w in reached if w.isAncestorOf(view)]
                if around:
                    wrong.setdefault(f"{view_id} {tab}", []).append(f"stops around it: {around}")
                found = faults(reached, view)
                if found:
                    wrong.setdefault(f"{view_id} {tab}", []).extend(found)
        deadlines = window.views["deadlines"]  # one captive's: the filter over the search
        window.show_view("deadlines")
        deadlines.set_captive_filter(window.case_file.overview.captive_rows()[0].id)
        qtbot.waitUntil(deadlines.chip.isVisible, timeout=WAIT)
        found = faults(walk(qtbot, window, window.nav), deadlines)
        if found:
            wrong["deadlines of one captive"] = found
        assert wrong == {}, "\n".join(f"{k}: {v}" for k, v in wrong.items())
