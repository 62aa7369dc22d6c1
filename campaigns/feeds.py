"""The Atom feed of upcoming events in the reader's language, at /<language>/feeds/events/."""

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from campaigns.models import EventIndexPage, EventPage
from core.feeds import LocalizedPageFeed


class EventsFeed(LocalizedPageFeed):
    """Events that have not ended yet in the locale, the soonest first."""

    heading = _("Events")

    def get_pages(self, locale):
        return EventPage.objects.filter(locale=locale).upcoming()

    def get_index(self, locale):
        return EventIndexPage.objects.live().public().filter(locale=locale).first()

    def item_description(self, item):
        # Readers of the feed decide by date and place first.
        when = formats.date_format(item.start, "DATETIME_FORMAT")
        place = f", {item.place}" if item.place else ""
        return f"{when}{place}. {item.summary}"
