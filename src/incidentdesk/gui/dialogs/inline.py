"""Creating what a form needs without leaving it: "New party…" beside a party choice, "New source…" beside a
source list. The nested form saves on its own; the outer form keeps everything typed and gets the new record
chosen (a party) or ticked (a source)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def beside(field: QWidget, extra: QWidget) -> None:
    """Put `extra` to the right of a form field added with FormDialog.add_field. It stays out of the Tab chain
    (Tab runs through the fields as before) and is reached by its mnemonic (Alt+N, Alt+R)."""
    extra.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    column = field.parentWidget().layout()
    at = column.indexOf(field)
    column.removeWidget(field)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(extra)
    column.insertLayout(at, row)


def new_party_button(form, key: str = "party_id") -> QPushButton:
    """A "New party…" button beside the party choice `key` of `form`."""
    button = QPushButton(QCoreApplication.translate("InlineNew", "&New party…"), form)
    button.setObjectName("newParty")
    button.setToolTip(
        QCoreApplication.translate(
            "InlineNew", "Register a party that is not in the list yet; what you typed here stays."
        )
    )
    beside(form.widget(key), button)

    def create() -> None:
        from .catalog import PartyDialog

        saved = PartyDialog.ask(form, form.ctx)
        if saved is None:
            return
        combo = form.widget(key)
        choices = [
            (combo.itemData(i), combo.itemText(i)) for i in range(combo.count()) if combo.itemData(i) is not None
        ]
        combo.set_choices(sorted([*choices, (saved.id, saved.name)], key=lambda c: c[1]))
        combo.set_code(saved.id)
        form._baseline = {**(form._baseline or {}), key: None}  # the new party counts as typed

    button.clicked.connect(create)
    return button


def new_source_button(form, key: str = "source_ids") -> QPushButton:
    """A "New source…" button beside the source list `key` of `form` (which has `incident_id`)."""
    button = QPushButton(QCoreApplication.translate("InlineNew", "New sou&rce…"), form)
    button.setObjectName("newSource")
    button.setToolTip(
        QCoreApplication.translate("InlineNew", "Cite a source that is not in the list yet; what you typed here stays.")
    )
    beside(form.widget(key), button)

    def create() -> None:
        from .incidents import SourceDialog

        if form.incident_id is None:
            return
        saved = SourceDialog.ask(form, form.ctx, incident_id=form.incident_id)
        if saved is None:
            return
        checklist = form.widget(key)
        ticked = checklist.checked_ids()  # in the order ticked: the new source is cited after them
        rows = [(ident, label, False) for ident, label, _ticked, _locked in checklist.source.rows]
        checklist.set_items([*rows, (saved.id, saved.title, False)])
        checklist.set_checked([*ticked, saved.id])

    button.clicked.connect(create)
    return button
