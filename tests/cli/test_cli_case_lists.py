"""`incidentdesk list chains|locations|timeline|claims`: the case model from a terminal, as of a day.

The case is fictional (架空): a city's tax-notice printing contracted out, passed on without approval
to a subcontractor and on again; the contract ends and the data moves back to the city's own server room.
"""

from __future__ import annotations

import json

import pytest

from incidentdesk.cli import main
from incidentdesk.domain.inputs import (
    CheckIn,
    IncidentIn,
    LocationIn,
    PartyIn,
    RoleIn,
    ServiceIn,
    SourceIn,
    StatementIn,
    TimelineIn,
)
from incidentdesk.services import catalog, incidents, statements
from incidentdesk.storage.database import open_database


@pytest.fixture
def case(tmp_path):
    path = str(tmp_path / "chain.db")
    db = open_database(path)
    service = catalog.add_service(db, ServiceIn(name="市税通知書の印刷・発送(架空)", platform="印刷管理システム"))
    a = catalog.add_party(db, PartyIn(name="A印刷株式会社", kind="contractor"))
    b = catalog.add_party(db, PartyIn(name="B情報処理株式会社", kind="subcontractor"))
    c = catalog.add_party(db, PartyIn(name="C社", kind="subcontractor"))
    top = catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=a.id,
            role="contractor",
            approval="approved",
            valid_from="2022-04-01",
            valid_until="2023-06-30",
        ),
    )
    mid = catalog.assign_party(
        db,
        RoleIn(
            service_id=service.id,
            party_id=b.id,
            role="subcontractor",
            upstream_id=top.id,
            approval="not_approved",
            valid_from="2022-04-01",
        ),
    )
    catalog.assign_party(
        db, RoleIn(service_id=service.id, party_id=c.id, role="subcontractor", upstream_id=mid.id, approval="unknown")
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="tax",
            detail="課税情報",
            country="JP",
            place="委託先の印刷工場(○○市)",
            party_id=a.id,
            valid_until="2023-06-30",
        ),
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            category="tax",
            detail="課税情報",
            country="JP",
            place="本庁舎サーバー室",
            valid_from="2023-07-01",
        ),
    )
    incident = incidents.open_incident(
        db, IncidentIn(title="再委託先での通知書データ持ち出し(架空)", occurred_on="2023-05-20")
    )
    paper = incidents.add_source(
        db, SourceIn(incident_id=incident.id, title="再委託先の報告", publisher="新聞A", published="2023-06-23")
    )
    incidents.add_timeline_entry(
        db,
        TimelineIn(
            incident_id=incident.id,
            occurred="2023年5月下旬",
            text="再委託先の従業員がデータを持ち出す",
            source_ids=(paper.id,),
        ),
    )
    statement = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=a.id,
            made="2023-06-05",
            channel="press_conference",
            claims=["持ち出しは1件のみ"],
        ),
    )
    with db.reader() as r:
        claim_id = r.scalar("SELECT id FROM claim WHERE statement_id = ?", (statement.id,))
    statements.check_claim(
        db, CheckIn(claim_id=claim_id, verification="confirmed", checked_on="2023-06-10", checked_by="情報政策課")
    )
    statements.check_claim(
        db,
        CheckIn(
            claim_id=claim_id,
            verification="disputed",
            checked_on="2023-11-02",
            checked_by="情報政策課",
            checked_how="警察発表と照合",
        ),
    )
    db.close()
    return path, incident.id


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_chain_as_of_a_day_with_approval(case, capsys):
    path, _ = case
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "chains", "--as-of", "令和5年6月1日")
    assert code == 0
    assert (
        "当市 → A印刷株式会社(承認済み)  [2022-04-01〜2023-06-30] → B情報処理株式会社(承認なし)  [2022-04-01〜]"
        " → C社(不明)"
    ) in out
    code, out, _ = run(capsys, "--db", path, "--lang", "en", "list", "chains", "--as-of", "R5.7.1")
    assert "A印刷株式会社" not in out  # its contract ended on 2023-06-30
    assert "the city → B情報処理株式会社(Not approved)  [2022-04-01〜] → C社(Unknown)" in out
    code, out, _ = run(capsys, "--db", path, "list", "chains", "--as-of", "2023-07-01", "--json")
    links = json.loads(out)[0]["links"]
    assert [x["party"] for x in links] == ["B情報処理株式会社", "C社"]


def test_locations_in_effect_with_their_place(case, capsys):
    path, _ = case
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "locations", "--as-of", "２０２３/６/１")
    assert code == 0 and "委託先の印刷工場(○○市) 日本" in out and "本庁舎サーバー室" not in out
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "locations", "--as-of", "2023-07-01")
    assert "本庁舎サーバー室 日本" in out and "印刷工場" not in out
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "locations", "--all")
    assert "本庁舎サーバー室" in out and "印刷工場" in out


def test_timeline_with_precision_and_sources(case, capsys):
    path, incident = case
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "timeline", "--incident", str(incident))
    assert code == 0 and "令和5年5月下旬  再委託先の従業員がデータを持ち出す  (新聞A 令和5年6月23日)" in out


def test_claims_with_their_check_history_as_of(case, capsys):
    path, incident = case
    code, out, _ = run(capsys, "--db", path, "--lang", "ja", "list", "claims", "--incident", str(incident))
    assert code == 0 and "[記者会見]" in out
    assert out.index("2023-06-10  確認済") < out.index("2023-11-02  相違あり  情報政策課  警察発表と照合")
    code, out, _ = run(
        capsys, "--db", path, "--lang", "ja", "list", "claims", "--incident", str(incident), "--as-of", "2023-07-01"
    )
    assert "2023-06-10  確認済" in out and "2023-11-02" not in out


def test_bad_as_of_and_missing_incident_are_clear(case, capsys):
    path, _ = case
    code, _, err = run(capsys, "--db", path, "--lang", "ja", "list", "chains", "--as-of", "令和3年13月1日")
    assert code == 2 and "「時点」" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", path, "--lang", "en", "list", "timeline")
    assert code == 2 and "Incident" in err


def test_list_requests_gives_each_its_direction(tmp_path, capsys):
    """A regulator's order to the vendor is listed as for information, with whom it binds, never with an empty
    answer of the city's; a monthly report with its period and next due date; a survey with its answer."""
    from cases import malfunction

    path = str(tmp_path / "m.db")
    db = open_database(path)
    malfunction.enter_late(db, malfunction.enter(db))
    db.close()
    for lang, info, every in (
        ("en", "for information→株式会社架空システムズ", "every_months=1  due=2023-07-30  reports=1"),
        ("ja", "参考(他者あて)→株式会社架空システムズ", "間隔(月)=1  期限=2023-07-30  報告=1"),
    ):
        code, out, _ = run(capsys, "--db", path, "--lang", lang, "list", "requests")
        assert code == 0
        lines = {line.strip().split("  ")[2]: line for line in out.splitlines()}
        assert lines["システムの一時停止と総点検"].endswith(info)
        assert lines["再開に向けた点検状況の定期報告"].endswith(every)
        assert "2023-05-18" in lines["コンビニ交付の誤交付に関する状況調査"]
