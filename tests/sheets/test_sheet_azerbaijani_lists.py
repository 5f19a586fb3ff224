"""Lists written in Azerbaijani: what the other side publishes (a prosecutor's or a State
commission's list of Armenians held, a court's list of defendants), in Azerbaijani's Latin
alphabet, headers in small letters or in capitals ("DOĞUM TARİXİ"). Their columns are found as
a Russian or Armenian list's are, and their names are Azerbaijani spellings: kept and searched,
never the captive's headline Latin name (DOMAIN: an alias in another language's alphabet)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Sex
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_dates import parse_partial_date
from caseapp.domain.sheet_values import CATEGORY_WORDS, SEX_WORDS, STATUS_WORDS, parse_word
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv, write_xlsx


@pytest.mark.parametrize(("header", "field"), [
    ("Soyadı, adı, atasının adı", "name"),
    ("SOYADI, ADI, ATASININ ADI", "name"),
    ("S.A.A.", "name"),
    ("Adı və soyadı", "name"),
    ("Soyadı", "surname"),
    ("Adı", "given_name"),
    ("Atasının adı", "patronymic"),
    ("ATASININ ADI", "patronymic"),
    ("Doğum tarixi", "birth"),
    ("DOĞUM TARİXİ", "birth"),
    ("Təvəllüdü", "birth"),
    ("Doğulduğu yer", "birth_place"),
    ("Doğum yeri", "birth_place"),
    ("Vətəndaşlığı", "citizenship"),
    ("VƏTƏNDAŞLIĞI", "citizenship"),
    ("Cinsi", "sex"),
    ("Həbs tarixi", "capture"),
    ("Saxlanılma tarixi", "capture"),
    ("Əsir götürülmə tarixi", "capture"),
    ("Saxlanıldığı yer", "place"),
    ("SAXLANILDIĞI YER", "place"),
    ("Cəzaçəkmə müəssisəsi", "place"),
    ("Tutulduğu yer", "capture_place"),
    ("Statusu", "status"),
    ("Kateqoriya", "category"),
    ("Qeyd", "notes"),
    ("Qeydlər", "notes"),
    # about someone else: the mother, the lawyer
    ("Anasının adı", None),
    ("Vəkilin adı, soyadı", None),
])
def test_azerbaijani_headers_name_their_fields(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(("cell", "value"), [
    ("19.05.1965", date(1965, 5, 19)),
    ("19 may 1965", date(1965, 5, 19)),
    ("3 oktyabr 2023-cü il", date(2023, 10, 3)),
    ("27 SENTYABR 2023", date(2023, 9, 27)),
    ("1965-ci il", date(1965, 1, 1)),
])
def test_azerbaijani_dates_are_read(cell: str, value: date) -> None:
    assert parse_partial_date(cell).value == value


@pytest.mark.parametrize(("cell", "member"), [
    ("kişi", Sex.MALE), ("KİŞİ", Sex.MALE), ("qadın", Sex.FEMALE), ("QADIN", Sex.FEMALE),
    ("məhkum edilib", CaptiveStatus.CONVICTED), ("azad edilib", CaptiveStatus.RELEASED),
    ("həbsdədir", CaptiveStatus.HELD),
    ("mülki şəxs", CaptiveCategory.CIVILIAN), ("hərbi qulluqçu", CaptiveCategory.SERVICEMAN),
])
def test_azerbaijani_words_in_cells(cell: str, member: object) -> None:
    enum = type(member)
    words = {Sex: SEX_WORDS, CaptiveStatus: STATUS_WORDS, CaptiveCategory: CATEGORY_WORDS}[enum]
    assert parse_word(cell, enum, words) is member  # type: ignore[arg-type]


def test_an_azerbaijani_list_is_imported_with_its_names_as_azerbaijani_spellings(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "no column holds a name" was all the import said of such a list.
    path = write_csv(tmp_path / "siyahı.csv", [
        ["№", "Soyadı, adı, atasının adı", "Doğum tarixi", "Cinsi", "Həbs tarixi",
         "Saxlanıldığı yer", "Qeyd"],
        ["1", "Vardanyan Ruben Karen oğlu", "19.05.1965", "kişi", "27.09.2023",
         "Bakı İstintaq Təcridxanası", ""],
        ["2", "Qriqoryan Anna Sergey qızı", "03.11.1980", "qadın", "03.10.2023", "Bakı",
         "xəstədir"],
        ["3", "Petrosyan Aram", "1975", "kişi", "2023", "", ""]])
    pv = preview(case_file, path)
    assert not pv.with_errors, [str(p) for r in pv.with_errors for p in r.errors]
    import_rows(case_file, pv, decisions_for(pv))
    by_name = {c.primary_name: case_file.captives.get(c.id) for c in case_file.captives.list()}
    # (written surname first, as the header says: turned round, given name first)
    assert set(by_name) == {"Ruben Karen oğlu Vardanyan", "Anna Sergey qızı Qriqoryan",
                            "Aram Petrosyan"}
    # every spelling of the list is Azerbaijani, the one in plain A-Z letters too
    assert {n.language for c in by_name.values() for n in c.names} == {"az"}
    anna = by_name["Anna Sergey qızı Qriqoryan"]
    assert (anna.sex, anna.birth.value if anna.birth else None) == (Sex.FEMALE, date(1980, 11, 3))


def test_an_azerbaijani_spelling_merged_into_a_captive_is_not_her_headline(
        case_file: CaseFile, tmp_path: Path) -> None:
    # The captive was recorded by her Armenian name alone; the list's "Qriqoryan Anna",
    # in plain A-Z letters, became her Latin name in every list and dossier (taken for a
    # passport spelling).
    anna = case_file.captives.create(names=["Աննա Գրիգորյան"], birth="1980-11-03", sex="female")
    assert case_file.captives.get(anna.id).latin_name == "Anna Grigoryan"
    path = write_xlsx(tmp_path / "siyahı.xlsx", {"Siyahı": [
        ["S.A.A.", "DOĞUM TARİXİ"],
        ["Qriqoryan Anna", "03.11.1980"]]})
    pv = preview(case_file, path)
    assert not pv.with_errors
    import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    after = case_file.captives.get(anna.id)
    assert [(n.full_name, n.language) for n in after.names] == [
        ("Աննա Գրիգորյան", ""), ("Anna Qriqoryan", "az")]
    assert after.latin_name == "Anna Grigoryan"


def test_a_latin_name_in_azerbaijani_letters_is_azerbaijani_under_any_header(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [
        ["ФИО", "Год рождения"],
        ["Vardanyan Ruben Karen oğlu", "1965"],
        ["Məmmədova Anna", "1980"],
        ["Ruben Vardanyan", "1966"]])
    pv = preview(case_file, path)
    import_rows(case_file, pv, decisions_for(pv))
    names = sorted((n.full_name, n.language) for c in case_file.captives.list()
                   for n in case_file.captives.get(c.id).names)
    assert names == sorted([("Ruben Vardanyan", ""), ("Ruben Karen oğlu Vardanyan", "az"),
                            ("Anna Məmmədova", "az")])


def test_the_total_and_the_source_under_an_azerbaijani_list_are_no_captives(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "siyahı.xlsx", {"Siyahı": [
        ["Soyadı, adı, atasının adı", "Doğum tarixi"],
        ["Vardanyan Ruben Karen oğlu", "19.05.1965"],
        ["Cəmi 1 nəfər"],
        ["Mənbə: Dövlət Komissiyası"],
        ["01.05.2024 tarixinə olan vəziyyət"],
        ["Qeyd: məlumatlar dəqiqləşdirilir"]]})
    pv = preview(case_file, path)
    assert not pv.with_errors, [str(p) for r in pv.with_errors for p in r.errors]
    assert [r.row for r in pv.not_people] == [3, 4, 5, 6]


def test_an_azerbaijani_name_written_surname_first_is_turned_round(case_file: CaseFile,
                                                                   tmp_path: Path) -> None:
    # "Qriqoryan Anna" was kept surname first, as the other side's list writes it, where a
    # Latin name written so in any other list is turned round: the spelling read "Qriqoryan"
    # as her given name in every list and document that shows it.
    path = write_csv(tmp_path / "siyahı.csv", [
        ["S.A.A.", "Doğum tarixi"],
        ["Qriqoryan Anna", "03.11.1980"],
        ["Vardanyan Ruben Karen oğlu", "19.05.1965"],
        ["MƏMMƏDOVA Leyla Rasim qızı", "1990"],
        ["Hüseynli Aysel", "1991"],
        ["QRİQORYAN ANNA", "1982"],
        ["Anna Qriqoryan", "1981"],                    # given name first: as written
        ["Leyla Rasim qızı Hüseynova", "1992"],        # given name first: as written
        ["Əli Vəli oğlu", "1970"],                     # no surname to tell: as written
        ["Petrosyan Məmmədov", "1975"],                # two surnames: which is which?
    ])
    pv = preview(case_file, path)
    assert [r.shown["name"] for r in pv.rows] == [
        "Anna Qriqoryan", "Ruben Karen oğlu Vardanyan", "Leyla Rasim qızı Məmmədova",
        "Aysel Hüseynli", "Anna Qriqoryan", "Anna Qriqoryan", "Leyla Rasim qızı Hüseynova",
        "Əli Vəli oğlu", "Petrosyan Məmmədov"]
    warned = [str(p.message()) for r in pv.rows for p in r.problems if p.warning
              and p.field == "name"]
    assert warned[0] == ("row 2, column A (S.A.A.): “Qriqoryan Anna” is written surname first: "
                         "read as “Anna Qriqoryan”")
    assert len(warned) == 5
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="create"))
    first = case_file.captives.get(result.created[0])
    assert [(n.full_name, n.language) for n in first.names] == [("Anna Qriqoryan", "az")]


def test_an_azerbaijani_spelling_surname_first_in_another_list_is_turned_round(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["ФИО", "Год рождения"],
                                             ["Məmmədova Anna", "1980"]])
    pv = preview(case_file, path)
    assert [r.shown["name"] for r in pv.rows] == ["Anna Məmmədova"]
