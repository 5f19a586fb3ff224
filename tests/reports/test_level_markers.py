"""Every free-text field of every record kind holds a marker naming its level
(tests/reports/redaction_data.py: :func:`build_matrix`, :func:`add_every_other_kind`,
:func:`add_every_field`); every output is then made at every level, in every language it is
written in, and none may hold a marker above its level — not in its text, not in any part of
its file (properties, styles, comments, hidden sheets, defined names), not in its file's name,
not in the title it would be kept under, not in the warnings shown with it.

The case file is built once for the module."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.reports.letter_templates import LetterTemplate, list_templates
from caseapp.reports.letter_values import PLACEHOLDERS
from caseapp.services import data_exports, filing_packs, outputs
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER
from tests.reports.redaction_data import (
    INT,
    LEVELS,
    MAIN_FAMILY_LATIN,
    PUB,
    Matrix,
    add_every_field,
    add_every_other_kind,
    build_matrix,
    x,
)
from tests.reports.test_redaction_bytes import every_byte
from tests.services.filing_data import text_pdf

Everything = tuple[Matrix, dict[str, Sensitivity]]
LOG_DAYS: set[date] = set()  # the days (UTC) the case file was written on, for the daily log


@pytest.fixture(scope="module")
def case_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("markers") / "m.db"


@pytest.fixture(scope="module")
def everything(case_path: Path) -> Iterator[Everything]:
    cf = open_case_file(Location(path=case_path), create=True, actor="tester",
                        today=lambda: TODAY)
    LOG_DAYS.add(datetime.now(UTC).date())  # the audit's clock: the day the entries are made
    mx = build_matrix(cf)
    markers = add_every_other_kind(mx, lambda text: text_pdf(f"{text} decision of the court"))
    markers |= add_every_field(mx, lambda text: text_pdf(f"{text} decision of the court"))
    cf.captives.update(mx.main, consent_family_wgeid=True)
    keep_letters(mx)
    LOG_DAYS.add(datetime.now(UTC).date())
    yield mx, markers
    cf.close()


def keep_letters(mx: Matrix) -> None:
    """A public and a shareable letter to the contact at each level, kept among the main
    captive's documents (a letter names the addressee chosen, whatever their level)."""
    from caseapp.services.output_files import keep

    contacts = {p.name: p.id for p in mx.cf.contacts.list()}
    for template in list_templates(Path("/nonexistent")):
        if template.key not in ("icrc_request_en", "press_statement_en"):
            continue
        for lvl in LEVELS:
            person = contacts[x("CNAME", lvl)]
            missing = outputs.letter_missing_fields(mx.cf, template, mx.main, lawyer=LAWYER,
                                                    contact_id=person)
            keep(mx.cf, outputs.letter(mx.cf, template, mx.main, lawyer=LAWYER, contact_id=person,
                                       extra={n: "-" for n, _ in missing}))


def above(level: Sensitivity, markers: dict[str, Sensitivity], *found: bytes | str) -> list[str]:
    blob = b"\n".join(every_byte(f) if isinstance(f, bytes) else f.encode() for f in found)
    return sorted(k for k, lvl in markers.items() if not level.allows(lvl) and k.encode() in blob)


def names_of(output: outputs.Output) -> list[str]:
    return [output.name.text(lang) for lang in ("en", "hy", "ru", "fr")] + [output.title]


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_output_holds_a_field_above_its_level(everything: Everything,
                                                  level: Sensitivity) -> None:
    mx, markers = everything
    cf, c = mx.cf, mx.main
    made: dict[str, outputs.Output] = {}
    for lang in ("en", "hy", "ru", "fr"):
        made[f"dossier {lang}"] = outputs.dossier(cf, c, level=level, author="t", lawyer=LAWYER,
                                                  lang=lang)
        for fmt in ("pdf", "xlsx"):
            made[f"report {lang}.{fmt}"] = outputs.status_report(cf, level=level, author="t",
                                                                 fmt=fmt, lang=lang)
        made[f"calendar {lang}"] = outputs.calendar(cf, level=level, within_days=3650,
                                                    lang=lang)
        for day in sorted(LOG_DAYS):
            made[f"daily log {day} {lang}"] = outputs.daily_log(cf, day=day, level=level,
                                                               lang=lang, zone=UTC)
    for fmt in ("pdf", "xlsx"):  # chosen by an (internal) tag: its name is not printed below
        made[f"report by tag.{fmt}"] = outputs.status_report(cf, level=level, author="t",
                                                             fmt=fmt, tag="QTAGINTZ")
    leaked = {name: found for name, out in made.items()
              if (found := above(level, markers, out.data, *names_of(out)))}
    assert leaked == {}
    # the markers at the level are there to be found: the test can see a field printed
    assert x_in(made["dossier en"].data, "QXHOUTPUBZ", "QXPJUDGEPUBZ", "QXALIASMAINLATINPUBZ")
    assert any(x_in(out.data, "QXDLWHYPUBZ", "QXDLTITLEPUBZ") for name, out in made.items()
               if name.startswith("daily log"))


def x_in(data: bytes, *markers: str) -> bool:
    found = every_byte(data)
    return all(k.encode() in found for k in markers)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_filing_pack_holds_a_field_above_its_level(everything: Everything,
                                                      level: Sensitivity) -> None:
    mx, markers = everything
    cf, c = mx.cf, mx.main
    packs = [filing_packs.echr_pack(cf, c, level=level, author="t", lawyer=LAWYER),
             filing_packs.echr_pack(cf, c, level=level, author="t", lawyer=LAWYER, lang="fr"),
             filing_packs.rule39_pack(cf, c, level=level, author="t", lawyer=LAWYER,
                                      sent_at=datetime(2026, 11, 27, 10, tzinfo=UTC),
                                      risk="hunger strike", contact_person="Anna",
                                      contact_phone="+374"),
             filing_packs.un_pack(cf, c, body="wgad", level=level, author="t", lawyer=LAWYER),
             filing_packs.un_pack(cf, c, body="wgeid", level=level, author="t", lawyer=LAWYER)]
    leaked = {}
    for pack in packs:
        for f in pack.files:
            if found := above(level, markers, f.data, f.name):
                leaked[f"{pack.kind}: {f.name}"] = found
        if found := above(level, markers, *map(str, pack.warnings)):
            leaked[f"{pack.kind}: warnings"] = found
    assert leaked == {}
    # the OCR copy of a scan at the level is what the bundle carries
    annexes = b"".join(every_byte(f.data) for f in packs[0].files if "Annexes/" in f.name)
    assert b"QXDOCOCRPUBZ" in annexes


def _every_placeholder(tmp: Path, level: Sensitivity) -> LetterTemplate:
    doc = Document()
    for name in PLACEHOLDERS:
        doc.add_paragraph(f"{name}: {{{{ {name} }}}}")
    path = tmp / f"every_{level.value}.docx"
    doc.save(str(path))
    return LetterTemplate(key=f"every_{level.value}", title="Every placeholder", language="en",
                          level=level, path=path, shipped=False)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_letter_holds_a_field_above_its_level(everything: Everything, level: Sensitivity,
                                                 tmp_path: Path) -> None:
    """Every shipped template at its level and one with every placeholder at each level,
    addressed to no one (an addressee the lawyer chooses is named whatever its level)."""
    mx, markers = everything
    templates = [_every_placeholder(tmp_path, level),
                 *(t for t in list_templates(tmp_path / "none") if t.level is level)]
    leaked = {}
    for template in templates:
        try:
            out = outputs.letter(mx.cf, template, mx.main, lawyer=LAWYER,
                                 extra={n: "-" for n, _ in outputs.letter_missing_fields(
                                     mx.cf, template, mx.main, lawyer=LAWYER)})
        except ValidationError:
            continue
        if found := above(level, markers, out.data, *names_of(out)):
            leaked[template.key] = found
    assert leaked == {}


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_captives_list_holds_a_field_above_its_level(everything: Everything,
                                                        level: Sensitivity,
                                                        tmp_path: Path) -> None:
    mx, markers = everything
    leaked = {}
    for suffix in (".xlsx", ".csv"):
        target = tmp_path / f"captives{suffix}"
        data_exports.captives_sheet(mx.cf, target, level=level)
        files = [p for p in tmp_path.iterdir()]
        for p in files:
            if found := above(level, markers, p.read_bytes(), p.name):
                leaked[p.name] = found
    assert leaked == {}


def test_a_public_output_says_nothing_of_a_captive_without_consent(everything: Everything
                                                                   ) -> None:
    """Without consent to publicity nothing about the captive goes into a public output: not
    their name, not an alias, not a place or deadline of theirs."""
    mx, _ = everything
    theirs = ("QXALIASNOCONSENTSHRZ", "QRPLCNOCONSENTZ", "QRDLNOCONSENTZ", "Ավետիսյան")
    files = [outputs.status_report(mx.cf, level=PUB, author="t", fmt=fmt).data
             for fmt in ("pdf", "xlsx")]
    files.append(outputs.calendar(mx.cf, level=PUB, within_days=3650).data)
    blob = b"".join(every_byte(f) for f in files)
    assert [k for k in theirs if k.encode() in blob] == []


@pytest.mark.parametrize("level", [PUB, Sensitivity.SHAREABLE], ids=lambda s: s.value)
def test_no_page_of_a_travel_copy_holds_a_field_above_its_level(everything: Everything,
                                                                 level: Sensitivity,
                                                                 tmp_path: Path) -> None:
    from caseapp.services.travel_copy import make_travel_copy
    from tests.reports.test_redaction_bytes import TRAVEL_PASSPHRASE, decrypted_pages

    mx, markers = everything
    target = tmp_path / "travel.db"
    make_travel_copy(mx.cf, target, level=level, passphrase=TRAVEL_PASSPHRASE)
    pages = decrypted_pages(target, TRAVEL_PASSPHRASE)
    assert b"QXHNOTEPUBZ" in pages  # decrypted right, and the fields at the level kept
    assert sorted(k for k, lvl in markers.items()
                  if not level.allows(lvl) and k.encode() in pages) == []
    # the documents it carries, read as files (a .docx's words are compressed in the pages)
    copy = open_case_file(Location(path=target), passphrase=TRAVEL_PASSPHRASE, actor="t",
                          today=lambda: TODAY)
    try:
        carried = {d.title: copy.documents.content(d.id) for d in copy.documents.list()}
    finally:
        copy.close()
    if level is Sensitivity.SHAREABLE:  # the kept shareable letters (to a contact at or below)
        assert any(title.startswith("ICRC") for title in carried), list(carried)
    leaked = {title: found for title, data in carried.items()
              if (found := above(level, markers, data))}
    assert leaked == {}


@pytest.fixture(scope="module")
def cli_copy(everything: Everything, case_path: Path,
             tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the case file for the command line (the module keeps its own open)."""
    import sqlite3

    target = tmp_path_factory.mktemp("cli") / "copy.db"
    source = sqlite3.connect(str(case_path))
    with sqlite3.connect(str(target)) as copy:
        source.backup(copy)
    source.close()
    return target


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_command_line_listing_at_a_level_holds_a_field_above_it(
        everything: Everything, cli_copy: Path, level: Sensitivity) -> None:
    from tests.cli.cli_run import run

    _, markers = everything
    commands = [("deadlines", "--within", "3650", "--format", fmt, "--level", level.value)
                for fmt in ("table", "json", "ics")]
    commands += [("deliveries", "list", "--format", fmt, "--level", level.value)
                 for fmt in ("table", "json")]
    leaked = {}
    for command in commands:
        code, out, err = run(*command, "--db", str(cli_copy))
        assert code == 0, err
        assert ("QXDLVAPPPUBZ" if command[0] == "deliveries" else "QXDLTITLEPUBZ") in out
        if found := above(level, markers, out):
            leaked[" ".join(command)] = found
    assert leaked == {}


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_no_captive_listing_search_or_export_at_a_level_holds_a_field_above_it(
        everything: Everything, cli_copy: Path, level: Sensitivity, tmp_path: Path) -> None:
    """`captives show`, `captives list`, `search` and `export` read what the login reads
    and had no --level: a lawyer pasting a captive's file or a search into a message to a
    partner, or handing over an export, passed on internal notes. At a level, what they print
    (or write) holds nothing above it; a captive the level may not show is refused in one
    line, as the dossier is."""
    import json

    from tests.cli.cli_run import one_line, run

    mx, markers = everything
    db = ("--db", str(cli_copy))
    captives = (mx.main, mx.shareable_captive, mx.internal_captive, mx.no_consent)
    commands = [("captives", "show", str(c), "--format", fmt) for c in captives
                for fmt in ("text", "json")]
    commands += [("captives", "list", "--format", fmt) for fmt in ("table", "json")]
    commands += [("search", query, "--format", fmt) for fmt in ("table", "json")
                 for query in ("QX", MAIN_FAMILY_LATIN, "Hakobyan", "Melkonyan", "Avetisyan")]
    leaked, shown = {}, {}
    for command in commands:
        code, out, err = run(*command, "--level", level.value, *db)
        assert code in (0, 2), err
        if code == 2:  # a captive the level may not show: one line (for the lawyer, naming
            # them, as the dossier's refusal does), nothing printed
            assert out == "" and one_line(err) and command[1] == "show", (command, err)
        if found := above(level, markers, out):
            leaked[" ".join(command)] = found
        shown[" ".join(command)] = out
    target = tmp_path / "export.json"
    code, out, err = run("export", "-o", str(target), "--level", level.value, *db)
    assert code == 0, err
    if found := above(level, markers, target.read_bytes(), out):
        leaked["export"] = found
    assert leaked == {}
    data = json.loads(target.read_text(encoding="utf-8"))
    # below internal the file says its level and the command says it is no backup
    assert data.get("read_at_level") == (None if level is INT else level.value)
    assert ("not a whole copy of the case file" in err) is (level is not INT), err
    # the fields at the level are there to be found: the test can see a field printed
    assert "QXHOUTPUBZ" in shown[f"captives show {mx.main} --format text"]
    assert "QXALIASMAINLATINPUBZ" in shown[f"captives show {mx.main} --format json"]
    listed = json.loads(shown["captives list --format json"])
    assert listed["level"] == level.value and mx.main in [c["id"] for c in listed["captives"]]
    assert b"QXHOUTPUBZ" in target.read_bytes()


def test_without_a_level_the_commands_show_what_the_login_reads(everything: Everything,
                                                                 cli_copy: Path) -> None:
    """No --level: as before, everything the login reads (the owner of a local file: the
    internal level), so a lawyer's scripts are not changed without a word."""
    import json

    from tests.cli.cli_run import run

    mx, markers = everything
    db = ("--db", str(cli_copy))
    code, out, err = run("captives", "show", str(mx.main), *db)
    assert code == 0 and err == "", err
    assert above(Sensitivity.PUBLIC, markers, out)  # internal fields shown, as before
    code, out, _ = run("captives", "list", "--format", "json", *db)
    assert code == 0 and mx.internal_captive in [c["id"] for c in json.loads(out)]
