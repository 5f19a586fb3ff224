"""Nothing above an output's level is in its bytes, not only in what a viewer shows: every
stream of a PDF inflated, every part of a .docx or .xlsx (its properties, styles, shared
strings, defined names), the calendar and the captives list as written, each file of the
filing packs, and every page of a travel copy decrypted — its free pages, its search index and
its audit log included — with no journal or write-ahead log left beside it.

The case file is the redaction matrix (tests/reports/redaction_data.py) with every other
record kind added; each marker ``Q…Z`` is looked for in the raw bytes."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services import data_exports, filing_packs, outputs
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER
from tests.reports.redaction_data import LEVELS, PUB, SHR, Matrix, add_every_other_kind, build_matrix
from tests.services.filing_data import text_pdf

STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
TRAVEL_PASSPHRASE = "olive lantern river seven"


@pytest.fixture(scope="module")
def every(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Matrix, dict[str, Sensitivity]]]:
    cf = open_case_file(Location(path=tmp_path_factory.mktemp("bytes") / "m.db"), create=True,
                        actor="tester", today=lambda: TODAY)
    mx = build_matrix(cf)
    markers = add_every_other_kind(mx, lambda text: text_pdf(f"{text} decision of the court"))
    cf.captives.update(mx.main, consent_family_wgeid=True)
    yield mx, markers
    cf.close()


def inflated(data: bytes) -> bytes:
    """``data`` with every Flate stream of it inflated after it (a PDF's page contents, object
    streams, fonts' maps, metadata)."""
    out = [data]
    for stream in STREAM.findall(data):
        try:
            out.append(zlib.decompressobj().decompress(stream))
        except zlib.error:
            continue
    return b"".join(out)


def pdf_words(data: bytes) -> bytes:
    """What pdftotext reads in the PDF (a text drawn in an embedded font is glyph numbers in
    its bytes)."""
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True, timeout=120).stdout


def pdf_strings(data: bytes) -> bytes:
    """A PDF's document information (title, subject, keywords…) and its bookmarks, decoded: a
    string holding a letter outside Latin-1 (an Armenian name) is written as UTF-16, where the
    bytes of a marker beside it are not found as they are."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))

    def titles(items: list) -> list[str]:
        return [t for item in items
                for t in (titles(item) if isinstance(item, list) else [str(item.title)])]

    info = [f"{k} {v}" for k, v in (reader.metadata or {}).items()]
    return "\n".join([*info, *titles(reader.outline)]).encode()


def every_byte(data: bytes) -> bytes:
    """All of a file as bytes to search: a zip's (.docx, .xlsx) every part, a PDF's streams
    inflated, its text (also run together, for a word a column wrapped), its information and
    its bookmarks, a calendar's lines unfolded, anything else as it is."""
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return b"\n".join([n.encode() + b"\n" + z.read(n) for n in z.namelist()])
    if data[:5] == b"%PDF-":
        words = pdf_words(data)
        # and without its line breaks and spaces: a marker wrapped in a narrow column
        return inflated(data) + words + b"".join(words.split()) + pdf_strings(data)
    if data.startswith(b"BEGIN:VCALENDAR"):  # lines folded at 75 bytes, unfolded
        return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    return data


def above(data: bytes, level: Sensitivity, markers: dict[str, Sensitivity]) -> list[str]:
    found = every_byte(data)
    return sorted(k for k, lvl in markers.items() if not level.allows(lvl) and k.encode() in found)


@pytest.mark.parametrize("level", LEVELS, ids=lambda s: s.value)
def test_documents_hold_nothing_above_their_level_in_their_bytes(
        every: tuple[Matrix, dict[str, Sensitivity]], level: Sensitivity, tmp_path: Path) -> None:
    mx, markers = every
    cf = mx.cf
    files = {
        "dossier": outputs.dossier(cf, mx.main, level=level, author="t", lawyer=LAWYER).data,
        "report.pdf": outputs.status_report(cf, level=level, author="t").data,
        "report.xlsx": outputs.status_report(cf, level=level, author="t", fmt="xlsx").data,
        "calendar": outputs.calendar(cf, level=level, within_days=3650).data,
        "daily log": outputs.daily_log(cf, day=TODAY, level=level).data,
    }
    for lang in ("hy", "ru", "fr"):  # each document language's catalogue and layout
        files[f"dossier {lang}"] = outputs.dossier(cf, mx.main, level=level, author="t",
                                                   lawyer=LAWYER, lang=lang).data
        for fmt in ("pdf", "xlsx"):
            files[f"report {lang}.{fmt}"] = outputs.status_report(
                cf, level=level, author="t", fmt=fmt, lang=lang).data
    for suffix in (".xlsx", ".csv"):
        target = tmp_path / f"captives{suffix}"
        data_exports.captives_sheet(cf, target, level=level)
        files[f"captives{suffix}"] = target.read_bytes()
    packs = [filing_packs.echr_pack(cf, mx.main, level=level, author="t", lawyer=LAWYER),
             filing_packs.rule39_pack(cf, mx.main, level=level, author="t", lawyer=LAWYER,
                                      sent_at=datetime(2026, 11, 27, 10, tzinfo=UTC), risk="hunger strike",
                                      contact_person="Anna", contact_phone="+374"),
             filing_packs.un_pack(cf, mx.main, body="wgad", level=level, author="t",
                                  lawyer=LAWYER),
             filing_packs.un_pack(cf, mx.main, body="wgeid", level=level, author="t",
                                  lawyer=LAWYER)]
    files |= {f.name: f.data for pack in packs for f in pack.files}
    assert any("Annexes/" in name for name in files)  # the bundle is looked at too
    leaked = {name: found for name, data in files.items()
              if (found := above(data, level, markers))}
    assert leaked == {}
    # the search reaches what is at the level: the markers are found where they may be
    assert f"QFSUM{'PUB'}Z".encode() in every_byte(files["dossier"])
    assert b"QDOCPDFTEXTPUBZ" in b"".join(every_byte(d) for n, d in files.items()
                                           if "Annexes/" in n)


# ---- the travel copy ----------------------------------------------------------------------------

def decrypted_pages(path: Path, passphrase: str) -> bytes:
    """Every page of a SQLCipher 4 file decrypted with its default settings (PBKDF2-HMAC-SHA512,
    AES-256-CBC, 4096-byte pages, 80 bytes reserved for the IV and HMAC): free pages too,
    which no query reads."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    iterations = int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    conn.close()
    raw = path.read_bytes()
    page, reserve = 4096, 80
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), raw[:16], iterations, 32)
    out = []
    for n in range(len(raw) // page):
        body = raw[n * page:(n + 1) * page]
        start = 16 if n == 0 else 0  # the salt, in clear
        iv = body[page - reserve:page - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body[start:page - reserve]) + decryptor.finalize())
    return b"".join(out)


@pytest.mark.parametrize("level", [PUB, SHR], ids=lambda s: s.value)
def test_no_page_of_a_travel_copy_holds_anything_above_its_level(
        every: tuple[Matrix, dict[str, Sensitivity]], level: Sensitivity, tmp_path: Path) -> None:
    mx, markers = every
    target = tmp_path / "travel.db"
    make_travel_copy(mx.cf, target, level=level, passphrase=TRAVEL_PASSPHRASE)
    pages = decrypted_pages(target, TRAVEL_PASSPHRASE)
    assert b"CREATE TABLE captives" in pages and b"QFSUMPUBZ" in pages  # decrypted right
    assert sorted(k for k, lvl in markers.items()
                  if not level.allows(lvl) and k.encode() in pages) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["travel.db"]  # no -wal, no -journal
