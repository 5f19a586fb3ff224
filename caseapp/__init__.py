"""CaseApp: case management for lawyers who represent captives and detainees held abroad."""

__version__ = "0.1.0"
APP_NAME = "CaseApp"
