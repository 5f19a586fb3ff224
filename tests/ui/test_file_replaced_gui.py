"""The window over a case file that a synchronised folder replaced while it was open: a
command that reads the file (New Captive reads the default level) says so in one box, with
where what the window held was kept, instead of an error only the log saw."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def test_a_command_on_a_replaced_file_says_so_in_a_box(
        qtbot, blank_window, demo_copy: Path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    w = blank_window
    assert w.open_path(demo_copy)
    incoming = demo_copy.with_name("incoming.db")
    shutil.copyfile(demo_copy, incoming)
    os.replace(incoming, demo_copy)  # another computer's version, put in its place
    w.actions_by_id["new_captive"].trigger()
    [kept] = demo_copy.parent.glob("demo (kept by CaseApp *).db")
    assert message_boxes == [("warning", (
        f"{demo_copy} was moved, replaced or deleted by another program while CaseApp had it "
        "open (a synchronised folder such as Dropbox or OneDrive can do this). What CaseApp "
        f"held of it, your changes included, is kept in {kept}. Nothing more is written: "
        "close the case file and open the one you want to keep."))]

