"""Atom feeds of pages in the reader's language (django.contrib.syndication).

Subclasses name their pages (`get_pages`) and the listing page the feed
stands for (`get_index`); this class handles the language, the site of
the request and the addresses. Relative page URLs are made absolute by
Django with the request's host.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.frame_cache import get_frame
from core.templatetags.site_frame import meta_description_of

FEED_LENGTH = 20


@dataclass
class FeedContext:
    """What one feed request is about: the request, its language and the office's name."""

    request: HttpRequest
    locale: Locale
    office_name: str
    home_url: str


class LocalizedPageFeed(Feed):
    """An Atom feed of live, public pages of one locale; see the module."""

    feed_type = Atom1Feed
    heading = ""  # set by subclasses, translated lazily

    def get_pages(self, locale: Locale) -> QuerySet:
        raise NotImplementedError

    def get_index(self, locale: Locale) -> Page | None:
        """The listing page the feed follows, for the feed's link (the home page if None)."""
        return None

    def get_object(self, request, *args, **kwargs) -> FeedContext:
        language = get_language() or settings.LANGUAGE_CODE
        try:
            locale = Locale.objects.get_for_language(language)
        except Locale.DoesNotExist as error:
            raise Http404 from error
        frame = get_frame(request)
        return FeedContext(
            request=request,
            locale=locale,
            office_name=frame.office_name if frame else "",
            home_url=frame.home.url if frame and frame.home else "/",
        )

    def title(self, obj: FeedContext) -> str:
        return f"{self.heading} – {obj.office_name}" if obj.office_name else str(self.heading)

    def link(self, obj: FeedContext) -> str:
        index = self.get_index(obj.locale)
        url = index.get_url(obj.request) if index is not None else None
        return url or obj.home_url

    def subtitle(self, obj: FeedContext) -> str:
        return str(self.heading)

    def feed_url(self, obj: FeedContext) -> str:
        return obj.request.path

    def items(self, obj: FeedContext) -> list:
        pages = list(self.get_pages(obj.locale).live().public()[:FEED_LENGTH])
        for page in pages:
            # item_link() gets no request: the address is worked out here, once.
            page.feed_url = page.get_url(obj.request)
        return [page for page in pages if page.feed_url]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return meta_description_of(item)

    def item_link(self, item) -> str:
        return item.feed_url

    def item_guid(self, item) -> str:
        # Stable across title and slug changes: the page's id in this feed's language.
        return f"page-{item.pk}"

    item_guid_is_permalink = False

    def item_updateddate(self, item):
        return item.last_published_at

    def item_pubdate(self, item):
        return item.first_published_at
