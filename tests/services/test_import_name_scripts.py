"""A name written into an export by hand without its ``script`` (a colleague adding an alias
in a text editor) is imported with the script its letters are written in, as a name typed into
the window is; it was refused whole (“script is missing”). A script the file gives is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.services.test_import_validation import (  # noqa: F401 (its fixtures)
    CAPTIVE,
    populated,
    populated_template,
    valid_export,
    write,
)

NAMES = [("Արտաշես Մկրտչյան", "hy", "Armn"), ("Арташес Мкртчян", "ru", "Cyrl"),
         ("Artashes Mkrtchyan", "en", "Latn"), ("آرتاشس مکرتچیان", "fa", "Zyyy")]


@pytest.mark.parametrize("given", [False, True], ids=["without script", "with script"])
def test_a_name_without_its_script_gets_the_script_of_its_letters(
        populated: CaseFile, tmp_path: Path, given: bool) -> None:  # noqa: F811
    data = valid_export()
    data["tables"]["captive_names"] = [
        {"uid": f"0a8a4c1e-0000-4000-8000-0000000001{n:02d}", "captive_uid": CAPTIVE,
         "full_name": name, "language": lang, "kind": "native" if n == 0 else "alias",
         "is_primary": n == 0, **({"script": script} if given else {})}
        for n, (name, lang, script) in enumerate(NAMES)]
    report = populated.import_json(write(tmp_path, data))
    assert report.added["captive_names"] == 4
    [captive] = [c for c in populated.captives.list() if c.uid == CAPTIVE]
    stored = {n.full_name: n.script for n in populated.names.list(captive_id=captive.id)}
    assert stored == {name: script for name, _lang, script in NAMES}
