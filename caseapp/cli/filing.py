"""The ``filing`` commands: the ECHR application pack, the Rule 39 pack and the UN working
groups' drafts, each written into a folder (``-o DIR``).

    caseapp filing echr CAPTIVE_ID -o DIR [--level internal] [--annex DOC_ID …] [--lang fr]
    caseapp filing rule39 CAPTIVE_ID -o DIR --risk TEXT [--at 2026-12-04T15:30+01:00] [--lang fr]
    caseapp filing wgad CAPTIVE_ID -o DIR [--lang fr]
    caseapp filing wgeid CAPTIVE_ID -o DIR [--lang fr]   (refused without the family's consent)

The warnings a lawyer must read before filing (a scan that needs OCR, annexes over the page
limit, a Rule 39 request reaching the Court after 16:00 or on a closing day) are printed on
standard error once the pack is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any, TextIO

from caseapp.cli.common import (
    UserError,
    ascii_number,
    calendar_day,
    opened_case,
    path_argument,
    record_id,
    refuse_protected_output,
)
from caseapp.cli.reports import LEVELS, _author, _lawyer, print_left_out
from caseapp.domain.dates import PartialDate, iso_moment
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg, msg_n

MIN_SPLIT_BYTES = 1024


def _moment(text: str) -> datetime:
    try:
        value = iso_moment(ascii_number(text.strip()))
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise argparse.ArgumentTypeError(str(msg(
            "“{text}” is not a date and time with its offset "
            "(YYYY-MM-DDTHH:MM+HH:MM, e.g. 2026-12-04T15:30+01:00)", text=text[:40])))
    return value


def _decision_day(text: str) -> date | PartialDate:
    """An argparse type: the final decision's day (YYYY-MM-DD), or its month or year only."""
    try:
        return calendar_day(text)
    except argparse.ArgumentTypeError as refused:
        try:
            return PartialDate.parse(ascii_number(text))
        except ValidationError:
            raise refused from None


def _size(text: str) -> int:
    """A size in bytes, with an optional K or M (1024-based)."""
    cleaned = text.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024 * 1024}.get(cleaned[-1:], 1)
    digits = cleaned[:-1] if factor != 1 else cleaned
    try:
        value = int(ascii_number(digits)) * factor
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a size (e.g. 50M)",
                                                 text=text[:40]))) from None
    if not MIN_SPLIT_BYTES <= value <= 1024 ** 3:
        raise argparse.ArgumentTypeError(str(msg("the split size must be between 1K and 1024M, "
                                                 "not {text}", text=text[:40])))
    return value


def _pages(text: str) -> int:
    try:
        value = int(ascii_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a number of pages",
                                                 text=text[:40]))) from None
    if not 1 <= value <= 100_000:
        raise argparse.ArgumentTypeError(str(msg("the page limit must be between 1 and 100000")))
    return value


def _draft_language(args: argparse.Namespace) -> str:
    """The draft's language: French with ``--lang fr``, else English (the Court's and the UN
    bodies' two languages; ``--lang hy``/``ru`` say this run's messages in that language)."""
    return "fr" if getattr(args, "lang", None) == "fr" else "en"


def _warn(args: argparse.Namespace, pack: Any) -> None:
    err: TextIO = getattr(args, "err", None) or sys.stderr
    for line in pack.warnings:
        err.write(str(msg("warning: {warning}", warning=line)) + "\n")


def _written(out: TextIO, pack: Any) -> None:
    from caseapp.services.filing_packs import PACK_NAMES
    from caseapp.services.labels import level_label

    out.write(str(msg_n("Wrote {pack} at the {level} level to {folder} ({count} file):",
                        "Wrote {pack} at the {level} level to {folder} ({count} files):",
                        len(pack.files), pack=PACK_NAMES.get(pack.kind, pack.kind),
                        level=level_label(pack.level), folder=pack.saved_to)) + "\n")
    for name in pack.names:
        out.write(f"  {name}\n")


def _check_folder(args: argparse.Namespace, what: Message) -> None:
    if args.output.exists() and not args.output.is_dir():
        raise UserError(msg("{file} is a file, not a folder: {what} is a folder of files.",
                            file=args.output, what=what))
    refuse_protected_output(args, args.output, what=what, folder=True)
    refuse_protected_output(args, args.output / "Annexes", what=what, folder=True,
                            new_folder=True)


def cmd_filing_echr(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import filing_packs

    _check_folder(args, msg("the ECHR application pack"))
    with opened_case(args) as cf:
        pack = filing_packs.echr_pack(cf, args.captive_id, level=args.level,
                                      author=_author(args, cf), lawyer=_lawyer(cf), state=args.state,
                                      final_decision=args.final_decision, document_ids=args.annex,
                                      max_bytes=args.split_size, page_limit=args.page_limit,
                                      folder=args.output,
                                      lang=_draft_language(args))
    print_left_out(args, pack.left_out)
    _warn(args, pack)
    _written(out, pack)
    return 0


# The options that give what a Rule 39 request found missing (the service names the field).
RULE39_OPTIONS = {"risk": "--risk", "contact_person": "--contact, --phone, --fax"}


@contextmanager
def _options_named(options: dict[str, str]) -> Iterator[None]:
    """A refusal for a missing value says which options give it (the service's sentence, said
    in the window too, names no option)."""
    try:
        yield
    except ValidationError as exc:
        if exc.field not in options:
            raise
        raise UserError(msg("{problem} (on the command line: {options})", problem=exc.message,
                            options=options[exc.field])) from exc


def cmd_filing_rule39(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import filing_packs

    _check_folder(args, msg("the Rule 39 pack"))
    sent_at = args.at or datetime.now(UTC)
    with opened_case(args) as cf, _options_named(RULE39_OPTIONS):
        pack = filing_packs.rule39_pack(cf, args.captive_id, level=args.level,
                                        author=_author(args, cf), lawyer=_lawyer(cf),
                                        sent_at=sent_at, risk=args.risk or "", asked=args.ask or "",
                                        contact_person=args.contact or "",
                                        contact_phone=args.phone or "", contact_fax=args.fax or "",
                                        state=args.state, folder=args.output,
                                        lang=_draft_language(args))
    print_left_out(args, pack.left_out)
    _warn(args, pack)
    _written(out, pack)
    return 0


def cmd_filing_un(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import filing_packs

    _check_folder(args, filing_packs.un_draft(args.body))
    with opened_case(args) as cf:
        pack = filing_packs.un_pack(cf, args.captive_id, body=args.body, level=args.level,
                                    author=_author(args, cf), lawyer=_lawyer(cf), state=args.state,
                                    folder=args.output, lang=_draft_language(args))
    print_left_out(args, pack.left_out)
    _written(out, pack)
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    filing = sub.add_parser("filing", help=str(msg("ECHR application and Rule 39 packs, UN drafts")))
    fsub = filing.add_subparsers(title=str(msg("filing commands")), metavar=str(msg("KIND")), required=True)
    level: dict[str, Any] = dict(choices=LEVELS, default=Sensitivity.SHAREABLE.value,
                 help=str(msg("leave out everything above this level (default shareable: a filing "
                              "goes to the Court or the UN)")))
    state: dict[str, Any] = dict(metavar=str(msg("STATE")), help=str(msg(
        "the respondent State (default: the case setting procedure's country)")))
    author: dict[str, Any] = dict(metavar=str(msg("NAME")), help=str(msg("author in the documents' metadata")))

    def base(name: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = fsub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("captive_id", type=record_id, metavar=str(msg("CAPTIVE_ID")))
        p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("DIR")),
                       help=str(msg("the folder to write the pack into (made if missing, in a folder that exists)")))
        p.add_argument("--level", **level)
        p.add_argument("--state", **state)
        p.add_argument("--author", **author)
        return p

    def draft_language(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=("en", "hy", "ru", "fr"), default=None,
                       help=str(msg("the draft's language: en English or fr French, the "
                                    "languages the Court and the UN bodies work in (its "
                                    "headings, dates, level line and page numbers); hy or ru "
                                    "give this run's messages in Armenian or Russian and an "
                                    "English draft")))

    p = base("echr", str(msg("the ECHR application draft (PDF, .docx) and its annex bundle")))
    p.add_argument("--annex", type=record_id, action="append", metavar=str(msg("DOC_ID")),
                   help=str(msg("a document for the bundle (repeatable; default: every document of "
                                "the captive at the level)")))
    p.add_argument("--final-decision", type=_decision_day, metavar=str(msg("YYYY-MM-DD")),
                   help=str(msg("the final domestic decision's date, when the case file does not "
                                "record it (the four-month rule is computed from it); its month "
                                "YYYY-MM or year YYYY when the day is not known (the earliest "
                                "end of its days)")))
    p.add_argument("--split-size", type=_size, default=50 * 1024 * 1024, metavar=str(msg("SIZE")),
                   help=str(msg("split annexes larger than this into parts (default 50M, the Court's "
                                "portal limit)")))
    p.add_argument("--page-limit", type=_pages, default=20, metavar=str(msg("PAGES")),
                   help=str(msg("warn when the annexes run to more pages (default 20)")))
    p.add_argument("--lang", choices=("en", "hy", "ru", "fr"), default=None,
                   help=str(msg("the draft's language: en English or fr French, the Court's "
                                "official languages (its sections, dates, checks before filing "
                                "and the annexes' page stamps); hy or ru give this run's "
                                "messages in Armenian or Russian and an English draft")))
    p.set_defaults(func=cmd_filing_echr)

    p = base("rule39", str(msg("a Rule 39 request and its fax cover (PDF, .docx)")))
    p.add_argument("--risk", metavar=str(msg("TEXT")), help=str(msg("the facts of the imminent risk (default: "
                                                                    "the captive's health and current asks)")))
    p.add_argument("--ask", metavar=str(msg("TEXT")), help=str(msg("the measure asked for")))
    p.add_argument("--at", type=_moment, metavar=str(msg("YYYY-MM-DDTHH:MM+HH:MM")),
                   help=str(msg("when the request will reach the Court (default: now)")))
    p.add_argument("--contact", metavar=str(msg("NAME")), help=str(msg("the contact person (default: the lawyer)")))
    p.add_argument("--phone", metavar=str(msg("NUMBER")), help=str(msg("the contact person's telephone")))
    p.add_argument("--fax", metavar=str(msg("NUMBER")), help=str(msg("the sender's fax number")))
    draft_language(p)
    p.set_defaults(func=cmd_filing_rule39)

    for body, what in (("wgad", msg("a communication to the UN Working Group on Arbitrary "
                                    "Detention (model questionnaire)")),
                       ("wgeid", msg("a case for the UN Working Group on Enforced or Involuntary "
                                     "Disappearances (needs the family's consent)"))):
        p = base(body, str(what))
        draft_language(p)
        p.set_defaults(func=cmd_filing_un, body=body)
