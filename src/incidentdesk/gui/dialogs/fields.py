"""Input widgets the forms share: typed dates with a calendar, multi-line text, code-storing combos, context labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...domain import validation
from ...domain.era_dates import format_date
from ...domain.errors import LedgerError
from ...domain.vocab import COUNTRIES, Vocabulary


class DateField(QWidget):
    """A date typed as people write it (2021-03-19, 2021/3/19, 令和3年3月19日, R3.3.19, full-width digits) or
    picked (Alt+Down); what was understood is shown beside it in 和暦 as it is typed.

    The text goes to the services unchanged, so a date they cannot read is reported by them,
    inline, in the user's language. Empty means "no date". `committed` says the user is done with the date
    (Enter, leaving the field, or a day picked), for a page that acts on it rather than on each key.
    """

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, fact: bool = False):
        super().__init__(parent)
        self.lang = "ja"  # set by the form (FormDialog.add_field) to the window's language
        self.fact = fact  # also a month (令和5年3月), part of one (5月下旬) or a range (3月〜4月, 7月21日・22日)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("R3.3.19 / 2021-03-19")
        self.edit.setMaxLength(24)
        self.understood = QLabel(self)
        self.understood.setObjectName("dateUnderstood")
        self.understood.setStyleSheet("color: palette(placeholder-text);")
        self.edit.textChanged.connect(self._echo)
        self.edit.editingFinished.connect(self.committed)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.NoFocus)  # the keyboard path is Alt+Down from the text
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick a date (Alt+Down)"))
        self.button.setAccessibleName(QCoreApplication.translate("DateField", "Choose date"))
        self.button.clicked.connect(self.pick)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        row.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        # A label's mnemonic focuses its buddy only if the buddy takes focus: with NoFocus (a plain QWidget's
        # default) Alt+letter did nothing and the typed date went into the next field.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.edit.setAccessibleDescription(
            QCoreApplication.translate(
                "DateField", "Type a date such as R3.3.19 or 2021-03-19; Alt+Down opens a calendar"
            )
        )
        self.edit.installEventFilter(self)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("令和00年00月00日") + 24)

    def name_parts(self, name: str) -> None:
        """Screen-reader names from the field's label: the text box is the label, the button "Choose date: …"."""
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(QCoreApplication.translate("DateField", "Choose date: %1").replace("%1", name))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if obj is self.edit and event.type() == event.Type.KeyPress:
            if (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier) or event.key() == Qt.Key_F4:
                self.pick()
                return True
        return super().eventFilter(obj, event)

    def set_language(self, lang: str) -> None:
        """What was understood, said again in `lang` (a page's field, after a language switch)."""
        self.lang = lang
        self._echo()

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.edit.setText(text)

    def date(self) -> date | None:
        try:
            return validation.day(self.text(), "date")
        except LedgerError:
            return None

    def fact_date(self):
        """What the text says as a FactDate (a day, a month, part of one, a range), or None."""
        from ...domain.typed_dates import DateTextError, parse_fact_date

        try:
            return parse_fact_date(self.text()) if self.text() else None
        except DateTextError:
            return None

    def set_date(self, value: date | str | None) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else (value or ""))

    def _echo(self) -> None:
        """What the typed text will be saved as, in the user's language: 令和3年3月19日(2021-03-19)."""
        if not self.text():
            self.understood.clear()
            return
        if self.fact:
            found = self.fact_date()
            self.understood.setText(
                QCoreApplication.translate("DateField", "not a date yet")
                if found is None
                else "= " + found.format(self.lang, "era" if self.lang == "ja" else "western")
            )
            return
        parsed = self.date()
        if parsed is None:
            self.understood.setText(QCoreApplication.translate("DateField", "not a date yet"))
        else:
            self.understood.setText(
                f"= {format_date(parsed, 'era', self.lang)} ({parsed.isoformat()})"
                if self.lang == "ja"
                else f"= {format_date(parsed, 'western', 'en')}"
            )

    def pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.date() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qdate: QDate) -> None:
            self.edit.setText(qdate.toString("yyyy-MM-dd"))
            menu.close()
            self.edit.setFocus()
            self.committed.emit()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))


class InfoLabel(QLabel):
    """Read-only context (the incident, the service): cut with "…" to the room there is, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = False):
        super().__init__(parent)
        self._full = ""
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setWordWrap(wrap)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def sizeHint(self):  # noqa: N802 - Qt naming
        # The label must not widen the form; it takes the width the fields give the column.
        hint = super().sizeHint()
        if not self.wordWrap():
            hint.setWidth(min(hint.width(), 200))
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        if not self.wordWrap():
            hint.setWidth(60)
        return hint

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = text or ""
        self.setToolTip(self._full)
        self._show()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        shown = (
            self._full
            if self.wordWrap()
            else self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(self.width(), 80))
        )
        super().setText(shown)


class MultiLineEdit(QPlainTextEdit):
    """Multi-line text where Tab moves on and Ctrl+Enter saves the form (Enter is a new line)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self.setMinimumHeight(self._height(2))
        if lines <= 2:  # a short note should not take the room a list or a long text needs
            self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def _height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 12

    def sizeHint(self):  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        hint.setHeight(self._height(self._lines))
        return hint

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.setPlainText(text or "")


class CodeCombo(QComboBox):
    """A choice shown by its label and stored by its code; `optional` adds a blank first choice."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool | str = False):
        super().__init__(parent)
        # The blank choice's text: "—" unless the form names what "nothing" means here.
        self.blank = optional if isinstance(optional, str) else ("—" if optional else None)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.setMinimumContentsLength(12)
        if self.blank is not None:
            self.addItem(self.blank, None)

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        keep = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self.blank is not None:
            self.addItem(self.blank, None)
        for code, label in choices:
            self.addItem(label, code)
        self.blockSignals(False)
        self.set_code(keep)
        if any(self.fontMetrics().horizontalAdvance(label) > 240 for _code, label in choices):
            # Long names (incidents, services) must not stretch the form: the box takes the column's
            # width and the open list is as wide as its longest entry.
            self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            self.view().setMinimumWidth(min(self.view().sizeHintForColumn(0) + 24, 900))

    def set_vocab(self, vocab: Vocabulary, lang: str) -> None:
        self.set_choices([(t.code, t.label(lang)) for t in vocab])

    def code(self):
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_code(self, code) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class CountryCombo(QComboBox):
    """Country by name, stored as its ISO code; any other two-letter code may be typed."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        ja = lang == "ja"
        for code, (name_ja, name_en) in COUNTRIES.items():
            self.addItem(f"{name_ja if ja else name_en} ({code})", code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index)
        return text.upper()

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")
