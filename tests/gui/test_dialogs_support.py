"""Fixtures and helpers shared by the form tests (no tests here): a small ledger, a runner, open and save a form."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402

from incidentdesk.domain.inputs import IncidentIn, LinkIn, PartyIn, ServiceIn, StatementIn, UseIn
from incidentdesk.gui.background import Runner  # noqa: E402
from incidentdesk.services import catalog, incidents, statements  # noqa: E402
from incidentdesk.storage.database import open_database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "t.db"))
    yield database
    database.close()


@pytest.fixture
def runner(qtbot):
    worker = Runner()
    yield worker
    worker.shutdown()


@pytest.fixture
def ledger(db):
    """One vendor, one service with two uses, one incident affecting the first use, one statement."""
    party = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    service = catalog.add_service(db, ServiceIn(name="市LINE公式アカウント", platform="LINE", department="広報課"))
    use = catalog.add_use(db, UseIn(service_id=service.id, name="防災情報の配信"))
    other_use = catalog.add_use(db, UseIn(service_id=service.id, name="粗大ごみ受付"))
    incident = incidents.open_incident(db, IncidentIn(title="LINE社の個人情報管理問題", occurred_on="2021-03-17"))
    incidents.link_uses(db, LinkIn(incident_id=incident.id, use_ids=[use.id]))
    statement = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=party.id,
            made="2021-03-18",
            channel="briefing",
            claims=["国内へ移転する", "アクセスは遮断済み"],
        ),
    )
    return SimpleNamespace(
        party=party.id,
        service=service.id,
        use=use.id,
        other_use=other_use.id,
        incident=incident.id,
        statement=statement.id,
    )


def context_for(runner, db, lang: str = "en"):
    from incidentdesk.gui.context import AppContext

    return AppContext(runner, db, lang=lang, date_style="era")


def open_form(qtbot, cls, runner, db, **context):
    """The form, shown, once its data has loaded. A decision form given incident_id gets that incident's overview,
    as the incident page hands it over."""
    if cls.__name__ == "DecisionDialog" and "incident_id" in context:
        from incidentdesk.services.reads import incidents

        with db.reader() as r:
            context["overview"] = incidents.overview(r, context.pop("incident_id"))
    dialog = cls(None, context_for(runner, db), **context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    return dialog


def save(qtbot, dialog) -> None:
    """Save and wait until the service answered (the form is then closed, or shows an error)."""
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def fill(dialog, **values) -> None:
    for key, value in values.items():
        dialog.set_value(key, value)


@pytest.fixture(autouse=True)
def no_unexpected_boxes(monkeypatch):
    """A message box would block the test run: errors fail the test; "discard?" (forms closed at teardown) says yes."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(_parent, _title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
