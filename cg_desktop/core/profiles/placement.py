"""Where a server's errors belong in the form: under the field they name, or in a banner."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Placement:
    """Errors sorted for display: per form field, and the rest for the banner."""

    by_field: dict[str, list[str]] = field(default_factory=dict)
    banner: list[str] = field(default_factory=list)


def place_errors(
    field_names: Iterable[str],
    field_errors: Mapping[str, Iterable[str]],
    general_errors: Iterable[str] = (),
) -> Placement:
    """Match each error key to a form field: the exact name first, then case-insensitively.

    Errors whose key matches no field of the form (or names no field at all) go to the
    banner, so nothing the server said is ever hidden.
    """
    names = list(field_names)
    lowered = {name.casefold(): name for name in reversed(names)}
    placement = Placement(banner=list(general_errors))
    for key, messages in field_errors.items():
        target = key if key in names else lowered.get(key.casefold())
        if target is None:
            placement.banner.extend(messages)
        else:
            placement.by_field.setdefault(target, []).extend(messages)
    return placement
