"""Whom a letter is addressed to: the organisation and the person chosen in the letter dialog.

The two boxes are filled off the UI thread from the case file's organisations and contacts,
each person shown with their role and organisation. Choosing an organisation narrows the
people to its own (all of them without one); choosing a person puts their organisation in
its box. :class:`~caseapp.ui.dialogs.letter_dialog.LetterDialog` places the boxes and reads
the letter's fields again on :attr:`Addressees.changed`.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.ui.session import UiContext
from caseapp.ui.widgets.fields import RefCombo


def fetch_addressees(cf: Any) -> dict[str, Any]:
    """Contacts and organisations to address the letter to (runs off the UI thread)."""
    organisations = sorted(cf.organisations.list(), key=lambda o: o.name.casefold())
    contacts = sorted(cf.contacts.list(), key=lambda c: c.name.casefold())
    return {"contacts": contacts, "organisations": organisations}


class Addressees(QObject):
    """The organisation and person boxes of a letter (disabled until they are filled)."""

    changed = Signal()  # the addressees were filled in, or the user chose another
    failed = Signal(object)  # the case file could not be read

    def __init__(self, ui: UiContext, parent: QWidget):
        super().__init__(parent)
        self.contact_orgs: dict[int, int | None] = {}
        self.organisation = RefCombo([], parent)
        self.organisation.setObjectName("letter_organisation")
        self.contact = RefCombo([], parent)
        self.contact.setObjectName("letter_contact")
        for combo in (self.organisation, self.contact):
            combo.setEnabled(False)
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.currentIndexChanged.connect(lambda _i: self._organisation_changed())
        self.contact.currentIndexChanged.connect(lambda _i: self._contact_changed())
        self._ui = ui

    def fetch(self) -> None:
        """Fill the boxes from the case file (off the UI thread)."""
        cf = self._ui.case_file
        self._ui.runner.submit(lambda: fetch_addressees(cf), self._fill, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(exc)

    def _fill(self, found: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        names = {o.id: o.name for o in found["organisations"]}
        self.contact_orgs = {c.id: c.organisation_id for c in found["contacts"]}
        people = []
        for c in found["contacts"]:
            parts = [p for p in (c.role, names.get(c.organisation_id or -1, "")) if p]
            people.append((f"{c.name} — {', '.join(parts)}" if parts else c.name, c.id))
        for combo, choices in ((self.organisation, [(o.name, o.id) for o in
                                                    found["organisations"]]),
                               (self.contact, people)):
            combo.blockSignals(True)
            combo.set_choices(choices)
            combo.blockSignals(False)
            combo.setEnabled(True)
        self.changed.emit()

    def _organisation_changed(self) -> None:
        """The person list narrows to the organisation's people (all without one)."""
        org_id = self.organisation.value()
        self.contact.narrow(None if org_id is None else
                            {cid for cid, oid in self.contact_orgs.items() if oid == org_id})
        self.changed.emit()

    def _contact_changed(self) -> None:
        contact_id = self.contact.value()
        org_id = self.contact_orgs.get(contact_id) if contact_id is not None else None
        if org_id is not None and self.organisation.value() != org_id:
            self.organisation.blockSignals(True)  # the person's own, which may be changed
            self.organisation.set_value(org_id)
            self.organisation.blockSignals(False)
            self.contact.narrow({cid for cid, oid in self.contact_orgs.items() if oid == org_id})
        self.changed.emit()
