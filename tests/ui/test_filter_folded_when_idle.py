"""A list's filter reads and folds its rows' texts while the window is idle, once the rows are
set, so that the first letter typed does not wait for 100,000 rows to be folded; what it then
finds is what it finds with the texts folded at the keystroke, and typing before the folding
is done (or rows set again meanwhile) finds the rows as they are."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.ui.models.records import RecordColumn, RecordTableModel
from caseapp.ui.views.tables import FOLD_AHEAD_ROWS, RecordFilterProxy


@dataclass(frozen=True)
class Deadline:
    captive: str
    title: str
    notes: str


PEOPLE = ("Levon Ghazaryan", "Ayşe Çelik", "Ter-Petrosyan Aram", "Տիգրան Վարդանյան",
          "Rəşad Məmmədov", "Семёнов Артём")


def deadlines(n: int, title: str = "Appeal") -> list[Deadline]:
    return [Deadline(PEOPLE[i % len(PEOPLE)], f"{title} {i}", f"note {i}") for i in range(n)]


def _model(rows: list[Deadline]) -> RecordTableModel[Deadline]:
    model: RecordTableModel[Deadline] = RecordTableModel(
        [RecordColumn("Captive", lambda d: d.captive), RecordColumn("Title", lambda d: d.title)])
    model.set_records(rows)
    return model


def _proxy(model: RecordTableModel[Deadline]) -> RecordFilterProxy:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.extra_text = lambda d: d.notes
    return proxy


def _shown(proxy: RecordFilterProxy) -> list[str]:
    return sorted(proxy.index(r, 1).data() for r in range(proxy.rowCount()))


def _titles(rows: list[Deadline], *captives: str) -> list[str]:
    return sorted(d.title for d in rows if d.captive in captives)


# typed → the captives whose rows it finds: by sound, accents, two words as one, Armenian,
# Cyrillic; a text beside the columns
QUERIES = {"Kazaryan": ("Levon Ghazaryan",), "celik": ("Ayşe Çelik",),
           "Terpetrosyan": ("Ter-Petrosyan Aram",), "վարդանյան": ("Տիգրան Վարդանյան",),
           "Mamedov": ("Rəşad Məmmədov",), "семенов": ("Семёнов Артём",),
           "Tigran Vardanyan": ("Տիգրան Վարդանյան",)}


def test_the_first_letter_typed_finds_what_the_filter_finds_by_folding_at_the_keystroke(
        qtbot) -> None:
    rows = deadlines(FOLD_AHEAD_ROWS)
    proxy = _proxy(_model(rows))
    assert proxy.folding  # the rows set: folded when the window is idle
    qtbot.waitUntil(lambda: not proxy.folding)
    fresh = _proxy(_model(rows))  # typed at once: folded at the keystroke

    for typed, captives in QUERIES.items():
        proxy.set_text(typed)
        fresh.set_text(typed)
        assert _shown(proxy) == _shown(fresh) == _titles(rows, *captives), typed
    proxy.set_text("note 1599")  # the text beside the columns
    assert _shown(proxy) == ["Appeal 1599"]


def test_typing_while_the_rows_are_being_folded_finds_the_rows_as_they_are(qapp, qtbot) -> None:
    rows = deadlines(FOLD_AHEAD_ROWS)
    model = _model(rows)
    proxy = _proxy(model)
    proxy.fold_slice = 0.0  # the fewest rows at a time: the folding lasts many turns
    qapp.processEvents()
    assert proxy.folding
    proxy.set_text("Kazaryan")
    assert _shown(proxy) == _titles(rows, "Levon Ghazaryan")

    edited = deadlines(FOLD_AHEAD_ROWS, title="Expiry")  # the rows set again while being folded
    model.set_records(edited)
    qapp.processEvents()
    assert proxy.folding
    assert _shown(proxy) == _titles(edited, "Levon Ghazaryan")
    proxy.set_text("Appeal")
    assert _shown(proxy) == []
    proxy.set_text("Celik")
    assert _shown(proxy) == _titles(edited, "Ayşe Çelik")

    qtbot.waitUntil(lambda: not proxy.folding)
    assert _shown(proxy) == _titles(edited, "Ayşe Çelik")
    proxy.set_text("Semyonov Expiry")
    assert _shown(proxy) == _titles(edited, "Семёнов Артём")


def test_a_row_edited_after_the_folding_is_found_by_its_new_text(qtbot) -> None:
    rows = deadlines(FOLD_AHEAD_ROWS)
    model = _model(rows)
    proxy = _proxy(model)
    qtbot.waitUntil(lambda: not proxy.folding)

    rows[3] = Deadline("Anahit Hakobyan", "Appeal 3", "moved")  # a row edited, set again
    model.set_records(rows)
    proxy.set_text("Hakobyan")
    assert _shown(proxy) == ["Appeal 3"]
    proxy.set_text("moved")
    assert _shown(proxy) == ["Appeal 3"]
    proxy.set_text("Tigran")
    assert "Appeal 3" not in _shown(proxy)  # Տիգրան Վարդանյան's row no more
    assert "Appeal 9" in _shown(proxy)


def test_a_short_list_is_folded_by_the_first_letter_typed(qtbot) -> None:
    """Below FOLD_AHEAD_ROWS nothing is folded ahead (a list that changes often would be
    folded again and again): the first letter folds the rows and finds them as a list folded
    ahead does."""
    rows = deadlines(FOLD_AHEAD_ROWS // 10)
    proxy = _proxy(_model(rows))
    assert not proxy.folding
    proxy.set_text("Gazarian")
    assert _shown(proxy) == _titles(rows, "Levon Ghazaryan") != []
