"""Help (F1) and About: how to use the desk in a page, and what this copy is and keeps where."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cg_desktop.core.about import about_lines
from cg_desktop.core.paths import AppPaths
from cg_desktop.ui.words import said


def help_page() -> str:
    """The page of help, in the person's language."""
    # Key names are translated too: some keyboards say Strg, Maj+Tab, Échap or Intro.
    keys = [
        (
            [QCoreApplication.translate("Help", "Enter")],
            QCoreApplication.translate("Help", "send"),
        ),
        (
            ["Tab", QCoreApplication.translate("Help", "Shift+Tab")],
            QCoreApplication.translate("Help", "next / previous field"),
        ),
        (
            [QCoreApplication.translate("Help", "Esc")],
            QCoreApplication.translate("Help", "clear the form (asks first)"),
        ),
        (
            ["Alt+U"],
            QCoreApplication.translate("Help", 'use the suggested address ("Did you mean …?")'),
        ),
        (["F2"], QCoreApplication.translate("Help", "fix a record CustomerGauge refused")),
        (
            [
                QCoreApplication.translate("Help", "Ctrl+1"),
                QCoreApplication.translate("Help", "Ctrl+2"),
            ],
            QCoreApplication.translate("Help", "the form / the history"),
        ),
        (["Alt+R", "Alt+P"], QCoreApplication.translate("Help", "the region / the profile")),
        (
            [QCoreApplication.translate("Help", "Ctrl+Q")],
            QCoreApplication.translate("Help", "quit (what waits is sent next time)"),
        ),
    ]
    rows = "".join(
        "<tr><td>" + " / ".join(f"<b>{key}</b>" for key in pressed) + f"</td><td>{does}</td></tr>\n"
        for pressed, does in keys
    )
    return (
        "\n<h3>"
        + QCoreApplication.translate("Help", "Sending a record")
        + "</h3>\n<p>"
        + QCoreApplication.translate(
            "Help",
            "Fill in the form and press <b>Enter</b>. The record is saved on this computer at "
            "once and the form is cleared for the next person; <b>Recent</b>, beside the form, "
            "shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when "
            "it is back.",
        )
        + "</p>\n<h3>"
        + QCoreApplication.translate("Help", "Keys")
        + "</h3>\n<table>\n"
        + rows
        + "</table>\n<h3>"
        + QCoreApplication.translate("Help", "What you need")
        + "</h3>\n<p>"
        + QCoreApplication.translate(
            "Help",
            "A <b>profile</b> (which fields, and where they go) and your CustomerGauge "
            "<b>Client ID</b> and <b>Client Secret</b> (File → Credentials…). Without them, "
            "try practice mode: everything works, nothing is sent to CustomerGauge.",
        )
        + "</p>\n"
    )


def show_help(parent: QWidget) -> None:
    """F1: a page of help."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Help", "cg-desktop Help"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(help_page())
    box.exec()


def show_about(parent: QWidget, paths: AppPaths) -> None:
    """About cg-desktop: version, licence, where data is kept."""
    lines = [said(line) for line in about_lines(paths)]
    text = f"<h3>cg-desktop</h3><p>{escape(lines[0])}</p>" + "".join(
        f"<p>{escape(line)}</p>" for line in lines[1:]
    )
    QMessageBox.about(parent, QCoreApplication.translate("About", "About cg-desktop"), text)
