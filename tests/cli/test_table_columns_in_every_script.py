"""The command line's tables keep their columns in line whatever the names are written in:
a Chinese name or an emoji takes two columns of a terminal, an accent typed apart from its
letter (as a Mac gives "José") none; counted by characters, the status after such a name
stood two or three columns out of line, under the next column's heading."""

from __future__ import annotations

import io
import unicodedata

from caseapp.cli.common import print_table, shown_width

NAMES = ["王小明", unicodedata.normalize("NFD", "José Müller"), "Anna 👩👧 Grigoryan",
         "Արամ Պետրոսյան", "राजेश कुमार"]


def _table(names: list[str]) -> list[str]:
    out = io.StringIO()
    print_table(["ID", "Name", "Status"], [[i, n, "Missing"] for i, n in enumerate(names)], out)
    return out.getvalue().splitlines()


def test_the_column_after_a_name_starts_at_one_place_on_every_line() -> None:
    lines = _table(NAMES)
    starts = {shown_width(line[:line.index("Missing" if n else "Status")])
              for n, line in enumerate(lines) if n != 1}
    assert len(starts) == 1, lines


def test_a_name_cut_to_its_column_keeps_its_letters_whole() -> None:
    long = unicodedata.normalize("NFD", "é" * 45)
    cut = _table([long])[2].split(maxsplit=1)[1].rsplit("  ", 1)[0].rstrip()
    assert cut.endswith("…") and shown_width(cut) <= 40
    # cut between two letters, never between a letter and its accent
    assert unicodedata.normalize("NFC", cut[:-1]) == "é" * (len(cut[:-1]) // 2)
    assert len(cut[:-1]) % 2 == 0
