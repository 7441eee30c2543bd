"""One function per user action. Each write is one transaction that also writes its audit event.

Functions take the open Database first and keyword-only arguments; they return rows detached
from their session (no relationships are defined, so nothing lazy-loads later) or frozen views.
"""
