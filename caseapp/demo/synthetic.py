"""Filling a case file with many made-up captives fast, for benchmarks and load tests.

Uses Core inserts (no ORM objects, no audit trail) and rebuilds the search index once.
Never used on a lawyer's case file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from caseapp.db import search
from caseapp.db.base import new_uid
from caseapp.db.models import Captive, CaptiveName, DetentionPlace, WelfareContact
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, NameKind, Script, Sensitivity, Sex
from caseapp.services.base import ServiceContext

FAMILIES = [("Վարդանյան", "Vardanyan", "Варданян"), ("Խաչատրյան", "Khachatryan", "Хачатрян"),
            ("Գևորգյան", "Gevorgyan", "Геворгян"), ("Սարգսյան", "Sargsyan", "Саргсян"),
            ("Պետրոսյան", "Petrosyan", "Петросян"), ("Հովհաննիսյան", "Hovhannisyan", "Оганнисян"),
            ("Ղազարյան", "Ghazaryan", "Казарян"), ("Մկրտչյան", "Mkrtchyan", "Мкртчян")]
GIVEN = [("Արամ", "Aram", "Арам"), ("Տիգրան", "Tigran", "Тигран"), ("Սուրեն", "Suren", "Сурен"),
         ("Նարեկ", "Narek", "Нарек"), ("Դավիթ", "Davit", "Давид"), ("Արմեն", "Armen", "Армен")]


def fill_synthetic(ctx: ServiceContext, n: int, *, spellings: int = 3, batch: int = 20_000,
                   search_index: bool = True) -> None:
    """Add ``n`` synthetic captives with 1 to 3 spellings each (Armenian, Latin, Cyrillic),
    a place of detention and a welfare contact. ``search_index=False`` leaves the search
    index out of date (for a file that is only exported and imported again, whose import
    builds it)."""
    now = datetime.now(UTC).replace(microsecond=0)
    statuses = CaptiveStatus.choices()
    with ctx.db.session_factory.begin() as s:
        conn = s.connection()
        start = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM captives").scalar() or 0
        for offset in range(0, n, batch):
            captives: list[dict[str, Any]] = []
            names: list[dict[str, Any]] = []
            places: list[dict[str, Any]] = []
            contacts: list[dict[str, Any]] = []
            for i in range(offset, min(n, offset + batch)):
                cid = start + i + 1
                fam, given = FAMILIES[i % len(FAMILIES)], GIVEN[(i // len(FAMILIES)) % len(GIVEN)]
                captives.append(dict(
                    id=cid, uid=new_uid(), created_at=now, updated_at=now, sex=Sex.MALE,
                    birth_date=date(1970 + i % 30, 1 + i % 12, 1), birth_date_precision=DatePrecision.EXACT,
                    birth_place="", citizenship="Armenia", category=list(CaptiveCategory)[i % 3],
                    status=statuses[i % len(statuses)], status_since=date(2024, 1, 1),
                    capture_date=date(2023, 9, 19) - timedelta(days=i % 900),
                    capture_date_precision=DatePrecision.EXACT, capture_place="", capture_circumstances="",
                    capturing_authority="", consent_power_of_attorney=False, consent_publicity=False,
                    consent_notes="", summary=f"Synthetic record {i}", current_asks="", health="",
                    photo_media_type="", sensitivity=Sensitivity.INTERNAL, field_levels={}))
                for k, (script, lang, kind) in enumerate(((Script.ARMENIAN, "hy", NameKind.NATIVE),
                                                          (Script.LATIN, "en", NameKind.TRANSLITERATION),
                                                          (Script.CYRILLIC, "ru", NameKind.TRANSLITERATION)
                                                          )[:spellings]):
                    names.append(dict(uid=new_uid(), created_at=now, updated_at=now, captive_id=cid,
                                      full_name=f"{given[k]} {fam[k]} {i}", script=script, language=lang,
                                      kind=kind, is_primary=k == 0))
                places.append(dict(uid=new_uid(), created_at=now, updated_at=now, captive_id=cid,
                                   facility=f"Facility {i % 40}", address="", from_date=date(2024, 1, 1),
                                   to_date=None, notes="", sensitivity=Sensitivity.SHAREABLE))
                contacts.append(dict(uid=new_uid(), created_at=now, updated_at=now, captive_id=cid,
                                     contact_on=date(2025, 1, 1) + timedelta(days=i % 600),
                                     kind="icrc_visit", confirmed=True, source="", notes="",
                                     sensitivity=Sensitivity.INTERNAL))
            conn.execute(insert(Captive), captives)
            conn.execute(insert(CaptiveName), names)
            conn.execute(insert(DetentionPlace), places)
            conn.execute(insert(WelfareContact), contacts)
        if search_index:
            search.rebuild(conn)
