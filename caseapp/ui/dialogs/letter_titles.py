"""The letter templates' names as the letter dialog lists them, in the interface's language:
a shipped template by what it is for ("Power of attorney — Russian"), the lawyer's own by its
file name. What a template is for has one text, the documents' catalogue's
(:mod:`caseapp.reports.template_titles`, which the command line lists too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.reports import template_titles
from caseapp.reports.letter_templates import LetterTemplate
from caseapp.ui.formats import fill
from caseapp.ui.i18n import current_language


def language_name(code: str) -> str:
    names = {"en": QCoreApplication.translate("LetterDialog", "English"),
             "hy": QCoreApplication.translate("LetterDialog", "Armenian"),
             "ru": QCoreApplication.translate("LetterDialog", "Russian"),
             "fr": QCoreApplication.translate("LetterDialog", "French")}
    return names.get(code, code)


def template_title(tpl: LetterTemplate) -> str:
    """"Power of attorney — Russian"; the lawyer's own "my_letter_ru (your template) — Russian";
    one that cannot be used says so."""
    if tpl.problem:
        name = QCoreApplication.translate("LetterDialog", "%1 (cannot be used: see its note)").replace("%1", tpl.key)
    else:
        name = template_titles.template_title(tpl, current_language())
    return (fill(QCoreApplication.translate("LetterDialog", "%1 — %2"), name, language_name(tpl.language)))
