"""The mayor's memo: edit overview and policy, preview the pages, save, issue, print, reopen issued memos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QVBoxLayout,
                               QWidget)

from ...domain.errors import LedgerError
from ...paths import memos_dir
from .. import calls, columns
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import Table
from .base import Page

PREVIEW_DPI = 110  # sharp enough when scaled down to the preview's width, at 100 % (times the screen's scale)
PRINT_DPI_MAX = 300  # beyond this a page image only costs memory


# PDFium is imported on the worker, with the memo service behind gui/calls.py, not when the window starts.

def page_images(pdf: bytes, dpi: int):
    from .. import pdf_pages

    return pdf_pages.page_images(pdf, dpi)


def preview_dpi(widget: QWidget) -> float:
    """The preview's render resolution for the screen `widget` is on: at 150 % a 110-dpi page was blurry."""
    return PREVIEW_DPI * max(1.0, widget.devicePixelRatioF())


def _render_preview(ledger, incident_id, *, dpi: float = PREVIEW_DPI, **kw):
    pdf = calls.render_memo(ledger, incident_id, **kw)
    return pdf, page_images(pdf, dpi)


def _reprint_preview(ledger, number, dpi: float = PREVIEW_DPI):
    pdf = calls.reprint_memo(ledger, number)
    return pdf, page_images(pdf, dpi)


class MemosPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.pdf: bytes | None = None
        self.pdf_name = ""
        self.incident = QComboBox()
        self.incident.setObjectName("memoIncident")
        self.memo_lang = QComboBox()
        self.memo_lang.addItem("日本語", "ja")
        self.memo_lang.addItem("English", "en")
        self.memo_lang.setCurrentIndex(0 if ctx.lang == "ja" else 1)
        self.memo_date = QDateEdit(QDate.currentDate())
        self.memo_date.setCalendarPopup(True)
        self.memo_date.setDisplayFormat("yyyy-MM-dd")
        self.number = QLineEdit()
        self.overview = QPlainTextEdit()
        self.policy = QPlainTextEdit()
        self.btn_defaults = QPushButton()
        self.btn_preview = QPushButton()
        self.btn_save = QPushButton()
        self.btn_issue = QPushButton()
        self.btn_print = QPushButton()
        self.issued = Table(RowsModel(columns.memos(ctx), self))
        self.issued.setObjectName("issuedMemos")
        self.btn_open = QPushButton()
        self.issued_label = QLabel()
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(self._labels, (self.incident, self.memo_lang, self.memo_date, self.number,
                                               self.overview, self.policy)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        actions = QHBoxLayout()
        for b in (self.btn_defaults, self.btn_preview, self.btn_save, self.btn_issue, self.btn_print):
            actions.addWidget(b)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(self.form)
        lv.addLayout(actions)
        issued_row = QHBoxLayout()
        issued_row.addWidget(self.issued_label, 1)
        issued_row.addWidget(self.btn_open)
        lv.addLayout(issued_row)
        lv.addWidget(self.issued)
        self.preview_label = QLabel()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._images: list = []
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.preview_label)
        rv.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.incident.currentIndexChanged.connect(lambda _i: self.load_defaults())
        self.memo_lang.currentIndexChanged.connect(lambda _i: self.load_defaults())
        self.btn_defaults.clicked.connect(self.load_defaults)
        self.btn_preview.clicked.connect(self.preview)
        self.btn_save.clicked.connect(self.save_pdf)
        self.btn_issue.clicked.connect(self.issue)
        self.btn_print.clicked.connect(self.print_pdf)
        self.btn_open.clicked.connect(self.open_issued)
        self.issued.activated_row.connect(lambda _r: self.open_issued())
        self.retranslate()
        self._show_pages([])

    # -- data ----------------------------------------------------------------------
    def incident_id(self) -> int | None:
        return self.incident.currentData()

    def _day(self) -> date:
        return self.memo_date.date().toPython()

    def refresh(self) -> None:
        self.ctx.call(calls.memo_choices, self._day(), parent=self, on_done=self._fill)

    def _fill(self, result) -> None:
        incidents, issued, number = result
        keep = self.incident_id()
        self.incident.blockSignals(True)
        self.incident.clear()
        for choice in incidents:
            self.incident.addItem(choice.label, choice.id)
        index = self.incident.findData(keep) if keep is not None else 0
        self.incident.setCurrentIndex(max(index, 0))
        self.incident.blockSignals(False)
        for b in (self.btn_defaults, self.btn_preview, self.btn_issue):
            b.setEnabled(bool(incidents))
        self.issued.source.set_rows(issued)
        self.issued.fit_columns(280)
        self.number.setText(number)
        if keep != self.incident_id() or not self.overview.toPlainText():
            self.load_defaults()

    def load_defaults(self) -> None:
        incident_id = self.incident_id()
        if incident_id is not None:
            self.ctx.call(calls.memo_texts, incident_id, lang=self.memo_lang.currentData(),
                          memo_date=self._day(), parent=self, on_done=self._set_texts)

    def _set_texts(self, texts) -> None:
        overview, policy = texts
        self.overview.setPlainText(overview)
        self.policy.setPlainText(policy)
        # No automatic preview: with a thousand affected uses rendering takes seconds of the worker's time.

    def _memo_args(self) -> dict:
        return {"lang": self.memo_lang.currentData(), "memo_date": self._day(),
                "overview": self.overview.toPlainText(), "policy": self.policy.toPlainText()}

    # -- preview, save, issue, print -----------------------------------------------
    def preview(self) -> None:
        incident_id = self.incident_id()
        if incident_id is None:
            return
        self.preview_label.setText(self.tr("Rendering…"))
        self.ctx.call(_render_preview, incident_id, dpi=preview_dpi(self), number=self.number.text(),
                      **self._memo_args(), parent=self,
                      on_done=lambda r: self._previewed(r, self.tr("Draft (not issued)"), self.number.text()))

    def _previewed(self, result, what: str, name: str) -> None:
        self.pdf, images = result
        self.pdf_name = name
        self._show_pages(images)
        self.preview_label.setText(self.tr("%1 — %2 pages").replace("%1", what).replace("%2", str(len(images))))

    def _show_pages(self, images) -> None:
        self._images = list(images)
        self._layout_pages()
        for b in (self.btn_save, self.btn_print):
            b.setEnabled(bool(images))

    def _layout_pages(self) -> None:
        """Pages scaled to the width of the preview, so a whole line of the memo is always in view."""
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        width = max(200, self.scroll.viewport().width() - 24)
        ratio = max(1.0, self.devicePixelRatioF())  # images are in device pixels, the layout in logical ones
        for image in self._images:
            page = QLabel()
            shown = image if image.width() <= width * ratio else image.scaledToWidth(
                int(width * ratio), Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(shown)
            pixmap.setDevicePixelRatio(ratio)
            page.setPixmap(pixmap)
            page.setStyleSheet("QLabel { border: 1px solid #888; background: white; }")
            self.pages_layout.addWidget(page)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._images:
            self._layout_pages()

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = memos_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save memo as PDF"),
                                              str(folder / f"{self.pdf_name or 'memo'}.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            with open(path, "wb") as fh:
                fh.write(self.pdf)
        except OSError as exc:  # e.g. the same file is open in a PDF viewer on Windows
            self.ctx.show_error(LedgerError("file_unwritable", path=path, reason=exc.strerror or str(exc)), self)

    def issue(self) -> None:
        incident_id = self.incident_id()
        if incident_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Issue memo"),
            self.tr("Issue the memo as %1? Its PDF and hash are stored and cannot be changed afterwards.")
            .replace("%1", self.number.text() or self.tr("the next number")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.change(calls.issue_memo, incident_id, number=self.number.text() or None, **self._memo_args(),
                        parent=self, on_done=self._issued)

    def _issued(self, row) -> None:
        self.ctx.call(_reprint_preview, row.number, preview_dpi(self), parent=self,
                      on_done=lambda r: self._previewed(r, self.tr("Issued %1").replace("%1", row.number), row.number))

    def open_issued(self) -> None:
        row = self.issued.selected()
        if row is not None:
            self.ctx.call(_reprint_preview, row.number, preview_dpi(self), parent=self,
                          on_done=lambda r: self._previewed(r, self.tr("Issued %1").replace("%1", row.number),
                                                            row.number))

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        self._printer = printer  # kept alive until the pages arrive
        self.ctx.runner.submit(page_images, self.pdf, dpi, on_done=lambda images: self._paint(printer, images),
                               on_error=lambda exc: self.ctx.show_error(exc, self))

    def _paint(self, printer, images) -> None:
        painter = QPainter(printer)
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
        finally:
            painter.end()

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("&Incident"), self.tr("Memo &language"), self.tr("&Date"),
                                              self.tr("Document &number"), self.tr("&Overview (section 1)"),
                                              self.tr("&Policy (section 5)"))):
            label.setText(text)
        self.btn_defaults.setText(self.tr("Reset te&xts"))
        self.btn_preview.setText(self.tr("Pre&view"))
        self.btn_save.setText(self.tr("&Save PDF…"))
        self.btn_issue.setText(self.tr("Iss&ue…"))
        self.btn_print.setText(self.tr("P&rint…"))
        self.btn_open.setText(self.tr("Open issued &memo"))
        self.issued_label.setText(self.tr("Issued memos"))
        if self.pdf is None:
            self.preview_label.setText(self.tr("Press Preview to see the pages here."))
        self.issued.source.relabel()
