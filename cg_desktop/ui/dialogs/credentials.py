"""The credentials dialog: Client ID and Secret, Test connection, Save to the OS keyring."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.ui.background import Background


def check_credentials(
    region: Region,
    credentials: ClientCredentials,
    before_network: Callable[[], None] | None = None,
) -> str | None:
    """Fetch a token with these credentials: None when it works, else the reason (slow).

    `before_network` runs first (the app's TLS set-up), in the calling thread.
    """
    if before_network is not None:
        before_network()
    from cg_desktop.core.api.http import make_session
    from cg_desktop.core.api.tokens import TokenProvider

    session = make_session()
    try:
        outcome = TokenProvider(session, timeout=(5.0, 15.0)).check(region, credentials)
    finally:
        session.close()
    return None if outcome is None else outcome.message


class CredentialsDialog(QDialog):
    """Asks for a region's Client ID and Secret, tests them, and keeps them safely."""

    def __init__(
        self,
        region: Region,
        store: CredentialStore,
        *,
        client_id: str = "",
        secret: str = "",
        reason: str = "",
        practice: bool = False,
        before_network: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`practice`: demo credentials, kept in memory by the window; no keyring involved."""
        super().__init__(parent)
        self._practice = practice
        self._before_network = before_network
        self.region = region
        self._store = store
        self._background = Background(self)
        self.setWindowTitle(f"Credentials — {region.label}")
        self.setModal(True)
        intro = QLabel(
            f"Sign in to {region.server_name} with a Connected App's Client ID and Client "
            "Secret (your CustomerGauge administrator creates them)."
        )
        intro.setWordWrap(True)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color:#b3261e;")
        self.reason.setVisible(bool(reason))
        self.client_id = QLineEdit(client_id)
        self.client_id.setObjectName("client-id")
        self.secret = QLineEdit(secret)
        self.secret.setObjectName("client-secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        for line in (self.client_id, self.secret):
            line.setMinimumWidth(340)
        self.show_secret = QCheckBox("Sh&ow the secret")
        self.show_secret.toggled.connect(self._toggle_secret)
        self.test_button = QPushButton("&Test connection")
        self.test_result = QLabel("")
        self.test_result.setObjectName("test-result")
        self.test_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Client &ID", self.client_id)
        form.addRow("Client &Secret", self.secret)
        form.addRow("", self.show_secret)
        form.addRow("", self.test_button)
        form.addRow("", self.test_result)

        status = store.status()
        self.no_keyring = QLabel(status.explanation)
        self.no_keyring.setObjectName("no-keyring")
        self.no_keyring.setWordWrap(True)
        self.session_only = QCheckBox("Keep for this session only")
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
            self.save_button.setText("Use")
        elif not status.secure:
            self.save_button.setText("Keep for this session")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        for widget in (intro, self.reason):
            layout.addWidget(widget)
        layout.addLayout(form)
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

    def credentials(self) -> ClientCredentials:
        """What is typed now (trimmed: pasted secrets often carry a space)."""
        return ClientCredentials(self.client_id.text().strip(), self.secret.text().strip())

    def _toggle_secret(self, shown: bool) -> None:
        """Show or mask the secret."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    def _update(self) -> None:
        """Save and Test need both values; an earlier test result no longer applies."""
        self.test_result.clear()
        ready = bool(self.client_id.text().strip() and self.secret.text().strip())
        self.save_button.setEnabled(ready)
        self.test_button.setEnabled(ready)

    def test_connection(self) -> None:
        """Fetch a token in the background and say "Connected" or the plain reason."""
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")
        region, credentials = self.region, self.credentials()
        before = self._before_network
        self._background.run(lambda: check_credentials(region, credentials, before), self._tested)

    def _tested(self, result: Any) -> None:
        """Show the test's result."""
        self._update()
        if isinstance(result, Exception):
            self.test_result.setText("The test could not run. Try again.")
        elif result is None:
            self.test_result.setText("✔ Connected")
        else:
            self.test_result.setText(f"✘ {result}")

    def save(self) -> None:
        """Keep the secret in the keyring (or for this session) and close."""
        credentials = self.credentials()
        if self._practice:
            self.accept()  # the window keeps practice credentials in memory
            return
        service = client_service(self.region.code)
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
        """Wait for a running test before the dialog goes away."""
        self._background.wait()
        super().done(result)
