"""A unique marker in every kind of record and document of an encrypted case file is
found in no file the app wrote (the case file, its -wal and -shm, backups, settings,
temporary folder, logs), except the exports the user explicitly wrote in plain form (the JSON
export, a dossier, report, letter and calendar). Making those outputs, at every level, leaves
nothing behind. The passphrase is found nowhere, the exports included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from caseapp.domain.names import search_keys
from tests.reliability.marker_child import PASS

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Mkq7ZvWx9TpQ"


def forms(marker: str) -> list[bytes]:
    found = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be"),
             marker.lower().encode("utf-8")]
    found += [k.encode("utf-8") for k in search_keys(marker) if len(k) >= 6]
    return found


def test_marker_stays_inside_the_encrypted_file(tmp_path: Path) -> None:
    work = tmp_path / "work"
    dirs = {name: tmp_path / name for name in ("tmp", "data", "config", "cache", "state", "home")}
    for d in [work, *dirs.values()]:
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}
    env.update(TMPDIR=str(dirs["tmp"]), XDG_DATA_HOME=str(dirs["data"]),
               XDG_CONFIG_HOME=str(dirs["config"]), XDG_CACHE_HOME=str(dirs["cache"]),
               XDG_STATE_HOME=str(dirs["state"]), HOME=str(dirs["home"]))
    log = tmp_path / "state" / "child.log"
    with log.open("wb") as out:
        result = subprocess.run([sys.executable, "-m", "tests.reliability.marker_child",
                                 str(work), MARKER], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, timeout=300)
    assert result.returncode == 0, log.read_text(errors="replace")

    exports = work / "exports"
    exported = exports / "plain-export.json"
    assert MARKER.encode() in exported.read_bytes()  # the search below would find a leak
    assert sorted(p.name for p in exports.iterdir()) == [
        "calendar.ics", "dossier.pdf", "letter.docx", "plain-export.json", "report.pdf",
        "report.xlsx"]  # and no temporary file left beside them
    assert MARKER in (exports / "calendar.ics").read_text(encoding="utf-8")
    secret = [PASS.encode("utf-8"), PASS.encode("utf-16-le"), PASS.encode("utf-16-be")]
    searched, leaks = [], []
    for path in tmp_path.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        searched.append(path.relative_to(tmp_path).as_posix())
        leaks += [f"{path}: the passphrase" for form in secret if form in data]
        if path.parent != exports:
            leaks += [f"{path}: {form!r}" for form in forms(MARKER) if form in data]
    assert leaks == []
    # What was searched: the case file and the -wal/-shm taken while it was open, the
    # backups with their sidecars in the user data folder, and the log.
    assert "work/case/case.db" in searched
    assert any(s.startswith("work/open-side-files/case.db-wal") for s in searched)
    assert sum(s.startswith("data/CaseApp/backups/") and s.endswith(".db") for s in searched) == 2
    assert "state/child.log" in searched
