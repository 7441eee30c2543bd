"""The one door to the forms in gui/dialogs: `ask(DialogClass, parent, ctx, **context)`."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from .context import AppContext

T = TypeVar("T", covariant=True)


class Form(Protocol[T]):
    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, **context: Any) -> T | None: ...


def ask(form: type[Form[T]], parent: QWidget | None, ctx: AppContext, **context: Any) -> T | None:
    """Open `form` modally with `context`; what it saved, or None when cancelled.

    A form saves through `ctx.change`, so every page has already been told to reload.
    """
    return form.ask(parent, ctx, **context)
