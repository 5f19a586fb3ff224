"""The command line on a team server: ``team push`` moves a local case file in whole (the
export from the server is the local export, byte for byte; the audit chain checks out), and
the messages that used to mislead on a server (``passphrase``, ``init``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caseapp.cli.entry import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_push_then_export_gives_the_local_export(demo_copy: Path, pg_url: str,
                                                 tmp_path: Path) -> None:
    local_json, server_json = tmp_path / "local.json", tmp_path / "server.json"
    assert run("export", "-o", str(local_json), "--db", str(demo_copy))[0] == 0

    code, out, err = run("team", "push", str(demo_copy), "--db", pg_url)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Pushed {demo_copy} into ")

    assert run("export", "-o", str(server_json), "--db", pg_url)[0] == 0
    # The same JSON, but for the moment each was made at.
    local_data, server_data = (json.loads(p.read_text(encoding="utf-8"))
                               for p in (local_json, server_json))
    assert local_data.pop("exported_at") and server_data.pop("exported_at")
    assert server_data == local_data
    assert sum(len(rows) for rows in local_data["tables"].values()) > 100  # the whole demo
    code, out, err = run("check", "--db", pg_url)  # the very audit chain, intact on the server
    assert code == 0, out + err

    # The same uids, documents, deadlines and audit history, and new records go on after them.
    local = open_case_file(Location(path=demo_copy), actor="tester", today=lambda: TODAY)
    server = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        assert [(c.id, c.uid) for c in server.captives.list()] == \
               [(c.id, c.uid) for c in local.captives.list()]
        first = local.captives.list()[0]
        assert [(d.uid, d.due_on) for d in server.deadlines.list(captive_id=first.id)] == \
               [(d.uid, d.due_on) for d in local.deadlines.list(captive_id=first.id)]
        assert len(server.audit.for_record(first.uid)) == len(local.audit.for_record(first.uid))
        top = max(c.id for c in local.captives.list())
        added = server.captives.create(names=["Հովհաննիսյան Լիլիթ", "Hovhannisyan Lilit"])
        assert added.id == top + 1
        # The search index was rebuilt on the server: a pushed captive is found by name in
        # both files alike (and the new one too).
        query = first.latin_name.split()[0]
        found = server.search.find_captives(query)
        assert found.total >= 1
        assert found.total == local.search.find_captives(query).total
        # The new one joins the pushed namesakes (found from the Armenian spelling too).
        assert server.search.find_captives("Հովհաննիսյան").total == \
            local.search.find_captives("Hovhannisyan").total + 1
    finally:
        local.close()
        server.close()


def test_push_into_a_case_file_with_records_is_refused(demo_copy: Path, pg_url: str) -> None:
    server = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        server.captives.create(names=["Already Here"])
    finally:
        server.close()
    code, out, err = run("team", "push", str(demo_copy), "--db", pg_url)
    assert code == 2 and out == ""
    assert "already holds a case file (captives: 1" in err and "Nothing was changed" in err
    assert err.count("\n") == 1
    server = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        assert [c.primary_name for c in server.captives.list()] == ["Already Here"]
    finally:
        server.close()


def test_passphrase_and_encrypt_on_a_server_say_what_protects_it(pg_url: str,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "correct horse battery staple 77")
    for command in ("passphrase", "encrypt"):
        code, _out, err = run(command, "--db", pg_url)
        assert code == 2
        assert "team server" in err and "no passphrase of its own" in err
        assert "caseapp encrypt" not in err  # the old advice, wrong on a server
        assert err.count("\n") == 1


def test_init_on_a_server_says_whether_it_created_anything(pg_server: str) -> None:
    from tests.postgres import drop_database, make_database

    name = make_database(pg_server, "init")  # empty: no schema yet
    url = pg_server.rsplit("/", 1)[0] + "/" + name
    try:
        code, out, _ = run("init", "--db", url)
        assert code == 0 and out.startswith("Created the case file in the database")
        code, out, _ = run("init", "--db", url)
        assert code == 0 and "already holds a case file, up to date; nothing was changed" in out
        assert "Created" not in out
    finally:
        drop_database(pg_server, name)


def test_a_lost_server_connection_says_to_run_the_command_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The team server's connection lost during a command was said as the window says it
    ("CaseApp is reconnecting: try again in a moment"), though the command had just ended and
    reconnected nothing: it now says to run the command again; exit 2, one line."""
    from caseapp.domain import messages
    from caseapp.domain.errors import ConnectionLost
    from caseapp.domain.messages import msg
    from caseapp.services.captives import CaptiveService

    monkeypatch.setattr(messages, "_language", ["en"])  # put back after the languages below

    db = tmp_path / "case.db"
    open_case_file(Location(path=db), create=True, actor="t").close()

    def lost(*_args: object, **_kwargs: object) -> None:  # as caseapp.db.postgres raises it
        raise ConnectionLost(msg("The connection to the team server was lost; nothing was "
                                 "saved. CaseApp is reconnecting: try again in a moment."),
                             bad_input=True)

    monkeypatch.setattr(CaptiveService, "list", lost)
    for lang, said in (("en", "Run the command again once the server answers."),
                       ("ru", "Выполните команду ещё раз, когда сервер ответит."),
                       ("hy", "Կրկին գործարկեք հրամանը, երբ սերվերը պատասխանի։")):
        code, out, err = run("--lang", lang, "captives", "list", "--db", str(db))
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert said in err and "reconnect" not in err, err
