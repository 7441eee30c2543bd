"""The main window: navigation, the page stack, global search (Ctrl+F), menus, status bar with the database."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

# No `Qt` namespace here: importing it builds all its enums (40 ms) and this module runs before the first paint.
from PySide6.QtCore import QByteArray, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .exchange_actions import ExchangeActions
from .layouts import CurrentStack, FitScrollArea
from .ledger_actions import LedgerActions

PAGES = ("incidents", "services", "parties", "requests", "memos", "audit")


class Pages(Mapping[str, QWidget]):
    """The window's pages, each built the first time it is asked for (pages[key] always works).

    Building all six pages and importing their forms took most of the time before the first paint;
    the window paints its frame first, then builds the page on show, then the others when idle.
    """

    def __init__(self, window: MainWindow):
        self._window = window
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGES:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._window._build_page(key)
            self._window.page_built.emit(key)  # after storing it: a listener may ask for the page
        return self._built[key]

    def __contains__(self, key: object) -> bool:  # Mapping's would build the page to find out
        return key in PAGES

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


NARROW = 1100  # logical pixels: narrower, the page list keeps only its least width


class MainWindow(QMainWindow):
    """Owns the pages; app.py owns everything the window is built from."""

    language_requested = Signal(str)  # "system" | "ja" | "en"
    settings_requested = Signal()
    about_requested = Signal()
    page_built = Signal(str)  # a page was just created (the bench watches the incident page through this)
    first_painted = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        language_choice: str = "system",
        last_incident: int | None = None,
        splitter_states: dict[str, QByteArray] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self._last_incident = last_incident
        self._splitter_states = dict(splitter_states or {})
        self.pages = Pages(self)
        self._search_page: QWidget | None = None
        self.stack = CurrentStack()  # as large as the page on show (layouts.py)
        self._slots: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for key in PAGES:
            slot = QWidget()  # holds the page's place in the stack until the page is built
            self._slots[key] = slot
            self.stack.addWidget(slot)
            self.nav.addItem("")
        self.nav.setMinimumWidth(140)  # 200 by default (split sizes); less leaves the pages room at 150 %
        self.nav.setWordWrap(True)
        self.nav.setMaximumWidth(260)
        font = self.nav.font()  # larger entries, set without a style sheet (parsing one took 13 ms)
        font.setPointSizeF(11)
        self.nav.setFont(font)
        for i in range(self.nav.count()):
            self.nav.item(i).setSizeHint(QSize(0, self.nav.fontMetrics().height() + 16))
        split = QSplitter()  # horizontal
        split.addWidget(self.nav)
        # The pages scroll only when the window is smaller than a page needs (1366 × 768 at 150 %).
        self.page_area = FitScrollArea(self.stack, min_height=200)
        split.addWidget(self.page_area)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 1200])
        self.split = split
        # The deadline banner sits above the pages, built after the first paint (its module is small but
        # the window's first frame must not wait for anything).
        self.banner = None
        central = QWidget()
        self._central = QVBoxLayout(central)
        self._central.setContentsMargins(0, 0, 0, 0)
        self._central.setSpacing(2)
        self._central.addWidget(split, 1)
        self.setCentralWidget(central)
        if "nav" in self._splitter_states:
            split.restoreState(self._splitter_states["nav"])
        self.nav.currentRowChanged.connect(self._row_chosen)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
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
        self._painted = False

    # -- pages, built on demand ---------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        """Create one page (its module and its forms are imported here, not when the window starts)."""
        ctx = self.ctx
        if key == "incidents":
            from .pages.incidents import IncidentsPage

            page: QWidget = IncidentsPage(
                ctx, last_incident=self._last_incident, load_now=self.stack.currentWidget() is self._slots[key]
            )
        elif key == "services":
            from .pages.services import ServicesPage

            page = ServicesPage(ctx)
        elif key == "parties":
            from .pages.parties import PartiesPage

            page = PartiesPage(ctx)
        elif key == "requests":
            from .pages.requests import RequestsPage

            page = RequestsPage(ctx)
        elif key == "memos":
            from .pages.memos import MemosPage

            page = MemosPage(ctx)
        else:
            from .pages.audit import AuditPage

            page = AuditPage(ctx)
        slot = self._slots[key]
        index = self.stack.indexOf(slot)
        showing = self.stack.currentWidget() is slot
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        if showing:
            self.stack.setCurrentWidget(page)
        for name, splitter in self._page_splitters(key, page).items():
            if name in self._splitter_states:
                splitter.restoreState(self._splitter_states[name])
        return page

    @staticmethod
    def _page_splitters(key: str, page: QWidget) -> dict[str, QSplitter]:
        if key == "incidents":
            return {"incidents": page.split, "incident_view": page.view.split}  # type: ignore[attr-defined]
        if key == "services":
            return {"services": page.split}  # type: ignore[attr-defined]
        return {}

    @property
    def search_page(self) -> QWidget:
        if self._search_page is None:
            from .pages.search import SearchPage

            self._search_page = SearchPage(self.ctx)
            self.stack.addWidget(self._search_page)
        return self._search_page

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        if self._painted or key in self.pages.built():
            self.stack.setCurrentWidget(self.pages[key])
        else:  # before the first paint only the slot is shown; the page follows right after
            self.stack.setCurrentWidget(self._slots[key])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        # A narrow window (1366 × 768 at 150 % is 911 wide) gives the pages the room the page list can spare.
        sizes = self.split.sizes()
        least = self.nav.minimumWidth()
        if self.width() < NARROW and len(sizes) == 2 and sizes[0] > least:
            self.split.setSizes([least, sizes[0] + sizes[1] - least])

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Build the page on show now; the others follow once its data is in, so switching to them is instant."""
        self.first_painted.emit()  # first: the worker waits for it to open the ledger
        from PySide6.QtCore import Qt

        # Setting a shortcut builds all of Qt's namespace enums (~40 ms): done after the paint, before keys matter.
        self.act_search.setShortcut(QKeySequence.StandardKey.Find)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        for i, action in enumerate(self.nav_actions):
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
        self.act_next_pane.setShortcuts([QKeySequence("F6")])
        self.act_previous_pane.setShortcuts([QKeySequence("Shift+F6")])
        self.act_next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.act_previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        self.act_shortcuts.setShortcut(QKeySequence("F1"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search_box.setClearButtonEnabled(True)
        row = self.nav.currentRow()
        if row >= 0:
            self.stack.setCurrentWidget(self.pages[PAGES[row]])
        # The banner's read and the other pages wait until the page on show has its data on screen: started
        # now, they took the GIL from filling and painting it (0.1 s at a prefecture).
        # The worker's last answer is handled right after it goes idle; its repaint is posted at low priority.
        self.ctx.runner.when_idle(self._after_first_data, self)

    def _after_first_data(self) -> None:
        """Queued behind the repaint the first answers asked for: Qt posts that with low priority too."""
        from PySide6.QtCore import QCoreApplication, Qt

        QCoreApplication.postEvent(
            self, QEvent(QEvent.Type(QEvent.registerEventType())), Qt.EventPriority.LowEventPriority.value
        )

    def customEvent(self, event: QEvent) -> None:  # the one _after_first_data posted
        self.ctx.runner.busy_changed.connect(self._build_when_idle)
        self._add_banner()

    def _add_banner(self) -> None:
        """Overdue and coming deadlines, said on start (queued behind the ledger's opening) and once a day."""
        from .deadline_banner import DeadlineBanner

        self.banner = DeadlineBanner(self.ctx, self)
        self.banner.show_deadlines.connect(self.show_deadlines)
        self._central.insertWidget(0, self.banner)
        self.banner.refresh()

    def show_deadlines(self) -> None:
        """The deadlines view: Requests and deadlines, the focus in its list of what is due."""
        from PySide6.QtCore import Qt

        self.show_page("requests")
        page = self.pages["requests"]
        page.deadlines.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_when_idle(self, busy: bool) -> None:
        # Building a page takes the GUI thread for tens of milliseconds: never while a page waits for its data.
        if not busy:
            QTimer.singleShot(0, self, self._build_next_page)

    def _build_next_page(self) -> None:
        missing = [key for key in PAGES if key not in self.pages.built()]
        if not missing:
            try:
                self.ctx.runner.busy_changed.disconnect(self._build_when_idle)
            except (RuntimeError, TypeError):  # already disconnected
                pass
            return
        if not self.ctx.runner.busy:
            self.pages[missing[0]]
            QTimer.singleShot(0, self, self._build_next_page)

    def _build_menus(self, language_choice: str) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_search = QAction(self)
        self.act_search.triggered.connect(self.focus_search)
        self.act_quit = QAction(self)
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addAction(self.act_search)
        self.file_menu.addSeparator()
        self.ledger_actions = LedgerActions(self.ctx, self, verify=lambda: self.pages["audit"].verify())
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
        # Go: the pages with their Alt+number, the panes (F6) and tabs (Ctrl+Tab), so the keys are shown somewhere.
        self.go_menu = bar.addMenu("")
        self.nav_actions = []
        for i in range(len(PAGES)):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, row=i: self.show_page(PAGES[row]))
            self.addAction(action)
            self.go_menu.addAction(action)
            self.nav_actions.append(action)
        self.go_menu.addSeparator()
        self.act_next_pane = self.go_menu.addAction("", lambda: self.move_pane(1))
        self.act_previous_pane = self.go_menu.addAction("", lambda: self.move_pane(-1))
        self.act_next_tab = self.go_menu.addAction("", lambda: self.move_tab(1))
        self.act_previous_tab = self.go_menu.addAction("", lambda: self.move_tab(-1))
        for action in (self.act_next_pane, self.act_previous_pane, self.act_next_tab, self.act_previous_tab):
            self.addAction(action)  # work while the menu bar is hidden behind a dialog's parent, too
        self.help_menu = bar.addMenu("")
        self.act_shortcuts = QAction(self)
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.act_shortcuts)
        self.addAction(self.act_shortcuts)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about_requested)
        self.help_menu.addAction(self.act_about)
        # Each menu is sized for its texts and shortcuts as it opens (in the language and with the keys of then),
        # not on every retranslation: measuring them all took 10 ms of the start.
        for menu in (self.file_menu, self.settings_menu, self.language_menu, self.go_menu, self.help_menu):
            menu.aboutToShow.connect(lambda m=menu: fit_menu(m))

    # -- navigation and search -----------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))
        if self._painted:
            self.stack.setCurrentWidget(self.pages[key])

    def panes(self) -> list[QWidget]:
        """What F6 visits, top to bottom and left to right: the page list, the search box, the deadline banner
        while it shows (its first item), then the current page's filter boxes, lists, tables and tab bars."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTabBar

        from .widgets import FilterBox

        page = self.stack.currentWidget()
        found = []
        for w in page.findChildren(QWidget):
            if (
                isinstance(w, (QAbstractItemView, QTabBar, FilterBox))
                and not isinstance(w, QHeaderView)
                and w.isVisible()
                and w.isEnabled()
                and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                found.append(w)
        found.sort(key=lambda w: (w.mapTo(self, QPoint(0, 0)).y() // 20, w.mapTo(self, QPoint(0, 0)).x()))
        banner = [self.banner.first_control()] if self.banner is not None and self.banner.isVisible() else []
        return [self.nav, self.search_box, *banner, *found]

    def move_pane(self, step: int) -> None:
        """F6 / Shift+F6: the focus to the next (previous) pane."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        panes = self.panes()
        focus = QApplication.focusWidget()
        at = next(
            (i for i, p in enumerate(panes) if focus is not None and (p is focus or p.isAncestorOf(focus))),
            -1 if step > 0 else 0,
        )
        panes[(at + step) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def move_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next (previous) tab of the tab widget holding the focus, else the page's."""
        from PySide6.QtWidgets import QApplication, QTabWidget

        focus = QApplication.focusWidget()
        tabs = None
        while focus is not None and tabs is None:
            tabs = focus if isinstance(focus, QTabWidget) else None
            focus = focus.parentWidget()
        if tabs is None:
            tabs = next((t for t in self.stack.currentWidget().findChildren(QTabWidget) if t.isVisible()), None)
        if tabs is not None and tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

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

    def splitter_states(self) -> dict[str, QByteArray]:
        """The sizes of the splitters remembered between sessions, by name; pages not built keep what they had."""
        states = dict(self._splitter_states)
        states["nav"] = self.split.saveState()
        for key, page in self.pages.built().items():
            states.update({name: s.saveState() for name, s in self._page_splitters(key, page).items()})
        return states

    def set_language_choice(self, choice: str) -> None:
        self.language_actions[choice].setChecked(True)

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # Windows gives Qt the system colours again when the user switches high contrast on or off.
            from . import contrast

            contrast.retheme()
        super().changeEvent(event)

    def show_database_label(self) -> None:
        """The status bar's ledger: the path being opened, then the opened ledger's own label."""
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.ctx.database_label))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incident Desk"))
        names = (
            self.tr("Incidents"),
            self.tr("Services and uses"),
            self.tr("Parties"),
            self.tr("Requests and deadlines"),
            self.tr("Memos"),
            self.tr("Audit log"),
        )
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
            self.nav.item(i).setToolTip(f"{name} (Alt+{i + 1})")
            self.nav_actions[i].setText(name)
        self.go_menu.setTitle(self.tr("&Go"))
        self.act_next_pane.setText(self.tr("Next pane"))
        self.act_previous_pane.setText(self.tr("Previous pane"))
        self.act_next_tab.setText(self.tr("Next tab"))
        self.act_previous_tab.setText(self.tr("Previous tab"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.search_label.setText(self.tr("Search: "))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F), Enter to list results"))
        self.show_database_label()
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


def fit_menu(menu) -> None:
    """Room for every item's whole text: the style cuts a label in the middle (「一覧表を Excel…き出す」) when the
    widest label plus the widest shortcut (reserved on every row) does not fit the width it measured."""
    metrics = menu.fontMetrics()
    texts = [a.text().replace("&&", "\0").replace("&", "").replace("\0", "&") for a in menu.actions()]
    keys = [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in menu.actions()]
    widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
    shortcut = max((metrics.horizontalAdvance(k) for k in keys if k), default=0)
    menu.setMinimumWidth(widest + shortcut + 3 * metrics.horizontalAdvance("M") + 60)
