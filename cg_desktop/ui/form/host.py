"""What the sending and history parts may ask of whoever shows the record form."""

from __future__ import annotations

from typing import Protocol

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.form.record_form import RecordForm


class FormHost(Protocol):
    """The place the form lives (the main window, later the kiosk): asked, never reached into."""

    @property
    def form(self) -> RecordForm | None:
        """The form shown now, if a profile is chosen."""
        ...

    def current_profile(self) -> Profile | None:
        """The profile whose form is shown."""
        ...

    def current_region(self) -> Region:
        """The region chosen now."""
        ...

    def choose_profile(self, name: str) -> bool:
        """Show the form of the profile with this name; False if there is none."""
        ...

    def show_form(self) -> None:
        """Bring the form into view, the cursor in its first field."""
        ...
