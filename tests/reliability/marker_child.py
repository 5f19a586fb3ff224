"""Run by the plaintext marker test in a child process (its own TMPDIR, data, settings).

``python -m tests.reliability.marker_child WORK MARKER`` makes an encrypted case file in
WORK with MARKER in every kind of record and document, uses it (edit, search, backup,
an explicit plain JSON export into WORK/exports, close and reopen) and copies the -wal and
-shm files aside while the file is open, into WORK/open-side-files. It also makes every
output at every level (dossier, status report PDF and XLSX, letter, calendar, and the summary
of what each leaves out), keeps them in the case file, and writes one of each into
WORK/exports as a user would: their making must leave nothing behind anywhere else.
"""

from __future__ import annotations

import shutil
import sys
from datetime import datetime
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.key_derivation import use_test_key_derivation

PASS = "granite lantern orchard seven"


def fill(cf, m: str) -> None:
    doc = (f"%PDF-1.4 {m} ".encode() + m.encode("utf-16-le") + m.encode("utf-16-be")) * 50
    org = cf.organisations.create(name=f"Org {m}", country=m, address=m, notes=m)
    person = cf.contacts.create(name=f"Person {m}", organisation_id=org.id, role=m, notes=m,
                                address=m, email=f"{m}@example.org")
    a = cf.captives.create(
        names=[{"full_name": f"Արամ {m}", "language": "hy"}, f"Aram {m}"],
        status="pre_trial", status_since="2023-10-01", capture="2023-09", tags=[m.lower()[:20]],
        photo=doc, photo_media_type="image/png", health=m, summary=m, current_asks=m,
        capture_place=m, capture_circumstances=m, capturing_authority=m, birth_place=m,
        consent_notes=m)
    p = cf.prosecutions.create(captive_id=a.id, case_number=m, court=m, judge=m, notes=m)
    cf.charges.create(prosecution_id=p.id, code="CC", article="279", part="1", title=m)
    cf.detention_orders.create(captive_id=a.id, prosecution_id=p.id, start_date="2023-10-01",
                               term_months=4, ordering_court=m)
    h = cf.hearings.create(starts_at=datetime(2024, 1, 30, 10), timezone="Asia/Baku",
                           captive_ids=[a.id], court=m, outcome=m, notes=m)
    cf.detention_places.create(captive_id=a.id, facility=m, address=m, from_date="2023-10-01")
    cf.welfare_contacts.create(captive_id=a.id, contact_on="2024-03-01", kind="icrc_visit",
                               source=m, notes=m)
    cf.identity_documents.create(captive_id=a.id, kind="passport", number=m[:20])
    cf.international_proceedings.create(captive_id=a.id, body="echr", kind="rule_39",
                                        reference=m, notes=m)
    cf.interventions.create(made_on="2024-02-01", organisation_id=org.id, contact_id=person.id,
                            captive_ids=[a.id], subject=m, request=m, response=m)
    cf.documents.create(captive_id=a.id, hearing_id=h.id, title=m, filename=f"{m}.pdf",
                        content=doc, source=m, notes=m)
    cf.deadlines.create(captive_id=a.id, title=m, due_on="2024-02-20", notes=m)
    cf.notes.create(captive_id=a.id, title=m, body=m)
    cf.captives.update(a.id, summary=f"edited {m}")


def outputs(cf, work: Path) -> None:
    from caseapp.domain.lawyer import LawyerProfile
    from caseapp.fileio import atomic_write_bytes
    from caseapp.reports.calendar import build_calendar
    from caseapp.reports.dossier import render_dossier
    from caseapp.reports.status_pdf import render_status_pdf
    from caseapp.reports.status_xlsx import render_status_xlsx
    from caseapp.services.dossier_data import build_dossier, dossier_preview
    from caseapp.services.letter_data import (
        generate_letter,
        letter_missing_fields,
        letter_preview,
        resolve_template,
    )
    from caseapp.services.output_files import keep_generated
    from caseapp.services.status_report_data import build_status_report, status_report_preview

    lawyer = LawyerProfile(name="Anna Example", city="Yerevan")
    captive = cf.captives.list()[0].id
    exports = work / "exports"
    for level in ("public", "shareable", "internal"):
        assert dossier_preview(cf, captive, level=level).lines()
        assert status_report_preview(cf, level=level).lines()
        made = {"report.pdf": render_status_pdf(build_status_report(cf, level=level)),
                "report.xlsx": render_status_xlsx(build_status_report(cf, level=level))}
        if not dossier_preview(cf, captive, level=level).refusal:
            made["dossier.pdf"] = render_dossier(build_dossier(cf, captive, level=level))
        template = resolve_template("icrc_request_en", level=level)
        if not letter_preview(cf, template, captive).refusal:
            extra = {n: "x" for n, _ in letter_missing_fields(cf, template, captive, lawyer=lawyer)}
            made["letter.docx"] = generate_letter(cf, template, captive, lawyer=lawyer, extra=extra)
        events = cf.reminders.calendar(3650, level=level)
        made["calendar.ics"] = build_calendar([*events.deadlines, *events.hearings],
                                              names=events.names, level=events.level).to_ical()
        for name, data in made.items():
            keep_generated(cf, data, filename=name, title=f"{name} {level}", level=level,
                           captive_id=captive)
            if level == "internal":
                atomic_write_bytes(exports / name, data)


def main(work: Path, marker: str) -> None:
    path = work / "case" / "case.db"
    cf = open_case_file(Location(path=path), passphrase=PASS, create=True, actor="lawyer")
    fill(cf, marker)
    assert cf.search.everything(marker), "the marker is searchable"
    cf.backups.backup_now("manual")
    side = work / "open-side-files"
    side.mkdir()
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", side / f"case.db{suffix}")
    (work / "exports").mkdir()  # the folder the user keeps her exports in
    cf.export_json(work / "exports" / "plain-export.json")  # explicitly plain, by the user
    outputs(cf, work)
    cf.close()
    cf = open_case_file(Location(path=path), passphrase=PASS, actor="lawyer")  # unlock again
    assert cf.search.everything(marker)
    assert cf.check().ok
    cf.backups.backup_now("close")
    cf.close()
    print("done")


if __name__ == "__main__":
    use_test_key_derivation()  # the full count is checked in tests/db/test_engine.py
    main(Path(sys.argv[1]), sys.argv[2])
