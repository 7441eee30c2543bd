"""GUI test fixtures: offscreen Qt, a sample ledger copied per test, a runner, a context, a main window."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil  # noqa: E402

import pytest  # noqa: E402

from incidentdesk.gui.background import Runner  # noqa: E402
from incidentdesk.gui.context import AppContext  # noqa: E402
from incidentdesk.services import sample_case  # noqa: E402
from incidentdesk.storage.database import open_database  # noqa: E402


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory):
    """The LINE 2021 sample, loaded once; tests copy the file."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_database(str(path))
    sample_case.load(db)
    db.close()
    return path


@pytest.fixture
def sample_db(sample_file, tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copyfile(sample_file, path)
    db = open_database(str(path), actor="tester")
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(str(tmp_path / "empty.db"), actor="tester")
    yield db
    db.close()


@pytest.fixture
def runner(qtbot):
    worker = Runner()
    yield worker
    worker.shutdown()


def settle(qtbot, runner, timeout: int = 10_000) -> None:
    """Wait until the worker has answered every call and the GUI has handled the answers."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


@pytest.fixture
def make_ctx(runner):
    def make(db, lang: str = "en") -> AppContext:
        return AppContext(runner, db, lang=lang, date_style="era")

    return make


@pytest.fixture
def window(qtbot, runner, make_ctx, sample_db):
    """The main window on the sample ledger, in English, every page loaded once."""
    from incidentdesk.gui.main_window import MainWindow

    ctx = make_ctx(sample_db)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    # The pages and the banner come after the first paint, which a loaded machine may make late.
    qtbot.waitUntil(lambda: win.banner is not None, timeout=10_000)
    settle(qtbot, runner)
    yield win
    settle(qtbot, runner)


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """As app.py does for English: the plural forms ("1 claim", "3 claims") from plurals_en.qm. A test that
    installs Japanese puts its translators on top of this one."""
    from incidentdesk.gui.translations import Translations

    translations = Translations(qapp)
    translations.install("en")
    yield
    translations.clear()
