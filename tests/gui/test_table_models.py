"""Every table model of the window passes QAbstractItemModelTester, sorts, filters, and stays fast when large."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from incidentdesk.gui import columns
from incidentdesk.gui.table_models import ROW_ROLE, SORT_ROLE, FilterProxy, PagedModel, RowsModel, _sortable
from incidentdesk.services import browse, memos, queries
from incidentdesk.services.search import search
from incidentdesk.services.views import ServiceRow

from conftest import settle

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _sample_sets(ctx, db):
    ov = queries.incident_overview(db, 1, today=date(2021, 3, 25))
    detail = queries.service_detail(db, 3)
    names = {p.id: p.name for p in queries.list_parties(db)}
    return {
        "incidents": (columns.incidents(ctx), queries.list_incidents(db)),
        "affected": (columns.affected(ctx), ov.affected),
        "deadlines": (columns.deadlines(ctx), ov.deadlines),
        "timeline": (columns.timeline(ctx), ov.timeline),
        "statements": (columns.statements(ctx), ov.statements),
        "claims": (columns.claims(ctx), ov.statements[0].claims),
        "requests": (columns.requests(ctx, date(2021, 3, 25)), queries.list_requests(db)),
        "services": (columns.services(ctx), queries.list_services(db)),
        "uses": (columns.uses(ctx), detail.uses),
        "locations": (columns.locations(ctx, {u.id: u.name for u in detail.uses}), detail.locations),
        "party_roles": (columns.party_roles(ctx), detail.parties),
        "history": (columns.decision_history(ctx), detail.history),
        "parties": (columns.parties(ctx, names), queries.list_parties(db)),
        "audit": (columns.audit(ctx), queries.list_audit(db, limit=200)),
        "search": (columns.search_hits(ctx), search(db, "LINE")),
        "memos": (columns.memos(ctx), memos.list_issued(db)),
    }


def test_every_model_passes_the_model_tester(qtbot, make_ctx, sample_db):
    """Each column set over real sample rows, and its filter proxy, pass the tester through reset and sort."""
    ctx = make_ctx(sample_db)
    memos.issue(sample_db, 1, lang="ja", memo_date=date(2021, 3, 19))
    for name, (cols, rows) in _sample_sets(ctx, sample_db).items():
        assert rows, f"sample has no rows for {name}"
        model = RowsModel(cols)
        QAbstractItemModelTester(model, FAIL)
        proxy = FilterProxy(model)
        QAbstractItemModelTester(proxy, FAIL)
        model.set_rows(rows)
        for c in range(model.columnCount()):
            assert model.headerData(c, Qt.Orientation.Horizontal)
            proxy.sort(c, Qt.SortOrder.DescendingOrder)
            keys = [_sortable(proxy.index(r, c).data(SORT_ROLE)) for r in range(proxy.rowCount())]
            assert keys == sorted(keys, reverse=True), f"{name} column {c} is not sorted"
        assert any(model.data(model.index(0, 0), ROW_ROLE) is row for row in rows)
        proxy.setFilterFixedString("zzz-no-such-text")
        assert proxy.rowCount() == 0
        proxy.setFilterFixedString("")
        model.relabel()
        model.set_rows([])


def test_decision_column_gives_text_and_colour(make_ctx, sample_db):
    """The matrix's state column says the state in words and also colours it; the text is never empty."""
    ctx = make_ctx(sample_db)
    ov = queries.incident_overview(sample_db, 1)
    model = RowsModel(columns.affected(ctx))
    model.set_rows(ov.affected)
    texts = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert {"Continue", "Suspended", "Under discussion"} <= texts
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_abroad_is_marked_in_words(make_ctx, sample_db):
    """A location outside Japan reads '⚠ China (abroad)' in the country column, not only bold."""
    ctx = make_ctx(sample_db)
    detail = queries.service_detail(sample_db, 3)
    model = RowsModel(columns.locations(ctx, {}))
    model.set_rows(detail.locations)
    countries = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any(c.startswith("⚠") and c.endswith("(abroad)") for c in countries)
    assert "Japan" in countries


def test_paged_model_fetches_lazily(qtbot):
    """The paged model holds only what was fetched, asks for more page by page, and passes the tester."""
    total = 100_000
    calls = []

    def fetch(offset, limit, on_done):
        calls.append((offset, limit))
        on_done([("row", i) for i in range(offset, min(total, offset + limit))])

    model = PagedModel([columns.Column("No.", lambda r: str(r[1]))], fetch, page_size=500)
    QAbstractItemModelTester(model, FAIL)
    model.reset(total, [("row", i) for i in range(500)])
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    start = time.perf_counter()
    while model.rowCount() < 5_000:
        model.fetchMore(QModelIndex())
    assert time.perf_counter() - start < 2.0
    assert calls[0] == (500, 500) and model.rowCount() == 5_000
    assert not model.canFetchMore(model.index(0, 0))


def test_audit_page_model_over_the_ledger(qtbot, runner, make_ctx, sample_db):
    """The audit log page loads the newest page first and fetches the rest from the worker on demand."""
    from incidentdesk.gui.pages.audit import AuditPage

    ctx = make_ctx(sample_db)
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    QAbstractItemModelTester(page.model, FAIL)
    page.show()
    settle(qtbot, runner)
    total = browse.audit_count(sample_db)
    assert page.model.total == total
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        settle(qtbot, runner)
    assert page.model.rowCount() == total
    seqs = [page.model.row_at(r).seq for r in range(page.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    page.filter.setText("decision")
    qtbot.waitUntil(lambda: 0 < page.model.total < total, timeout=5000)


@pytest.mark.parametrize("count", [10_000])
def test_ten_thousand_services_stay_responsive(qtbot, make_ctx, sample_db, count):
    """Loading, sorting and filtering 10,000 service rows through the proxy takes well under a second each."""
    from incidentdesk.gui.widgets import Table

    ctx = make_ctx(sample_db)
    rows = [ServiceRow(i, f"サービス{i:05d}", "LINE", f"課{i % 50}", "terms", i, None, None, i % 7, ("受託",), i % 9 == 0)
            for i in range(count)]
    table = Table(RowsModel(columns.services(ctx)))
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    start = time.perf_counter()
    table.source.set_rows(rows)
    qtbot.wait(1)
    assert time.perf_counter() - start < 1.0
    start = time.perf_counter()
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - start < 1.5
    start = time.perf_counter()
    table.proxy.setFilterFixedString("サービス0999")
    assert time.perf_counter() - start < 1.5
    assert table.proxy.rowCount() == 10  # サービス09990 … 09999


def test_hundred_thousand_timeline_rows_stay_responsive(qtbot, make_ctx, sample_db):
    """An incident timeline of 100,000 entries loads, sizes its columns, sorts and filters within a second or two."""
    from types import SimpleNamespace

    from incidentdesk.gui.widgets import Table

    ctx = make_ctx(sample_db)
    start_day = date(2021, 3, 17).toordinal()
    rows = [SimpleNamespace(occurred_on=date.fromordinal(start_day + i % 2000), text=f"経緯 {i} LINE社の説明")
            for i in range(100_000)]
    table = Table(RowsModel(columns.timeline(ctx)))
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    start = time.perf_counter()
    table.source.set_rows(rows)
    table.fit_columns()
    qtbot.wait(1)
    assert time.perf_counter() - start < 1.5
    start = time.perf_counter()
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - start < 3.0
    assert table.proxy.row_at(0).occurred_on == date.fromordinal(start_day + 1999)
    start = time.perf_counter()
    table.proxy.setFilterFixedString("経緯 9999")
    assert time.perf_counter() - start < 3.0
    assert table.proxy.rowCount() == 11  # 9999 and 99990 … 99999


def test_sort_chosen_by_the_user_survives_a_reload(qtbot, make_ctx, sample_db):
    """After the user sorts by a column, fresh rows from the worker come in that order too."""
    from incidentdesk.gui.widgets import Table

    ctx = make_ctx(sample_db)
    rows = queries.list_services(sample_db)
    table = Table(RowsModel(columns.services(ctx)))
    qtbot.addWidget(table)
    table.source.set_rows(rows)
    assert [r.id for r in table.source.rows()] == [r.id for r in rows]
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # uses
    table.source.set_rows(rows)
    counts = [r.use_count for r in table.source.rows()]
    assert counts == sorted(counts, reverse=True) and counts != [r.use_count for r in rows]
