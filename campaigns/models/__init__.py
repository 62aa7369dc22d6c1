"""District-council campaigns: campaign pages, councillors and events, one family per module."""

from .campaign import CampaignPage, DistrictCouncilPage
from .councillors import Councillor, CouncillorRole, DutyHourBlock, Weekday
from .events import EventFormat, EventIndexPage, EventModerator, EventPage, EventSpeaker

__all__ = [
    "CampaignPage",
    "Councillor",
    "CouncillorRole",
    "DistrictCouncilPage",
    "DutyHourBlock",
    "EventFormat",
    "EventIndexPage",
    "EventModerator",
    "EventPage",
    "EventSpeaker",
    "Weekday",
]
