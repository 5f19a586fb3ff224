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
