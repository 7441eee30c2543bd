"""Composition root of the window: QApplication, translators, settings, database, runner, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import logs, paths
from .gui import single_instance
from .gui import calls, contrast
from .gui.background import Runner
from .gui.context import AppContext, error_text
from .gui.snoozes import Snoozes
from .gui.translations import Translations, resolve
from .settings import LocalSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger("incidentdesk.app")

OPENING_NOTICE_MS = 500  # the "Opening the database…" box, when opening takes longer than this
PAINT_WAIT_S = 2.0  # the ledger opens after the first paint, or after this if the window cannot paint
SPLITTERS = ("nav", "incidents", "incident_view", "services")  # remembered between sessions

JAPANESE_FONTS = ("BIZ UDPGothic", "BIZ UDGothic", "Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP")


def use_japanese_font(app: QApplication) -> None:
    """Where the platform has no Japanese UI font of its own (Linux, offscreen), pick one that is installed."""
    if sys.platform in ("win32", "darwin") and app.platformName() not in ("offscreen", "minimal"):
        return
    # A frozen bundle carries BIZ UD fonts; a PC without Japanese fonts would otherwise show boxes.
    for font_file in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    families = set(QFontDatabase.families())
    for family in JAPANESE_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
            app.setFont(font)
            return


class DesktopApp(QObject):
    """Holds what lives as long as the window: runner, ledger, lock, translators, local settings."""

    def __init__(
        self, app: QApplication, settings: LocalSettings, translations: Translations, target: str, *, fresh: bool
    ):
        super().__init__(app)
        self.app, self.settings, self.translations, self.target, self.fresh = app, settings, translations, target, fresh
        self.runner = Runner(self)
        self.ctx: AppContext | None = None
        self.window = None
        self.opening: QProgressDialog | None = None
        self.exit_code = 0

    def start(self) -> None:
        """Start opening the ledger on the worker and show the window at once, disabled, its pages waiting for it."""
        backup_dir = paths.backups_dir() if self.target == str(paths.default_database_path()) else None
        label = self.target if "://" not in self.target else ""  # a server URL may carry a password
        self.ctx = AppContext(self.runner, None, lang=self.translations.lang, label=label, parent=self)
        self.ctx.snoozes = Snoozes(self.settings.qsettings, self.target, parent=self.ctx)
        self.runner.failed.connect(lambda exc: self.ctx.show_error(exc, self.window))
        # Submitted before the window exists, so every page's call made while it is built runs after the open;
        # the worker waits for the first paint, as its imports would compete with the window's for the GIL.
        painted = threading.Event()
        self.runner.submit(
            _open_ledger,
            self.ctx,
            self.target,
            backup_dir=backup_dir,
            after=painted,
            on_done=self._opened,
            on_error=self._failed,
        )
        self._show_window()
        self.window.first_painted.connect(lambda: _after_first_paint(painted))
        self.window.first_painted.connect(self._collect_later)
        # Opening may back up and migrate an old ledger first; say so if it takes more than a moment. The box
        # is built only then: building it took 6-12 ms before the first paint.
        QTimer.singleShot(OPENING_NOTICE_MS, self, self._still_opening)

    def _collect_later(self) -> None:
        """Python's cycle collector waits while the worker reads the first page and the window fills it.

        That read and that build make tens of thousands of objects at once (a prefecture's incident: 6,000
        read models, 15,000 rows), and every 700 new objects the collector looked through the young ones and,
        now and then, through everything made since start: 60 M instructions of a start-up of 1,900 M
        (docs/performance.md). Nothing of that is garbage to collect; it runs as usual once the worker is
        first idle, which it becomes whatever the read gave (data, an error)."""
        if not gc.isenabled():  # someone else turned it off: not ours to turn on again
            return
        gc.disable()
        self.runner.when_idle(gc.enable)

    def _still_opening(self) -> None:
        if self.ctx is None or self.ctx.ledger is not None or self.exit_code:
            return
        from PySide6.QtWidgets import QProgressDialog

        self.opening = QProgressDialog(
            QCoreApplication.translate("App", "Opening the database…\n%1").replace("%1", self.target), "", 0, 0
        )
        self.opening.setWindowTitle(QCoreApplication.translate("App", "Incident Desk"))
        self.opening.setCancelButton(None)
        self.opening.setMinimumDuration(0)
        self.opening.show()

    def _show_window(self) -> None:
        from .gui.main_window import MainWindow

        self.window = MainWindow(
            self.ctx,
            language_choice=self.settings.language,
            last_incident=self.settings.last_incident,
            splitter_states={name: self.settings.splitter(name) for name in SPLITTERS},
        )
        self.window.restoreGeometry(self.settings.geometry)
        self.window.restoreState(self.settings.window_state)
        self.window.language_requested.connect(self.switch_language)
        self.window.settings_requested.connect(self.open_settings)
        self.window.about_requested.connect(self.open_about)
        self.window.setEnabled(False)  # menus and forms need the ledger; the pages fill once it is open
        self.window.show()
        self.window.show_page(self.settings.last_page if self.settings.last_page in self.window.pages else "incidents")

    def _done_opening(self) -> None:
        if self.opening is not None:
            self.opening.reset()
            self.opening.deleteLater()
            self.opening = None

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._done_opening()
        log.error("cannot open %s: %s", self.target, error_text(exc, "en"))
        self.window.hide()
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Incident Desk"), error_text(exc, self.translations.lang)
        )
        self.exit_code = 2
        self.app.exit(2)

    def _opened(self, _ledger) -> None:
        self._done_opening()
        self.window.setEnabled(True)
        self.window.show_database_label()  # the opened ledger's own label
        self.ctx.call(calls.settings, on_done=lambda s: self.ctx.set_date_style(s.date_style))
        # Housekeeping waits for the first page: beside its fill, the sweep's imports took the GIL from it.
        self.runner.when_idle(self._sweep)
        if self.fresh:
            self.ctx.call(calls.is_empty, on_done=self._offer_sample)

    def _sweep(self) -> None:
        self.runner.submit(_sweep_viewer_copies, on_error=lambda exc: log.warning("sweeping copies: %s", exc))

    def _offer_sample(self, empty: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not empty:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("App", "Incident Desk"),
            QCoreApplication.translate(
                "App",
                "This is a new, empty ledger.\nLoad the sample case (LINE, March 2021) to see how the program is used?",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.change(calls.load_sample, parent=self.window)

    def switch_language(self, choice: str) -> None:
        self.settings.language = choice
        self.apply_language(resolve(choice))
        self.window.set_language_choice(choice)

    def apply_language(self, lang: str) -> None:
        self.ctx.set_language(lang)
        self.translations.install(lang)  # Qt posts LanguageChange to every widget

    def open_settings(self) -> None:
        from .gui import forms
        from .gui.dialogs import OrgSettingsDialog

        saved = forms.ask(OrgSettingsDialog, self.window, self.ctx, qsettings=self.settings.qsettings)
        if saved is None:
            return
        self.ctx.set_date_style(saved.settings.date_style)
        if saved.language_changed:
            self.switch_language(saved.language)

    def open_about(self) -> None:
        from .gui.dialogs.about import AboutDialog

        AboutDialog(self.window, database_label=self.ctx.database_label, lang=self.ctx.lang).exec()

    def save_layout(self) -> None:
        if self.window is None or self.ctx.ledger is None:  # never opened: keep the layout of the last real session
            return
        self.settings.geometry = self.window.saveGeometry()
        self.settings.window_state = self.window.saveState()
        for name, state in self.window.splitter_states().items():
            if not state.isEmpty():
                self.settings.set_splitter(name, state)
        built = self.window.pages.built()
        if "incidents" in built:
            self.settings.last_incident = built["incidents"].view.incident_id
        current = self.window.stack.currentWidget()
        for key, page in built.items():
            if page is current:
                self.settings.last_page = key
        self.settings.sync()

    def close(self) -> None:
        """After the event loop: remember the layout, let queued calls finish, close the ledger."""
        self.save_layout()
        if self.window is not None:
            self.window.deleteLater()
        self.runner.shutdown()
        if self.ctx is not None and self.ctx.ledger is not None:
            self.ctx.ledger.close()
        from .services import viewer_copies

        viewer_copies.remove_made()  # the attachments opened in the system's viewer during this session


def _sweep_viewer_copies() -> int:
    """On the worker, once the ledger is open: copies of attachments a killed session left, over a day old."""
    from .services import viewer_copies

    return viewer_copies.sweep()


def _after_first_paint(painted: threading.Event) -> None:
    """The log file, then let the worker start: neither may delay the first paint."""
    logs.configure()
    painted.set()


def _open_ledger(ctx: AppContext, target: str, *, backup_dir: Path | None, after: threading.Event):
    """On the worker, after the first paint: an up-to-date SQLite ledger opens without the ORM, which then
    loads on the worker for the first write (storage/access.py)."""
    if not after.wait(PAINT_WAIT_S):  # a window that cannot paint still gets its log file
        logs.configure()
    from .storage.access import Ledger

    # Set here, on the worker, so the pages' calls queued behind this one find the ledger.
    try:
        ctx.ledger = Ledger.open(target, backup_dir=backup_dir)
    except Exception as exc:
        from .storage.failures import explain

        explained = explain(exc, target)  # a read-only folder, a damaged file: said as the CLI says it
        if explained is None:
            raise
        raise explained from exc
    # The first page's read needs these; importing them now overlaps with the GUI thread building that page.
    import incidentdesk.services.reads.incidents  # noqa: F401 - imported for its side effect, on this thread

    return ctx.ledger


def run(db_target: str | None, lang: str | None) -> int:
    """Open the window on `db_target` (or the default ledger); the exit code of the event loop.

    The log file is configured after the first paint (_after_first_paint), before the worker opens the ledger.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    use_japanese_font(app)
    contrast.apply(app)  # INCIDENTDESK_HIGH_CONTRAST=1 off Windows: the high-contrast palette
    contrast.follow_system()  # switched on or off while the window is open: its colours follow
    settings = LocalSettings()
    language = resolve(lang or settings.language)
    translations = Translations(app)
    translations.install(language)
    target = paths.database_target(db_target)
    if "://" not in target:
        target = str(Path(target).expanduser().resolve())
    lock = single_instance.acquire(target)
    try:
        if lock is None:
            _already_open(target)
            return 0
        fresh = "://" not in target and (not os.path.exists(target) or os.path.getsize(target) == 0)
        desktop = DesktopApp(app, settings, translations, target, fresh=fresh)
        try:
            desktop.start()
            code = app.exec()
            return desktop.exit_code or code
        finally:
            desktop.close()
            desktop.setParent(None)
            lock.unlock()
    finally:
        translations.clear()


def _already_open(target: str) -> None:
    """Say clearly that another window has this database; nothing is opened or written."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        QCoreApplication.translate("App", "Incident Desk"),
        QCoreApplication.translate(
            "App",
            "The database\n%1\nis already open in another Incident Desk window.\n"
            "Please use that window. This one closes without changing anything.",
        ).replace("%1", target),
    )
