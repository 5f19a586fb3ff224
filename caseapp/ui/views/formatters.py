"""Small formatters shared by the views: dates, sizes, "3 of 12", "yesterday".

Sentences are translated whole, with placeholders (``%1``) and plural forms (``%n``; ``%Ln``
where the count may pass 999, written with the locale's grouping, "2 130"): never glued from
pieces, so that every language can order and inflect its own words."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.clean_text import contained
from caseapp.ui.formats import (  # the views take every formatter from here
    date_key,
    date_text,
    datetime_text,
    fill,
    human_size,
    long_date,
    number,
    partial_date_text,
    short_date,
    short_due,
    short_when,
    time_text,
    zone_city,
    zone_label,
)
from caseapp.ui.i18n import plural

__all__ = ["case_of", "count_text", "date_key", "date_text", "datetime_text", "days_ago", "days_from_now",
           "fill", "hearing_of", "human_size", "intervention_of", "long_date", "number", "partial_date_text",
           "short_date", "short_due", "short_text", "short_when", "time_text", "zone_city", "zone_label"]

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def count_text(shown: int, total: int, all_text: str) -> str:
    """“3 of 12” while a filter hides some rows, ``all_text`` (“12 documents”) otherwise."""
    if shown == total:
        return all_text
    return translate("ViewsCommon", "%1 of %2").replace("%1", number(shown)).replace("%2", number(total))


def days_ago(days: int) -> str:
    """How long ago something happened, ``days`` days before today: "today", "yesterday",
    "3 days ago" (a day in the future, should one come: "in 2 days")."""
    if days == 0:
        return translate("ViewsCommon", "today")
    if days == 1:
        return translate("ViewsCommon", "yesterday")
    if days < 0:
        return days_from_now(-days)
    return plural(translate("ViewsCommon", "%Ln day(s) ago", None, days), days)


def days_from_now(days: int) -> str:
    """When something falls due, ``days`` days after today: "today", "tomorrow", "in 3 days"
    (a day in the past: "yesterday", "3 days ago")."""
    if days == 0:
        return translate("ViewsCommon", "today")
    if days == 1:
        return translate("ViewsCommon", "tomorrow")
    if days < 0:
        return days_ago(-days)
    return plural(translate("ViewsCommon", "in %Ln day(s)", None, days), days)


def hearing_of(when: date, court: str) -> str:
    """A hearing named by its day and court: "Hearing of 3 June 2025, Baku Military Court"."""
    if court:
        return fill(translate("ViewsCommon", "Hearing of %1, %2"), long_date(when), court)
    return translate("ViewsCommon", "Hearing of %1").replace("%1", long_date(when))


def intervention_of(subject: str, made_on: date) -> str:
    """An intervention named by its subject and day: "Intervention “Access” of 2 May 2025"."""
    return fill(translate("ViewsCommon", "Intervention “%1” of %2"), subject, long_date(made_on))


def case_of(case_number: str) -> str:
    """A prosecution named by its number: "Case 1-77/2026"."""
    if case_number:
        return translate("ViewsCommon", "Case %1").replace("%1", case_number)
    return translate("ViewsCommon", "Criminal case")


_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


def short_text(value: str | None, limit: int = 60) -> str:
    """``value`` on one line, cut to ``limit`` characters with "…"; "—" for nothing. A text
    of several lines (a note, a request) keeps the bidirectional overrides, embeddings and
    isolates typed or pasted into it; set on one line among other values (the History tab's
    change, "Title: … · Text: …"), one left open reversed every value after it, its own
    label too. They are left out here (:func:`caseapp.domain.clean_text.contained`, as the
    documents do)."""
    if value in (None, ""):
        return "—"
    text = contained(_LINE_BREAKS.sub(" ", str(value)))
    return text if len(text) <= limit else text[: limit - 1] + "…"
