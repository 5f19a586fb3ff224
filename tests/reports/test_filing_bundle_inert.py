"""An annex of the bundle is the document's pages and nothing that acts or tells more: a PDF
received from the detaining state, a ministry or a website may carry a script run when it is
opened, an action that launches a program, files attached inside it, and metadata (its
author, the path it was saved from, an XMP packet) that no viewer shows. The bundle is
filed with the Court and opened by the lawyer: none of that goes into it."""

from __future__ import annotations

import io
import re
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from caseapp.reports.filing_bundle import split_by_size, stamp_pages
from tests.services.filing_data import text_pdf

HIDDEN = (b"QPDFAUTHORZ", b"QPDFTITLEZ", b"QPDFJSZ", b"QPDFATTACHZ", b"QPDFATTACHBODYZ",
          b"QPDFLAUNCHZ", b"QPDFXMPZ", b"QPDFANNOTJSZ", b"QPDFFORMJSZ")
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


def _action(kind: str, **values: str) -> DictionaryObject:
    return DictionaryObject({NameObject("/S"): NameObject(kind), **{
        NameObject(f"/{k}"): TextStringObject(v) for k, v in values.items()}})


def hostile_pdf() -> bytes:
    """A text PDF of two pages with a script on opening a page, a program launched on opening
    the document, an attached file, a link that runs a script, a form with a script, a link to
    a web page, and metadata in /Info and XMP."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(
        text_pdf("Decision on the extension of detention", "Second page of the decision"))))
    writer.add_metadata({"/Author": "QPDFAUTHORZ", "/Title": "C:/Internal/QPDFTITLEZ.docx"})
    writer.pages[0][NameObject("/AA")] = DictionaryObject({
        NameObject("/O"): writer._add_object(_action("/JavaScript", JS="app.alert('QPDFJSZ')"))})
    writer._root_object[NameObject("/OpenAction")] = _action("/Launch", F="QPDFLAUNCHZ.exe")
    writer.add_attachment("QPDFATTACHZ.txt", b"QPDFATTACHBODYZ")
    writer.add_annotation(0, Link(rect=(50, 50, 200, 80), url="https://www.echr.coe.int/"))
    scripted = Link(rect=(50, 100, 200, 130), url="https://example.org/")
    scripted[NameObject("/A")] = _action("/JavaScript", JS="app.alert('QPDFANNOTJSZ')")
    writer.add_annotation(1, scripted)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject(),
        NameObject("/XFA"): TextStringObject("<script>QPDFFORMJSZ</script>")})
    xmp = StreamObject()
    xmp.set_data(b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
                 b'1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/'
                 b'elements/1.1/"><dc:creator>QPDFXMPZ</dc:creator></rdf:Description>'
                 b'</rdf:RDF></x:xmpmeta>')
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    assert all(marker in data for marker in HIDDEN[:-1])  # the test's own premise
    return data


def _all_bytes(data: bytes) -> bytes:
    """The file's bytes and every stream of it inflated (object streams included)."""
    inflated = []
    for stream in STREAM.findall(data):
        try:
            inflated.append(zlib.decompressobj().decompress(stream))
        except zlib.error:
            continue
    return data + b"".join(inflated)


def test_an_annex_keeps_no_script_launch_attachment_form_or_metadata() -> None:
    stamped = stamp_pages(hostile_pdf(), annex=2, first_page=5)
    everything = _all_bytes(stamped)
    assert [m.decode() for m in HIDDEN if m in everything] == []
    reader = PdfReader(io.BytesIO(stamped))
    root = reader.trailer["/Root"]
    assert not {"/OpenAction", "/AA", "/AcroForm", "/Metadata", "/Names"} & set(root)
    assert reader.metadata is None or not {"/Author", "/Title"} & set(reader.metadata)
    for page in reader.pages:
        assert "/AA" not in page
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            assert action is None or action["/S"] in ("/URI", "/GoTo")
    # the pages themselves are all there, their text and the stamp, and the plain web link
    assert len(reader.pages) == 2
    assert "Decision on the extension of detention" in reader.pages[0].extract_text()
    assert "Annex 2 – page 6" in reader.pages[1].extract_text()
    links = [a.get_object()["/A"].get("/URI") for a in reader.pages[0].get("/Annots") or []]
    assert links == ["https://www.echr.coe.int/"]


def test_a_part_of_a_split_annex_keeps_none_either() -> None:
    stamped = stamp_pages(hostile_pdf(), annex=1, first_page=1)
    parts = split_by_size(stamped, len(stamped) // 2)
    assert len(parts) == 2
    for part in parts:
        assert [m.decode() for m in HIDDEN if m in _all_bytes(part)] == []
