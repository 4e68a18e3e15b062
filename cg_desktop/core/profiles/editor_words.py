"""The profile editor's words: what each setting is called, and where a finding is."""

from __future__ import annotations

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# Each in the order the editor offers them (the model's own order); the window says them
# with said() (the codes stay what profile files hold).
DATA_TYPE_WORDS = {
    "accounts": Words(QT_TRANSLATE_NOOP("core", "Accounts")),
    "contacts": Words(QT_TRANSLATE_NOOP("core", "Contacts")),
    "surveys": Words(QT_TRANSLATE_NOOP("core", "Surveys")),
    "multi-object": Words(QT_TRANSLATE_NOOP("core", "Multi-Object")),
}
FIELD_TYPE_WORDS = {
    "text": Words(QT_TRANSLATE_NOOP("core", "Text")),
    "email": Words(QT_TRANSLATE_NOOP("core", "Email")),
    "phone": Words(QT_TRANSLATE_NOOP("core", "Phone")),
    "date": Words(QT_TRANSLATE_NOOP("core", "Date")),
    "datetime": Words(QT_TRANSLATE_NOOP("core", "Date and time")),
    "number": Words(QT_TRANSLATE_NOOP("core", "Number")),
    "choice": Words(QT_TRANSLATE_NOOP("core", "Choice")),
}
TRANSPORT_WORDS = {
    "api": Words(QT_TRANSLATE_NOOP("core", "Records API")),
    "webhook": Words(QT_TRANSLATE_NOOP("core", "Incoming Webhook")),
}
FORMAT_WORDS = {
    "json": "JSON",
    "form": Words(QT_TRANSLATE_NOOP("core", "Form (x-www-form-urlencoded)")),
}
METHOD_WORDS = {"PUT": Words(QT_TRANSLATE_NOOP("core", "PUT (the usual)")), "POST": "POST"}
# Where the webhook's password goes: never into the profile, which is handed around.
WEBHOOK_PASSWORD_NOTE = Words(
    QT_TRANSLATE_NOOP(
        "core",
        "The webhook's password is not part of the profile: each desk types it once in "
        "Credentials…, and it is kept in that computer's keyring.",
    )
)


def finding_line(draft: ProfileDraft, finding: Finding) -> str:
    """A finding as the editor lists it: "Field 2 (Email): …", or the text alone."""
    if finding.field is None or not 0 <= finding.field < len(draft.fields):
        return finding.text
    spec = draft.fields[finding.field]
    what = spec.name.strip() or spec.label.strip()
    number = finding.field + 1
    if what:
        return Words(
            QT_TRANSLATE_NOOP("core", "Field {number} ({name}): {finding}"),
            number=number,
            name=what,
            finding=finding.text,
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "Field {number}: {finding}"), number=number, finding=finding.text
    )


def choices_text(choices: list[str]) -> str:
    """A field's choices on one line, for its cell ("Red · Green · Blue")."""
    return " · ".join(c.strip() for c in choices if c.strip())
