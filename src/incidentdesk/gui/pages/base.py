"""What every page does alike: reload after writes (lazily when hidden) and retranslate on LanguageChange."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ..a11y import name_unnamed
from ..context import AppContext


class Page(QWidget):
    """Subclasses implement refresh() (ask the worker, then fill) and retranslate() (set every text)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.data_changed.connect(self._on_data_changed)
        ctx.language_changed.connect(lambda _lang: self._retranslate_named())

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _retranslate_named(self) -> None:
        self.retranslate()
        name_unnamed(self)  # screen-reader names from the labels just translated

    def _on_data_changed(self) -> None:
        # A hidden page reloads when it is shown again, so one write does not query every page.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        name_unnamed(self)
        if self._stale:
            self._stale = False
            self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_named()
        super().changeEvent(event)
