"""The captives list's rows (OverviewService.captive_rows): the captives and their names are
read side by side as streams, each captive's names kept only while its row is made; a row
keeps only the spellings the list can show first (those of the interface's script)."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.name_display import name_in_script
from caseapp.services.casefile import CaseFile

ARAM = "Արամ Վարդանյան"


@pytest.fixture
def ids(case_file: CaseFile) -> dict[str, int]:
    """Five captives whose names are recorded in several scripts and kinds. Aram's names are
    replaced last, so that their records come after everyone else's (the rows must still
    gather each captive's names)."""
    cf = case_file
    made = {
        "aram": cf.captives.create(names=["Aram"], status="pre_trial", capture="2023-01-01").id,
        "juergen": cf.captives.create(names=[
            dict(full_name="Jürgen Müller", language="de", is_primary=True),
            dict(full_name="Юрген Мюллер", language="ru", kind="transliteration")],
            status="released", capture="2024-03-01", status_since="2024-04-10").id,
        "sergei": cf.captives.create(names=["Сергей Иванов"], status="missing").id,
        # an Armenian alias recorded before the Armenian spelling: never shown first
        "tigran": cf.captives.create(names=[
            dict(full_name="Tigran Petrosyan", language="en", is_primary=True),
            dict(full_name="Տիկո", language="hy", kind="alias"),
            dict(full_name="Տիգրան Պետրոսյան", language="hy", kind="transliteration")],
            status="held").id,
        "nika": cf.captives.create(names=["ნიკა ბერიძე"], status="held").id,  # Georgian only
    }
    cf.captives.update(made["aram"], names=[
        dict(full_name=ARAM, language="hy", is_primary=True),
        dict(full_name="Արամո", language="hy", kind="alias"),
        dict(full_name="Арам Варданян", language="ru", kind="transliteration"),
        dict(full_name="Aram Vardanyan", language="en", kind="transliteration")])
    cf.welfare_contacts.create(captive_id=made["aram"], contact_on="2026-11-20", kind="icrc_visit",
                               confirmed=True)
    cf.welfare_contacts.create(captive_id=made["aram"], contact_on="2026-11-25", kind="family_call",
                               confirmed=False)  # not confirmed: not the last contact
    return made


def _spellings(case_file: CaseFile, lang: str | None) -> dict[int, list[str]]:
    return {r.id: [n.full_name for n in r.spellings] for r in case_file.overview.captive_rows(lang=lang)}


def test_each_row_keeps_its_own_names_in_record_order(case_file: CaseFile, ids: dict[str, int]) -> None:
    rows = {r.id: r for r in case_file.overview.captive_rows()}
    assert list(rows) == sorted(ids.values())  # every captive once, in the order of their ids
    aram, juergen, tigran = rows[ids["aram"]], rows[ids["juergen"]], rows[ids["tigran"]]
    assert (aram.primary_name, aram.latin_name) == (ARAM, "Aram Vardanyan")
    assert (juergen.primary_name, juergen.latin_name) == ("Jürgen Müller", "Jürgen Müller")
    assert (tigran.primary_name, tigran.latin_name) == ("Tigran Petrosyan", "Tigran Petrosyan")
    assert rows[ids["sergei"]].primary_name == "Сергей Иванов"
    assert rows[ids["nika"]].primary_name == "ნიკა ბერიძე"
    # Without a language: the Armenian and Cyrillic spellings (aliases too), record order.
    assert _spellings(case_file, None) == {
        ids["aram"]: [ARAM, "Արամո", "Арам Варданян"], ids["juergen"]: ["Юрген Мюллер"],
        ids["sergei"]: ["Сергей Иванов"], ids["tigran"]: ["Տիկո", "Տիգրան Պետրոսյան"],
        ids["nika"]: []}


def test_a_language_keeps_only_the_spellings_of_its_script(case_file: CaseFile,
                                                           ids: dict[str, int]) -> None:
    assert _spellings(case_file, "hy") == {
        ids["aram"]: [ARAM, "Արամո"], ids["juergen"]: [], ids["sergei"]: [],
        ids["tigran"]: ["Տիկո", "Տիգրան Պետրոսյան"], ids["nika"]: []}
    assert _spellings(case_file, "ru") == {
        ids["aram"]: ["Арам Варданян"], ids["juergen"]: ["Юрген Мюллер"],
        ids["sergei"]: ["Сергей Иванов"], ids["tigran"]: [], ids["nika"]: []}
    assert set(map(tuple, _spellings(case_file, "en").values())) == {()}  # Latin: latin_name


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_the_name_shown_first_is_the_same_with_or_without_the_language(
        case_file: CaseFile, ids: dict[str, int], lang: str) -> None:
    every = {r.id: name_in_script(r.spellings, lang) for r in case_file.overview.captive_rows()}
    kept = {r.id: name_in_script(r.spellings, lang) for r in case_file.overview.captive_rows(lang=lang)}
    assert kept == every
    # by hand: the captive's own spelling in the script (never an alias), "" when none
    assert kept == {
        "hy": {ids["aram"]: ARAM, ids["juergen"]: "", ids["sergei"]: "",
               ids["tigran"]: "Տիգրան Պետրոսյան", ids["nika"]: ""},
        "ru": {ids["aram"]: "Арам Варданян", ids["juergen"]: "Юрген Мюллер",
               ids["sergei"]: "Сергей Иванов", ids["tigran"]: "", ids["nika"]: ""},
        "en": dict.fromkeys(ids.values(), ""),
    }[lang]


def test_days_held_and_last_contact(case_file: CaseFile, ids: dict[str, int]) -> None:
    rows = {r.id: r for r in case_file.overview.captive_rows(lang="en")}
    aram, juergen = rows[ids["aram"]], rows[ids["juergen"]]
    # 1 January 2023 to 27 November 2026 (the tests' today): 365 + 366 + 365 + 330 days
    assert aram.status is CaptiveStatus.PRE_TRIAL and aram.days_in_custody == 1426
    # the last confirmed contact, 20 November: 7 days before today (the 25th was unconfirmed)
    assert (str(aram.last_contact), aram.days_since_contact) == ("2026-11-20", 7)
    # captured 1 March 2024, released 10 April 2024: 31 days of March + 9 of April
    assert juergen.days_in_custody == 40 and juergen.last_contact is None
    assert rows[ids["sergei"]].days_in_custody is None  # no capture date recorded


def test_names_of_a_captive_not_in_the_file_go_to_no_row(case_file: CaseFile,
                                                         ids: dict[str, int]) -> None:
    """A file whose references were broken outside CaseApp (names left of captives deleted
    with foreign keys off, one before the first captive's id, one after the last): those
    names are no captive's, and every captive still gets its own."""
    import sqlite3

    assert case_file.db.path is not None
    raw = sqlite3.connect(case_file.db.path)  # foreign keys are not enforced here
    with raw:
        for n, captive_id in enumerate((0, max(ids.values()) + 1_000)):
            raw.execute("INSERT INTO captive_names (captive_id, full_name, script, language, kind, "
                        "is_primary, uid, created_at, updated_at) VALUES (?, ?, 'Latn', 'en', "
                        "'transliteration', 1, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                        (captive_id, f"Nobody {n}", f"orphan-{n}"))
    raw.close()
    rows = {r.id: r for r in case_file.overview.captive_rows()}
    assert list(rows) == sorted(ids.values())
    assert rows[ids["aram"]].latin_name == "Aram Vardanyan"
    assert rows[ids["juergen"]].primary_name == "Jürgen Müller"
    assert rows[ids["tigran"]].latin_name == "Tigran Petrosyan"
    assert rows[ids["nika"]].primary_name == "ნიკა ბერიძე"
    assert not any("Nobody" in r.primary_name + r.latin_name for r in rows.values())
