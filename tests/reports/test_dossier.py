"""The dossier: every script in the text layer, sections and bookmarks, page X of Y,
metadata, and redaction by level (text, metadata and annex)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from caseapp.domain.errors import NotFound, ValidationError
from caseapp.reports.dossier import render_dossier, section_titles, write_dossier
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from tests.reports.conftest import (
    ARMENIAN,
    AZERBAIJANI,
    CYRILLIC,
    JUDGE,
    LATIN,
    LAWYER,
    SECRET,
    Small,
    demo_id,
    outline_titles,
    pdf_metadata,
    pdf_text,
)


def test_every_script_sections_pages_and_metadata(small: Small) -> None:
    dossier = build_dossier(small.cf, small.captive_id, level="internal")
    data = render_dossier(dossier, author="Anna Example")
    pages = pdf_text(data)
    text = "\n".join(pages)
    for name in (ARMENIAN, CYRILLIC, LATIN, AZERBAIJANI, JUDGE):
        assert name in text, name
    for title in section_titles():
        assert title in text, title
    assert f"{SECRET}-HEALTH" in text  # internal: everything is there
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
        assert "Printed at the INTERNAL level" in page
        assert page.startswith(f"{LATIN} · {ARMENIAN}")  # the running header
    assert "Printed on 27 November 2026 · version " + dossier.version in text
    assert "1,157 days" in text  # days in custody on the cover (TODAY is fixed)
    meta = pdf_metadata(data)
    assert meta["/Author"] == "Anna Example"
    assert meta["/Title"] == f"Dossier: {LATIN}"
    assert "internal" in meta["/Subject"]


def test_bookmarks_for_each_section(small: Small) -> None:
    data = render_dossier(build_dossier(small.cf, small.captive_id, level="internal"))
    titles = outline_titles(data)
    assert titles[0] == LATIN
    assert set(section_titles()) <= set(titles)
    assert "Criminal case DEMO-1302/2023" in titles  # second level


@pytest.mark.parametrize("level", ["shareable", "public"])
def test_nothing_above_the_level_in_text_metadata_or_annex(small: Small, level: str) -> None:
    small.cf.captives.update(small.captive_id, sensitivity="public",  # printable at both levels
                             consent_publicity=True)
    dossier = build_dossier(small.cf, small.captive_id, level=level)
    data = render_dossier(dossier, author="Anna Example")
    text = "\n".join(pdf_text(data))
    assert SECRET not in text
    assert all(SECRET not in v for v in pdf_metadata(data).values())
    assert SECRET.encode() not in data  # not even in an uncompressed stream
    assert SECRET not in repr(dossier)  # nor in what the writer received
    assert small.internal_doc not in text.replace("\n", "")
    assert small.public_doc in text.replace("\n", "")
    assert (small.shareable_doc in text.replace("\n", "")) is (level == "shareable")
    assert f"Printed at the {level.upper()} level" in text
    assert "Baku Pre-trial Detention Centre No. 1" in text or level == "public"
    assert dossier.withheld > 0


def test_the_level_of_the_captive_record_is_a_floor(small: Small) -> None:
    with pytest.raises(ValidationError, match="marked shareable: it cannot be printed at the "
                                              "public level"):
        build_dossier(small.cf, small.captive_id, level="public")
    with pytest.raises(ValidationError, match="not a sensitivity level"):
        build_dossier(small.cf, small.captive_id, level="secret")
    with pytest.raises(NotFound):
        build_dossier(small.cf, 999, level="internal")


def test_a_field_is_never_less_restricted_than_its_record(small: Small) -> None:
    small.cf.captives.update(small.captive_id, field_levels={"health": "public"})
    dossier = build_dossier(small.cf, small.captive_id, level="shareable")
    assert dossier.captive.health  # the field follows the (shareable) record
    small.cf.captives.update(small.captive_id, field_levels={"capture_date": "internal"})
    dossier = build_dossier(small.cf, small.captive_id, level="shareable")
    assert dossier.captive.capture is None and dossier.captive.days_in_custody is None


def test_derived_figures_come_from_what_is_printed(small: Small) -> None:
    internal = build_dossier(small.cf, small.captive_id, level="internal")
    shareable = build_dossier(small.cf, small.captive_id, level="shareable")
    assert internal.last_contact == date(2026, 10, 1)  # the internal ICRC visit
    assert shareable.last_contact == date(2026, 9, 1)  # only the family letter is shareable
    assert [p.facility for p in shareable.detention_places] == [
        "Baku Pre-trial Detention Centre No. 1"]
    assert [c.addressee for c in shareable.communications] == [
        "ICRC Delegation in Baku"]  # the contact person is internal
    assert internal.version != shareable.version


def test_demo_dossier_is_written_atomically(demo: CaseFile, tmp_path) -> None:
    cid = demo_id(demo, "Narek Khachatryan")
    out = tmp_path / "d.pdf"
    size = write_dossier(build_dossier(demo, cid, level="shareable"), out, author="A")
    assert out.stat().st_size == size
    text = "\n".join(pdf_text(out.read_bytes()))
    assert "Նարեկ Խաչատրյան" in text and "Нарек Хачатрян" in text
    assert "Judge Aynur Örnəkova" in text  # Azerbaijani letters in a judge's name
    assert re.search(r"Page 1 of \d+", text)
    assert not list(tmp_path.glob(".*.part"))


def test_a_note_or_account_longer_than_a_page_is_printed_whole(small: Small) -> None:
    """A welfare visit's notes or the account of the capture pasted whole from a long report
    (reportlab cannot place a table row taller than a page: the dossier used to fail)."""
    account = " ".join(f"acc{i}" for i in range(2500))
    notes = " ".join(f"visit{i}" for i in range(2500))
    small.cf.captives.update(small.captive_id, capture_circumstances=account)
    small.cf.welfare_contacts.create(captive_id=small.captive_id, contact_on="2026-10-02",
                                     kind="icrc_visit", notes=notes, sensitivity="shareable")
    text = "\n".join(pdf_text(render_dossier(build_dossier(small.cf, small.captive_id,
                                                           level="internal"))))
    for tag in ("acc", "visit"):
        assert [int(n) for n in re.findall(rf"\b{tag}(\d+)\b", text)] == list(range(2500))


@pytest.mark.parametrize("lang, shown, unshown", [
    ("ru", ["(дата пленения известна лишь как май 2024 г.)", "дней, с мая 2024 г.",
            "05.2024 Взят в плен", "Дата пленения май 2024 г.", "Дата рождения 1980"],
     ["01.05.2024", "1 мая 2024", "с май 2024"]),
    ("hy", ["(գերեվարման ամսաթիվը հայտնի է միայն որպես 2024 թ. մայիս)",
            "05.2024 Գերեվարվել է"], ["01.05.2024", "մայիսի 1"]),
    ("en", ["(the date of capture is known only as May 2024)", "days, since May 2024",
            "May 2024 Captured"], ["1 May 2024", "1 Jan 1980"]),
])
def test_a_capture_known_to_the_month_is_never_printed_as_a_day(
        case_file: CaseFile, lang: str, shown: list[str], unshown: list[str]) -> None:
    """Captured "in May 2024": the days in custody (at least, from its last day), the
    pre-trial detention and the chronology say May 2024 (in Russian "с мая 2024 г."), not the
    1st of May; a birth known to the year, the year."""
    cf = case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան", "Арам Саргсян", "Aram Sargsyan"],
                             birth="1980", capture="2024-05", status="pre_trial").id
    data = render_dossier(build_dossier(cf, cid, level="internal", lawyer=LAWYER), lang=lang)
    text = " ".join(" ".join(page.split()) for page in pdf_text(data))
    assert [x for x in shown if x not in text] == []
    assert [x for x in unshown if x in text] == []
