"""A write the team server refused for the login's clearance, said in the user's language.

The server's own refusals stay in English in the SQL (:mod:`caseapp.db.team_writes`' triggers
and functions raise them with SQLSTATE 42501, as do row-level security and missing
privileges); the app recognises each one by that SQLSTATE and its text, and says it as a
message of its own (:func:`refusal`). A text it does not know is said in general terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from caseapp.domain.field_labels import field_label, record_kind
from caseapp.domain.messages import Message, msg

_FIELD = r"([A-Za-z0-9_]+)"  # a column's name, said by its label (field_labels)


def _trigger_refusals() -> list[tuple[re.Pattern[str], Callable[[Message | str], Message]]]:
    # The texts of team_writes' RAISE statements, each with the message it is said as.
    return [
        (re.compile(r"Only a member of the team may add to the audit log\."),
         lambda _f: msg("Only a member of the team may add to the audit log.")),
        (re.compile(r"Your login may not change the search words of this captive\."),
         lambda _f: msg("Your login may not change the search words of this captive.")),
        (re.compile(rf"A captive's {_FIELD} cannot be changed\."),
         lambda f: msg("A captive's {field} cannot be changed.", field=f)),
        (re.compile(rf"The captive's field {_FIELD} is above your clearance: it was not "
                    r"changed, and nothing was saved\."),
         lambda f: msg("the captive's field {field} is above your clearance, so you cannot "
                       "change it.", field=f)),
        (re.compile(rf"The level of the captive's field {_FIELD} is above your clearance: it "
                    r"cannot be changed\."),
         lambda f: msg("The level of the captive's field {field} is above your clearance: "
                       "it cannot be changed.", field=f)),
        (re.compile(rf"The captive's field {_FIELD} cannot be put above your clearance\."),
         lambda f: msg("The captive's field {field} cannot be put above your clearance.",
                       field=f)),
        (re.compile(rf"The captive's field {_FIELD} cannot be written above your clearance\."),
         lambda f: msg("The captive's field {field} cannot be written above your clearance.",
                       field=f)),
    ]


_REFUSALS = _trigger_refusals()
_POLICY = re.compile(r'row-level security policy for table "([^"]+)"')


def refusal(server_message: str) -> Message:
    """One line for a write the server refused for the login's clearance (``server_message``:
    the server's own words: one of CaseApp's triggers, a policy, or a privilege)."""
    lines = server_message.strip().splitlines()
    first = lines[0].strip() if lines else ""
    first = first.removeprefix("ERROR:").strip()
    for pattern, said in _REFUSALS:
        found = pattern.fullmatch(first)
        if found:
            field = found.group(1) if found.groups() else ""
            return msg("Your login's clearance does not allow this: {reason} Nothing was "
                       "changed.", reason=said(field_label(field, "captives")))
    policy = _POLICY.search(first)
    if policy:
        return msg("Your login's clearance does not allow this: below internal clearance, a "
                   "login may write only records at or below its clearance that it can see "
                   "({table}). Nothing was changed.", table=record_kind(policy.group(1)))
    if "row-level security" in first:
        return msg("Your login's clearance does not allow this: below internal clearance, a "
                   "login may write only records at or below its clearance that it can see. "
                   "Nothing was changed.")
    return msg("Your login's clearance does not allow this: below internal clearance, a login "
               "may add and change records at or below its clearance, but not delete them, "
               "nor touch the audit log, tags or the file's settings. Nothing was changed.")
