"""What declaring a kind of record takes: the :class:`Kind` itself, the :class:`Env` its
field lists and defaults are built from, the "CaptiveDialogs" translation context their labels
are source texts of, the sensitivity field and the level a new record starts at.

The kinds themselves are declared in :mod:`caseapp.ui.dialogs.record_kinds` (and
:mod:`~caseapp.ui.dialogs.captive_kinds`, :mod:`~caseapp.ui.dialogs.filing_kinds`);
:mod:`caseapp.ui.dialogs.captive_dialogs` turns a kind into dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.dto import CaptiveFileDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import default_level
from caseapp.ui.dialogs.record_dialog import Field
from caseapp.ui.session import UiContext
from caseapp.ui.tr_marks import TranslationContext

CTX = "CaptiveDialogs"


class CaptiveDialogs(TranslationContext):
    """The translation context of these dialogs: ``CaptiveDialogs.tr("…")`` is what
    ``pyside6-lupdate`` finds. Field lists are built when a dialog opens, so their labels
    are translated right there."""


def tr(text: str) -> str:
    """A source text held in a variable (marked with QT_TRANSLATE_NOOP("CaptiveDialogs", …))."""
    return QCoreApplication.translate(CTX, text) if text else ""


@dataclass
class Env:
    """What a dialog may offer as choices: the captive's loaded file, if any."""

    ui: UiContext
    captive_id: int | None = None
    file: CaptiveFileDTO | None = None


@dataclass(frozen=True)
class Kind:
    key: str
    service: str  # attribute of CaseFile
    add_title: str  # source texts, translated when shown
    edit_title: str
    fields: Callable[[Env], list[Field]]
    describe: Callable[[Any], str]
    defaults: Callable[[Env], dict[str, Any]] = lambda env: {}
    values: Callable[[Any], dict[str, Any]] | None = None  # a record as dialog values
    prepare: Callable[[dict[str, Any]], dict[str, Any]] = lambda v: v  # dialog -> service
    owner: str | None = "captive_id"  # set on create from the captive shown
    linked: tuple[frozenset[str], ...] = ()  # saved together when one of them changes
    shrink: tuple[str, ...] = field(default_factory=tuple)  # multiline fields kept short
    levelled: tuple[str, ...] = ()  # a captive's fields with their level chooser beside them


def sensitivity_field() -> Field:
    return Field("sensitivity", CaptiveDialogs.tr("Sensitivity"), "enum", enum=Sensitivity,
                 help=CaptiveDialogs.tr("Who may see this record when a dossier is printed"))


def level_placeholder(env: Env) -> dict[str, Any]:
    """A placeholder level; :func:`default_values` puts the kind's default in its place."""
    return {"sensitivity": Sensitivity.INTERNAL}


def default_values(kind: Kind, env: Env) -> dict[str, Any]:
    """A new record's values: the kind's defaults, with the level a new record of that kind
    gets (:func:`caseapp.domain.redaction.default_level`: facts of the case at the case
    file's level, notes, identity documents and contacts internal, never below the level of
    the captive whose file it is added to)."""
    values = kind.defaults(env)
    if "sensitivity" in values:
        # The case file's level for facts, when the dialog is for an open case file.
        setting = env.ui.case_file.settings.current().default_level if env is not None else None
        values["sensitivity"] = default_level(kind.key, setting=setting,
                                              parents=captive_levels(env))
    return values


def captive_levels(env: Env | None) -> tuple[Sensitivity, ...]:
    """The level of the captive whose file a dialog is for (none outside a captive's file)."""
    if env is None or env.file is None:
        return ()
    return (env.file.captive.sensitivity,)
