"""Search finds Japanese substrings of any length in every searchable kind of record, on both backends."""

from __future__ import annotations

import pytest

from ledger_reads import read
from incidentdesk.services.reads import search as search_reads
from incidentdesk.domain.inputs import DecisionIn, PartyIn, RequestIn, ServiceIn, TimelineIn
from incidentdesk.services import ledger, catalog, decisions, incidents, requests


@pytest.fixture
def indexed(world):
    w = world
    incidents.add_timeline_entry(
        w.db,
        TimelineIn(
            incident_id=w.incident_id,
            occurred="2021-03-17",
            text="中国の関連会社の従業員が個人情報にアクセス可能だった",
        ),
    )
    decisions.record_decision(
        w.db,
        DecisionIn(
            incident_id=w.incident_id,
            use_id=w.affected_use_id,
            state="suspend",
            decided_on="2021-03-22",
            rationale="機密性の高い申請データのため停止",
        ),
    )
    requests.add_request(
        w.db,
        RequestIn(
            incident_id=w.incident_id,
            issuer="総務省",
            subject="LINEの利用状況に関する調査",
            issued_on="2021-03-18",
            due_on="2021-03-26",
        ),
    )
    return w


@pytest.mark.parametrize(
    ("needle", "kind"),
    [
        ("住民票の写し", "use"),  # trigram index (3+ characters)
        ("住民票", "use"),
        ("渋谷区", "service"),
        ("国内のデータセンター", "claim"),
        ("関連会社の従業員", "timeline"),
        ("申請データ", "decision"),
        ("利用状況", "request"),
        ("個人情報管理", "incident"),
        ("一部報道", "statement"),
        ("渋谷", "service"),  # 1-2 characters: the LIKE fallback
        ("票", "use"),
        ("line", "party"),  # Latin letters regardless of case
    ],
)
def test_finds_substring(indexed, needle, kind):
    """The needle, found in the middle of a longer Japanese text, returns a hit of the expected kind."""
    hits = read(indexed.db, search_reads.search, needle)
    assert kind in {h.kind for h in hits}, hits
    hit = next(h for h in hits if h.kind == kind)
    assert needle.lower() in (hit.title + hit.snippet).lower()


def test_no_false_hits_and_special_characters(indexed):
    """A text that appears nowhere finds nothing, and LIKE wildcards are taken literally."""
    assert read(indexed.db, search_reads.search, "福岡市") == []
    assert read(indexed.db, search_reads.search, "%") == []
    assert read(indexed.db, search_reads.search, "_") == []
    assert read(indexed.db, search_reads.search, '"住民') == []
    assert read(indexed.db, search_reads.search, "   ") == []


def test_kinds_filter(indexed):
    """Restricting to kinds returns only those kinds."""
    hits = read(indexed.db, search_reads.search, "個人情報", kinds={"timeline"})
    assert hits and {h.kind for h in hits} == {"timeline"}


def test_index_follows_edits_and_deletes(indexed):
    """Renaming a service replaces its old text in the index; deleting a record removes it."""
    w = indexed
    catalog.edit_service(
        w.db, w.service_id, ServiceIn(name="渋谷区公式LINEアカウント", platform="LINE", department="広報課")
    )
    assert [h.kind for h in read(w.db, search_reads.search, "公式LINE")] == ["service"]
    assert "service" not in {h.kind for h in read(w.db, search_reads.search, "LINE公式")}
    party = catalog.add_party(w.db, PartyIn(name="株式会社テスト配信", kind="contractor"))
    assert [h.ref_id for h in read(w.db, search_reads.search, "テスト配信")] == [party.id]
    catalog.delete_party(w.db, party.id)
    assert read(w.db, search_reads.search, "テスト配信") == []


def test_rebuild_gives_the_same_answers(indexed):
    """Rebuilding the whole index from the tables finds the same records as the incremental index."""
    before = sorted((h.kind, h.ref_id) for h in read(indexed.db, search_reads.search, "個人情報"))
    assert ledger.rebuild_search_index(indexed.db) > 0
    assert sorted((h.kind, h.ref_id) for h in read(indexed.db, search_reads.search, "個人情報")) == before
