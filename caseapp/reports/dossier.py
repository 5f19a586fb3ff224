"""The printable dossier of one captive (PDF, A4), from a :class:`DossierDTO`.

Pure: takes the record built at a level by ``caseapp.services.dossier_data.build_dossier`` (which
has already left out everything above the level) and returns or writes the PDF. Sections
follow DOMAIN.md; each is a bookmark, every page carries the captive's name, the level it
was printed at and "page X of Y". Fonts are the bundled DejaVu faces, embedded.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from caseapp.domain.case_numbers import without_sign
from caseapp.domain.cldr import format_due_time
from caseapp.domain.dates import is_overdue
from caseapp.domain.messages import text_of
from caseapp.domain.reports import DossierDTO
from caseapp.domain.stays import held_there_now, open_stay_until
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.dossier_cover import CoverPage, dossier_names
from caseapp.reports.hearing_words import with_state
from caseapp.reports.order_words import named, standing_words
from caseapp.reports.pdfkit import (
    Heading,
    ReportDocument,
    Styles,
    facts,
    make_styles,
    para,
    table,
    text,
)
from caseapp.reports.texts import (
    check_language,
    format_date,
    format_date_short,
    format_datetime,
    format_partial,
    label,
    language_name,
    nothing_line,
    status_label,
    t,
    t_of,
)

SECTIONS = ("sec_key_facts", "sec_chronology", "sec_capture", "sec_custody", "sec_domestic",
            "sec_international", "sec_health", "sec_family", "sec_communications", "sec_notes",
            "sec_annex")


def section_titles(lang: str = "en", sex: Any = None) -> list[str]:
    """The headings of the dossier's sections after the cover, in order (of a captive of
    ``sex``: «…того, что жива» of a woman in Russian)."""
    return [t_of(key, lang, sex) for key in SECTIONS]


def render_dossier(dossier: DossierDTO, *, author: str = "", lang: str = "en") -> bytes:
    """The dossier as PDF bytes, in ``lang`` (en, hy, ru or fr: headings, labels and dates in
    that language, the captive named first in its script). ``author`` (the lawyer's name)
    goes into the metadata."""
    check_language(lang)
    name, others = dossier_names(dossier, lang)
    buf = io.BytesIO()
    header_right = f"{t('dossier', lang)} · {format_date(dossier.generated_on, lang)}"
    doc = ReportDocument(
        buf, header_left=" · ".join([name, *others]), header_right=header_right,
        level=dossier.level, title=t("dossier_title", lang, name=name), author=author,
        subject=t("dossier_subject", lang, name=name, level=label(dossier.level, lang)),
        lang=lang)
    _Builder(dossier, doc.width, make_styles(), lang, author).build(doc)
    return buf.getvalue()


def write_dossier(dossier: DossierDTO, out_path: Path | str, *, author: str = "",
                  lang: str = "en") -> int:
    """Write the dossier atomically to ``out_path``; returns its size in bytes."""
    data = render_dossier(dossier, author=author, lang=lang)
    atomic_write_bytes(out_path, data)
    return len(data)


class _Builder(CoverPage):
    def __init__(self, d: DossierDTO, width: float, styles: Styles, lang: str, author: str):
        self.d, self.w, self.s, self.lang, self.author = d, width, styles, lang, author
        self.story: list[Any] = []

    # -- helpers --
    def t(self, key: str, **values: Any) -> str:
        """A text of the dossier: said of her where the captive is a woman and the level
        shows it (a one-captive document: every sentence about "the captive" is about her)."""
        return t_of(key, self.lang, self.d.captive.sex, **values)

    def date(self, value: Any) -> str:
        """A date in a table cell."""
        return format_date_short(value, self.lang)

    def long_date(self, value: Any) -> str:
        return format_date(value, self.lang)

    def h1(self, key: str) -> None:
        self.story.append(Heading(self.t(key), self.s.h1))

    def h2(self, title: str) -> None:
        self.story.append(Heading(title, self.s.h2, level=1))

    def para(self, value: str, style: Any = None) -> None:
        if value:
            self.story.append(para(value, style or self.s.body))

    def nothing(self) -> None:
        self.story.append(Paragraph(text(nothing_line(self.d.level, self.lang)), self.s.muted))

    def facts(self, pairs: list[tuple[str, Any]]) -> bool:
        tbl = facts(self.s, pairs, total_width=self.w)
        if tbl is not None:
            self.story.append(tbl)
        return tbl is not None

    def table(self, headers: list[str], rows: list[list[Any]], widths: list[float],
              **kw: Any) -> None:
        self.story.append(table(self.s, headers, rows, widths, total_width=self.w, **kw))
        self.story.append(Spacer(1, 4))

    # -- the document --
    def build(self, doc: ReportDocument) -> None:
        self.cover()
        self.key_facts()
        self.chronology()
        self.capture()
        self.custody()
        self.domestic()
        self.international()
        self.health()
        self.family()
        self.communications()
        self.notes()
        self.annex()
        doc.render(self.story)

    def key_facts(self) -> None:
        c = self.d.captive
        x = self.d.extras
        self.h1("sec_key_facts")
        essentials = self.echr_facts() + ([(self.t("pre_trial"), self.pre_trial_text())]
                                          if x and x.pre_trial else []) + self.filing_facts()
        if essentials:
            self.facts(essentials)
        if x and x.shared_hearings:
            self.co_defendants(x.shared_hearings)
        if not (c.summary or c.current_asks or essentials or (x and x.shared_hearings)):
            self.nothing()
        if c.summary:
            self.h2(self.t("key_facts"))
            self.para(c.summary)
        if c.current_asks:
            self.h2(self.t("current_asks"))
            self.para(c.current_asks)

    def capture(self) -> None:
        d, c = self.d, self.d.captive
        self.h1("sec_capture")
        consent = ", ".join(x for x, on in ((self.t("power_of_attorney"), c.consent_power_of_attorney),
                                            (self.t("publicity"), c.consent_publicity)) if on)
        shown = self.facts([
            (self.t("capture_date"), format_partial(c.capture, self.lang)),
            (self.t("capture_place"), c.capture_place),
            (self.t("capturing_authority"), c.capturing_authority),
            (self.t("circumstances"), c.capture_circumstances),
            (self.t("category"), label(c.category, self.lang) if c.category else ""),
            (self.t("birth"), format_partial(c.birth, self.lang)),
            (self.t("birth_place"), c.birth_place),
            (self.t("citizenship"), c.citizenship),
            (self.t("sex"), label(c.sex, self.lang) if c.sex else ""),
            (self.t("consent"), consent),
            (self.t("notes"), c.consent_notes),
        ])
        if not shown:
            self.nothing()
        if d.status_history:
            self.h2(self.t("status_history"))
            self.table([self.t("date"), self.t("status"), self.t("note")],
                       [[self.date(h.effective_on), status_label(h.new_status, self.lang, c.sex),
                         h.note]
                        for h in d.status_history], [0.2, 0.3, 0.5])
        if d.identity_documents:
            self.h2(self.t("identity_documents"))
            self.table([self.t("kind"), self.t("number"), self.t("issuer"), self.t("date")],
                       [[x.kind, x.number, x.issuer, self.date(x.issued_on)]
                        for x in d.identity_documents], [0.3, 0.2, 0.3, 0.2])

    def custody(self) -> None:
        d = self.d
        self.h1("sec_custody")
        if not (d.detention_places or d.visits):
            self.nothing()
        if d.detention_places:
            self.h2(self.t("places"))
            self.table([self.t("from"), self.t("to"), self.t("facility"), self.t("address")],
                       [[self.date(p.from_date), self.date(p.to_date) or self.stay_end(p.from_date),
                         p.facility + (f"\n{p.notes}" if p.notes else ""), p.address]
                        for p in d.detention_places], [0.15, 0.15, 0.36, 0.34])
        if d.visits:
            self.h2(self.t("visits"))
            self.table([self.t("date"), self.t("kind"), self.t("source"), self.t("notes")],
                       [[self.date(v.contact_on), label(v.kind, self.lang)
                         + ("" if v.confirmed else f" ({label('unverified', self.lang).lower()})"),
                         v.source, v.notes] for v in d.visits], [0.16, 0.2, 0.3, 0.34])

    def stay_end(self, from_date: dt.date) -> str:
        """The departure of a stay left open: "now" while in custody; once custody is over
        (:mod:`caseapp.domain.stays`), the day it ended ("until the release on 2 November
        2026"), never "now"."""
        c = self.d.captive
        if held_there_now(c.status):
            return self.t("now")
        until = open_stay_until(c.status, c.status_since, from_date)
        if until is None or c.status is None:
            return self.t("none")
        return self.t(f"until_{c.status.value}", date=self.long_date(until))

    def domestic(self) -> None:
        d = self.d
        self.h1("sec_domestic")
        if not (d.prosecutions or d.detention_orders or d.hearings or d.domestic_deadlines):
            self.nothing()
        for p in d.prosecutions:
            self.h2(self.t("prosecution", number=without_sign(p.case_number) or "—"))
            counsel = p.defence_counsel + (f" ({label(p.counsel_kind, self.lang)})"
                                           if p.defence_counsel and p.counsel_kind.value != "unknown"
                                           else "")
            self.facts([(self.t("investigating_body"), p.investigating_body),
                        (self.t("court"), p.court), (self.t("judge"), p.judge),
                        (self.t("prosecutor"), p.prosecutor), (self.t("defence"), counsel),
                        (self.t("opened_on"), self.long_date(p.opened_on)),
                        (self.t("language"), language_name(p.language, self.lang)),
                        (self.t("notes"), p.notes)])
            if p.charges:
                self.story.append(Spacer(1, 4))
                self.table([self.t("article_col"), self.t("charge"), self.t("brought_on")],
                           [[_article(ch, self.lang), ch.title + (f"\n{ch.code}" if ch.code else ""),
                             self.date(ch.brought_on)] for ch in p.charges], [0.2, 0.6, 0.2])
        if d.detention_orders:
            self.h2(self.t("detention_orders"))
            self.table([self.t("kind"), self.t("decided"), self.t("court"), self.t("from"),
                        self.t("term"), self.t("expires"), self.t("appeal")],
                       [[label(o.kind, self.lang), self.date(o.decided_on), o.ordering_court,
                         self.date(o.start_date),
                         _term(o.term_months, o.term_days, self.lang),
                         "\n".join(x for x in (self.date(o.expires_on), self.standing(o)) if x),
                         "\n".join(x for x in (self.date(o.appeal_filed_on), o.appeal_outcome) if x)]
                        for o in d.detention_orders],
                       [0.11, 0.125, 0.18, 0.125, 0.08, 0.21, 0.17])
            # each order's notes below the table, named as the chronology names the order
            # (with what tells it from another order of its day, as "replaced by" names it)
            self.facts([(named("order_notes", o, d.detention_orders, self.lang, self.date,
                               kind=label(o.kind, self.lang).lower()), o.notes)
                        for o in d.detention_orders if o.notes])
        if d.hearings:
            self.h2(self.t("hearings"))
            self.table([self.t("when"), self.t("kind"), self.t("court"), self.t("outcome")],
                       [[format_datetime(h.starts_at, self.lang), label(h.kind, self.lang),
                         h.court + (f"\n{h.judge}" if h.judge else ""),
                         with_state("\n".join(x for x in (h.outcome, h.notes) if x), h.state,
                                    h.next_date, self.lang)]
                        for h in d.hearings], [0.18, 0.16, 0.27, 0.39])
        self.deadlines(d.domestic_deadlines)

    def standing(self, order: Any) -> str:
        """Under an order's expiry: in force, or the order that replaced it."""
        d = self.d
        return standing_words(order, d.order_standings.get(order.id), d.detention_orders,
                              d.generated_on, self.lang, self.date)

    def deadlines(self, items: tuple[Any, ...]) -> None:
        if items:
            self.h2(self.t("next_deadlines"))
            self.table([self.t("due"), self.t("deadline")],
                       [[f"{self.date(x.due_on)} "
                         f"{format_due_time(x.due_time, x.timezone, self.lang)}".rstrip(),
                         self.deadline_title(x)] for x in items],
                       [0.22, 0.78])

    def deadline_title(self, step: Any) -> str:
        """A deadline's title, marked when overdue, its note (a pre-trial order's step after
        a conviction) and its rule's source below it in the dossier's language (saying that
        the date was set by hand when the lawyer changed the rule's date)."""
        overdue = self.d.overdue_deadlines
        title = (self.t("overdue_title", title=step.title)
                 if (step.id in overdue if overdue is not None
                     else is_overdue(step.due_on, self.d.generated_on)) else step.title)
        note = self.d.deadline_notes.get(step.id)
        source = self.d.deadline_sources.get(step.id)
        cited = self.t("deadline_by_hand" if step.overridden else "deadline_source",
                       source=source.render(self.lang)) if source else None
        lines = [title, *([text_of(note, self.lang)] if note is not None else []),
                 *([cited] if cited else [])]
        return "\n".join(lines)

    def international(self) -> None:
        d = self.d
        self.h1("sec_international")
        if not (d.international_proceedings or d.international_deadlines):
            self.nothing()
        if d.international_proceedings:
            # The lodging, the communication and the judgment in one column, each day named
            # on its line: eight columns left the outcome too narrow to read.
            self.table([self.t("body"), self.t("kind"), self.t("reference"), self.t("dates"),
                        self.t("status"), self.t("outcome")],
                       [[label(p.body, self.lang), label(p.kind, self.lang), p.reference,
                         "\n".join(f"{self.t(key)}\u00a0{self.date(day)}" for key, day in (
                             ("lodged", p.lodged_on), ("communicated", p.communicated_on),
                             ("judgment", p.judgment_on)) if day is not None),
                         label(p.status, self.lang),
                         " ".join(x for x in (p.outcome, p.notes) if x)]
                        for p in d.international_proceedings],
                       [0.10, 0.12, 0.14, 0.25, 0.13, 0.26])
        self.deadlines(d.international_deadlines)

    def health(self) -> None:
        self.h1("sec_health")
        if self.d.captive.health:
            self.para(self.d.captive.health)
        else:
            self.nothing()

    def family(self) -> None:
        d = self.d
        self.h1("sec_family")
        if not (d.family_contacts or d.family_communications):
            self.nothing()
        if d.family_contacts:
            self.h2(self.t("family_news"))
            self.table([self.t("date"), self.t("kind"), self.t("source"), self.t("notes")],
                       [[self.date(v.contact_on), label(v.kind, self.lang), v.source, v.notes]
                        for v in d.family_contacts], [0.16, 0.2, 0.3, 0.34])
        if d.family_communications:
            self.h2(self.t("family_talks"))
            self._interventions(d.family_communications)

    def communications(self) -> None:
        self.h1("sec_communications")
        if self.d.communications:
            self._interventions(self.d.communications)
        else:
            self.nothing()

    def _interventions(self, items: tuple[Any, ...]) -> None:
        self.table([self.t("date"), self.t("addressee"), self.t("subject"), self.t("response"),
                    self.t("status")],
                   [[self.date(x.intervention.made_on),
                     x.addressee + f"\n{label(x.intervention.channel, self.lang)}",
                     "\n".join(v for v in (x.intervention.subject, x.intervention.request) if v),
                     x.intervention.response, label(x.intervention.status, self.lang)]
                    for x in items], [0.13, 0.22, 0.32, 0.21, 0.12])

    def annex(self) -> None:
        d = self.d
        self.h1("sec_annex")
        if not d.annex:
            self.nothing()
            return
        self.para(self.t("annex_intro"), self.s.intro)  # kept with the table's start
        rows = []
        for n, doc in enumerate(d.annex, 1):
            described = "\n".join(x for x in (doc.title, doc.filename, doc.source, doc.notes)
                                  if x)
            sha = f"{doc.sha256[:32]}\n{doc.sha256[32:]}"
            rows.append([str(n), described, self.date(doc.received_on), sha])
        self.table([self.t("row_no"), self.t("document"), self.t("received"), self.t("sha256")], rows,
                   [0.07, 0.47, 0.16, 0.30], mono=(3,))


def _term(months: int, days: int, lang: str) -> str:
    return " ".join(x for x in (t("term_months", lang, n=months) if months else "",
                                t("term_days", lang, n=days) if days else "") if x) or "—"


def _article(charge: Any, lang: str) -> str:
    return t("article", lang, a=charge.article + (f"({charge.part})" if charge.part else ""))
