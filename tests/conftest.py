"""Shared fixtures: a ledger on SQLite and on a throw-away PostgreSQL server, and a before/after snapshot."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from incidentdesk.storage.database import Database, open_database
from incidentdesk.storage.models import (
    AuditEvent,
    Claim,
    DataLocation,
    Decision,
    DecisionBasis,
    ExternalService,
    Incident,
    IncidentUse,
    LedgerMeta,
    Party,
    Request,
    SearchDoc,
    ServiceParty,
    Source,
    Statement,
    TimelineEntry,
    Use,
)

from pg_server import PgServer, find_bindir

ACTOR = "tester"
TEMPLATE_DB = "ledger_template"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
_names = itertools.count(1)


def pg_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("INCIDENTDESK_REQUIRE_PG") == "1"


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir(tmp_path_factory):
    """No test reads or writes the user's own ledger: a temporary data folder, and $INCIDENTDESK_DB unset."""
    patch = pytest.MonkeyPatch()
    patch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
    patch.delenv("INCIDENTDESK_DB", raising=False)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bindir()
    if bindir is None:
        reason = "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin); apt-get install postgresql"
        if pg_required():
            pytest.fail(reason + " — required because CI=true or INCIDENTDESK_REQUIRE_PG=1", pytrace=False)
        pytest.skip(reason)
    server = PgServer(bindir).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A database migrated to head once; each test copies it (CREATE DATABASE ... TEMPLATE) in milliseconds."""
    pg_server.admin(f"CREATE DATABASE {TEMPLATE_DB}")
    open_database(pg_server.url(TEMPLATE_DB)).close()
    return TEMPLATE_DB


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """An SQLite ledger at head; copying the file is faster than migrating for every test."""
    path = tmp_path_factory.mktemp("template") / "ledger.db"
    open_database(str(path)).close()
    return path


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_target(backend, request, tmp_path) -> Callable[..., str]:
    """A factory of targets (file path or URL) for new, empty ledgers on the test's backend.

    `new_target(at_head=True)` gives one already migrated to the current schema.
    """
    created: list[str] = []
    server = request.getfixturevalue("pg_server") if backend == "postgres" else None

    def make(at_head: bool = False) -> str:
        n = next(_names)
        if server is None:
            path = tmp_path / f"ledger{n}.db"
            if at_head:
                import shutil

                shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
            return str(path)
        name = f"t{os.getpid()}_{n}"
        template = request.getfixturevalue("pg_template") if at_head else "template0"
        server.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        created.append(name)
        return server.url(name)

    yield make
    for name in created:
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(new_target) -> Database:
    """An empty ledger at the current schema on SQLite or PostgreSQL; the actor is 'tester'."""
    database = open_database(new_target(at_head=True), actor=ACTOR)
    yield database
    database.close()


COUNTED = (
    Party,
    ExternalService,
    ServiceParty,
    Use,
    DataLocation,
    Incident,
    IncidentUse,
    Source,
    TimelineEntry,
    Statement,
    Claim,
    Request,
    Decision,
    DecisionBasis,
    SearchDoc,
    AuditEvent,
)


def _ledger_state(db: Database) -> dict[str, object]:
    with db.read() as s:
        state: dict[str, object] = {
            m.__tablename__: s.execute(select(func.count()).select_from(m)).scalar_one() for m in COUNTED
        }
        head = s.get(LedgerMeta, "audit_head")
        # Every audited change moves the head, so updates show here even though counts stay.
        state["audit_head"] = head.value if head else None
    return state


@pytest.fixture
def ledger_state() -> Callable[[Database], dict[str, object]]:
    """Row counts of every user table plus the audit head: equal before/after means nothing changed."""
    return _ledger_state
