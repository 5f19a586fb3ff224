"""Refreshing the catalogues never loses a translator's work: a message whose context changed
(lupdate sees a new message and drops the old one) gets its translation back."""

from __future__ import annotations

from pathlib import Path

from caseapp.ui.i18n import _carry_over, _finished_translations

BEFORE = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context><name /><message><source>To fill in</source>
<translation>Заполнить</translation></message>
<message><source>Draft</source><translation type="unfinished" /></message></context>
<context><name>Help</name><message><source>Open</source><translation>Открыть</translation></message></context>
<context><name>Menu</name><message><source>Open</source><translation>Открыть файл</translation></message></context>
</TS>
"""

AFTER = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context><name>LetterDialog</name><message><location filename="x.py" line="1" />
<source>To fill in</source><translation type="unfinished" /></message>
<message><source>Draft</source><translation type="unfinished" /></message></context>
<context><name>Help</name><message><source>Open</source><translation type="unfinished" /></message></context>
<context><name>Other</name><message><source>Open</source><translation type="unfinished" /></message></context>
</TS>
"""


def test_a_message_that_moved_context_keeps_its_translation(tmp_path: Path) -> None:
    old, new = tmp_path / "old.ts", tmp_path / "new.ts"
    old.write_text(BEFORE, encoding="utf-8")
    new.write_text(AFTER, encoding="utf-8")
    assert _carry_over(new, *_finished_translations(old)) == 2
    text = new.read_text(encoding="utf-8")
    # Moved from the empty context to LetterDialog: carried by its source text.
    assert "<source>To fill in</source><translation>Заполнить</translation>" in text
    # Same context, same source: carried as it was.
    assert "<name>Help</name><message><source>Open</source><translation>Открыть</translation>" in text
    # "Open" had two different translations elsewhere: a new context gets neither (a guess
    # would be wrong half the time), and what was never translated stays unfinished.
    assert "<name>Other</name><message><source>Open</source><translation type=\"unfinished\" />" in text
    assert "<source>Draft</source><translation type=\"unfinished\" />" in text


def test_no_catalogue_yet_carries_nothing(tmp_path: Path) -> None:
    new = tmp_path / "new.ts"
    new.write_text(AFTER, encoding="utf-8")
    assert _carry_over(new, *_finished_translations(tmp_path / "missing.ts")) == 0
