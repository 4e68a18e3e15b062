"""File → Profiles…: create and edit profiles without writing JSON, with a live preview.

The dialog shows and wires; what is wrong with a draft (core/profiles/checks.py) and what
saving, renaming, copying and deleting do to the library (core/profiles/editing.py) are
decided in core. Its parts: the list (profile_list.py), the settings (profile_settings.py),
the fields (profile_fields_panel.py), the findings (profile_findings.py) and the preview
(profile_preview.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.profiles.checks import Finding, check_draft, problems
from cg_desktop.core.profiles.draft import FieldDraft, ProfileDraft
from cg_desktop.core.profiles.editing import (
    delete_profile,
    duplicate_name,
    is_organisation,
    name_clash,
    save_draft,
    taken_names,
)
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import Profile, ProfileError
from cg_desktop.core.profiles.understand import Reading
from cg_desktop.ui.accessible import name, name_buddies
from cg_desktop.ui.dialogs.profile_fields_panel import FieldsPanel
from cg_desktop.ui.dialogs.profile_findings import FindingsList
from cg_desktop.ui.dialogs.profile_list import ProfileList
from cg_desktop.ui.dialogs.profile_preview import ProfilePreview
from cg_desktop.ui.dialogs.profile_settings import ProfileSettings
from cg_desktop.ui.dialogs.profile_start import NewProfileDialog
from cg_desktop.ui.dialogs.profile_try import TryButton, save_before_trying
from cg_desktop.ui.words import said

_Button = QMessageBox.StandardButton


class ProfileEditor(QDialog):
    """Lists the profiles; edits the chosen one (or a new one) and saves it to the library."""

    def __init__(
        self,
        library: ProfileLibrary,
        *,
        phone_region: str | None = None,
        reading: Reading | None = None,
        try_profile: Callable[[Profile], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`phone_region` and `reading`: the desk's, for the preview (desk_locale.py);
        `try_profile`: opens practice mode trying a profile (None: no such button)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self._library = library
        self.draft = ProfileDraft()
        self._original: str | None = None  # the saved name of the draft shown (None: new)
        self._saved: ProfileDraft | None = None  # the draft as saved (None: never saved)
        self._showing = False  # a draft is shown (else the "choose one" state)
        self._read_only = False
        self._taken: frozenset[str] = frozenset()
        # The last name looked up for a file clash, and what was found (a disk read each).
        self._clash_checked: tuple[str, str | None] | None = None
        self._clash: list[Finding] = []
        self.findings: list[Finding] = []
        self.checked: Profile | None = None  # the draft as a profile, when it has no problem
        self._try_profile = try_profile
        self.last_saved: str | None = None  # the name the window should show afterwards
        self.library_changed = False  # something was saved or deleted
        self.new_dialog: NewProfileDialog | None = None
        # Created in Tab order: the list and its buttons, the settings, the fields, Save.
        self.profiles = ProfileList()
        self.heading = QLabel()
        self.heading.setObjectName("editor-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it holds a name someone typed
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.settings = ProfileSettings()
        self.fields = FieldsPanel()
        self.findings_list = FindingsList()
        name(self.findings_list, self.tr("What to check in this profile"))
        self.preview = ProfilePreview(phone_region=phone_region, reading=reading)
        self.try_button = TryButton()
        self.try_button.setVisible(try_profile is not None)
        self.save_button = QPushButton(self.tr("&Save"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        # The parts' controls, named here for the tests and for the Tab order.
        self.profile_list = self.profiles.list
        self.new_button = self.profiles.new_button
        self.duplicate_button = self.profiles.duplicate_button
        self.delete_button = self.profiles.delete_button
        self.fields_table = self.fields.table
        self.add_button = self.fields.add_button
        self.remove_button = self.fields.remove_button
        self.up_button = self.fields.up_button
        self.down_button = self.fields.down_button
        self.choices_button = self.fields.choices_button
        self._lay_out()
        self._wire()
        self.reload(prefer=None)
        self.resize(1240, 800)
        name_buddies(self)  # each labelled control is named after its label

    def _lay_out(self) -> None:
        """The list left, the chosen profile in the middle, its preview right; Save below."""
        self.findings_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.checks_label = QLabel(self.tr("Checks (click one to go to it)"))
        self.editing_area = QWidget()
        middle = QVBoxLayout(self.editing_area)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.settings)
        middle.addWidget(self.fields, 1)
        middle.addWidget(self.checks_label)
        middle.addWidget(self.findings_list)
        centre = QWidget()
        centre_column = QVBoxLayout(centre)
        centre_column.setContentsMargins(0, 0, 0, 0)
        centre_column.addWidget(self.heading)
        centre_column.addWidget(self.editing_area, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (self.profiles, centre, self.preview):
            splitter.addWidget(part)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 740, 290])
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.try_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _wire(self) -> None:
        """Connect the parts."""
        self.profiles.chosen.connect(self._chosen)
        self.new_button.clicked.connect(self.new_profile)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.settings.settings_changed.connect(self.refresh)
        self.fields.fields_changed.connect(self.refresh)
        self.findings_list.chosen.connect(self.go_to)
        self.save_button.clicked.connect(self.save)
        self.try_button.clicked.connect(self.try_in_practice)
        self.close_button.clicked.connect(self.reject)

    # -- what is shown -------------------------------------------------------------------------

    def reload(self, prefer: str | None) -> None:
        """List the library's profiles again and show `prefer` (else the first)."""
        self._show_saved(self.profiles.fill(self._library.entries(), prefer))

    def _chosen(self, name: str | None) -> None:
        """Another profile was picked in the list: show it, once the shown one is let go."""
        if name == self._original and self._showing:
            return
        if not self.may_leave():
            self.profiles.mark(self._original)  # stay where the changes are
            return
        self._show_saved(name)

    def _show_saved(self, name: str | None) -> None:
        """Show a profile from the library, or the "choose one" state when there is none."""
        profile = self._library.find(name) if name is not None else None
        if profile is None:
            self._show(ProfileDraft(), None, shown=False)
        else:
            self._show(ProfileDraft.from_profile(profile), profile.name)

    def _show(self, draft: ProfileDraft, original: str | None, *, shown: bool = True) -> None:
        """Show a draft: a saved profile's (`original` its name) or a new one (None)."""
        self.draft = draft
        self._original = original
        self._saved = draft.copy() if original is not None else None
        self._showing = shown
        self._read_only = original is not None and is_organisation(self._library, original)
        self._taken = taken_names(self._library, original)
        self._clash_checked = None
        editable = shown and not self._read_only
        self.settings.show_draft(draft, read_only=not editable)
        self.fields.show_fields(draft.fields, editable=editable)
        self.editing_area.setEnabled(shown)
        self.preview.clear()
        self.refresh()

    @property
    def dirty(self) -> bool:
        """Whether the draft shown has changes that aren't saved (a new one always has)."""
        if not self._showing or self._read_only:
            return False
        return self._saved is None or self.draft != self._saved

    @property
    def read_only(self) -> bool:
        """Whether the profile shown is the organisation's (not editable here)."""
        return self._read_only

    def refresh(self) -> None:
        """After every edit: check the draft, mark what's wrong, update Save and the preview."""
        findings: list[Finding] = []
        profile: Profile | None = None
        if self._showing and not self._read_only:
            findings = check_draft(self.draft, self._taken)
            if not any(f.part == "name" for f in findings):
                findings[:0] = self._name_clash()
        if self._showing and not problems(findings):
            try:
                profile = self.draft.to_profile()
            except ProfileError as exc:  # the file parser's last word: Save would fail too
                findings.append(Finding("problem", exc.problem, None, ""))
        self.findings, self.checked = findings, profile
        self.findings_list.show_findings(self.draft, findings)
        for widget in (self.findings_list, self.checks_label):
            widget.setVisible(self._showing and not self._read_only)
        self.settings.mark(findings)
        self.fields.mark(findings)
        if profile is not None:
            self.preview.show_profile(profile)
        elif self._showing:
            self.preview.show_stale()
        blocked = bool(problems(findings))
        self.save_button.setEnabled(self.dirty and not blocked)
        self.save_button.setToolTip(
            self.tr("Fix the problems listed under the fields first.") if blocked else ""
        )
        self.try_button.allow(profile is not None, blocked)
        self.heading.setText(self._heading())
        self.duplicate_button.setEnabled(self._original is not None)
        self.delete_button.setEnabled(self._original is not None and not self._read_only)

    def _name_clash(self) -> list[Finding]:
        """A name that would share another profile's file (looked up once per name typed)."""
        name = self.draft.name
        if self._clash_checked != (name, self._original):
            clash = name_clash(self._library, name, self._original)
            self._clash = [Finding("problem", clash, None, "name")] if clash else []
            self._clash_checked = (name, self._original)
        return self._clash

    def _heading(self) -> str:
        """One line over the form: what is shown, and whether it can be changed."""
        if not self._showing:
            return self.tr("Choose a profile on the left, or press New… to make one.")
        if self._read_only:
            return self.tr(
                "“{name}” is provided by your organisation, so it can't be "
                "changed or deleted here. Duplicate it to make your own version."
            ).format(name=self._original)
        if self._original is None:
            return self.tr("New profile — not saved yet.")
        if self.dirty:
            return self.tr("Editing “{name}” — changed, not saved yet.").format(name=self._original)
        return self.tr("Editing “{name}”.").format(name=self._original)

    def go_to(self, finding: Finding) -> None:
        """Put the focus where a finding is about."""
        if finding.field is not None or not self.settings.go_to(finding.part):
            self.fields.go_to(finding)

    # -- New, Duplicate, Delete ------------------------------------------------------------------

    def new_profile(self) -> None:
        """New…: ask how to start (template or pasted names), then show the new draft."""
        dialog = NewProfileDialog(self)
        dialog.accepted.connect(lambda: self.start_new(dialog.data_type(), dialog.fields()))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()

    def start_new(self, data_type: str, fields: list[FieldDraft]) -> None:
        """Show a new, unsaved draft of this data type with these fields; the name is next."""
        if not self.may_leave():
            return
        self.profiles.mark(None)
        self._show(ProfileDraft(data_type=data_type, fields=fields), None)
        self.settings.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate(self) -> None:
        """Duplicate: a copy of the chosen profile, saved at once under a free name."""
        if self._original is None or not self.may_leave():
            return
        source = self._library.find(self._original)
        if source is None:
            return
        copy = ProfileDraft.from_profile(source)
        copy.name = duplicate_name(self._library, source.name)
        try:
            save_draft(self._library, copy, None)
        except ProfileError:
            # The copy needs a fix first (a hand-written organisation profile may not pass
            # every check): shown unsaved, with its problems listed.
            self.profiles.mark(None)
            self._show(copy, None)
            return
        self.library_changed, self.last_saved = True, copy.name
        self.reload(prefer=copy.name)
        self.settings.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settings.name_edit.selectAll()  # the copy's name is the first thing to change

    def delete(self) -> None:
        """Delete…: after asking, naming the profile."""
        name = self._original
        if name is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile?"),
            self.tr(
                "Delete the profile “{name}” from this computer? Its form will no longer be "
                "offered here. This can't be undone."
            ).format(name=name),
            _Button.Yes | _Button.No,
            _Button.No,
        )
        if answer != _Button.Yes:
            return
        try:
            delete_profile(self._library, name)
        except ProfileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Profile not deleted"),
                self.tr("“{name}”: {problem}").format(name=name, problem=said(exc.problem)),
            )
            return
        self.library_changed = True
        if self.last_saved == name:
            self.last_saved = None
        self.reload(prefer=None)

    # -- saving and closing ------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the draft to the library; True when it is saved."""
        if not self._showing or self._read_only:
            return False
        try:
            profile = save_draft(self._library, self.draft, self._original)
        except ProfileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Saving the profile"),
                self.tr("“{name}”: {problem}").format(
                    name=said(exc.source), problem=said(exc.problem)
                ),
            )
            return False
        self.library_changed, self.last_saved = True, profile.name
        self._original = profile.name
        self._saved = self.draft.copy()
        self._taken = taken_names(self._library, profile.name)
        self._clash_checked = None
        # A new or renamed profile appears in the list; the draft stays as it is on screen.
        self.profiles.fill(self._library.entries(), profile.name)
        self.refresh()
        return True

    def try_in_practice(self) -> None:
        """Try in practice mode: saved first (practice replaces this window), then tried."""
        if self._try_profile is None or self.checked is None:
            return
        name = self.draft.name.strip() or self.tr("the new profile")
        if self.dirty and not (save_before_trying(self, name) and self.save()):
            return
        tried = self.checked
        assert tried is not None  # saved without a problem: still a profile
        # Out of the way while the desk may ask about its typing; back if the person stays.
        self.hide()
        if self._try_profile(tried) is None:
            self.show()
            return
        self.done(QDialog.DialogCode.Accepted)

    def may_leave(self) -> bool:
        """Whether the draft shown may be let go: asks Save / Discard / Cancel if changed."""
        if not self.dirty:
            return True
        name = self.draft.name.strip() or self.tr("the new profile")
        if problems(self.findings):
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr(
                    "“{name}” has problems, so it can't be saved as it is. Discard the changes?"
                ).format(name=name),
                _Button.Discard | _Button.Cancel,
                _Button.Cancel,
            )
            return answer == _Button.Discard
        answer = QMessageBox.question(
            self,
            self.tr("Save changes?"),
            self.tr("Save the changes to “{name}” before leaving it?").format(name=name),
            _Button.Save | _Button.Discard | _Button.Cancel,
            _Button.Save,
        )
        if answer == _Button.Save:
            return self.save()
        return answer == _Button.Discard

    def reject(self) -> None:
        """Close, Esc or the window's close button: ask first when changes would be lost."""
        if self.may_leave():
            super().reject()
