"""What the bundle is made of, checked without building it (the quick loop)."""

from __future__ import annotations

import configparser
import io
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from caseapp.cli import main

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


def test_version_comes_from_pyproject_and_names_the_parts_support_asks_for() -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"CaseApp {version} (Python package)"
    assert lines[1].startswith("Case file schema revision 0")
    assert lines[2].startswith("Qt 6.") and lines[3].startswith("SQLCipher 4.")


def test_the_committed_icon_pngs_are_the_svg_as_it_is_now(qapp) -> None:
    """After an edit of caseapp.svg, ``uv run python packaging/export_icons.py`` must be run."""
    import sys

    sys.path.insert(0, str(PACKAGING))
    try:
        import export_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    for size in export_icons.SIZES:
        committed = QImage(str(export_icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = export_icons.render(size)
        assert committed.size() == fresh.size(), size
        differing = sum(committed.pixel(x, y) != fresh.pixel(x, y) for x in range(size) for y in range(size))
        assert differing <= size * size // 100, f"caseapp-{size}.png is older than caseapp.svg"


def test_the_desktop_entry_names_the_icon_and_the_metainfo_its_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "org.caseapp.CaseApp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Icon"] == "org.caseapp.CaseApp"
    assert "Office;" in desktop["Categories"]
    metainfo = (PACKAGING / "linux" / "org.caseapp.CaseApp.metainfo.xml.in").read_text(encoding="utf-8")
    assert "<launchable type=\"desktop-id\">org.caseapp.CaseApp.desktop</launchable>" in metainfo
    assert "@VERSION@" in metainfo  # filled in from pyproject.toml by build.spec, never written twice


def _uv_export(*args: str) -> set[str]:
    """The package names ``uv export`` lists from uv.lock whose markers hold on this machine."""
    import re
    import subprocess

    from packaging.requirements import Requirement

    out = subprocess.run(["uv", "export", "--frozen", "--no-emit-project", "--format", "requirements-txt",
                          "--no-hashes", "--no-header", "--no-annotate", *args],
                         cwd=REPO, check=True, capture_output=True, text=True).stdout
    requirements = [Requirement(line) for line in out.splitlines() if line.strip() and not line.startswith("#")]
    return {re.sub(r"[-_.]+", "-", r.name).lower() for r in requirements
            if r.marker is None or r.marker.evaluate()}


def test_the_notices_from_source_name_every_runtime_package_of_uv_lock_and_how_to_replace_qt() -> None:
    """What Help → About shows when run from source (the bundle's file: test_bundle.py)."""
    import re

    from caseapp.notices import notices_from_metadata

    notices = notices_from_metadata("9.8.7")
    runtime = _uv_export("--no-dev")
    assert {"sqlcipher3", "pyside6-essentials", "shiboken6", "psycopg-binary", "et-xmlfile"} <= runtime
    # Every entry starts with its name at the start of a line; the details are indented.
    listed = {re.sub(r"[-_.]+", "-", line).lower() for line in notices.split("Python packages", 1)[1].splitlines()
              if line and not line.startswith((" ", "(")) and not line.endswith(":")}
    assert listed == runtime
    # SQLAlchemy's extras name mypy, installed here for the dev group: not a runtime package.
    assert "mypy" in _uv_export("--only-dev") and "mypy" not in listed
    assert "CaseApp 9.8.7 is free software under the GNU General Public License, version 3 or" in notices
    lgpl = " ".join(notices.split())
    assert "shared libraries that CaseApp loads at run time" in lgpl
    assert "caseapp/_internal/PySide6/Qt/lib/" in lgpl
    assert "You may replace them with your own build of the same Qt and PySide6 version" in lgpl
    assert "https://download.qt.io/official_releases/QtForPython/" in lgpl and "https://code.qt.io" in lgpl


def test_the_project_licence_is_gpl_3_or_later_everywhere_it_is_stated() -> None:
    assert tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["license"] == "GPL-3.0-or-later"
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert licence.split()[:6] == ["GNU", "GENERAL", "PUBLIC", "LICENSE", "Version", "3,"]
    assert "END OF TERMS AND CONDITIONS" in licence
    metainfo = (PACKAGING / "linux" / "org.caseapp.CaseApp.metainfo.xml.in").read_text(encoding="utf-8")
    assert "<project_license>GPL-3.0-or-later</project_license>" in metainfo
    assert "## Licence\n" in (REPO / "README.md").read_text(encoding="utf-8")
