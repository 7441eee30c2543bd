"""The memo's own words, from the catalog (domain/messages.py "memo.*"); vocabulary labels come from domain.vocab."""

from __future__ import annotations

from ..domain import messages

# The usual approval roles, so an English memo is readable without extra settings; others print as set.
ROLES_EN = {
    "市長": "Mayor",
    "副市長": "Deputy Mayor",
    "部長": "Director-General",
    "次長": "Deputy Director-General",
    "課長": "Director",
    "課長補佐": "Deputy Director",
    "係長": "Chief",
    "担当": "Staff",
    "主査": "Senior Staff",
    "総務部長": "Director-General, General Affairs",
    "危機管理監": "Crisis Management Director",
}


def t(key: str, lang: str, **params: object) -> str:
    return messages.text("memo." + key, lang, **params)


def recurring(every_months: int, lang: str) -> str:
    """定期報告(毎月) / (3か月ごと); "every month", never "every 1 months"."""
    return t("recurring_monthly", lang) if every_months == 1 else t("recurring", lang, n=every_months)


def role(name: str, lang: str) -> str:
    return name if lang == "ja" else ROLES_EN.get(name, name)


def addressee(name: str, lang: str) -> str:
    return t("addressee", lang, name=role(name, lang))
