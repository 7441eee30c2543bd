"""Search finds what people type: NFKC and case folding on both sides, countries and data locations indexed,
every hit titled by what it is; duplicate names compared the same way. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import DecisionIn, LocationIn, PartyIn, ServiceIn
from incidentdesk.services import catalog, decisions, ledger
from incidentdesk.services.reads import ledger as ledger_reads
from incidentdesk.services.reads import search as search_reads
from ledger_reads import read


def _hits(db, needle, lang="ja"):
    return [(h.kind, h.title) for h in read(db, search_reads.search, needle, lang=lang)]


def test_full_width_and_half_width_forms_are_found(world):
    catalog.add_service(world.db, ServiceIn(name="ﾏｲﾅﾎﾟｰﾀﾙ連携", platform="ＬＩＮＥ ＷＯＲＫＳ"))
    assert ("service", "渋谷区LINE公式アカウント") in _hits(world.db, "ＬＩＮＥ")  # full-width needle
    assert ("service", "ﾏｲﾅﾎﾟｰﾀﾙ連携") in _hits(world.db, "マイナポータル")  # half-width stored text
    assert ("service", "ﾏｲﾅﾎﾟｰﾀﾙ連携") in _hits(world.db, "line works")  # full-width stored, folded case
    assert ledger.verify(world.db).ok  # the index holds exactly what the program would write


def test_countries_and_data_locations_are_indexed(world):
    catalog.add_location(
        world.db,
        LocationIn(
            service_id=world.service_id, category="media", kind="storage", country="KR", place="ソウルのデータセンター"
        ),
    )
    catalog.add_party(world.db, PartyIn(name="LINE Digital Technology (Shanghai)", country="CN"))
    for needle in ("韓国", "Korea", "ソウル"):
        assert any(kind == "location" and "韓国" in title for kind, title in _hits(world.db, needle)), needle
    assert ("party", "LINE Digital Technology (Shanghai)") in _hits(world.db, "中国")
    [hit] = [h for h in read(world.db, search_reads.search, "ソウル") if h.kind == "location"]
    target = read(world.db, ledger_reads.locate, hit.kind, hit.ref_id)
    assert (target.page, target.id, target.kind, target.ref_id) == ("service", world.service_id, "location", hit.ref_id)


def test_decision_hits_say_what_they_are(world):
    d = decisions.record_decision(
        world.db,
        DecisionIn(
            incident_id=world.incident_id,
            use_id=world.affected_use_id,
            state="suspend",
            decided_on="2021-03-19",
            decided_by_role="市民部長",
            rationale="国外からのアクセス",
        ),
    )
    assert ("decision", "住民票の写しの交付申請 — 停止 R3.3.19") in _hits(world.db, "国外からのアクセス")
    assert any(
        t.startswith("住民票の写しの交付申請 — Suspended")
        for k, t in _hits(world.db, "国外からのアクセス", "en")
        if k == "decision"
    )
    target = read(world.db, ledger_reads.locate, "decision", d.id)
    assert (target.page, target.kind, target.ref_id) == ("incident", "decision", d.id)


def test_use_hit_opens_that_use(world):
    [hit] = [h for h in read(world.db, search_reads.search, "住民票の写し") if h.kind == "use"]
    target = read(world.db, ledger_reads.locate, "use", hit.ref_id)
    assert (target.page, target.id, target.kind, target.ref_id) == (
        "service",
        world.service_id,
        "use",
        world.affected_use_id,
    )


def test_full_width_copy_of_a_name_is_a_duplicate(world):
    with pytest.raises(LedgerError) as refused:
        catalog.add_service(world.db, ServiceIn(name="渋谷区ＬＩＮＥ公式アカウント"))
    assert refused.value.code == "duplicate"
