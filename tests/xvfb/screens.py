"""Virtual screens of their own for real-window tests (a size, optionally a window manager)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

EXIT = 60.0  # seconds for a server to end once told to (bounds a hang only)


@contextmanager
def own_screen(size: str, *, window_manager: bool = False) -> Iterator[str]:
    """An Xvfb screen of `size` ("1280x800"), with openbox if asked; its DISPLAY.

    Xvfb picks a free display number and writes it once it takes clients (-displayfd),
    so no test waits on the clock for it.
    """
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{size}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    processes = [server]
    try:
        assert number, "Xvfb did not start"
        if window_manager:
            processes.insert(
                0,
                subprocess.Popen(
                    ["openbox"],
                    env=dict(os.environ, DISPLAY=f":{number}"),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                ),
            )
        yield f":{number}"
    finally:
        for process in processes:
            process.terminate()
            process.wait(EXIT)
