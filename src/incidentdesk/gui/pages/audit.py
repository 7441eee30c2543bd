"""The audit log: every change, newest first, fetched a page at a time as the table scrolls."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .. import calls, columns
from ..context import AppContext
from ..table_models import PagedModel
from ..widgets import Table
from .base import Page

PAGE_SIZE = 500


class AuditPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = PagedModel(columns.audit(ctx), self._fetch, PAGE_SIZE, self)
        # Sorting a partial list would mislead; the log is always newest first.
        self.table = Table(self.model, sortable=False)
        self.table.setObjectName("auditLog")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.btn_verify = QPushButton()
        self.count = QLabel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.btn_verify)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.model.rowsInserted.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.btn_verify.clicked.connect(self.verify)
        self.retranslate()

    def _fetch(self, offset: int, limit: int, on_done) -> None:
        self.ctx.call(calls.audit_page, offset=offset, limit=limit, text=self.filter.text(), parent=self,
                      on_done=on_done)

    def refresh(self) -> None:
        self.ctx.call(calls.audit_first_page, self.filter.text(), PAGE_SIZE, parent=self, on_done=self._fill)

    def _fill(self, result) -> None:
        total, rows = result
        self.model.reset(total, rows)
        metrics = self.table.fontMetrics()
        for column, sample in ((0, "000000"), (1, "2021-03-19 10:00  "), (2, "情報 太郎 ____"), (3, "__linked__"),
                               (4, "判断の根拠とした説明 #0000"), (5, "x" * 40)):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)

    def _count(self, *_args) -> None:
        self.count.setText(self.tr("%1 of %2 changes loaded").replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total)))

    def verify(self) -> None:
        self.ctx.call(calls.verify, parent=self, on_done=self._verified)

    def _verified(self, result) -> None:
        from PySide6.QtWidgets import QMessageBox

        if result.ok and result.empty:
            QMessageBox.information(self, self.tr("Audit trail"),
                                    self.tr("The ledger is empty: there is nothing to verify yet."))
        elif result.ok:
            QMessageBox.information(self, self.tr("Audit trail"),
                                    self.tr("The audit trail is intact (%1 changes checked).")
                                    .replace("%1", str(result.events)))
        else:
            p = result.problem
            QMessageBox.critical(self, self.tr("Audit trail"),
                                 self.tr("The audit trail is broken at change %1: %2")
                                 .replace("%1", str(p.seq if p.seq is not None else p.record_id))
                                 .replace("%2", p.describe(self.ctx.lang)))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter changes (who, what, values)…"))
        self.btn_verify.setText(self.tr("&Verify audit trail"))
        self.model.relabel()
        self._count()
