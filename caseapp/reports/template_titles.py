"""What each shipped letter template is for, in the catalogue's languages: the one text of a
template's title, in the letter's own language where the letter names itself (its file
name, the title it is kept under, its .docx's properties: :func:`letter_title`), the reader's
language where a listing shows it to her (``caseapp templates list``, as a table or as JSON,
whose ``key`` is what scripts rely on)."""

from __future__ import annotations

from typing import Protocol

from caseapp.domain.messages import Message, msg


class LetterTemplate(Protocol):
    """What a title is made of (:class:`caseapp.reports.letter_templates.LetterTemplate`, which
    imports this module for its English titles)."""

    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def shipped(self) -> bool: ...
    @property
    def problem(self) -> str: ...

# A shipped template's title without its language, by its key without the language
# ("icrc_request" of icrc_request_hy).
TITLES: dict[str, Message] = {
    "icrc_request": msg("ICRC: request for a visit and tracing"),
    "echr_rule39_cover": msg("ECHR: Rule 39 request, cover letter"),
    "wgad_communication": msg("UN WGAD: communication, cover letter"),
    "ombudsman_visit_medical": msg("Ombudsman or prison administration: lawyer visit and "
                                   "medical care"),
    "embassy_brief": msg("Embassy or foreign ministry: brief"),
    "power_of_attorney": msg("Power of attorney"),
    "press_statement": msg("Press statement (public facts only)"),
}


def title_phrase(template: LetterTemplate) -> Message | str:
    """What a letter made from ``template`` is called, in any language: a shipped one's title
    (a message of :data:`TITLES`), the lawyer's own by its file's name (its key), as she
    named it."""
    title = TITLES.get(template.key.rsplit("_", 1)[0]) if template.shipped else None
    return title if title is not None else template.key


def letter_title(template: LetterTemplate, name: str, lang: str) -> str:
    """The title of the letter made from ``template`` about the captive called ``name``, in
    the letter's language ``lang``: "Լիազորագիր՝ Տիգրան Վարդանյան", "МККК: просьба о посещении
    и розыске — Тигран Варданян" (the title alone without a name). The captive comes after a
    dash, never a colon: a title holds a colon of its own ("ICRC: request for a visit…")."""
    title = title_phrase(template)
    if not name:
        return title.render(lang) if isinstance(title, Message) else title
    return msg("{title} — {name}", context="letter title", title=title, name=name).render(lang)


def template_title(template: LetterTemplate, lang: str | None = None) -> str:
    """The title of ``template`` in ``lang`` (the run's language by default): a shipped one's
    from :data:`TITLES`, the lawyer's own by its file name, one that cannot be used saying
    why."""
    if template.problem:  # (its title says UNUSABLE and why, in the run's language)
        return template.title
    if not template.shipped:
        return msg("{template} (your template)", template=template.key).render(lang)
    title = TITLES.get(template.key.rsplit("_", 1)[0])
    return title.render(lang) if title is not None else template.title
