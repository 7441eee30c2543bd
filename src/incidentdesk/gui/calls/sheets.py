"""Spreadsheets: the inventory import and export, and the survey answer.

Reading a file is not a ledger call, but it takes seconds for a large sheet: it runs on the worker too.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ._common import LedgerLike


def preview_inventory(
    ledger: LedgerLike,
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str = "auto",
    assigned: dict[int, str | None] | None = None,
    include_hidden: bool = False,
) -> Any:
    """The inventory file as read and what importing it would do: an exchange.inventory.Preview."""
    from ...exchange.inventory import preview

    return preview(ledger, path, sheet=sheet, encoding=encoding, assigned=assigned, include_hidden=include_hidden)


def import_inventory(ledger: LedgerLike, previewed: Any, *, valid_only: bool) -> Any:
    """Import what the user previewed (refused if the ledger changed since) and remember the column choices."""
    from ...exchange.inventory import commit

    return commit(ledger.database(), previewed, valid_only=valid_only)


def export_inventory(ledger: LedgerLike, path: Path, lang: str) -> tuple[Path, int]:
    from ...exchange.inventory import export

    return export(ledger, path, lang=lang)


def survey_template(ledger: LedgerLike, template: Path, assigned: dict[int, str | None] | None = None) -> Any:
    """Which sheet and header of the ministry's form the answers go under: an exchange.survey_template.TemplateInfo."""
    from ...exchange.survey_template import inspect

    return inspect(template, assigned=assigned)


def survey_problems(ledger: LedgerLike, incident_id: int, *, as_of: date, lang: str, encoding: str) -> list[Any]:
    """Characters the chosen CSV encoding cannot write, with their rows and columns (empty for .xlsx or UTF-8)."""
    from ...exchange import survey

    return survey.csv_problems(survey.load(ledger, incident_id, as_of), lang, encoding)


def export_survey(ledger: LedgerLike, incident_id: int, out: Path, **kw: Any) -> Any:
    """Write the survey answer (exchange.survey.export's options); what was written."""
    from ...exchange import survey

    return survey.export(ledger, incident_id, out, **kw)
