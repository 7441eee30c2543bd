"""Help → Keyboard shortcuts: every key the program answers to, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..layouts import fit_to_screen


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for section, rows in self.shortcuts():
            r = self.table.rowCount()
            self.table.insertRow(r)
            head = QTableWidgetItem(section)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.table.setItem(r, 0, head)
            self.table.setSpan(r, 0, 1, 2)
            for keys, what in rows:
                r = self.table.rowCount()
                self.table.insertRow(r)
                self.table.setItem(r, 0, QTableWidgetItem(keys))
                self.table.setItem(r, 1, QTableWidgetItem(what))
        note = QLabel(self.tr("Every table lets Tab go to the next control; the arrows move inside it."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 620)
        fit_to_screen(self)  # the table scrolls on a small screen (1366 × 768 at 150 %)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def shortcuts(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(section, [(keys, what they do)]) — the keyboard map docs/accessibility.md repeats."""
        return [
            (
                self.tr("Anywhere in the window"),
                [
                    (
                        "Alt+1 … Alt+6",
                        self.tr("Incidents, Services and uses, Parties, Requests and deadlines, Memos, Audit log"),
                    ),
                    ("Ctrl+F", self.tr("Search everything; Enter lists the results")),
                    (
                        "F6 / Shift+F6",
                        self.tr(
                            "Next / previous pane: page list, search box, the deadline banner, the page's filters, "
                            "lists, tables and tabs"
                        ),
                    ),
                    (
                        "Ctrl+Tab / Ctrl+Shift+Tab",
                        self.tr("Next / previous tab of the page (also Ctrl+PgDown / Ctrl+PgUp)"),
                    ),
                    ("Tab / Shift+Tab", self.tr("Next / previous control; Tab also leaves a table")),
                    ("Alt+F, Alt+G, Alt+T, Alt+H", self.tr("The File, Go, Settings and Help menus")),
                    ("F1", self.tr("This list of shortcuts")),
                    ("Ctrl+Q", self.tr("Quit")),
                ],
            ),
            (
                self.tr("Incidents page"),
                [
                    ("Ctrl+N", self.tr("New incident")),
                    ("Ctrl+Shift+S", self.tr("Record a vendor statement")),
                    ("Ctrl+D", self.tr("Record a decision for the selected use")),
                    ("Alt+V", self.tr("Verify the selected claim")),
                    ("Alt+A", self.tr("Add affected uses")),
                    ("Shift+↓, Ctrl+D", self.tr("One decision for several selected uses")),
                    ("Alt+W / Alt+R", self.tr("Withdraw (取消) / correct the decision selected in Decision history")),
                    (
                        "Alt+M",
                        self.tr(
                            "More actions: claims, timeline, sources, requests, survey answer, whole service, edit"
                        ),
                    ),
                ],
            ),
            (
                self.tr("Tables and lists"),
                [
                    ("↑ ↓ PgUp PgDown Home End", self.tr("Move between rows")),
                    ("Enter", self.tr("Open the row (decide, verify, answer, open the record)")),
                    ("Space", self.tr("Tick or untick an item in a list with boxes")),
                    ("Ctrl+C", self.tr("Copy the selected rows for Excel")),
                    ("Shift+F10 / Menu", self.tr("The table's menu: copy, export as shown")),
                ],
            ),
            (
                self.tr("Forms"),
                [
                    (self.tr("Alt+underlined letter"), self.tr("Go to that field (dates included)")),
                    ("Enter / Ctrl+S", self.tr("Save")),
                    ("Ctrl+Enter", self.tr("Save from a text box with several lines (Enter there is a new line)")),
                    ("Alt+↓ / F4", self.tr("Open the calendar of a date field")),
                    ("Esc", self.tr("Cancel (asks first if something was typed)")),
                ],
            ),
            (
                self.tr("Deadlines banner"),
                [
                    ("Alt+L", self.tr("Show the deadlines")),
                    ("Space / Enter", self.tr("On a deadline: open its record (the request, the claim, the decision)")),
                    (
                        self.tr("Tab, then Space"),
                        self.tr(
                            "Snooze ▾ beside a deadline: until tomorrow, for a week, until "
                            "it is due, or until a date you choose"
                        ),
                    ),
                    ("Alt+Z", self.tr("Snooze the deadline selected in Requests and deadlines (Enter opens it)")),
                    ("Esc", self.tr("Hide the banner when it has the focus")),
                ],
            ),
        ]
