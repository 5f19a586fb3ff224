"""The seizure exposure report as PDF (internal level): which captives, families, contacts,
sources and documents a seized or lost device held, at which levels, which credentials to
revoke or rotate, and a checklist of people to warn."""

from __future__ import annotations

import io
from typing import Any

from reportlab.platypus import Paragraph, Spacer

from caseapp.domain.exposure import ExposedPerson, ExposureReport
from caseapp.reports.pdfkit import ReportDocument, make_styles, table, text
from caseapp.reports.texts import format_date, label, status_label, t

BOX = "☐"


def _level(value: Any, lang: str) -> str:
    return label(value, lang)


def render_exposure(report: ExposureReport, *, author: str = "", lang: str = "en") -> bytes:
    buf = io.BytesIO()
    title = t("exp_title", lang)
    when = format_date(report.day, lang)
    doc = ReportDocument(buf, header_left=f"{title} · {report.source}",
                         header_right=format_date(report.generated_at, lang), level=report.level,
                         title=title, author=author,
                         subject=t("exp_subject", lang, level=report.level.value), lang=lang)
    s = make_styles()
    basis = "exp_basis_backup" if report.basis == "backup" else "exp_basis_audit"
    if report.travel_level is not None:
        basis = "exp_basis_travel"
    travel_level = _level(report.travel_level, lang) if report.travel_level is not None else ""
    story: list[Any] = [
        Paragraph(text(title), s.title),
        Paragraph(text(t(basis, lang, source=report.source, date=when, zone=report.zone,
                         level=travel_level)), s.subtitle),
        Paragraph(text(t("exp_counts", lang, captives=len(report.captives),
                         families=len(report.families), contacts=len(report.contacts),
                         sources=len(report.sources), documents=len(report.documents))),
                  s.muted),
        Paragraph(text(t("exp_limits", lang)), s.muted),
        Spacer(1, 4),
    ]
    w = doc.width

    def section(key: str, headers: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        story.append(Paragraph(text(t(key, lang)), s.h1))
        if rows:
            story.append(table(s, headers, rows, widths, total_width=w))
        else:
            story.append(Paragraph(text(t("exp_nothing", lang)), s.body))

    section("exp_sec_captives",
            [t("exp_col_name", lang), t("exp_col_other_names", lang), t("exp_col_level", lang),
             t("exp_col_status", lang), t("exp_col_consent", lang), t("exp_col_records", lang)],
            [[c.name, "; ".join(c.other_names), _level(c.level, lang),
              status_label(c.status, lang, c.sex) if c.status else "",
              t("yes" if c.consent_publicity else "no", lang), str(c.records)]
             for c in report.captives], [0.25, 0.23, 0.1, 0.16, 0.15, 0.11])
    people_headers = [t("exp_col_name", lang), t("exp_col_organisation", lang),
                      t("exp_col_role", lang), t("exp_col_level", lang), t("exp_col_reach", lang)]
    section("exp_sec_families", people_headers, [_person(p, lang) for p in report.families],
            [0.24, 0.22, 0.16, 0.1, 0.28])
    section("exp_sec_contacts", people_headers, [_person(p, lang) for p in report.contacts],
            [0.24, 0.22, 0.16, 0.1, 0.28])
    section("exp_sec_sources",
            [t("exp_col_source", lang), t("exp_col_documents", lang), t("exp_col_visits", lang)],
            [[x.name, str(x.documents), str(x.welfare_contacts)] for x in report.sources],
            [0.6, 0.2, 0.2])
    section("exp_sec_documents",
            [t("exp_col_title", lang), t("exp_col_file", lang), t("exp_col_captive", lang),
             t("exp_col_level", lang), t("exp_col_source", lang)],
            [[d.title, d.filename, d.captive, _level(d.level, lang), d.source]
             for d in report.documents], [0.28, 0.22, 0.2, 0.1, 0.2])
    story.append(Paragraph(text(t("exp_sec_outputs", lang)), s.h1))
    if report.outputs:
        story.append(Paragraph(text(t("exp_outputs_intro", lang)), s.muted))
        story.append(table(s, [t("exp_col_written", lang), t("exp_col_level", lang),
                               t("exp_col_file", lang)],
                           [[format_date(o.at, lang), _level(o.level, lang), o.path]
                            for o in report.outputs], [0.18, 0.12, 0.7], total_width=w))
    else:
        story.append(Paragraph(text(t("exp_nothing", lang)), s.body))
    story.append(Paragraph(text(t("exp_sec_credentials", lang)), s.h1))
    for c in report.credentials:
        line = t(f"exp_cred_{c.kind}", lang, subject=c.subject)
        story.append(Paragraph(f"{BOX} {text(line)}", s.body))
    if report.deleted_since:
        story.append(Paragraph(text(t("exp_sec_deleted", lang)), s.h1))
        story += [Paragraph(text(line), s.cell) for line in report.deleted_since]
    story.append(Paragraph(text(t("exp_sec_warn", lang)), s.h1))
    story.append(Paragraph(text(t("exp_warn_intro", lang)), s.muted))
    warn = report.people_to_warn()
    if warn:
        story.append(table(s, ["", t("exp_col_name", lang), t("exp_col_organisation", lang),
                               t("exp_col_reach", lang), t("exp_col_done", lang)],
                           [[BOX, p.name, p.organisation, p.reach, ""] for p in warn],
                           [0.05, 0.28, 0.25, 0.27, 0.15], total_width=w))
    else:
        story.append(Paragraph(text(t("exp_nothing", lang)), s.body))
    doc.render(story)
    return buf.getvalue()


def _person(p: ExposedPerson, lang: str) -> list[Any]:
    return [p.name, p.organisation, p.role, _level(p.level, lang), p.reach]


__all__ = ["render_exposure"]
