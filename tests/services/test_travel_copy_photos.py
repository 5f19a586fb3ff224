"""A captive's photo at a level: a travel copy or an export at a level holds the photo only
where its field's level (never below the captive's) is allowed — the bytes of a photo kept
back are nowhere in the copy, decrypted page by page, nor in the export. Each photo carries a
marker in its JPEG comment, ``QPHOTO<captive><field level>Z``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services import data_exports
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL


def photo(marker: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (90, 60, 30)).save(buf, format="JPEG", comment=marker.encode())
    return buf.getvalue()


# (captive's level, photo field's level or None: the captive's) → the level the photo has
PHOTOS = {("PUB", None): PUB, ("PUB", "shareable"): SHR, ("PUB", "internal"): INT,
          ("SHR", None): SHR, ("INT", None): INT}


@pytest.fixture(scope="module")
def case_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("photos") / "main.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        for (captive, field), _level in PHOTOS.items():
            level = {"PUB": "public", "SHR": "shareable", "INT": "internal"}[captive]
            marker = f"QPHOTO{captive}{(field or 'same').upper()}Z"
            cf.captives.create(names=[f"Captive {len(marker)}{captive}{field}"], status="held",
                               sensitivity=level,
                               consent_publicity=True, photo=photo(marker),
                               photo_media_type="image/jpeg",
                               field_levels={"photo": field} if field else {})
    finally:
        cf.close()
    return path


def _markers(data: bytes) -> set[str]:
    return {f"QPHOTO{c}{(f or 'same').upper()}Z" for c, f in PHOTOS
            if f"QPHOTO{c}{(f or 'same').upper()}Z".encode() in data}


def _decrypted_pages(path: Path) -> bytes:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{TRAVEL_PASSPHRASE}'")
    try:
        rows = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                rows += [v if isinstance(v, bytes) else str(v).encode() for v in row]
        return b"\n".join(rows)
    finally:
        conn.close()


@pytest.mark.parametrize("level", [PUB, SHR], ids=lambda s: s.value)
def test_a_photo_travels_and_is_exported_only_at_its_fields_level(
        case_file: Path, tmp_path: Path, level: Sensitivity) -> None:
    import base64
    import json

    expected = {f"QPHOTO{c}{(f or 'same').upper()}Z" for (c, f), lvl in PHOTOS.items()
                if level.allows(lvl)}
    cf = open_case_file(Location(path=case_file), actor="tester", today=lambda: TODAY)
    try:
        make_travel_copy(cf, tmp_path / "travel.db", level=level, passphrase=TRAVEL_PASSPHRASE)
        data_exports.export_json(cf, tmp_path / "export.json", level=level)
    finally:
        cf.close()
    assert _markers(_decrypted_pages(tmp_path / "travel.db")) == expected
    export = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    photos = b"".join(base64.b64decode(c["photo"]) for c in export["tables"]["captives"]
                      if c.get("photo"))
    assert _markers(photos) == expected
