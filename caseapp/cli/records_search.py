"""The ``search`` command: every record, in any script."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from caseapp.cli.common import UserError, jsonable, opened_case, print_json, print_table
from caseapp.cli.records_exchange import export_level
from caseapp.domain.clean_text import printable
from caseapp.domain.dto import SearchResult
from caseapp.domain.enums import Sensitivity
from caseapp.domain.field_labels import record_kind
from caseapp.domain.messages import Message, current_language, msg
from caseapp.domain.names import search_keys


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    if not search_keys(args.query):  # an empty list would read as "no such name in the file"
        raise UserError(msg("“{query}” has no letter or digit to search for: give a name or "
                            "a word.", query=args.query.strip()[:40]))
    with opened_case(args) as cf:
        results = cf.search.everything(args.query, level=args.level)
        # the captives named as the deadlines name them (the level's own captives only)
        names = {cid: name.render(current_language()) for cid, name in
                 cf.captives.names_everywhere(c for r in results for c in r.captive_ids).items()}
        made = export_level(cf, args.level)
    if made is not None:  # a login of a lower clearance than asked: said, as every output
        from caseapp.cli.reports import lowered_level

        lowered_level(args, made, msg("search"))

    def named(ids: Sequence[int]) -> list[str]:
        return [names.get(c, str(c)) for c in ids]

    if args.format == "json":  # the machine's fields, and the names a reader sees
        print_json([{**jsonable(r), "captive_names": named(r.captive_ids),
                     "found_by_text": _found_by(r)} for r in results], out)
    elif not results:  # (headings alone read as a fault of the command)
        out.write(str(_nothing_found(args.query, made)) + "\n")
    else:
        found_in = [_found_by(r) for r in results]
        rows = [[str(record_kind(r.entity)), r.record_id, "; ".join(named(r.captive_ids)),
                 r.label] for r in results]
        if any(found_in):  # (a column every row leaves empty: not there)
            rows = [[*row, why] for row, why in zip(rows, found_in, strict=True)]
        print_table([msg("Kind"), msg("ID"), msg("Captives"), msg("Text"),
                     *([msg("Found in")] if any(found_in) else [])], rows, out, names=(2,))
    return 0


def _found_by(result: SearchResult) -> str:
    """Where in the record the words typed are, with a few of them, when its text (a note's
    title, a document's) does not show them already ("" when it does)."""
    why = result.found_by
    if why is None or (why.excerpt and why.excerpt == result.label) or (
            not why.excerpt and why.entity == result.entity):
        return ""
    return str(why.message(kind=False))


def _nothing_found(query: str, level: Sensitivity | None) -> Message:
    from caseapp.services.labels import level_label

    shown = printable(query.strip())
    if len(shown) > 60:  # a whole page pasted: its beginning names it
        shown = shown[:59] + "…"
    if level is None:
        return msg("No record matches “{query}”.", query=shown)
    return msg("No record at the {level} level matches “{query}”.", query=shown,
               level=level_label(level))
