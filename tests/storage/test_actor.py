"""Who acted: the account the operating system reports (never an environment variable), the server's
session_user on PostgreSQL; and the durability setting every SQLite connection runs with."""

from __future__ import annotations

import os
import sys

import pytest
from incidentdesk.domain.inputs import PartyIn
from incidentdesk.services import catalog
from incidentdesk.storage import actor
from incidentdesk.storage.database import open_database


def _actors(db) -> set[str]:
    with db.read() as s:
        return {row[0] for row in s.connection().exec_driver_sql("SELECT actor FROM audit_event")}


@pytest.mark.skipif(sys.platform == "win32", reason="the password database is the POSIX source")
def test_environment_variables_do_not_choose_the_actor(tmp_path, monkeypatch):
    """LOGNAME=市長 (and USER, USERNAME) change nothing: the audit trail records the process's own account."""
    import pwd

    for name in ("LOGNAME", "USER", "USERNAME"):
        monkeypatch.setenv(name, "市長")
    db = open_database(str(tmp_path / "x.db"))
    try:
        catalog.add_party(db, PartyIn(name="LINE株式会社"))
        assert _actors(db) == {pwd.getpwuid(os.getuid()).pw_name}
    finally:
        db.close()


def test_on_windows_the_name_comes_from_the_os_api(monkeypatch):
    """On Windows the account is asked of GetUserNameW; the environment is not consulted."""
    monkeypatch.setattr(actor.sys, "platform", "win32")
    monkeypatch.setattr(actor, "_windows_account", lambda: "tanaka")
    monkeypatch.setenv("USERNAME", "市長")
    assert actor.os_account() == "tanaka"


def test_server_actor_names_the_role_and_the_pc_account_when_they_differ():
    """The role the server checked comes first; the PC's account follows in brackets only when it differs."""
    assert actor.server_actor("yamada", "yamada") == "yamada"
    assert actor.server_actor("incidentdesk", "tanaka") == "incidentdesk (tanaka)"
    assert actor.server_actor("Yamada", "yamada") == "Yamada"


@pytest.mark.postgres
def test_on_postgresql_the_actor_is_the_session_user(pg_server, monkeypatch):
    """A clerk logged in as role `yamada` is recorded as yamada (plus the PC's account), whatever LOGNAME says."""
    monkeypatch.setenv("LOGNAME", "市長")
    pg_server.admin("CREATE ROLE yamada LOGIN")
    pg_server.admin("CREATE DATABASE by_role OWNER yamada TEMPLATE template0")
    url = pg_server.url("by_role").replace("postgres@", "yamada@")
    try:
        db = open_database(url)
        try:
            catalog.add_party(db, PartyIn(name="LINE株式会社"))
            recorded = _actors(db)
            assert len(recorded) == 1 and next(iter(recorded)).split(" ")[0] == "yamada"
            assert "市長" not in next(iter(recorded))
        finally:
            db.close()
    finally:
        pg_server.admin("DROP DATABASE IF EXISTS by_role WITH (FORCE)")
        pg_server.admin("DROP ROLE IF EXISTS yamada")


def test_sqlite_ledgers_sync_every_commit(tmp_path):
    """synchronous=FULL on every connection: a commit that was reported survives a power cut."""
    db = open_database(str(tmp_path / "x.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()
