"""``caseapp filing``: the packs written into a folder, warnings on standard error, the case
file refused as a target."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.services.filing_data import captive_with_case, scanned_pdf, text_pdf


def _case_with(tmp_path: Path, *documents: dict[str, object]) -> tuple[Path, int]:
    """A case file with a captive (``captive_with_case``) and these documents of theirs."""
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = captive_with_case(cf)
        for document in documents:
            cf.documents.create(captive_id=cid, **document)
    finally:
        cf.close()
    return db, cid


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_filing_commands_write_packs_and_refuse_the_case_file(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = captive_with_case(cf)
        cf.documents.create(captive_id=cid, title="Приговор суда", received_on="2024-08-20",
                            content=text_pdf("VERDICT-WORDS of the Baku court"))
        cf.documents.create(captive_id=cid, title="Scan", received_on="2024-08-21",
                            content=scanned_pdf())
    finally:
        cf.close()
    code, out, err = run("filing", "echr", str(cid), "-o", str(tmp_path / "pack"), "--db", str(db))
    assert code == 0, err
    assert (tmp_path / "pack" / "Annexes" / "01_2024-08-20_Prigovor_suda.pdf").is_file()
    assert "warning: Document" in err and "needs OCR" in err
    assert "Annexes/01_2024-08-20_Prigovor_suda.pdf" in out
    code, _, err = run("filing", "wgad", str(cid), "-o", str(db), "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "is a file, not a folder" in err
    code, _, err = run("filing", "wgeid", str(cid), "-o", str(tmp_path / "un"), "--db", str(db))
    assert code == 2 and "has not consented" in err and not (tmp_path / "un").exists()
    # At the default level (shareable) the captive's health, internal, is not there to speak
    # of the risk: the request says so, then is made with the risk given.
    r39 = ["filing", "rule39", str(cid), "-o", str(tmp_path / "r39"), "--at",
           "2026-12-04T16:01+01:00", "--contact", "Anna", "--phone", "+374 1", "--db", str(db)]
    code, _, err = run(*r39)
    assert code == 2 and "facts of the imminent risk" in err and "shareable level" in err
    code, _, err = run(*r39, "--risk", "Insulin withheld since October")
    assert code == 0 and "dealt with from Monday, 7 December 2026 at 08:00" in err


def test_a_damaged_pdf_is_named_in_one_warning_without_the_pdf_readers_own_words(
        tmp_path: Path) -> None:
    db, cid = _case_with(tmp_path, dict(title="Broken", received_on="2024-08-20",
                                         filename="broken.pdf", media_type="application/pdf",
                                         content=b"%PDF-1.4 cut off here"))
    done = subprocess.run(  # a process of its own: as on a terminal, no test's log handlers
        [sys.executable, "-m", "caseapp", "--lang", "en", "filing", "echr", str(cid),
         "-o", str(tmp_path / "pack"), "--db", str(db)], capture_output=True, text=True,
        timeout=120, env={**os.environ, "CASEAPP_PASSPHRASE": ""})
    assert done.returncode == 0, done.stderr
    assert "Document 1 “Broken” cannot be read as a PDF" in done.stderr
    assert "EOF marker" not in done.stderr  # the PDF reader's own words, said before
    assert all(line.startswith(("warning: ", "The ECHR", "  ")) for line in
               done.stderr.splitlines()), done.stderr



def test_the_line_saying_what_was_written_is_in_the_users_language(tmp_path: Path) -> None:
    """``--lang ru`` / ``hy``: the pack and its level are named in that language, not
    "WGAD submission" and "shareable"."""
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = captive_with_case(cf)
    finally:
        cf.close()
    said = {}
    for lang in ("en", "ru", "hy"):
        code, out, err = run("--lang", lang, "filing", "wgad", str(cid), "-o",
                             str(tmp_path / lang), "--db", str(db))
        assert code == 0, err
        said[lang] = out.splitlines()[0]
    assert said["en"].startswith("Wrote the WGAD submission pack at the shareable level to ")
    assert said["ru"].startswith("Записан пакет обращения в РГПЗ ООН на уровне «для передачи» в ")
    assert said["hy"].startswith("Գրանցվեց ԿԿԱԽ-ին ուղղված դիմումի փաթեթը փոխանցելի մակարդակով՝ ")
    assert said["ru"].endswith("(2 файла):")


def test_what_a_un_draft_leaves_out_names_the_draft_as_the_language_does(tmp_path: Path) -> None:
    """The lines on what the level leaves out headed «դիմում WGAD» / «обращение в WGAD»: the
    working group is named as the rest of the language's lines name it."""
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = captive_with_case(cf)
        cf.captives.set_status(cid, "held", effective_on="2026-01-02", note="Moved at night.",
                               level="internal")
    finally:
        cf.close()
    for lang, heading in (("ru", "Документ «обращение в РГПЗ ООН» на уровне «для передачи»"),
                          ("hy", "«ԿԿԱԽ-ին ուղղված դիմում» փաստաթուղթը «փոխանցելի» մակարդակում"),
                          ("en", "The WGAD submission at the shareable level leaves out")):
        code, _out, err = run("--lang", lang, "filing", "wgad", str(cid), "-o",
                             str(tmp_path / lang), "--db", str(db))
        assert code == 0, err
        assert err.startswith(heading), err
        assert "WGAD" not in err or lang == "en", err


def test_a_un_draft_over_a_file_is_named_in_the_users_language(tmp_path: Path) -> None:
    """``filing wgad -o FILE`` said "проект для WGAD" in Russian and «ԿԿԱԽ-ին ուղղված
    նախագիծըն» (an article on the article) in Armenian."""
    db = tmp_path / "case.db"
    open_case_file(Location(path=db), create=True, actor="t").close()
    for lang, said in (("ru", "файл, а не папка: проект обращения в РГПЗ ООН — это папка"),
                       ("hy", "ֆայլ է, ոչ թե թղթապանակ. ԿԿԱԽ-ին ուղղված նախագիծը ֆայլերի")):
        code, out, err = run("--lang", lang, "filing", "wgad", "1", "-o", str(db), "--db", str(db))
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert said in err and "WGAD" not in err, err


def test_a_public_filing_refused_for_want_of_consent_names_the_filing(tmp_path: Path) -> None:
    """Without consent to publicity, a public ECHR application is refused as such, not as
    "no public dossier"."""
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        cid = captive_with_case(cf)  # no consent to publicity
        cf.captives.update(cid, sensitivity="public")
    finally:
        cf.close()
    code, out, err = run("filing", "echr", str(cid), "--level", "public", "-o",
                         str(tmp_path / "pack"), "--db", str(db))
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "no public ECHR application can be made" in err and "dossier" not in err


def test_a_future_final_decision_and_an_earlier_packs_annexes_are_refused_in_one_line(
        tmp_path: Path) -> None:
    db, cid = _case_with(
        tmp_path, dict(title="Memo", received_on="2024-08-19", sensitivity="internal",
                       content=text_pdf("MEMO internal words")),
        dict(title="Verdict", received_on="2024-08-20",
             content=text_pdf("VERDICT-WORDS of the Baku court")))
    pack = tmp_path / "pack"
    code, _, err = run("filing", "echr", str(cid), "-o", str(pack), "--final-decision",
                       "2099-01-01", "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "is in the future" in err
    assert "Traceback" not in err and not pack.exists()
    code, _, err = run("filing", "echr", str(cid), "-o", str(pack), "--level", "internal",
                       "--db", str(db))
    assert code == 0, err
    before = sorted(p.name for p in (pack / "Annexes").iterdir())
    code, _, err = run("filing", "echr", str(cid), "-o", str(pack), "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "01_2024-08-19_Memo.pdf" in err
    assert sorted(p.name for p in (pack / "Annexes").iterdir()) == before


def test_lang_fr_writes_the_rule39_request_and_the_un_drafts_in_french(tmp_path: Path) -> None:
    """``--lang fr``: the Rule 39 request, its fax cover and the UN drafts in French (the
    Court's and the UN bodies' other language), the level on every page in French; the line
    saying what was written stays in the messages' language."""
    from tests.services.filing_data import pdftotext

    db, cid = _case_with(tmp_path)
    code, out, err = run("filing", "rule39", str(cid), "-o", str(tmp_path / "r39"), "--risk",
                         "Grève de la faim depuis le 20 novembre.", "--at",
                         "2026-12-03T11:00+01:00", "--contact", "Anna", "--phone", "+374 1",
                         "--lang", "fr", "--db", str(db))
    assert code == 0, err
    assert out.startswith("Wrote the Rule 39 pack at the shareable level to ")
    # Its files named in French too, in the plain ASCII the Court's portals take.
    assert sorted(p.name.rsplit("_", 1)[0] for p in (tmp_path / "r39").iterdir()) == [
        f"{stem}_{name}" for stem in ("Demande_article_39", "Page_de_garde_article_39")
        for name in ("Gevorg_Sahakyan",) * 2]
    request = next((tmp_path / "r39").glob("Demande_article_39_*.pdf"))
    text = " ".join(pdftotext(request).replace("\u00a0", " ").split())
    assert "Article 39 – Urgent" in text and "Imprimé au niveau TRANSMISSIBLE" in text
    assert "jeudi 3 décembre 2026 à 11 h 00, heure de Strasbourg" in text
    assert "Rule 39" not in text and "Printed at" not in text
    cover = next((tmp_path / "r39").glob("Page_de_garde_article_39_*.pdf"))
    assert "Page de garde de télécopie" in " ".join(pdftotext(cover).split())
    code, out, err = run("filing", "wgad", str(cid), "-o", str(tmp_path / "wgad"), "--lang", "fr",
                         "--db", str(db))
    assert code == 0, err
    draft = next((tmp_path / "wgad").glob("GTDA_communication_*.pdf"))
    text = " ".join(pdftotext(draft).split())
    assert "Groupe de travail sur la détention arbitraire" in text and "Page 1 sur" in text
    assert "Working Group" not in text


def test_a_rule39_request_missing_its_risk_or_contact_names_the_options_that_give_them(
        tmp_path: Path) -> None:
    """The service's refusal, said in the window too, names no option; the command line says
    which of its options give what is missing, in one line, exit 2, nothing written."""
    db, cid = _case_with(tmp_path)
    common = ("filing", "rule39", str(cid), "-o", str(tmp_path / "r39"), "--at",
              "2026-12-03T11:00+01:00", "--db", str(db))
    code, out, err = run(*common, "--contact", "Anna", "--phone", "+374 1")
    assert code == 2 and out == ""
    assert "imminent risk" in err and "(on the command line: --risk)" in err
    assert len(err.strip().splitlines()) == 1, err
    code, out, err = run(*common, "--risk", "Hunger strike since 20 November.")
    assert code == 2 and out == ""
    assert "contact person" in err and "(on the command line: --contact, --phone, --fax)" in err
    assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "r39").exists()


def test_a_final_decision_known_only_to_its_month_is_taken_from_its_first_day(
        tmp_path: Path) -> None:
    db, cid = _case_with(tmp_path)
    code, _, err = run("filing", "echr", str(cid), "-o", str(tmp_path / "pack"), "--db", str(db),
                       "--final-decision", "2026-09")
    assert code == 0, err
    assert "known only to its month" in err and "1 Jan 2027" in err.replace("\u00a0", " ")
    code, _, err = run("filing", "echr", str(cid), "-o", str(tmp_path / "p2"), "--db", str(db),
                       "--final-decision", "~2026-09-10")
    assert code == 2 and err.count("\n") == 1 and "approximate" in err
    assert not (tmp_path / "p2").exists()
