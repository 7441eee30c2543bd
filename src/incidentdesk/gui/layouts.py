"""Layouts that fit a small screen (1366 × 768 at 150 % is 911 × 512 logical pixels): rows of buttons that wrap
instead of widening the window, form rows that scroll instead of growing past the screen, and dialogs
opened no larger than the work area."""

from __future__ import annotations

# This module runs before the first paint (the window's page area is a FitScrollArea), so it does not import
# the `Qt` namespace or QStyle at its top: the first use of either builds all their enums (40 and 14 ms on
# Python 3.11). The methods that need them import them when they run, after the paint.
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

FRAME = QSize(16, 40)  # a window's frame and title bar on Windows at 150 %, in logical pixels (about)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to the next line when the width runs out (heightForWidth).

    Its items reach Python, and PySide keeps their wrappers while the layout lives: take a widget out with
    takeAt and delete the item yourself (StateChips.set_counts). A widget deleted while still in the row makes
    Qt delete its item behind the wrapper, and a later object at that address then reaches Python as a dead
    item (tests/gui/test_layout_items.py tells the story).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._lines_height = 0  # the height of the lines at the width last given, once placed
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 - as QBoxLayout; a flow has no stretch
        return

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802 - Qt naming
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt naming
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if rect.width() > 0 and height != self._lines_height:
            # More or fewer lines at this width: the least size changes, and what holds the row (a splitter, a
            # tab, the page's scroll area) must ask again, or the last line is drawn over what lies below.
            self._lines_height = height
            QTimer.singleShot(0, self, self.invalidate)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """All on one line."""
        width, height = 0, 0
        for item in self._visible():
            width += item.sizeHint().width() + (self._gap() if width else 0)
            height = max(height, item.sizeHint().height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt naming
        """As narrow as the widest item (the rest wraps), as tall as the lines it wraps to at its present
        width: splitters and scroll areas size by least sizes, not by heightForWidth."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return size.expandedTo(QSize(0, self._lines_height))

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        return style_spacing()

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self._gap()
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


_probe: QWidget | None = None


def style_spacing() -> int:
    """The style's horizontal spacing between widgets (PM_LayoutHorizontalSpacing), 6 pixels if it has none.

    Read through a box layout, which asks the style in C++: asking it from Python wraps the style, which
    builds QStyle's eleven enums (500 values, 12 ms) while the first page is being built."""
    global _probe
    if _probe is None:
        from PySide6.QtWidgets import QHBoxLayout

        _probe = QWidget()
        QHBoxLayout(_probe)
    layout = _probe.layout()
    spacing = layout.spacing() if layout is not None else -1
    return spacing if spacing >= 0 else 6


def flow_row(*widgets: QWidget) -> FlowLayout:
    row = FlowLayout()
    for w in widgets:
        row.addWidget(w)
    return row


class FitScrollArea(QScrollArea):
    """A frameless scroll area that asks for its content's whole size and scrolls only when the window is
    smaller: at 100 % it looks like no scroll area at all. Keeps the focused control in view."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, min_height: int = 120):
        super().__init__(parent)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # A viewport made here has its Python wrapper from the start. The one Qt makes gets one the first time
        # Python asks for it, and PySide then sets up 79 widget classes to find its type (27 ms, before the
        # first paint: _relayout reads the viewport's size).
        self.setViewport(QWidget())
        self.setWidgetResizable(True)
        # Not a Tab stop of its own. Set as a property: Qt.FocusPolicy would build the Qt namespace's enums
        # before the first paint (40 ms); the property takes the enum's value.
        self.setProperty("focusPolicy", 0)  # Qt.FocusPolicy.NoFocus
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setWidget(content)
        content.installEventFilter(self)  # its least size changed: scroll bars and size again
        if isinstance(content, QStackedWidget):
            content.currentChanged.connect(self._relayout)
        self._min_height = min_height
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return content.sizeHint().expandedTo(content.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        height = min(self._min_height, content.minimumSizeHint().height()) if content is not None else 0
        scroll = self.verticalScrollBar().sizeHint().width()
        return QSize(width + scroll, height)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._relayout()
        return super().eventFilter(obj, event)

    def _relayout(self, *_args) -> None:
        """The content's least size changed (another page, longer texts). QScrollArea only looks again on a
        LayoutRequest of its own, and when no scroll bar is needed it leaves the content as large as it was:
        so the content is sized here (the viewport, or more if it needs more) and the scroll bars follow."""
        content = self.widget()
        if content is None:
            return
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        wanted = self.viewport().size().expandedTo(least)
        if content.size() != wanted:
            content.resize(wanted)
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            content = self.widget()
        except RuntimeError:  # deleted
            return
        if new is not None and content is not None and content.isAncestorOf(new) and not _scrolls_itself(new, content):
            self.ensureWidgetVisible(new, 8, 8)


def _scrolls_itself(w: QWidget, content: QWidget) -> bool:
    """A control inside a table or text box of the content: that one scrolls, not the whole area."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = w.parentWidget()
    while parent is not None and parent is not content:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def available_size(widget: QWidget | None = None) -> QSize:
    """The work area of the screen the widget is on (the taskbar left out), in logical pixels."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1920, 1080)


def fit_to_screen(window: QWidget) -> None:
    """As large as it asks to be (Qt opens a window at most 2/3 of the screen tall, so a form scrolled with
    room to spare), but no larger than the work area less a frame: a dialog taller than a small screen would
    hide its buttons."""
    room = available_size(window) - FRAME
    wanted = window.size().expandedTo(window.sizeHint()).boundedTo(room)
    wanted = wanted.expandedTo(window.minimumSize().boundedTo(room))
    if wanted != window.size():
        window.resize(wanted)


class CurrentStack(QStackedWidget):
    """A stack of pages whose size is the page on show, not the largest page: a short page does not scroll
    because another one is tall."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        """The page on show's (QStackedLayout answers with the tallest page's, which a scroll area asks)."""
        page = self.currentWidget()
        if page is None:
            return -1
        return page.heightForWidth(width) if page.hasHeightForWidth() else page.minimumSizeHint().height()


class ElidedButton(QPushButton):
    """A button whose long text ends in "…" when the row is narrow (the whole text stays its accessible name
    and tooltip): a deadline's service and use must not widen the window past a small screen."""

    def __init__(self, text: str, parent: QWidget | None = None, *, least: int = 160):
        super().__init__(text.replace("&", "&&"), parent)
        self._full = text.replace("&", "&&")
        self._least = least

    def full_text(self) -> str:
        return self._full

    def _text_width(self, text: str) -> int:
        return self.fontMetrics().size(QtCore.Qt.TextFlag.TextShowMnemonic, text).width()

    def _padding(self) -> int:
        """What the button adds around its text (frame, margins), measured as QPushButton measures."""
        return super().sizeHint().width() - self._text_width(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        return QSize(self._text_width(self._full) + self._padding(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(min(self._least, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self.width() >= self.sizeHint().width():
            text = self._full  # room for all of it
        else:
            room = max(self.width() - self._padding(), 0)
            text = self.fontMetrics().elidedText(_shown(self._full), QtCore.Qt.TextElideMode.ElideRight, room)
            text = text.replace("&", "&&")
        if text != self.text():
            self.setText(text)


def _shown(text: str) -> str:
    """A button's text as drawn: "&&" is one "&" (no mnemonic in these)."""
    return text.replace("&&", "&")


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its lines need at its width: in a splitter or a
    scroll area (which do not pass heightForWidth on) a plain one was squeezed and its last lines cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.updateGeometry()
