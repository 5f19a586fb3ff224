"""A detention order entered both in the case file and in the travel copy since the copy was
made (an extension the lawyer typed in Baku from the decision, her office from the family's
call): the same captive, start and expiry, in the same criminal case — the rule by which the
order form refuses an order entered again (:mod:`caseapp.services.order_once`). Added twice by
a merge, the custody tab listed it twice and its expiry and extension steps were reminded
twice each.

The merge keeps the case file's order: what the copy hangs on its own order follows it, a
deadline the case file computed already from its order is not added again, and the fields the
copy typed otherwise are one line in the merge's report, as a change made on both sides is.
"""

from __future__ import annotations

from typing import Any

from caseapp.domain.messages import msg
from caseapp.services.order_once import same_order
from caseapp.services.travel_filter import BOOKKEEPING
from caseapp.services.travel_sittings import Say, alike, move_references

Row = dict[str, Any]

_SAME = msg("the same detention order (its start and expiry, for the same captive) is recorded "
            "in the case file too; it is kept once, with the case file's values")


def _twin(row: Row, home: list[Row]) -> Row | None:
    return next((h for h in home if h.get("captive_uid") == row.get("captive_uid")
                 and same_order(row.get("start_date"), row.get("expires_on"),
                                row.get("prosecution_uid"), h.get("start_date"),
                                h.get("expires_on"), h.get("prosecution_uid"))), None)


def keep_orders_once(new: dict[str, list[Row]], edits: list[tuple[str, Row, tuple[str, ...]]],
                     main_tables: dict[str, list[Row]], say: Say) -> None:
    """Take out of ``new`` (the records a merge adds) each detention order of the copy that the
    case file holds, moving what hangs on it onto the case file's order (in ``new`` and
    ``edits``); ``say`` the fields the copy gave otherwise."""
    home = main_tables.get("detention_orders", [])
    moved: dict[str, str] = {}
    for row in list(new.get("detention_orders", [])):
        twin = _twin(row, home)
        if twin is None:
            continue
        new["detention_orders"].remove(row)
        moved[row["uid"]] = twin["uid"]
        differs = tuple(f for f, v in row.items() if f not in BOOKKEEPING and f != "uid"
                        and v not in (None, "") and not alike(v, twin.get(f)))
        if differs:
            say("detention_orders", row, differs, _SAME)
    if moved:
        move_references(new, edits, main_tables, moved)


__all__ = ["keep_orders_once"]
