"""The letter templates' names as the letter dialog lists them, in the interface's language:
a shipped template by what it is for ("Power of attorney — Russian"), the lawyer's own by its
file name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caseapp.reports.letters import LetterTemplate

# A shipped template's name without its language ("icrc_request" of icrc_request_hy).
TITLES = {
    "icrc_request": QT_TRANSLATE_NOOP("LetterDialog", "ICRC: request for a visit and tracing"),
    "echr_rule39_cover": QT_TRANSLATE_NOOP("LetterDialog", "ECHR: Rule 39 request, cover letter"),
    "wgad_communication": QT_TRANSLATE_NOOP("LetterDialog", "UN WGAD: communication, cover letter"),
    "ombudsman_visit_medical": QT_TRANSLATE_NOOP("LetterDialog", "Ombudsman or prison administration: "
                                                                 "lawyer visit and medical care"),
    "embassy_brief": QT_TRANSLATE_NOOP("LetterDialog", "Embassy or foreign ministry: brief"),
    "power_of_attorney": QT_TRANSLATE_NOOP("LetterDialog", "Power of attorney"),
    "press_statement": QT_TRANSLATE_NOOP("LetterDialog", "Press statement (public facts only)"),
}


def language_name(code: str) -> str:
    names = {"en": QCoreApplication.translate("LetterDialog", "English"),
             "hy": QCoreApplication.translate("LetterDialog", "Armenian"),
             "ru": QCoreApplication.translate("LetterDialog", "Russian"),
             "fr": QCoreApplication.translate("LetterDialog", "French")}
    return names.get(code, code)


def template_title(tpl: LetterTemplate) -> str:
    """"Power of attorney — Russian"; the lawyer's own "my_letter_ru (your template) — Russian";
    one that cannot be used says so."""
    base = tpl.key.rsplit("_", 1)[0]
    if tpl.problem:
        name = QCoreApplication.translate("LetterDialog", "%1 (cannot be used: see its note)").replace("%1", tpl.key)
    elif not tpl.shipped:
        name = QCoreApplication.translate("LetterDialog", "%1 (your template)").replace("%1", tpl.key)
    elif base in TITLES:
        name = QCoreApplication.translate("LetterDialog", TITLES[base])
    else:
        name = tpl.title
    return (QCoreApplication.translate("LetterDialog", "%1 — %2").replace("%1", name)
            .replace("%2", language_name(tpl.language)))
