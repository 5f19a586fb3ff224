"""The third-party notices: who made what CaseApp runs with, under which licence, and how
the LGPL-3.0 libraries (Qt, PySide6) can be replaced.

Two sources of the same text. The bundle carries ``THIRD-PARTY-NOTICES.txt`` (build.spec
writes it at build time: :func:`header` and pip-licenses' listing with the licence texts of
every runtime package of uv.lock). Run from source, :func:`notices_from_metadata` writes the
same header and lists the runtime dependencies as installed, from their metadata.
"""

from __future__ import annotations

import platform
import re
import sys
from importlib import metadata
from importlib.metadata import PackageMetadata
from pathlib import Path

from caseapp.resources import resource

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
APP_LICENCE = "GPL-3.0-or-later"
QT_SOURCES = ("https://code.qt.io", "https://download.qt.io/official_releases/QtForPython/")

_HEADER = """\
CaseApp - third-party notices
=============================

CaseApp @VERSION@ is free software under the GNU General Public License, version 3 or (at
your option) any later version (GPL-3.0-or-later); the licence text is the file LICENSE
of its source code and https://www.gnu.org/licenses/gpl-3.0.txt.

CaseApp runs with the software listed below. Each part keeps its own licence.

- Python @PYTHON@ (the interpreter and its standard library), under the Python Software
  Foundation License Version 2 (https://docs.python.org/3/license.html).

- Qt @QT@ and PySide6/Shiboken6 @PYSIDE@ (The Qt Company), used under the GNU Lesser General
  Public License version 3 (LGPL-3.0), as shared libraries that CaseApp loads at run time.
  In the bundle they are the files in caseapp/_internal/PySide6/ (on Linux the Qt
  libraries are in caseapp/_internal/PySide6/Qt/lib/, the plugins in
  caseapp/_internal/PySide6/Qt/plugins/; on Windows the Qt6*.dll files in
  caseapp\\_internal\\PySide6\\; on macOS inside CaseApp.app/Contents/Frameworks/PySide6/).
  You may replace them with your own build of the same Qt and PySide6 version: build Qt
  @QT@ and PySide6 @PYSIDE@ from their source code (Qt: https://code.qt.io and
  https://download.qt.io/official_releases/qt/; PySide6 and Shiboken6:
  https://download.qt.io/official_releases/QtForPython/), put your libraries in place of
  these files with the same names, and CaseApp will use them. The source code of these
  exact versions is available from those sites, or from the CaseApp publisher on request
  for three years.
  The LGPL-3.0 text: https://www.gnu.org/licenses/lgpl-3.0.txt (it builds on the GPL-3.0:
  https://www.gnu.org/licenses/gpl-3.0.txt).

- SQLCipher (Zetetic LLC), statically linked in sqlcipher3, under a BSD-style licence
  (https://www.zetetic.net/sqlcipher/license/), with SQLite (public domain) and OpenSSL
  (Apache License 2.0).

- The DejaVu fonts (resources/fonts/), under the licence in resources/fonts/LICENSE-DejaVu.txt
  (Bitstream Vera and Arev fonts licences: free to use, copy and redistribute).

- In the Linux bundle, shared libraries of the build system that PyInstaller copies beside
  the program (for example libxcb, libX11, libfreetype, libharfbuzz, libglib, libcups),
  each under its own free licence (MIT/X11, FreeType, LGPL-2.1+, Apache-2.0); they too may
  be replaced by your system's versions.

Python packages (name, version, licence, home page@TEXTS@):

"""


def qt_versions() -> tuple[str, str]:
    """Qt's version and PySide6's (they can differ in the last number)."""
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__


def header(version: str, *, with_texts: bool) -> str:
    """The hand-written part, for this CaseApp, Python and Qt; ``with_texts`` when the
    listing that follows carries each package's licence text (the bundle's)."""
    qt, pyside = qt_versions()
    return (_HEADER.replace("@VERSION@", version).replace("@PYTHON@", platform.python_version())
            .replace("@QT@", qt).replace("@PYSIDE@", pyside)
            .replace("@TEXTS@", ", licence text" if with_texts else ""))


def bundled_notices() -> Path | None:
    """The notices file build.spec put in the bundle (``_internal/resources/``), or None
    when CaseApp runs from source."""
    if not getattr(sys, "frozen", False):
        return None
    path = resource(NOTICES_FILE)
    return path if path.is_file() else None


def _key(name: str) -> str:
    """A distribution's name as PEP 503 compares them (``Python_Docx`` is ``python-docx``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""\bextra\s*==\s*["']([^"']+)["']""")


def runtime_distributions(root: str = "caseapp") -> list[metadata.Distribution]:
    """The distributions ``root`` needs to run, sorted by name: its Requires-Dist, and theirs,
    as installed. A requirement only for an extra is followed when that extra was asked for
    (``psycopg[binary]``); other markers (platform, Python version) were evaluated by the
    installer, which installed only what applies here, so an uninstalled one is skipped."""
    found: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        if (_key(name), extras) in seen:
            continue
        seen.add((_key(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if _key(name) != _key(root):
            found[_key(name)] = dist
        for requirement in dist.requires or []:
            match = _REQUIREMENT.match(requirement)
            if not match:
                continue
            requirement_extras = frozenset(_key(e) for e in (match.group(2) or "").split(",") if e.strip())
            marker = requirement.partition(";")[2]
            needs = {_key(e) for e in _EXTRA.findall(marker)}
            if needs and not needs & extras:
                continue
            pending.append((match.group(1), requirement_extras))
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _field(meta: PackageMetadata, name: str) -> str | None:
    """A metadata field's first value, if it has one."""
    values = meta.get_all(name)
    return str(values[0]) if values else None


def licence_of(dist: metadata.Distribution) -> str:
    """The licence its metadata states: the SPDX expression (PEP 639), else the short
    License field, else the licence classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression.strip()
    field = (_field(meta, "License") or "").strip()
    classifiers = "; ".join(c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                            if c.startswith("License :: "))
    if field and "\n" not in field and len(field) <= 80:
        return f"{field} ({classifiers})" if classifiers and classifiers != field else field
    if classifiers:
        return classifiers
    files = meta.get_all("License-File") or []
    if files:
        return "see its licence file (" + ", ".join(files) + ")"
    return "not stated in its metadata"


def _home_page(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    home = _field(meta, "Home-page")
    if home:
        return home
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower().replace("-", "") in {"homepage", "home", "source", "repository"}:
            return url.strip()
    return ""


def notices_from_metadata(version: str) -> str:
    """The notices when run from source: the header, then one entry per runtime package."""
    entries = []
    for dist in runtime_distributions():
        lines = [str(dist.metadata["Name"]), f"  {dist.version}", f"  {licence_of(dist)}"]
        home = _home_page(dist)
        if home:
            lines.append(f"  {home}")
        entries.append("\n".join(lines))
    return header(version, with_texts=False) + "\n\n".join(entries) + "\n"


def third_party_notices(version: str) -> str:
    """What Help → About shows: the bundle's file, or the notices of the installed packages."""
    bundled = bundled_notices()
    if bundled is not None:
        return bundled.read_text(encoding="utf-8")
    return notices_from_metadata(version)
