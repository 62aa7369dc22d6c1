"""Page types of the site's own frame: home, general content and news."""

from .content import ContentPage
from .home import HomePage, HomePageFeaturedItem, HomePagePinnedItem
from .news import NewsIndexPage, NewsPage

__all__ = [
    "ContentPage",
    "HomePage",
    "HomePageFeaturedItem",
    "HomePagePinnedItem",
    "NewsIndexPage",
    "NewsPage",
]
