"""Accessible names for what the code did not name itself, so pages and dialogs added later are covered too.

Screen readers (NVDA, Narrator through UI Automation) read a control's accessible name. Qt finds a label
for a text box only when the label is its sibling and never for a combo box, which then announces its
value. `name_unnamed(root)` walks a page: a field with a buddy label is named by the label (without its
&mnemonic), a text box by its placeholder, anything else by its tooltip. Names set explicitly in code are
kept; names set here are replaced on the next call (after a language switch).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

AUTO = "a11yAutoName"  # a dynamic property: this name was set here, and may be replaced


def plain(text: str) -> str:
    """A caption without its mnemonic and trailing colon: "名称(&N):" → "名称", "&Name:" → "Name"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def _set(widget: QWidget, name: str) -> None:
    if not name or (widget.accessibleName() and not widget.property(AUTO)):
        return
    widget.setAccessibleName(name)
    widget.setProperty(AUTO, True)


def name_unnamed(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            _set(buddy, plain(label.text()))
            if buddy.focusProxy() is not None:
                _set(buddy.focusProxy(), plain(label.text()))
    for w in root.findChildren(QWidget):
        if w.accessibleName() and not w.property(AUTO):
            continue
        if isinstance(w, QLineEdit) and w.placeholderText() and not isinstance(w.parentWidget(), QComboBox):
            _set(w, plain(w.placeholderText().rstrip("…")))
        elif isinstance(w, (QComboBox, QAbstractButton)) and w.toolTip() and not w.accessibleName():
            _set(w, plain(w.toolTip()))
