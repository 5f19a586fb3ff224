"""Letters from Word templates (docxtpl), with the placeholders every template may use.

Templates are ordinary .docx files with ``{{ placeholder }}`` fields, so a lawyer can edit
them in Word or LibreOffice. CaseApp ships the ones in :data:`SHIPPED` (made by
``tools/make_templates.py``); the lawyer's own go into :func:`user_templates_dir` and are
listed beside them (one with the same name replaces the shipped one).

Before anything is written, the fields the template uses are compared with the values at
hand: every one must have a non-empty value, else :class:`MissingFields` names them, so the
caller asks the user (``--set NAME=VALUE`` on the command line). A letter never comes out
with an empty hole or a raw ``{{ placeholder }}``.

The placeholders are listed, with what they hold, in :data:`PLACEHOLDERS` (and in
docs/letter-placeholders.md, which a test keeps in step).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from docx.opc.exceptions import OpcError
from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError, nodes
from lxml import etree
from platformdirs import user_config_path

from caseapp.domain.cldr import format_time_zone
from caseapp.domain.clean_text import blank, contained
from caseapp.domain.clock import hearing_ahead
from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.domain.enums import NameKind, Script, Sensitivity, Sex
from caseapp.domain.errors import CaseAppError, ValidationError
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, text_of
from caseapp.domain.moot_hearings import custody_over, moot
from caseapp.domain.reports import DossierDTO
from caseapp.domain.stays import held_there_now
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.docx_properties import stamp_properties
from caseapp.reports.letter_sandbox import LetterSandbox, filling_failed
from caseapp.reports.template_languages import TRANSLATED_INTO, in_every_language
from caseapp.reports.template_links import fetched_from_outside
from caseapp.reports.template_needs import needed_names
from caseapp.reports.template_titles import TITLES, letter_title
from caseapp.reports.texts import (
    format_date,
    format_number,
    format_partial,
    label,
    status_label,
    t,
)
from caseapp.resources import resource

LANGUAGES = ("en", "hy", "ru", "fr")

# name -> what it holds. Every value is text; dates are written in the letter's language.
PLACEHOLDERS: dict[str, str] = {
    "today": "today's date, in the letter's language",
    "captive_name": "the captive's name in the letter's script (Armenian for hy, Cyrillic for "
                    "ru, Latin otherwise)",
    "captive_name_latin": "the captive's name in Latin letters",
    "captive_name_native": "the captive's primary (native) name",
    "captive_names_all": "every spelling of the captive's name, separated by semicolons",
    "captive_names_other": "every spelling of the captive's name other than the one "
                           "captive_name gives, separated by semicolons (may be empty: show it "
                           "under {%tr if captive_names_other %})",
    "captive_names_other_than_latin": "every spelling of the captive's name other than the one "
                                      "captive_name_latin gives, separated by semicolons (may "
                                      "be empty, like captive_names_other)",
    "captive_birth_date": "date of birth (to the precision known)",
    "captive_birth_place": "place of birth",
    "captive_citizenship": "citizenship",
    "captive_category": "civilian, serviceman / prisoner of war, former official",
    "captive_status": "current status (missing, detained pre-trial, convicted…); a woman's "
                      "in the feminine where the language marks it (Russian «Осуждена»)",
    "captive_is_woman": "“yes” in the letter's language when the captive is recorded as a "
                        "woman, else empty: under {% if captive_is_woman %} a template says "
                        "her in the feminine (Russian «моей доверительницы»)",
    "capture_date": "date of capture (to the precision known)",
    "capture_place": "place of capture",
    "capturing_authority": "authority that captured or arrested the captive",
    "capture_circumstances": "circumstances of the capture",
    "days_in_custody": ("whole days in custody since the capture (since the first detention "
                        "order when the capture date is unknown), a release up to a re-arrest "
                        "not counted; counted from what the letter's level shows"),
    "detention_place": "current place of detention (facility)",
    "detention_address": "address for letters of the current place of detention",
    "case_number": "number(s) of the criminal case(s)",
    "investigating_body": "investigating body of the criminal case(s)",
    "court": "court of the criminal case(s)",
    "charges": "charges, article by article",
    "no_proceedings_known": "“yes” in the letter's language when the case file records no "
                            "criminal case of the captive, at any level, and the captive is "
                            "missing or held with no charge known; else empty: under "
                            "{%tr if not no_proceedings_known %} a template shows the case, the "
                            "court and the charges (asked for only then), else says none is known",
    "next_hearing": "date and time of the next hearing",
    "last_contact_date": "date of the last confirmed contact (proof of life)",
    "health": "health and treatment",
    "current_asks": "what is asked for the captive now",
    "key_facts": "key facts of the case",
    "echr_reference": "ECHR application number(s)",
    "wgad_reference": "reference(s) of the communication(s) to the UN WGAD",
    "respondent_state": "the State an application or communication is directed against "
                        "(not in the case file: give it with --set)",
    "recipient_name": "the addressee (contact, else organisation)",
    "salutation": "the greeting line in the letter's language: the contact by name, or the "
                  "organisation's staff when the letter is addressed to an organisation alone "
                  "(\"Dear Sir or Madam,\", \"Уважаемые господа!\")",
    "recipient_block": "the addressee's name, role, organisation and address, over several lines",
    "recipient_email": "the addressee's e-mail",
    "lawyer_name": "the lawyer's name, in Armenian letters for hy and Cyrillic for ru letters "
                   "when recorded (settings: CASEAPP_LAWYER_NAME, CASEAPP_LAWYER_NAME_HY, "
                   "CASEAPP_LAWYER_NAME_RU)",
    "lawyer_organisation": "the lawyer's firm or organisation (CASEAPP_LAWYER_ORGANISATION)",
    "lawyer_address": "the lawyer's postal address on one line (CASEAPP_LAWYER_ADDRESS)",
    "lawyer_bar_number": "the lawyer's bar registration number (CASEAPP_LAWYER_BAR_NUMBER)",
    "lawyer_phone": "the lawyer's phone (CASEAPP_LAWYER_PHONE)",
    "lawyer_email": "the lawyer's e-mail (CASEAPP_LAWYER_EMAIL)",
    "lawyer_city": "the city the lawyer signs in (CASEAPP_LAWYER_CITY)",
    "lawyer_block": "the lawyer's name, organisation, address, bar number, phone and e-mail, "
                    "over several lines",
}


@dataclass(frozen=True)
class LetterTemplate:
    key: str  # "icrc_request_hy"
    title: str
    language: str
    level: Sensitivity  # the case file is read at this level to fill the letter
    path: Path
    shipped: bool = True
    needs_publicity_consent: bool = False  # press statements: only with the captive's consent
    problem: str = ""  # why the lawyer's own template cannot be used ("" when it can), in the
    # language chosen when the templates were listed


def _shipped(key: str, lang: str, level: Sensitivity) -> tuple[str, str, str, Sensitivity]:
    """A shipped template's entry, its English title from :data:`TITLES` (with its language
    when not English: "… (Armenian)")."""
    title = TITLES[key.rsplit("_", 1)[0]].text
    return key, title if lang == "en" else f"{title} ({TRANSLATED_INTO[lang]})", lang, level


_SHIPPED = (
    _shipped("icrc_request_en", "en", Sensitivity.SHAREABLE),
    _shipped("icrc_request_hy", "hy", Sensitivity.SHAREABLE),
    _shipped("icrc_request_ru", "ru", Sensitivity.SHAREABLE),
    _shipped("echr_rule39_cover_en", "en", Sensitivity.SHAREABLE),
    _shipped("wgad_communication_en", "en", Sensitivity.SHAREABLE),
    _shipped("ombudsman_visit_medical_en", "en", Sensitivity.SHAREABLE),
    _shipped("ombudsman_visit_medical_hy", "hy", Sensitivity.SHAREABLE),
    _shipped("ombudsman_visit_medical_ru", "ru", Sensitivity.SHAREABLE),
    _shipped("embassy_brief_en", "en", Sensitivity.SHAREABLE),
    _shipped("power_of_attorney_en", "en", Sensitivity.INTERNAL),
    _shipped("press_statement_en", "en", Sensitivity.PUBLIC),
)


def shipped_templates_dir() -> Path:
    return resource("templates")


def user_templates_dir() -> Path:
    """The lawyer's own .docx templates: listed beside the shipped ones."""
    return user_config_path("CaseApp", appauthor=False) / "templates"


def shipped_templates() -> list[LetterTemplate]:
    return [LetterTemplate(key, title, lang, level, shipped_templates_dir() / f"{key}.docx",
                           needs_publicity_consent=key.startswith("press_statement"))
            for key, title, lang, level in in_every_language(_SHIPPED)]  # + NAME_hy, NAME_ru


def list_templates(user_dir: Path | None = None) -> list[LetterTemplate]:
    """Shipped templates and the lawyer's own (``NAME.docx``; a name ending in ``_hy``,
    ``_ru``, ``_fr`` or ``_en`` sets the language; read at the shareable level)."""
    found = {t.key: t for t in shipped_templates()}
    folder = user_templates_dir() if user_dir is None else user_dir
    if folder.is_dir():
        for path in sorted(folder.glob("*.docx")):
            if path.name.startswith("~$"):  # Word's lock file of an open document
                continue
            key = path.stem
            lang = key.rsplit("_", 1)[-1] if key.rsplit("_", 1)[-1] in LANGUAGES else "en"
            tpl = LetterTemplate(key, f"{key} (your template)", lang, Sensitivity.SHAREABLE,
                                 path, shipped=False,
                                 needs_publicity_consent=key.startswith("press_statement"))
            problem = template_problem(tpl)
            if problem:
                said = text_of(problem, "en")
                why = (msg("broken placeholder") if "broken placeholder" in said else
                       msg("fetches from outside") if "from outside the document" in said else
                       msg("not a readable .docx"))
                # in the run's language, as the list is printed (a script reads the JSON's
                # "problem"; "UNUSABLE" is the English list's word)
                tpl = replace(tpl, title=text_of(msg("UNUSABLE, {why}: {template}", why=why,
                                                     template=key)), problem=text_of(problem))
            found[key] = tpl
    return sorted(found.values(), key=lambda t: t.key)


def find_template(key: str, user_dir: Path | None = None) -> LetterTemplate:
    templates = {t.key: t for t in list_templates(user_dir)}
    if key in templates:
        if templates[key].problem:
            raise ValidationError(templates[key].problem, field="template")
        return templates[key]
    raise ValidationError(msg("There is no letter template “{key}”; “caseapp templates list” shows them ({keys}).",
                              key=key, keys=", ".join(sorted(templates))), field="template")




class MissingFields(CaseAppError):
    """The template uses fields that have no value: ask for them, then generate again."""

    def __init__(self, template: LetterTemplate, fields: tuple[str, ...]):
        self.template = template
        self.fields = fields
        super().__init__(msg("The letter “{key}” needs {fields}, which the case file does not give at the "
                             "{level} level.", key=template.key, fields=", ".join(fields),
                             level=LEVEL_NAMES[template.level]))

    def described(self) -> list[tuple[str, str]]:
        return [(f, PLACEHOLDERS.get(f, "a field of your own template")) for f in self.fields]


# What reading a file that is not a usable .docx raises: a text file renamed .docx, a
# truncated or damaged zip, a zip without a Word document, broken XML inside.
_UNREADABLE = (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile, zlib.error,
               OpcError, etree.LxmlError)


def _unreadable(template: LetterTemplate) -> ValidationError:
    return ValidationError(msg("The template {path} cannot be read as a Word document: it is not a .docx file, or it "
                               "is damaged. Save it again from Word or LibreOffice as .docx.",
                               path=template.path), field="template")


def _open_template(template: LetterTemplate) -> DocxTemplate:
    try:
        doc = DocxTemplate(str(template.path))
        doc.init_docx()  # reads the file now, not halfway through filling it
    except _UNREADABLE:
        raise _unreadable(template) from None
    return doc


class _KeepingTree(LetterSandbox):
    """The letters' sandbox (:mod:`~caseapp.reports.letter_sandbox`) keeping the tree of the
    last template it parsed."""

    tree: nodes.Template | None = None

    def parse(self, *args: object, **kwargs: object) -> nodes.Template:
        self.tree = super().parse(*args, **kwargs)  # type: ignore[arg-type]
        return self.tree


def _read_placeholders(template: LetterTemplate) -> tuple[set[str], nodes.Template]:
    """The names the template's body, headers and footers use, and the tree they are in."""
    try:
        content = Path(template.path).read_bytes()
    except OSError:
        raise _unreadable(template) from None
    names, tree = _placeholders_in(template, content)
    return set(names), tree


@lru_cache(maxsize=32)
def _placeholders_in(template: LetterTemplate, content: bytes
                     ) -> tuple[frozenset[str], nodes.Template]:
    """:func:`_read_placeholders` of the bytes read, kept: the letter dialog asks for a
    template's names at each choice and the letter again when it is made (about 50 ms a
    parse). A template the lawyer edits has other bytes and is parsed again; a broken one
    raises each time. The tree is only walked, never changed."""
    env = _KeepingTree()
    try:
        doc = DocxTemplate(io.BytesIO(content))
        doc.init_docx()
        fetched = fetched_from_outside(content)
        names = frozenset(doc.get_undeclared_template_variables(env))
    except (*_UNREADABLE, ElementTree.ParseError):
        raise _unreadable(template) from None
    except TemplateSyntaxError as exc:
        raise ValidationError(msg("The template {path} has a broken placeholder: {reason} (line {line}).",
                                  path=template.path, reason=(exc.message or "").rstrip("."),
                                  line=exc.lineno), field="template") from None
    if fetched:
        raise ValidationError(msg("The template {path} fetches {target} from outside the document when it is opened: "
                                  "whoever controls that address would learn when and where a letter "
                                  "made from it was opened. Put the picture or text in the document "
                                  "itself (Insert → Picture from a file) and save it again.",
                                  path=template.path, target=fetched[0]), field="template")
    assert env.tree is not None
    return names, env.tree


def used_placeholders(template: LetterTemplate) -> set[str]:
    """The names the template's body, headers and footers use."""
    return _read_placeholders(template)[0]


def required_placeholders(template: LetterTemplate,
                          context: Mapping[str, str] | None = None) -> set[str]:
    """The names the template shows whatever they hold: each needs a value. A name shown only
    under ``{% if name %}`` (``{%tr if name %}`` for a table row) may be empty: the template
    then leaves out what shows it. With ``context``, a name shown only in the branch of an
    ``{% if [not] NAME %}`` that its value does not take is not needed either (the case number
    of a captive with none known)."""
    used, tree = _read_placeholders(template)
    return needed_names(tree, used, context)


def template_problem(template: LetterTemplate) -> str | Message:
    """Why the template cannot be used (one line), or "" when it can."""
    try:
        used_placeholders(template)
    except ValidationError as exc:
        return exc.message
    return ""


def missing_fields(template: LetterTemplate, context: Mapping[str, str]) -> tuple[str, ...]:
    """Fields the template needs (:func:`required_placeholders`) that are absent, empty or
    show nothing (:func:`~caseapp.domain.clean_text.blank`: a zero-width space pasted alone)
    in ``context``, sorted."""
    return tuple(sorted(n for n in required_placeholders(template, context)
                        if blank(str(context.get(n) or ""))))


_LEFTOVER = re.compile(r"\{\{|\{%|\}\}|%\}")


def render_letter(template: LetterTemplate, context: Mapping[str, str]) -> bytes:
    """The filled .docx. Raises :class:`MissingFields` if a used field has no value.

    Values are text: braces, ``{% %}``, ``${x}`` or HTML in a captive's data are printed as
    they are. Only the template itself is checked for placeholders that filling it leaves
    behind (split across runs or misspelt)."""
    missing = missing_fields(template, context)
    if missing:
        raise MissingFields(template, missing)
    leftover = _template_leftover(template)
    if leftover:
        raise ValidationError(msg("The template {name} still has “{leftover}” after filling it in: a placeholder is "
                                  "split or misspelt.", name=template.path.name, leftover=leftover),
                              field="template")
    return _fill(template, context, stamp=True)


def _fill(template: LetterTemplate, context: Mapping[str, str], *, stamp: bool = False) -> bytes:
    doc = _open_template(template)
    try:
        # a value that shows nothing is none: "{% if name %}" leaves out what shows it
        doc.render({name: "" if blank(value) else contained(value)
                    for name, value in context.items()},
                   jinja_env=LetterSandbox(autoescape=True))
    except Exception as exc:  # noqa: BLE001 - the template's expressions are its author's code
        raise filling_failed(template.path, exc) from None
    if stamp:
        _stamp_properties(doc, template, context)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _stamp_properties(doc: DocxTemplate, template: LetterTemplate,
                      context: Mapping[str, str]) -> None:
    """The letter's file properties: what it is and about whom, who wrote it and when (not
    the template's, nor python-docx's 2013 defaults)."""
    about = str(context.get("captive_name") or context.get("captive_name_latin") or "")
    lang = template.language  # the letter's, the captive in its script (not the window's)
    stamp_properties(doc.docx.core_properties, title=letter_title(template, about, lang),
                     subject=letter_title(template, "", lang),
                     author=str(context.get("lawyer_name") or "CaseApp"))


def _template_leftover(template: LetterTemplate) -> str:
    """Placeholder syntax left after filling the template with neutral values: a fault of
    the template, never of the data."""
    neutral = {name: "x" for name in used_placeholders(template)}
    return _leftover_text(_fill(template, neutral))


def _leftover_text(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                plain = re.sub(r"<[^>]+>", "", z.read(name).decode("utf-8"))
                m = _LEFTOVER.search(plain)
                if m:
                    return plain[max(0, m.start() - 20): m.end() + 20].strip()
    return ""


def write_letter(template: LetterTemplate, context: Mapping[str, str], out_path: Path | str
                 ) -> int:
    data = render_letter(template, context)
    atomic_write_bytes(out_path, data)
    return len(data)


# ---- the values ---------------------------------------------------------------------------------

def _name_in(dossier: DossierDTO, lang: str) -> str:
    """Armenian for hy and Cyrillic for ru letters when recorded; otherwise the one Latin
    headline name (:func:`caseapp.domain.name_display.latin_display_name`)."""
    c = dossier.captive
    script = {"hy": Script.ARMENIAN, "ru": Script.CYRILLIC}.get(lang)
    for n in c.names:
        if script is not None and n.script is script and n.kind is not NameKind.ALIAS:
            return n.full_name
    return c.latin_name or c.primary_name


def _spellings_other_than(dossier: DossierDTO, shown: str) -> str:
    """The captive's recorded spellings other than ``shown`` (and each only once)."""
    def key(name: str) -> str:
        return " ".join(name.split()).casefold()

    seen = {key(shown)}
    others = []
    for n in dossier.captive.names:
        if n.full_name.strip() and key(n.full_name) not in seen:
            seen.add(key(n.full_name))
            others.append(n.full_name.strip())
    return "; ".join(others)


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def salutation(lang: str, *, person: str, organisation: str) -> str:
    """The letter's greeting: a person by name; an organisation alone is greeted as its staff
    (a ministry cannot be "Уважаемый(-ая)"); "" with no addressee, so that the letter asks
    for one (also for a name or an organisation that shows nothing: "Dear ," asks nothing)."""
    if not blank(person):
        return t("salutation_person", lang, name=person.strip())
    return t("salutation_organisation", lang) if not blank(organisation) else ""


def letter_context(dossier: DossierDTO, *, lang: str, lawyer: LawyerProfile, today: date,
                   recipient: ContactDTO | None = None,
                   organisation: OrganisationDTO | None = None,
                   no_proceedings: bool = False) -> dict[str, str]:
    """The values of :data:`PLACEHOLDERS` for one captive, from a dossier built at the
    template's level (so nothing above it can reach the letter). ``no_proceedings``: the whole
    case file knows of no criminal case of the captive (``no_proceedings_known``)."""
    c = dossier.captive
    open_places = [p for p in dossier.detention_places if p.to_date is None]
    # the current place: none once custody is over, even with a stay left open
    place = open_places[-1] if open_places and held_there_now(c.status) else None
    ps = dossier.prosecutions

    def joined(values: list[str]) -> str:
        return "; ".join(dict.fromkeys(v for v in values if v))

    charges = []
    for p in ps:
        for ch in p.charges:
            art = t("article", lang, a=ch.article + (f"({ch.part})" if ch.part else ""))
            charges.append(" ".join(x for x in (ch.code, art) if x)
                           + (f" ({ch.title})" if ch.title else ""))
    over = custody_over(c.status, c.status_since)  # a custody hearing after it is moot
    upcoming = [h for h in dossier.hearings if hearing_ahead(h.starts_at, today)
                and not moot(h.kind, h.starts_at.date(), over, state=h.state)]
    next_hearing = ""
    if upcoming:
        h = upcoming[0]
        next_hearing = f"{format_date(h.starts_at, lang)}, {format_time_zone(h.starts_at)}"
    filings = dossier.international_proceedings
    org = organisation
    recipient_name = recipient.name if recipient else org.name if org else ""
    return {
        "today": format_date(today, lang),
        "captive_name": _name_in(dossier, lang),
        "captive_name_latin": c.latin_name,
        "captive_name_native": c.primary_name,
        "captive_names_all": "; ".join(n.full_name for n in c.names),
        "captive_names_other": _spellings_other_than(dossier, _name_in(dossier, lang)),
        "captive_names_other_than_latin": _spellings_other_than(dossier, c.latin_name),
        "captive_birth_date": format_partial(c.birth, lang),
        "captive_birth_place": c.birth_place,
        "captive_citizenship": c.citizenship,
        "captive_category": label(c.category, lang) if c.category else "",
        "captive_status": status_label(c.status, lang, c.sex) if c.status else "",
        "captive_is_woman": msg("yes").render(lang) if c.sex is Sex.FEMALE else "",
        "capture_date": format_partial(c.capture, lang),
        "capture_place": c.capture_place,
        "capturing_authority": c.capturing_authority,
        "capture_circumstances": c.capture_circumstances,
        "days_in_custody": ("" if c.days_in_custody is None
                            else format_number(c.days_in_custody, lang)),
        "detention_place": place.facility if place else "",
        "detention_address": place.address if place else "",
        "case_number": joined([p.case_number for p in ps]),
        "investigating_body": joined([p.investigating_body for p in ps]),
        "court": joined([p.court for p in ps]),
        "charges": "; ".join(charges),
        "no_proceedings_known": msg("yes").render(lang) if no_proceedings and not ps else "",
        "next_hearing": next_hearing,
        "last_contact_date": format_date(dossier.last_contact, lang),
        "health": c.health,
        "current_asks": c.current_asks,
        "key_facts": c.summary,
        "echr_reference": joined([f.reference for f in filings if f.body.value == "echr"]),
        "wgad_reference": joined([f.reference for f in filings if f.body.value == "wgad"]),
        "respondent_state": "",
        "recipient_name": recipient_name,
        "salutation": salutation(lang, person=recipient.name if recipient else "",
                                 organisation=org.name if org else ""),
        "recipient_block": _lines(
            recipient.name + (f", {recipient.role}" if recipient.role else "") if recipient else "",
            org.name if org else "",
            (recipient.address if recipient and recipient.address else org.address if org else "")),
        "recipient_email": (recipient.email if recipient and recipient.email
                            else org.email if org else ""),
        "lawyer_name": lawyer.name_for(lang),
        "lawyer_organisation": lawyer.organisation,
        "lawyer_address": ", ".join(x.strip() for x in lawyer.address.splitlines() if x.strip()),
        "lawyer_bar_number": lawyer.bar_number,
        "lawyer_phone": lawyer.phone,
        "lawyer_email": lawyer.email,
        "lawyer_city": lawyer.city,
        "lawyer_block": _lines(lawyer.name_for(lang), lawyer.organisation, lawyer.address,
                               t("bar_no", lang, n=lawyer.bar_number) if lawyer.bar_number else "",
                               " · ".join(x for x in (lawyer.phone, lawyer.email) if x)),
    }
