"""Page types of the portal, one page family per module."""

from .base import BasePage
from .content import ContentPage
from .home import HomePage, HomePageFeaturedItem
from .news import NewsIndexPage, NewsPage

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "HomePageFeaturedItem",
    "NewsIndexPage",
    "NewsPage",
]
