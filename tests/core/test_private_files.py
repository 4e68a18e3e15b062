"""Personal data stays personal: with a lax umask (022), every folder is 0700, every file 0600."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cg_desktop.core.logs import open_log_file, start_logging
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import demo_profile_path
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.settings import Settings, save_settings
from cg_desktop.core.store.export import export_csv
from cg_desktop.core.store.sends import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: AppData)")


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """The umask of many desktops: new files readable by everyone."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    """The permission bits of a file or folder."""
    return stat.S_IMODE(path.stat().st_mode)


def test_every_folder_and_file_the_app_writes_is_private(lax_umask: None, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "app")
    save_settings(Settings(client_ids={"eu": "client-1"}), paths.settings_file)
    ProfileLibrary(paths.profiles_dir).import_file(demo_profile_path())
    held = start_logging()
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        open_log_file(paths.log_dir, held)
        logging.getLogger("cg_desktop.test").warning("a line for the log")
        with Store(paths.database) as store:
            store.enqueue(profile="Desk", region="eu", configuration="c", record={"Email": "a@b.c"})
            # The -wal and -shm exist while the store is open.
            written = sorted(p for p in (tmp_path / "app").rglob("*"))
            export_csv(store, paths.data_dir / "export.csv", personal=True)
            files = {p.name: mode(p) for p in written if p.is_file()}
            folders = {p.name: mode(p) for p in written if p.is_dir()}
            files["export.csv"] = mode(paths.data_dir / "export.csv")
    finally:
        for handler in root.handlers:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    assert {"sends.db", "sends.db-wal", "sends.db-shm", "settings.json"} <= files.keys()
    assert "cg-desktop.log" in files and any(name.endswith(".json") for name in files)
    assert files == {name: 0o600 for name in files}
    assert {"config", "data", "logs", "profiles"} <= folders.keys()
    assert folders == {name: 0o700 for name in folders}


def test_an_old_world_readable_database_is_made_private(lax_umask: None, tmp_path: Path) -> None:
    database = tmp_path / "data" / "sends.db"
    with Store(database):
        pass
    for path in (database, database.parent):
        path.chmod(0o755 if path.is_dir() else 0o644)
    with Store(database):
        assert mode(database) == 0o600 and mode(database.parent) == 0o700
