"""The dialog that adds or edits a hearing from the hearings view: the day and hour in the
court's time zone, the co-defendants found by name in any script, what became of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseapp.domain.dto import HearingDTO
from caseapp.domain.enums import HearingKind, HearingState
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog, zone_of
from caseapp.ui.session import UiContext
from caseapp.ui.views.record_actions import edit_dialog
from caseapp.ui.widgets.captive_picker import CaptiveSource

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def hearing_fields(captives: CaptiveSource | None) -> list[Field]:
    """The hearing dialog's fields; ``captives`` is where the Defendants picker searches."""
    return [
        Field("starts_at", translate("HearingsView", "Date and time"), "datetime", required=True,
              help=translate("HearingsView", "As the court gives it, in the court's time zone")),
        Field("timezone", translate("HearingsView", "Court's time zone"), "timezone", required=True),
        Field("kind", translate("HearingsView", "Kind"), "enum", enum=HearingKind),
        Field("court", translate("HearingsView", "Court")),
        Field("judge", translate("HearingsView", "Judge")),
        Field("captive_ids", translate("HearingsView", "Defendants"), "captives", source=captives, required=True,
              help=translate("HearingsView", "Type part of each co-defendant's name, in any script"),
              aliases=("captives",)),
        Field("state", translate("HearingsView", "State"), "enum", enum=HearingState,
              help=translate("HearingsView", "Adjourned or cancelled: the hearing is no longer "
                             "the next one, nor reminded of")),
        Field("outcome", translate("HearingsView", "Outcome"), "multiline"),
        Field("next_date", translate("HearingsView", "Next date"), "date"),
        Field("notes", translate("HearingsView", "Notes"), "multiline"),
    ]


def hearing_dialog(ui: UiContext, hearing: HearingDTO | None = None, *, day: date | None = None,
                   zone: str | None = None, suggested: Sequence[int] = (),
                   prefill: dict[str, Any] | None = None,
                   parent: QWidget | None = None) -> RecordDialog:
    """The add (``hearing`` None) or edit dialog of a hearing; saving records undo. The
    defendants are found by name as the user types (never a list of every captive);
    ``suggested`` captives are offered before anything is typed; a new hearing starts with
    ``prefill`` (the hearing an adjourned one continues at)."""
    if hearing is None:
        values: dict[str, Any] = {"starts_at": datetime.combine(day or ui.today(), time(10, 0))}
        if zone:
            values["timezone"] = zone
        values.update(prefill or {})
        title = translate("HearingsView", "Add hearing")
    else:
        values = {f.name: getattr(hearing, f.name) for f in hearing_fields(None)}
        values["timezone"] = hearing.timezone or zone_of(hearing.starts_at)
        values["captive_ids"] = list(hearing.captive_ids)
        title = translate("HearingsView", "Edit hearing")
    offered = [*(hearing.captive_ids if hearing else ()), *suggested,
               *(prefill or {}).get("captive_ids", ())]
    dialog = edit_dialog(ui, title=title, fields=hearing_fields(CaptiveSource(ui, suggested=offered)),
                         service="hearings", noun=translate("HearingsView", "hearing"),
                         record_id=hearing.id if hearing else None, values=values,
                         linked=(("starts_at", "timezone"),), parent=parent)
    dialog.setObjectName("hearing_dialog")
    return dialog
