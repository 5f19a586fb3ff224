"""TLS to a team server: with ``sslmode=verify-full`` and the office's CA file in the URL,
CaseApp connects encrypted to the server whose certificate that CA signed (and hears live
changes over the same kind of connection); a server whose certificate another CA signed is
refused with one line. The CA and the server's certificate are made here with openssl; the
test server turns TLS on for the test and off after (``ALTER SYSTEM``, then a reload)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseapp.config import Location
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _make_ca(folder: Path, name: str) -> None:
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
             f"/CN={name}", "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=folder)


def _until_served(pg_server: str, ca: Path) -> None:
    """A reload is signalled, not waited for: wait until the server presents this test's
    certificate (a connection just after the reload may still meet the previous one)."""
    url = pg_server.replace("+psycopg", "")
    url += ("&" if "?" in url else "?") + f"sslmode=verify-full&sslrootcert={ca}"
    deadline = time.monotonic() + 30
    while True:
        try:
            psycopg.connect(url).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def tls_server(pg_server: str, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The test server with TLS on (a certificate for 127.0.0.1 signed by a CA made here);
    the CA's file and another CA's, which signed nothing of the server's."""
    data = Path(os.environ.get("CASEAPP_TEST_PG_DIR", "")) / "data"
    if shutil.which("openssl") is None or not data.is_dir() or os.geteuid() != 0:
        pytest.skip("needs openssl and root on the machine of the test server's cluster")
    _make_ca(tmp_path, "office-ca")
    _make_ca(tmp_path, "other-ca")
    (tmp_path / "san.cnf").write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", "server.key", "-out", "server.csr", cwd=tmp_path)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "office-ca.pem", "-CAkey",
             "office-ca.key", "-CAcreateserial", "-days", "2", "-extfile", "san.cnf",
             "-out", "server.pem", cwd=tmp_path)
    # The tests turn TLS on and off on the one test server, with certificate files of the
    # same names: whichever worker runs them, one at a time (a lock beside the cluster).
    lock = (data.parent / "tls-test.lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    for name in ("server.pem", "server.key"):  # the server reads them as the postgres account
        shutil.copy(tmp_path / name, data / f"test-tls-{name}")
        shutil.chown(data / f"test-tls-{name}", "postgres", "postgres")
        (data / f"test-tls-{name}").chmod(0o600)
    admin = psycopg.connect(pg_server.replace("+psycopg", ""), autocommit=True)
    try:
        admin.execute(f"ALTER SYSTEM SET ssl_cert_file = '{data / 'test-tls-server.pem'}'")
        admin.execute(f"ALTER SYSTEM SET ssl_key_file = '{data / 'test-tls-server.key'}'")
        admin.execute("ALTER SYSTEM SET ssl = on")
        admin.execute("SELECT pg_reload_conf()")
        _until_served(pg_server, tmp_path / "office-ca.pem")
        yield tmp_path / "office-ca.pem", tmp_path / "other-ca.pem"
    finally:
        for setting in ("ssl", "ssl_cert_file", "ssl_key_file"):
            admin.execute(f"ALTER SYSTEM RESET {setting}")
        admin.execute("SELECT pg_reload_conf()")
        admin.close()
        lock.close()  # releases the lock


def test_verify_full_with_the_office_ca(tls_server: tuple[Path, Path], pg_url: str) -> None:
    office_ca, _other = tls_server
    url = f"{pg_url}?sslmode=verify-full&sslrootcert={office_ca}"
    cf = open_case_file(Location(url=url), actor="owner", today=lambda: TODAY)
    heard: list[object] = []
    arrived = threading.Event()
    listener = None
    try:
        with cf.db.engine.connect() as conn:
            encrypted = conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar_one()
        assert encrypted is True
        listener = cf.watch(lambda c: (heard.append(c), arrived.set()))
        other = open_case_file(Location(url=url), actor="owner", today=lambda: TODAY)
        try:
            other.captives.create(names=["Մելքոնյան Արփի", "Melkonyan Arpi"])
        finally:
            other.close()
        assert arrived.wait(2.0)  # live changes come over TLS too
    finally:
        if listener is not None:
            listener.stop()
        cf.close()


def test_a_server_signed_by_another_ca_is_refused(tls_server: tuple[Path, Path],
                                                  pg_url: str) -> None:
    _office, other_ca = tls_server
    with pytest.raises(CaseFileError) as refused:
        open_case_file(Location(url=f"{pg_url}?sslmode=verify-full&sslrootcert={other_ca}"),
                       actor="owner", today=lambda: TODAY)
    message = str(refused.value)
    assert message.startswith("Cannot connect to the team server ")
    assert "certificate" in message and "\n" not in message
