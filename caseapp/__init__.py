"""CaseApp: case management for lawyers who represent captives and detainees held abroad."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The one place the version is written is pyproject.toml; the installed package's (or
    # the bundle's copied) metadata carries it here.
    __version__ = version("caseapp")
except PackageNotFoundError:  # a source tree run without installing: say so rather than guess
    __version__ = "0+unknown"
APP_NAME = "CaseApp"
APP_ID = "org.caseapp.CaseApp"  # the desktop file's, AppStream's and macOS' identifier
