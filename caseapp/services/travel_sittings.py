"""A court sitting entered both in the case file and in the travel copy since the copy was
made (the lawyer in the courtroom, her office from the court's website): the same minute,
the same court, one of its captives, neither adjourned nor cancelled, and no other criminal
case of theirs — the rule by which the hearing form refuses a sitting entered again
(:func:`caseapp.services.proceedings._check_sitting_once`). Added twice by a merge, the agenda
listed it twice and a verdict opened two appeal deadlines for the same captive.

The merge keeps the case file's hearing: the captives the copy put on the sitting join it,
what the copy hangs on its own hearing (a document, a deadline computed from it for a captive
the case file's hearing did not have) is moved onto it, a deadline the case file computed
already from its hearing is not added again, and the fields the copy typed otherwise are one
line in the merge's report, as a change made on both sides is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from caseapp.domain.messages import Message, msg
from caseapp.services.travel_conflicts import uid_references
from caseapp.services.travel_filter import BOOKKEEPING

Row = dict[str, Any]
Say = Callable[[str, Row, tuple[str, ...] | None, Message], None]

_CALLED_OFF = ("adjourned", "cancelled")
_SAME = msg("the same sitting (its day and time, court and captive) is recorded in the case "
            "file too; it is kept once, with the case file's values")


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _court(row: Row) -> str:
    return " ".join((row.get("court") or "").split()).casefold()


def _same(ours: Row, home: Row, ours_captives: set[str], home_captives: set[str]) -> bool:
    if ours.get("state") in _CALLED_OFF or home.get("state") in _CALLED_OFF:
        return False
    cases = (ours.get("prosecution_uid"), home.get("prosecution_uid"))
    if None not in cases and cases[0] != cases[1]:
        return False  # another criminal case heard at that minute
    when = _moment(ours.get("starts_at"))
    return when is not None and when == _moment(home.get("starts_at")) \
        and _court(ours) == _court(home) and bool(ours_captives & home_captives)


def alike(ours: Any, home: Any) -> bool:
    """The same value (a moment the same instant, whatever its offset)."""
    if ours == home:
        return True
    when = _moment(ours) if isinstance(ours, str) and "T" in ours else None
    return when is not None and when == _moment(home)


def _captives_of(links: list[Row]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for link in links:
        out.setdefault(link["hearing_uid"], set()).add(link["captive_uid"])
    return out


def keep_sittings_once(new: dict[str, list[Row]], edits: list[tuple[str, Row, tuple[str, ...]]],
                       main_tables: dict[str, list[Row]], say: Say) -> set[str]:
    """Take out of ``new`` (the records a merge adds) each hearing of the copy that is a
    sitting the case file holds, moving what hangs on it onto the case file's hearing
    (in ``new`` and ``edits``); ``say`` the fields the copy gave otherwise. Returns the case
    file's hearings that the copy puts captives on (their deadlines to count again)."""
    home_links = _captives_of(main_tables.get("hearing_captives", []))
    new_links = new.get("hearing_captives", [])
    ours_links = _captives_of(new_links)
    home_hearings = main_tables.get("hearings", [])
    moved: dict[str, str] = {}  # the copy's hearing → the case file's
    for row in list(new.get("hearings", [])):
        ours = ours_links.get(row["uid"], set())
        home = next((h for h in home_hearings
                     if _same(row, h, ours, home_links.get(h["uid"], set()))), None)
        if home is None:
            continue
        new["hearings"].remove(row)
        moved[row["uid"]] = home["uid"]
        differs = tuple(f for f, v in row.items() if f not in BOOKKEEPING and f != "uid"
                        and v not in (None, "") and not alike(v, home.get(f)))
        if differs:
            say("hearings", row, differs, _SAME)
    if not moved:
        return set()
    has, joined = home_links, set()
    for link in list(new_links):
        target = moved.get(link["hearing_uid"])
        if target is None:
            continue
        if link["captive_uid"] in has.get(target, set()):
            new_links.remove(link)  # on the case file's hearing already
        else:
            link["hearing_uid"] = target  # a co-defendant the copy put on the sitting
            has.setdefault(target, set()).add(link["captive_uid"])
            joined.add(target)
    move_references(new, edits, main_tables, moved)
    return joined


def move_references(new: dict[str, list[Row]], edits: list[tuple[str, Row, tuple[str, ...]]],
                    main_tables: dict[str, list[Row]], moved: dict[str, str]) -> None:
    """Point what the merge adds or edits at the copy's records in ``moved`` (the copy's uid →
    the case file's twin it is kept as) to the twin instead, leaving out a deadline the case
    file computed already from the twin by the same rule for the same captive."""
    computed = {(d.get("trigger_uid"), d.get("rule_id"), d.get("captive_uid"))
                for d in main_tables.get("deadlines", []) if d.get("rule_id")}
    for name, rows in new.items():
        refs = uid_references(name) + (("trigger_uid",) if name == "deadlines" else ())
        for row in list(rows):
            for ref in refs:
                if row.get(ref) in moved:
                    row[ref] = moved[row[ref]]
            if name == "deadlines" and row.get("rule_id") and row["trigger_uid"] in \
                    moved.values() and (row["trigger_uid"], row["rule_id"],
                                        row.get("captive_uid")) in computed:
                rows.remove(row)  # the case file computed it from its hearing already
    for name, row, _changed in edits:
        for ref in uid_references(name):
            if row.get(ref) in moved:
                row[ref] = moved[row[ref]]


__all__ = ["alike", "keep_sittings_once", "move_references"]
