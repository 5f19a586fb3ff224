"""The Contacts view's dialogs: add or edit an organisation (its level following its kind
and notes until the lawyer chooses one) and a person of the directory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.domain.enums import OrganisationKind, Sensitivity
from caseapp.domain.redaction import default_level
from caseapp.ui.dialogs.clearance_levels import limit_levels
from caseapp.ui.dialogs.level_follows import level_follows_free_text
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.session import UiContext
from caseapp.ui.views.record_actions import edit_dialog

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def organisation_dialog(ui: UiContext, organisation: OrganisationDTO | None = None,
                        parent: QWidget | None = None) -> RecordDialog:
    fields = [
        Field("name", translate("ContactsView", "Name"), required=True),
        Field("kind", translate("ContactsView", "Kind"), "enum", enum=OrganisationKind),
        Field("country", translate("ContactsView", "Country")),
        Field("email", translate("ContactsView", "Email")),
        Field("phone", translate("ContactsView", "Phone")),
        Field("website", translate("ContactsView", "Website")),
        Field("address", translate("ContactsView", "Postal address"), "multiline"),
        Field("notes", translate("ContactsView", "Notes"), "multiline"),
        Field("sensitivity", translate("ContactsView", "Sensitivity"), "enum", enum=Sensitivity,
              help=translate("ContactsView", "Who may see this organisation when a letter or dossier is printed")),
    ]
    level = ui.case_file.settings.current().default_level  # the case file's, for facts
    values = ({"sensitivity": default_level("organisations", setting=level)} if organisation is None
              else {f.name: getattr(organisation, f.name) for f in fields})
    title = (translate("ContactsView", "Edit organisation") if organisation
             else translate("ContactsView", "Add organisation"))
    dialog = edit_dialog(ui, title=title, fields=fields, service="organisations",
                         noun=translate("ContactsView", "organisation"), values=values, parent=parent,
                         record_id=organisation.id if organisation else None)
    dialog.setObjectName("organisation_dialog")
    limit_levels(dialog, ui)  # below internal clearance: only levels it may save
    level_follows_free_text(dialog, ui, "organisations", edit=organisation is not None)
    return dialog


def contact_dialog(ui: UiContext, organisations: list[tuple[str, int]],
                   contact: ContactDTO | None = None, *, organisation_id: int | None = None,
                   parent: QWidget | None = None) -> RecordDialog:
    fields = [
        Field("name", translate("ContactsView", "Name"), required=True),
        Field("organisation_id", translate("ContactsView", "Organisation"), "ref", choices=organisations),
        Field("role", translate("ContactsView", "Role")),
        Field("language", translate("ContactsView", "Language"), "language"),
        Field("email", translate("ContactsView", "Email")),
        Field("phone", translate("ContactsView", "Phone")),
        Field("address", translate("ContactsView", "Postal address"), "multiline"),
        Field("notes", translate("ContactsView", "Notes"), "multiline"),
    ]
    if contact is None:
        values: dict[str, Any] | None = {"organisation_id": organisation_id or None}
    else:
        values = {f.name: getattr(contact, f.name) for f in fields}
    title = translate("ContactsView", "Edit person") if contact else translate("ContactsView", "Add person")
    dialog = edit_dialog(ui, title=title,
                         fields=fields, service="contacts", noun=translate("ContactsView", "contact"),
                         record_id=contact.id if contact else None, values=values, parent=parent)
    dialog.setObjectName("contact_dialog")
    return dialog


__all__ = ["contact_dialog", "organisation_dialog"]
