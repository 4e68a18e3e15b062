"""The profile editor's findings: what is wrong or odd with the draft, each naming its place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.editor_words import finding_line
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said

_ICON = {
    "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class FindingsList(QListWidget):
    """Lists findings, problems in red and warnings in amber; `chosen` when one is activated."""

    chosen = Signal(object)  # the Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty; `show_findings` fills it."""
        super().__init__(parent)
        self.setObjectName("findings")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def show_findings(self, draft: ProfileDraft, findings: list[Finding]) -> None:
        """One line per finding (its field named), or one line saying all is well."""
        self.clear()
        for finding in findings:
            line = said(finding_line(draft, finding))
            item = QListWidgetItem(line)
            item.setForeground(  # the icon tells them apart without colour too
                QBrush(
                    QColor(colours().error if finding.severity == "problem" else colours().caution)
                )
            )
            item.setIcon(self.style().standardIcon(_ICON[finding.severity]))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            if finding.severity == "problem":
                spoken = self.tr("Problem: {finding}").format(finding=line)
                tip = self.tr("Problem. Click to go there.")
            else:
                spoken = self.tr("Warning: {finding}").format(finding=line)
                tip = self.tr("Warning. Click to go there.")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(tip)
            self.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No problems: the profile can be saved."))
            item.setForeground(QBrush(QColor(colours().fine)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)

    def lines(self) -> list[tuple[str, str]]:
        """(severity, text) of each line shown ("ok" for the all-good line)."""
        shown: list[tuple[str, str]] = []
        for row in range(self.count()):
            item = self.item(row)
            finding = item.data(Qt.ItemDataRole.UserRole)
            shown.append((finding.severity if isinstance(finding, Finding) else "ok", item.text()))
        return shown

    def _activated(self, item: QListWidgetItem) -> None:
        """A finding was chosen: say which, so its place can get the focus."""
        finding = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.chosen.emit(finding)
