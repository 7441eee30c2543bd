"""The audit log in words: every change, newest first, fetched a page at a time as the table scrolls; local
time, record and field names in the user's language, old → new per field; filters by record, user and date
range; the matching events exported as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import calls, columns
from ..context import AppContext, error_text
from ..contrast import set_themed
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
        self.table.setWordWrap(False)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.entity = QComboBox()
        self.entity.setObjectName("auditRecordKind")
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditRecordId")
        self.entity_id.setMaximumWidth(90)
        self.actor = QLineEdit()
        self.actor.setObjectName("auditUser")
        self.actor.setMaximumWidth(160)
        self.since = QLineEdit()
        self.since.setObjectName("auditSince")
        self.until = QLineEdit()
        self.until.setObjectName("auditUntil")
        for w in (self.since, self.until):
            w.setMaximumWidth(150)
        self.range_error = QLabel()
        set_themed(self.range_error, "color: #b71c1c;")
        self.range_error.hide()
        self.btn_verify = QPushButton()
        self.btn_export = QPushButton()
        self.count = QLabel()
        self.labels = [QLabel() for _ in range(4)]
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        for w in (self.filter, self.entity_id, self.actor, self.since, self.until):
            w.setClearButtonEnabled(True)
            w.textChanged.connect(lambda _t: self._debounce.start())
        self.entity.currentIndexChanged.connect(lambda _i: self._debounce.start())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.btn_export)
        top.addWidget(self.btn_verify)
        filters = QHBoxLayout()
        for label, w in zip(
            self.labels, ((self.entity, self.entity_id), (self.actor,), (self.since,), (self.until,)), strict=True
        ):
            label.setBuddy(w[0])
            filters.addWidget(label)
            for part in w:
                filters.addWidget(part)
        filters.addWidget(self.range_error)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.model.rowsInserted.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.btn_verify.clicked.connect(self.verify)
        self.btn_export.clicked.connect(lambda: self.export_csv())
        self.retranslate()

    # -- filters -------------------------------------------------------------------
    def _day(self, box: QLineEdit) -> date | None:
        from ...domain.typed_dates import parse_day

        text = box.text().strip()
        return parse_day(text) if text else None

    def filters(self) -> dict:
        """The filters as the reads take them; a date that cannot be read is said beside the fields."""
        out: dict = {}
        if self.entity.currentData():
            out["entity"] = self.entity.currentData()
        if self.entity_id.text().strip().isdigit():
            out["entity_id"] = int(self.entity_id.text().strip())
        if self.actor.text().strip():
            out["actor"] = self.actor.text().strip()
        self.range_error.hide()
        for key, box in (("since", self.since), ("until", self.until)):
            try:
                day = self._day(box)
            except Exception as exc:  # noqa: BLE001 - a LedgerError saying what was not understood
                self.range_error.setText(error_text(exc, self.ctx.lang))
                self.range_error.show()
                continue
            if day is not None:
                out[key] = day
        return out

    def _fetch(self, offset: int, limit: int, on_done) -> None:
        self.ctx.call(
            calls.audit_page,
            offset=offset,
            limit=limit,
            text=self.filter.text(),
            filters=self.filters(),
            parent=self,
            on_done=on_done,
        )

    def refresh(self) -> None:
        self.ctx.call(
            calls.audit_first_page, self.filter.text(), PAGE_SIZE, self.filters(), parent=self, on_done=self._fill
        )

    def _fill(self, result) -> None:
        total, rows = result
        self.model.reset(total, rows)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (0, "000000"),
            (1, "2021-03-19 10:00  "),
            (2, "情報 太郎 ____"),
            (3, "関連付け解除__"),
            (4, "サービスの事業者(役割) #0000"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)

    def _count(self, *_args) -> None:
        self.count.setText(
            self.tr("%1 of %2 changes loaded")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total))
        )

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV (*.csv)")
            )
        if not path:
            return
        self.ctx.call(
            calls.export_audit_csv,
            Path(path),
            lang=self.ctx.lang,
            text=self.filter.text(),
            filters=self.filters(),
            parent=self,
            on_done=lambda n: self.count.setText(
                self.tr("%1 changes exported to %2").replace("%1", str(n)).replace("%2", str(path))
            ),
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Export the audit log"), error_text(exc, self.ctx.lang)
            ),
        )

    def verify(self) -> None:
        self.ctx.call(calls.verify, parent=self, on_done=self._verified)

    def _verified(self, result) -> None:
        if result.ok and result.empty:
            QMessageBox.information(
                self, self.tr("Audit trail"), self.tr("The ledger is empty: there is nothing to verify yet.")
            )
        elif result.ok:
            QMessageBox.information(
                self,
                self.tr("Audit trail"),
                self.tr("The audit trail is intact (%n change(s) checked).", "", result.events),
            )
        else:
            p = result.problem
            QMessageBox.critical(
                self,
                self.tr("Audit trail"),
                self.tr("The audit trail is broken at change %1: %2")
                .replace("%1", str(p.seq if p.seq is not None else p.record_id))
                .replace("%2", p.describe(self.ctx.lang)),
            )

    def retranslate(self) -> None:
        from ...services.audit_text import ENTITIES

        self.filter.setPlaceholderText(self.tr("Filter changes (who, what, values)…"))
        self.btn_verify.setText(self.tr("&Verify audit trail"))
        self.btn_export.setText(self.tr("E&xport CSV…"))
        self.btn_export.setToolTip(self.tr("Every change matching the filters, in words, for Excel"))
        keep = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("(every record)"), "")
        for code, names in sorted(ENTITIES.items(), key=lambda kv: kv[1][0 if self.ctx.lang == "ja" else 1]):
            self.entity.addItem(names[0] if self.ctx.lang == "ja" else names[1], code)
        self.entity.setCurrentIndex(max(0, self.entity.findData(keep)))
        self.entity.blockSignals(False)
        self.entity_id.setPlaceholderText(self.tr("ID"))
        self.actor.setPlaceholderText(self.tr("user"))
        self.since.setPlaceholderText(self.tr("R3.3.1"))
        self.until.setPlaceholderText(self.tr("R3.3.31"))
        for label, text in zip(
            self.labels, (self.tr("&Record:"), self.tr("&User:"), self.tr("Fro&m:"), self.tr("T&o:")), strict=True
        ):
            label.setText(text)
        self.model.relabel()
        self._count()
