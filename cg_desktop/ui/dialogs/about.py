"""Help (F1) and About: how to use the desk in a page, and what this copy is and keeps where."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cg_desktop.core.about import about_lines
from cg_desktop.core.paths import AppPaths

HELP = """
<h3>Sending a record</h3>
<p>Fill in the form and press <b>Enter</b>. The record is saved on this computer at once
and the form is cleared for the next person; <b>Recent</b>, beside the form, shows how
each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</p>
<h3>Keys</h3>
<table>
<tr><td><b>Enter</b></td><td>send</td></tr>
<tr><td><b>Tab</b> / <b>Shift+Tab</b></td><td>next / previous field</td></tr>
<tr><td><b>Esc</b></td><td>clear the form (asks first)</td></tr>
<tr><td><b>Alt+U</b></td><td>use the suggested address ("Did you mean …?")</td></tr>
<tr><td><b>F2</b></td><td>fix a record CustomerGauge refused</td></tr>
<tr><td><b>Ctrl+1</b> / <b>Ctrl+2</b></td><td>the form / the history</td></tr>
<tr><td><b>Alt+R</b> / <b>Alt+P</b></td><td>the region / the profile</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>quit (what waits is sent next time)</td></tr>
</table>
<h3>What you need</h3>
<p>A <b>profile</b> (which fields, and where they go) and your CustomerGauge
<b>Client ID</b> and <b>Client Secret</b> (File → Credentials…). Without them, try
practice mode: everything works, nothing is sent to CustomerGauge.</p>
"""


def show_help(parent: QWidget) -> None:
    """F1: a page of help."""
    box = QMessageBox(parent)
    box.setWindowTitle("cg-desktop Help")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(HELP)
    box.exec()


def show_about(parent: QWidget, paths: AppPaths) -> None:
    """About cg-desktop: version, licence, where data is kept."""
    lines = about_lines(paths)
    text = f"<h3>cg-desktop</h3><p>{escape(lines[0])}</p>" + "".join(
        f"<p>{escape(line)}</p>" for line in lines[1:]
    )
    QMessageBox.about(parent, "About cg-desktop", text)
