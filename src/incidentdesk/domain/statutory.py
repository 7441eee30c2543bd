"""Reports a leak of personal data owes the Personal Information Protection Commission (個人情報保護委員会).

Since 2023-04-01 the Act on the Protection of Personal Information (個人情報の保護に関する法律) binds local
governments directly (令和3年法律第37号). Where residents' personal data held by the city leaks, is lost
or damaged, or may have been (including through its contractor), and the case meets the Commission's
criteria — sensitive data (要配慮個人情報), possible financial harm, a possibly unlawful purpose, more than 100
people, or data the city's ordinance names — the city reports (法第68条第1項; 施行規則第43条 the cases,
第44条 the reports):

- a prompt report (速報) "promptly" after learning of it: the Commission's guidance says about 3 to 5 days;
- a final report (確報) within 30 days, or 60 days where the leak may be for an unlawful purpose,
  counted from the day the city learned of it.

The day learned is counted as day 1, so "within 30 days" ends on that day + 29 (the earlier reading), and a
date that is a holiday is not moved. docs/memo.md says what was checked against which text, and what could
not be (the public-sector articles' own wording, the Commission's rule for counting days). Both reports are
offered, editable, as requests to the city.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

IN_FORCE_FROM = date(2023, 4, 1)  # local governments are covered by the Act from this day
PROMPT_DAY = 3  # 速報: "promptly", about 3-5 days; the earliest end of that range
FINAL_DAYS = 30  # 確報
FINAL_DAYS_UNLAWFUL = 60  # 確報 where the leak may be for an unlawful purpose


@dataclass(frozen=True)
class StatutoryReport:
    kind: str  # prompt | final
    due_on: date
    days: int  # the day counted from learning of it (day 1 = that day)


def day_number(known_on: date, days: int) -> date:
    """The `days`-th day when the day the city learned of it is day 1."""
    return known_on + timedelta(days=days - 1)


def ppc_reports(known_on: date | None, *, unlawful_purpose: bool) -> tuple[StatutoryReport, ...]:
    """The prompt and final report and their due dates; none before the Act covered local governments."""
    if known_on is None or known_on < IN_FORCE_FROM:
        return ()
    final = FINAL_DAYS_UNLAWFUL if unlawful_purpose else FINAL_DAYS
    return (
        StatutoryReport("prompt", day_number(known_on, PROMPT_DAY), PROMPT_DAY),
        StatutoryReport("final", day_number(known_on, final), final),
    )


def is_statutory(issuer: str) -> bool:
    """A request saved from these proposals (its issuer is the program's own, in either language): its
    deadline is a report the law requires, not an answer to a survey."""
    from . import messages

    return issuer in {messages.text("statutory.issuer", "ja"), messages.text("statutory.issuer", "en")}
