"""A record dialog's level chooser kept at the level the record would get if nobody chose
one (:func:`caseapp.domain.redaction.default_level`, the rule every way in follows), as the
lawyer types: a note, a request or a response typed into a new record turns its level to
internal before she saves, where she sees it and can choose otherwise. Once she chooses a
level herself it is hers and is no longer moved. In an edit the level is only ever raised,
and only when the record had none of that free text when the dialog opened (a level she
chose for a record with a note is kept)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import FREE_TEXT_FIELDS, default_level, holds_free_text
from caseapp.ui.dialogs.record_dialog import RecordDialog, when_edited
from caseapp.ui.session import UiContext


def _as_level(value: Any) -> Sensitivity | None:
    try:
        return Sensitivity(str(value)) if value is not None else None
    except ValueError:
        return None


def level_follows_free_text(dialog: RecordDialog, ui: UiContext, kind: str, *,
                            parents: Iterable[Sensitivity | str | None] = (),
                            field: str = "sensitivity", edit: bool = False) -> RecordDialog:
    """Keep ``dialog``'s level chooser (``field``) at the default level of a record of table
    ``kind`` with the values typed (see the module docstring); ``parents`` are the levels of
    the captives it names. Never above the login's clearance (which the chooser refuses)."""
    chooser = dialog.widgets.get(field)
    if chooser is None:
        return dialog
    watched = [n for n in (*FREE_TEXT_FIELDS.get(kind, ()), "kind") if n in dialog.widgets]
    # A record that had its text when opened: the level she has for it and its text stays
    # hers, whatever she types (an organisation found to be the family is still raised).
    ignore_text = edit and holds_free_text(kind, dialog.initial)
    cf = ui.case_file
    setting = cf.settings.current().default_level
    clearance = cf.login.clearance if cf.login.restricted else None
    parents = tuple(parents)
    shown = [_as_level(chooser.value())]  # type: ignore[attr-defined]  # the level last set here

    def follow() -> None:
        now = _as_level(chooser.value())  # type: ignore[attr-defined]
        if now != shown[0]:  # chosen by hand: hers
            return
        values = dialog.values()
        if ignore_text:
            values = {**values, **dict.fromkeys(FREE_TEXT_FIELDS.get(kind, ()), "")}
        wanted = default_level(kind, values, setting=setting, parents=parents)
        if clearance is not None and not clearance.allows(wanted):
            wanted = clearance
        if edit and now is not None and now.allows(wanted):
            return  # an edit never lowers what the record has
        shown[0] = wanted
        chooser.set_value(wanted)  # type: ignore[attr-defined]

    for name in watched:
        when_edited(dialog.widgets[name], follow)
    return dialog
