"""Runner.when_idle: what waits for the first page (the cycle collector, the viewer-copy sweep, the banner and
the other pages) runs once, after the answer that left the worker idle has been handled."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def test_when_idle_runs_once_after_the_last_answer_is_handled(qtbot, runner):
    gate = threading.Event()
    seen: list[str] = []
    runner.submit(gate.wait, 10, on_done=lambda _r: seen.append("answer"))
    runner.when_idle(lambda: seen.append("idle"))
    qtbot.wait(50)
    assert seen == []  # the worker is still busy
    gate.set()
    qtbot.waitUntil(lambda: "idle" in seen)
    assert seen == ["answer", "idle"]
    runner.submit(lambda: None, on_done=lambda _r: seen.append("again"))
    qtbot.waitUntil(lambda: "again" in seen)
    qtbot.wait(50)
    assert seen == ["answer", "idle", "again"]  # once, not at every idle


def test_when_idle_on_an_idle_worker_waits_for_the_next_turn_and_for_its_context(qtbot, runner):
    seen: list[str] = []
    runner.when_idle(lambda: seen.append("now"))
    assert seen == []  # not inside the caller
    qtbot.waitUntil(lambda: seen == ["now"])
    gone = QObject()
    runner.when_idle(lambda: seen.append("gone"), gone)
    Shiboken.delete(gone)  # the window closed before the worker went idle
    qtbot.wait(50)
    assert seen == ["now"]  # its context was deleted first: dropped
