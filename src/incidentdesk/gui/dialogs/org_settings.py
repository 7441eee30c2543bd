"""The settings form: the organisation as the memo names it, and this user's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.inputs import SettingsIn
from ...domain.vocab import DATE_STYLES
from .. import calls
from .fields import CodeCombo
from .form import FormDialog

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("system", "ja", "en")


@dataclass(frozen=True)
class SettingsSaved:
    """What OrgSettingsDialog.ask returns: the saved organisation settings and the chosen language."""

    settings: SettingsIn
    language: str  # "system" | "ja" | "en"
    language_changed: bool


class RolesEditor(QWidget):
    """An ordered list of approval roles (市長, 副市長, ... as the memo's stamp boxes), edited in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSpacing(2)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("&Add"), self.add),
            (self.tr("Remo&ve"), self.remove),
            (self.tr("Move &up"), lambda: self.move(-1)),
            (self.tr("Move do&wn"), lambda: self.move(1)),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.setFocusProxy(self.list)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemIsEditable)
        return item

    def value(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count()) if self.list.item(i).text().strip()]

    def set_value(self, roles) -> None:
        if isinstance(roles, str):
            roles = [r for r in roles.split(",")]
        self.list.clear()
        for role in roles:
            if role.strip():
                self.list.addItem(self._item(role.strip()))

    def add(self) -> None:
        item = self._item(self.tr("New role"))
        self.list.insertItem(self.list.currentRow() + 1, item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)


class FontPath(QWidget):
    """A TrueType font file for the memo, typed or chosen with a file picker."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("empty: BIZ UD Mincho or another installed Japanese font"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, path: str) -> None:
        self.edit.setText(path or "")

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Font for the memo"), self.value(), self.tr("Fonts (*.ttf *.ttc *.otf)")
        )
        if path:
            self.edit.setText(path)


class OrgSettingsDialog(FormDialog):
    """Organisation settings for memos (saved in the ledger) and the user's language (saved with QSettings).

    Context: qsettings= a QSettings to use instead of the application's default one.
    Emits language_chosen(code) when the language changed; ask() returns a SettingsSaved.
    """

    language_chosen = Signal(str)

    def build(self) -> None:
        self._loaded_version: int | None = None
        self.qsettings = self.context.get("qsettings") or QSettings()
        self.setWindowTitle(self.tr("Settings"))
        language = self.add_field("language", self.tr("&Language"), CodeCombo())
        # Each language is named in itself, so it can be found whatever the current one is.
        language.set_choices([("system", self.tr("Follow the system")), ("ja", "日本語"), ("en", "English")])
        self.add_field("municipality", self.tr("&Municipality"), QLineEdit())
        self.add_field("department", self.tr("&Department"), QLineEdit())
        self.add_field("section", self.tr("&Section"), QLineEdit())
        self.add_field("contact_name", self.tr("&Contact"), QLineEdit())
        self.add_field("contact_phone", self.tr("E&xtension"), QLineEdit())
        self.add_field("addressee", self.tr("Add&ressee"), QLineEdit())
        self.add_field(
            "approval_roles",
            self.tr("A&pproval roles"),
            RolesEditor(),
            hint=self.tr("In the order of the memo's approval boxes; double-click or F2 to rename."),
        )
        self.add_field("marking", self.tr("Mar&king"), QLineEdit())
        self.add_field("date_style", self.tr("Date s&tyle"), CodeCombo()).set_vocab(DATE_STYLES, self.ctx.lang)
        self.add_field("memo_number_prefix", self.tr("Memo &number prefix"), QLineEdit())
        self.add_field("font_path", self.tr("Memo &font"), FontPath())
        self.setMinimumWidth(600)

    def load_call(self):
        return calls.settings_for_edit, (), {}

    def loaded_version(self) -> int | None:
        return self._loaded_version

    def populate(self, loaded) -> None:
        settings, self._loaded_version = loaded
        stored = str(self.qsettings.value(LANGUAGE_KEY, "system") or "system")
        self._language = stored if stored in LANGUAGES else "system"
        self.set_value("language", self._language)
        for key in SettingsIn.names():
            self.set_value(key, getattr(settings, key))

    def save_call(self):
        values = {k: self.value(k) for k in SettingsIn.names()}
        values["approval_roles"] = ",".join(values["approval_roles"])  # the editor gives a list, the row one text
        return calls.save_settings, (SettingsIn.from_values(values),), {}  # the form adds the version it loaded

    def result_of(self, result) -> SettingsSaved:
        language = self.value("language")
        changed = language != self._language
        self.qsettings.setValue(LANGUAGE_KEY, language)
        self.qsettings.sync()
        if changed:
            self.language_chosen.emit(language)
        return SettingsSaved(result, language, changed)
