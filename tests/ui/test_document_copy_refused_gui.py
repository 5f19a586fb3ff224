"""Save a copy… (and Open…) of a document on the captive's Documents tab, into a folder the
system will not write (a full USB stick, a read-only share): the refusal was the system's
own line, “[Errno 28] No space left on device: '/media/usb/Order.pdf'”, in English whatever
her language. It now says, as the Documents view does, that the copy could not be written,
where, and why in her words; nothing is left half-written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from caseapp.ui.views import captive_documents
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.services.scan_pages import scanned_pdf
from tests.ui.captive_pages import open_page

WAIT = 10000


@pytest.fixture
def view(qtbot, ui):
    tigran = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    return open_page(qtbot, ui, tigran, size=(1280, 800))


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_copy_the_system_will_not_write_is_refused_in_her_words(
        qtbot, ui, view: CaptiveFileView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes, code: int) -> None:
    import caseapp.fileio

    doc = ui.case_file.documents.create(captive_id=view.captive_id, title="Order",
                                        filename="order.pdf", content=scanned_pdf())
    qtbot.waitUntil(lambda: any(d.id == doc.id for d in view.sections["documents"].model.records),
                    timeout=WAIT)
    view.sections["documents"].select(doc.id)
    target = tmp_path / "Order.pdf"
    monkeypatch.setattr(captive_documents, "ask_save_path", lambda *a, **k: target)

    def refuse(path: Path, data: bytes) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(caseapp.fileio, "atomic_write_bytes", refuse)
    view.save_document_copy()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=WAIT)
    said = message_boxes[-1][1]
    assert "Errno" not in said and "\n" not in said, said
    assert said.startswith(f"Could not write {target}: "), said
    assert not target.exists()
