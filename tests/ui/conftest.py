"""Fixtures for window tests: a practice window on a real sandbox, a real keyring file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import build_context
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import Practice, start_practice


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """Fresh folders for this test: settings, profiles, database, logs."""
    return AppPaths.under(tmp_path / "app")


@pytest.fixture
def make_window(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any
) -> Iterator[Callable[..., MainWindow]]:
    """Builds practice windows (optionally with extra profiles); closes them cleanly after."""
    windows: list[MainWindow] = []

    def build(extra_profiles: list[Profile] | None = None, practice: bool = True) -> MainWindow:
        session: Practice | None = None
        if practice:
            session = start_practice()
            session.profiles.extend(extra_profiles or [])
        context = build_context(paths, practice=session, credentials=CredentialStore(file_keyring))
        window = MainWindow(context)
        window.confirm_close = False  # tests close windows without the person's question
        qtbot.addWidget(window)
        # The database, the sender and the history start right after the first paint.
        with qtbot.waitSignal(window.started, timeout=HANG_MS):
            window.show()
        qtbot.waitExposed(window, timeout=HANG_MS)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()
        assert not window.work.sender.worker_thread.isRunning()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """A practice-mode window on the demo profile."""
    return make_window()
