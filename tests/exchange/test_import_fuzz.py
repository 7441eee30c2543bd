"""Fuzzed imports (hypothesis): every mutated export is either refused with a clear message in Japanese and English,
leaving the target untouched, or imported into a ledger that then verifies. Never a traceback.

A few hundred examples run in the normal suite; INCIDENTDESK_LONG_FUZZ=1 runs thousands (and random rather than
the fixed sequence the normal run repeats)."""

from __future__ import annotations

import io
import itertools
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import ledger
from incidentdesk.storage.database import open_database

from export_mutations import as_bytes, mutated
from ledger_builders import small_ledger

LONG = os.environ.get("INCIDENTDESK_LONG_FUZZ") == "1"
_n = itertools.count(1)


class DrawChooser:
    """A Chooser over hypothesis' draws, so a failing file shrinks to its smallest mutation."""

    def __init__(self, data):
        self.data = data

    def pick(self, options):
        return self.data.draw(st.sampled_from(list(options)))

    def number(self, low, high):
        return self.data.draw(st.integers(low, high))


@pytest.fixture(scope="module")
def base_document(tmp_path_factory) -> dict:
    """The export of a small ledger with every kind of record."""
    db = open_database(str(tmp_path_factory.mktemp("fuzz-source") / "source.db"), actor="clerk")
    try:
        small_ledger(db)
        return ledger_json.export_ledger(db)
    finally:
        db.close()


def assert_clear(exc: LedgerError) -> None:
    """A message people can read in both languages: filled in (not the 'code: params' fallback), Japanese in ja."""
    ja, en = exc.message("ja"), exc.message("en")
    assert en and not en.startswith(f"{exc.code}:"), en
    assert ja and not ja.startswith(f"{exc.code}:") and any(ord(ch) > 0x3000 for ch in ja), ja


def attempt(db, data: bytes, state) -> str:
    """Import `data`; 'refused' (cleanly, target untouched) or 'accepted' (and verified). Anything else raises."""
    before = state(db)
    try:
        ledger_json.import_stream(db, io.BytesIO(data))
    except LedgerError as exc:
        assert_clear(exc)
        assert state(db) == before, "a refused import must leave the ledger as it was"
        return "refused"
    result = ledger.verify(db)
    assert result.ok, result.problem
    return "accepted"


def _examples(normal: int, long: int) -> int:
    return long if LONG else normal


@settings(
    max_examples=_examples(300, 3000),
    deadline=None,
    database=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_mutated_exports_are_refused_cleanly_or_import_and_verify_sqlite(
    base_document, sqlite_template, tmp_path, ledger_state, data
):
    """On SQLite: a mutated export (1-3 damages, sometimes as damaged text) is refused cleanly or verifies."""
    chooser = DrawChooser(data)
    doc, _done = mutated(base_document, chooser, chooser.number(1, 3))
    path = tmp_path / f"target{next(_n)}.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(str(path), actor="importer")
    try:
        attempt(db, as_bytes(doc, chooser), ledger_state)
    finally:
        db.close()
        path.unlink(missing_ok=True)


@pytest.mark.postgres
@settings(
    max_examples=_examples(30, 300),
    deadline=None,
    database=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_mutated_exports_are_refused_cleanly_or_import_and_verify_postgres(
    base_document, pg_server, pg_template, ledger_state, data
):
    """The same on PostgreSQL, which is stricter than SQLite (NUL, 32-bit integers): fewer examples, each a fresh
    database copied from a template."""
    chooser = DrawChooser(data)
    doc, _done = mutated(base_document, chooser, chooser.number(1, 3))
    name = f"fuzz{os.getpid()}_{next(_n)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    db = open_database(pg_server.url(name), actor="importer")
    try:
        attempt(db, as_bytes(doc, chooser), ledger_state)
    finally:
        db.close()
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
