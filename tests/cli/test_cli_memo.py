"""`incidentdesk memo`: as-of drafts and issues, refused dates, the missing-character warning, and the audit
head printed on an issued memo that `verify --head` then accepts."""

from __future__ import annotations

import re
import subprocess

import pytest

from incidentdesk.cli import main
from incidentdesk.domain.inputs import TimelineIn
from incidentdesk.services import incidents
from incidentdesk.storage.database import open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def text(path) -> str:
    return re.sub(
        r"\s+",
        "",
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode(),
    )


@pytest.fixture
def sample(tmp_path, capsys) -> str:
    target = str(tmp_path / "s.db")
    assert run(capsys, "--db", target, "sample")[0] == 0
    return target


def test_issue_refuses_dates_out_of_order_and_prints_the_head(sample, tmp_path, capsys):
    memo = ["--db", sample, "--lang", "ja", "memo", "1"]
    code, out, err = run(capsys, *memo, "--date", "令和3年4月20日", "--out", str(tmp_path / "a.pdf"), "--issue")
    assert code == 0, err
    issued = text(tmp_path / "a.pdf")
    head = re.search(r"操作履歴の照合値(\d+:[0-9a-f]{12})", issued)
    assert head, issued[-300:]
    assert "案(未発行)" not in issued
    assert run(capsys, "--db", sample, "verify", "--head", head.group(1))[0] == 0
    code, out, err = run(capsys, *memo, "--date", "2021-04-19", "--out", str(tmp_path / "b.pdf"), "--issue")
    assert code != 0 and "前回発行した報告メモ" in err and "令和3年4月20日" in err
    code, out, err = run(
        capsys,
        "--db",
        sample,
        "--lang",
        "en",
        "memo",
        "1",
        "--date",
        "2099-01-01",
        "--out",
        str(tmp_path / "c.pdf"),
        "--issue",
    )
    assert code != 0 and "after today" in err
    # A reprint is the issued file, byte for byte, head line included.
    assert run(capsys, *memo, "--reprint", "情政第1号", "--out", str(tmp_path / "r.pdf"))[0] == 0
    assert (tmp_path / "r.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()


def test_a_draft_is_marked_and_reports_as_of_its_date(sample, tmp_path, capsys):
    memo = ["--db", sample, "--lang", "ja", "memo", "1", "--out", str(tmp_path / "d.pdf")]
    assert run(capsys, *memo, "--date", "R3.3.20")[0] == 0
    draft = text(tmp_path / "d.pdf")
    assert "案" in draft and "操作履歴の照合値" not in draft
    assert "ガイドライン" not in draft  # dated 2021-04-30 and 05-06
    assert run(capsys, *memo, "--date", "２０２１/５/１０")[0] == 0
    assert "ガイドライン" in text(tmp_path / "d.pdf")


def test_characters_the_fonts_lack_are_listed_with_where_they_are(sample, tmp_path, capsys):
    db = open_database(sample)
    incidents.add_timeline_entry(db, TimelineIn(incident_id=1, occurred="2021-03-20", text="𠮷野家の件 \U0001f600"))
    db.close()
    code, out, err = run(
        capsys, "--db", sample, "--lang", "ja", "memo", "1", "--date", "2021-03-25", "--out", str(tmp_path / "m.pdf")
    )
    assert code == 0
    line = next(x for x in err.splitlines() if "〓" in x)
    assert "経緯" in line and "\U0001f600" in line


def test_a_one_page_memo_is_reported_as_one_page(sample, tmp_path, capsys):
    """'(1 page, ...)', never '(1 pages, ...)' (seen on a new incident's first memo)."""
    from incidentdesk.domain.inputs import IncidentIn

    db = open_database(sample)
    new = incidents.open_incident(db, IncidentIn(title="新しい事案", known_on="2021-03-20"))
    db.close()
    code, out, _ = run(
        capsys,
        "--db",
        sample,
        "--lang",
        "en",
        "memo",
        str(new.id),
        "--date",
        "2021-03-25",
        "--out",
        str(tmp_path / "one.pdf"),
    )
    assert code == 0 and "(1 page, SHA-256 " in out
    code, out, _ = run(
        capsys, "--db", sample, "--lang", "en", "memo", "1", "--date", "2021-03-25", "--out", str(tmp_path / "many.pdf")
    )
    assert code == 0 and re.search(r"\(\d+ pages, SHA-256 ", out)
