"""``caseapp ocr ID [ID …]``: make scanned documents of the case file searchable, as Make
searchable (OCR) does in the window (:mod:`caseapp.services.ocr`): each page turned upright
and read, the text copy kept beside the scan, which is not changed. The pages whose way up
could not be told (a photo, a page with a word or two), and those not checked for it when the
time for it ran out (a scan of hundreds of pages), are named in a warning line each: the text
copy is made all the same, but a search may miss their words. `caseapp captives show` names
them again under the document until it is read again."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from caseapp.cli.common import opened_case, record_id
from caseapp.domain.messages import msg, msg_n


def cmd_ocr(args: argparse.Namespace, out: TextIO) -> int:
    # (its libraries: this command's only)
    from caseapp.services.ocr import unchecked_message, unsure_message

    err: TextIO = getattr(args, "err", None) or sys.stderr
    with opened_case(args) as cf:
        # Each ID looked up first: an unknown one, or not a scan, said before any is read
        # (a command that fails changes nothing).
        titles = {document_id: cf.ocr.scan(document_id).title for document_id in args.document}
        for document_id, title in titles.items():
            result = cf.ocr.make_searchable(document_id)
            out.write(str(msg_n("“{title}” is searchable now: {count} character read.",
                                "“{title}” is searchable now: {count} characters read.",
                                result.characters, title=title) if result.characters else msg(
                "OCR read no text in “{title}”: a search will not find it. If it holds writing, "
                "check the scan (too faint, or in another language) and make it searchable "
                "again.", title=title)) + "\n")
            for pages, said in ((result.unsure_pages, unsure_message),
                                (result.unchecked_pages, unchecked_message)):
                if pages:
                    err.write(str(msg("warning: {warning}", warning=said(title, pages))) + "\n")
            out.flush()
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ocr", parents=[common],
                       help=str(msg("make scanned documents searchable (OCR): each page turned "
                                    "upright and read, a text copy kept beside the scan")))
    p.add_argument("document", nargs="+", type=record_id, metavar="ID",
                   help=str(msg("the document (a scanned PDF, PNG, JPEG or TIFF); several may "
                                "be given")))
    p.set_defaults(func=cmd_ocr)
