"""The dossier's sections and lines for an embassy or the ECHR (issue 10 §8): the
representative, the ECHR essentials, pre-trial custody against the maximum, the co-defendants
of shared hearings, one chronology and the notes. A mixin of the dossier's builder
(``caseapp.reports.dossier``), which gives ``d``, ``s``, ``t``, ``facts``, ``table``…
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Spacer

from caseapp.domain.captive_rows import AtLeast
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.messages import text_of
from caseapp.reports.hearing_words import state_words
from caseapp.reports.pdfkit import text
from caseapp.reports.texts import (
    format_datetime,
    format_number,
    format_partial,
    format_partial_short,
    label,
    status_label,
    tn,
)
from caseapp.reports.texts.names import headline_names


class ExtrasSections:
    d: Any
    s: Any
    lang: str
    story: list[Any]
    t: Any
    date: Any
    long_date: Any
    facts: Any
    table: Any
    h1: Any
    h2: Any
    para: Any
    nothing: Any

    def echr_facts(self) -> list[tuple[str, Any]]:
        e = self.d.extras.echr if self.d.extras else None
        if e is None:
            return []
        rule39 = ""
        if e.rule39_status is not None:
            status = label(e.rule39_status, self.lang)
            rule39 = (self.t("rule39_value", status=status, date=self.long_date(e.rule39_lodged_on))
                      if e.rule39_lodged_on else status)
        return [(self.t("echr_application"), ", ".join(e.application_numbers)),
                (self.t("rule39"), rule39),
                (self.t("articles"), ", ".join(e.articles)),
                (self.t("communicated_on"), self.long_date(e.communicated_on)),
                (self.t("judgment_on"), self.long_date(e.judgment_on))]

    def filing_facts(self) -> list[tuple[str, Any]]:
        """The detaining state's confirmation, special risk, kind of release and the last
        independent proof of life (issue 18), as far as the level shows them."""
        f = self.d.extras.filing if self.d.extras else None
        if f is None:
            return []
        rows: list[tuple[str, Any]] = []
        if f.state_confirmed is not None:
            rows.append((self.t("state_confirmed"), self.t(
                "confirmed_value", date=self.long_date(f.confirmed_on) if f.confirmed_on
                else self.t("unknown"), source=f.confirmed_source or self.t("unknown"))
                if f.state_confirmed else self.t("not_confirmed")))
        if f.risk_reasons:
            rows.append((self.t("risk_of_captive"), ", ".join(
                self.t(f"risk_{r.value}") for r in f.risk_reasons)))
        if f.release_kind is not None:
            rows.append((self.t("release_kind"), self.t(f"release_{f.release_kind.value}")))
        none = self.t("not_shown_at_level") if f.contacts_hidden else self.t("none_recorded")
        rows.append((self.t("last_independent"), self.long_date(f.last_independent)
                     if f.last_independent else none))
        return rows

    def pre_trial_text(self) -> str:
        p = self.d.extras.pre_trial if self.d.extras else None
        if p is None:
            return ""
        lang = self.lang
        # a capture known to the month: "since May 2024"; a day as it follows "since" (French
        # puts its article before it: « depuis le 5 mai 2024 »)
        since = format_partial(p.since_known or PartialDate(p.since, DatePrecision.EXACT), lang,
                               since=True)
        at_least = "_at_least" if isinstance(p.days, AtLeast) else ""  # (from its last day)
        if p.until is None:
            base = tn("pre_trial_ongoing" + at_least, p.days, lang, since=since)
        else:
            base = tn("pre_trial_ended" + at_least, p.days, lang, since=since,
                      until=self.long_date(p.until))
        if p.maximum_days is None:
            return base
        left = p.days_left or 0
        most = format_number(p.maximum_days, lang)
        if left >= 0:
            return f"{base}: " + tn("pre_trial_left", left, lang, max=most)
        return f"{base}: " + tn("pre_trial_over", -left, lang, max=most)

    def representative(self) -> None:
        r = self.d.extras.representative if self.d.extras else None
        if r is None:
            return
        self.story.append(Spacer(1, 8))
        self.story.append(Paragraph(text(self.t("representative")), self.s.h2))
        self.facts([(self.t("name"), r.name_for(self.lang)), (self.t("organisation"), r.organisation),
                    (self.t("address"), r.address), (self.t("bar_number"), r.bar_number),
                    (self.t("contacts"), " · ".join(x for x in (r.phone, r.email) if x)),
                    (self.t("dated"), self.long_date(r.dated))])

    def co_defendants(self, shared: tuple[Any, ...]) -> None:
        self.h2(self.t("co_defendants"))
        rows = []
        for h in shared:
            spellings = h.spellings or [()] * len(h.co_defendants)
            names = [headline_names(own, latin=latin, primary=latin, lang=self.lang)[0]
                     for latin, own in zip(h.co_defendants, spellings, strict=True)]
            if h.not_named:
                names.append(tn("not_named", h.not_named, self.lang))
            rows.append([format_datetime(h.starts_at, self.lang), h.court, ", ".join(names)])
        self.table([self.t("when"), self.t("court"), self.t("co_defendants")], rows,
                   [0.2, 0.3, 0.5])

    def chronology(self) -> None:
        x = self.d.extras
        self.h1("sec_chronology")
        if not (x and x.chronology):
            self.nothing()
            return
        self.para(self.t("chronology_intro"), self.s.intro)  # kept with the table's start
        rows = []
        for e in x.chronology:
            when = (format_datetime(e.at, self.lang) if e.at is not None
                    else format_partial_short(e.known or e.on, self.lang))
            rows.append([when, self._event(e), e.detail])
        self.table([self.t("date"), self.t("event"), self.t("detail")], rows, [0.2, 0.35, 0.45])

    def _event(self, e: Any) -> str:
        if e.kind == "status":
            return self.t("ev_status", status=status_label(e.event, self.lang,
                                                           self.d.captive.sex))
        if e.kind == "order":  # a replaced order ends where the one replacing it began
            standing = self.d.order_standings.get(e.record_id)
            by = standing.replaced_by if standing is not None else None
            return (self.t("ev_order", kind=label(e.event, self.lang).lower(),
                           date=self.date(e.until)) if by is None
                    else self.t("ev_order_replaced", kind=label(e.event, self.lang).lower(),
                                date=self.date(min(e.until, by.start_date))))
        if e.kind == "hearing":
            said = state_words(e.state, e.next_on, self.lang)  # adjourned, cancelled
            return "\n".join(x for x in (
                self.t("ev_hearing", kind=label(e.event, self.lang).lower()), said) if x)
        if e.kind == "filing":
            what = (self.t(f"ev_{e.event}") if e.event in ("communicated", "judgment")
                    else label(e.event, self.lang))
            return self.t("ev_filing", body=label(e.body, self.lang), kind=what)
        return self.t(f"ev_{e.event}")

    def notes(self) -> None:
        x = self.d.extras
        self.h1("sec_notes")
        if not (x and x.notes):
            self.nothing()
            return
        for n in x.notes:  # what CaseApp wrote in a note (an import's) in the dossier's language
            title = text_of(n.title, self.lang)
            self.h2(" · ".join(v for v in (self.long_date(n.written_at), title, n.author) if v))
            self.para(text_of(n.body, self.lang))
