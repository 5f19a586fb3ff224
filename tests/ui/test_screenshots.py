"""``caseapp screenshots`` renders every main view and a captive's file to PNG."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from caseapp.cli import main


def app_state(app) -> tuple:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from caseapp.ui import i18n

    return (QApplication.font(), QApplication.palette(), app.style().name(), QLocale().name(),
            list(i18n._installed))


def test_screenshots_of_every_view(demo_template: Path, tmp_path: Path, qapp) -> None:
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    out = io.StringIO()
    before = app_state(qapp)
    code = main(["screenshots", "--db", str(db), "--out", str(tmp_path / "shots")], out=out, err=io.StringIO())
    assert code == 0
    # English, the bundled fonts and the palette were for the pictures only.
    assert app_state(qapp) == before
    names = {Path(line).name for line in out.getvalue().split()}
    dialogs = {"letter.png": (1000, 600), "hearing_codefendants.png": (480, 400)}
    assert names == {"dashboard.png", "deadlines.png", "captives.png", "hearings.png", "contacts.png", "advocacy.png",
                     "documents.png", "captive.png", "window-1024x600.png", "help.png", "first-steps.png",
                     *dialogs}
    for name in names:
        image = QImage(str(tmp_path / "shots" / name))
        if name == "window-1024x600.png":  # the window at that size, not larger
            assert (image.width(), image.height()) == (1024, 600)
        elif name == "help.png":
            assert image.width() >= 600 and image.height() >= 500
        else:
            width, height = dialogs.get(name, (1200, 700))
            assert image.width() >= width and image.height() >= height, name
        # Not a blank page: many distinct colours were drawn.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
        assert len(colours) > 8, name


def test_screenshots_need_an_existing_case_file(tmp_path: Path) -> None:
    err = io.StringIO()
    assert main(["screenshots", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)],
                out=io.StringIO(), err=err) == 2
    assert "no case file" in err.getvalue()


def test_english_plurals_come_from_the_translation_file(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from caseapp.ui.i18n import install_translators

    assert install_translators(qapp, QLocale(QLocale.Language.English)) == "en"
    try:
        one = QCoreApplication.translate("CaptivesModel", "%Ln day(s) ago", "", 1)
        many = QCoreApplication.translate("CaptivesModel", "%Ln day(s) ago", "", 5)
        assert (one, many) == ("1 day ago", "5 days ago")
    finally:
        install_translators(qapp, QLocale(QLocale.Language.Armenian))  # no Armenian text yet: source


def test_screenshots_on_a_full_disk_fail_and_leave_no_empty_picture(
        demo_template: Path, tmp_path: Path, qapp, monkeypatch) -> None:
    import errno
    import os

    from caseapp import fileio

    def full(path) -> None:  # the disk fills up with the second picture
        if list((tmp_path / "shots").glob("*.png")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(fileio, "fsync_file", full)
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    out, err = io.StringIO(), io.StringIO()
    code = main(["screenshots", "--db", str(db), "--out", str(tmp_path / "shots")], out=out, err=err)
    assert code == 2 and out.getvalue() == ""
    assert err.getvalue().count("\n") == 1 and "No space left on the disk" in err.getvalue()
    assert "the screenshots were not all written" in err.getvalue()
    pictures = list((tmp_path / "shots").iterdir())
    assert len(pictures) == 1 and pictures[0].stat().st_size > 0  # the one written is whole
