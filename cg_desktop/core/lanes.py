"""Lanes: the ways a send goes out, each with its own sign-in and its own queue.

A region's Records API is one lane (named by the region's code, "eu"), signed in with a
Connected App's Client ID and Secret. Each Incoming Webhook of a region is another
("eu/hook/<id>"), signed in with the webhook's user and password. A webhook id never
holds "/" (profiles refuse it), so a lane name reads back unambiguously.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cg_desktop.core.profiles.model import Profile

_HOOK = "/hook/"


@dataclass(frozen=True)
class Lane:
    """A region's Records API (hook_id None), or one of its Incoming Webhooks."""

    region: str
    hook_id: str | None = None

    @property
    def name(self) -> str:
        """How the store and the settings name this lane: "eu" or "eu/hook/<id>"."""
        return self.region if self.hook_id is None else f"{self.region}{_HOOK}{self.hook_id}"

    @property
    def is_webhook(self) -> bool:
        """True for an Incoming Webhook's lane."""
        return self.hook_id is not None


def parse_lane(name: str) -> Lane:
    """The lane a stored name stands for (the inverse of Lane.name)."""
    region, sep, hook_id = name.partition(_HOOK)
    return Lane(region, hook_id) if sep else Lane(name)


def lane_of(region: str, transport: str, webhook_id: str | None) -> Lane:
    """The lane of a profile's sends: its webhook's, or its region's Records API."""
    if transport == "webhook" and webhook_id:
        return Lane(region, webhook_id)
    return Lane(region)


def lane_for(profile: Profile | None, chosen_region: str) -> Lane:
    """How a record sent now goes out: a webhook profile by its own webhook, whatever
    region is chosen (the webhook is bound to its region); else the chosen region's API."""
    if profile is None:
        return Lane(chosen_region)
    lane = lane_of(profile.region, profile.transport, profile.webhook_id)
    return lane if lane.is_webhook else Lane(chosen_region)
