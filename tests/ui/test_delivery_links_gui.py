"""A delivery of the Court recorded in the window is tied to the proceeding it was delivered
in and to the downloaded copy kept in the case file (the proof of what the Court delivered),
as the command line ties it: the level of the proceeding then keeps it out of outputs below."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.filing_kinds import DELIVERY


def test_a_delivery_is_tied_to_its_proceeding_and_its_downloaded_copy(qtbot, ui, tmp_path) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="pre_trial",
                             sensitivity="public", consent_publicity=True).id
    other = cf.captives.create(names=["Karapetyan Davit"], status="pre_trial").id
    application = cf.international_proceedings.create(
        captive_id=cid, body="echr", kind="application", reference="12345/26",
        lodged_on="2026-05-04", sensitivity="internal")
    cf.international_proceedings.create(captive_id=other, body="echr", kind="application",
                                        reference="99999/26")
    scan = tmp_path / "communication.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    copy = cf.documents.add_file(scan, captive_id=cid, title="Letter of communication",
                                 received_on="2026-11-21")
    dialog = dlg.make_add_dialog(ui, DELIVERY, captive_id=cid, file=cf.captive_file(cid))
    qtbot.addWidget(dialog)
    offered = dialog.widgets["proceeding_id"]
    texts = [offered.itemText(i) for i in range(offered.count())]
    assert any("12345/26" in t for t in texts)
    assert not any("99999/26" in t for t in texts)  # another captive's is not offered
    documents = dialog.widgets["document_id"]
    assert any("Letter of communication" in documents.itemText(i)
               for i in range(documents.count()))

    dialog.set_values({"appeared_on": date(2026, 11, 20), "title": "Letter of communication",
                       "time_limit_weeks": 12, "downloaded_on": date(2026, 11, 21),
                       "proceeding_id": application.id, "document_id": copy.id,
                       "sensitivity": "public"})
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = cf.deliveries.list(captive_id=cid)
    assert (saved.proceeding_id, saved.document_id) == (application.id, copy.id)
    # the application is internal: the letter delivered in it stays out of a shareable list
    assert cf.deliveries.at_level("shareable", [saved]) == []
    edit = dlg.make_edit_dialog(ui, DELIVERY, saved, file=cf.captive_file(cid))
    qtbot.addWidget(edit)
    assert (edit.widgets["proceeding_id"].value(), edit.widgets["document_id"].value()) == (
        application.id, copy.id)
