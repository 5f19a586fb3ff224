"""Text as it is kept: control characters never, invisible formatting not in one-line
fields, a lone surrogate refused."""

from __future__ import annotations

import pytest

from caseapp.domain.clean_text import INVISIBLE, is_clean, one_line, printable, several_lines
from caseapp.domain.errors import ValidationError


def test_one_line_fields_lose_controls_and_invisible_formatting() -> None:
    assert one_line(" Ar\u200bmen\u00ad Mar\u202etirosyan\u202c\ufeff ") == "Armen Martirosyan"
    assert one_line("a\x1b[31mb\x07c\x00d\x9b") == "a[31mbcd"
    assert one_line("two\nlines\tand\r\na tab") == "two lines and a tab"
    assert one_line("Գրիգոր Սարգսյան") == "Գրիգոր Սարգսյան"
    assert all(one_line(f"x{c}y") == "xy" for c in INVISIBLE)
    assert one_line("  kept  ", strip=False) == "  kept  "


def test_several_lines_keep_their_line_breaks_and_tabs() -> None:
    assert several_lines("12 Baghramyan Ave.\r\nYerevan\t0019\x1b\x00") == (
        "12 Baghramyan Ave.\nYerevan\t0019")
    assert several_lines("right\u200fto\u202eleft") == "right\u200fto\u202eleft"  # prose keeps them


def test_a_lone_surrogate_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        one_line("a\ud800b", what="Full name")
    assert str(caught.value) == "Full name holds a character that is not text (a lone surrogate)."
    with pytest.raises(ValidationError):
        several_lines("\udfff")


def test_is_clean_tells_what_would_change() -> None:
    assert is_clean("Armen Martirosyan") and is_clean("a\nb", lines=True)
    assert not is_clean("a\nb") and not is_clean("a\u200bb") and not is_clean("a\x1bb", lines=True)


def test_printable_shows_control_characters_instead_of_obeying_them() -> None:
    assert printable("a\x1b[31mb\x07\tc\n") == "a\\x1b[31mb\\x07\tc\n"
    assert printable("\x9b") == "\\x9b"
    assert printable("BEGIN:VCALENDAR\r\nEND\r\n") == "BEGIN:VCALENDAR\r\nEND\r\n"
    assert printable("over\rwritten") == "over\\rwritten"
