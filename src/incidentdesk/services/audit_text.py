"""The audit log in words: each event's record, and per field its name and old → new value in the reader's
language, codes turned into their labels (CN → 中国, suspend → 停止). Pure: no SQL, no Qt."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..domain import messages
from ..domain.era_dates import format_date
from ..domain.vocab import (
    APPROVALS,
    CHANNELS,
    CONTRACT_TYPES,
    DATA_CATEGORIES,
    DECISION_STATES,
    FACT_DATE_PRECISIONS,
    INCIDENT_STATUSES,
    LOCATION_KINDS,
    PARTY_KINDS,
    REQUEST_DIRECTIONS,
    SERVICE_ROLES,
    VERIFICATION,
    country_label,
)

ENTITIES = {
    "party": ("事業者", "Party"),
    "service": ("外部サービス", "Service"),
    "service_party": ("サービスの事業者(役割)", "Party role on a service"),
    "use": ("利用業務", "Use"),
    "location": ("データの所在", "Data location"),
    "incident": ("事案", "Incident"),
    "incident_use": ("影響業務", "Affected use"),
    "source": ("出典", "Source"),
    "timeline": ("経緯", "Timeline"),
    "timeline_source": ("経緯の出典", "Source of a timeline entry"),
    "statement": ("事業者説明", "Vendor statement"),
    "statement_source": ("説明の出典", "Source of a statement"),
    "claim": ("説明事項", "Claim"),
    "claim_check": ("説明事項の確認", "Check of a claim"),
    "request": ("照会", "Request"),
    "request_report": ("定期報告", "Recurring report"),
    "decision": ("対応判断", "Decision"),
    "decision_withdrawal": ("対応判断の取消", "Withdrawal of a decision"),
    "decision_basis": ("判断の根拠とした説明", "Statement a decision relied on"),
    "attachment": ("添付ファイル", "Attachment"),
    "memo": ("報告メモ", "Memo"),
    "settings": ("設定", "Settings"),
}
ACTIONS = {
    "create": ("作成", "created"),
    "update": ("変更", "changed"),
    "delete": ("削除", "deleted"),
    "link": ("関連付け", "linked"),
    "unlink": ("関連付け解除", "unlinked"),
    "issue": ("発行", "issued"),
    "import": ("取込", "imported"),
    "migrate": ("形式の更新", "migrated"),
}
_CODES = {
    "state": DECISION_STATES,
    "then_state": DECISION_STATES,
    "verification": VERIFICATION,
    "channel": CHANNELS,
    "role": SERVICE_ROLES,
    "contract_type": CONTRACT_TYPES,
    "category": DATA_CATEGORIES,
    "approval": APPROVALS,
    "direction": REQUEST_DIRECTIONS,
    "made_precision": FACT_DATE_PRECISIONS,
    "occurred_precision": FACT_DATE_PRECISIONS,
    "published_precision": FACT_DATE_PRECISIONS,
}
_KINDS = {"party": PARTY_KINDS, "location": LOCATION_KINDS}
_STATUS = {"incident": INCIDENT_STATUSES}
_HIDDEN = {"version"}  # bookkeeping, not something a person changed
_LABELS = {  # fields the message catalogue has no name for
    "id": ("ID", "ID"),
    "version": ("版(同時編集の検出用)", "Version (for concurrent edits)"),
    "retired_on": ("廃止日", "Retired on"),
    "upstream_id": ("再委託元", "Passed on by"),
    "valid_from": ("開始日", "From"),
    "valid_until": ("終了日", "Until"),
    "place": ("場所", "Place"),
    "detail": ("データの内容", "What data"),
    "sha256": ("SHA-256", "SHA-256"),
    "filename": ("ファイル名", "File name"),
    "recorded_at": ("記録日時", "Recorded at"),
    "supersedes_id": ("前の判断", "Follows decision"),
    "made_until": ("説明日(終わり)", "Made until"),
    "made_precision": ("説明日の精度", "Date of statement: precision"),
    "occurred_until": ("発生日(終わり)", "Occurred until"),
    "occurred_precision": ("発生日の精度", "Date occurred: precision"),
    "published_until": ("公表日(終わり)", "Published until"),
    "published_precision": ("公表日の精度", "Date published: precision"),
    "timeline_id": ("経緯", "Timeline entry"),
    "owner_kind": ("添付先", "Attached to"),
    "owner_id": ("添付先のID", "Attached to (ID)"),
    "mime": ("ファイルの種類", "File type"),
    "data": ("内容", "Content"),
    "added_at": ("添付日時", "Added at"),
    "pdf": ("PDF", "PDF"),
    "issued_at": ("発行日時", "Issued at"),
    "anchor": ("操作履歴の照合値", "Audit anchor"),
    # a schema upgrade's event (action "migrate"): the fields it added, dropped or renamed
    "add": ("追加した項目", "Fields added"),
    "drop": ("削除した項目", "Fields removed"),
    "rename": ("名前を変えた項目", "Fields renamed"),
}


def entity_label(entity: str, lang: str) -> str:
    names = ENTITIES.get(entity)
    return (names[0] if lang == "ja" else names[1]) if names else entity


def action_label(action: str, lang: str) -> str:
    names = ACTIONS.get(action)
    return (names[0] if lang == "ja" else names[1]) if names else action


def field_label(key: str, lang: str) -> str:
    if key in _LABELS:
        return _LABELS[key][0 if lang == "ja" else 1]
    return messages.text("field." + key, lang) if messages.has("field." + key) else key


def value_text(entity: str, key: str, value: Any, lang: str) -> str:
    """A stored value as people read it: a code's label, a date in the reader's style, yes/no, a short text."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return ("はい" if value else "いいえ") if lang == "ja" else ("yes" if value else "no")
    vocab = (
        _CODES.get(key)
        or (_KINDS.get(entity) if key == "kind" else None)
        or (_STATUS.get(entity) if key == "status" else None)
    )
    if vocab is not None and isinstance(value, str):
        return vocab.label(value, lang)
    if key == "country" and isinstance(value, str):
        return country_label(value, lang)
    if key in ("add", "drop", "rename") and isinstance(value, (dict, list)):
        sep = "、" if lang == "ja" else ", "
        if key == "rename" and isinstance(value, dict):
            return sep.join(f"{field_label(a, lang)} → {field_label(str(b), lang)}" for a, b in value.items())
        return sep.join(field_label(str(k), lang) for k in value)
    if key == "owner_kind" and isinstance(value, str):
        return entity_label(value, lang)
    if isinstance(value, dict) and set(value) == {"sha256", "size"}:  # a file, stored by its hash and size
        size = f"{value['size']:,}"
        return (
            f"{size} バイト(SHA-256 {value['sha256'][:16]}…)"
            if lang == "ja"
            else f"{size} bytes (SHA-256 {value['sha256'][:16]}…)"
        )
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(date.fromisoformat(value), "era", lang)
        except ValueError:
            pass
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:
            return local_time(str(value))
        except ValueError:
            pass
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:79] + "…"


def changes(entity: str, old: str, new: str, lang: str) -> list[tuple[str, str, str]]:
    """(field name, old value, new value) per field an event touched, in the reader's language."""
    before = _load(old)
    after = _load(new)
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in _HIDDEN]
    return [
        (field_label(k, lang), value_text(entity, k, before.get(k), lang), value_text(entity, k, after.get(k), lang))
        for k in keys
        if before.get(k) != after.get(k) or not (before and after)
    ]


def changes_text(entity: str, old: str, new: str, lang: str, *, sep: str = "; ") -> str:
    out = []
    for name, was, now in changes(entity, old, new, lang):
        if was == "—":
            out.append(f"{name}: {now}")
        elif now == "—" and not new:
            out.append(f"{name}: {was}")
        else:
            out.append(f"{name}: {was} → {now}")
    return sep.join(out)


def local_time(at: str) -> str:
    """An event's UTC timestamp in the computer's local time, to the minute."""
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")


def _load(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}
