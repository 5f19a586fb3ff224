"""The Contacts view's writes: adding, editing and deleting the directory's organisations
and people, each through its dialog (:mod:`caseapp.ui.views.contact_dialogs`) or after a
question that says what a deletion leaves behind (people without an organisation, the
interventions addressed to it alone), and a line in the status bar once done.

A mixin of :class:`~caseapp.ui.views.contacts.ContactsView`: it uses the view's selection
and the organisations it offers a person; its texts keep the view's translation context, "ContactsView"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.i18n import plural
from caseapp.ui.views.base import ViewMixedInto
from caseapp.ui.views.contact_dialogs import contact_dialog, organisation_dialog
from caseapp.ui.views.formatters import fill, number
from caseapp.ui.views.record_actions import delete_record, run_dialog
from caseapp.ui.views.tables import current_record

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call

NO_ORGANISATION = 0  # the id of the pseudo-organisation that gathers people without one




class ContactWrites(ViewMixedInto):
    """The directory's buttons' slots (see the module docstring)."""

    if TYPE_CHECKING:  # provided by the view
        _people_by_org: dict[int, list[ContactDTO]]
        people: QTableView

        def current_organisation(self) -> OrganisationDTO | None: ...

        def _org_choices(self) -> list[tuple[str, int]]: ...

    def _run(self, dialog: RecordDialog, done: str) -> None:
        if run_dialog(dialog) is not None:
            self.message.emit(done)

    def add_organisation(self) -> None:
        self._run(organisation_dialog(self.ui, parent=self), translate("ContactsView", "Organisation added."))

    def edit_organisation(self) -> None:
        org = self.current_organisation()
        if org is not None and org.id != NO_ORGANISATION:
            self._run(organisation_dialog(self.ui, org, parent=self),
                      translate("ContactsView", "Organisation saved."))

    def delete_organisation(self) -> None:
        org = self.current_organisation()
        if org is None or org.id == NO_ORGANISATION:
            return
        n = len(self._people_by_org.get(org.id, []))
        alone = self.ui.case_file.organisations.addressed_alone(org.id)
        text = (plural(translate("ContactsView", "Delete %1? Its people (%2) stay in the directory "
                                 "without an organisation; the advocacy log will keep %Ln "
                                 "intervention(s) addressed to it alone, but with no addressee.",
                                 "", alone), alone)
                if alone else
                translate("ContactsView", "Delete %1? Its people (%2) stay in the directory "
                          "without an organisation; the advocacy log keeps its interventions."))
        self._delete("organisations", org.id, org.name, text, number(n),
                     title=translate("ContactsView", "Delete organisation"))

    def _delete(self, service: str, record_id: int, name: str, text: str, *values: str,
                title: str) -> None:
        """Ask ``text`` (its %1 the name, then ``values``), then delete and say so."""
        question = fill(text, name, *values)  # in one pass: a name's own "%2" stays
        delete_record(self, service, record_id, question=question, title=title,
                      done=translate("ContactsView", "Deleted %1.").replace("%1", name))

    def add_person(self) -> None:
        org = self.current_organisation()
        real = org.id if org is not None and org.id != NO_ORGANISATION else None
        self._run(contact_dialog(self.ui, self._org_choices(), organisation_id=real, parent=self),
                  translate("ContactsView", "Person added."))

    def edit_person(self) -> None:
        person: ContactDTO | None = current_record(self.people)
        if person is not None:
            self._run(contact_dialog(self.ui, self._org_choices(), person, parent=self),
                      translate("ContactsView", "Person saved."))

    def delete_person(self) -> None:
        person: ContactDTO | None = current_record(self.people)
        if person is None:
            return
        alone = self.ui.case_file.contacts.addressed_alone(person.id)
        text = (plural(translate("ContactsView", "Delete %1 from the directory? The advocacy log "
                                 "will keep %Ln intervention(s) addressed to them alone, but with "
                                 "no addressee.", "", alone), alone)
                if alone else
                translate("ContactsView", "Delete %1 from the directory? The advocacy log keeps "
                          "the interventions addressed to them."))
        self._delete("contacts", person.id, person.name, text,
                     title=translate("ContactsView", "Delete person"))
