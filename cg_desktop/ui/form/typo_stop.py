"""The typo guard's part in the form: the first Enter stops on a likely typo, once."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt

from cg_desktop.core.profiles.hints import record_doubts
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.form.banner import Banner, Tone
from cg_desktop.ui.form.field_row import FieldRow
from cg_desktop.ui.words import said


# Its sentences are the form's: translated under RecordForm (translate() with literals,
# which lupdate finds).
class TypoStop:
    """Points out a likely typo at the first Enter, offers the address meant (Alt+U), and
    lets the second Enter send the value as typed."""

    def __init__(self, profile: Profile, rows: Mapping[str, FieldRow], banner: Banner) -> None:
        """`rows` and `banner`: the form's, where the doubt is shown."""
        self._profile = profile
        self._rows = rows
        self._banner = banner
        # Likely typos already pointed out once: field → the value then (Enter again sends).
        self._doubted: dict[str, str] = {}
        self.suggestion: tuple[str, str] | None = None  # (field, address) Alt+U puts in

    def forget(self) -> None:
        """A new person: nothing was pointed out to them yet."""
        self._doubted = {}
        self.suggestion = None

    def stops(self, values: Mapping[str, str]) -> bool:
        """Likely typos not yet pointed out: point them out and don't send (this once)."""
        doubts = {
            name: doubt
            for name, doubt in record_doubts(self._profile, values).items()
            if self._doubted.get(name) != values[name]
        }
        if not doubts:
            return False
        name, doubt = next(iter(doubts.items()))
        for field, _doubt in doubts.items():
            self._doubted[field] = values[field]
        self.suggestion = (name, doubt.replacement) if doubt.replacement else None
        check = (
            QCoreApplication.translate(
                "RecordForm", "Check {field}: {doubt} Alt+U uses it; Enter sends it as typed."
            )
            if doubt.replacement
            else QCoreApplication.translate(
                "RecordForm", "Check {field}: {doubt} Enter sends it as typed."
            )
        )
        self._rows[name].show_hints([doubt.message])
        self._banner.show_message(
            Tone.WARNING,
            check.format(field=self._rows[name].spec.label, doubt=said(doubt.message)),
        )
        self._rows[name].editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def use_suggestion(self) -> bool:
        """Alt+U: put the suggested address in its field; False when there is none."""
        if self.suggestion is None:
            return False
        name, address = self.suggestion
        self.suggestion = None
        self._rows[name].editor.set_value(address)
        self._rows[name].show_hints([])
        self._banner.show_message(
            Tone.INFO,
            QCoreApplication.translate(
                "RecordForm", "Changed to {address}. Press Enter to send."
            ).format(address=address),
        )
        return True
