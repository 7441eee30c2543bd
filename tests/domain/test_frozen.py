"""@frozen models behave as dataclass(frozen=True, kw_only=True) did, for every model of the app."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidentdesk.domain import inputs
from incidentdesk.domain.frozen import Frozen, frozen
from incidentdesk.services import views


@frozen
class Sample(Frozen):
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    extra: dict[str, int] = dataclasses.field(default_factory=dict, hash=False)
    note: str = dataclasses.field(default="", compare=False)


def every_model() -> list[type]:
    found = []
    for module in (inputs, views):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Frozen) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_model_is_a_dataclass_with_its_fields_and_docstring() -> None:
    models = every_model()
    assert len(models) >= 50
    for model in models:
        assert dataclasses.is_dataclass(model)
        assert model.__doc__
        names = [f.name for f in dataclasses.fields(model)]
        assert set(names) == model._spec.allowed
        assert all(f.kw_only for f in dataclasses.fields(model)), model


def test_defaults_factories_and_errors() -> None:
    a = Sample(name="x")
    assert (a.name, a.count, a.tags, a.extra, a.note) == ("x", 0, (), {}, "")
    assert Sample(name="y").extra is not a.extra  # a factory makes a new value each time
    with pytest.raises(TypeError, match="missing required keyword-only argument.*'name'"):
        Sample()
    with pytest.raises(TypeError, match="unexpected keyword argument 'nme'"):
        Sample(name="x", nme="y")
    with pytest.raises(TypeError):
        Sample("x")  # type: ignore[misc]  # keyword-only, as before


def test_frozen_equal_hashable_and_copied() -> None:
    a = Sample(name="x", count=2, tags=("a",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.count = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.count  # type: ignore[misc]
    assert a == Sample(name="x", count=2, tags=("a",), note="not compared")
    assert a != Sample(name="x", count=3, tags=("a",))
    assert a != ("x", 2, ("a",), {}, "")  # another type is never equal
    b = views.PartyRecord(id=1, name="LINE株式会社")
    assert hash(b) == hash(views.PartyRecord(id=1, name="LINE株式会社"))
    assert len({b, views.PartyRecord(id=1, name="LINE株式会社"), views.PartyRecord(id=2, name="x")}) == 2
    assert dataclasses.replace(b, name="Z Holdings") == views.PartyRecord(id=1, name="Z Holdings")
    assert pickle.loads(pickle.dumps(b)) == b
    assert copy.deepcopy(b) == b
    assert repr(b).startswith("PartyRecord(name='LINE株式会社', kind=")
    assert dataclasses.asdict(b)["name"] == "LINE株式会社"


def test_a_class_not_derived_from_frozen_is_refused() -> None:
    with pytest.raises(TypeError, match="must derive from Frozen"):

        @frozen
        class Plain:  # pragma: no cover - never created
            x: int = 0


def test_what_frozen_init_does_not_do_is_refused_not_skipped() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @frozen
        class Checked(Frozen):  # pragma: no cover - never created
            x: int = 0

            def __post_init__(self) -> None: ...

    with pytest.raises(TypeError, match="init=False"):

        @frozen
        class Derived(Frozen):  # pragma: no cover - never created
            x: int = 0
            y: int = dataclasses.field(default=0, init=False)


@given(st.text(), st.integers(), st.lists(st.text(), max_size=3).map(tuple))
def test_equality_and_hash_follow_the_values(name: str, count: int, tags: tuple[str, ...]) -> None:
    a = Sample(name=name, count=count, tags=tags)
    b = Sample(name=name, count=count, tags=tags)
    assert a == b and hash(a) == hash(b)
    assert (a == Sample(name=name, count=count + 1, tags=tags)) is False


def test_from_columns_builds_what_the_keywords_build_and_checks_the_names_once() -> None:
    rows = [("a", 1), ("b", 2)]
    made = list(Sample.from_columns(("name", "count"), rows))
    assert made == [Sample(name="a", count=1), Sample(name="b", count=2)]
    assert made[0].extra == {} and made[0].extra is not made[1].extra  # defaults and factories as __init__
    with pytest.raises(TypeError, match="has no field 'nme'"):
        list(Sample.from_columns(("nme",), [("x",)]))
    with pytest.raises(TypeError, match="no column for name"):
        list(Sample.from_columns(("count",), [(1,)]))
    with pytest.raises(ValueError):  # a row longer or shorter than the names is refused, not cut
        list(Sample.from_columns(("name", "count"), [("a", 1, "extra")]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].name = "z"  # type: ignore[misc]
