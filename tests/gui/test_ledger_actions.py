"""The File menu's whole-ledger actions: backup, export, import into an empty ledger, verify, and their errors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import ledger
from incidentdesk.storage.database import open_database

from conftest import settle


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window shows, as (kind, text), instead of a modal dialog."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_a, k=kind: shown.append((k, text)))
    return shown


@pytest.fixture
def save_to(monkeypatch):
    """Make the save dialog answer with a chosen path; remembers the default it was offered."""
    offered: list[str] = []

    def choose(path):
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            lambda _parent, _title, default, _filters: (offered.append(default), (str(path), ""))[1],
        )

    return choose, offered


def _tables(db):
    return ledger_json.export_ledger(db)["tables"]


def test_file_menu_lists_the_ledger_actions(window):
    """The File menu offers back up, restore, export, import and verify, then the inventory's Excel actions,
    between search and quit."""
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Search…",
        "&Back up…",
        "&Restore from a backup…",
        "&Export…",
        "&Import…",
        "&Verify the audit trail",
        "Import the &inventory from Excel or CSV…",
        "Export the inventory to E&xcel…",
        "&Quit",
    ]


def test_backup_writes_a_copy_that_opens(qtbot, runner, window, boxes, save_to, tmp_path, monkeypatch):
    """Back up offers <name>-<timestamp>.db in the backups folder, runs on the worker and says where it wrote."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    choose, offered = save_to
    choose(tmp_path / "copies" / "kept")  # no suffix typed: .db is added
    window.ledger_actions.act_backup.trigger()
    assert not window.ledger_actions.act_backup.isEnabled()  # busy until the worker answers
    settle(qtbot, runner)
    assert window.ledger_actions.act_backup.isEnabled()
    assert offered[0].startswith(str(tmp_path / "data" / "backups" / "ledger-")) and offered[0].endswith(".db")
    written = tmp_path / "copies" / "kept.db"
    assert boxes == [("information", f"Backup written to:\n{written}")]
    copy = open_database(str(written))
    try:
        assert _tables(copy) == _tables(window.ctx.ledger)
        assert ledger.verify(copy).ok
    finally:
        copy.close()


def test_export_then_import_into_an_empty_ledger(
    qtbot, runner, window, make_ctx, empty_db, boxes, save_to, tmp_path, monkeypatch
):
    """An export imported into a second, empty ledger gives the same services and rows, and its pages reload."""
    from incidentdesk.gui.main_window import MainWindow

    choose, offered = save_to
    exported = tmp_path / "ledger.json"
    choose(exported)
    window.ledger_actions.act_export.trigger()
    settle(qtbot, runner)
    assert offered[0].endswith(".json")
    assert boxes.pop() == ("information", f"Ledger exported to:\n{exported}")

    second = MainWindow(make_ctx(empty_db))
    qtbot.addWidget(second)
    second.show()
    settle(qtbot, runner)
    incidents = second.pages["incidents"].table.model()
    assert incidents.rowCount() == 0
    reloaded = []
    second.ctx.data_changed.connect(lambda: reloaded.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(exported), ""))
    second.ledger_actions.act_import.trigger()
    settle(qtbot, runner)
    assert reloaded == [True]
    kind, text = boxes.pop()
    assert kind == "information" and text.startswith("Imported ")
    services = _tables(empty_db)["external_service"]
    assert services and services == _tables(window.ctx.ledger)["external_service"]
    assert _tables(empty_db) == _tables(window.ctx.ledger)
    assert incidents.rowCount() == len(_tables(empty_db)["incident"]) > 0  # the visible page reloaded at once
    second.show_page("services")
    settle(qtbot, runner)
    assert second.pages["services"].table.model().rowCount() == len(services)


def test_import_into_a_ledger_with_records_is_refused_in_japanese(
    qtbot, runner, make_ctx, sample_db, boxes, monkeypatch
):
    """A ledger with records refuses the import with the Japanese message, asks for no file and changes nothing."""
    from incidentdesk.gui.main_window import MainWindow

    win = MainWindow(make_ctx(sample_db, lang="ja"))
    qtbot.addWidget(win)
    settle(qtbot, runner)
    before = _tables(sample_db)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (asked.append(True), ("", ""))[1])
    win.ledger_actions.act_import.trigger()
    settle(qtbot, runner)
    assert asked == []
    assert boxes == [("warning", LedgerError("ledger_not_empty").message("ja"))]
    assert "空ではありません" in boxes[0][1]
    assert _tables(sample_db) == before
    assert win.ledger_actions.act_import.isEnabled()


def test_verify_reports_an_intact_trail(qtbot, runner, window, boxes):
    """Verify from the File menu reports the trail intact with the number of events checked."""
    events = ledger.verify(window.ctx.ledger).events
    window.ledger_actions.act_verify.trigger()
    settle(qtbot, runner)
    changes = "1 change" if events == 1 else f"{events} changes"
    assert boxes == [("information", f"The audit trail is intact ({changes} checked).")]
    assert events > 0


def test_backup_to_an_unwritable_place_shows_the_error(qtbot, runner, window, boxes, save_to, tmp_path):
    """A backup whose folder cannot be made ends in a readable message and leaves the actions usable."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    choose, _offered = save_to
    choose(blocker / "copy.db")
    window.ledger_actions.act_backup.trigger()
    settle(qtbot, runner)
    assert len(boxes) == 1
    kind, text = boxes[0]
    assert kind == "warning" and text.startswith("Cannot read or write the file ") and "a-file" in text
    assert "Error" not in text and "Traceback" not in text
    assert window.ledger_actions.act_backup.isEnabled()
    assert QApplication.overrideCursor() is None


def test_restore_replaces_the_ledger_and_keeps_the_old_one(
    qtbot, runner, window, boxes, save_to, tmp_path, monkeypatch
):
    """Restore from the File menu asks for a backup, confirms, puts it in place, keeps the ledger as it was,
    reports the verified result and reloads the pages."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    choose, _offered = save_to
    copy = tmp_path / "kept.db"
    choose(copy)
    window.ledger_actions.act_backup.trigger()
    settle(qtbot, runner)
    boxes.clear()
    before = _tables(window.ctx.ledger)
    from incidentdesk.domain.inputs import PartyIn
    from incidentdesk.services import catalog

    catalog.add_party(window.ctx.ledger.database(), PartyIn(name="復元で消える事業者", kind="other"))
    assert _tables(window.ctx.ledger) != before
    reloaded = []
    window.ctx.data_changed.connect(lambda: reloaded.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.ledger_actions.act_restore.trigger()
    settle(qtbot, runner)
    assert reloaded == [True]
    kind, text = boxes.pop()
    assert kind == "information" and "restored" in text and "intact" in text
    assert _tables(window.ctx.ledger) == before
    kept = list((tmp_path / "data" / "backups").glob("ledger.before-restore.*.db"))
    assert len(kept) == 1 and str(kept[0]) in text


def test_database_failures_read_as_the_command_line_words_them(qtbot, runner, window, boxes):
    """A read-only ledger's SQLite error reaches the window as the same ja/en message the CLI prints, never as
    'OperationalError … (Background on this error at: https://sqlalche.me/…)'."""
    import sqlite3

    def fails(_ledger):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    window.ctx.call(fails, parent=window)
    settle(qtbot, runner)
    [(kind, text)] = boxes
    assert kind == "warning" and "read-only" in text and window.ctx.database_label in text
    assert "OperationalError" not in text and "sqlalche.me" not in text


def test_a_bug_reads_as_where_the_log_is(qtbot, runner, window, boxes):
    """An unexpected error shows the 'unexpected' message naming the log, not the exception's text."""

    def fails(_ledger):
        raise KeyError("秘密の記録")

    window.ctx.call(fails, parent=window)
    settle(qtbot, runner)
    [(kind, text)] = boxes
    assert "unexpected" in text and "incidentdesk.log" in text and "秘密の記録" not in text
