"""The sentences of the detention clock's warnings (:func:`caseapp.domain.clock.detention_clock`):
an order expiring with no hearing recorded before it, named when custody runs under several
orders, and custody longer than the statutory maximum, said as certain only when it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.order_sequence import Sequenced


def maximum_warning(days: int | None, most: int, maximum: int) -> Message:
    """That custody (``most`` days at most) is over ``maximum``: "at least" so many when the
    count is :class:`~caseapp.domain.captive_rows.AtLeast` and even its least is over, "up to"
    so many, perhaps over, when only the most is (a capture known to its month or year: the
    warning counts from its first day, never late, and does not say the uncertain as
    certain)."""
    if isinstance(days, About):  # a capture known only approximately
        return msg_n("About {count} day in custody (the date of capture is approximate): "
                     "more than the maximum of {maximum} days.",
                     "About {count} days in custody (the date of capture is approximate): "
                     "more than the maximum of {maximum} days.", most, maximum=maximum)
    if not isinstance(days, AtLeast):
        return msg_n("{count} day in custody: more than the maximum of {maximum} days.",
                     "{count} days in custody: more than the maximum of {maximum} days.",
                     most, maximum=maximum)
    if days > maximum:
        return msg_n("At least {count} day in custody: more than the maximum of {maximum} "
                     "days.",
                     "At least {count} days in custody: more than the maximum of {maximum} "
                     "days.", int(days), maximum=maximum)
    return msg_n("Up to {count} day in custody (at least {least}: the date of capture is known "
                 "only to its month or year): perhaps more than the maximum of {maximum} days.",
                 "Up to {count} days in custody (at least {least}: the date of capture is known "
                 "only to its month or year): perhaps more than the maximum of {maximum} days.",
                 most, least=int(days), maximum=maximum)


def expiry_warning(order: Sequenced, left: int, cases: Mapping[int, str], *,
                    named: bool) -> Message:
    """The warning that ``order`` expires in ``left`` days with no hearing before: naming
    the order (its criminal case's number, else its start) when custody runs under several."""
    day = order.expires_on
    if not named:
        return msg("The detention order expires today ({day}) and no hearing is recorded "
                   "before then.", day=day) if left == 0 else msg_n(
            "The detention order expires in {count} day ({day}) and no hearing is recorded "
            "before then.",
            "The detention order expires in {count} days ({day}) and no hearing is recorded "
            "before then.", left, day=day)
    case = cases.get(order.prosecution_id, "") if order.prosecution_id is not None else ""
    if case:
        return msg("The detention order in criminal case {case} expires today ({day}) and no "
                   "hearing is recorded before then.", case=case, day=day) if left == 0 \
            else msg_n(
            "The detention order in criminal case {case} expires in {count} day ({day}) and "
            "no hearing is recorded before then.",
            "The detention order in criminal case {case} expires in {count} days ({day}) and "
            "no hearing is recorded before then.", left, case=case, day=day)
    return msg("The detention order of {start} expires today ({day}) and no hearing is "
               "recorded before then.", start=order.start_date, day=day) if left == 0 \
        else msg_n(
        "The detention order of {start} expires in {count} day ({day}) and no hearing is "
        "recorded before then.",
        "The detention order of {start} expires in {count} days ({day}) and no hearing is "
        "recorded before then.", left, start=order.start_date, day=day)
