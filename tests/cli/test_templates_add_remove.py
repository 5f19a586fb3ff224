"""``caseapp templates add FILE [--replace]`` and ``templates remove TEMPLATE``: her own
template put in the folder ``templates list`` names, checked first; every refusal one line,
exit 2, her files as they were."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from caseapp.cli import main
from caseapp.reports.letter_templates import user_templates_dir


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _docx(path: Path, text: str) -> Path:
    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


def _one_line(code: int, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_add_then_list_then_remove(tmp_path: Path) -> None:
    source = _docx(tmp_path / "visit_request_hy.docx", "{{ captive_name }}")
    code, out, err = run("templates", "add", str(source))
    assert code == 0, err
    assert "visit_request_hy" in out and str(user_templates_dir()) in out
    assert (user_templates_dir() / "visit_request_hy.docx").read_bytes() == source.read_bytes()
    assert "visit_request_hy" in run("templates", "list")[1]

    _docx(source, "{{ captive_name }} again")
    code, _, err = run("templates", "add", str(source))
    _one_line(code, err)
    assert "--replace" in err
    assert (user_templates_dir() / "visit_request_hy.docx").read_bytes() != source.read_bytes()
    code, _, err = run("templates", "add", str(source), "--replace")
    assert code == 0, err
    assert (user_templates_dir() / "visit_request_hy.docx").read_bytes() == source.read_bytes()

    code, out, err = run("templates", "remove", "visit_request_hy")
    assert code == 0, err
    assert not (user_templates_dir() / "visit_request_hy.docx").exists()


def test_refusals_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    broken = _docx(tmp_path / "broken_en.docx", "{{ captive_name ")
    (tmp_path / "letter.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    for argv in (("add", str(broken)), ("add", str(tmp_path / "missing.docx")),
                 ("add", str(tmp_path / "letter.doc")), ("add", str(tmp_path)),
                 ("remove", "icrc_request_en"), ("remove", "nope"), ("remove", "../../x")):
        code, _, err = run("templates", *argv)
        _one_line(code, err)
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())
