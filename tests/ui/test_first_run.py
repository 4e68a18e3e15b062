"""Starting without --sandbox: the first-run page, importing a profile, remembering choices."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import demo_profile_path
from cg_desktop.ui.main_window import MainWindow


def real_profile(tmp_path: Path, name: str = "Desk EU", region: str = "eu") -> Path:
    data = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    data.update(name=name, region=region)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_no_profile_shows_the_first_run_page(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(practice=False)
    assert window.pages.currentWidget() is window.first_run
    assert window.form is None
    assert window.status.text() == "Not signed in"
    assert window.ribbon is None  # no practice ribbon outside practice mode


def test_try_practice_mode_from_the_first_run_page(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(practice=False)
    window.first_run.practice_button.click()
    practice_window = window.successor
    assert practice_window is not None and practice_window.practice is not None
    qtbot.addWidget(practice_window)
    try:
        assert not window.isVisible()
        assert practice_window.ribbon is not None and not practice_window.ribbon.isHidden()
        # Practice offers no real region and no real profile, and keeps its own history.
        regions = [
            practice_window.region_combo.itemData(i).code
            for i in range(practice_window.region_combo.count())
        ]
        assert regions == ["sandbox"]
        assert practice_window.form is not None
        assert practice_window.form.profile.name == "Demo (practice)"
        assert practice_window.paths.database.parent.name == "practice"
    finally:
        practice_window.close()


def test_import_a_profile_then_start_on_it_next_time(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(practice=False)
    profile = window.profile_import.import_profile_file(real_profile(tmp_path, "Desk AU", "au"))
    assert profile is not None and window.form is not None
    assert window.current_region().code == "au"
    window.close()
    again = make_window(practice=False)
    assert again.current_profile() is not None and again.current_profile().name == "Desk AU"
    assert again.current_region().label == "Australia"


def test_a_broken_profile_is_refused_with_one_clear_sentence(
    make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x", ', encoding="utf-8")
    window = make_window(practice=False)
    assert window.profile_import.import_profile_file(broken) is None
    assert shown == [
        "This file can't be used as a profile. Ask your CustomerGauge administrator for a "
        'corrected one.\n\nDetails: Profile "broken.json": the file is not valid JSON: '
        "Expecting property name enclosed in double quotes at line 1, column 15."
    ]
    assert window.pages.currentWidget() is window.first_run


def test_the_welcome_text_is_shown_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(practice=False)
    text = window.first_run.text
    qtbot.waitUntil(lambda: text.height() > 0, timeout=HANG_MS)
    # A word-wrapped label squeezed by its layout gets cut off (seen on screen once).
    assert text.height() >= text.heightForWidth(text.width())
    assert "practice mode" in text.text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_the_window_opens_with_damaged_files_in_the_profiles_folder(
    make_window: Callable[..., MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    folder = paths.profiles_dir
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.json")  # nobody will ever write to it
    (folder / "number.json").write_text('{"n": ' + "9" * 5000 + "}", encoding="utf-8")
    (folder / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    good = real_profile(tmp_path, "Desk EU")
    (folder / "desk.json").write_bytes(good.read_bytes())
    window = make_window(practice=False)
    assert window.current_profile() is not None
    assert window.current_profile().name == "Desk EU"
    assert window.form is not None
