"""The credentials dialog: Client ID and Secret, Test connection, Save to the OS keyring.

For a profile that sends through an Incoming Webhook it asks for the webhook's user and
password instead (there is no harmless test call for a webhook: its first send tells).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import Region
from cg_desktop.core.api.sign_in_check import SignInCheck, sign_in_words
from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.background import Background
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said


@dataclass(frozen=True)
class WebhookSignIn:
    """The webhook a credentials dialog asks for: its lane (the keyring's service) and URL."""

    lane: str
    url: str


class CredentialsDialog(QDialog):
    """Asks for a region's Client ID and Secret (or a webhook's user and password), tests
    the Client ID and Secret, and keeps them safely."""

    def __init__(
        self,
        region: Region,
        store: CredentialStore,
        *,
        client_id: str = "",
        secret: str = "",
        reason: str = "",
        practice: bool = False,
        webhook: WebhookSignIn | None = None,
        before_network: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`practice`: demo credentials, kept in memory by the window; no keyring involved.

        `webhook`: ask for that webhook's user (`client_id`) and password (`secret`).
        """
        super().__init__(parent)
        self._practice = practice
        self._webhook = webhook
        self._before_network = before_network
        self.region = region
        self._store = store
        self._background = Background(self)
        self.setWindowTitle(
            self.tr("Webhook credentials — {region}").format(region=said(region.label))
            if webhook
            else self.tr("Credentials — {region}").format(region=said(region.label))
        )
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Sign in to {server} with a Connected App's Client ID and Client "
                "Secret (your CustomerGauge administrator creates them)."
            ).format(server=said(region.server_name))
            if webhook is None
            else self.tr(
                "This profile sends through the Incoming Webhook {url}. Give the "
                "user and password CustomerGauge showed with it (your administrator has them)."
            ).format(url=webhook.url)
        )
        intro.setWordWrap(True)
        self.reason = QLabel(said(reason))  # (core's sentence, in the person's language)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color:{colours().error};")
        self.reason.setVisible(bool(reason))
        self.client_id = QLineEdit(client_id)
        self.client_id.setObjectName("client-id")
        self.secret = QLineEdit(secret)
        self.secret.setObjectName("client-secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        for line in (self.client_id, self.secret):
            line.setMinimumWidth(340)
        self.show_secret = QCheckBox(
            self.tr("Sh&ow the password") if webhook else self.tr("Sh&ow the secret")
        )
        self.show_secret.toggled.connect(self._toggle_secret)
        self.test_button = QPushButton(self.tr("&Test connection"))
        # The result has a row of its own, the dialog's full width: in the form's field
        # column a long reason was drawn over the rows below and cut off.
        self.test_result = QLabel("")
        self.test_result.setObjectName("test-result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        self._check: SignInCheck | None = None
        form = QFormLayout()
        form.addRow(self.tr("&User") if webhook else self.tr("Client &ID"), self.client_id)
        form.addRow(self.tr("&Password") if webhook else self.tr("Client &Secret"), self.secret)
        form.addRow("", self.show_secret)
        form.addRow("", self.test_button)
        # A test would have to send a record through the webhook: its first send tells.
        self.test_button.setVisible(webhook is None)

        status = store.status()
        explanation = status.explanation
        if webhook is not None:
            explanation = explanation.replace("the Client Secret", "the webhook's password")
        self.no_keyring = QLabel(explanation)
        self.no_keyring.setObjectName("no-keyring")
        self.no_keyring.setWordWrap(True)
        self.session_only = QCheckBox(self.tr("Keep for this session only"))
        self.session_only.setObjectName("session-only")
        self.session_only.setChecked(not status.secure)
        self.session_only.setEnabled(status.secure)
        self.no_keyring.setVisible(not status.secure and not practice)
        self.session_only.setVisible(not status.secure and not practice)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if practice:
            self.save_button.setText(self.tr("Use"))
        elif not status.secure:
            self.save_button.setText(self.tr("Keep for this session"))
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color:{colours().error};")
        self.error.hide()
        layout = QVBoxLayout(self)
        # The dialog grows with what it says (a long reason), never overlapping rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for widget in (intro, self.reason):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.test_result)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.session_only)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        self.client_id.textChanged.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self._update()
        (self.secret if client_id else self.client_id).setFocus()
        name_buddies(self)  # each labelled control is named after its label

    def credentials(self) -> ClientCredentials:
        """What is typed now (trimmed: pasted secrets often carry a space)."""
        return ClientCredentials(self.client_id.text().strip(), self.secret.text().strip())

    def _toggle_secret(self, shown: bool) -> None:
        """Show or mask the secret."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    def _update(self) -> None:
        """Save and Test need both values; an earlier test result no longer applies."""
        if self._check is not None:
            self.cancel_test()  # the values it tests are not these any more
        self._say("")
        ready = bool(self.client_id.text().strip() and self.secret.text().strip())
        self.save_button.setEnabled(ready)
        self.test_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        """Show the test's words on their own row (the dialog grows to fit them)."""
        self.test_result.setText(text)
        self.test_result.setVisible(bool(text))
        self.adjustSize()

    def test_connection(self) -> None:
        """Sign in in the background and say so; while it runs, the button cancels it."""
        if self._check is not None:
            self.cancel_test()
            return
        check = SignInCheck(self.region, self.credentials(), self._before_network)
        self._check = check
        self.test_button.setText(self.tr("Cancel &test"))
        self._say(self.tr("Signing in to {server}…").format(server=said(self.region.server_name)))
        self._background.run(check.run, lambda result: self._tested(check, result))

    def cancel_test(self) -> None:
        """Stop the running test: its request ends at once, its result is ignored."""
        check, self._check = self._check, None
        if check is not None:
            check.cancel()
        self.test_button.setText(self.tr("&Test connection"))
        self._say(self.tr("Test cancelled."))

    def _tested(self, check: SignInCheck, result: Any) -> None:
        """Show the test's result (unless it was cancelled or replaced meanwhile)."""
        if check.cancelled or check is not self._check:
            return
        self._check = None
        self.test_button.setText(self.tr("&Test connection"))
        if isinstance(result, Exception):
            self._say(self.tr("✘ The test could not run. Try again."))
        else:
            self._say(said(sign_in_words(result)))

    def save(self) -> None:
        """Keep the secret in the keyring (or for this session) and close."""
        credentials = self.credentials()
        if self._practice:
            self.accept()  # the window keeps practice credentials in memory
            return
        service = client_service(self._webhook.lane if self._webhook else self.region.code)
        try:
            if self.session_only.isChecked():
                self._store.keep_for_session(
                    service, credentials.client_id, credentials.client_secret
                )
            else:
                self._store.save(service, credentials.client_id, credentials.client_secret)
        except CredentialError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def done(self, result: int) -> None:
        """End a running test and go at once: a test still connecting (DNS, a dead Wi-Fi)
        finishes on its own in the background, its result dropped."""
        if self._check is not None:
            self.cancel_test()
        self._background.abandon()
        super().done(result)
