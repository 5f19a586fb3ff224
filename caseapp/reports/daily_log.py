"""The daily log of deadline control as PDF: one line per event (entered, changed, snoozed,
done, dismissed, reopened, deleted) with the time, who, the deadline and the note, hard
deadlines marked, and a line to sign for the office's deadline control."""

from __future__ import annotations

import io
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from caseapp.domain.deadline_log import KINDS, DailyLog, DailyLogEntry
from caseapp.reports.pdfkit import ReportDocument, Styles, make_styles, table, text
from caseapp.reports.texts import format_date, format_date_short, t


def render_daily_log(log: DailyLog, *, author: str = "", lang: str = "en") -> bytes:
    buf = io.BytesIO()
    title = t("log_title", lang)
    day = format_date(log.day, lang)
    doc = ReportDocument(buf, header_left=f"{title} · {day}",
                         header_right=format_date(log.generated_at, lang), level=log.level,
                         title=f"{title} · {day}", author=author,
                         subject=t("log_subject", lang, date=day, level=log.level.value),
                         lang=lang, landscape=True)
    s = make_styles()
    story: list[Any] = [
        Paragraph(text(title), s.title),
        Paragraph(text(t("log_day", lang, date=day, zone=log.zone)), s.subtitle),
        Paragraph(text(t("log_counts", lang, **{k: log.count(k) for k in KINDS})), s.muted),
        Spacer(1, 6),
    ]
    if log.entries:
        story.append(table(
            s, [t("log_time", lang), t("log_who", lang), t("log_what", lang),
                t("log_deadline", lang), t("log_note", lang)],
            [_row(e, s, lang) for e in log.entries], [0.06, 0.1, 0.08, 0.4, 0.36],
            total_width=doc.width))
    else:
        story.append(Paragraph(text(t("log_nothing", lang)), s.body))
    story += [Spacer(1, 18), Paragraph(text(t("log_signed", lang)), s.body)]
    doc.render(story)
    return buf.getvalue()


def _row(e: DailyLogEntry, s: Styles, lang: str) -> list[Any]:
    deadline = [f"<b>{text(e.title)}</b>"]
    if e.hard:
        deadline.append(f"<font color='#a3211b'><b>{text(t('log_hard', lang))}</b></font>")
    details = [x for x in (e.captive, t("log_due", lang, date=format_date_short(e.due_on, lang))
                           if e.due_on else "") if x]
    if details:
        deadline.append(text(" · ".join(details)))
    notes = [text(e.note)] if e.note else []
    notes += [f"{text(t('log_field_' + c.field, lang))}: {text(c.old or '—')} → "
              f"{text(c.new or '—')}" for c in e.changes]
    return [f"{e.at:%H:%M}", e.actor, t(f"log_{e.kind}", lang),
            Paragraph("<br/>".join(deadline), s.cell), Paragraph("<br/>".join(notes), s.cell)]
