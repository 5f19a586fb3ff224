"""Letter templates (docxtpl): the shipped ones and the lawyer's own, found by name, and what
each one's fields are.

Templates are ordinary .docx files with ``{{ placeholder }}`` fields, so a lawyer can edit
them in Word or LibreOffice. CaseApp ships the ones in :func:`shipped_templates` (made by
``tools/make_templates.py``); the lawyer's own go into :func:`user_templates_dir` and are
listed beside them (one with the same name replaces the shipped one). A template that cannot
be used (not a readable .docx, a broken placeholder, a picture fetched from outside) is
listed with why (:func:`template_problem`). Filling one is :mod:`caseapp.reports.letters`.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from docx.opc.exceptions import OpcError
from docx.oxml import parse_xml
from docxtpl import DocxTemplate
from jinja2 import Environment, TemplateSyntaxError, meta, nodes
from lxml import etree
from platformdirs import user_config_path

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg, text_of
from caseapp.reports.letter_sandbox import LetterSandbox
from caseapp.reports.template_languages import TRANSLATED_INTO, in_every_language
from caseapp.reports.template_links import fetched_from_outside
from caseapp.reports.template_needs import needed_names
from caseapp.reports.template_titles import TITLES
from caseapp.resources import resource

LANGUAGES = ("en", "hy", "ru", "fr")


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


# What reading a file that is not a usable .docx raises: a text file renamed .docx, a
# truncated or damaged zip, a zip without a Word document, broken XML inside.
_UNREADABLE = (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile, zlib.error,
               OpcError, etree.LxmlError)


def _unreadable(template: LetterTemplate) -> ValidationError:
    return ValidationError(msg("The template {path} cannot be read as a Word document: it is not a .docx file, or it "
                               "is damaged. Save it again from Word or LibreOffice as .docx.",
                               path=template.path), field="template")


_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


class _LetterDocx(DocxTemplate):
    """docxtpl's template, its file properties (File › Properties: title, comments…) left
    unfilled: they are not the letter's text, whose placeholders alone are asked for, and
    the letter's own are stamped once it is filled (:mod:`caseapp.reports.letters`)."""

    def render_properties(self, context: dict[str, Any], jinja_env: Environment | None = None
                          ) -> None:
        return None

    def render_footnotes(self, context: dict[str, Any], jinja_env: Environment | None = None
                         ) -> None:
        """The footnotes and the endnotes filled, each once (docxtpl's own fills the
        footnotes again for each section of the document: a value holding "{{ … }}" was then
        read as a placeholder on the second pass)."""
        for part in self.docx.part.package.parts:
            if part.content_type in (_FOOTNOTES, _ENDNOTES):
                xml = self.patch_xml(part.blob.decode("utf-8"))
                part._blob = self.render_xml_part(xml, part, context, jinja_env).encode("utf-8")


def open_template(template: LetterTemplate) -> DocxTemplate:
    """The template read as a docxtpl document, to fill; raises :class:`ValidationError` when
    it is not a usable .docx."""
    try:
        doc = _LetterDocx(str(template.path))
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
    """The names the template's body, headers, footers and footnotes use, and the tree they
    are in."""
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
        names = frozenset(meta.find_undeclared_variables(env.parse(_filled_xml(doc))))
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




def _filled_xml(doc: DocxTemplate) -> str:
    """The XML of every part that filling ``doc`` in renders (body, headers, footers,
    footnotes and endnotes), with Word's runs inside placeholders joined as docxtpl joins them: docxtpl's
    own list of a template's names leaves the footnotes out, whose placeholders would then
    be filled with nothing, unasked."""
    parts = [doc.docx._element.body]
    for rel in doc.docx._part.rels.values():
        if rel.reltype in (doc.HEADER_URI, doc.FOOTER_URI) and rel.target_part.blob:
            parts.append(parse_xml(rel.target_part.blob))
    parts += [parse_xml(part.blob) for part in doc.docx.part.package.parts
              if part.content_type in (_FOOTNOTES, _ENDNOTES)]
    return "".join(doc.patch_xml(doc.xml_to_string(p)) for p in parts)


def used_placeholders(template: LetterTemplate) -> set[str]:
    """The names the template's body, headers, footers, footnotes and endnotes use."""
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


def template_problem(template: LetterTemplate, content: bytes | None = None) -> str | Message:
    """Why the template cannot be used (one line), or "" when it can; with ``content``, of
    those bytes (a file about to be added, named as the template's path)."""
    try:
        if content is None:
            used_placeholders(template)
        else:
            _placeholders_in(template, content)
    except ValidationError as exc:
        return exc.message
    return ""
