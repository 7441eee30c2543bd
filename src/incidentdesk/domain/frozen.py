"""@frozen: the read models and input types as keyword-only frozen dataclasses, created cheaply.

`dataclass(frozen=True)` writes and compiles five methods for every class (__init__, __eq__, __hash__,
__setattr__, __delattr__): for the 52 models of domain/inputs.py and services/views.py that was 55 ms of
Python 3.11 compiling code on the worker while the window builds its first page (docs/performance.md).
Here `dataclass` still collects the fields (so `fields()`, `replace()`, `asdict()` and the type checkers see
a dataclass), and the five methods are written once, on the base class `Frozen`, reading a per-class
`_Spec` made at decoration. They behave as the generated ones: keyword-only arguments with defaults and
default factories, TypeError naming a missing or unknown argument, equality and hash by field values and
type, FrozenInstanceError on assignment.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

T = TypeVar("T")


class _Spec:
    """What Frozen's methods need of one class, computed once when it is decorated."""

    __slots__ = ("name", "allowed", "required", "defaults", "factories", "compared", "hashed")

    def __init__(self, cls: type) -> None:
        own = fields(cls)
        self.name = cls.__name__
        self.allowed = frozenset(f.name for f in own)
        self.required = frozenset(f.name for f in own if f.default is MISSING and f.default_factory is MISSING)
        self.defaults = {f.name: f.default for f in own if f.default is not MISSING}
        self.factories = tuple((f.name, f.default_factory) for f in own if f.default_factory is not MISSING)
        compared = [f.name for f in own if f.compare]
        hashed = [f.name for f in own if (f.compare if f.hash is None else f.hash)]
        self.compared = _getter(compared)
        self.hashed = _getter(hashed)


def _getter(names: list[str]) -> Any:
    """A tuple of the named attributes (attrgetter gives a bare value for one name, nothing for none)."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return attrgetter(*names)


class Frozen:
    """The shared methods of every @frozen class (see the module's docstring)."""

    _spec: ClassVar[_Spec]

    def __init__(self, **values: Any) -> None:
        spec = self._spec
        keys = values.keys()
        if not keys <= spec.allowed:
            unknown = sorted(set(values) - spec.allowed)[0]
            raise TypeError(f"{spec.name}.__init__() got an unexpected keyword argument {unknown!r}")
        if not keys >= spec.required:
            missing = ", ".join(repr(name) for name in sorted(spec.required - set(values)))
            raise TypeError(f"{spec.name}.__init__() missing required keyword-only argument(s): {missing}")
        state = self.__dict__
        state.update(spec.defaults)
        for name, make in spec.factories:
            if name not in values:
                state[name] = make()
        state.update(values)

    @classmethod
    def from_columns(cls, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[Self]:
        """Instances from rows whose values are in the order of `names` (a query's columns, each a field).
        The names are checked once, as __init__ checks its arguments, not once per row."""
        spec = cls._spec
        given = set(names)
        if not given <= spec.allowed:
            raise TypeError(f"{spec.name} has no field {sorted(given - spec.allowed)[0]!r}")
        if not given >= spec.required:
            raise TypeError(f"{spec.name}: no column for {', '.join(sorted(spec.required - given))}")
        defaults = {k: v for k, v in spec.defaults.items() if k not in given}
        factories = [(name, make) for name, make in spec.factories if name not in given]
        new = object.__new__
        for row in rows:
            obj = new(cls)
            state = obj.__dict__
            if defaults:
                state.update(defaults)
            for name, make in factories:
                state[name] = make()
            state.update(zip(names, row, strict=True))
            yield obj

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = self._spec.compared
        return bool(compared(self) == compared(other))

    def __hash__(self) -> int:
        return hash(self._spec.hashed(self))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        values = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{type(self).__name__}({values})"


if TYPE_CHECKING:  # tells the type checker that @frozen makes a keyword-only frozen dataclass
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_kw: Any) -> Any:
        return lambda f: f


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field,))
def frozen(cls: type[T]) -> type[T]:
    """A keyword-only frozen dataclass whose methods are Frozen's (the class must derive from Frozen)."""
    if not issubclass(cls, Frozen):
        raise TypeError(f"@frozen class {cls.__name__} must derive from Frozen")
    if not cls.__doc__:  # dataclass would otherwise make one from inspect.signature: 0.2 ms per class
        cls.__doc__ = cls.__name__
    dataclass(init=False, repr=False, eq=False, kw_only=True)(cls)
    # What Frozen.__init__ does not do, refused here rather than silently skipped.
    if hasattr(cls, "__post_init__") or any(not f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"@frozen class {cls.__name__}: __post_init__ and init=False fields are not supported")
    cls._spec = _Spec(cls)
    return cls
