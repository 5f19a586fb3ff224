"""The shape of a catalogue entry: a string, or one string per CLDR plural category."""

from __future__ import annotations

Entry = str | dict[str, str]
