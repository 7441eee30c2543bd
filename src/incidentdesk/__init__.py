"""Incident Desk: a ledger of vendor incidents, decisions and memos for a municipal IT section."""

__version__ = "0.1.0"
