"""The profile editor's settings: name, data type, region, where records go, and how."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from cg_desktop.core.api.regions import region_label
from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.editor_words import (
    DATA_TYPE_WORDS,
    FORMAT_WORDS,
    METHOD_WORDS,
    TRANSPORT_WORDS,
    WEBHOOK_PASSWORD_NOTE,
)
from cg_desktop.core.profiles.model import DATA_TYPES, FORMATS, METHODS, REGIONS, TRANSPORTS
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said

# A finding's mark on a text box: a border in the finding's colour (its text is in the list
# under the form and in the box's tooltip, so colour is never the only sign).
_BORDER = {
    "problem": "QLineEdit { border: 2px solid #c5221f; }",
    "warning": "QLineEdit { border: 2px solid #e37400; }",
}


def _combo(words: Mapping[str, str], codes: tuple[str, ...]) -> QComboBox:
    """A combo box offering `codes` in people's words (the code is each item's data)."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(said(words.get(code, code)), code)
    return combo


class ProfileSettings(QWidget):
    """Edits a draft's own settings in place; `settings_changed` after each change."""

    settings_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Built empty; `show_draft` fills it. Created in Tab order."""
        super().__init__(parent)
        self._draft = ProfileDraft()
        self._filling = False
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("profile-name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Spring fair desk"))
        self.data_type_combo = _combo(DATA_TYPE_WORDS, DATA_TYPES)
        self.region_combo = _combo({code: region_label(code) for code in REGIONS}, REGIONS)
        self.transport_combo = _combo(TRANSPORT_WORDS, TRANSPORTS)
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("mapping-reference")
        self.reference_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.reference_edit.setPlaceholderText(self.tr("Paste it here (like 9dd58237-c913-4073-…)"))
        self.reference_edit.setToolTip(self._tip("configuration"))
        self.webhook_edit = QLineEdit()
        self.webhook_edit.setObjectName("webhook-id")
        self.webhook_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.webhook_edit.setToolTip(self._tip("webhook_id"))
        self.webhook_edit.setPlaceholderText("https://hooks.eu.customergauge.com/…")
        self.webhook_user_edit = QLineEdit()
        self.webhook_user_edit.setObjectName("webhook-user")
        self.webhook_user_edit.setToolTip(
            self.tr("The user name CustomerGauge gave with the webhook (not secret)")
        )
        self.webhook_note = QLabel(said(WEBHOOK_PASSWORD_NOTE))
        self.webhook_note.setWordWrap(True)
        self.webhook_note.setStyleSheet(f"color:{colours().secondary};")
        self.advanced_button = QToolButton()
        self.advanced_button.setText(self.tr("Ad&vanced"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setToolTip(
            self.tr("How records are sent: leave as they are unless told")
        )
        self.method_combo = _combo(METHOD_WORDS, METHODS)
        self.format_combo = _combo(FORMAT_WORDS, FORMATS)
        self._labels: dict[str, QLabel] = {}
        # A box that can't be changed must look it (an organisation's profile).
        self.setStyleSheet('QLineEdit[readOnly="true"] { background: palette(window); }')
        self._lay_out()
        self.name_edit.textEdited.connect(lambda text: self._set("name", text))
        self.reference_edit.textEdited.connect(lambda text: self._set("configuration", text))
        self.webhook_edit.textEdited.connect(lambda text: self._set("webhook_id", text))
        self.webhook_user_edit.textEdited.connect(lambda text: self._set("webhook_user", text))
        for attribute, combo in self._combos().items():
            combo.currentIndexChanged.connect(
                lambda _i, a=attribute, c=combo: self._set(a, str(c.currentData()))
            )
        self.advanced_button.toggled.connect(self._show_advanced)
        self._show_advanced(False)

    def _tip(self, part: str) -> str:
        """A box's tooltip while no finding is about it (none for the name)."""
        if part == "configuration":
            return self.tr(
                "In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference."
            )
        if part == "webhook_id":
            return self.tr(
                "The webhook's URL as CustomerGauge shows it "
                "(https://hooks.<region>.customergauge.com/…), or only the id at its end"
            )
        return ""

    def _combos(self) -> dict[str, QComboBox]:
        """Each combo box by the draft attribute it sets."""
        return {
            "data_type": self.data_type_combo,
            "region": self.region_combo,
            "transport": self.transport_combo,
            "method": self.method_combo,
            "format": self.format_combo,
        }

    def _label(self, key: str, text: str, buddy: QWidget) -> QLabel:
        """A label whose Alt+letter moves to `buddy`."""
        label = QLabel(text)
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _lay_out(self) -> None:
        """Two columns of settings; the reference (or webhook id) across; Advanced below."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._label("name", self.tr("N&ame"), self.name_edit), 0, 0)
        grid.addWidget(self.name_edit, 0, 1)
        grid.addWidget(self._label("data_type", self.tr("Data &type"), self.data_type_combo), 0, 2)
        grid.addWidget(self.data_type_combo, 0, 3)
        grid.addWidget(self._label("region", self.tr("&Region"), self.region_combo), 1, 0)
        grid.addWidget(self.region_combo, 1, 1)
        grid.addWidget(
            self._label("transport", self.tr("Sent t&hrough"), self.transport_combo), 1, 2
        )
        grid.addWidget(self.transport_combo, 1, 3)
        grid.addWidget(
            self._label("configuration", self.tr("Mapping re&ference"), self.reference_edit), 2, 0
        )
        grid.addWidget(self.reference_edit, 2, 1, 1, 3)
        grid.addWidget(self._label("webhook_id", self.tr("Webhoo&k URL"), self.webhook_edit), 3, 0)
        grid.addWidget(self.webhook_edit, 3, 1, 1, 3)
        user_label = self._label(
            "webhook_user", self.tr("Webhook user (lo&gin)"), self.webhook_user_edit
        )
        grid.addWidget(user_label, 4, 0)
        grid.addWidget(self.webhook_user_edit, 4, 1)
        grid.addWidget(self.webhook_note, 5, 1, 1, 3)
        grid.addWidget(self.advanced_button, 6, 0)
        grid.addWidget(self._label("method", self.tr("&Method"), self.method_combo), 7, 0)
        grid.addWidget(self.method_combo, 7, 1)
        grid.addWidget(self._label("format", self.tr("&Body format"), self.format_combo), 7, 2)
        grid.addWidget(self.format_combo, 7, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    # -- showing -----------------------------------------------------------------------------

    def show_draft(self, draft: ProfileDraft, *, read_only: bool = False) -> None:
        """Show this draft (edited in place from now on); read-only for the organisation's."""
        self._draft = draft
        self._filling = True
        try:
            self.name_edit.setText(draft.name)
            self.reference_edit.setText(draft.configuration)
            self.webhook_edit.setText(draft.webhook_id)
            self.webhook_user_edit.setText(draft.webhook_user)
            for attribute, combo in self._combos().items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(draft, attribute))))
        finally:
            self._filling = False
        for edit in (
            self.name_edit,
            self.reference_edit,
            self.webhook_edit,
            self.webhook_user_edit,
        ):
            edit.setReadOnly(read_only)
            edit.style().unpolish(edit)  # the style sheet reads readOnly when polished
            edit.style().polish(edit)
        for combo in self._combos().values():
            combo.setEnabled(not read_only)
        # Settings someone changed stay in view: hiding them would hide the change.
        unusual = draft.method != METHODS[0] or draft.format != FORMATS[0]
        self.advanced_button.setChecked(unusual)
        self._show_transport()

    def _show_transport(self) -> None:
        """The Records API needs the mapping's reference; a webhook needs its id instead."""
        webhook = self._draft.transport == "webhook"
        for widget in (self.reference_edit, self._labels["configuration"]):
            widget.setVisible(not webhook)
        for widget in (
            self.webhook_edit,
            self._labels["webhook_id"],
            self.webhook_user_edit,
            self._labels["webhook_user"],
            self.webhook_note,
        ):
            widget.setVisible(webhook)

    def _show_advanced(self, shown: bool) -> None:
        """Open or fold the Advanced settings."""
        self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        for widget in (
            self.method_combo,
            self.format_combo,
            self._labels["method"],
            self._labels["format"],
        ):
            widget.setVisible(shown)

    def mark(self, findings: list[Finding]) -> None:
        """Outline the boxes findings are about, the finding in their tooltip."""
        edits = {
            "name": self.name_edit,
            "configuration": self.reference_edit,
            "webhook_id": self.webhook_edit,
        }
        for part, edit in edits.items():
            found = [f for f in findings if f.field is None and f.part == part]
            worst = next((f for f in found if f.severity == "problem"), None) or next(
                iter(found), None
            )
            edit.setStyleSheet(_BORDER[worst.severity] if worst else "")
            edit.setToolTip(said(worst.text) if worst else self._tip(part))

    def go_to(self, part: str) -> bool:
        """Put the focus on the box a profile finding is about; False if there is none."""
        edit = {
            "name": self.name_edit,
            "configuration": self.reference_edit,
            "webhook_id": self.webhook_edit,
        }.get(part)
        if edit is None:
            return False
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- editing -------------------------------------------------------------------------------

    def _set(self, attribute: str, value: str) -> None:
        """A setting changed: the same change in the draft."""
        if self._filling:
            return
        setattr(self._draft, attribute, value)
        if attribute == "transport":
            self._show_transport()
        self.settings_changed.emit()
