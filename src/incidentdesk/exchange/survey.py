"""The survey answer the ministry asks for: one row per affected use, as our own printable .xlsx, or as .csv."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from ..domain.era_dates import format_date
from ..domain.vocab import country_label, decision_label
from ..services.reads.survey import SurveyData, SurveyRow, survey
from ..storage.reader import Reader
from .headers import FieldSpec
from .sheet_writer import Col, Layout, Unencodable, unencodable, write_csv, write_xlsx

SPECS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "body",
        "団体名",
        "Local government",
        aliases=(
            "地方公共団体名",
            "自治体名",
            "団体",
            "市区町村名",
            "都道府県名",
            "市町村名",
            "回答団体",
            "回答団体名",
            "団体名称",
            "organisation",
            "organization",
            "municipality",
            "body",
        ),
    ),
    FieldSpec(
        "department",
        "所管課",
        "Department",
        primary=True,
        aliases=(
            "担当課",
            "課名",
            "所管部署",
            "担当部署",
            "部署",
            "部署名",
            "所属",
            "所属名",
            "所管",
            "所管課名",
            "担当課名",
            "部課名",
            "部局",
            "所管部局",
            "department",
            "section",
            "division",
        ),
    ),
    FieldSpec(
        "service",
        "サービス名",
        "Service",
        aliases=(
            "アカウント名",
            "システム名",
            "サービス",
            "外部サービス名",
            "アカウント",
            "公式アカウント名",
            "service",
            "account",
        ),
    ),
    FieldSpec(
        "platform", "利用しているサービス", "Platform", aliases=("プラットフォーム", "利用サービス", "SNS", "platform")
    ),
    FieldSpec(
        "use",
        "業務名",
        "Use",
        primary=True,
        aliases=("業務", "利用業務", "利用業務名", "業務名称", "事務名", "用途", "task", "use"),
        weak=("業務の概要", "業務内容", "概要"),
    ),
    FieldSpec(
        "purpose",
        "業務の概要",
        "Outline of the use",
        aliases=("業務内容", "業務の内容", "概要", "利用目的", "目的", "内容", "purpose", "outline"),
    ),
    FieldSpec(
        "handles_personal_data",
        "住民の個人情報の取扱い",
        "Residents' personal data handled",
        kind="flag",
        aliases=(
            "個人情報の有無",
            "個人情報の取扱いの有無",
            "個人情報の取扱い",
            "個人情報",
            "住民の個人情報",
            "住民の個人情報の取扱いの有無",
            "個人情報の取り扱い",
            "personal data handled",
            "personal data",
        ),
    ),
    FieldSpec(
        "personal_data",
        "個人情報の概要",
        "Outline of the personal data",
        aliases=(
            "個人情報の内容",
            "取り扱う個人情報",
            "取扱う個人情報",
            "個人情報の種類",
            "個人情報の項目",
            "personal data outline",
        ),
    ),
    FieldSpec("confidentiality", "機密性区分", "Confidentiality class", kind="level", aliases=("機密性", "格付")),
    FieldSpec(
        "stored_in",
        "データ保存場所(国)",
        "Data stored in (countries)",
        kind="countries",
        aliases=(
            "データ保存場所",
            "保存場所",
            "データの保存場所",
            "保存先",
            "サーバ所在地",
            "サーバー所在地",
            "データ保管場所",
            "stored in",
            "storage",
        ),
    ),
    FieldSpec(
        "accessed_from",
        "アクセス・運用拠点(国)",
        "Accessed or operated from (countries)",
        kind="countries",
        aliases=(
            "アクセス・運用拠点",
            "アクセス拠点",
            "運用拠点",
            "アクセス元",
            "アクセス可能な国",
            "accessed from",
            "operated from",
            "access",
        ),
    ),
    FieldSpec("contractors", "委託先", "Contractors", aliases=("受託事業者", "委託事業者", "事業者", "contractor")),
    FieldSpec(
        "state",
        "対応状況",
        "Decision",
        kind="state",
        aliases=(
            "対応",
            "対応方針",
            "今後の対応",
            "利用継続の有無",
            "利用の継続",
            "対応状況(継続・停止等)",
            "利用状況",
            "判断",
            "対応判断",
            "継続・停止",
            "decision",
            "status",
        ),
    ),
    FieldSpec(
        "decided_on",
        "判断日",
        "Decision date",
        kind="day",
        aliases=("判断年月日", "決定日", "対応決定日", "判断時点", "decided on", "decision date"),
    ),
    FieldSpec(
        "conditions",
        "条件",
        "Conditions",
        aliases=(
            "利用の条件",
            "継続の条件",
            "再開条件",
            "再開の条件",
            "利用再開の条件",
            "再開予定",
            "conditions to resume",
            "conditions",
        ),
    ),
    FieldSpec(
        "rationale",
        "判断の理由",
        "Rationale",
        aliases=("理由", "判断理由", "対応の理由", "その理由", "rationale", "reason"),
    ),
    FieldSpec("notes", "備考", "Remarks", aliases=("その他", "特記事項", "備考欄", "remarks", "notes")),
)
SPEC = {s.key: s for s in SPECS}
# Our own sheet: the columns the ministry asked for in March 2021, and the decision beside them.
OWN_COLUMNS = (
    "body",
    "department",
    "service",
    "use",
    "purpose",
    "handles_personal_data",
    "personal_data",
    "stored_in",
    "accessed_from",
    "state",
    "decided_on",
    "conditions",
    "rationale",
    "notes",
)
# Widths that fit A4 landscape at about 80 % in 9-point type (their sum is what decides the scale).
WIDTHS = {
    "body": 8,
    "department": 10,
    "service": 16,
    "platform": 10,
    "use": 17,
    "purpose": 22,
    "handles_personal_data": 9,
    "personal_data": 16,
    "confidentiality": 8,
    "stored_in": 9,
    "accessed_from": 9,
    "contractors": 14,
    "state": 9,
    "decided_on": 11,
    "conditions": 16,
    "rationale": 22,
    "notes": 10,
}
WRAPPED = {
    "service",
    "use",
    "purpose",
    "personal_data",
    "stored_in",
    "accessed_from",
    "contractors",
    "conditions",
    "rationale",
    "notes",
    "department",
    "body",
    "decided_on",
    "state",
}
FLAG_WORDS = {"ja": ("有", "無"), "en": ("Yes", "No")}
TITLE = {
    "ja": ("「{title}」に係る外部サービスの利用状況(回答)", "{body}{as_of}時点 {n}業務"),
    "en": ("Use of external services affected by “{title}” (answer)", "{body}as of {as_of}: {n} uses"),
}


class Readable(Protocol):
    def reader(self) -> AbstractContextManager[Reader]: ...


def load(ledger: Readable, incident_id: int, as_of: date | None = None) -> SurveyData:
    with ledger.reader() as r:
        return survey(r, incident_id, as_of or date.today())


def value(row: SurveyRow, data: SurveyData, name: str, lang: str) -> Any:
    """One field of the answer as the sheet shows it (dates stay dates; the writer formats them)."""
    if name == "body":
        return data.municipality
    if name == "handles_personal_data":
        return FLAG_WORDS[lang][0 if row.handles_personal_data else 1]
    if name in ("stored_in", "accessed_from"):
        return (
            "、".join(country_label(c, lang) for c in getattr(row, name))
            if lang == "ja"
            else ", ".join(country_label(c, lang) for c in getattr(row, name))
        )
    if name == "contractors":
        return ("、" if lang == "ja" else ", ").join(row.contractors)
    if name == "state":
        return decision_label(row.state, lang)
    if name == "confidentiality":
        return f"機密性{row.confidentiality}" if lang == "ja" else row.confidentiality
    return getattr(row, name)


def table(data: SurveyData, lang: str, names: Sequence[str] = OWN_COLUMNS) -> list[list[Any]]:
    return [[value(row, data, name, lang) for name in names] for row in data.rows]


def headers(lang: str, names: Sequence[str] = OWN_COLUMNS) -> list[str]:
    return [SPEC[n].label(lang) for n in names]


def _titles(data: SurveyData, lang: str) -> tuple[str, ...]:
    """The title, the body and date it answers for, and who to ask (the ministry calls back on the answers)."""
    first, second = TITLE[lang]
    body = f"{data.municipality}  " if data.municipality else ""
    as_of = format_date(data.as_of, "era", lang) if lang == "ja" else format_date(data.as_of, "western", lang)
    lines = [first.format(title=data.incident_title), second.format(body=body, as_of=as_of, n=len(data.rows))]
    if data.section or data.contact_name:
        phone = f"({data.contact_phone})" if data.contact_phone else ""
        phone = f" {phone}" if phone and lang != "ja" else phone
        who = " ".join(x for x in (data.section, data.contact_name) if x)
        lines.append(f"{'回答者' if lang == 'ja' else 'Answered by'}: {who}{phone}")
    return tuple(lines)


def write_own(path: Path, data: SurveyData, lang: str) -> Path:
    """Our own answer sheet: Japanese (or English) header, 和暦 dates, wrapped columns, frozen header, A4 landscape.

    Dates are written as text (令和元年5月1日): the answer is read by people, and Excel's era format cannot
    write 元年 in a way every spreadsheet program shows.
    """
    columns = [Col(SPEC[n].label(lang), WIDTHS[n], "wrap" if n in WRAPPED else "text") for n in OWN_COLUMNS]
    layout = Layout(
        sheet_title="回答" if lang == "ja" else "Answer",
        titles=_titles(data, lang),
        landscape=True,
        footer=data.municipality,
        font_size=9,
        fit_heights=True,
    )
    rows = [[_date_text(lang)(v) if isinstance(v, date) else v for v in row] for row in table(data, lang)]
    return write_xlsx(path, columns, rows, layout)


def _date_text(lang: str) -> Callable[[date], str]:
    return lambda day: format_date(day, "era", lang) if lang == "ja" else day.isoformat()


def csv_problems(data: SurveyData, lang: str, encoding: str) -> list[Unencodable]:
    """What the chosen encoding cannot write, by row and column, before anything is written."""
    if encoding.lower().replace("_", "-") in ("utf-8", "utf-8-sig"):
        return []
    return unencodable(headers(lang), table(data, lang), encoding, _date_text(lang))


def write_own_csv(
    path: Path, data: SurveyData, lang: str, *, encoding: str = "utf-8-sig", replace: bool = False
) -> Path:
    return write_csv(
        path, headers(lang), table(data, lang), encoding=encoding, replace=replace, date_text=_date_text(lang)
    )


@dataclass(frozen=True)
class Written:
    path: Path
    rows: int
    sheet: str = ""
    first_row: int = 0  # where the answer starts in a filled template
    unmatched: tuple[str, ...] = ()  # template headings no field was written to


def export(
    ledger: Readable,
    incident_id: int,
    out: Path,
    *,
    as_of: date | None = None,
    lang: str = "ja",
    encoding: str = "utf-8-sig",
    replace: bool = False,
    template: Path | None = None,
    sheet: str | None = None,
    assigned: dict[int, str | None] | None = None,
) -> Written:
    """Write the answer: a CSV (by the file's suffix), the ministry's template filled in, or our own sheet."""
    data = load(ledger, incident_id, as_of)
    out = Path(out)
    if out.suffix.lower() in (".csv", ".txt"):
        return Written(write_own_csv(out, data, lang, encoding=encoding, replace=replace), len(data.rows))
    if template is not None:
        from .survey_template import fill

        return fill(Path(template), out, data, lang, sheet=sheet, assigned=assigned)
    return Written(write_own(out, data, lang), len(data.rows))
