"""The main window: navigation, the page stack, global search (Ctrl+F), menus, status bar with the database."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QLabel, QLineEdit, QListWidget, QMainWindow, QProgressBar, QSplitter,
                               QStackedWidget, QToolBar, QWidget)

from .context import AppContext
from .exchange_actions import ExchangeActions
from .ledger_actions import LedgerActions
from .pages.audit import AuditPage
from .pages.incidents import IncidentsPage
from .pages.memos import MemosPage
from .pages.parties import PartiesPage
from .pages.requests import RequestsPage
from .pages.search import SearchPage
from .pages.services import ServicesPage

PAGES = ("incidents", "services", "parties", "requests", "memos", "audit")


class MainWindow(QMainWindow):
    """Owns the pages; app.py owns everything the window is built from."""

    language_requested = Signal(str)  # "system" | "ja" | "en"
    settings_requested = Signal()
    about_requested = Signal()

    def __init__(self, ctx: AppContext, *, language_choice: str = "system", last_incident: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.pages = {
            "incidents": IncidentsPage(ctx, last_incident=last_incident),
            "services": ServicesPage(ctx),
            "parties": PartiesPage(ctx),
            "requests": RequestsPage(ctx),
            "memos": MemosPage(ctx),
            "audit": AuditPage(ctx),
        }
        self.search_page = SearchPage(ctx)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
            self.nav.addItem("")
        self.stack.addWidget(self.search_page)
        self.nav.setMinimumWidth(200)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; } "
                               "QListWidget#navigation::item { padding: 8px 6px; }")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 1200])
        self.setCentralWidget(split)
        self.nav.currentRowChanged.connect(lambda row: self.stack.setCurrentIndex(row) if row >= 0 else None)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(420)
        self.search_box.returnPressed.connect(self.run_search)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.search_label = QLabel()
        self.toolbar.addWidget(self.search_label)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate bar: the worker is busy, not how far along
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        ctx.runner.busy_changed.connect(self.busy.setVisible)
        ctx.open_record.connect(self.open_record)
        self._build_menus(language_choice)
        self.retranslate()
        self.nav.setCurrentRow(0)

    def _build_menus(self, language_choice: str) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_search = QAction(self)
        self.act_search.setShortcut(QKeySequence.StandardKey.Find)
        self.act_search.triggered.connect(self.focus_search)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addAction(self.act_search)
        self.file_menu.addSeparator()
        self.ledger_actions = LedgerActions(self.ctx, self, verify=self.pages["audit"].verify)
        for action in self.ledger_actions.actions():
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.ledger_actions.act_verify)
        self.file_menu.addSeparator()
        self.exchange_actions = ExchangeActions(self.ctx, self)
        self.file_menu.addActions(self.exchange_actions.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.settings_menu = bar.addMenu("")
        self.act_settings = QAction(self)
        self.act_settings.triggered.connect(self.settings_requested)
        self.settings_menu.addAction(self.act_settings)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("system", "ja", "en"):
            action = QAction(self, checkable=True)
            action.setChecked(code == language_choice)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about_requested)
        self.help_menu.addAction(self.act_about)
        self.nav_actions = []
        for i in range(len(PAGES)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _checked=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(action)
            self.nav_actions.append(action)

    # -- navigation and search -----------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.search(self.search_box.text())
        self.search_page.table.setFocus()

    def open_record(self, page: str, record_id: int) -> None:
        if page == "incident":
            self.show_page("incidents")
            self.pages["incidents"].open_incident(record_id)
        elif page == "service":
            self.show_page("services")
            self.pages["services"].open_service(record_id)
        elif page == "party":
            self.show_page("parties")
            self.pages["parties"].open_party(record_id)
        elif page == "requests":
            self.show_page("requests")
            self.pages["requests"].open_request(record_id)

    def splitters(self) -> dict:
        """The splitters whose sizes are remembered between sessions, by name."""
        return {"nav": self.centralWidget(), "incidents": self.pages["incidents"].split,
                "incident_view": self.pages["incidents"].view.split, "services": self.pages["services"].split}

    def set_language_choice(self, choice: str) -> None:
        self.language_actions[choice].setChecked(True)

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incident Desk"))
        names = (self.tr("Incidents"), self.tr("Services and uses"), self.tr("Parties"),
                 self.tr("Requests and deadlines"), self.tr("Memos"), self.tr("Audit log"))
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
            self.nav_actions[i].setText(name)
        self.search_label.setText(self.tr("Search: "))
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F), Enter to list results"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.ctx.database_label))
        self.busy.setToolTip(self.tr("Working…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.act_search.setText(self.tr("&Search…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.ledger_actions.retranslate()
        self.exchange_actions.retranslate()
        self.settings_menu.setTitle(self.tr("Se&ttings"))
        self.act_settings.setText(self.tr("&Organisation and memo settings…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["system"].setText(self.tr("Follow the system"))
        self.language_actions["ja"].setText("日本語")
        self.language_actions["en"].setText("English")
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About Incident Desk and data locations…"))
