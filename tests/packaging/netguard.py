"""Run a module with Python's network entry points replaced by recorders that refuse: `netguard.py LOG -m MODULE ARGS`.

Everything Python-level that reaches a network (urllib, http.client, requests, smtplib, ftplib,
DNS lookups) goes through socket.socket, create_connection or getaddrinfo, so recording those
catches an update check, telemetry or a font download. Unix-domain sockets stay allowed: they
never leave the machine.
"""

from __future__ import annotations

import json
import os
import runpy
import socket
import sys
import traceback

LOG = sys.argv[1]
_Base = socket.socket


def _record(what: str, detail: object) -> None:
    stack = "".join(traceback.format_stack(limit=12)[:-2])
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"call": what, "detail": repr(detail), "pid": os.getpid(), "stack": stack}) + "\n")


def _refuse(what: str, detail: object):
    _record(what, detail)
    raise OSError(f"network access refused by netguard: {what} {detail!r}")


class GuardedSocket(_Base):
    """A socket that records and refuses any family but AF_UNIX."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # socket's own names
        fam = socket.AF_INET if family == -1 and fileno is None else family
        if fileno is None and fam != getattr(socket, "AF_UNIX", None):
            _refuse("socket", (fam, type))
        super().__init__(family, type, proto, fileno)

    def connect(self, address):
        if self.family != getattr(socket, "AF_UNIX", None):
            _refuse("connect", address)
        return super().connect(address)

    def connect_ex(self, address):
        if self.family != getattr(socket, "AF_UNIX", None):
            _refuse("connect_ex", address)
        return super().connect_ex(address)


def _refusing(name: str):
    def refuse(*args, **kwargs):
        _refuse(name, args)

    return refuse


socket.socket = GuardedSocket
socket.SocketType = GuardedSocket
for _name in (
    "create_connection",
    "create_server",
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "getnameinfo",
):
    setattr(socket, _name, _refusing(_name))

if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[2] != "-m":
        raise SystemExit("usage: netguard.py LOG -m MODULE [ARGS...]")
    module = sys.argv[3]
    sys.argv = [module, *sys.argv[4:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
