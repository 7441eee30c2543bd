"""The ORM-free read path: plain SQL rows typed like the ORM's, and an SQLite ledger read without SQLAlchemy."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import Boolean, Date

from ledger_reads import read
from incidentdesk.services.reads import incidents as incident_reads, ledger as ledger_reads
from incidentdesk.domain.inputs import DEFAULT_SETTINGS, DecisionIn, ServiceIn, SettingsIn, UseIn
from incidentdesk.domain.errors import DatabaseError
from incidentdesk.services import catalog, decisions, ledger, memos, sample_case
from incidentdesk.storage import models, reader
from incidentdesk.storage.database import open_database
from incidentdesk.storage.sqlite_file import head_revision, known_revisions, sqlite_uri

TABLES = [m.__table__ for m in vars(models).values() if isinstance(m, type) and hasattr(m, "__table__")]


def _columns_of(kind) -> dict[str, set[bool]]:
    """column name -> {is of this type} over every table that has a column of that name."""
    out: dict[str, set[bool]] = {}
    for table in TABLES:
        for column in table.columns:
            out.setdefault(column.name, set()).add(isinstance(column.type, kind))
    return out


@pytest.mark.parametrize(
    "kind, named", [(Date, reader.DATE_COLUMNS), (Boolean, reader.BOOL_COLUMNS)], ids=["dates", "booleans"]
)
def test_converted_columns_are_exactly_the_models_columns_of_that_type(kind, named):
    """A name converts only if it has that type in every table that uses it, so conversion by name is safe."""
    seen = _columns_of(kind)
    assert {name for name, types in seen.items() if True in types} == set(named)
    assert all(seen[name] == {True} for name in named), {n: seen[n] for n in named if seen[n] != {True}}


def test_settings_input_is_the_settings_table_and_its_defaults():
    """SettingsIn lists exactly the settings table's columns, and the table's defaults are the input's."""
    names = list(SettingsIn.names())
    assert names == [c.name for c in models.OrgSettings.__table__.columns if c.name not in ("id", "version")]
    row = models.OrgSettings(id=1)
    assert all(getattr(row, n) == getattr(DEFAULT_SETTINGS, n) for n in names)


def test_rows_come_back_typed_and_in_lists_of_any_length(db):
    """Dates as dates and flags as bools on both backends; an IN list longer than one chunk finds every row."""
    service = catalog.add_service(db, ServiceIn(name="大量サービス", started_on="2020-04-01"))
    ids = [
        catalog.add_use(db, UseIn(service_id=service.id, name=f"業務{i}", handles_personal_data=i == 0)).id
        for i in range(reader.IN_CHUNK + 20)
    ]
    with db.reader() as r:
        row = r.one("SELECT started_on, followers_as_of FROM external_service WHERE id = ?", (service.id,))
        assert row.started_on == date(2020, 4, 1) and row.followers_as_of is None
        found = r.rows_in("SELECT id, handles_personal_data FROM service_use WHERE id IN ({in})", ids)
    assert sorted(x.id for x in found) == ids
    assert {x.id: x.handles_personal_data for x in found}[ids[0]] is True
    assert all(type(x.handles_personal_data) is bool for x in found)
    # The same as plain tuples (no named-tuple class), converted alike.
    with db.reader() as r:
        assert r.tuples("SELECT started_on, followers_as_of FROM external_service WHERE id = ?", (service.id,)) == [
            (date(2020, 4, 1), None)
        ]
        plain = r.tuples_in("SELECT id, handles_personal_data FROM service_use WHERE id IN ({in})", ids)
    assert sorted(plain) == sorted(tuple(x) for x in found)
    assert all(type(x) is tuple and type(x[1]) is bool for x in plain)


def test_settings_read_without_a_saved_row_are_the_defaults(db):
    assert read(db, ledger_reads.settings) == DEFAULT_SETTINGS
    ledger.save_settings(db, SettingsIn(municipality="春日市", approval_roles="市長,課長"))
    saved = read(db, ledger_reads.settings)
    assert (saved.municipality, saved.approval_roles, saved.addressee) == ("春日市", "市長,課長", "市長")


# -- opening a file without SQLAlchemy -----------------------------------------------------


@pytest.fixture
def sample_file(tmp_path, sqlite_template) -> tuple[Path, int]:
    path = tmp_path / "sample.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(str(path))
    try:
        incident_id = sample_case.load(db)
        memos.issue(db, incident_id, lang="ja", memo_date=date(2021, 3, 19))  # so the next has a changes section
        first_use = read(db, incident_reads.overview, incident_id).affected[0]
        decisions.record_decision(
            db, DecisionIn(incident_id=incident_id, use_id=first_use.use_id, state="suspend", decided_on="2021-03-22")
        )
    finally:
        db.close()
    return path, incident_id


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_memo_read_without_the_orm_is_byte_identical(sample_file, lang):
    """The same ledger, date and number give the same PDF through the ORM session and through plain sqlite3."""
    path, incident_id = sample_file
    args = dict(lang=lang, memo_date=date(2021, 3, 25), number="情政第2号")
    db = open_database(str(path))
    try:
        through_orm = memos.render(db, incident_id, **args)
        assert memos.assemble(db, incident_id, **args).changes  # the changes section is part of the comparison
        issued = memos.list_issued(db)
    finally:
        db.close()
    light = reader.open_read_only(str(path))
    assert light is not None
    assert memos.render(light, incident_id, **args) == through_orm
    assert memos.list_issued(light) == issued


def test_reading_writes_nothing_and_leaves_no_side_files(sample_file):
    path, incident_id = sample_file
    before = _sha(path)
    light = reader.open_read_only(str(path))
    memos.render(light, incident_id, lang="ja", memo_date=date(2021, 3, 25), number="x")
    assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["sample.db"]


def test_only_an_up_to_date_file_is_read_this_way(tmp_path, sqlite_template):
    """URLs, missing files and older schemas go through open_database (which migrates); foreign files are refused."""
    assert reader.open_read_only("postgresql+psycopg://desk@db.city.local/incidentdesk") is None
    assert reader.open_read_only(str(tmp_path / "none.db")) is None
    older = sorted(known_revisions() - {head_revision()})
    if older:
        path = tmp_path / "old.db"
        shutil.copyfile(sqlite_template, path)
        with sqlite3.connect(path) as conn:  # the tables of the older revision, as it really had them
            from incidentdesk.storage.sqlite_file import REVISIONS

            added = REVISIONS[head_revision()].expected("sqlite") - REVISIONS[older[-1]].expected("sqlite")
            for table in sorted(added):
                if not table.startswith("search_fts_"):  # dropping the full-text table drops its shadow tables
                    conn.execute(f"DROP TABLE {table}")
            conn.execute("UPDATE alembic_version SET version_num = ?", (older[-1],))
        conn.close()
        assert reader.open_read_only(str(path)) is None
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database at all" * 10)
    with pytest.raises(DatabaseError) as err:
        reader.open_read_only(str(foreign))
    assert err.value.code == "db_not_ledger"
    assert foreign.read_bytes() == b"not a database at all" * 10


PROBE = """
import sys
from incidentdesk import cli
code = cli.main(sys.argv[1:])
print("orm loaded" if "sqlalchemy" in sys.modules or "sqlmodel" in sys.modules else "no orm")
sys.exit(code)
"""


def test_the_memo_command_drafts_without_importing_the_orm(sample_file, tmp_path):
    path, incident_id = sample_file
    base = [
        sys.executable,
        "-c",
        PROBE,
        "--db",
        str(path),
        "--lang",
        "ja",
        "memo",
        str(incident_id),
        "--date",
        "2021-03-25",
    ]
    draft = subprocess.run(base + ["--out", str(tmp_path / "d.pdf")], capture_output=True, text=True, timeout=120)
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.strip().endswith("no orm")
    issued = subprocess.run(
        base + ["--out", str(tmp_path / "i.pdf"), "--issue"], capture_output=True, text=True, timeout=120
    )
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.strip().endswith("orm loaded")  # issuing writes, through the audited ORM path
    # A draft carries 案 and no audit head; the issued number rendered again (without the ORM) is the issued file.
    assert (tmp_path / "d.pdf").read_bytes() != (tmp_path / "i.pdf").read_bytes()
    number = re.search(r"文書番号 (\S+) として発行", issued.stdout).group(1)
    again = subprocess.run(
        base + ["--out", str(tmp_path / "a.pdf"), "--number", number], capture_output=True, text=True, timeout=120
    )
    assert again.returncode == 0 and again.stdout.strip().endswith("no orm"), again.stderr
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "i.pdf").read_bytes()


def test_a_read_only_ledger_refuses_writes(sample_file):
    """query_only: even a stray write through the memo command's connection is refused by SQLite."""
    path, _ = sample_file
    before = _sha(path)
    with reader.open_read_only(str(path)).reader() as r:
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            r.rows("DELETE FROM party")
    assert _sha(path) == before


def test_one_read_sees_one_snapshot(sample_file):
    """A write committed by the window between two queries of one read model is not half-seen."""
    path, _ = sample_file
    with reader.open_read_only(str(path)).reader() as r:
        before = r.scalar("SELECT count(*) FROM party")
        writer = sqlite3.connect(path)
        writer.execute("INSERT INTO party (name, kind, country, notes) VALUES ('新しい事業者', 'other', 'JP', '')")
        writer.commit()
        writer.close()
        assert r.scalar("SELECT count(*) FROM party") == before
    with reader.open_read_only(str(path)).reader() as r:
        assert r.scalar("SELECT count(*) FROM party") == before + 1


def test_uris_for_unc_paths_keep_the_host_in_the_path(tmp_path):
    r"""\\server\share (and mapped drives, which Windows resolves to it) becomes file:////server/share/..."""
    unc = PureWindowsPath(r"\\server\share\情報政策課\台帳 #1.db")
    assert (
        sqlite_uri(unc, "mode=ro") == "file:////server/share/%E6%83%85%E5%A0%B1%E6%94%BF%E7%AD%96%E8%AA%B2/"
        "%E5%8F%B0%E5%B8%B3%20%231.db?mode=ro"
    )
    assert sqlite_uri(PureWindowsPath(r"C:\Users\田中\a.db")) == "file:///C:/Users/%E7%94%B0%E4%B8%AD/a.db"
    # An empty authority followed by //: SQLite takes the rest as the path, as it will the UNC path on Windows.
    db = tmp_path / "台帳 #1.db"
    sqlite3.connect(db).close()
    conn = sqlite3.connect("file:///" + sqlite_uri(db.resolve())[len("file://") :], uri=True)
    conn.execute("SELECT 1")
    conn.close()
