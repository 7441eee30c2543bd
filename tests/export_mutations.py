"""Ways to damage a whole-ledger export: what the fuzzed-import test (hypothesis) and the reliability trials throw
at `import`. Each mutation is driven by a Chooser, so the same code runs on hypothesis' draws (which shrink a
failure to its smallest form) and on a seeded random generator (for thousands of trials in a script)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import random
from typing import Any, Protocol
from collections.abc import Callable, Sequence

from incidentdesk.storage.audit_chain import GENESIS, canonical, event_hash


class Chooser(Protocol):
    def pick(self, options: Sequence[Any]) -> Any: ...

    def number(self, low: int, high: int) -> int: ...


class RandomChooser:
    """A Chooser over random.Random, for the trials script."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def pick(self, options: Sequence[Any]) -> Any:
        return options[self.rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


DEEP = "__nested 5000 deep__"  # becomes 5,000 nested brackets in the file (as_bytes): no Python object that deep


# Values the file could hold where a field is: wrong types, the cases, and plausible-but-wrong values.
ODD_VALUES: list[Callable[[], Any]] = [
    lambda: None,
    lambda: True,
    lambda: 0,
    lambda: -1,
    lambda: -5,
    lambda: 2**31,
    lambda: 2**63,
    lambda: -(2**63) - 1,
    lambda: 10**40,
    lambda: 1.5,
    lambda: "",
    lambda: "   ",
    lambda: "x" * 301,
    lambda: "名" * 20_001,
    lambda: "LINE\x00",
    lambda: "a\ud800b",
    lambda: "\udfff",
    lambda: "J1",
    lambda: "cn",
    lambda: "JP",
    lambda: "2021-02-30",
    lambda: "1900-01-01",
    lambda: "2021-03-19",
    lambda: "2021-03-19T10:00:00",
    lambda: "2021-03-19T10:00:00+09:00",
    lambda: "abc",
    lambda: "1:abc",
    lambda: [1],
    lambda: {"a": 1},
    lambda: DEEP,
    lambda: "継続",
    lambda: "Zm9yZ2Vk",
    lambda: "continue",
    lambda: "pause",
    lambda: 3,
    lambda: "0" * 64,
]


def _tables(doc: dict) -> dict:
    tables = doc.get("tables")
    return tables if isinstance(tables, dict) else {}


def _nonempty(doc: dict) -> list[str]:
    return sorted(name for name, rows in _tables(doc).items() if isinstance(rows, list) and rows)


def _record(doc: dict, c: Chooser) -> tuple[str, int, dict] | None:
    names = _nonempty(doc)
    if not names:
        return None
    name = c.pick(names)
    rows = _tables(doc)[name]
    index = c.number(0, len(rows) - 1)
    row = rows[index]
    return (name, index, row) if isinstance(row, dict) else None


def set_field(doc: dict, c: Chooser) -> str:
    found = _record(doc, c)
    if not found or not found[2]:
        return "nothing"
    name, index, row = found
    field = c.pick(sorted(row))
    row[field] = c.pick(ODD_VALUES)()
    return f"set {name}[{index}].{field}"


def borrow_value(doc: dict, c: Chooser) -> str:
    """A field takes another record's value of the same column: well-formed, but not what the trail says."""
    found = _record(doc, c)
    if not found or not found[2]:
        return "nothing"
    name, index, row = found
    other = c.pick(_tables(doc)[name])
    field = c.pick(sorted(row))
    if isinstance(other, dict) and field in other:
        row[field] = copy.deepcopy(other[field])
    return f"borrow {name}[{index}].{field}"


def drop_field(doc: dict, c: Chooser) -> str:
    found = _record(doc, c)
    if not found or not found[2]:
        return "nothing"
    name, index, row = found
    field = c.pick(sorted(row))
    del row[field]
    return f"drop {name}[{index}].{field}"


def add_field(doc: dict, c: Chooser) -> str:
    found = _record(doc, c)
    if not found:
        return "nothing"
    found[2]["extra"] = 1
    return f"add field to {found[0]}"


def drop_record(doc: dict, c: Chooser) -> str:
    found = _record(doc, c)
    if not found:
        return "nothing"
    del _tables(doc)[found[0]][found[1]]
    return f"drop {found[0]}[{found[1]}]"


def copy_record(doc: dict, c: Chooser) -> str:
    """A record duplicated, with its id kept or moved to a new one."""
    found = _record(doc, c)
    if not found:
        return "nothing"
    name, _index, row = found
    twin = copy.deepcopy(row)
    if "id" in twin and c.pick([True, False]):
        twin["id"] = 10_000 + c.number(0, 9)
    _tables(doc)[name].append(twin)
    return f"copy {name}"


def swap_records(doc: dict, c: Chooser) -> str:
    found = _record(doc, c)
    if not found:
        return "nothing"
    rows = _tables(doc)[found[0]]
    other = c.number(0, len(rows) - 1)
    rows[found[1]], rows[other] = rows[other], rows[found[1]]
    return f"swap {found[0]}"


def drop_table(doc: dict, c: Chooser) -> str:
    names = sorted(_tables(doc))
    if not names:
        return "nothing"
    name = c.pick(names)
    del _tables(doc)[name]
    return f"drop table {name}"


def odd_structure(doc: dict, c: Chooser) -> str:
    what = c.pick(
        ["unknown table", "table not a list", "tables not an object", "format", "version", "nested", "no tables"]
    )
    if what == "unknown table":
        _tables(doc)["secrets"] = [{"id": 1}]
    elif what == "table not a list":
        name = c.pick(sorted(_tables(doc)) or ["party"])
        _tables(doc)[name] = {"id": 1}
    elif what == "tables not an object":
        doc["tables"] = [1, 2]
    elif what == "format":
        doc["format"] = c.pick(["something-else", None, 1])
    elif what == "version":
        doc["version"] = c.pick([2, "1", True, None, 1.0])
    elif what == "nested":
        name = c.pick(sorted(_tables(doc)) or ["party"])
        _tables(doc)[name] = DEEP
    else:
        doc.pop("tables", None)
    return what


def forge_consistently(doc: dict, c: Chooser) -> str:
    """Edit a row and its last audit event together and recompute the whole chain and the head: a forgery that
    verify cannot tell from the truth (only an anchor can), so import must accept it as verify would."""
    tables = _tables(doc)
    events = tables.get("audit_event")
    decisions = [r for r in tables.get("decision", []) if isinstance(r, dict)]
    if not isinstance(events, list) or not decisions:
        return "nothing"
    row = c.pick(decisions)
    state = c.pick(["continue", "suspend", "terminate"])
    row["state"] = state
    for ev in events:
        if isinstance(ev, dict) and ev.get("entity") == "decision" and ev.get("entity_id") == row.get("id"):
            new = json.loads(ev["new"]) if ev.get("new") else {}
            if "state" in new:
                new["state"] = state
                ev["new"] = canonical(new)
    return "forged " + rechain(doc)


def rechain(doc: dict) -> str:
    """Recompute every event's hash and the head (as a forger would)."""
    tables = _tables(doc)
    prev = GENESIS
    try:
        for ev in sorted(tables.get("audit_event", []), key=lambda e: e["seq"]):
            ev["prev_hash"] = prev
            ev["hash"] = prev = event_hash(
                prev,
                ev["seq"],
                ev["at"],
                ev["actor"],
                ev["action"],
                ev["entity"],
                ev["entity_id"],
                ev["old"],
                ev["new"],
            )
            last = ev["seq"]
        for meta in tables.get("ledger_meta", []):
            if meta.get("key") == "audit_head":
                meta["value"] = f"{last}:{prev}"
    except (KeyError, TypeError, ValueError, UnboundLocalError):
        return "rechain failed"
    return "rechained"


def swap_pdf(doc: dict, c: Chooser) -> str:
    """Replace an issued memo's PDF, with a SHA-256 that matches the new bytes."""
    memos = [m for m in _tables(doc).get("memo", []) if isinstance(m, dict)]
    if not memos:
        return "nothing"
    memo = c.pick(memos)
    pdf = b"%PDF-1.4 forged " + bytes([c.number(0, 255)])
    memo["pdf"] = base64.b64encode(pdf).decode()
    memo["sha256"] = hashlib.sha256(pdf).hexdigest()
    return "swapped pdf"


MUTATIONS: list[Callable[[dict, Chooser], str]] = [
    set_field,
    set_field,
    set_field,
    borrow_value,
    borrow_value,
    drop_field,
    add_field,
    drop_record,
    drop_record,
    copy_record,
    swap_records,
    drop_table,
    odd_structure,
    forge_consistently,
    swap_pdf,
]


def mutated(document: dict, c: Chooser, count: int) -> tuple[dict, list[str]]:
    doc = copy.deepcopy(document)
    done = [c.pick(MUTATIONS)(doc, c) for _ in range(count)]
    return doc, done


def as_bytes(doc: dict, c: Chooser) -> bytes:
    """The document as a file: sometimes laid out differently, sometimes damaged as text."""
    try:
        text = json.dumps(
            doc, ensure_ascii=c.pick([True, True, False]), indent=c.pick([None, 1]), sort_keys=c.pick([True, False])
        )
        text = text.replace(json.dumps(DEEP), "[" * 5000 + "]" * 5000)
        data = text.encode("utf-8", "surrogatepass")
    except ValueError:  # a float out of JSON's range and the like
        return b'{"format": "incidentdesk-ledger", "version": 1, "tables": {}}'
    damage = c.pick(["none", "none", "none", "truncate", "garbage", "bom", "trailing", "bad utf-8"])
    if damage == "truncate":
        return data[: c.number(0, max(0, len(data) - 1))]
    if damage == "garbage":
        at = c.number(0, len(data))
        return data[:at] + bytes([c.number(0, 255)]) + data[at:]
    if damage == "bom":
        return b"\xef\xbb\xbf" + data
    if damage == "trailing":
        return data + b" {}"
    if damage == "bad utf-8":
        at = c.number(0, len(data))
        return data[:at] + b"\xff\xfe" + data[at:]
    return data
