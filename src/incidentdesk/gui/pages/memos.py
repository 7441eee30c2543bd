"""The mayor's memo: edit overview and policy, preview the pages, save, issue, print, reopen issued memos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LedgerError
from ...paths import memos_dir
from .. import calls, columns
from ..a11y import plain
from ..context import AppContext
from ..contrast import set_themed
from ..layouts import flow_row
from ..dialogs.fields import DateField
from ..table_models import RowsModel
from ..widgets import Table
from .base import Page

PREVIEW_DPI = 110  # sharp enough when scaled down to the preview's width, at 100 % (times the screen's scale)
PRINT_DPI_MAX = 300  # beyond this a page image only costs memory


# PDFium is imported on the worker, with the memo service behind gui/calls/, not when the window starts.


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
        # Typed as in every form (令和8年12月1日, R8.12.1, 2026/12/1) and said back in 和暦; the memo follows the
        # date once it is entered (Enter, leaving the field, or a day picked), not at each key.
        self.memo_date = DateField()
        self.memo_date.setObjectName("memoDate")
        self.memo_date.set_language(ctx.lang)
        self._memo_day = date.today()
        self.memo_date.set_date(self._memo_day)
        self.number = QLineEdit()
        self.number.setObjectName("memoNumber")
        self._auto_number = ""  # the number the ledger proposed; a typed one is kept when the date changes
        self._generated: tuple[str, str] | None = None  # the texts last generated, to tell an edit apart
        self._original: tuple[str, str] = ("", "")  # the same as generated (keeps "Reason:\u00a0" together)
        self._for: tuple | None = None  # (incident, language, date, number) those texts were generated for
        self.sender_note = QLabel()
        self.sender_note.setObjectName("memoSenderMissing")
        self.sender_note.setWordWrap(True)
        set_themed(self.sender_note, "QLabel { background: #fff4ce; border: 1px solid #c8a600; padding: 4px; }")
        self.btn_settings = QPushButton()
        self.btn_settings.setObjectName("memoOpenSettings")
        self._sender_missing: list[str] = []
        self.statutory_note = QLabel()
        self.statutory_note.setObjectName("memoStatutory")
        self.statutory_note.setWordWrap(True)
        set_themed(self.statutory_note, "QLabel { background: #fde7e9; border: 1px solid #c50f1f; padding: 4px; }")
        self.btn_statutory = QPushButton()
        self.btn_statutory.setObjectName("memoAddStatutory")
        self._statutory: list = []
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
        for label, field in zip(
            self._labels,
            (self.incident, self.memo_lang, self.memo_date, self.number, self.overview, self.policy),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        actions = flow_row(self.btn_defaults, self.btn_preview, self.btn_save, self.btn_issue, self.btn_print)
        left = QWidget()
        lv = QVBoxLayout(left)
        sender_row = QHBoxLayout()
        sender_row.addWidget(self.sender_note, 1)
        sender_row.addWidget(self.btn_settings)
        self.sender_box = QWidget()
        self.sender_box.setLayout(sender_row)
        self.sender_box.setVisible(False)
        lv.addWidget(self.sender_box)
        statutory_row = QHBoxLayout()
        statutory_row.addWidget(self.statutory_note, 1)
        statutory_row.addWidget(self.btn_statutory)
        self.statutory_box = QWidget()
        self.statutory_box.setLayout(statutory_row)
        self.statutory_box.setVisible(False)
        lv.addWidget(self.statutory_box)
        lv.addLayout(self.form)
        lv.addLayout(actions)
        issued_row = QHBoxLayout()
        issued_row.addWidget(self.issued_label, 1)
        issued_row.addWidget(self.btn_open)
        lv.addLayout(issued_row)
        lv.addWidget(self.issued)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
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
        self.incident.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.memo_lang.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.memo_date.committed.connect(self._date_entered)
        self.number.editingFinished.connect(self.regenerate)
        self.btn_defaults.clicked.connect(self.load_defaults)
        self.btn_settings.clicked.connect(self.open_settings)
        self.btn_statutory.clicked.connect(self.add_statutory)
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
        """The memo's date: the last one entered that could be read."""
        return self._memo_day

    def _date_entered(self) -> None:
        day = self.memo_date.date()
        if day is not None and day != self._memo_day:
            self._memo_day = day
            self._date_changed()

    def _date_readable(self) -> bool:
        """Before a draft or an issue: the date field holds a date (else say why, and do nothing)."""
        from ...domain import validation

        try:
            validation.day(self.memo_date.text(), "date", required=True)
        except LedgerError as exc:
            self.ctx.show_error(exc, self)
            self.memo_date.setFocus()
            return False
        self._date_entered()  # typed but not yet entered (the button clicked straight from the field)
        return True

    def refresh(self) -> None:
        self.ctx.call(calls.memo_choices, self._day(), parent=self, on_done=self._fill)
        self.ctx.call(calls.memo_sender_missing, parent=self, on_done=self._show_sender)

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
        if (
            not self.number.text()
            or self.number.text() == self._auto_number
            or self._auto_number in (x.number for x in issued)
        ):  # the proposed number was just issued: propose the next one
            self._set_number(number)
        self.regenerate()

    def _set_number(self, number: str) -> None:
        self._auto_number = number
        self.number.setText(number)

    def _date_changed(self) -> None:
        """A new date may start a new fiscal year's numbering: a proposed number follows it, a typed one stays."""
        if self.number.text() and self.number.text() != self._auto_number:
            self.regenerate()
            return
        self.ctx.call(
            calls.memo_number,
            self._day(),
            parent=self,
            on_done=lambda number: (self._set_number(number), self.regenerate()),
        )

    def _key(self) -> tuple:
        return (self.incident_id(), self.memo_lang.currentData(), self._day(), self.number.text().strip())

    def edited(self) -> bool:
        """The user changed the generated overview or policy."""
        texts = (self.overview.toPlainText(), self.policy.toPlainText())
        return self._generated is not None and texts != self._generated and any(x.strip() for x in texts)

    def regenerate(self) -> None:
        """The texts for the memo's incident, language, date and number: generated afresh when they changed,
        and a text the user edited is replaced only if the user agrees."""
        if self.incident_id() is None or self._key() == self._for:
            return
        if self.edited():
            answer = QMessageBox.question(
                self,
                self.tr("Memo texts"),
                self.tr(
                    "The overview or policy was edited. The memo's incident, language, date or number changed: "
                    "replace the edited texts with ones generated for it?\n\nNo keeps your texts as they are."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._for = self._key()
                return
        self.load_defaults()

    def load_defaults(self) -> None:
        incident_id = self.incident_id()
        if incident_id is not None:
            self.ctx.call(calls.memo_statutory, incident_id, parent=self, on_done=self._show_statutory)
            key = self._key()
            self._for = key
            self.ctx.call(
                calls.memo_texts,
                incident_id,
                lang=key[1],
                memo_date=key[2],
                number=key[3],
                parent=self,
                on_done=self._set_texts,
            )

    def _set_texts(self, texts) -> None:
        overview, policy = texts
        self.overview.setPlainText(overview)
        self.policy.setPlainText(policy)
        # As the editor holds them (it turns a no-break space into a space), and as generated, for the memo.
        self._generated = (self.overview.toPlainText(), self.policy.toPlainText())
        self._original = (overview, policy)
        # No automatic preview: with a thousand affected uses rendering takes seconds of the worker's time.

    # -- statutory reports of a personal-data leak (domain/statutory.py) ------------------------
    def _show_statutory(self, proposals: list) -> None:
        self._statutory = list(proposals)
        self.statutory_box.setVisible(bool(proposals))
        self._statutory_text()

    def _statutory_text(self) -> None:
        from ...domain.era_dates import format_date

        items = ("、" if self.ctx.lang == "ja" else "; ").join(
            f"{p.subject} ({format_date(p.due_on, self.ctx.date_style, self.ctx.lang)})" for p in self._statutory
        )
        self.statutory_note.setText(
            self.tr(
                "This incident is marked as a personal-data leak: the reports to the "
                "Personal Information Protection Commission are not recorded yet: %1."
            ).replace("%1", items)
        )

    def add_statutory(self) -> None:
        """Record the proposed reports as requests to the city (their dates can be edited on the requests page)."""
        incident_id = self.incident_id()
        if incident_id is not None and self._statutory:
            self.ctx.change(
                calls.add_statutory,
                incident_id,
                parent=self,
                on_done=lambda _rows: (self._for_reset(), self.load_defaults()),
            )

    def _for_reset(self) -> None:
        self._for = None

    # -- the sender and contact a first memo needs -----------------------------------------
    def _show_sender(self, missing: list[str]) -> None:
        self._sender_missing = list(missing)
        self.sender_box.setVisible(bool(missing))
        self._sender_text()

    def _sender_text(self) -> None:
        from ...domain.errors import name

        names = (
            "、".join(name(x, self.ctx.lang) for x in self._sender_missing)
            if self.ctx.lang == "ja"
            else ", ".join(name(x, self.ctx.lang) for x in self._sender_missing)
        )
        self.sender_note.setText(
            self.tr("The memo's sender and contact are not set (%1): the memo would print them blank.").replace(
                "%1", names
            )
        )

    def open_settings(self) -> None:
        """The organisation settings, opened by the window that owns them; the page reloads when they are saved."""
        signal = getattr(self.window(), "settings_requested", None)
        if signal is not None:
            signal.emit()
        self.ctx.call(calls.memo_sender_missing, parent=self, on_done=self._show_sender)

    def _ask_sender(self) -> bool:
        """Before a draft while the sender is missing: offer the settings; False when the user went there."""
        if not self._sender_missing:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Memo sender"),
            self.tr(
                "The memo's sender and contact are not set yet. Fill them in now?\n\n"
                "No shows the draft with them blank."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_settings()
            return False
        return True

    def _memo_args(self) -> dict:
        shown = (self.overview.toPlainText(), self.policy.toPlainText())
        overview, policy = (
            o if s == g else s for s, g, o in zip(shown, self._generated or shown, self._original, strict=True)
        )
        return {"lang": self.memo_lang.currentData(), "memo_date": self._day(), "overview": overview, "policy": policy}

    # -- preview, save, issue, print -----------------------------------------------
    def preview(self) -> None:
        incident_id = self.incident_id()
        if incident_id is None or not self._date_readable() or not self._ask_sender():
            return
        self.preview_label.setText(self.tr("Rendering…"))
        self.ctx.call(
            _render_preview,
            incident_id,
            dpi=preview_dpi(self),
            number=self.number.text(),
            **self._memo_args(),
            parent=self,
            on_done=lambda r: self._previewed(r, self.tr("Draft (not issued)"), self.number.text()),
        )

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
            shown = (
                image
                if image.width() <= width * ratio
                else image.scaledToWidth(int(width * ratio), Qt.TransformationMode.SmoothTransformation)
            )
            pixmap = QPixmap.fromImage(shown)
            pixmap.setDevicePixelRatio(ratio)
            page.setPixmap(pixmap)
            set_themed(page, "QLabel { border: 1px solid #888; background: white; }")
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
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save memo as PDF"),
            str(folder / f"{self.pdf_name or 'memo'}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            with open(path, "wb") as fh:
                fh.write(self.pdf)
        except OSError as exc:  # e.g. the same file is open in a PDF viewer on Windows
            self.ctx.show_error(LedgerError("file_unwritable", path=path, reason=exc.strerror or str(exc)), self)

    def issue(self) -> None:
        incident_id = self.incident_id()
        if incident_id is None or not self._date_readable():
            return
        # First what the fonts cannot print (it would show as 〓), then the confirmation.
        self.ctx.call(
            calls.memo_missing_characters,
            incident_id,
            number=self.number.text(),
            **self._memo_args(),
            parent=self,
            on_done=lambda missing: self._confirm_issue(incident_id, missing),
        )

    def _confirm_issue(self, incident_id: int, missing: list[tuple[str, str]]) -> None:
        if missing:
            lines = "\n".join(f"{where}: {' '.join(chars)}" for where, chars in missing)
            answer = QMessageBox.warning(
                self,
                self.tr("Characters the fonts lack"),
                self.tr(
                    "These characters are not in the memo's fonts and would print as 〓:\n\n%1\n\nIssue anyway?"
                ).replace("%1", lines),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        answer = QMessageBox.question(
            self,
            self.tr("Issue memo"),
            self.tr("Issue the memo as %1? Its PDF and hash are stored and cannot be changed afterwards.").replace(
                "%1", self.number.text() or self.tr("the next number")
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.change(
            calls.issue_memo,
            incident_id,
            number=self.number.text() or None,
            **self._memo_args(),
            parent=self,
            on_done=self._issued,
        )

    def _issued(self, row) -> None:
        self.ctx.call(
            _reprint_preview,
            row.number,
            preview_dpi(self),
            parent=self,
            on_done=lambda r: self._previewed(r, self.tr("Issued %1").replace("%1", row.number), row.number),
        )

    def open_issued(self) -> None:
        row = self.issued.selected()
        if row is not None:
            self.ctx.call(
                _reprint_preview,
                row.number,
                preview_dpi(self),
                parent=self,
                on_done=lambda r: self._previewed(r, self.tr("Issued %1").replace("%1", row.number), row.number),
            )

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
        self.ctx.runner.submit(
            page_images,
            self.pdf,
            dpi,
            on_done=lambda images: self._paint(printer, images),
            on_error=lambda exc: self.ctx.show_error(exc, self),
        )

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
        for label, text in zip(
            self._labels,
            (
                self.tr("&Incident"),
                self.tr("Memo &language"),
                self.tr("&Date"),
                self.tr("Document &number"),
                self.tr("&Overview (section 1)"),
                self.tr("&Policy (section 5)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.memo_date.set_language(self.ctx.lang)
        self.memo_date.name_parts(plain(self._labels[2].text()))
        self.btn_defaults.setText(self.tr("Reset te&xts"))
        self.btn_preview.setText(self.tr("Pre&view"))
        self.btn_save.setText(self.tr("&Save PDF…"))
        self.btn_issue.setText(self.tr("Iss&ue…"))
        self.btn_print.setText(self.tr("P&rint…"))
        self.btn_open.setText(self.tr("Open issued &memo"))
        self.btn_settings.setText(self.tr("Fill in sender…"))
        self.btn_statutory.setText(self.tr("Record as requests"))
        self._statutory_text()
        self._sender_text()
        self.issued_label.setText(self.tr("Issued memos"))
        if self.pdf is None:
            self.preview_label.setText(self.tr("Press Preview to see the pages here."))
        self.issued.source.relabel()
