"""The Atom feed of news in the reader's language, at /<language>/feeds/news/."""

from django.utils.translation import gettext_lazy as _

from core.feeds import LocalizedPageFeed
from pages.models import NewsIndexPage, NewsPage


class NewsFeed(LocalizedPageFeed):
    """The newest news items of the locale, newest first."""

    heading = _("News")

    def get_pages(self, locale):
        return NewsPage.objects.filter(locale=locale).newest_first()

    def get_index(self, locale):
        return NewsIndexPage.objects.live().public().filter(locale=locale).first()
