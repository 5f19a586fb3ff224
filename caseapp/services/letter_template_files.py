"""The lawyer's own letter templates as files: adding one to her templates folder (checked
first, so that a template that cannot be used is refused with why and never lands among her
letters) and removing one. The window's Letter Templates dialog and ``caseapp templates add``
and ``remove`` both call these. Listing and filling templates is
:mod:`caseapp.reports.letter_templates`."""

from __future__ import annotations

import os
from pathlib import Path

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.domain.messages import msg
from caseapp.fileio import atomic_path
from caseapp.reports.letter_templates import (
    LetterTemplate,
    list_templates,
    shipped_templates,
    template_problem,
    user_templates_dir,
)
from caseapp.write_errors import os_reason


def _folder(user_dir: Path | None) -> Path:
    return user_templates_dir() if user_dir is None else user_dir


def add_template(source: Path | str, *, replace: bool = False,
                 user_dir: Path | None = None) -> LetterTemplate:
    """Copy the .docx ``source`` into the templates folder under its own name, once its bytes
    have been checked as a template (the bytes checked are the bytes kept). Raises
    :class:`ValidationError` when it is not a usable template (nothing is added), and
    :class:`ConflictError` when a template of hers has that name and ``replace`` is false
    (hers is kept as it was)."""
    source = Path(source)
    if source.suffix.lower() != ".docx" or source.name.startswith("~$"):
        raise ValidationError(msg("{path} is not a Word document (.docx): open it in Word or LibreOffice and "
                                  "save it as .docx, then add that file.", path=source),
                              field="template")
    if source.exists() and not source.is_file():  # a folder, or a pipe that would never end
        raise ValidationError(msg("{path} is not a file: give the Word document's own path.", path=source),
                              field="template")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ValidationError(msg("{path} cannot be read: {reason}.", path=source,
                                  reason=os_reason(exc)), field="template") from None
    folder = _folder(user_dir)
    key = source.stem
    target = folder / f"{key}.docx"
    problem = template_problem(LetterTemplate(key, key, "en", Sensitivity.SHAREABLE, source,
                                              shipped=False), data)
    if problem:
        raise ValidationError(problem, field="template")
    taken = ConflictError(msg("You already have a template “{key}”: it was kept as it was. Replace it, or "
                              "rename the new file first.", key=key))
    try:
        with atomic_path(target, overwrite=replace) as tmp:
            tmp.write_bytes(data)
    except FileExistsError:  # hers of that name, kept
        raise taken from None
    except OSError as exc:
        raise ValidationError(msg("The template could not be added to {folder}: {reason}. Nothing was added.",
                                  folder=folder, reason=os_reason(exc)),
                              field="template") from None
    return {t.key: t for t in list_templates(folder)}[key]


def remove_template(key: str, *, user_dir: Path | None = None) -> Path:
    """Delete the lawyer's own template ``key`` from her templates folder; the path it had.
    A shipped template cannot be removed (one of hers of the same name can, and the shipped
    one is offered again)."""
    folder = _folder(user_dir)
    # only a template listed as hers: never a path ("../x") outside her folder
    mine = {t.key: t.path for t in list_templates(folder) if not t.shipped}
    if key not in mine:
        if any(t.key == key for t in shipped_templates()):
            raise ValidationError(msg("“{key}” comes with CaseApp and cannot be removed.", key=key),
                                  field="template")
        raise NotFound(msg("You have no template “{key}” in {folder}.", key=key, folder=folder))
    target = mine[key]
    try:
        os.remove(target)
    except OSError as exc:
        raise ValidationError(msg("The template {path} could not be removed: {reason}.", path=target,
                                  reason=os_reason(exc)), field="template") from None
    return target
