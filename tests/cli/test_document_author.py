"""A document's author is the lawyer's name, or none: never the computer's login name,
which printed "Prepared by root" on a dossier sent to partners and went into the metadata
of a filing to the Court and of a status report."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.cli_run import run
from tests.cli.one_captive import one_captive_file

LOGIN = "QLOGINZ"


def _pdf_said(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join([*(page.extract_text() for page in reader.pages),
                      *(str(v) for v in (reader.metadata or {}).values())])


def _docx_said(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _xlsx_said(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _outputs(db: Path, cid: str, folder: Path) -> str:
    """What the dossier, the status report (PDF and XLSX) and the ECHR pack say, text and
    metadata."""
    said = []
    for argv, out in ((("dossier", cid, "--level", "shareable"), folder / "d.pdf"),
                      (("report", "--level", "shareable"), folder / "r.pdf"),
                      (("report", "--level", "shareable", "--format", "xlsx"), folder / "r.xlsx")):
        code, _, err = run(*argv, "-o", str(out), "--db", str(db))
        assert code == 0, err
        said.append(_xlsx_said(out.read_bytes()) if out.suffix == ".xlsx" else _pdf_said(out))
    code, _, err = run("filing", "echr", cid, "-o", str(folder / "echr"), "--db", str(db))
    assert code == 0, err
    for made in sorted((folder / "echr").iterdir()):
        said.append(_pdf_said(made) if made.suffix == ".pdf" else _docx_said(made))
    return "\n".join(said)


def test_without_the_lawyers_name_no_document_names_the_login(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_USER", LOGIN)
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # (getpass reads these)
        monkeypatch.setenv(name, LOGIN)
    monkeypatch.delenv("CASEAPP_LAWYER_NAME", raising=False)
    db, cid = one_captive_file(tmp_path, "Aram Sargsyan")
    said = _outputs(db, cid, tmp_path)
    assert LOGIN not in said
    assert "Prepared by" not in said


def test_the_lawyers_name_is_the_author(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_USER", LOGIN)
    db, cid = one_captive_file(tmp_path, "Aram Sargsyan")
    code, _, err = run("settings", "set", "lawyer_name", "Anna Example", "--db", str(db))
    assert code == 0, err
    said = _outputs(db, cid, tmp_path)
    assert LOGIN not in said
    assert "Prepared by Anna Example" in said
    assert said.count("Anna Example") >= 4  # the metadata of each document too
