"""The filing dialog from a captive's file: the pack made off the UI thread by the same use
case as ``caseapp filing``, written into the folder typed, its refusal shown in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caseapp.ui.dialogs.filing import FilingDialog


def test_a_wgad_draft_is_made_and_a_wgeid_refused(qtbot, ui, tmp_path: Path) -> None:
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # ECHR → Rule 39
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # → WGAD
    assert dialog.kind.currentData() == "wgad"
    assert not dialog.risk.isVisibleTo(dialog)  # Rule 39's fields only for Rule 39
    dialog.folder.setFocus()
    qtbot.keyClicks(dialog.folder, str(tmp_path / "pack"))  # QTest types ASCII only
    dialog.make_button.setFocus()
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Written to" in dialog.result_text.toPlainText())
    written = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert written == ["WGAD_communication_Tigran_Vardanyan_2026-11-27.docx",
                       "WGAD_communication_Tigran_Vardanyan_2026-11-27.pdf"]
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # → WGEID: the demo family has not consented
    dialog.make_button.setFocus()
    qtbot.keyClick(dialog.make_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "has not consented" in dialog.result_text.toPlainText())
    assert dialog.make_button.isEnabled()


def test_the_echr_pack_takes_the_final_decision_date_as_the_command_line(qtbot, ui,
                                                                          tmp_path: Path) -> None:
    """The date given for the final domestic decision (``--final-decision``) reaches the same
    use case: section G counts from it and its warnings are shown; a date that is not one is
    said in one line and nothing is written."""
    from datetime import date

    from caseapp.services import filing_packs
    from caseapp.ui import settings as keys

    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == "echr" and dialog.final_decision.isVisibleTo(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.final_decision.set_value("2025-13-40")
    dialog.make_button.click()
    assert dialog.result_text.toPlainText().startswith("“2025-13-40” is not a date")
    assert not (tmp_path / "pack").exists()

    dialog.final_decision.set_value(date(2025, 1, 10))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Written to" in dialog.result_text.toPlainText(), timeout=20000)
    expected = filing_packs.echr_pack(ui.case_file, cid, level="shareable", author="A",
                                      lawyer=keys.lawyer_profile(ui.case_file),
                                      final_decision=date(2025, 1, 10))
    shown = dialog.result_text.toPlainText()  # (Qt gives no-break spaces back as spaces)
    missing = [w for w in expected.warnings if f"• {w}".replace("\xa0", " ") not in shown]
    assert expected.warnings and not missing, shown
    assert any("ended on" in str(w) for w in expected.warnings)  # counted from the date given
    kind = dialog.kind
    kind.setCurrentIndex(kind.findData("rule39"))
    assert not dialog.final_decision.isVisibleTo(dialog)  # the ECHR application's only


def test_the_dialog_names_whose_pack_it_makes(qtbot, ui) -> None:
    """The dialog says which captive the pack is for, as every picker names one, and so does
    its title: it may stay open while the lawyer goes to another captive's file."""
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Tigran Vardanyan" in dialog.applicant.text())
    assert "Tigran Vardanyan" in dialog.windowTitle()
    assert dialog.form.labelForField(dialog.applicant).text() == "Captive"


def test_a_200_letter_name_takes_three_lines_above_the_pack(qtbot, ui) -> None:
    """A name of 200 letters in two scripts took seven lines at the top of the dialog; it
    takes three, the last cut with "…", the whole name in its tooltip."""
    armenian = " ".join(["Տեր-Հովհաննիսյան Մելիք-Շահնազարյան Ալեքսանդրի"] * 5)[:200]
    latin = " ".join(["Ter-Hovhannisyan Melik-Shahnazaryan Aleksandri"] * 5)[:200]
    cid = ui.case_file.captives.create(names=[armenian, latin]).id
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: latin in dialog.applicant.text())
    applicant = dialog.applicant
    qtbot.waitUntil(lambda: applicant.height() >= applicant.heightForWidth(applicant.width()))
    assert applicant.height() <= 3 * applicant.fontMetrics().lineSpacing() + 4
    assert latin in applicant.toolTip() and armenian in applicant.toolTip()


def test_the_echr_pack_is_made_in_french_when_asked(qtbot, ui, tmp_path: Path) -> None:
    """The draft's language (the Court's two: English, the window's proposed when it is one,
    and French), offered for every draft: the Court and the UN bodies work in both."""
    import subprocess

    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == ["English", "French"] and dialog.language.currentData() == "en"
    assert dialog.language.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Written to" in dialog.result_text.toPlainText(), timeout=20000)
    (draft,) = (tmp_path / "pack").glob("*.pdf")
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "E. Exposé des faits" in text and "Tigran Vardanyan c. Azerbaïdjan" in text
    for kind in ("rule39", "wgad", "wgeid"):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.language.isVisibleTo(dialog), kind


def test_the_rule39_request_and_a_un_draft_are_made_in_french_when_asked(qtbot, ui,
                                                                         tmp_path: Path) -> None:
    """French chosen in "Language of the draft" reaches the Rule 39 request, its fax cover
    and the WGAD communication, as ``--lang fr`` does on the command line."""
    import subprocess

    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    # the Registry's contact by telephone, from the settings (the dialog's fields left empty)
    ui.case_file.settings.set("lawyer_name", "Anna Example")
    ui.case_file.settings.set("lawyer_phone", "+374 10 123456")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("rule39"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.risk.setPlainText("Grève de la faim depuis le 20 novembre.")
    dialog.folder.setText(str(tmp_path / "r39"))
    dialog.make_button.click()

    def written(what: str) -> None:
        assert what in dialog.result_text.toPlainText(), dialog.result_text.toPlainText()

    qtbot.waitUntil(lambda: written("Demande_article_39_"), timeout=20000)

    def text_of(pattern: str, folder: str) -> str:
        (pdf,) = (tmp_path / folder).glob(pattern)
        return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())

    request = text_of("Demande_article_39_*.pdf", "r39")
    assert "Article 39 – Urgent" in request and "Tigran Vardanyan c. Azerbaïdjan" in request
    assert "Rule 39" not in request
    assert "Page de garde de télécopie" in text_of("Page_de_garde_article_39_*.pdf", "r39")
    dialog.kind.setCurrentIndex(dialog.kind.findData("wgad"))
    dialog.folder.setText(str(tmp_path / "wgad"))
    dialog.make_button.click()

    qtbot.waitUntil(lambda: written("GTDA_communication_"), timeout=20000)
    assert "Groupe de travail sur la détention arbitraire" in text_of("*.pdf", "wgad")


def test_a_rule39_request_takes_its_contacts_telephone_from_the_dialog(qtbot, ui,
                                                                       tmp_path: Path) -> None:
    """Without the lawyer's telephone in the case settings, the request was refused in the
    window with "give --contact and --phone", options of the command line the window has no
    field for. The refusal names what to give, and the dialog's own fields give it."""
    import subprocess

    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("rule39"))
    assert dialog.phone.isVisibleTo(dialog) and dialog.fax.isVisibleTo(dialog)
    dialog.risk.setPlainText("Hunger strike since 20 November.")
    dialog.folder.setText(str(tmp_path / "r39"))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "contact person" in dialog.result_text.toPlainText(), timeout=20000)
    refusal = dialog.result_text.toPlainText()
    assert "--" not in refusal and "telephone" in refusal, refusal
    assert not (tmp_path / "r39").exists()
    dialog.contact.setText("Anna Example")
    dialog.phone.setText("+374 10 654321")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Written to" in dialog.result_text.toPlainText(), timeout=20000)
    (request,) = (tmp_path / "r39").glob("Rule39_request_*.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(request), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Anna Example" in text and "+374 10 654321" in text
    dialog.kind.setCurrentIndex(dialog.kind.findData("wgad"))
    assert not dialog.phone.isVisibleTo(dialog)


def test_a_final_decision_known_only_to_its_month_is_taken_in_the_dialog(qtbot, ui,
                                                                         tmp_path: Path) -> None:
    """The family knows the month of the final decision, not its day: typed as the app writes
    a month, section G counts from its first day (the earliest end) and says so, as
    ``--final-decision 2025-01`` does."""
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.final_decision.set_value("2025-01")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: "Written to" in dialog.result_text.toPlainText(), timeout=20000)
    shown = dialog.result_text.toPlainText().replace("\xa0", " ")
    assert "known only to its month or year (Jan 2025)" in shown
    assert "1 May 2025" in shown
