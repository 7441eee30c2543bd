"""The organisation's settings for memos (one row in the ledger) and what a new ledger starts with."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class OrgSettingsValues:
    """Field names are the columns of storage.models.OrgSettings (a test keeps them equal)."""

    municipality: str = ""
    department: str = ""
    section: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    addressee: str = "市長"
    approval_roles: str = "市長,副市長,部長,課長,係長,担当"  # comma-separated, stamp boxes left to right
    marking: str = "取扱注意"
    date_style: str = "era"
    memo_number_prefix: str = ""
    font_path: str = ""


DEFAULTS = OrgSettingsValues()
SETTING_NAMES = tuple(f.name for f in fields(OrgSettingsValues))
