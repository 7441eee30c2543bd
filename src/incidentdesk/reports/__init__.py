"""The mayor's status memo as a PDF: built from plain data (reports.data), never from queries."""

from .data import MemoData
from .document import build, page_count
from .head import memo_title

__all__ = ["MemoData", "build", "memo_title", "page_count"]
