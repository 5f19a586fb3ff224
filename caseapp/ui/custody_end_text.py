"""What ending custody on a day does besides the status, in the window's words: the detention
orders' deadlines it closes, those dated by hand it leaves open, the hearings on detention it
makes moot. One wording for the "Change status" dialog (as the status and day are chosen) and
the status offer bar (before its button is clicked); the rules are the domain's
(:func:`~caseapp.domain.steps_at_end.steps_at_end`, :func:`~caseapp.domain.moot_hearings.moot_days`),
over what ``custody.order_steps`` and ``custody.hearings_ahead`` read, as
``custody.set_status`` applies them on the write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.moot_hearings import moot_days
from caseapp.domain.steps_at_end import steps_at_end
from caseapp.ui.formats import long_date
from caseapp.ui.i18n import plural

CTX = "CaptiveDialogs"  # where the dialog had them: their translations stay


def custody_end_lines(day: date | None, steps: tuple[tuple[date, bool], ...],
                      hearings: tuple[tuple[date, str], ...]) -> list[str]:
    """One sentence each, in order; none when ``day`` is None (custody does not end).
    ``steps``: the open detention-order steps as (due day, dated by hand); ``hearings``: those
    still to come as (day, kind)."""
    if day is None:
        return []
    found, lines = steps_at_end(steps, day), []
    if found.closing:
        n = len(found.closing)
        lines.append(plural(QCoreApplication.translate(
            "CaptiveDialogs",
            "Custody ends: %Ln open deadline(s) of the detention orders due after %1 (the "
            "first on %2) will be closed in the same step; Undo reopens.", "", n), n)
            .replace("%1", long_date(day)).replace("%2", long_date(found.closing[0])))
    if found.by_hand:
        n = len(found.by_hand)
        lines.append(plural(QCoreApplication.translate(
            "CaptiveDialogs",
            "%Ln deadline(s) of the detention orders after %1 dated by hand will stay "
            "open (the first on %2): dismiss in Deadlines what custody's end makes moot.",
            "", n), n)
            .replace("%1", long_date(day)).replace("%2", long_date(found.by_hand[0])))
    mooted = moot_days(hearings, day)
    if mooted:
        n = len(mooted)
        lines.append(plural(QCoreApplication.translate(
            "CaptiveDialogs",
            "%Ln hearing(s) on detention still to come (from %1 on) will no longer be "
            "shown as the next hearing; nothing recorded is changed.", "", n), n)
            .replace("%1", long_date(mooted[0])))
    return lines
