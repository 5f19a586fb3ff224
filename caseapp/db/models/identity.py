"""The case file's identity (see :mod:`caseapp.domain.file_identity`): one row, written by
revision 0029 when the file is made or upgraded, never changed afterwards."""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from caseapp.db.base import Base, UTCDateTime


class CaseFileIdentity(Base):
    __tablename__ = "case_file_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
