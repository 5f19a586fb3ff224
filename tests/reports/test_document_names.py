"""Every document is named and titled in ITS language, not the window's: the name it is kept
under in the case file (and offered in Save as…, tests/ui/test_suggested_file_names_gui.py),
the title it is listed by, and the title inside the file (PDF metadata, a .docx's core
properties), with the captive's name in the script of the document's language, as the
document heads with it. A hostile name still gives a file name every file system takes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from caseapp.domain.clean_text import BIDI_CONTROLS, INVISIBLE
from caseapp.domain.file_names import LIMIT
from caseapp.reports.letter_templates import find_template, shipped_templates
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY
from tests.reports.conftest import ARMENIAN, CYRILLIC, LATIN, LAWYER, Small, pdf_metadata

DAY = TODAY.isoformat()
NB = "\u00a0"
IN_SCRIPT = {"en": LATIN, "hy": ARMENIAN, "ru": CYRILLIC, "fr": LATIN}
POWER_OF_ATTORNEY = {"en": "Power of attorney", "hy": "Լիազորագիր", "ru": "Доверенность",
                     "fr": "Procuration"}
ICRC = {"en": "ICRC request for a visit and tracing",  # the colon is no file-name letter
        "hy": "ԿԽՄԿ. այցի և որոնման խնդրանք", "ru": "МККК просьба о посещении и розыске",
        "fr": "CICR demande de visite et de recherches"}
# The captive after a dash (in Armenian after its comma-like ՝): a template's title holds a
# colon of its own ("МККК: просьба о посещении и розыске — Тигран Варданян").
SEP = {"en": " — ", "hy": "՝ ", "ru": " — ", "fr": " — "}
LETTER_TITLE = {lang: "{title}" + sep + "{name}" for lang, sep in SEP.items()}


def _letter(cf: CaseFile, key: str, captive_id: int, **kw: object) -> outputs.Output:
    """The shipped letter ``key`` for the captive, each value the case file does not give
    filled with "x"."""
    template = find_template(key)
    missing = outputs.letter_missing_fields(cf, template, captive_id, lawyer=LAWYER,
                                            contact_id=kw.get("contact_id"))  # type: ignore[arg-type]
    return outputs.letter(cf, template, captive_id, lawyer=LAWYER,
                          extra={name: "x" for name, _ in missing}, **kw)  # type: ignore[arg-type]


def _kept(cf: CaseFile, made: outputs.Output) -> tuple[str, str]:
    assert made.kept is not None
    doc = next(d for d in cf.documents.list(captive_id=made.captive_id)
               if d.id == made.kept.document.id)
    return doc.filename, doc.title


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_letter_is_named_and_titled_in_its_language_and_script(small: Small, lang: str) -> None:
    """An Armenian power of attorney was "Power of attorney (Armenian), Տիգրան Վարդանյան, …",
    its .docx titled "Power of attorney (Armenian): Tigran Vardanyan"."""
    made = _letter(small.cf, f"power_of_attorney_{lang}", small.captive_id, keep_copy=True)
    name = f"{POWER_OF_ATTORNEY[lang]}{SEP[lang]}{IN_SCRIPT[lang]}, {DAY}.docx"
    title = LETTER_TITLE[lang].format(title=POWER_OF_ATTORNEY[lang], name=IN_SCRIPT[lang])
    assert made.filename == name
    assert made.title == title
    assert _kept(small.cf, made) == (name, title)
    props = Document(io.BytesIO(made.data)).core_properties
    assert (props.title, props.subject) == (title, POWER_OF_ATTORNEY[lang])


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_letter_to_someone_is_named_without_the_titles_colon(small: Small, lang: str) -> None:
    made = _letter(small.cf, f"icrc_request_{lang}", small.captive_id,
                   contact_id=small.contact_id)
    assert made.filename == f"{ICRC[lang]}{SEP[lang]}{IN_SCRIPT[lang]}, {DAY}.docx"


ICRC_TITLE = {"en": "ICRC: request for a visit and tracing — Tigran Vardanyan",
              "hy": "ԿԽՄԿ. այցի և որոնման խնդրանք՝ Տիգրան Վարդանյան",
              "ru": "МККК: просьба о посещении и розыске — Тигран Варданян",
              "fr": f"CICR{NB}: demande de visite et de recherches — Tigran Vardanyan"}


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_title_with_a_colon_names_the_captive_after_a_dash(small: Small, lang: str) -> None:
    """It was "МККК: просьба о посещении и розыске: Тигран Варданян": two colons, the second
    reading as if the request were the captive's."""
    made = _letter(small.cf, f"icrc_request_{lang}", small.captive_id, keep_copy=True)
    assert made.title == ICRC_TITLE[lang]
    assert _kept(small.cf, made)[1] == made.title
    assert Document(io.BytesIO(made.data)).core_properties.title == made.title


@pytest.mark.parametrize("key", [t.key for t in shipped_templates()])
def test_no_letter_title_has_two_colons(case_file: CaseFile, key: str) -> None:
    public = case_file.captives.create(  # a press statement is printed at the public level
        names=[dict(full_name=ARMENIAN, language="hy", is_primary=True),
               dict(full_name=LATIN, language="en", kind="transliteration")],
        status="held", sensitivity="public", consent_publicity=True).id
    made = _letter(case_file, key, public)
    assert made.title.count(":") <= 1, made.title
    lang = key.rsplit("_", 1)[1]
    assert made.title.endswith(f"{SEP[lang]}{ARMENIAN if lang == 'hy' else LATIN}"), made.title


def test_the_lawyers_own_template_is_named_by_its_file(small: Small, tmp_path: Path) -> None:
    from caseapp.reports.letter_templates import list_templates

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "letter_to_family_hy.docx").write_bytes(
        find_template("power_of_attorney_hy").path.read_bytes())
    template = next(t for t in list_templates(folder) if t.key == "letter_to_family_hy")
    missing = outputs.letter_missing_fields(small.cf, template, small.captive_id, lawyer=LAWYER)
    made = outputs.letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                          extra={name: "x" for name, _ in missing})
    assert made.filename == f"letter_to_family_hy՝ {ARMENIAN}, {DAY}.docx"
    assert Document(io.BytesIO(made.data)).core_properties.title == \
        f"letter_to_family_hy՝ {ARMENIAN}"


DOSSIER = {"en": ("Dossier {n} (shareable) {d}.pdf", "Dossier: {n}"),
           "hy": ("Դոսյե {n} (փոխանցելի) {d}.pdf", "Դոսյե՝ {n}"),
           "ru": ("Досье {n} (для передачи) {d}.pdf", "Досье: {n}"),
           "fr": ("Dossier {n} (transmissible) {d}.pdf", "Dossier" + NB + ": {n}")}


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_dossier_is_named_and_titled_in_its_language_and_script(small: Small,
                                                                  lang: str) -> None:
    made = outputs.dossier(small.cf, small.captive_id, level="shareable", author="",
                           lawyer=LAWYER, lang=lang, keep_copy=True)
    name, pdf_title = (t.format(n=IN_SCRIPT[lang], d=DAY) for t in DOSSIER[lang])
    assert made.filename == name
    assert _kept(small.cf, made)[0] == name
    assert pdf_metadata(made.data)["/Title"] == pdf_title


REPORT = {"en": ("Status report on captives (public) {d}", "Status report on captives"),
          "hy": ("Զեկույց գերիների վիճակի մասին (հրապարակային) {d}",
                 "Զեկույց գերիների վիճակի մասին"),
          "ru": ("Отчёт о положении пленных (публичный) {d}", "Отчёт о положении пленных"),
          "fr": ("Rapport de situation des captifs (public) {d}",
                 "Rapport de situation des captifs")}


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_status_report_is_named_and_titled_in_its_language(small: Small, lang: str) -> None:
    """The file was "Կարգավիճակի զեկույց (հրապարակային) ….pdf" ("Отчёт о положении …"), the
    PDF it held titled «Զեկույց գերիների վիճակի մասին» («Отчёт о положении пленных»): one
    report by two names. The file, the title it is kept under and the PDF say the same."""
    stem, title = REPORT[lang]
    pdf = outputs.status_report(small.cf, level="public", author="", lang=lang)
    xlsx = outputs.status_report(small.cf, level="public", author="", fmt="xlsx", lang=lang)
    assert (pdf.filename, xlsx.filename) == (f"{stem.format(d=DAY)}.pdf",
                                             f"{stem.format(d=DAY)}.xlsx")
    assert pdf_metadata(pdf.data)["/Title"] == title
    assert load_workbook(io.BytesIO(xlsx.data)).properties.title == title
    assert pdf.title.startswith(f"{title} (") and xlsx.title == pdf.title


EXPOSURE = {"en": "Seizure exposure report", "hy": "Առգրավման ռիսկերի հաշվետվություն",
            "ru": "Отчёт о рисках после изъятия устройства",
            "fr": "Rapport d’exposition après saisie"}


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_the_exposure_report_is_named_as_it_is_titled(small: Small, lang: str) -> None:
    """The file was "Ռիսկերի հաշվետվություն ….pdf" ("Отчёт о рисках …", "Rapport
    d'exposition …"), the PDF titled «Առգրավման ռիսկերի հաշվետվություն» («Отчёт о рисках после
    изъятия устройства»)."""
    from caseapp.ui import file_names as offered

    made = outputs.exposure(small.cf, as_of=TODAY, lang=lang)
    title = EXPOSURE[lang]
    assert made.filename == f"{title} {DAY}.pdf"
    assert pdf_metadata(made.data)["/Title"] == title
    assert made.title.startswith(f"{title} (")
    assert offered.exposure_report(TODAY) == f"{EXPOSURE['en']} {DAY}.pdf"  # the window's


# ---- hostile names ------------------------------------------------------------------------

def _hostile(given: str, family: str, letter: str) -> str:
    """A path out of the folder, a colon, a right-to-left override and mark, and 240 more
    letters (290 in all: a name holds 300)."""
    return f"../../{given}/{family}: \u202e{given}\u202c \u200f{letter * 240} .."


HOSTILE = {"en": _hostile("Aram", "Khachatryan", "x"), "hy": _hostile("Արամ", "Խաչատրյան", "ա"),
           "ru": _hostile("Арам", "Хачатрян", "ж")}
REFUSED = set('<>:"/\\|?*\x00') | set(BIDI_CONTROLS + INVISIBLE)


def _safe(name: str, suffix: str) -> None:
    assert name.endswith(suffix) and len(name.encode("utf-8")) <= LIMIT, name
    assert not set(name) & REFUSED, name
    assert not name.startswith((".", " ")) and not name.endswith(f" {suffix}"), name
    folder = Path("/cases/out")
    assert (folder / name).parent == folder and Path(name).name == name  # one file, in it


@pytest.fixture
def hostile(case_file: CaseFile) -> int:
    """A captive whose every spelling is a path out of the folder, with a colon, a
    right-to-left override and mark and 240 more letters, in each script."""
    return case_file.captives.create(
        names=[dict(full_name=HOSTILE["hy"], language="hy", is_primary=True),
               dict(full_name=HOSTILE["en"], language="en", kind="transliteration"),
               dict(full_name=HOSTILE["ru"], language="ru", kind="transliteration")],
        status="held", sensitivity="public", consent_publicity=True).id


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
def test_a_hostile_name_gives_a_safe_file_name_in_every_language(case_file: CaseFile,
                                                                 hostile: int,
                                                                 lang: str) -> None:
    dossier = outputs.dossier(case_file, hostile, level="public", author="", lawyer=LAWYER,
                              lang=lang, keep_copy=True)
    letter = _letter(case_file, f"power_of_attorney_{lang}", hostile, keep_copy=True)
    for made, suffix in ((dossier, ".pdf"), (letter, ".docx")):
        _safe(made.filename, suffix)
        assert _kept(case_file, made)[0] == made.filename
    # the title gives way first (the name is longer than any file name)
    assert letter.filename.startswith(POWER_OF_ATTORNEY[lang].split()[0])
    assert {"hy": "Արամ", "ru": "Арам"}.get(lang, "Aram") in letter.filename


@pytest.mark.parametrize("key", [t.key for t in shipped_templates()])
def test_a_long_title_gives_way_to_the_captive_and_the_day(small: Small, key: str) -> None:
    """Cut at the file name's limit, the Armenian embassy brief was "Դեսպանատուն կամ արտաքին
    գործերի նախարարություն. տեղեկանք, Տիգ.docx": the captive's name cut in half, the day
    lost. The title is shortened at a word (with "…") so that both stay whole."""
    lang = key.rsplit("_", 1)[1]
    public = small.cf.captives.create(  # a press statement is printed at the public level
        names=[dict(full_name=ARMENIAN, language="hy", is_primary=True),
               dict(full_name=LATIN, language="en", kind="transliteration"),
               dict(full_name=CYRILLIC, language="ru", kind="transliteration")],
        status="held", sensitivity="public", consent_publicity=True).id
    made = _letter(small.cf, key, public, contact_id=small.contact_id)
    assert made.filename.endswith(f"{SEP[lang]}{IN_SCRIPT[lang]}, {DAY}.docx"), made.filename
    assert len(made.filename.encode("utf-8")) <= LIMIT
    title = made.filename.removesuffix(f"{SEP[lang]}{IN_SCRIPT[lang]}, {DAY}.docx")
    assert len(title) >= 8, made.filename  # never only "…"
