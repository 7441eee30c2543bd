"""What is on screen follows the selection, buttons say what they need, and every record can be corrected or
removed from the window (retired when others refer to it), attachments included."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from incidentdesk.domain.inputs import (
    CheckIn,
    DecisionIn,
    IncidentIn,
    LocationIn,
    PartyIn,  # noqa: E402
    RoleIn,
    WithdrawalIn,
)
from incidentdesk.gui import dialogs  # noqa: E402
from incidentdesk.gui.pages.incident_view import IncidentView  # noqa: E402
from incidentdesk.gui.pages.service_view import ServiceView  # noqa: E402
from incidentdesk.services import catalog, decisions, incidents, statements  # noqa: E402
from incidentdesk.services.reads import catalog as catalog_reads  # noqa: E402
from incidentdesk.services.reads import decisions as decision_reads  # noqa: E402
from incidentdesk.services.reads import incidents as incident_reads  # noqa: E402
from ledger_reads import read  # noqa: E402
from test_dialogs_support import (
    context_for,
    db,
    fill,
    ledger,
    no_unexpected_boxes,
    open_form,  # noqa: E402,F401
    runner,
    save,
)


def settled(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def incident_view(qtbot, runner, db, incident_id):
    view = IncidentView(context_for(runner, db))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.load(incident_id)
    settled(qtbot, runner)
    return view


def test_hidden_tabs_are_built_when_first_shown_and_filled_with_what_is_shown(qtbot, runner, db, ledger):
    """Start-up builds only the deadlines tab; another tab is built when shown (or reached from code), with
    the incident on screen, and from then on follows reloads and language like the rest of the page."""
    view = incident_view(qtbot, runner, db, ledger.incident)
    assert view.overview is not None and view._parts == {}
    assert view.tabs.currentIndex() == 0 and view.deadlines.source.rowCount() == len(view.overview.deadlines)
    view.tabs.setCurrentIndex(2)  # Statements and claims
    assert set(view._parts) == {2}
    assert view.statements.source.rowCount() == len(view.overview.statements) > 0
    assert view.statements.selected() is not None and view.claims.source.rowCount() == 2
    assert view.claims.columnWidth(0) > 0 and view.btn_verify.parentWidget().isVisible()
    # Reaching a tab's widget builds it too, hidden, already filled; buttons that need only the incident are on.
    assert view.timeline.source.rowCount() == len(view.overview.timeline)
    assert view.btn_request_add.isEnabled() and set(view._parts) == {1, 2, 4}
    assert not view.timeline.isVisible()
    # A reload fills the built tabs and keeps their selection; another incident empties them.
    view.claims.selectRow(1)
    second = view.claims.selected().id
    view.load(ledger.incident)
    settled(qtbot, runner)
    assert view.claims.selected().id == second
    other = incidents.open_incident(db, IncidentIn(title="別の事案"))
    view.load(other.id)
    settled(qtbot, runner)
    assert view.statements.source.rowCount() == 0 and view.timeline.source.rowCount() == 0
    assert view.btn_request_add.isEnabled() and not view.btn_verify.isEnabled()


def test_another_incident_clears_claims_and_selection_is_kept_by_id(qtbot, runner, db, ledger):
    other = incidents.open_incident(db, IncidentIn(title="別の事案"))
    view = incident_view(qtbot, runner, db, ledger.incident)
    assert view.claims.source.rowCount() == 2
    view.claims.selectRow(1)
    second = view.claims.selected().id
    # A save elsewhere reloads the page: the same claim stays selected ("Down, Enter" opens the expected one).
    statements.check_claim(
        db, CheckIn(claim_id=view.claims.source.row_at(0).id, verification="confirmed", checked_on="2021-03-20")
    )
    view.load(ledger.incident)
    settled(qtbot, runner)
    assert view.claims.selected().id == second
    # Another incident: nothing of the first stays, not even while its overview is being read.
    view.load(other.id)
    assert view.claims.source.rowCount() == 0 and view.statements.source.rowCount() == 0
    settled(qtbot, runner)
    assert view.claims.source.rowCount() == 0 and not view.btn_verify.isEnabled()


def test_buttons_needing_a_selection_are_disabled_with_a_reason(qtbot, runner, db, ledger):
    view = incident_view(qtbot, runner, db, ledger.incident)
    view.claims.clearSelection()
    view.claims.setCurrentIndex(view.claims.model().index(-1, -1))
    assert not view.btn_verify.isEnabled() and "Select a claim" in view.btn_verify.toolTip()
    view.claims.selectRow(0)
    assert view.btn_verify.isEnabled() and "Select" not in view.btn_verify.toolTip()
    assert not view.btn_withdraw.isEnabled() and "Select" in view.btn_withdraw.toolTip()
    # Adding affected uses is a visible button, not hidden in a menu.
    assert view.btn_link.isVisible() and view.btn_link.text() == "Add &affected uses…"


def test_withdraw_from_the_history_tab_is_offered_only_for_valid_decisions(qtbot, runner, db, ledger):
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="suspend",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="r",
        ),
    )
    view = incident_view(qtbot, runner, db, ledger.incident)
    view.matrix.select_where(lambda a: a.use_id == ledger.use)
    assert view.history.source.rowCount() == 1
    view.history.selectRow(0)
    assert view.btn_withdraw.isEnabled() and view.btn_correct.isEnabled()
    [row] = read(db, decision_reads.history)
    decisions.withdraw_decision(
        db, WithdrawalIn(decision_id=row.id, withdrawn_on="2021-03-20", reason="誤り", withdrawn_by_role="課長")
    )
    view.load(ledger.incident)
    settled(qtbot, runner)
    view.history.selectRow(0)
    assert not view.btn_withdraw.isEnabled() and "already been withdrawn" in view.btn_withdraw.toolTip()


def test_choosing_a_service_ticks_its_uses(qtbot, runner, db, ledger):
    dlg = open_form(qtbot, dialogs.LinkUsesDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, service_id=ledger.service)
    assert dlg.value("use_ids") == [ledger.other_use]  # the first use is already linked (greyed)
    dlg.set_value("use_ids", [])  # untick: the service alone links nothing
    save(qtbot, dlg)
    assert dlg.error_text("use_ids")


def test_location_and_role_are_edited_in_their_forms(qtbot, runner, db, ledger):
    place = catalog.add_location(db, LocationIn(service_id=ledger.service, category="other", country="KR"))
    role = catalog.assign_party(db, RoleIn(service_id=ledger.service, party_id=ledger.party, role="contractor"))
    dlg = open_form(qtbot, dialogs.LocationDialog, runner, db, service_id=ledger.service, location_id=place.id)
    assert dlg.value("country") == "KR"
    fill(dlg, country="JP", place="本庁舎サーバー室", valid_until="2021-03-31")
    save(qtbot, dlg)
    [saved] = read(db, catalog_reads.service_detail, ledger.service).locations
    assert (saved.country, saved.place, saved.version) == ("JP", "本庁舎サーバー室", 2)
    dlg = open_form(qtbot, dialogs.AssignPartyDialog, runner, db, service_id=ledger.service, role_id=role.id)
    fill(dlg, valid_from="2020-06-10", notes="契約")
    save(qtbot, dlg)
    [saved] = read(db, catalog_reads.service_detail, ledger.service).parties
    assert (str(saved.valid_from), saved.notes) == ("2020-06-10", "契約")


def test_subcontractor_chain_is_shown_with_approval(qtbot, runner, db, ledger):
    sub = catalog.add_party(db, PartyIn(name="再委託先B"))
    top = catalog.assign_party(db, RoleIn(service_id=ledger.service, party_id=ledger.party, role="contractor"))
    link = catalog.assign_party(
        db,
        RoleIn(
            service_id=ledger.service,
            party_id=sub.id,
            role="subcontractor",
            upstream_id=top.id,
            approval="not_approved",
            valid_from="2021-01-01",
        ),
    )
    view = ServiceView(context_for(runner, db))
    qtbot.addWidget(view)
    view.load(ledger.service)
    settled(qtbot, runner)
    text = view.chain_label.text()
    assert text == (
        "Contractor chain in effect: the city → LINE株式会社 → 再委託先B (not approved, since "
        f"{view.ctx.short(date(2021, 1, 1))})"
    )
    view.ctx.lang = "ja"  # Japanese punctuation, as the memo prints the chain
    assert view._chain_text().endswith(f"再委託先B(承認なし、{view.ctx.short(date(2021, 1, 1))}〜)")
    view.ctx.lang = "en"
    for role in (top, link):  # the contract ended: the chain was recorded, none of it is in effect
        catalog.edit_role(db, role.id, RoleIn(**{**role.values(), "valid_until": "2021-03-31"}))
    view.load(ledger.service)
    settled(qtbot, runner)
    assert view.chain_label.text().startswith("Contractor chain: none in effect today")  # not "none recorded"


def test_use_with_history_is_retired_and_hidden_unused_one_deleted(qtbot, runner, db, ledger, monkeypatch):
    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="suspend",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="r",
        ),
    )
    view = ServiceView(context_for(runner, db))
    qtbot.addWidget(view)
    view.load(ledger.service)
    settled(qtbot, runner)
    view.uses.select_where(lambda u: u.id == ledger.use)
    view.btn_use_retire.click()  # the confirmation is answered yes by the fixture
    settled(qtbot, runner)
    view.load(ledger.service)
    settled(qtbot, runner)
    assert [u.id for u in view.uses.source.rows()] == [ledger.other_use]
    view.show_retired.setChecked(True)
    assert {u.id for u in view.uses.source.rows()} == {ledger.use, ledger.other_use}
    view.uses.select_where(lambda u: u.id == ledger.other_use)
    view.btn_use_delete.click()
    settled(qtbot, runner)
    assert [u.id for u in read(db, catalog_reads.uses, service_id=ledger.service)] == [ledger.use]


def test_new_party_from_the_statement_form_keeps_what_was_typed(qtbot, runner, db, ledger, monkeypatch):
    from types import SimpleNamespace

    dlg = open_form(qtbot, dialogs.StatementDialog, runner, db, incident_id=ledger.incident)
    fill(dlg, title="説明会", claims="一\n二")
    made = catalog.add_party(db, PartyIn(name="新しい事業者"))  # what the nested party form would save
    monkeypatch.setattr(
        dialogs.PartyDialog,
        "ask",
        classmethod(lambda cls, parent, ctx, **kw: SimpleNamespace(id=made.id, name=made.name)),
    )
    dlg.findChild(type(dlg.save_button), "newParty").click()
    assert dlg.value("title") == "説明会" and dlg.value("claims") == "一\n二"
    assert dlg.widget("party_id").currentText() == "新しい事業者"
    save(qtbot, dlg)
    assert dlg.result() == QDialog.Accepted


def test_statement_is_edited(qtbot, runner, db, ledger):
    dlg = open_form(qtbot, dialogs.StatementDialog, runner, db, statement_id=ledger.statement, edit=True)
    assert dlg.value("channel") == "briefing"
    fill(dlg, channel="press_conference", taken_by="情報政策課 馬場", notes="録音あり")
    save(qtbot, dlg)
    st = read(db, incident_reads.statement, ledger.statement)
    assert (st.channel, st.taken_by, st.notes, len(st.claims)) == ("press_conference", "情報政策課 馬場", "録音あり", 2)


def test_claim_is_edited_and_keeps_its_checks(qtbot, runner, db, ledger):
    """Edit claim… corrects a claim's wording and promised date in place; its checks stay with it."""
    view = incident_view(qtbot, runner, db, ledger.incident)
    view.claims.selectRow(0)
    claim = view.claims.selected()
    assert view.btn_edit_claim.isEnabled() and view.btn_edit_claim.text() == "Edit claim…"
    statements.check_claim(db, CheckIn(claim_id=claim.id, verification="confirmed", checked_on="2021-03-20"))
    dlg = open_form(qtbot, dialogs.ClaimDialog, runner, db, claim_id=claim.id)
    assert dlg.value("text") == "国内へ移転する"
    fill(dlg, text="2021年6月までに国内へ移転する", promised_by="2021-06-30")
    save(qtbot, dlg)
    assert dlg.result() == QDialog.Accepted
    [st] = read(db, incident_reads.overview, ledger.incident).statements
    edited = next(c for c in st.claims if c.id == claim.id)
    assert (edited.text, str(edited.promised_by), edited.position) == ("2021年6月までに国内へ移転する", "2021-06-30", 1)
    assert [k.verification for k in edited.checks] == ["confirmed"]


def test_attachments_list_open_and_save(qtbot, runner, db, ledger, tmp_path, monkeypatch):
    from incidentdesk.gui.dialogs.attachments import AttachmentsDialog

    pdf = tmp_path / "LINE説明資料.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    dlg = AttachmentsDialog(None, context_for(runner, db), "statement", ledger.statement, "説明会")
    qtbot.addWidget(dlg)
    settled(qtbot, runner)
    assert dlg.empty.isVisibleTo(dlg) and not dlg.btn_open.isEnabled()
    dlg.attach(str(pdf))
    settled(qtbot, runner)
    [row] = dlg.table.source.rows()
    assert (row.filename, row.size) == ("LINE説明資料.pdf", 13)
    texts = [dlg.table.source.index(0, c).data() for c in range(3)]
    assert texts[:2] == ["LINE説明資料.pdf", "13 B"] and texts[2]
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    dlg.open_file(row)
    settled(qtbot, runner)
    copy = Path(opened[0])  # a temporary copy, opened by the system's viewer
    assert copy.read_bytes() == pdf.read_bytes() and copy.parent != pdf.parent
    from incidentdesk.services import viewer_copies

    assert copy.parent.parent == viewer_copies.root()  # removed when the window quits
    viewer_copies.remove_made()
    assert not copy.exists()
    (tmp_path / "out").mkdir()
    dlg.save_file(row, str(tmp_path / "out" / "copy.pdf"))
    settled(qtbot, runner)
    assert (tmp_path / "out" / "copy.pdf").read_bytes() == pdf.read_bytes()


def test_late_timeline_entry_and_check_history_are_shown(qtbot, runner, db, ledger):
    from incidentdesk.domain.inputs import TimelineIn
    from incidentdesk.gui import columns

    incidents.add_timeline_entry(db, TimelineIn(incident_id=ledger.incident, occurred="2021-03-20", text="後の出来事"))
    late = incidents.add_timeline_entry(
        db, TimelineIn(incident_id=ledger.incident, occurred="2021-03-18", text="後から分かった前の出来事")
    )
    view = incident_view(qtbot, runner, db, ledger.incident)
    texts = {r.entry.id: view.timeline.source.index(i, 0).data() for i, r in enumerate(view.timeline.source.rows())}
    assert texts[late.id].endswith("(entered late)") and sum("(entered late)" in t for t in texts.values()) == 1
    claim = view.claims.source.row_at(0)
    statements.check_claim(
        db, CheckIn(claim_id=claim.id, verification="disputed", checked_on="2021-06-01", checked_how="現地確認")
    )
    statements.check_claim(
        db, CheckIn(claim_id=claim.id, verification="confirmed", checked_on="2021-11-01", checked_how="監査報告")
    )
    view.load(ledger.incident)
    settled(qtbot, runner)
    claim = view.claims.source.row_at(0)
    history = columns.check_history_text(context_for(runner, db), claim)
    assert history.splitlines()[0].startswith("6/1/2021") or "Disputed — 現地確認" in history.splitlines()[0]
    assert "Confirmed — 監査報告" in history.splitlines()[1]


def test_mnemonics_unique_in_the_new_forms(qtbot, runner, db, ledger):
    """Correcting, withdrawing and the edit modes keep one Alt+letter per label and button."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="suspend",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="r",
        ),
    )
    [row] = read(db, decision_reads.history)
    place = catalog.add_location(db, LocationIn(service_id=ledger.service, category="other", country="JP"))
    role = catalog.assign_party(db, RoleIn(service_id=ledger.service, party_id=ledger.party, role="contractor"))
    forms = [
        (dialogs.DecisionDialog, {"incident_id": ledger.incident, "correcting": row}),
        (dialogs.WithdrawDialog, {"decision": row}),
        (dialogs.StatementDialog, {"statement_id": ledger.statement, "edit": True}),
        (dialogs.StatementDialog, {"incident_id": ledger.incident}),
        (dialogs.TimelineDialog, {"incident_id": ledger.incident}),
        (dialogs.ClaimDialog, {"claim_id": read(db, incident_reads.statement, ledger.statement).claims[0].id}),
        (dialogs.LocationDialog, {"service_id": ledger.service, "location_id": place.id}),
        (dialogs.AssignPartyDialog, {"service_id": ledger.service, "role_id": role.id}),
    ]
    for cls, context in forms:
        dlg = open_form(qtbot, cls, runner, db, **context)
        letters = []
        for widget in dlg.findChildren(QLabel) + dlg.findChildren(QAbstractButton):
            text = widget.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (cls.__name__, context, sorted(letters))
        dlg._baseline = dlg.values()
        dlg.reject()


def test_statement_is_deleted_or_retired_from_the_window(qtbot, runner, db, ledger, monkeypatch):
    """Remove… deletes a statement nothing refers to; one with a checked claim is retired instead, after a
    confirmation that says why (hidden, then shown struck through on request, and used again)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QMessageBox

    from incidentdesk.domain.inputs import StatementIn

    asked: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    spare = statements.log_statement(
        db,
        StatementIn(
            incident_id=ledger.incident,
            party_id=ledger.party,
            made="2021-03-19",
            channel="phone",
            title="二重に記録",
            claims=["同じ内容"],
        ),
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=read(db, incident_reads.statement, ledger.statement).claims[0].id,
            verification="confirmed",
            checked_on="2021-03-20",
        ),
    )
    view = incident_view(qtbot, runner, db, ledger.incident)
    view.ctx.data_changed.connect(lambda: view.load(ledger.incident))  # as the main window reloads its pages
    view.statements.select_where(lambda s: s.id == spare.id)
    assert view.btn_remove_statement.text() == "Remove…"
    view.btn_remove_statement.click()
    settled(qtbot, runner)
    assert "Delete the statement 「二重に記録」" in asked[-1]
    assert [s.id for s in view.statements.source.rows()] == [ledger.statement]
    view.statements.select_where(lambda s: s.id == ledger.statement)
    view.btn_remove_statement.click()
    settled(qtbot, runner)
    assert "1 check(s) of its claims" in asked[-1] and "Retire" in asked[-1]
    assert view.statements.source.rowCount() == 0 and view.claims.source.rowCount() == 0
    view.show_retired.setChecked(True)
    [row] = view.statements.source.rows()
    title_column = 3
    index = view.statements.source.index(0, title_column)
    assert "(Retired " in index.data() and isinstance(index.data(Qt.ItemDataRole.FontRole), QFont)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    view.statements.selectRow(0)
    assert view.btn_remove_statement.text() == "Use again…"
    view.btn_remove_statement.click()
    settled(qtbot, runner)
    assert read(db, incident_reads.statement, ledger.statement).retired_on is None
    assert ledger_is_ok(db)


def ledger_is_ok(db) -> bool:
    from incidentdesk.services import ledger as ledger_service

    return ledger_service.verify(db).ok


def test_a_wrapped_hint_never_overlaps_its_field(qtbot, runner, db, ledger, qapp):
    """In Japanese the hint under the party form's narrow “work passed on by” box wrapped onto a second line
    that the row had no room for, drawn over the box: every hint of the record forms gets the height it needs,
    below its field."""
    from PySide6.QtWidgets import QLabel

    from incidentdesk.gui.translations import Translations

    translations = Translations(qapp)
    translations.install("ja")
    try:
        forms = [
            (dialogs.AssignPartyDialog, {"service_id": ledger.service}),
            (dialogs.LocationDialog, {"service_id": ledger.service}),
            (dialogs.DecisionDialog, {"incident_id": ledger.incident}),
            (dialogs.TimelineDialog, {"incident_id": ledger.incident}),
            (dialogs.StatementDialog, {"incident_id": ledger.incident}),
        ]
        for cls, context in forms:
            dlg = open_form(qtbot, cls, runner, db, **context)
            qtbot.wait(50)
            for key, widget in dlg._fields.items():
                box = widget.parentWidget()
                notes = [n for n in box.findChildren(QLabel) if n.isVisible() and n.wordWrap() and n.text()]
                for note in notes:
                    assert note.height() >= note.heightForWidth(note.width()), (cls.__name__, key, note.text())
                    assert note.geometry().top() >= widget.geometry().bottom(), (cls.__name__, key)
            dlg._baseline = dlg.values()
            dlg.reject()
    finally:
        translations.clear()


def test_matrix_dates_the_state_that_followed_an_end_date(qtbot, runner, db, ledger):
    """Continued with conditions until 2021-03-31, then 廃止: today the matrix shows 廃止 and, as its date, the
    day it took effect (2021-04-01) as the memo prints it, not the date of the decision whose end has passed."""
    from incidentdesk.services import memos

    decisions.record_decision(
        db,
        DecisionIn(
            incident_id=ledger.incident,
            use_id=ledger.use,
            state="conditional",
            decided_on="2021-03-19",
            decided_by_role="課長",
            rationale="r",
            conditions="職員の立会い",
            effective_until="2021-03-31",
            then_state="terminate",
        ),
    )
    view = incident_view(qtbot, runner, db, ledger.incident)
    model = view.matrix.source
    row = next(r for r in range(model.rowCount()) if model.row_at(r).use_id == ledger.use)
    cells = {
        model.headerData(c, Qt.Orientation.Horizontal): model.data(model.index(row, c))
        for c in range(model.columnCount())
    }
    assert (cells["Current decision"], cells["Decided on"]) == ("Discontinued", view.ctx.short(date(2021, 4, 1)))
    [line] = [
        u
        for u in memos.assemble(db, ledger.incident, lang="en", memo_date=date.today(), number="").uses
        if u.use == "防災情報の配信"
    ]
    assert (line.state, line.decided_on) == ("terminate", date(2021, 4, 1))
    ended = memos.assemble(db, ledger.incident, lang="en", memo_date=date(2021, 3, 31), number="").uses
    assert [(u.state, u.decided_on) for u in ended if u.use == "防災情報の配信"] == [("conditional", date(2021, 3, 19))]
