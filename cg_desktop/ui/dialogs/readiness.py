"""Help → Check this computer…: the readiness lines as each check finishes, and Copy report.

The checks (core/readiness) run one at a time off the window's thread, since DNS, TLS and
signing in can take seconds; the window stays usable meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.library import practice_entries
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.readiness.desk import Desk, checks, secrets_of
from cg_desktop.core.readiness.lines import Check, Line, report, run
from cg_desktop.ui.accessible import name, name_buddies
from cg_desktop.ui.background import Background
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.words import said


def desk_of(context: AppContext, region: Region, profile: Profile | None) -> Desk:
    """What to check for a window on `context`, sending to `region` with `profile`."""
    practice = context.practice
    return Desk(
        paths=context.paths,
        region=region,
        credentials=context.credentials,
        client_id=context.settings.client_ids.get(region.code, ""),
        profiles=(
            practice_entries(practice.profiles)
            if practice is not None
            else context.library.entries()
        ),
        profile=profile.name if profile else None,
        known_credentials=practice.credentials if practice else None,
        webhook_users=context.settings.webhook_users,
        known_hooks=practice.hooks if practice else None,
        before_network=context.before_network,
    )


def status_words() -> dict[str, str]:
    """Each line's status as the dialog shows it (the copied report keeps its own words)."""
    return {
        "ok": QCoreApplication.translate("ReadinessDialog", "OK"),
        "warning": QCoreApplication.translate("ReadinessDialog", "Warning"),
        "problem": QCoreApplication.translate("ReadinessDialog", "Problem"),
        "skipped": "–",
    }


class ReadinessDialog(QDialog):
    """Shows each check's line as it comes; Copy report puts them on the clipboard."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        """`desk`: what to check (this window's folders, region, keyring, profiles)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check this computer"))
        self._desk = desk
        self._background = Background(self)
        self._pending: list[tuple[str, Check]] = []
        self.lines: list[Line] = []
        self._words = status_words()
        # Wide enough for the longest status in this language, as wide as ever in English.
        self._word_width = max(8, max(len(word) for word in self._words.values()) + 1)
        self._summary_words = ""  # the last summary, before "(Copied.)" is added
        intro = QLabel(
            self.tr(
                "Whether this computer is ready for the first visitor: each line says what "
                "was found and, when something is wrong, what to do next."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        name(self.text, self.tr("Check results"))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.again_button = QPushButton(self.tr("Check &again"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.again_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.start()
        name_buddies(self)  # each labelled control is named after its label

    @property
    def finished_checking(self) -> bool:
        """Whether every check has its line."""
        return not self._pending and bool(self.lines)

    def start(self) -> None:
        """Run every check again, from the first."""
        self.lines = []
        self.text.clear()
        self._pending = list(checks(self._desk))
        self.again_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self._next()

    def _next(self) -> None:
        """Start the next check, or sum up when there is none left."""
        if not self._pending:
            self._sum_up()
            return
        name, check = self._pending[0]
        total = len(self.lines) + len(self._pending)
        self.summary.setText(
            self.tr("Checking {name}… ({number} of {total})").format(
                name=said(name), number=len(self.lines) + 1, total=total
            )
        )
        self._background.run(lambda: run(name, check), self._finished)

    def _finished(self, line: object) -> None:
        """One check's line arrived (in the window's thread)."""
        if not self._pending:
            return  # closed meanwhile: the run was abandoned
        name, _check = self._pending.pop(0)
        if not isinstance(line, Line):  # run() never raises; should it ever, say so
            line = Line(
                "problem",
                name,
                self.tr("the check failed ({error})").format(error=repr(line)),
                self.tr("Send this report to support."),
            )
        self.lines.append(line)
        # Core's words in the person's language (the copied report keeps them in English).
        step = (
            "\n    " + self.tr("Next: {step}").format(step=said(line.next_step))
            if line.next_step
            else ""
        )
        status = self._words[line.status].ljust(self._word_width)
        self.text.appendPlainText(f"{status} {said(line.name)}: {said(line.found)}{step}")
        self._next()

    def _sum_up(self) -> None:
        """The last line is in: say whether the desk is ready."""
        problems = sum(line.status == "problem" for line in self.lines)
        warnings = sum(line.status == "warning" for line in self.lines)
        if problems == 1:
            words = self.tr("Not ready: 1 problem above. Fix it, then Check again.")
        elif problems:
            words = self.tr("Not ready: {count} problems above. Fix them, then Check again.")
        elif warnings == 1:
            words = self.tr("Ready, with 1 warning worth a look.")
        elif warnings:
            words = self.tr("Ready, with {count} warnings worth a look.")
        else:
            words = self.tr("Ready: everything checked is fine.")
        self._summary_words = words.format(count=problems or warnings)
        self.summary.setText(self._summary_words)
        self.again_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing ends the run: checks still waiting are not started, a running one's
        answer goes nowhere (no hidden sign-in after the window is gone)."""
        self._pending = []
        self._background.abandon()
        super().done(result)

    def copy_report(self) -> None:
        """The report as text for support, with the Client Secret taken out."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(report(self.lines, secrets_of(self._desk)))
        self.summary.setText(self.tr("{summary} (Copied.)").format(summary=self._summary_words))
