"""Letters from Word templates (docxtpl): a template (:mod:`caseapp.reports.letter_templates`)
filled with the values of :mod:`caseapp.reports.letter_values`.

Before anything is written, the fields the template uses are compared with the values at
hand: every one must have a non-empty value, else :class:`MissingFields` names them, so the
caller asks the user (``--set NAME=VALUE`` on the command line). A letter never comes out
with an empty hole or a raw ``{{ placeholder }}``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined

from caseapp.domain.clean_text import blank, contained
from caseapp.domain.errors import CaseAppError, ValidationError
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.messages import msg
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.docx_properties import stamp_properties
from caseapp.reports.letter_sandbox import LetterSandbox, filling_failed
from caseapp.reports.letter_templates import (
    LetterTemplate,
    open_template,
    required_placeholders,
    used_placeholders,
)
from caseapp.reports.letter_values import PLACEHOLDERS
from caseapp.reports.template_titles import letter_title


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
    doc = open_template(template)
    # a field the template shows only under "{% if name %}" may be given no value: it is none
    values = dict.fromkeys(used_placeholders(template), "")
    # a value that shows nothing is none: "{% if name %}" leaves out what shows it
    values.update({name: "" if blank(value) else contained(value)
                   for name, value in context.items()})
    try:
        # strict: an expression asking a value for what it has not ("{{ name.surname }}",
        # Python's internals the sandbox refuses) fails, rather than printing nothing
        doc.render(values, jinja_env=LetterSandbox(autoescape=True, undefined=StrictUndefined))
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
