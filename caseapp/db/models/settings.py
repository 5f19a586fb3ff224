"""Case settings: facts about how the case file is read (domestic procedure, warning periods,
custody maxima, default levels, the lawyer's details), kept in the file itself.

One row per key and scope: ``scope`` is empty for the file-wide value, else names what an
override applies to (``captive:<uid>``, ``charge:<article>``, ``stage:<status>``). The value
is JSON; its type and meaning are declared once in :mod:`caseapp.services.settings`.
"""

from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseapp.db.base import Base, Record


class CaseSetting(Record, Base):
    __tablename__ = "case_settings"
    __table_args__ = (UniqueConstraint("key", "scope", name="uq_case_settings_key_scope"),)

    key: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
