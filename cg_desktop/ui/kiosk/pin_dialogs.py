"""The staff PIN: setting it on the first kiosk start, and asking for it to get past the kiosk."""

from __future__ import annotations

import logging
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.kiosk.pin import PinHash, PinLock, PinOutcome, hash_pin, pin_problem
from cg_desktop.ui.accessible import name, name_buddies
from cg_desktop.ui.colours import colours
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.words import said

log = logging.getLogger(__name__)
_DIGITS = QRegularExpressionValidator(r"\d{0,12}")

# What a PinDialog opens; each has its own whole sentence to translate (pin_intro).
PinPurpose = Literal["the staff panel", "cg-desktop's window"]


def pin_intro(purpose: PinPurpose) -> str:
    """The PIN dialog's sentence for `purpose`."""
    if purpose == "cg-desktop's window":
        return QCoreApplication.translate(
            "PinDialog", "Staff: type the PIN to open cg-desktop's window."
        )
    return QCoreApplication.translate("PinDialog", "Staff: type the PIN to open the staff panel.")


def kept_lock(context: AppContext, pin: PinHash) -> PinLock:
    """The lock on `pin`, its wrong tries kept in the settings so a restart gives no new ones
    (practice mode keeps them nowhere: it shares the real desk's settings file)."""
    if context.practice is not None:
        return PinLock(pin)

    def remember(state: dict[str, object]) -> None:
        """Keep the count and the lockout's end with the settings, at once."""
        context.settings.kiosk_pin_lock = state
        try:
            context.save_settings()
        except OSError as exc:  # a full or read-only disk: the lock still holds in memory
            log.warning("PIN tries not kept for the next start: %s", type(exc).__name__)

    return PinLock(pin, saved=context.settings.kiosk_pin_lock, remember=remember)


def _pin_field(name: str) -> QLineEdit:
    """A masked box that takes digits only."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(_DIGITS)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class NewPinDialog(QDialog):
    """Asks the administrator for the staff PIN, twice; `pin_hash()` after it is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Both boxes empty; OK waits for a usable PIN typed the same twice."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff PIN for this kiosk"))
        intro = QLabel(
            self.tr(
                "Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is "
                "needed to leave kiosk mode and to see the staff panel. It is kept only as a "
                "salted hash, so write it down somewhere safe."
            )
        )
        intro.setWordWrap(True)
        self.pin = _pin_field("new-pin")
        self.again = _pin_field("new-pin-again")
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        # Room for its two lines from the start: a dialog that must grow when a problem
        # appears was left at its size by a window manager, and the words above were cut.
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 2 + 4)
        self.problem.setStyleSheet(f"color:{colours().error};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&PIN (4 to 12 digits)"), self.pin)
        form.addRow(self.tr("PIN &again"), self.again)
        layout = QVBoxLayout(self)
        # Grows with what it says (a lockout sentence), even with no window manager; wide
        # enough that its sentences don't wrap into a narrow column.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pin.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self._hash: PinHash | None = None
        self._check()
        name_buddies(self)  # each labelled control is named after its label

    def _check(self) -> None:
        """OK only for a usable PIN typed the same twice; say what is wrong."""
        pin, again = self.pin.text(), self.again.text()
        problem = pin_problem(pin) if pin else None
        if problem is None and again and again != pin:
            problem = self.tr("The two PINs are not the same.")
        self.problem.setText(said(problem or ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(pin) and problem is None and again == pin)

    def accept(self) -> None:
        """Hash the PIN (scrypt: a moment) and close."""
        self._hash = hash_pin(self.pin.text())
        self.pin.clear()
        self.again.clear()
        super().accept()

    def pin_hash(self) -> PinHash | None:
        """The new PIN's hash, once accepted."""
        return self._hash


class PinDialog(QDialog):
    """Asks for the staff PIN; accepted only with the right one (five wrong: a minute's wait)."""

    def __init__(self, lock: PinLock, purpose: PinPurpose, parent: QWidget | None = None) -> None:
        """`purpose` says what the PIN opens ("the staff panel")."""
        super().__init__(parent)
        self._lock = lock
        self.setWindowTitle(self.tr("Staff only"))
        intro = QLabel(pin_intro(purpose))
        intro.setWordWrap(True)
        self.pin = _pin_field("staff-pin")
        name(self.pin, self.tr("Staff PIN"))
        self.verdict = QLabel("")
        self.verdict.setObjectName("pin-verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() * 2 + 4)  # (idem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # During a lockout the cursor can only be on Cancel: Enter there (staff typing the
        # PIN and Enter) must not close the dialog without a word. Esc still cancels.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        layout = QVBoxLayout(self)
        # Grows with what it says (a lockout sentence), even with no window manager; wide
        # enough that its sentences don't wrap into a narrow column.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        layout.addWidget(self.pin)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        self._countdown = QTimer(self)  # the lockout's seconds, counted down as they pass
        self._countdown.setInterval(1_000)
        self._countdown.timeout.connect(self._show_lockout)
        name_buddies(self)  # each labelled control is named after its label
        self._show_lockout()  # still locked from an earlier try

    def _say(self, text: str, *, error: bool) -> None:
        """The verdict line: red for what went wrong, plain for what may be done now."""
        self.verdict.setStyleSheet(f"color:{colours().error};" if error else "")
        self.verdict.setText(text)

    def _show_lockout(self) -> None:
        """While locked: how long is left, every second, and no box to type into (a PIN typed
        then would be refused unseen); then say it may be tried again."""
        left = self._lock.seconds_left()
        locked = left > 0
        self.pin.setEnabled(not locked)
        self.ok.setEnabled(not locked)
        if locked:
            self._say(
                self.tr("Too many wrong PINs: try again in {seconds} s.").format(
                    seconds=max(1, round(left))
                ),
                error=True,
            )
            self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self._say(self.tr("You can try the PIN again."), error=False)
            self.pin.setFocus()

    def try_pin(self) -> None:
        """Check the PIN typed: open with the right one, else say why not."""
        verdict = self._lock.check(self.pin.text())
        self.pin.clear()
        if verdict.ok:
            self.accept()
            return
        if verdict.outcome is PinOutcome.LOCKED:
            self._show_lockout()
        else:
            left = verdict.tries_left
            self._say(
                self.tr("That PIN is not right. 1 try left.")
                if left == 1
                else self.tr("That PIN is not right. {count} tries left.").format(count=left),
                error=True,
            )
