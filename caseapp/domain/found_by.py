"""Why a search found a record: which of its texts holds what was typed, and a few words of it
around the first word found, as the list and ``caseapp search`` say it beside a row whose
shown name has nothing of the query ("Bakı" typed, a captive headed Vardanyan Aram listed:
held in the «Bakı İstintaq Təcridxanası»).

Found by the search's own rule on texts (:class:`caseapp.domain.name_filter.Typed`), so what a
row says is what the search matched; a match the words of one text do not make alone (the
query's words in two fields of one record) names the record's kind without words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.clean_text import BIDI_CONTROLS
from caseapp.domain.field_labels import field_label, record_kind
from caseapp.domain.messages import Message, msg
from caseapp.domain.name_filter import Typed, held

# The most characters of a text looked through for the word found (a scan's text layer is
# named by its field beyond them, without words), and the most an excerpt shows.
LOOKED_THROUGH = 20_000
EXCERPT = 60
_WORD = re.compile(r"\S+")
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


@dataclass(frozen=True)
class FoundBy:
    """What a search matched in a record: its table (``entity``), its id, the field holding
    the words typed ("" when the words are in several of its fields) and a few words of it
    ("" when none are to be shown)."""

    entity: str
    record_id: int
    field: str = ""
    excerpt: str = ""

    @property
    def is_name(self) -> bool:
        return self.entity == "captive_names"

    def message(self, *, kind: bool = True) -> Message | str:
        """Said in a row: «Another name: “Artashes Mkrtchian”», «Place of detention: “Bakı
        İstintaq Təcridxanası”», «Note, Body: “… held in Baku since …”», «Note»; without
        the ``kind`` of record where the row names it (``caseapp search``): «Body: “…”»."""
        record = record_kind(self.entity)
        if self.is_name and self.excerpt:
            return msg("Another name: “{name}”", name=self.excerpt)
        if not self.excerpt:
            return record
        label = field_label(self.field, self.entity)
        if not kind or str(label) == str(record):
            return msg("{field}: “{text}”", field=label if not kind else record,
                       text=self.excerpt)
        return msg("{record}, {field}: “{text}”", record=record, field=label, text=self.excerpt)


def excerpt(text: str, typed: Typed, words: Iterable[Typed]) -> str | None:
    """A few words of ``text`` around the first word one of ``words`` (the query's words,
    each looked for alone) finds, if ``typed`` (the whole query) finds ``text``; the whole
    text when it is short. None: ``typed`` does not find it."""
    if not text:
        return None
    # on one line, without the controls that would turn the rest of a row around (U+202E)
    flat = " ".join(text[:LOOKED_THROUGH].translate(_NO_BIDI).split())
    words = list(words)
    first = next((m for m in _WORD.finditer(flat) if any(w.finds(m.group()) for w in words)),
                 None)
    # One word typed, the word found is the match; several, the text holds each of them (its
    # keys made here, not kept: the filters' cache is for a list's short texts).
    if (len(words) != 1 or first is None) and not typed.matches(held.__wrapped__(flat)):
        return None
    if len(flat) <= EXCERPT and len(text) <= LOOKED_THROUGH:
        return flat
    if first is None:
        return flat[:EXCERPT].rstrip() + " …"
    start = max(0, first.start() - EXCERPT // 3)
    if start:
        start = flat.find(" ", start, first.start()) + 1 or first.start()
    end = min(len(flat), start + EXCERPT)
    if end < len(flat):
        cut = flat.rfind(" ", first.end(), end)
        end = cut if cut > 0 else max(end, first.end())
    more = end < len(flat) or len(text) > LOOKED_THROUGH
    return ("… " if start else "") + flat[start:end] + (" …" if more else "")


class Finder:
    """What one query finds in records' texts (:meth:`found_in`), its words read once and
    each text's excerpt kept: a search saying why for 500 rows reads the query once, not 500
    times, and a text many records share (an address) once."""

    def __init__(self, query: str):
        self.typed = Typed(query)
        self.words = [Typed(w) for w in query.split()]
        self._read: dict[str, str | None] = {}

    def excerpt(self, text: str) -> str | None:
        """:func:`excerpt` of ``text`` for this query."""
        if text not in self._read:
            self._read[text] = excerpt(text, self.typed, self.words)
        return self._read[text]

    def found_in(self, entity: str, record_id: int,
                 fields: Iterable[tuple[str, str]]) -> FoundBy:
        """Which of a record's ``fields`` (name, text) holds the query, with a few of its
        words; the record alone (no field, no words) when no one field holds all the words."""
        for field, text in fields:
            shown = self.excerpt(text or "")
            if shown is not None:
                return FoundBy(entity, record_id, field, shown)
        return FoundBy(entity, record_id)


def found_in(entity: str, record_id: int, fields: Iterable[tuple[str, str]],
             query: str) -> FoundBy:
    """:meth:`Finder.found_in` for one record."""
    return Finder(query).found_in(entity, record_id, fields)


def unshown(found_by: dict[int, FoundBy], shown: Iterable[tuple[int, Iterable[str]]],
            query: str) -> dict[int, FoundBy]:
    """``found_by`` without the names a row shows: a captive whose row shows a name the query
    finds (``shown``: each captive's names in their row) needs no why."""
    typed = Typed(query)
    names = dict(shown)
    return {cid: why for cid, why in found_by.items()
            if not (cid in names and any(typed.finds(n) for n in names[cid] if n))}


__all__ = ["EXCERPT", "Finder", "FoundBy", "excerpt", "found_in", "unshown"]
