"""The pages of a scan that OCR may not have read, in the words the lawyer reads them.

When a scan is made searchable (:mod:`caseapp.services.ocr`) each page is turned upright first.
Two kinds of page may come out unread, and are kept with the document
(``documents.ocr_unsure_pages``, ``documents.ocr_unchecked_pages``):

- a page whose way up could not be told (a photo, a page with a word or two): read as it is;
- a page not looked at for its way up because the time for it ran out (a very long scan, a
  page that held Tesseract too long): read as it is, unread if it lay sideways.

Either is a page whose words a search may miss: she checks it by eye. Pages are numbered
from 1, as a PDF viewer numbers them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from caseapp.domain.messages import Message, msg_n


def page_numbers(value: Any) -> tuple[int, ...] | None:
    """The page numbers a stored or imported value holds (a list of whole numbers from 1, in
    order, each once), or None if it holds anything else."""
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        return None
    if not all(type(n) is int and n >= 1 for n in value):
        return None
    pages = tuple(value)
    return pages if all(a < b for a, b in itertools.pairwise(pages)) else None


def page_ranges(pages: Iterable[int]) -> str:
    """The pages told short: "3, 5", "1, 2, 4–6, 9" (a run of three or more as a range)."""
    numbers = sorted(set(pages))
    parts: list[str] = []
    start = 0
    while start < len(numbers):
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{numbers[start]}–{numbers[end]}")
        else:
            parts += [str(n) for n in numbers[start:end + 1]]
        start = end + 1
    return ", ".join(parts)


def unsure_pages_line(pages: Sequence[int]) -> Message:
    """A stored document's pages whose way up could not be told."""
    return msg_n("Page {pages} may not have been read: which way up it is could not be told; "
                 "check it by eye.",
                 "Pages {pages} may not have been read: which way up they are could not be "
                 "told; check them by eye.", len(pages), pages=page_ranges(pages))


def unchecked_pages_line(pages: Sequence[int]) -> Message:
    """A stored document's pages not checked for their way up (the time for it ran out)."""
    return msg_n("Page {pages} was not checked for which way up it is (the time for it ran "
                 "out) and was read as it is: if it is sideways or upside down, it was not "
                 "read; check it by eye.",
                 "Pages {pages} were not checked for which way up they are (the time for it "
                 "ran out) and were read as they are: any of them sideways or upside down was "
                 "not read; check them by eye.", len(pages), pages=page_ranges(pages))


def pages_to_check(document: Any) -> list[Message]:
    """What to tell of a document's pages that may not have been read (none: an empty list):
    ``document`` has ``ocr_unsure_pages`` and ``ocr_unchecked_pages``."""
    lines = []
    if document.ocr_unsure_pages:
        lines.append(unsure_pages_line(document.ocr_unsure_pages))
    if document.ocr_unchecked_pages:
        lines.append(unchecked_pages_line(document.ocr_unchecked_pages))
    return lines
