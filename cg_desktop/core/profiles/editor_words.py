"""The profile editor's words: what each setting is called, and where a finding is."""

from __future__ import annotations

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import ProfileDraft

# Each in the order the editor offers them (the model's own order).
DATA_TYPE_WORDS = {
    "accounts": "Accounts",
    "contacts": "Contacts",
    "surveys": "Surveys",
    "multi-object": "Multi-Object",
}
FIELD_TYPE_WORDS = {
    "text": "Text",
    "email": "Email",
    "phone": "Phone",
    "date": "Date",
    "datetime": "Date and time",
    "number": "Number",
    "choice": "Choice",
}
TRANSPORT_WORDS = {"api": "Records API", "webhook": "Incoming Webhook"}
FORMAT_WORDS = {"json": "JSON", "form": "Form (x-www-form-urlencoded)"}
METHOD_WORDS = {"PUT": "PUT (the usual)", "POST": "POST"}
# Where the webhook's password goes: never into the profile, which is handed around.
WEBHOOK_PASSWORD_NOTE = (
    "The webhook's password is not part of the profile: each desk types it once in "
    "Credentials…, and it is kept in that computer's keyring."
)


def finding_line(draft: ProfileDraft, finding: Finding) -> str:
    """A finding as the editor lists it: "Field 2 (Email): …", or the text alone."""
    if finding.field is None or not 0 <= finding.field < len(draft.fields):
        return finding.text
    spec = draft.fields[finding.field]
    what = spec.name.strip() or spec.label.strip()
    where = f"Field {finding.field + 1}" + (f" ({what})" if what else "")
    return f"{where}: {finding.text}"


def choices_text(choices: list[str]) -> str:
    """A field's choices on one line, for its cell ("Red · Green · Blue")."""
    return " · ".join(c.strip() for c in choices if c.strip())
