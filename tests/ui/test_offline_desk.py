"""Issue 4's desk scenario: the network drops, three visitors register, the network returns."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait, start_using

from cg_desktop.core.store import outbox
from cg_desktop.core.store.sends import Status
from cg_desktop.sandbox import Sandbox
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.sending import sender


def test_three_records_sent_offline_are_delivered_when_the_network_returns(
    qtbot: QtBot, window: MainWindow
) -> None:
    practice = window.practice
    assert practice is not None
    start_using(qtbot, window)
    port = urlsplit(practice.sandbox.base_url).port
    practice.sandbox.stop()  # the Wi-Fi drops
    for name in ("Ann", "Bob", "Cy"):
        fill(window, Email=f"{name.lower()}@example.com", First_Name=name)
        send_and_wait(qtbot, window)
        assert window.form is not None and window.form.banner.tone is Tone.INFO
        assert "Saved — it will be sent when the connection is back." in (
            window.form.banner.text.text()
        )
        assert window.form.values()["Email"] == ""  # ready for the next visitor
    # The sender retries on its own timer meanwhile; each retry ends queued again.
    qtbot.waitUntil(
        lambda: [s.status for s in window.work.store.page()] == [Status.QUEUED] * 3, timeout=HANG_MS
    )
    qtbot.waitUntil(lambda: "offline" in window.status.text(), timeout=HANG_MS)
    assert "3 waiting to be sent" in window.status.text()
    # The network returns; nobody touches anything.
    back = Sandbox(port=port).start()
    practice.sandbox = back
    try:
        qtbot.waitUntil(lambda: len(back.accepted) == 3, timeout=HANG_MS)
        qtbot.waitUntil(
            lambda: [s.status for s in window.work.store.page()] == [Status.DELIVERED] * 3,
            timeout=HANG_MS,
        )
        assert sorted(a.record["Email"] for a in back.accepted) == [
            "ann@example.com",
            "bob@example.com",
            "cy@example.com",
        ]
        qtbot.waitUntil(lambda: "waiting" not in window.status.text(), timeout=HANG_MS)
        model = window.work.history.model
        assert [model.data(model.index(r, 3)) for r in range(3)] == ["Delivered"] * 3
    finally:
        window.close()
        back.stop()


def test_a_trainee_can_simulate_the_outage_from_the_ribbon(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    # No periodic probe and an hour between retries: ending the outage itself must send
    # what waits (as a real network's return does), or nothing goes during this test.
    monkeypatch.setattr(sender, "PROBE_EVERY_MS", 3_600_000)
    monkeypatch.setattr(outbox, "retry_delay", lambda *_a, **_k: 3600.0)
    window = make_window()
    start_using(qtbot, window)
    assert window.ribbon is not None and window.ribbon.outage_button.isVisible()
    fill(window, Email="gil@example.com", First_Name="Gil")
    send_and_wait(qtbot, window)  # surveyed before the outage
    window.ribbon.outage_button.click()  # the Wi-Fi "drops"
    for name in ("Dan", "Eve", "Fox"):
        fill(window, Email=f"{name.lower()}@example.com", First_Name=name)
        send_and_wait(qtbot, window)
    # The sender retries on its own timer meanwhile; each retry ends queued again.
    qtbot.waitUntil(
        lambda: [s.status for s in window.work.store.page()[:3]] == [Status.QUEUED] * 3,
        timeout=HANG_MS,
    )
    window.ribbon.outage_button.click()  # and comes back; nothing else is touched
    practice = window.practice
    assert practice is not None
    qtbot.waitUntil(lambda: len(practice.sandbox.accepted) == 4, timeout=HANG_MS)
    qtbot.waitUntil(
        lambda: [s.status for s in window.work.store.page()] == [Status.DELIVERED] * 4,
        timeout=HANG_MS,
    )
    # The practice server came back remembering whom it surveyed: Gil is a duplicate.
    fill(window, Email="gil@example.com", First_Name="Gil")
    send_and_wait(qtbot, window)
    assert window.work.store.page()[0].status is Status.DUPLICATE
