"""The profile editor's preview: the form a desk will see, built from the draft when it's valid.

While the draft has problems, the last good form stays, greyed, with a line saying why it
isn't current: the administrator keeps seeing the layout they are changing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.profiles.understand import Reading
from cg_desktop.ui.colours import colours
from cg_desktop.ui.form.record_form import RecordForm


def waiting_words() -> str:
    """The status line while there is no form to show yet."""
    return QCoreApplication.translate(
        "ProfilePreview", "The preview appears once the profile has no problems."
    )


def current_words() -> str:
    """The status line over the draft's own form."""
    return QCoreApplication.translate(
        "ProfilePreview", "What a desk will see. Try typing in it: nothing is sent from here."
    )


def stale_words() -> str:
    """The status line over the last good form, greyed."""
    return QCoreApplication.translate(
        "ProfilePreview",
        "Not up to date: this is the form before the last changes. Fix the problems listed "
        "to see the new one.",
    )


_WORDS = {"WAITING": waiting_words, "CURRENT": current_words, "STALE": stale_words}


def __getattr__(attribute: str) -> str:
    """WAITING, CURRENT and STALE: the status lines, in the language in use when asked."""
    if attribute in _WORDS:
        return _WORDS[attribute]()
    raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")


class ProfilePreview(QWidget):
    """Shows the RecordForm a profile generates; keeps the last one, greyed, when told to."""

    def __init__(
        self,
        *,
        phone_region: str | None = None,
        reading: Reading | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`phone_region` and `reading`: as the desk's form gets them (desk_locale.py)."""
        super().__init__(parent)
        self._phone_region = phone_region
        self._reading = reading
        self.form: RecordForm | None = None
        self.profile: Profile | None = None
        title = QLabel(self.tr("<b>Preview</b>"))
        self.status = QLabel(waiting_words())
        self.status.setObjectName("preview-status")
        self.status.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)

    @property
    def is_current(self) -> bool:
        """Whether the form shown is the draft's (not an older, greyed one)."""
        return self.form is not None and self.form.isEnabled()

    def show_profile(self, profile: Profile) -> None:
        """Show this profile's form (built again only if the profile changed)."""
        self.status.setText(current_words())
        self.status.setStyleSheet("")
        if self.form is not None and profile == self.profile:
            self.form.setEnabled(True)
            return
        self._retire()
        form = RecordForm(profile, phone_region=self._phone_region, reading=self._reading)
        # A preview sends nothing: no Send or Clear, and Esc closes the editor, not the form.
        form.send_button.hide()
        form.clear_button.hide()
        for shortcut in form.findChildren(QShortcut):
            if shortcut.key() == QKeySequence(Qt.Key.Key_Escape):
                shortcut.setEnabled(False)
        self.area.setWidget(form)
        self.form, self.profile = form, profile

    def show_stale(self) -> None:
        """The draft has problems: grey the last good form and say it isn't current."""
        if self.form is None:
            self.status.setText(waiting_words())
            return
        self.form.setEnabled(False)
        self.status.setText(stale_words())
        self.status.setStyleSheet(f"color:{colours().caution};")

    def clear(self) -> None:
        """Nothing to preview (another profile is being chosen)."""
        self._retire()
        self.form, self.profile = None, None
        self.status.setText(waiting_words())
        self.status.setStyleSheet("")

    def _retire(self) -> None:
        """Take the old form out, deleted once Qt is done with its events (as the window does)."""
        old = self.area.takeWidget()
        if isinstance(old, RecordForm):
            old.retire()
            old.hide()
            old.deleteLater()
