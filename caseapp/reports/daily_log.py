"""The daily log of deadline control as PDF: one line per event (entered, changed, snoozed,
done, dismissed, reopened, deleted) with the time, who, the deadline and the note, hard
deadlines marked, and a line to sign for the office's deadline control."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from caseapp.domain.deadline_log import KINDS, DailyLog, DailyLogEntry, FieldChange
from caseapp.domain.messages import text_of
from caseapp.domain.name_display import latin_display_name
from caseapp.domain.stored_messages import shown_lines
from caseapp.reports.pdfkit import ReportDocument, Styles, make_styles, table, text
from caseapp.reports.texts import format_date, format_date_short, label, t
from caseapp.reports.texts.names import name_in_script

# The changed fields whose stored value is a date, a yes or no, a level: printed in the
# log's language ("6 февр. 2027", "да", "для передачи"), not as stored ("2027-02-06", "True").
_DATES = {"due_on"}
_YES_NO = {"hard", "overridden"}
_LEVELS = {"sensitivity"}


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
    details = [x for x in (_captive(e, lang), t("log_due", lang, date=format_date_short(
        e.due_on, lang)) if e.due_on else "") if x]
    if details:
        deadline.append(text(" · ".join(details)))
    notes = [text(t("log_snoozed_until", lang, date=format_date_short(e.until, lang)))] \
        if e.until else []
    notes += [text(text_of(e.note, lang))] if e.note else []
    notes += [f"{text(t('log_field_' + c.field, lang))}: {text(_value(c, c.old, lang))} → "
              f"{text(_value(c, c.new, lang))}" for c in e.changes]
    return [f"{e.at:%H:%M}", e.actor, t(f"log_{e.kind}", lang),
            Paragraph("<br/>".join(deadline), s.cell), Paragraph("<br/>".join(notes), s.cell)]


def _captive(e: DailyLogEntry, lang: str) -> str:
    """The captive's name as the log's language writes it: its own spelling in that script,
    else the Latin headline name, else the primary name."""
    return name_in_script(e.spellings, lang) or latin_display_name(e.spellings) or e.captive


def _value(change: FieldChange, value: str, lang: str) -> str:
    if not value:
        return "—"
    if change.field in _DATES:
        try:
            return format_date_short(date.fromisoformat(value), lang)
        except ValueError:
            return value
    if change.field in _YES_NO and value in ("True", "False"):
        return t("yes" if value == "True" else "no", lang)
    if change.field in _LEVELS:
        return label(value, lang)
    return shown_lines(value, lang)  # what CaseApp wrote (a reason, a note), in the log's language
