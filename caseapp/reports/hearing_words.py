"""What became of a hearing, in the documents' words: "Adjourned to 12.02.2027", "Cancelled"
(nothing for one scheduled or held: its outcome says the rest). One wording for the dossier's
hearings table and its chronology, in each document language."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import HearingState
from caseapp.reports.texts import format_date_short, t


def state_words(state: HearingState | str | None, next_on: date | None, lang: str) -> str:
    """The hearing's state as a document says it, or "" when there is nothing to say."""
    if state == HearingState.CANCELLED:
        return t("hearing_cancelled", lang)
    if state == HearingState.ADJOURNED:
        return (t("hearing_adjourned_to", lang, date=format_date_short(next_on, lang))
                if next_on else t("hearing_adjourned", lang))
    return ""


def with_state(text: str, state: HearingState | str | None, next_on: date | None,
               lang: str) -> str:
    """``text`` (an outcome, an event) preceded by the hearing's state, if it has one to say."""
    said = state_words(state, next_on, lang)
    return "\n".join(x for x in (said, text) if x) if said else text
