"""What ``caseapp captives status`` says of a change of status that ended custody, besides its
stays: the detention orders' deadlines the write closed, those dated by hand it left open,
and the hearings on detention it made moot (:class:`caseapp.services.custody_end.StatusSet`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.domain.messages import Message, msg_n

if TYPE_CHECKING:
    from caseapp.services.custody_end import StatusSet


def custody_end_lines(done: StatusSet) -> list[Message]:
    """One sentence each, in this order; none when custody did not end."""
    steps, lines = done.steps, []
    if steps.closing:
        lines.append(msg_n(
            "Closed {count} deadline of the detention orders due after {day} (the first on "
            "{first}): custody has ended; putting the status back opens it again.",
            "Closed {count} deadlines of the detention orders due after {day} (the first on "
            "{first}): custody has ended; putting the status back opens them again.",
            len(steps.closing), day=done.day, first=steps.closing[0]))
    if steps.by_hand:
        lines.append(msg_n(
            "{count} deadline of the detention orders after {day} was dated by hand and stays "
            "open (the first on {first}): dismiss it if custody's end makes it moot.",
            "{count} deadlines of the detention orders after {day} were dated by hand and stay "
            "open (the first on {first}): dismiss them if custody's end makes them moot.",
            len(steps.by_hand), day=done.day, first=steps.by_hand[0]))
    if done.moot:
        lines.append(msg_n(
            "{count} hearing on detention still to come (the first on {first}) is no longer "
            "shown as the next hearing: custody has ended; it stays recorded.",
            "{count} hearings on detention still to come (the first on {first}) are no longer "
            "shown as the next hearing: custody has ended; they stay recorded.",
            len(done.moot), first=done.moot[0]))
    return lines
