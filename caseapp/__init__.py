"""CaseApp: case management for lawyers who represent captives and detainees held abroad."""

from __future__ import annotations

import os
import sys


def installed_version(package: str) -> str | None:
    """The version of the installed distribution ``package`` (its name as in its
    ``NAME-*.dist-info`` folder), from that folder's ``METADATA`` (the bundle copies those
    it needs); None when no such folder is on the path.

    Read directly rather than through :mod:`importlib.metadata`, whose imports (email,
    zipfile, csv ...) cost more than the rest of ``caseapp --version``."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(package + "-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry or ".", name, "METADATA"), encoding="utf-8") as f:
                        for line in f:
                            if line.startswith("Version:"):
                                return line.removeprefix("Version:").strip()
                            if not line.strip():
                                break
                except OSError:
                    continue
    return None


def _installed_version() -> str:
    """CaseApp's version (:func:`installed_version`); a source tree run without installing
    says so rather than guess."""
    found = installed_version("caseapp")
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:  # an install that keeps its metadata elsewhere (an egg, a zip)
        return version("caseapp")
    except PackageNotFoundError:
        return "0+unknown"


# The one place the version is written is pyproject.toml; the installed package's (or the
# bundle's copied) metadata carries it here.
__version__ = _installed_version()
APP_NAME = "CaseApp"
APP_ID = "org.caseapp.CaseApp"  # the desktop file's, AppStream's and macOS' identifier
