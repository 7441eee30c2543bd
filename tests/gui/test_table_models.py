"""Table models pass QAbstractItemModelTester, sort, filter, and when large look at each row at most once."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict, namedtuple
from datetime import date, timedelta

import pytest
from hypothesis import example, given, strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from ledger_reads import read
from incidentdesk.services.reads import (
    catalog as catalog_reads,
    incidents as incident_reads,
    ledger as ledger_reads,
    requests as request_reads,
    search as search_reads,
)
from incidentdesk.gui import columns
from incidentdesk.gui.table_models import ROW_ROLE, SORT_ROLE, FilterProxy, PagedModel, RowsModel, _sortable
from incidentdesk.services import memos
from incidentdesk.services.views import ServiceRow

from conftest import settle

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


class _Tally:
    """A column set whose functions count their calls and the rows they were called on, per kind of function."""

    KINDS = ("text", "sort", "state", "bold", "tip")

    def __init__(self, cols: list[columns.Column]):
        self.calls: Counter[str] = Counter()
        self.rows: defaultdict[str, set[int]] = defaultdict(set)
        self.columns = [
            dataclasses.replace(c, **{k: self._wrap(k, getattr(c, k)) for k in self.KINDS if getattr(c, k)})
            for c in cols
        ]

    def _wrap(self, kind, fn):
        def counted(row):
            self.calls[kind] += 1
            self.rows[kind].add(id(row))
            return fn(row)

        return counted

    def touched(self) -> int:
        """How many distinct rows any column function has looked at."""
        return len(set().union(*self.rows.values()))

    def clear(self) -> None:
        self.calls.clear()
        self.rows.clear()


def _shown_rows(table) -> int:
    """How many rows the table's viewport can show at once: what one paint may look at."""
    return table.viewport().height() // table.verticalHeader().defaultSectionSize() + 2


def _sample_sets(ctx, db):
    ov = read(db, incident_reads.overview, 1, today=date(2021, 3, 25))
    detail = read(db, catalog_reads.service_detail, 3)
    names = {p.id: p.name for p in read(db, catalog_reads.parties)}
    return {
        "incidents": (columns.incidents(ctx), read(db, incident_reads.incidents)),
        "affected": (columns.affected(ctx), ov.affected),
        "deadlines": (columns.deadlines(ctx), ov.deadlines),
        "timeline": (columns.timeline(ctx), ov.timeline),
        "statements": (columns.statements(ctx), ov.statements),
        "claims": (columns.claims(ctx), ov.statements[0].claims),
        "requests": (columns.requests(ctx, date(2021, 3, 25)), read(db, request_reads.requests)),
        "services": (columns.services(ctx), read(db, catalog_reads.services)),
        "uses": (columns.uses(ctx), detail.uses),
        "locations": (columns.locations(ctx, {u.id: u.name for u in detail.uses}), detail.locations),
        "party_roles": (columns.party_roles(ctx), detail.parties),
        "history": (columns.decision_history(ctx), detail.history),
        "parties": (columns.parties(ctx, names), read(db, catalog_reads.parties)),
        "audit": (columns.audit(ctx), read(db, ledger_reads.audit_page, limit=200)),
        "search": (columns.search_hits(ctx), read(db, search_reads.search, "LINE")),
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
    ov = read(sample_db, incident_reads.overview, 1)
    model = RowsModel(columns.affected(ctx))
    model.set_rows(ov.affected)
    texts = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert {"Continue", "Suspended", "Under discussion"} <= texts
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_abroad_is_marked_in_words(make_ctx, sample_db):
    """A location outside Japan reads '⚠ China (abroad)' in the country column, not only bold."""
    ctx = make_ctx(sample_db)
    detail = read(sample_db, catalog_reads.service_detail, 3)
    model = RowsModel(columns.locations(ctx, {}))
    model.set_rows(detail.locations)
    countries = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any(c.startswith("⚠") and c.endswith("(abroad)") for c in countries)
    assert "Japan" in countries


def test_paged_model_fetches_lazily(qtbot):
    """The paged model holds only what was fetched, asks for one page at a time, and passes the tester."""
    total = 100_000
    calls, pending = [], []

    def fetch(offset, limit, on_done):
        calls.append((offset, limit))
        pending.append(lambda: on_done([("row", i) for i in range(offset, min(total, offset + limit))]))

    tally = _Tally([columns.Column("No.", lambda r: str(r[1]))])
    model = PagedModel(tally.columns, fetch, page_size=500)
    QAbstractItemModelTester(model, FAIL)
    model.reset(total, [("row", i) for i in range(500)])
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    tally.clear()
    while model.rowCount() < 5_000:
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # a second scroll while the page is on its way asks for nothing more
        assert len(pending) == 1 and not model.canFetchMore(QModelIndex())
        pending.pop()()
    assert calls == [(offset, 500) for offset in range(500, 5_000, 500)]
    assert model.rows() == [("row", i) for i in range(5_000)]
    # Only the model tester peeks at cells next to each inserted page; appending never walks the rows.
    assert tally.touched() <= 2 * len(calls)
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
    total = read(sample_db, ledger_reads.audit_count)
    assert page.model.total == total
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        settle(qtbot, runner)
    assert page.model.rowCount() == total
    seqs = [page.model.row_at(r).seq for r in range(page.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    page.filter.setText("decision")
    qtbot.waitUntil(lambda: 0 < page.model.total < total, timeout=5000)


def _sort_by_header(table, column: int) -> None:
    """Sort the way a header click does (QTableView.sortByColumn would sort twice)."""
    table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)


@pytest.mark.parametrize("count", [10_000])
def test_ten_thousand_services_stay_responsive(qtbot, make_ctx, sample_db, count):
    """Loading 10,000 service rows looks only at the shown ones; sorting and filtering look at each row once."""
    from incidentdesk.gui.widgets import Table

    ctx = make_ctx(sample_db)
    rows = [
        ServiceRow(
            id=i,
            name=f"サービス{i:05d}",
            platform="LINE",
            department=f"課{i % 50}",
            contract_type="terms",
            followers=i,
            followers_as_of=None,
            started_on=None,
            use_count=i % 7,
            contractors=("受託",),
            abroad=i % 9 == 0,
        )
        for i in range(count)
    ]
    tally = _Tally(columns.services(ctx))
    table = Table(RowsModel(tally.columns))
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    table.source.set_rows(rows)
    table.grab()  # paint now, synchronously
    assert 0 < tally.touched() <= _shown_rows(table)
    tally.clear()
    _sort_by_header(table, 3)  # uses
    assert tally.calls == {"sort": count} and len(tally.rows["sort"]) == count  # one key per row, no comparisons
    counts = [r.use_count for r in table.source.rows()]
    assert counts == sorted(counts, reverse=True) and table.proxy.row_at(0).use_count == 6
    tally.clear()
    table.proxy.setFilterFixedString("サービス099")
    assert tally.calls == {"text": count * len(tally.columns)}  # each row's text joined once
    assert table.proxy.rowCount() == 100
    tally.clear()
    table.proxy.setFilterFixedString("サービス0999")  # the next keystroke reuses the joined texts
    assert not tally.calls
    assert table.proxy.rowCount() == 10  # サービス09990 … 09999


def test_hundred_thousand_timeline_rows_stay_responsive(qtbot, make_ctx, sample_db):
    """Loading and sizing 100,000 timeline rows looks at a few dozen; sorting and filtering look at each row once."""
    from types import SimpleNamespace

    from incidentdesk.gui.widgets import FIT_ROWS, FOCUS_FRAME_MARGIN, Table

    ctx = make_ctx(sample_db)
    count = 100_000
    start_day = date(2021, 3, 17).toordinal()
    from incidentdesk.domain.typed_dates import FactDate

    rows = [
        SimpleNamespace(
            entry=SimpleNamespace(
                occurred=FactDate.of_day(date.fromordinal(start_day + i % 2000)), text=f"経緯 {i} LINE社の説明"
            ),
            sources=(),
        )
        for i in range(count)
    ]
    tally = _Tally(columns.timeline(ctx))
    table = Table(RowsModel(tally.columns))
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    table.source.set_rows(rows)
    table.fit_columns()
    table.grab()  # paint now, synchronously
    assert 0 < tally.touched() <= max(FIT_ROWS, _shown_rows(table))
    tally.clear()
    _sort_by_header(table, 0)
    assert tally.calls == {"sort": count} and len(tally.rows["sort"]) == count  # one key per row, no comparisons
    assert table.proxy.row_at(0).entry.occurred.start == date.fromordinal(start_day + 1999)
    tally.clear()
    table.proxy.setFilterFixedString("経緯 999")
    assert tally.calls == {"text": count * len(tally.columns)}  # each row's text joined once
    assert table.proxy.rowCount() == 111  # 999, 9990 … 9999 and 99900 … 99999
    tally.clear()
    table.proxy.setFilterFixedString("経緯 9999")  # the next keystroke reuses the joined texts
    assert not tally.calls
    assert table.proxy.rowCount() == 11  # 9999 and 99990 … 99999


def test_sort_chosen_by_the_user_survives_a_reload(qtbot, make_ctx, sample_db):
    """After the user sorts by a column, fresh rows from the worker come in that order too."""
    from incidentdesk.gui.widgets import Table

    ctx = make_ctx(sample_db)
    rows = read(sample_db, catalog_reads.services)
    table = Table(RowsModel(columns.services(ctx)))
    qtbot.addWidget(table)
    table.source.set_rows(rows)
    assert [r.id for r in table.source.rows()] == [r.id for r in rows]
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # uses
    table.source.set_rows(rows)
    counts = [r.use_count for r in table.source.rows()]
    assert counts == sorted(counts, reverse=True) and counts != [r.use_count for r in rows]


def _cells(model, row: int) -> dict[str, str]:
    return {
        model.headerData(c, Qt.Orientation.Horizontal): model.data(model.index(row, c))
        for c in range(model.columnCount())
    }


def test_requests_of_both_directions_recurring_reports_and_ended_decisions_read_in_words(make_ctx, empty_db):
    """The malfunction fixture in the window's tables: a regulator's order to the vendor is 'For information',
    addressed to the vendor and with no due date of the city's (it used to raise KeyError and blank the tab);
    a monthly report shows its next unreported period; a decision whose end date has passed says so, with its
    conditions and what followed; deadlines of every kind are named (no raw 'report' or 'until')."""
    from cases import malfunction

    case = malfunction.enter(empty_db)
    malfunction.enter_late(empty_db, case)
    ctx = make_ctx(empty_db)
    model = RowsModel(columns.requests(ctx, date(2023, 7, 14)))
    QAbstractItemModelTester(model, FAIL)
    model.set_rows(read(empty_db, request_reads.requests, incident_id=case.incident_id))
    rows = {cells["Subject"]: cells for cells in (_cells(model, r) for r in range(model.rowCount()))}
    info = rows["システムの一時停止と総点検"]
    assert (info["Status"], info["Due"], info["Addressed to"]) == ("For information", "", "株式会社架空システムズ")
    monthly = rows["再開に向けた点検状況の定期報告"]
    assert (monthly["Status"], monthly["Due"], monthly["Repeats"]) == (
        "Open",
        ctx.short(date(2023, 7, 30)),
        "Every month",
    )
    survey = rows["コンビニ交付の誤交付に関する状況調査"]
    assert (survey["Status"], survey["Due"], survey["Addressed to"]) == (
        "Answered",
        ctx.short(date(2023, 5, 19)),
        "The city",
    )

    ov = read(empty_db, incident_reads.overview, case.incident_id, today=date(2023, 7, 14))
    deadlines = RowsModel(columns.deadlines(ctx))
    deadlines.set_rows(ov.deadlines)
    kinds = {_cells(deadlines, r)["Kind"] for r in range(deadlines.rowCount())}
    assert kinds == {"Recurring report", "Decision ends"}

    history = RowsModel(columns.decision_history(ctx))
    history.set_rows(read(empty_db, catalog_reads.service_detail, case.ids["service"]).history)
    ended = next(
        c
        for c in (_cells(history, r) for r in range(history.rowCount()))
        if c["Decision"] == "Continue with conditions"
    )
    assert ended["Standing"] == f"Ended {ctx.short(date(2024, 3, 31))} → Discontinued"  # today is past it
    assert ended["Conditions and end"] == (
        f"Conditions to continue: 事業者の月次点検報告を確認すること / "
        f"Until {ctx.short(date(2024, 3, 31))}, then Discontinued"
    )
    suspended = next(
        c
        for c in (_cells(history, r) for r in range(history.rowCount()))
        if c["Decision"] == "Suspended" and c["Standing"] == "Current"
    )
    assert suspended["Conditions and end"] == "Conditions to resume: 国の総点検の完了"


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=40))
def test_late_entries_are_those_recorded_after_a_later_dated_one(entries):
    """columns.late_ids in one pass marks what the pairwise definition marks: an entry is late when one recorded
    before it (a lower sequence) is dated after it; equal sequences (a ledger without audit trail) are never late."""
    from incidentdesk.gui.columns import late_ids

    Entry = namedtuple("Entry", "id day seq")
    items = [Entry(i, date(2021, 3, 1) + timedelta(days=d), s) for i, (d, s) in enumerate(entries)]
    pairwise = {x.id for x in items if any(o.day > x.day and o.seq < x.seq for o in items)}
    assert late_ids(items, lambda e: e.day, lambda e: e.seq) == pairwise


LINES = st.lists(
    st.text(
        alphabet=st.sampled_from(list("iIlWMm0123 ・ー継続停止協議中公式アカウントLINE株式会社ｱｲｳ（）/-")),
        min_size=0,
        max_size=24,
    ),
    min_size=1,
    max_size=40,
)


@given(lines=LINES, cap=st.integers(min_value=30, max_value=700))
@example(lines=["iiiiiiiiiiii"] * 3 + [f"iiiiiiiiiii{n}" for n in range(6)] + ["WWWWWWWW"], cap=2000)  # wider letters
@example(lines=["WWWWWWWW", "継続継続継続継続継続継続継続継続"], cap=60)  # the longest by characters fills it
def test_a_fitted_column_never_cuts_a_line_of_the_rows_it_measured(qapp, lines, cap):
    """Whatever the mix of narrow and wide Latin letters, half- and full-width Japanese, a fitted column is
    as wide as the widest of its first rows' lines and the cell's padding, or exactly `max_width` when that is
    less (a guess by character count, tried to save measuring, cut the last line here; measuring stops once a
    line fills the column, which must not change the width)."""
    from incidentdesk.gui.table_models import Column
    from incidentdesk.gui.widgets import FIT_ROWS, FOCUS_FRAME_MARGIN, Table

    table = Table(RowsModel([Column("", lambda row: row), Column("", lambda row: "")]))  # the last one stretches
    table.source.set_rows(lines)
    table.fit_columns(max_width=cap)
    widest = max(table.fontMetrics().horizontalAdvance(line) for line in lines[:FIT_ROWS])
    header = table.horizontalHeader()
    fitted = min(max(header.fontMetrics().horizontalAdvance("") + 16, widest) + 2 * FOCUS_FRAME_MARGIN + 12, cap)
    assert table.columnWidth(0) == max(fitted, header.minimumSectionSize())
    table.deleteLater()


def test_fitting_measures_every_line_until_one_fills_the_column(qapp):
    """Lines are measured longest first, so the widest may come late: a line of 60 narrow letters, then one of
    fewer wide ones just wider than it. Neither fills the column, so both count."""
    from incidentdesk.gui.table_models import Column
    from incidentdesk.gui.widgets import FOCUS_FRAME_MARGIN, Table

    table = Table(RowsModel([Column("", lambda row: row), Column("", lambda row: "")]))
    metrics = table.fontMetrics()
    narrow, wide = "i" * 60, "W"
    while metrics.horizontalAdvance(wide) <= metrics.horizontalAdvance(narrow):
        wide += "W"
    assert len(wide) < len(narrow)
    pad = 2 * FOCUS_FRAME_MARGIN + 12
    table.source.set_rows([narrow, wide])
    table.fit_columns(max_width=metrics.horizontalAdvance(wide) + pad + 1)
    assert table.columnWidth(0) == metrics.horizontalAdvance(wide) + pad
    table.deleteLater()
