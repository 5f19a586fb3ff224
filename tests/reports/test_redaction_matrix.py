"""Every output at every level, over every record kind and every field level of a captive:
nothing above the level is printed, everything at or below it that the output shows is, and
the level banner says which level it is.

The data (tests/reports/redaction_data.py) puts a distinct marker in each record kind at each
level, so removing the level filter of any one kind makes one of these tests fail.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.reports.calendar import build_calendar
from caseapp.reports.dossier import render_dossier
from caseapp.reports.letter_templates import LetterTemplate, list_templates
from caseapp.reports.letter_values import PLACEHOLDERS
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import open_case_file
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter, letter_missing_fields
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER, docx_text, outline_titles, pdf_metadata, pdf_text
from tests.reports.redaction_data import (
    INTERNAL_NAME,
    LEVELS,
    MAIN_FAMILY_LATIN,
    NO_CONSENT_NAME,
    PUB,
    SHAREABLE_NAME,
    Matrix,
    build_matrix,
)

MARKER = re.compile(r"Q[A-Z0-9]+Z")
BANNER = {PUB: "Printed at the PUBLIC level", Sensitivity.SHAREABLE: "Printed at the SHAREABLE level",
          Sensitivity.INTERNAL: "Printed at the INTERNAL level"}


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Matrix:
    cf = open_case_file(Location(path=tmp_path_factory.mktemp("matrix") / "m.db"), create=True,
                        actor="tester", today=lambda: TODAY)
    yield build_matrix(cf)
    cf.close()


def check(found: str, expected: dict[str, Sensitivity], level: Sensitivity, *,
          skip: set[str] = frozenset()) -> None:
    """Every marker above ``level`` is absent; every one at or below it (not in ``skip``) is
    present. ``found`` is all the text of one output."""
    flat = found.replace("\n", "").replace(" ", "")
    leaked = sorted(k for k, lvl in expected.items() if not level.allows(lvl)
                    and k.replace(" ", "") in flat)
    assert leaked == [], f"above the {level.value} level: {leaked}"
    missing = sorted(k for k, lvl in expected.items() if level.allows(lvl) and k not in skip
                     and k.replace(" ", "") not in flat)
    assert missing == [], f"left out at the {level.value} level: {missing}"


# ---- dossier ------------------------------------------------------------------------------------

@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_dossier_text_metadata_and_bookmarks(matrix: Matrix, level: Sensitivity) -> None:
    dossier = build_dossier(matrix.cf, matrix.main, level=level)
    data = render_dossier(dossier, author="Anna Example")
    text = "\n".join(pdf_text(data))
    timing = matrix.timing if level is PUB else set()  # no litigation timing in public
    expected = {k: v for k, v in matrix.dossier.items() if k not in timing}
    check(text, expected, level)
    for k in timing:
        assert k not in text.replace("\n", "")
    everything = " ".join([*pdf_metadata(data).values(), *outline_titles(data)])
    above = [k for k, lvl in matrix.dossier.items() if not level.allows(lvl)]
    assert [k for k in above if k in everything] == []
    assert [k for k in above if k.encode() in data] == []  # not even in a raw stream
    assert BANNER[level] in text
    assert MAIN_FAMILY_LATIN in outline_titles(data)[0]  # the name bookmark, romanised


def test_public_dossier_has_no_litigation_timing(matrix: Matrix) -> None:
    public = build_dossier(matrix.cf, matrix.main, level="public")
    assert public.domestic_deadlines == () and public.international_deadlines == ()
    assert [(p.lodged_on, p.communicated_on) for p in public.international_proceedings] == [
        (None, None)]
    shareable = build_dossier(matrix.cf, matrix.main, level="shareable")
    assert [str(p.lodged_on) for p in shareable.international_proceedings] == [
        "2024-02-24", "2024-02-24"]
    assert "24 Feb 2024" in "\n".join(pdf_text(render_dossier(shareable)))
    assert "24 Feb 2024" not in "\n".join(pdf_text(render_dossier(public)))


def test_a_captive_whose_record_is_above_the_level_has_no_dossier_at_it(matrix: Matrix) -> None:
    with pytest.raises(ValidationError, match="marked internal: it cannot be printed at the "
                                              "shareable level"):
        build_dossier(matrix.cf, matrix.internal_captive, level="shareable")
    assert build_dossier(matrix.cf, matrix.internal_captive, level="internal").captive.id == (
        matrix.internal_captive)


def test_public_dossier_of_a_captive_without_consent_is_refused(matrix: Matrix) -> None:
    with pytest.raises(ValidationError, match="has not consented to publicity"):
        build_dossier(matrix.cf, matrix.no_consent, level="public")
    # at the shareable level the file can be printed
    assert build_dossier(matrix.cf, matrix.no_consent, level="shareable").level.value == "shareable"


# ---- status report --------------------------------------------------------------------------------

def _xlsx_text(data: bytes) -> str:
    wb = load_workbook(io.BytesIO(data))
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    props = wb.properties
    return "\n".join([*cells, props.title or "", props.subject or "", props.creator or ""])


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_status_report_pdf_and_xlsx(matrix: Matrix, level: Sensitivity) -> None:
    report = build_status_report(matrix.cf, level=level, hearing_days=3650)
    pdf = render_status_pdf(report, author="Anna Example")
    text = "\n".join(pdf_text(pdf)) + " ".join(pdf_metadata(pdf).values())
    check(text, matrix.report, level)
    assert BANNER[level] in text
    xlsx = _xlsx_text(render_status_xlsx(report))
    # the spreadsheet has no hearing table: skip the hearing markers there
    check(xlsx, matrix.report, level, skip={k for k in matrix.report if k.startswith("QHEA")})
    assert BANNER[level] in xlsx


def test_report_figures_count_only_what_the_level_allows(matrix: Matrix) -> None:
    """Filings per forum and the last contact of the main captive, at each level (one ECHR
    filing and one visit at each level, written by hand in the data)."""
    from datetime import date

    from caseapp.domain.enums import CaptiveCategory, InternationalBody

    seen = {}
    for level in LEVELS:
        row = next(r for r in build_status_report(matrix.cf, level=level).rows
                   if r.id == matrix.main)
        seen[level.value] = (row.proceedings.get(InternationalBody.ECHR, 0), row.last_contact)
    assert seen == {"public": (1, date(2026, 1, 5)), "shareable": (2, date(2026, 2, 5)),
                    "internal": (3, date(2026, 3, 5))}
    # a field of the captive above the level is a blank in the row, not a value
    categories = {level.value: next(r.category for r in build_status_report(
        matrix.cf, level=level).rows if r.id == matrix.no_consent) for level in LEVELS[1:]}
    assert categories == {"shareable": None, "internal": CaptiveCategory.FORMER_OFFICIAL}


def test_public_report_names_only_consenting_captives_and_counts_the_others(
        matrix: Matrix) -> None:
    report = build_status_report(matrix.cf, level="public", hearing_days=3650)
    assert [r.id for r in report.rows] == [matrix.main]
    assert report.unnamed == 1
    assert all(r.next_deadline is None for r in report.rows)  # no litigation timing
    text = "\n".join(pdf_text(render_status_pdf(report)))
    assert "1 captive ·" in text and "others, not named: 1" in text
    for name in (NO_CONSENT_NAME, SHAREABLE_NAME, INTERNAL_NAME):
        assert name not in text
    assert "others, not named: 1" in _xlsx_text(render_status_xlsx(report))
    shareable = build_status_report(matrix.cf, level="shareable", hearing_days=3650)
    assert shareable.unnamed == 0
    # the next deadline shown is the next one allowed at the level
    next_titles = {r.id: r.next_deadline_title for r in shareable.rows}
    assert next_titles[matrix.main] == "QDLSHRZ"
    assert "{{ 7*7 }}" in "\n".join(pdf_text(render_status_pdf(shareable)))
    assert {r.id for r in shareable.rows} == {matrix.main, matrix.shareable_captive,
                                              matrix.no_consent}


# ---- calendar -------------------------------------------------------------------------------------

def _ics_text(cal: Calendar) -> str:
    parts = []
    for ev in cal.walk("VEVENT"):
        parts += [str(ev.get("summary", "")), str(ev.get("description", "")),
                  str(ev.get("location", ""))]
        parts += [str(a.get("description", "")) for a in ev.walk("VALARM")]
    return "\n".join(parts)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_calendar(matrix: Matrix, level: Sensitivity) -> None:
    events = matrix.cf.reminders.calendar(365, level=level)
    cal = Calendar.from_ical(build_calendar([*events.deadlines, *events.hearings],
                                            lead_days=events.lead_days, names=events.names,
                                            level=events.level).to_ical())
    check(_ics_text(cal), matrix.calendar, level)
    assert f"({level.value} level)" in str(cal.get("x-wr-calname"))
    # each event of the main captive names them in Latin letters
    for ev in cal.walk("VEVENT"):
        if "QDLPUBZ" in str(ev["summary"]) or "QHEAPUBZ" in str(ev["summary"]):
            assert MAIN_FAMILY_LATIN in str(ev["summary"])


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_a_french_calendar(matrix: Matrix, level: Sensitivity) -> None:
    """The calendar in French, as the command line and the window write it (the deadlines'
    steps in French): nothing above its level either, and the level named in French."""
    from caseapp.services import outputs

    cal = Calendar.from_ical(outputs.calendar(matrix.cf, level=level, lang="fr").data)
    check(_ics_text(cal), matrix.calendar, level)
    named = {"public": "public", "shareable": "transmissible", "internal": "interne"}
    assert str(cal.get("x-wr-calname")).endswith(f"(niveau {named[level.value]})")


def test_calendar_leaves_out_a_captive_without_consent_at_public(matrix: Matrix) -> None:
    public = matrix.cf.reminders.calendar(365, level="public")
    assert matrix.no_consent not in {d.captive_id for d in public.deadlines}
    assert matrix.no_consent not in public.names
    shareable = matrix.cf.reminders.calendar(365, level="shareable")
    assert matrix.no_consent in {d.captive_id for d in shareable.deadlines}
    left = {str(o.section): tuple(map(str, o.titles)) for o in public.omitted}
    assert any("QRDLNOCONSENTZ" in t for t in left["Deadlines"])


# ---- letters --------------------------------------------------------------------------------------

def _all_placeholders_template(tmp: Path, level: Sensitivity) -> LetterTemplate:
    doc = Document()
    for name in PLACEHOLDERS:
        doc.add_paragraph(f"{name}: {{{{ {name} }}}}")
    path = tmp / f"all_{level.value}.docx"
    doc.save(str(path))
    return LetterTemplate(key=f"all_{level.value}", title="Every placeholder", language="en",
                          level=level, path=path, shipped=False)


def _letter(matrix: Matrix, template: LetterTemplate, captive: int) -> str:
    missing = letter_missing_fields(matrix.cf, template, captive, lawyer=LAWYER,
                                    contact_id=matrix.contact)
    data = generate_letter(matrix.cf, template, captive, lawyer=LAWYER,
                           contact_id=matrix.contact, extra={n: "-" for n, _ in missing})
    doc = Document(io.BytesIO(data))
    props = doc.core_properties
    return docx_text(data) + "\n" + " ".join(str(x or "") for x in (
        props.title, props.subject, props.author, props.keywords, props.comments))


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_letter_with_every_placeholder(matrix: Matrix, level: Sensitivity,
                                       tmp_path: Path) -> None:
    text = _letter(matrix, _all_placeholders_template(tmp_path, level), matrix.main)
    # what the placeholders can print: the captive's fields, the open place, prosecutions and
    # their charges, the ECHR reference; the addressee is named because the lawyer chose them
    printed = ("QFSUM", "QFCPL", "QFASK", "QFCAU", "QFCIT", "QFHEA", "QFCCI", "QFBPL",
               "QPLCINT", "QCHG", "QFIL")
    expected = {k: v for k, v in matrix.dossier.items() if k.startswith(printed)}
    check(text, expected, level)


@pytest.mark.parametrize("template", [t for t in list_templates() if not t.needs_publicity_consent],
                         ids=lambda t: t.key)
def test_shipped_letters_print_nothing_above_their_level(matrix: Matrix,
                                                         template: LetterTemplate) -> None:
    text = _letter(matrix, template, matrix.main)
    # the addressee (an internal contact) is named: the lawyer chose them, and is told so
    chosen = {"QCONINTZ", "QORGSHRZ"}
    leaked = [k for k, lvl in matrix.dossier.items()
              if not template.level.allows(lvl) and k in text and k not in chosen]
    assert leaked == []
    assert set(MARKER.findall(text)) <= {k for k, lvl in matrix.dossier.items()
                                          if template.level.allows(lvl)} | chosen


def test_press_statement_of_a_captive_without_consent_is_refused(matrix: Matrix) -> None:
    press = next(t for t in list_templates() if t.needs_publicity_consent)
    with pytest.raises(ValidationError, match=r"has not consented to publicity.*press statement"):
        generate_letter(matrix.cf, press, matrix.no_consent, lawyer=LAWYER)


def test_report_preview_names_the_sections_left_out(matrix: Matrix) -> None:
    from caseapp.services.status_report_data import status_report_preview

    public = {str(o.section): o.count for o in status_report_preview(
        matrix.cf, level="public", hearing_days=3650).omissions}
    assert public["Captives without consent to publicity (“others, not named”)"] == 1
    assert public["Captives above the level"] == 2
    shareable = {str(o.section): o.count for o in status_report_preview(
        matrix.cf, level="shareable", hearing_days=3650).omissions}
    assert shareable["Captives above the level"] == 1
    assert "Captives without consent to publicity (“others, not named”)" not in shareable


def test_public_letter_of_a_captive_without_consent_is_refused_as_a_letter(
        matrix: Matrix, tmp_path: Path) -> None:
    template = _all_placeholders_template(tmp_path, PUB)
    with pytest.raises(ValidationError, match="no public letter can be made"):
        generate_letter(matrix.cf, template, matrix.no_consent, lawyer=LAWYER)


def test_letter_preview_says_the_addressee_is_above_the_level(matrix: Matrix,
                                                              tmp_path: Path) -> None:
    from caseapp.services.letter_data import letter_preview

    shareable = letter_preview(matrix.cf, _all_placeholders_template(tmp_path, Sensitivity.SHAREABLE),
                               matrix.main, contact_id=matrix.contact)
    assert shareable.notices == (
        "The addressee contact “QCONINTZ” is marked internal, above the letter's shareable "
        "level: the letter names them because you chose them.",)
    internal = letter_preview(matrix.cf, _all_placeholders_template(tmp_path, Sensitivity.INTERNAL),
                              matrix.main, contact_id=matrix.contact)
    assert internal.notices == ()
