"""The Filing facts tab of a captive's file: what the ECHR and UN forms ask beyond the rest of
the file (the detaining state's confirmation, special risk, kind of release), the independent
proof-of-life clock, and the documents the Court delivered through its portals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.domain.filing_facts import CaptiveRisk, CourtDeliveryDTO
from caseapp.domain.proof_of_life import ProofClock
from caseapp.domain.special_risk import RiskReason
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.filing_kinds import DELIVERY
from caseapp.ui.dialogs.record_kinds import DETENTION_FACTS
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.theme import urgency_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.captive_tab_host import TabOfCaptivePage
from caseapp.ui.views.captive_tabs import CaptiveTabs, col, date_col, page
from caseapp.ui.views.formatters import date_text, long_date


@dataclass(frozen=True)
class FilingData:
    risk: CaptiveRisk
    deliveries: tuple[CourtDeliveryDTO, ...]


def fetch_filing(cf: Any, captive_id: int) -> FilingData:
    """Read off the UI thread."""
    return FilingData(cf.detention_facts.risk(captive_id),
                      tuple(cf.deliveries.list(captive_id=captive_id)))


def delivery_columns() -> list:
    return [date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Appeared"), "appeared_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Portal"), lambda d: label(d.portal)),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Document"), lambda d: d.title),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Application"), lambda d: d.application_number),
            date_col(QT_TRANSLATE_NOOP("CaptiveTabs", "Deleted from the portal on"),
                     "deleted_from_portal_on"),
            col(QT_TRANSLATE_NOOP("CaptiveTabs", "Downloaded"),
                lambda d: date_text(d.downloaded_on) if d.downloaded_on
                else CaptiveTabs.tr("not yet"))]


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def proof_text(proof: ProofClock) -> str:
    """The independent proof-of-life clock in two whole sentences, each with its own count
    in the language's plural forms (one sentence with two counts said "1 days ago")."""
    if proof.days_since is None:
        return translate("FilingFactsTab", "No independent proof of life (ICRC, consular or lawyer visit) "
                         "is recorded.")
    day = long_date(proof.last_independent) if proof.last_independent else ""
    days, most = proof.days_since, proof.threshold_days  # plain names: lupdate reads no attribute
    since = plural(translate("FilingFactsTab", "Last independent proof of life: %1, %Ln day(s) ago.", "",
                             days), days).replace("%1", day)
    warning = plural(translate("FilingFactsTab", "The warning comes after %Ln day(s) without one.", "",
                               most), most)
    return f"{since} {warning}"


class FilingFactsTab(TabOfCaptivePage):
    """Mixed into :class:`~caseapp.ui.views.captive_file.CaptiveFileView` (its ``tr``,
    ``ui``, sections and tab builders)."""

    filing: FilingData | None = None

    def _filing_tab(self) -> None:
        self.facts_label = QLabel()
        self.facts_label.setObjectName("filing_facts")
        self.facts_label.setWordWrap(True)
        self.proof_label = QLabel()
        self.proof_label.setObjectName("independent_proof")
        self.proof_label.setWordWrap(True)
        edit = QPushButton(self.tr("Edit facts…"))
        edit.setObjectName("edit_filing_facts")
        edit.clicked.connect(self.edit_filing_facts)
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        deliveries = self._section(
            "court_deliveries", DELIVERY, delivery_columns(),
            self.tr("Documents delivered by the Court (eComms, Rule 39 site)"),
            self.tr("No delivery from the Court recorded."),
            sort=(0, Qt.SortOrder.DescendingOrder))
        self._tab(page(self.facts_label, self.proof_label, row, deliveries),
                  self.tr("Filing facts"),
                  self.tr("Confirmation of the detention, special risk, kind of release, "
                          "independent proof of life and the Court's deliveries"))

    def load_filing(self) -> None:
        if self.captive_id is None or self.ui.case_file is None:
            return
        cf, captive_id = self.ui.case_file, self.captive_id
        self.ui.runner.submit(lambda: fetch_filing(cf, captive_id), self._filing_loaded,
                              self.report_error, key="filing_facts")

    def _filing_loaded(self, data: FilingData) -> None:
        table = self.sections["court_deliveries"].table
        if not (shiboken6.isValid(self) and shiboken6.isValid(table)):
            return  # the window closed while the facts were read
        if data.risk.facts.captive_id != self.captive_id:
            return
        self.filing = data
        self.sections["court_deliveries"].set_records(data.deliveries)
        self.facts_label.setText(self.facts_text(data.risk))
        proof = data.risk.proof
        text = proof_text(proof)
        self.proof_label.setText(text)
        colour = urgency_colour("overdue", self.proof_label.palette().base().color()) \
            if proof.overdue else None
        self.proof_label.setStyleSheet(f"color: {colour.name()};" if colour else "")

    def facts_text(self, risk: CaptiveRisk) -> str:
        f = risk.facts
        if f.state_confirmed:
            confirmed = self.tr("The detaining state confirmed the detention on %1 (source: %2)."
                                ).replace("%1", long_date(f.confirmed_on) if f.confirmed_on
                                          else self.tr("an unknown date")).replace(
                "%2", f.confirmed_source or self.tr("not recorded"))
        else:
            confirmed = self.tr("The detaining state has not confirmed the detention.")
        names = {RiskReason.HEALTH: self.tr("health"),
                 RiskReason.AGE: self.tr("aged %1").replace("%1", str(risk.age)),
                 RiskReason.DISABILITY: self.tr("disability"),
                 RiskReason.HUNGER_STRIKE: self.tr("hunger strike")}
        risk_line = (self.tr("Special risk: %1.").replace(
            "%1", ", ".join(names[r] for r in risk.reasons)) if risk.reasons
            else self.tr("No special risk recorded."))
        release = (self.tr("Kind of release: %1.").replace("%1", label(f.release_kind))
                   if f.release_kind else "")
        return "\n".join(x for x in (confirmed, risk_line, release) if x)

    def edit_filing_facts(self) -> None:
        if self.captive_id is None or self.filing is None:
            return
        facts = self.filing.risk.facts
        if facts.id is None:
            dlg.add_record(self.ui, DETENTION_FACTS, captive_id=self.captive_id,
                           file=self.file, parent=self)
        else:
            dlg.edit_record(self.ui, DETENTION_FACTS, facts, file=self.file,
                            parent=self)
