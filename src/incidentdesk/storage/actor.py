"""Who is acting, for the audit trail: the account the operating system says is logged on, or the database role.

Environment variables (USERNAME, LOGNAME, USER) are not asked: anyone can set them for one command
(`LOGNAME=市長 incidentdesk memo 1 --issue`). On Windows the name comes from GetUserNameW, on other
systems from the password database for the process's user id. On PostgreSQL the server itself
vouches for `session_user`, the role that logged in (docs/install.md: one role per staff member).
"""

from __future__ import annotations

import os
import sys

UNKNOWN = "unknown"


def os_account() -> str:
    """The logged-on account's name as the operating system reports it, never from the environment."""
    try:
        if sys.platform == "win32":
            return _windows_account()
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name or UNKNOWN
    except Exception:  # noqa: BLE001 - no entry for this uid (a container), or the API failed: say so
        return UNKNOWN


def _windows_account() -> str:
    if sys.platform != "win32":  # ctypes.windll exists only there (type checkers know it too)
        return UNKNOWN
    import ctypes
    from ctypes import wintypes

    size = wintypes.DWORD(257)  # UNLEN + 1
    buffer = ctypes.create_unicode_buffer(size.value)
    if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
        return UNKNOWN
    return buffer.value or UNKNOWN


def server_actor(session_user: str, account: str | None = None) -> str:
    """The actor on a server: its role, and the PC's account beside it when the two differ.

    The role is what the server checked (a password); the account in brackets is only what the PC
    said, which helps read a trail written under a role the office shares, but proves nothing.
    """
    account = account if account is not None else os_account()
    if not account or account == UNKNOWN or account.casefold() == session_user.casefold():
        return session_user[:200]
    return f"{session_user} ({account})"[:200]
