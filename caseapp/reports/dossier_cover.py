"""The dossier's cover page: the captive's names (headline and every recorded form), the
photo, status, days in custody, place held and last contact, who printed it when, and the
banner of the level it was printed at. A mixin of the dossier's builder
(``caseapp.reports.dossier``), which gives ``d``, ``s``, ``w``, ``t``, ``facts``, ``table``…
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from caseapp.domain.captive_rows import AtLeast
from caseapp.domain.reports import DossierDTO
from caseapp.domain.stays import held_there_now
from caseapp.reports.dossier_extras import ExtrasSections
from caseapp.reports.jpeg_metadata import jpeg_without_metadata
from caseapp.reports.pdfkit import LEVEL_COLOURS, RULE, Bookmark, Heading, text
from caseapp.reports.texts import (
    format_partial,
    label,
    language_name,
    level_line,
    status_label,
    tn,
)
from caseapp.reports.texts.names import headline_names


def dossier_names(dossier: DossierDTO, lang: str) -> tuple[str, list[str]]:
    c = dossier.captive
    return headline_names(c.names, latin=c.latin_name, primary=c.primary_name, lang=lang)


class CoverPage(ExtrasSections):
    """The dossier's first page (its builder's ``cover``)."""

    w: float
    author: str

    def cover(self) -> None:
        d, c, s = self.d, self.d.captive, self.s
        name, others = dossier_names(d, self.lang)
        head: list[Any] = [Paragraph(text(self.t("dossier").upper()), s.muted),
                           Heading(name, s.title)]
        if others:
            head.append(Paragraph(text(" · ".join(others)), s.subtitle))
        photo = _photo(d.photo, 38 * mm)
        if photo is not None:
            self.story.append(Bookmark(name))  # the heading in the table gets none itself
            top = Table([[head, photo]], colWidths=[self.w - 120, 120])
            top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
            self.story.append(top)
        else:
            self.story.extend(head)
        self.story.append(Spacer(1, 8))
        self.story.append(Paragraph(text(self.t("names")), s.h2))
        self.table([self.t("name"), self.t("script"), self.t("language"), self.t("kind")],
                   [[n.full_name, label(n.script, self.lang),
                     language_name(n.language or "", self.lang),
                     label(n.kind, self.lang)] for n in c.names], [0.46, 0.16, 0.18, 0.2])
        # (said of her for a woman: «Освобождена»; c.sex is blank when the level withholds it)
        status = status_label(c.status, self.lang, c.sex) if c.status is not None else ""
        if status and c.status_since:
            status += f" ({self.t('since', date=self.long_date(c.status_since))})"
        days = ""
        if isinstance(c.days_in_custody, AtLeast) and c.capture is not None:
            days = tn("days_at_least", c.days_in_custody, self.lang,
                      date=format_partial(c.capture, self.lang))
        elif c.days_in_custody is not None and c.capture is not None:
            days = tn("days_value", c.days_in_custody, self.lang,
                      date=format_partial(c.capture, self.lang, since=True))
        elif c.days_in_custody is not None and d.custody_counted_from is not None:
            days = tn("days_value_order", c.days_in_custody, self.lang,
                      date=self.long_date(d.custody_counted_from))
        last = ""
        if d.last_contact:
            last = tn("days_ago", (d.generated_on - d.last_contact).days, self.lang,
                      date=self.long_date(d.last_contact))
        self.story.append(Spacer(1, 6))
        self.facts([(self.t("status"), status),
                    (self.t("category"), label(c.category, self.lang) if c.category else ""),
                    (self.t("days_in_custody"), days),
                    (self.t("pre_trial"), self.pre_trial_text()),
                    (self.t("held_at"), c.current_place if held_there_now(c.status)
                     else self.t("last_held_at", place=c.current_place) if c.current_place
                     else ""),
                    (self.t("last_contact"), last),
                    *self.echr_facts()])
        self.representative()
        self.story.append(Spacer(1, 18))
        stamp = [Paragraph(text(self.t("printed_on", date=self.long_date(d.generated_on),
                                       version=d.version)), s.muted)]
        if self.author:
            stamp.append(Paragraph(text(self.t("prepared_by", name=self.author)), s.muted))
        self.story.extend(stamp)
        self.story.append(Spacer(1, 10))
        banner = Table([[Paragraph(f'<font color="{LEVEL_COLOURS[d.level].hexval()}"><b>'
                                   f"{text(level_line(d.level, self.lang))}</b></font>", s.body)]],
                       colWidths=[self.w])
        banner.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, LEVEL_COLOURS[d.level]),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.story.append(banner)
        self.story.append(PageBreak())


def _photo(data: bytes | None, box: float) -> Any:
    """The photo scaled to fit a ``box``-point square, or None if there is none or it is bad.
    A JPEG goes in without what the camera wrote beside the picture (where and when it was
    taken, by which device: :mod:`caseapp.reports.jpeg_metadata`)."""
    data = jpeg_without_metadata(data) if data else None
    if not data:
        return None
    try:
        img = Image(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a damaged photo must not stop the dossier
        return None
    w, h = img.imageWidth, img.imageHeight
    if not w or not h:
        return None
    scale = box / max(w, h)
    img.drawWidth, img.drawHeight = w * scale, h * scale
    framed = Table([[img]], colWidths=[img.drawWidth + 4], rowHeights=[img.drawHeight + 4])
    framed.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return framed
