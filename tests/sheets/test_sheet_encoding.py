"""A CSV file's encoding, on the files lawyers have: a UTF-8 list is never read as
Windows-1251 (its Armenian and Azerbaijani names garbled without a word) when it does not
decode whole, and a file whose bytes read plausibly in two encodings says which was chosen
and how to choose the other."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.services.sheet_read import SheetError, read_sheet

# A lawyer's list: a title row, Armenian, Russian and Azerbaijani names, a notes column;
# no capital И (0xD0 0x98), so that every byte of its UTF-8 is one Windows-1251 reads too.
LIST = ("Список задержанных (обновлено 03.2024);;;\n"
        "Фамилия имя отчество;Дата рождения;Статус;Примечания\n"
        "Պետրոսյան Արամ;17.05.1990;в плену;письмо в МККК\n"
        "Мамедов Рашад;1985;осужден;Şükürov Əli — адвокат\n"
        "Ղազարյան Անի;02.03.1999;կալանքի տակ;Բաքու\n")


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_utf8_list_cut_in_the_middle_of_a_letter_is_refused_not_garbled(
        tmp_path: Path, db: Path) -> None:
    raw = LIST.encode()
    assert raw[:-2].decode("cp1251")  # (every byte but the cut one reads as Windows-1251)
    path = tmp_path / "list.csv"
    path.write_bytes(raw[:-2])  # "Բաքու" broken off in its last letter
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "list.csv ends in the middle of a letter (line 5): the file is cut short, and its last "
        "row is not whole. Copy or save the whole file again and import it again.")
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--db", str(db))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "ends in the middle of a letter (line 5)" in err


def test_a_utf8_list_with_a_line_in_windows_1251_names_that_line(tmp_path: Path) -> None:
    """A row pasted from an old Windows file into a UTF-8 list: the list was read as
    Windows-1251 whole, every Armenian name garbled."""
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode() + "Алиев Шукюр;1979;в плену;обмен\n".encode("cp1251"))
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(caught.value).startswith("list.csv is in UTF-8 but line 6 is not: a part of it "
                                        "may have been pasted from a file in another encoding.")
    # The lawyer's choice stands: read as Windows-1251, the row pasted is in Cyrillic.
    assert read_sheet(path, encoding="cp1251").rows[-1][0] == "Алиев Шукюр"


def test_an_ambiguous_file_says_the_encoding_chosen_and_how_to_choose_the_other(
        tmp_path: Path, db: Path) -> None:
    """A list of Latin names whose only other letters are Cyrillic initials (А., Р.) reads
    as Windows-1251 (А.) and as Windows-1252 (À.) alike: Windows-1251 is chosen, and the
    preview says so and how to choose the other."""
    path = tmp_path / "list.csv"
    path.write_bytes("Name;Status\nPetrosyan А.;held\nAliyev Р.;convicted\n".encode("cp1251"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.encoding_other) == ("cp1251", "cp1252")
    assert sheet.rows[1][0] == "Petrosyan А."
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--format", "json",
                          "--db", str(db))
    assert (code, err) == (0, "")
    assert json.loads(out)["notices"][0] == (
        "The file's encoding is not certain: it was read as Windows-1251, and it reads as "
        "Windows-1252 too. If the names look wrong, read it as Windows-1252.")
    assert json.loads(out)["encoding_other"] == "cp1252"  # (the option is the command's to name)
    # Chosen, the encoding is no longer in doubt.
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--format", "json",
                          "--encoding", "cp1252", "--db", str(db))
    assert code == 0 and json.loads(out)["rows"][0]["values"]["name"] == "Petrosyan À."
    assert not any("not certain" in n for n in json.loads(out)["notices"])


# Armenian names in ARMSCII-8, the old Armenian encoding (the letters' bytes written out from
# its table: Պ 0xE4, ե 0xBB, տ 0xEF, ր 0xF1, ո 0xE1, ս 0xEB, յ 0xDB, ա 0xB3, ն 0xDD …).
ARMSCII_LIST = "Անուն Ազգանուն;Ծննդյան ամսաթիվ;Կարգավիճակ\nՊետրոսյան Արամ;17.05.1990;գերի\n" \
               "Գևորգյան Անի;02.03.1999;կալանքի տակ\nՂազարյան Սուրեն;1985;գերի\n"
_ARMSCII = {chr(0x0531 + k): bytes([0xB2 + 2 * k]) for k in range(38)} | {
    chr(0x0561 + k): bytes([0xB3 + 2 * k]) for k in range(38)} | {"և": b"\xa2"}


def _armscii(text: str) -> bytes:
    return b"".join(_ARMSCII.get(ch) or ch.encode("ascii") for ch in text)


def test_armenian_names_in_armscii_8_are_read_not_garbled(tmp_path: Path, db: Path) -> None:
    """Python has no ARMSCII-8: such a list was read as Windows-1251, every name Cyrillic
    letters ("дЛЕПНЯЪМ…") without a word said."""
    path = tmp_path / "list.csv"
    path.write_bytes(_armscii(ARMSCII_LIST))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.encoding_other) == ("armscii-8", "")
    assert [r[0] for r in sheet.rows[1:]] == ["Պետրոսյան Արամ", "Գևորգյան Անի", "Ղազարյան Սուրեն"]
    code, out, _ = _run("import-sheet", str(path), "--dry-run", "--format", "json",
                        "--db", str(db))
    assert code == 0 and json.loads(out)["encoding"] == "armscii-8"
    code, out, _ = _run("import-sheet", str(path), "--dry-run", "--encoding", "ARMSCII8",
                        "--db", str(db))  # given, as the lawyer may write it
    assert code == 0 and "Պետրոսյան Արամ" in out


def test_a_russian_list_in_koi8_r_is_read_as_koi8_r(tmp_path: Path) -> None:
    """KOI8-R read as Windows-1251 gave "пЕТРОСЯН аРАМ" (small and capital letters swapped)."""
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО;Статус\nПетросян Арам;в плену\nМамедов Рашад;осужден\n".encode("koi8-r"))
    sheet = read_sheet(path)
    assert sheet.encoding == "koi8-r" and sheet.rows[1][0] == "Петросян Арам"
    russian = "ФИО;Статус\nПЕТРОСЯН Арам;в плену\nМамедов Рашад;осужден\n".encode("cp1251")
    path.write_bytes(russian)  # (a surname in capitals is no KOI8-R)
    assert read_sheet(path).encoding == "cp1251"


def test_an_encoding_not_known_names_the_choices(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name;Status\nAram Petrosyan;held\n")
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--encoding", "armenian",
                          "--db", str(db))
    assert (code, out) == (2, "")
    assert err == ("caseapp: “armenian” is not an encoding CaseApp knows (try utf-8, cp1251, "
                   "cp1252, koi8-r, armscii-8, utf-16).\n")
