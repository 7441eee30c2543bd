"""The machinery of the input types (domain/inputs.py): the field helpers (text, day, choice, ...), the rule
each carries, and RecordInput, which cleans a record by its rules with limits from the table's columns.

A new field of a record is a line in inputs.py using these helpers; a new kind of value is a helper here and
its case in `_clean_value`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from typing import Any, ClassVar, TypeVar

from . import validation as v
from .errors import LedgerError
from .frozen import Frozen, frozen
from .typed_dates import FactDate
from .vocab import Vocabulary

R = TypeVar("R", bound="RecordInput")


@dataclass(frozen=True)
class Rule:
    """How one field is cleaned. `column`: the field is a column of the type's table (the importer reads it)."""

    kind: str  # text | day | fact | choice | country | count | flag | level | ref | refs | lines
    required: bool = False
    vocab: Vocabulary | None = None
    column: bool = True
    past: bool = False  # a date of something that happened: not after today
    optional: bool = False  # a choice that may be left empty


def _field(rule: Rule, default: Any = MISSING, factory: Any = MISSING) -> Any:
    if factory is not MISSING:
        return field(default_factory=factory, metadata={"rule": rule})
    return field(default=default, metadata={"rule": rule})


def text(*, required: bool = False, default: str = "") -> Any:
    """Free text, trimmed; its limit is the column's length (20,000 characters for a long-text column)."""
    return _field(Rule("text", required), default)


def day(*, required: bool = False, past: bool = False) -> Any:
    """A date, from a date or from text as people type it. `past`: when something happened (not after today);
    otherwise a planned date (a due date, a review) that may lie ahead."""
    return _field(Rule("day", required, past=past), None)


def fact(*, required: bool = False) -> Any:
    """When something happened, as precisely as it is known (a day, 3月, 5月下旬, 3月〜4月): a FactDate stored in
    three columns, <name>_on (the earliest day), <name>_until and <name>_precision; never after today."""
    return _field(Rule("fact", required, past=True), None)


def choice(vocab: Vocabulary, default: str, *, optional: bool = False) -> Any:
    """One code of `vocab`; `optional`: may be left empty ('')."""
    return _field(Rule("choice", vocab=vocab, optional=optional), default)


def country(default: str = "JP") -> Any:
    return _field(Rule("country"), default)


def count() -> Any:
    """A whole number of 0 or more, or nothing (typed as 5,000 in a form)."""
    return _field(Rule("count"), None)


def flag(default: bool = False) -> Any:
    return _field(Rule("flag"), default)


def level(default: int = 1) -> Any:
    """Confidentiality class 1, 2 or 3."""
    return _field(Rule("level"), default)


def ref(*, required: bool = False) -> Any:
    """The id of another record (existence is checked by the service, inside its transaction)."""
    return _field(Rule("ref", required), None)


def refs(*, column: bool = False) -> Any:
    """Ids of other records; not a column, so the importer never sees it."""
    return _field(Rule("refs", column=column), factory=tuple)


def lines() -> Any:
    """Several texts (claims typed one per line); not a column of the table."""
    return _field(Rule("lines", column=False), factory=tuple)


def read_only(**kw: Any) -> Any:
    """A field a read model adds to its input type (the id, a name looked up): never entered, never written."""
    return field(metadata={"input": False}, **kw)


def rule_of(f: Field[Any]) -> Rule | None:
    rule = f.metadata.get("rule")
    return rule if isinstance(rule, Rule) else None


def _clean_value(rule: Rule, name: str, value: Any, limit: int | None) -> Any:
    kind = rule.kind
    if kind == "text":
        return v.text(value, name, required=rule.required, max_len=limit or v.LONG)
    if kind == "day":
        return v.day(value, name, required=rule.required, past=rule.past)
    if kind == "fact":
        return v.fact_date(value, name, required=rule.required)
    if kind == "choice":
        assert rule.vocab is not None
        if value is None or str(value).strip() == "":  # a choice left open is a missing answer, not a bad one
            if rule.optional:
                return ""
            raise LedgerError("required", field=name)
        return v.choice(value, name, rule.vocab)
    if kind == "country":
        return v.country(value, name)
    if kind == "count":
        return v.count(value, name)
    if kind == "flag":
        return bool(value)
    if kind == "level":
        return v.confidentiality(value)
    if kind == "ref":
        return v.ref(value, name, required=rule.required)
    if kind == "refs":
        return tuple(dict.fromkeys(v.ref(x, name, required=True) for x in (value or ())))
    if kind == "lines":
        return tuple(
            v.text(x, name, required=True, max_len=limit or v.LONG) for x in (value or ()) if str(x or "").strip()
        )
    raise ValueError(f"unknown rule kind {kind}")


@frozen
class RecordInput(Frozen):
    """The base of every input type. Subclasses name their table and may add cross-field rules in check()."""

    TABLE: ClassVar[str] = ""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """Every input field, in declaration order: the keys a form shows."""
        return tuple(f.name for f in fields(cls) if f.metadata.get("input", True))

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The table's columns this type writes (a date with a precision is three of them)."""
        out: list[str] = []
        for f in fields(cls):
            rule = rule_of(f) or Rule("text")
            if f.metadata.get("input", True) and rule.column:
                out += [f.name + part for part in FACT_PARTS] if rule.kind == "fact" else [f.name]
        return tuple(out)

    @classmethod
    def from_values(cls: type[R], values: Mapping[str, Any]) -> R:
        """An uncleaned input from a mapping (a form's values, an import row); other keys are ignored.

        A date with a precision comes as itself (`occurred`: text, a date or a FactDate) or as its columns.
        """
        return cls(**_known(cls, cls.names(), values))

    @classmethod
    def from_row(cls: type[R], values: Mapping[str, Any]) -> R:
        """A record from the columns of its row, its read-only fields (id, version, names) included."""
        return cls(**_known(cls, _field_names(cls), values))

    def clean(self: R, limits: Mapping[str, int]) -> R:
        """A copy with every field cleaned, or LedgerError naming the first field that is refused."""
        out: dict[str, Any] = {}
        for f in fields(self):
            rule = rule_of(f)
            value = getattr(self, f.name)
            out[f.name] = value if rule is None else _clean_value(rule, f.name, value, limits.get(f.name))
        cleaned = replace(self, **out)
        cleaned.check()
        return cleaned

    def check(self) -> None:
        """Rules between fields of a cleaned input (a due date not before the request, ...)."""

    def values(self) -> dict[str, Any]:
        """The column values, for writing the row."""
        out: dict[str, Any] = {}
        for f in fields(self):
            rule = rule_of(f) or Rule("text")
            if not f.metadata.get("input", True) or not rule.column:
                continue
            value = getattr(self, f.name)
            if rule.kind == "fact":
                out[f.name + "_on"] = value.start if value else None
                out[f.name + "_until"] = value.until if value else None
                out[f.name + "_precision"] = value.precision if value else "day"
            else:
                out[f.name] = value
        return out


FACT_PARTS = ("_on", "_until", "_precision")


# A record is read many at a time: its type's fields are looked at once, not once per row.
_FIELD_NAMES: dict[type[RecordInput], tuple[str, ...]] = {}
_FACT_NAMES: dict[type[RecordInput], frozenset[str]] = {}


def _field_names(cls: type[RecordInput]) -> tuple[str, ...]:
    if cls not in _FIELD_NAMES:
        _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return _FIELD_NAMES[cls]


def _fact_names(cls: type[RecordInput]) -> frozenset[str]:
    """The fields holding a date with a precision (three columns each)."""
    if cls not in _FACT_NAMES:
        _FACT_NAMES[cls] = frozenset(f.name for f in fields(cls) if (rule_of(f) or Rule("text")).kind == "fact")
    return _FACT_NAMES[cls]


def _known(cls: type[RecordInput], names: tuple[str, ...], values: Mapping[str, Any]) -> dict[str, Any]:
    facts = _fact_names(cls)
    out = {k: val for k, val in values.items() if k in names and k not in facts}
    for name in facts & set(names):
        if name in values:
            out[name] = values[name]
        elif values.get(name + "_on") is not None:
            out[name] = FactDate.stored(
                values[name + "_on"], values.get(name + "_until"), values.get(name + "_precision")
            )
    return out
